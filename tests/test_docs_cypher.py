"""The Cypher queries shown in README.md and docs/neo4j.md return rows on the bundled sample.

`govkg run` with no arguments builds govkg/samples/sample_article.txt, and the
README then says to load it into Neo4j and paste these queries: each must
draw or list something there. Needs the Neo4j server of NEO4J_URI (marked neo4j).
"""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from govkg.build import build
from govkg.graph.neo4j import load_store, run_cypher
from govkg.graph.store import open_store

ROOT = Path(__file__).parent.parent
SAMPLE = ROOT / "govkg" / "samples" / "sample_article.txt"
DOCS = (ROOT / "README.md", ROOT / "docs" / "neo4j.md")
FULLTEXT = re.compile(r"`(CALL db\.index\.fulltext\.queryNodes\([^`]+)`")


def shown_queries() -> list[tuple[str, str]]:
    """(where, query) for every ```cypher block and inline full-text query of the docs."""
    found = []
    for path in DOCS:
        text = path.read_text(encoding="utf-8")
        for i, block in enumerate(re.findall(r"```cypher\n(.*?)```", text, re.S)):
            for j, query in enumerate(q for q in re.split(r"\n\s*\n", block) if q.strip()):
                found.append((f"{path.name} block {i + 1}.{j + 1}", query))
        found += [(f"{path.name} inline", q) for q in FULLTEXT.findall(text)]
    return found


def test_the_docs_show_cypher_queries():
    where = {w.split()[0] for w, _ in shown_queries()}
    assert where == {"README.md", "neo4j.md"} and len(shown_queries()) >= 10


@pytest.fixture(scope="module")
def loaded(neo4j_driver, extractor):
    from .neo4j_support import clear, settings

    clear(neo4j_driver)
    store = open_store("memory:")
    build([SAMPLE], store, extractor)
    load_store(store, neo4j_driver, database=settings().database)
    return neo4j_driver


@pytest.mark.neo4j
@pytest.mark.parametrize("where, query", shown_queries(), ids=[w for w, _ in shown_queries()])
def test_shown_query_returns_rows_on_the_sample(loaded, where, query):
    from .neo4j_support import settings

    columns, rows = run_cypher(loaded, query, database=settings().database)
    assert rows, f"{where} returns nothing on the bundled sample:\n{query}"
