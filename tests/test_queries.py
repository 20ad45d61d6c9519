"""Saved queries: each parses, runs, gives the expected rows, and binds params safely."""
from __future__ import annotations

from pathlib import Path

import pytest

from govkg.graph.store import open_store
from govkg.queries.runner import (
    QueryError, find_query, format_rows, load_queries, parse_query, run_query,
)
from govkg.types import RELATION_TYPES

FIXTURE = Path(__file__).parent / "data" / "query_fixture.trig"
QUERIES = load_queries()

D1 = "长三角数字政府建设观察：从“一网通办”走向“一网好办”"
D2 = "上海“一网通办”改革观察"


def load_trig(store, path: Path) -> None:
    """Write each graph of a TriG file as one document, as the loaders do."""
    store.import_dataset(path)


@pytest.fixture(scope="module")
def store():
    s = open_store("memory:")
    load_trig(s, FIXTURE)
    return s


def rows(store, name: str, columns: tuple[str, ...], /, **params) -> list[tuple]:
    """The result rows of a query, cut down to ``columns``."""
    result = run_query(store, QUERIES[name], params)
    index = [result.columns.index(c) for c in columns]
    return [tuple(row[i] for i in index) for row in result.rows]


# -- the set of queries ------------------------------------------------------

def test_there_are_at_least_14_queries_with_titles_and_descriptions():
    assert len(QUERIES) >= 14
    for q in QUERIES.values():
        assert q.title and q.description, q.name
        assert q.path is not None and q.path.suffix == ".rq"


def test_every_relation_type_is_covered_by_some_query():
    text = "\n".join(q.sparql for q in QUERIES.values())
    for relation in RELATION_TYPES:
        assert f"gk:{relation}" in text, relation


@pytest.mark.parametrize("name", sorted(QUERIES))
def test_every_query_runs_on_an_empty_store(name):
    result = run_query(open_store("memory:"), QUERIES[name], {})
    assert result.columns
    if name == "counts-per-type":       # one row per class and relation, all zero
        assert result.rows and all(row[-1] == 0 for row in result.rows)
    else:
        assert result.rows == ()


# -- expected rows on the fixture --------------------------------------------

def test_agency_coordinates_platform(store):
    cols = ("agency_name", "relation", "platform_name", "confidence", "document")
    assert rows(store, "agency-coordinates-platform", cols) == [
        ("上海市人民政府办公厅", "coordinates", "一网通办总门户", 0.8, D2),
        ("上海市大数据中心", "operates", "一网通办总门户", 0.85, D2),
        ("浙江省大数据发展管理局", "coordinates", "一体化智能化公共数据平台", 0.8, D1),
        ("浙江省大数据发展管理局", "operates", "浙里办", 0.85, D1),
    ]
    # by alias, with the evidence sentence
    found = rows(store, "agency-coordinates-platform", ("platform_name", "sentence"), agency="省大数据局")
    assert [p for p, _ in found] == ["一体化智能化公共数据平台", "浙里办"]
    assert found[1][1].startswith("浙江政务服务网自2014年6月25日正式上线")
    # by IRI, and both params together
    assert rows(store, "agency-coordinates-platform", ("agency_name",),
                agency="gkid:agency/上海市大数据中心", platform="一网通办") == [("上海市大数据中心",)]


def test_platforms_serving_region_includes_sub_regions(store):
    cols = ("platform_name", "served_region", "via")
    assert rows(store, "platforms-serving-region", cols, region="上海市") == [
        ("一网通办总门户", "上海市", "direct"),
        ("浦东新区一网通办", "浦东新区", "sub-region"),
    ]
    assert rows(store, "platforms-serving-region", cols, region="310115") == [
        ("浦东新区一网通办", "浦东新区", "direct"),
    ]
    everything = rows(store, "platforms-serving-region", ("region_name", "platform_name"))
    assert len(everything) == 9 and ("中国", "浙江政务服务网") in everything


