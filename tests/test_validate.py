"""SHACL validation: a well-formed graph conforms; each kind of mistake is reported."""
from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox
import pytest
import rdflib

from govkg.graph.store import open_store
from govkg.graph.validate import ValidationReport, Violation, format_report, validate

GK = "https://w3id.org/govkg/ontology#"
FIXTURE = Path(__file__).parent / "data" / "query_fixture.trig"

PREFIXES = """
@prefix gk:       <https://w3id.org/govkg/ontology#> .
@prefix rdfs:     <http://www.w3.org/2000/01/rdf-schema#> .
@prefix xsd:      <http://www.w3.org/2001/XMLSchema#> .
@prefix prov:     <http://www.w3.org/ns/prov#> .
@prefix agency:   <https://w3id.org/govkg/id/agency/> .
@prefix platform: <https://w3id.org/govkg/id/platform/> .
@prefix region:   <https://w3id.org/govkg/id/region/> .
@prefix doc:      <https://w3id.org/govkg/id/doc/> .
@prefix s:        <https://w3id.org/govkg/id/doc/ab12/sentence/> .
@prefix a:        <https://w3id.org/govkg/id/doc/ab12/assertion/> .
@prefix o:        <https://w3id.org/govkg/id/doc/ab12/observation/> .
"""

#: One document, one sentence, an agency operating a platform that serves a
#: region, with the fact's provenance and a statistic: all as docs/rdf-model.md says.
GOOD = PREFIXES + """
doc:ab12 a gk:SourceDocument ; gk:title "上海一网通办"@zh ; gk:sourcePath "a.txt" ;
    gk:contentHash "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08" ;
    gk:encoding "utf-8" ; gk:charCount 40 ; gk:published "2020-07-10"^^xsd:date ;
    gk:sentenceCount 1 ; gk:entityCount 3 ; gk:relationCount 1 ; gk:dateCount 1 ; gk:statisticCount 1 ;
    gk:extractedBy gk:extractor-rules-1 .
s:0 a gk:Sentence ; gk:text "上海市大数据中心建设运营一网通办总门户，覆盖全市。"@zh ;
    gk:index 0 ; gk:start 0 ; gk:end 25 ; gk:section "上海"@zh ; gk:inDocument doc:ab12 .
agency:上海市大数据中心 a gk:Agency ; gk:name "上海市大数据中心"@zh ; rdfs:label "上海市大数据中心"@zh ;
    gk:alias "上海大数据中心"@zh ; gk:mentionedIn doc:ab12 ;
    gk:operates platform:一网通办总门户 ; gk:jurisdiction region:310000 .
platform:一网通办总门户 a gk:Platform ; gk:name "一网通办总门户"@zh ; rdfs:label "一网通办总门户"@zh ;
    gk:mentionedIn doc:ab12 ; gk:serves region:310000 ; gk:launchDate "2018-10-17"^^xsd:date .
region:310000 a gk:Region ; gk:name "上海市"@zh ; rdfs:label "上海市"@zh ;
    gk:regionCode "310000" ; gk:regionLevel "province" ; gk:partOf region:100000 ; gk:mentionedIn doc:ab12 .
region:100000 a gk:Region ; gk:name "中国"@zh ; gk:regionCode "100000" ; gk:regionLevel "country" .
a:1 a gk:Assertion ; gk:subject agency:上海市大数据中心 ; gk:predicate gk:operates ;
    gk:object platform:一网通办总门户 ; gk:evidence s:0 ; gk:start 0 ; gk:end 25 ;
    gk:confidence 0.85 ; gk:inferred false ; gk:rule "operate-verb" ; prov:wasDerivedFrom doc:ab12 .
a:2 a gk:Assertion ; gk:subject platform:一网通办总门户 ; gk:predicate gk:launchDate ;
    gk:object "2018-10-17"^^xsd:date ; gk:evidence s:0 ; gk:confidence 0.8 ; prov:wasDerivedFrom doc:ab12 .
o:1 a gk:Observation ; gk:observedEntity platform:一网通办总门户 ; gk:metricName "个人实名用户"@zh ;
    gk:value 29210000.0 ; gk:comparison ">" ; gk:unit "人" ; gk:asOf "2020-12-31"^^xsd:date ;
    gk:evidence s:0 ; gk:start 0 ; gk:end 25 ; gk:confidence 0.8 ; prov:wasDerivedFrom doc:ab12 .
"""


def graph(turtle: str) -> rdflib.Graph:
    return rdflib.Graph().parse(data=turtle, format="turtle")


def broken(old: str, new: str, count: int = 1) -> rdflib.Graph:
    assert old in GOOD, old
    return graph(GOOD.replace(old, new, count))


def only(report: ValidationReport, severity: str = "Violation") -> list[Violation]:
    return [v for v in report.violations if v.severity == severity]


def test_the_hand_written_graph_conforms():
    report = validate(graph(GOOD))
    assert report.conforms, format_report(report)
    assert report.violations == ()


def test_the_query_fixture_conforms():
    store = open_store("memory:")
    store._store.load(path=str(FIXTURE), format=ox.RdfFormat.TRIG)
    report = validate(store.to_rdflib())
    assert report.conforms, format_report(report)


