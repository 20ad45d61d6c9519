"""The JSON-LD export has a compact @context (readable keys) and reads back, in rdflib and Jena, to the same quads."""
from __future__ import annotations

import json
from pathlib import Path

import pyoxigraph as ox
import pytest
import rdflib

from govkg import build as b
from govkg.graph.store import UNION_GRAPH, open_store

from .jvm_support import run_java

DATA = Path(__file__).parent / "data"


@pytest.fixture(scope="module")
def exported(tmp_path_factory, extractor):
    store = open_store("memory:")
    assert b.build([DATA / "articles", DATA / "heldout" / "h02_shenzhen_notice.txt"], store, extractor).ok
    path = store.export(tmp_path_factory.mktemp("jsonld") / "graph.jsonld", "jsonld")
    expected = {(str(q.subject), str(q.predicate), str(q.object), str(q.graph_name)) for q in store.quads()
                if q.graph_name != ox.NamedNode(UNION_GRAPH)}
    return path, expected


def quads_of(nquads: str) -> set[tuple[str, str, str, str]]:
    return {(str(q.subject), str(q.predicate), str(q.object), str(q.graph_name))
            for q in ox.parse(nquads.encode("utf-8"), format=ox.RdfFormat.N_QUADS)}


def test_jsonld_has_a_compact_readable_context(exported):
    path, _ = exported
    data = json.loads(path.read_text(encoding="utf-8"))
    context = data["@context"]
    assert context["name"] == {"@id": "gk:name", "@language": "zh"}
    assert context["operates"]["@type"] == "@id" and context["gk"].endswith("ontology#")
    first = data["@graph"][0]["@graph"]
    entity = next(node for node in first if node.get("@type") in ("Agency", "Platform"))   # always mentioned
    assert isinstance(entity["name"], str) and "mentionedIn" in entity     # keys, not full IRIs
    assert not any(k.startswith("http") for node in first for k in node)
    document = next(node for node in first if node.get("@type") == "SourceDocument")
    counts = ("charCount", "sentenceCount", "entityCount", "relationCount", "dateCount", "statisticCount")
    assert all(document[k].isdigit() for k in counts)          # typed by the context, not {"@value", "@type"}


def test_rdflib_reads_the_same_quads(exported):
    path, expected = exported
    dataset = rdflib.Dataset()
    dataset.parse(path, format="json-ld")
    got = quads_of(dataset.serialize(format="nquads"))
    assert got == expected


def test_jena_reads_the_same_quads(exported, tmp_path):
    path, expected = exported
    run_java("jena", "JenaRead.java", str(path), str(tmp_path / "out.nq"))
    assert quads_of((tmp_path / "out.nq").read_text(encoding="utf-8")) == expected