def test_policies_issued(store):
    cols = ("policy_name", "relation", "other_name", "other_type")
    assert rows(store, "policies-issued", cols) == [
        ("上海市公共数据和一网通办管理办法", "amends", "上海市政务数据资源共享管理办法", "Policy"),
        ("上海市公共数据和一网通办管理办法", "basedOn", "上海市公共数据开放暂行办法", "Policy"),
        ("上海市公共数据和一网通办管理办法", "implementedBy", "上海市大数据中心", "Agency"),
        ("上海市公共数据和一网通办管理办法", "issuedBy", "上海市", "Region"),
        ("浙江省公共数据条例", "designatesAuthority", "浙江省大数据发展管理局", "Agency"),
        ("浙江省公共数据条例", "implementedBy", "杭州市数据资源管理局", "Agency"),
        ("浙江省公共数据条例", "issuedBy", "浙江省人大常委会", "Agency"),
    ]
    assert rows(store, "policies-issued", ("relation",), policy="条例") == [
        ("designatesAuthority",), ("implementedBy",), ("issuedBy",),
    ]


def test_report_features(store):
    cols = ("report_name", "relation", "other_name", "rating")
    assert rows(store, "report-features", cols) == [
        ("2020联合国电子政务调查报告", "evaluates", "上海市", "非常高"),
        ("2020联合国电子政务调查报告", "features", "一网通办总门户", None),
        ("2020联合国电子政务调查报告", "publishedBy", "联合国", None),
        ("一网通办第三方评估报告", "commissionedBy", "上海市人民政府办公厅", None),
        ("一网通办第三方评估报告", "evaluates", "一网通办总门户", "高"),
    ]


def test_agency_cooperation_lists_both_directions(store):
    cols = ("agency_name", "partner_name")
    assert rows(store, "agency-cooperation", cols) == [
        ("上海市大数据中心", "浙江省大数据发展管理局"),
        ("浙江省大数据发展管理局", "上海市大数据中心"),
    ]
    assert rows(store, "agency-cooperation", cols, agency="上海大数据中心") == [
        ("上海市大数据中心", "浙江省大数据发展管理局"),
    ]


def test_platforms_integrated_with_agency(store):
    cols = ("platform_name", "relation", "partner_name", "partner_type")
    assert rows(store, "platforms-integrated-with-agency", cols) == [
        ("一体化智能化公共数据平台", "sharesDataWith", "浙江政务服务网", "Platform"),
        ("一网通办总门户", "integratesWith", "上海市公安局", "Agency"),
        ("浙江政务服务网", "sharesDataWith", "一体化智能化公共数据平台", "Platform"),
        ("浙里办", "integratesWith", "浙江省公安厅", "Agency"),
    ]


def test_agency_supervision(store):
    cols = ("superior_name", "relation", "subordinate_name")
    assert rows(store, "agency-supervision", cols) == [
        ("上海市人民政府办公厅", "supervises", "上海市大数据中心"),
        ("浙江省人民政府", "hasPart", "浙江省大数据发展管理局"),
        ("浙江省人民政府", "supervises", "浙江省大数据发展管理局"),
    ]
    assert rows(store, "agency-supervision", ("superior_name",), agency="上海市大数据中心") == [
        ("上海市人民政府办公厅",),
    ]


def test_jurisdiction_with_sub_regions(store):
    cols = ("agency_name", "region_name", "region_code", "inferred")
    assert rows(store, "jurisdiction", cols) == [
        ("上海市大数据中心", "上海市", "310000", True),
        ("杭州市数据资源管理局", "杭州市", "330100", True),
        ("浙江省大数据发展管理局", "浙江省", "330000", True),
    ]
    assert rows(store, "jurisdiction", ("agency_name",), region="浙江省") == [
        ("杭州市数据资源管理局",), ("浙江省大数据发展管理局",),
    ]
    assert rows(store, "jurisdiction", ("agency_name",), region="100000") == [
        ("上海市大数据中心",), ("杭州市数据资源管理局",), ("浙江省大数据发展管理局",),
    ]


def test_platform_statistics(store):
    cols = ("entity_name", "metric_name", "op", "value", "unit", "as_of")
    assert rows(store, "platform-statistics", cols) == [
        ("一网通办总门户", "个人实名用户", ">", 29210000.0, "人", "2020-12-31"),
        ("浙里办", "注册用户", ">", 100000000.0, "人", None),
    ]
    assert rows(store, "platform-statistics", ("entity_name",), metric="实名") == [("一网通办总门户",)]