def test_document_counts_are_one_non_negative_integer_each():
    [negative] = only(validate(broken("gk:entityCount 3 ;", "gk:entityCount -3 ;")))
    assert negative.path == GK + "entityCount" and "non-negative xsd:integer" in negative.message
    [two] = only(validate(broken("gk:dateCount 1 ;", "gk:dateCount 1, 2 ;")))
    assert two.path == GK + "dateCount"
    assert only(validate(broken("gk:statisticCount 1 ;", 'gk:statisticCount "1" ;')))
    assert validate(broken("gk:sentenceCount 1 ; gk:entityCount 3 ;", "")).conforms     # optional: older stores


def test_missing_name():
    report = validate(broken('gk:name "一网通办总门户"@zh ;', ""))
    [v] = only(report)
    assert not report.conforms
    assert v.focus.endswith("platform/一网通办总门户")
    assert v.path == GK + "name"
    assert "needs a name" in v.message


def test_name_without_language_tag():
    found = only(validate(broken('gk:name "上海市"@zh', 'gk:name "上海市"')))
    assert found    # one result per failed constraint (datatype, language)
    for v in found:
        assert v.path == GK + "name" and v.value == '"上海市"'
        assert "Chinese language-tagged" in v.message


def test_bad_region_code():
    report = validate(broken('gk:regionCode "310000"', 'gk:regionCode "31000"'))
    messages = {v.message for v in only(report)}
    assert 'A region code must be six digits (GB/T 2260), e.g. "310115".' in messages
    # the graph-wide check notices that the IRI no longer matches the code
    assert any("IRI must be gkid:region/" in m for m in messages)
    [code] = [v for v in only(report) if v.path == GK + "regionCode"]
    assert code.focus_name == "上海市" and code.value == '"31000"'


def test_bad_region_level():
    [v] = only(validate(broken('gk:regionLevel "province"', 'gk:regionLevel "省"')))
    assert v.path == GK + "regionLevel" and "must be one of" in v.message


def test_a_development_zone_needs_no_region_code():
    zone = ('region:310000 a gk:Region ; gk:name "上海市"@zh ; rdfs:label "上海市"@zh ;\n'
            '    gk:regionCode "310000" ; gk:regionLevel "province" ;',
            'region:310000 a gk:Region ; gk:name "福州高新区"@zh ; rdfs:label "福州高新区"@zh ;\n'
            '    gk:regionLevel "zone" ;')
    assert not [v for v in only(validate(broken(*zone))) if "region" in v.message.lower()]


def test_wrong_range_relation():
    # an agency that "operates" a region
    report = validate(broken("gk:operates platform:一网通办总门户 ;", "gk:operates region:310000 ;"))
    ranges = [v for v in only(report) if v.path == GK + "operates"]
    assert len(ranges) == 1
    assert ranges[0].message == "gk:operates must point to a Platform."
    assert ranges[0].value == "<https://w3id.org/govkg/id/region/310000>"


def test_wrong_domain_relation():
    # a region that "serves" another region
    report = validate(broken("gk:partOf region:100000 ;", "gk:partOf region:100000 ; gk:serves region:100000 ;"))
    [v] = only(report)
    assert v.focus.endswith("region/310000") and "Only a Platform can gk:serves" in v.message


def test_confidence_out_of_range():
    [v] = only(validate(broken("gk:confidence 0.85", "gk:confidence 1.5")))
    assert v.path == GK + "confidence"
    assert "between 0 and 1" in v.message


def test_assertion_without_evidence_and_missing_fact():
    g = broken("gk:evidence s:0 ; gk:start 0 ; gk:end 25 ;\n    gk:confidence 0.85",
               "gk:start 0 ; gk:end 25 ;\n    gk:confidence 0.85")
    g.remove((None, rdflib.URIRef(GK + "operates"), None))
    messages = [v.message for v in only(validate(g))]
    assert "Needs exactly one gk:evidence, a gk:Sentence." in messages
    assert any(m.startswith("The fact this assertion records is not in the graph") for m in messages)


def test_observation_with_unknown_comparison_and_untyped_value():
    g = broken('gk:value 29210000.0 ; gk:comparison ">"', 'gk:value "2921万" ; gk:comparison "超过"')
    paths = {v.path.split("#")[1] for v in only(validate(g))}
    assert paths == {"value", "comparison"}


def test_date_must_be_xsd_date():
    # (in both places: the date and its assertion's gk:object)
    [v] = only(validate(broken('"2018-10-17"^^xsd:date', '"2018年10月17日"', count=2)))
    assert v.path == GK + "launchDate" and "xsd:date" in v.message


def test_two_names_is_only_a_warning():
    report = validate(broken('gk:name "上海市"@zh', 'gk:name "上海市"@zh , "上海"@zh'))
    assert report.conforms
    [w] = only(report, "Warning")
    assert "one canonical @zh name" in w.message
    assert "Conforms, with 1 warning." in format_report(report)


def test_format_report_names_nodes_and_limits():
    report = validate(broken("gk:confidence 0.85", "gk:confidence 1.5").__iadd__(
        graph(PREFIXES + 'agency:无名 a gk:Agency .')))
    text = format_report(report)
    assert text.startswith("Does not conform: 2 violations.")
    assert "gkid:agency/无名  gk:name" in text
    assert "gkid:doc/ab12/assertion/1  gk:confidence = \"1.5\"" in text
    assert format_report(report, limit=1).endswith("... and 1 more.")


@pytest.mark.parametrize("inference", ["none", "rdfs"])
def test_both_inference_modes_accept_the_good_graph(inference):
    assert validate(graph(GOOD), inference=inference).conforms


def test_validation_leaves_the_graph_alone():
    g = graph(GOOD)
    before = set(g)
    validate(g, inference="rdfs")
    assert set(g) == before
