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