def test_entity_profile(store):
    profile = rows(store, "entity-profile", ("type", "property", "value"), name="一网通办总门户")
    assert profile == [
        ("Platform", "alias", "一网通办"),
        ("Platform", "integratesWith", "上海市公安局"),
        ("Platform", "launchDate", "2018-10-17"),
        ("Platform", "mentionedIn", D2),
        ("Platform", "serves", "上海市"),
        ("Platform", "statistic", "个人实名用户 > 29210000 人 (2020-12-31)"),
        ("Platform", "← coordinates", "上海市人民政府办公厅"),
        ("Platform", "← evaluates", "一网通办第三方评估报告"),
        ("Platform", "← features", "2020联合国电子政务调查报告"),
        ("Platform", "← operates", "上海市大数据中心"),
        ("Platform", "← partOf", "浦东新区一网通办"),
    ]
    # an entity mentioned by both documents
    mentioned = rows(store, "entity-profile", ("property", "value"), name="上海市大数据中心")
    assert [v for p, v in mentioned if p == "mentionedIn"] == [D2, D1]


def test_fact_provenance(store):
    cols = ("document", "sentence", "start", "end", "confidence", "rule", "inferred")
    assert rows(store, "fact-provenance", cols,
                subject="上海市大数据中心", predicate="operates", object="一网通办总门户") == [
        (D2, "上海市大数据中心建设运营一网通办总门户，上海市人民政府办公厅负责统筹。", 0, 35, 0.85, "operate-verb", False),
    ]
    # a date is a fact too, and the predicate may be an IRI
    assert rows(store, "fact-provenance", ("subject_name", "relation"),
                predicate="gk:launchDate", object="2018-10-17") == [("一网通办总门户", "launchDate")]
    assert len(rows(store, "fact-provenance", ("relation",))) == 35


def test_counts_per_type(store):
    counts = {(kind, name): n for kind, name, n in rows(store, "counts-per-type", ("kind", "name", "count"))}
    assert counts[("class", "Agency")] == 8          # 上海市大数据中心 is in both documents: counted once
    assert counts[("class", "Region")] == 5
    assert counts[("class", "SourceDocument")] == 2
    assert counts[("class", "Assertion")] == 35
    assert counts[("relation", "partOf")] == 7
    assert counts[("relation", "serves")] == 4
    assert all(counts[("relation", r)] >= 1 for r in RELATION_TYPES)
    assert len(counts) == 10 + len(RELATION_TYPES)


def test_documents(store):
    cols = ("title", "source_path", "published", "sentences", "entities", "relations", "dates", "statistics")
    assert rows(store, "documents", cols) == [
        (D1, "articles/a01_changsanjiao.txt", "2024-01-15", 7, 12, 15, 2, 1),
        (D2, "articles/a02_shanghai.txt", "2021-06-01", 8, 13, 17, 1, 1),
    ]
    assert rows(store, "documents", ("title",), document="articles/a02_shanghai.txt") == [(D2,)]


def test_dates(store):
    cols = ("date", "entity_name", "date_property")
    assert rows(store, "dates", cols) == [
        ("2014-06-25", "浙江政务服务网", "launchDate"),
        ("2018-10-17", "一网通办总门户", "launchDate"),
        ("2022-01-21", "浙江省公共数据条例", "issueDate"),
    ]
    assert rows(store, "dates", cols, since="2015-01-01", until="2020-12-31") == [
        ("2018-10-17", "一网通办总门户", "launchDate"),
    ]
    assert rows(store, "dates", ("entity_name",), property="issueDate") == [("浙江省公共数据条例",)]


def test_region_hierarchy(store):
    cols = ("region_code", "region_name", "region_level", "parent_code")
    assert rows(store, "region-hierarchy", cols, region="浙江省") == [
        ("330000", "浙江省", "province", "100000"),
        ("330100", "杭州市", "prefecture", "330000"),
    ]
    assert len(rows(store, "region-hierarchy", cols)) == 5


def test_platform_components(store):
    assert rows(store, "platform-components", ("component_name", "whole_name")) == [
        ("浦东新区一网通办", "一网通办总门户"),
        ("浙里办", "浙江政务服务网"),
    ]


def test_facts(store):
    found = rows(store, "facts", ("confidence", "subject_name", "predicate"), inferred="true", max_confidence="0.8")
    assert found == [(0.7, "浙江政务服务网", "serves")]
    assert len(rows(store, "facts", ("predicate",))) == 32     # 35 assertions minus 3 dates


