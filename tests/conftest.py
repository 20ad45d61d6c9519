"""Shared fixtures: the extractor is loaded once per test session (the NER model takes a second)."""
from __future__ import annotations

from pathlib import Path

import pytest

DATA = Path(__file__).parent / "data"


@pytest.fixture(scope="session")
def extractor():
    from govkg.loaders.pipeline import Extractor

    return Extractor()


@pytest.fixture(scope="session")
def articles() -> list[Path]:
    return sorted((DATA / "articles").glob("*.txt"))


# -- Neo4j: tests marked @pytest.mark.neo4j need a running server (tests/neo4j_support.py) ----

@pytest.fixture(scope="session", autouse=True)
def only_the_test_neo4j():
    """Point NEO4J_* at the test server for the whole session: no command a test runs reaches the user's."""
    from .neo4j_support import test_env

    with pytest.MonkeyPatch.context() as mp:
        mp.delenv("NEO4J_DATABASE", raising=False)
        for key, value in test_env().items():
            mp.setenv(key, value)
        yield


@pytest.fixture(scope="session")
def neo4j_driver():
    """A driver for the test server (GOVKG_TEST_NEO4J_URI); skips (fails when CI=true) if none answers."""
    from .neo4j_support import connect_or_skip

    driver = connect_or_skip()
    yield driver
    driver.close()


@pytest.fixture
def clean_neo4j(neo4j_driver):
    """The driver, with the database emptied before the test."""
    from .neo4j_support import clear

    clear(neo4j_driver)
    return neo4j_driver


@pytest.fixture(scope="session")
def fixture_graph():
    """The networkx projection of tests/data/nx_fixture.trig (hand-written, two documents); read-only."""
    from govkg.api import open_store, to_networkx

    with open_store("memory:") as store:
        store.import_dataset(DATA / "nx_fixture.trig")
        return to_networkx(store)
