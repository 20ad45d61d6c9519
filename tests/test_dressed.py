"""Our own articles dressed the way real pages reach users (govkg/dress.py) read as the plain ones do:
every repair of loaders/normalize.py checked on whole articles, one kind of dressing at a time."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from govkg.cli.main import cli
from govkg.dress import DRESSINGS, dress
from govkg.ontology.namespace import same_in_a_name

DATA = Path(__file__).parent / "data"
ARTICLES = sorted((DATA / "articles").glob("*.txt")) + sorted(DATA.glob("heldout*/*.txt"))


def facts(x) -> tuple[set, ...]:
    """What an extraction says, by name (names as one IRI holds them: brackets of either width)."""
    name = {e.key: same_in_a_name(e.name) for e in x.entities}
    return ({(e.type, name[e.key]) for e in x.entities},
            {(r.type, name[r.head], name[r.tail]) for r in x.relations},
            {(name[m.subject], m.value, m.unit) for m in x.metrics},
            {(name[d.subject], d.property, d.value) for d in x.dates})


@pytest.fixture(scope="module")
def plain(extractor):
    return {a.name: facts(extractor.extract_text(a.read_text(encoding="utf-8"))) for a in ARTICLES}


@pytest.mark.parametrize("dressing", list(DRESSINGS))
def test_each_dressing_reads_as_the_plain_article(extractor, plain, dressing):
    assert len(ARTICLES) >= 11
    for seed, article in enumerate(ARTICLES):
        dressed = dress(article.read_text(encoding="utf-8"), dressing, seed)
        assert facts(extractor.extract_text(dressed)) == plain[article.name], (article.name, dressing)


def test_dressings_change_the_text(plain):
    text = (DATA / "articles" / "a01_changsanjiao_yiwangtongban.txt").read_text(encoding="utf-8")
    assert all(dress(text, name, 3) != text for name in DRESSINGS)


def test_evaluate_scores_dressed_articles_as_it_scores_plain_ones():
    def micro(*extra):
        out = CliRunner().invoke(cli, ["evaluate", str(DATA / "gold"), "--texts", str(DATA / "articles"),
                                       "--json", "--brief", *extra])
        assert out.exit_code == 0, out.output
        return json.loads(out.output)["micro"]
    assert micro("--dress", "glossed") == micro() == micro("--dress", "wrapped")


def test_dress_needs_texts():
    out = CliRunner().invoke(cli, ["evaluate", str(DATA / "gold"), "--pred", str(DATA / "gold"), "--dress", "wrapped"])
    assert out.exit_code == 2 and "--dress" in out.output