# -- binding is safe -----------------------------------------------------------

EVIL = [
    '"} ; DROP ALL ; #',
    "MATCH (n) DETACH DELETE n",
    "上海市大数据中心\" . ?s ?p ?o . #",
    "' OR 1=1 --",
    "} } INSERT DATA { <http://x> <http://x> <http://x> } #",
    "{ ?s ?p ?o }",
    "http://example.org/x> ; DROP ALL ; <",
]

PARAMS = [(q.name, p.name, p.type) for q in QUERIES.values() for p in q.params]


@pytest.mark.parametrize("name,param,ptype", PARAMS)
def test_injection_looking_values_are_bound_not_pasted(store, name, param, ptype):
    before = sorted(map(str, store.quads()))
    for value in EVIL:
        if ptype in ("date", "decimal", "integer", "boolean", "property"):
            with pytest.raises(QueryError, match=param):
                run_query(store, QUERIES[name], {param: value})
            continue
        try:
            result = run_query(store, QUERIES[name], {param: value})
        except QueryError as exc:        # only an IRI-looking value that is no valid IRI
            assert "not a valid IRI" in str(exc)
            continue
        assert result.rows == (), (name, param, value)
    assert sorted(map(str, store.quads())) == before


def test_unknown_param_lists_the_known_ones(store):
    with pytest.raises(QueryError) as err:
        run_query(store, QUERIES["jurisdiction"], {"agnecy": "x"})
    assert "no parameter 'agnecy'" in str(err.value) and "agency, region" in str(err.value)


def test_unknown_query_suggests_close_names():
    with pytest.raises(QueryError, match="did you mean entity-profile"):
        find_query(QUERIES, "entity-profil")


def test_bad_typed_value():
    with pytest.raises(QueryError, match=r"must be a date \(YYYY-MM-DD\)"):
        run_query(open_store("memory:"), QUERIES["dates"], {"since": "去年"})


def test_required_param(tmp_path):
    (tmp_path / "one.rq").write_text(
        "# title: One entity\n# param: who required The entity\nSELECT ?who ?n WHERE { ?who gk:name ?n }\n",
        encoding="utf-8")
    query = load_queries(tmp_path)["one"]
    with pytest.raises(QueryError, match="needs parameter"):
        run_query(open_store("memory:"), query, {})


def test_a_user_query_folder(store, tmp_path):
    (tmp_path / "platform-names.rq").write_text(
        "# title: Platform names\n"
        "# param: name  optional  A name\n"
        "SELECT ?name ?platform_name WHERE {\n"
        "  ?p a gk:Platform ; gk:name ?n . BIND (STR(?n) AS ?platform_name)\n"
        "  FILTER (COALESCE(STR(?n) = STR(?name), true))\n"
        "} ORDER BY ?platform_name\n",
        encoding="utf-8")
    queries = load_queries(tmp_path)
    assert list(queries) == ["platform-names"]
    result = run_query(store, queries["platform-names"], {"name": "浙里办"})
    assert result.columns == ("platform_name",) and result.rows == (("浙里办",),)


def test_a_query_without_header_is_titled_by_its_name():
    query = parse_query("SELECT * WHERE {}", "x")
    assert (query.title, query.params) == ("x", ())


def test_malformed_headers_are_reported():
    with pytest.raises(QueryError, match="is not a variable"):
        parse_query("# title: t\n# param: who optional w\nSELECT * WHERE {}", "x")
    with pytest.raises(QueryError, match="unknown type"):
        parse_query("# title: t\n# param: who:colour optional w\nSELECT ?who WHERE {}", "x")


def test_formats(store):
    result = run_query(store, QUERIES["platform-components"], {})
    csv_text = format_rows(result, "csv")
    assert csv_text.splitlines()[0] == "component_name,whole_name,sentence,document"
    assert format_rows(result, "json").count('"component_name"') == 2
    table = format_rows(result, "table")
    assert "浙里办" in table and table.endswith("2 rows")
    with pytest.raises(QueryError, match="unknown format"):
        format_rows(result, "xml")


@pytest.mark.parametrize("name", sorted(load_queries()))
def test_rows_come_in_the_order_the_engine_gives(store, name):
    """The runner sorts rows itself (govkg.queries.ordering) when ORDER BY names only variables:
    the rows and their order on the sort keys must be the engine's."""
    from govkg.graph.store import to_python
    from govkg.queries.ordering import split_order_by

    query = load_queries()[name]
    ordered = split_order_by(query.sparql)
    if not ordered:
        pytest.skip("the engine orders this one")
    ours = run_query(store, query)
    theirs = list(store.query(query.sparql))             # with the engine's ORDER BY
    keys = [k for k, _ in ordered[1] if k in ours.columns]
    assert len(ours.rows) == len(theirs) and keys
    assert [tuple(row[ours.columns.index(k)] for k in keys) for row in ours.rows] == \
           [tuple(to_python(s[k]) for k in keys) for s in theirs]


@pytest.mark.parametrize("name", sorted(load_queries()))
def test_with_no_param_given_the_rows_are_those_of_the_text_as_written(store, name):
    """The runner leaves out a "this region and below" walk whose region is not given
    (govkg.graph.sparql_text.without_free_closures); every row must stay as the text gives it."""
    from collections import Counter

    from govkg.graph.store import to_python

    ours = run_query(store, QUERIES[name])
    theirs = [tuple(to_python(s[c]) for c in ours.columns) for s in store.query(QUERIES[name].sparql)]
    assert Counter(map(repr, ours.rows)) == Counter(map(repr, theirs))


def test_the_region_walks_are_left_out_when_no_region_is_given(store, monkeypatch):
    from govkg.graph.sparql_text import strip_comments, without_free_closures

    sent, query_store = [], store.query
    monkeypatch.setattr(store, "query", lambda text, *a, **k: sent.append(text) or query_store(text, *a, **k))
    for name in ("jurisdiction", "region-hierarchy"):
        query = QUERIES[name]
        assert "partOf*" in strip_comments(query.sparql)
        assert "partOf*" not in without_free_closures(query.sparql, {p.name for p in query.params}), name
        assert "partOf*" in without_free_closures(query.sparql, {p.name for p in query.params} - {"region"}), name
        assert run_query(store, query).rows, name
        assert "partOf*" not in sent[-1], name                      # what the runner ran
        run_query(store, query, {"region": "江苏省"})
        assert "partOf*" in sent[-1], name
    # there each region up the walk is a row of its own (the region column)
    query = QUERIES["platforms-serving-region"]
    assert "partOf*" in without_free_closures(query.sparql, {p.name for p in query.params})


@pytest.mark.parametrize("name", sorted(n for n, q in QUERIES.items() if q.start))
def test_a_listing_starts_from_its_start_list_unless_an_entity_is_given(store, monkeypatch, name):
    """``# start: property``: with no entity given the runner sends the FILTER's properties as a
    VALUES block (the engine starts there); the rows are those of the text as written, with
    other params too. Given an entity, the FILTER stays: the entity is the start."""
    import dataclasses
    from collections import Counter

    query = QUERIES[name]
    as_written = dataclasses.replace(query, start=None)
    sent, query_store = [], store.query
    monkeypatch.setattr(store, "query", lambda text, *a, **k: sent.append(text) or query_store(text, *a, **k))
    others = {p.name: {"date": "2000-01-01", "property": "launchDate"}[p.type] for p in query.params
              if p.type in ("date", "property")}
    for params in ({}, others):
        ours = run_query(store, query, params)
        assert f"VALUES ?{query.start} {{" in sent[-1] and f"?{query.start} IN" not in sent[-1]
        assert Counter(map(repr, ours.rows)) == Counter(map(repr, run_query(store, as_written, params).rows))
        assert f"?{query.start} IN" in sent[-1]
    assert run_query(store, query).rows, name            # the fixture has rows for it
    entity = next(p.name for p in query.params if p.type == "resource")
    run_query(store, query, {entity: "浙江省"})
    assert f"?{query.start} IN" in sent[-1] and f"VALUES ?{query.start} {{" not in sent[-1]


@pytest.mark.parametrize("body", [
    "?f ex:x ?z OPTIONAL { ?f ex:p ?o } ?g ex:y ?w . ?g ex:p ?o FILTER (?o IN (ex:a))",
    "?f ex:x ?z OPTIONAL { ?f ex:p ?o } FILTER isIRI(?o) FILTER (?o IN (ex:a))",
    "?f ex:x ?z BIND (COALESCE(?o, ex:none) AS ?y) ?f ex:p ?o FILTER (?o IN (ex:a, ex:b))",
    "?f ex:x ?z MINUS { ?f ex:q ?o } ?g ex:p ?o FILTER (?o IN (ex:a))",
    "?f ex:p ?o FILTER (?o IN (ex:a, 'b'))",
])
def test_a_start_that_could_change_the_rows_is_refused_when_the_query_is_read(body):
    """Where the VALUES would be joined before something that names the variable (or where it is not
    bound by a triple pattern at all), the answer could change: such a header is an error."""
    text = f"# start: o\nPREFIX ex: <http://ex.org/>\nSELECT * WHERE {{ {body} }}"
    with pytest.raises(QueryError, match="start: o"):
        parse_query(text, "q")
    parse_query(text.replace("# start: o\n", ""), "q")         # the query itself is fine


def _resource_cases():
    for name, query in sorted(load_queries().items()):
        for p in query.params:
            if p.type == "resource":
                yield name, p.name


@pytest.mark.parametrize("name, param", list(_resource_cases()))
def test_a_binding_repeated_inside_gives_the_rows_of_one_at_the_top(store, name, param):
    """with_values repeats a binding in UNION branches and subqueries (where the engine starts
    from it); the rows must be those of the binding at the top alone, for every value tried."""
    from collections import Counter

    from govkg.graph.sparql_text import with_values
    from govkg.queries.resolve import named_by

    query = load_queries()[name]
    names = [row["n"].value for row in store.query("SELECT DISTINCT ?n WHERE { ?e gk:name ?n }")][:40]
    names += [row["t"].value for row in store.query("SELECT DISTINCT ?t WHERE { ?d gk:title ?t }")]
    tried = 0
    for value in names:
        iris = named_by(store, value)
        inside = Counter(map(repr, store.query(with_values(query.sparql, {param: iris}))))
        top = Counter(map(repr, store.query(with_values(query.sparql, {param: iris}, inside=False))))
        assert inside == top, (value, iris)
        tried += bool(top)
    assert tried, "no value gave this query rows"


@pytest.mark.parametrize("name, param", list(_resource_cases()))
def test_a_binding_of_many_resources_run_in_blocks_gives_the_rows_of_one_run(store, name, param):
    """A name shared by more resources than a VALUES block should hold is run a block at a time
    (govkg.queries.chunks): the rows must be the one run's, whatever the block size."""
    from collections import Counter

    from govkg.queries.chunks import query_in_chunks
    from govkg.queries.ordering import split_order_by

    query = load_queries()[name]
    text = (split_order_by(query.sparql) or (query.sparql,))[0]
    iris = [row["e"] for row in store.query("SELECT DISTINCT ?e WHERE { ?e ?p ?o FILTER isIRI(?e) }")]
    whole = Counter(map(repr, query_in_chunks(store, text, {param: iris}, chunk=len(iris))))
    for size in (1, 7):
        assert Counter(map(repr, query_in_chunks(store, text, {param: iris}, chunk=size))) == whole, size
    assert whole


def test_a_query_that_counts_gets_its_binding_whole(store):
    """Counts over the parts would not be the count of the whole: such a query is not split."""
    from govkg.queries.chunks import query_in_chunks

    calls = []

    class Counting:
        def query(self, sparql, bindings):
            calls.append(bindings)
            return store.query(sparql, bindings)

    iris = [row["e"] for row in store.query("SELECT DISTINCT ?e WHERE { ?e a gk:Agency }")]
    text = "SELECT (COUNT(?o) AS ?n) WHERE { ?e ?p ?o }"
    assert len(list(query_in_chunks(Counting(), text, {"e": iris}, chunk=1))) == 1
    assert len(calls) == 1 and len(iris) > 1
    rows = query_in_chunks(Counting(), "SELECT DISTINCT ?o WHERE { ?e ?p ?o }", {"e": iris}, chunk=1)
    assert len(calls) == 2          # the blocks are asked as their rows are read
    list(rows)
    assert len(calls) == 1 + len(iris)


def test_a_limit_asks_the_store_for_no_more_rows(store):
    """A server computes and sends the whole answer unless the query text limits it."""
    from govkg.queries.chunks import query_in_chunks

    texts = []

    class Recording:
        def query(self, sparql, bindings=None):
            texts.append(sparql)
            return store.query(sparql, bindings)

    result = run_query(Recording(), QUERIES["entity-profile"], limit=3)
    assert len(result.rows) == 3 and result.more
    assert texts[-1].rstrip().endswith("LIMIT 4")
    counting = "SELECT ?e (COUNT(?o) AS ?n) WHERE { ?e ?p ?o } GROUP BY ?e LIMIT 2"
    assert len(list(query_in_chunks(Recording(), counting, {}, limit=5))) == 2    # its own LIMIT stays
    assert texts[-1] == counting


# -- a row limit (the command line's tables, the query page) -------------------

@pytest.mark.parametrize("name", sorted(load_queries()))
def test_a_limit_keeps_that_many_rows_of_the_answer(store, name):
    """Cut answers hold rows of the whole answer and say that there are more; an answer
    within the limit is the whole answer, in the same order."""
    from collections import Counter

    whole = run_query(store, QUERIES[name])
    for limit in sorted({0, 1, 3, len(whole.rows), len(whole.rows) + 1}):
        part = run_query(store, QUERIES[name], limit=limit)
        assert len(part.rows) == min(limit, len(whole.rows)), limit
        assert part.more == (len(whole.rows) > limit), limit
        assert not Counter(part.rows) - Counter(whole.rows), limit
        if not part.more:
            assert part.rows == whole.rows and part.columns == whole.columns


def test_a_limit_stops_reading_the_engine_after_one_row_more(store):
    """The point of the limit: a listing of a large archive is not computed whole."""
    from govkg.queries.chunks import Solutions

    pulled = []

    class Counting:
        def query(self, sparql, bindings=None):
            # as if the store ignored the LIMIT the runner adds: the runner must stop reading itself
            result = store.query(sparql.rsplit("\nLIMIT ", 1)[0], bindings)

            def rows():
                for solution in result:
                    pulled.append(solution)
                    yield solution
            return Solutions(result.variables, rows())

    whole = run_query(store, QUERIES["entity-profile"])
    assert len(whole.rows) > 10
    part = run_query(Counting(), QUERIES["entity-profile"], limit=4)
    assert len(part.rows) == 4 and part.more and len(pulled) == 5
    assert part.sorted_after_cut        # its ORDER BY names plain variables: sorted by the runner


def test_an_order_the_engine_runs_gives_the_first_rows_by_it(store):
    from govkg.queries.runner import adhoc_query

    text = "SELECT ?n WHERE { ?e gk:name ?n } ORDER BY DESC(STR(?n))"     # an expression: the engine sorts
    whole = run_query(store, adhoc_query(text))
    part = run_query(store, adhoc_query(text), limit=3)
    assert part.rows == whole.rows[:3] and part.more and not part.sorted_after_cut


def test_a_negative_limit_is_refused(store):
    with pytest.raises(QueryError, match="row limit"):
        run_query(store, QUERIES["facts"], limit=-1)


def test_a_cut_table_says_there_is_more(store):
    result = run_query(store, QUERIES["entity-profile"], limit=2)
    assert format_rows(result, "table").endswith("2 rows shown; the answer has more")


def test_a_binding_goes_to_the_query_s_own_group_when_it_leaves_out_where():
    """Without its own ``WHERE``, the first ``WHERE {`` of a query is a subquery's: a binding put there
    left the query's variable free, and every entity's rows came back."""
    import pyoxigraph as ox

    from govkg.graph.sparql_text import outer_group, with_values

    s = open_store("memory:")
    s.replace_document("http://ex.org/d", '<http://ex.org/a> <http://ex.org/n> "甲" .\n'
                                         '<http://ex.org/b> <http://ex.org/n> "乙" .\n'
                                         '<http://ex.org/z> <http://ex.org/p> "丙" .')
    text = "SELECT ?n { ?e <http://ex.org/n> ?n { SELECT ?z WHERE { ?z <http://ex.org/p> ?y } LIMIT 1 } }"
    rows = s.query(with_values(text, {"e": ox.NamedNode("http://ex.org/a")}))
    assert [r["n"].value for r in rows] == ["甲"]
    assert outer_group(text)[1].startswith("{ ?e ")
