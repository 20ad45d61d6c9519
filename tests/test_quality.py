"""Extraction quality on held-out articles the extractor's rules were not written from.

tests/data/articles/*.txt were written with their gold annotations
(tests/data/gold/) by someone who had not seen the extractor. The bars are the
project's: entity F1 ≥ 0.80 and relation F1 ≥ 0.60 on unseen text.
"""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from govkg.evaluate import score_article
from govkg.loaders.pipeline import to_eval_json

DATA = Path(__file__).parent / "data"
ARTICLES = sorted((DATA / "articles").glob("*.txt"))
# tests/data/heldout: three more articles written later, blind to the rules; their gold sits beside them
HELDOUT = sorted((DATA / "heldout").glob("*.txt")) + sorted((DATA / "heldout2").glob("*.txt"))


def gold_of(article: Path) -> dict:
    beside = article.with_suffix(".gold.json")
    path = beside if beside.exists() else DATA / "gold" / f"{article.stem}.gold.json"
    return json.loads(path.read_text(encoding="utf-8"))


def score(gold: dict, pred: dict) -> dict[str, float]:
    """Entity and stated-relation F1 of one article (govkg.evaluate, the project's matching rules)."""
    s = score_article(gold, pred)
    return {"entities": s.entities.f1, "relations": s.relations.f1}


@pytest.mark.parametrize("article", ARTICLES + HELDOUT, ids=lambda p: p.stem)
def test_held_out_article_meets_the_bar(article, extractor):
    gold = gold_of(article)
    pred = to_eval_json(extractor.extract_file(article))
    s = score(gold, pred)
    assert s["entities"] >= 0.80, s
    assert s["relations"] >= 0.60, s


def test_micro_average_holds_what_the_project_s_articles_score_now(extractor):
    """Micro-averaged over all eleven articles: no part may fall below what it scored when this
    test was last raised (entities 0.96, stated relations 0.89, statistics 0.82, dates 0.89)."""
    from govkg.evaluate import micro

    scored = [score_article(gold_of(a), to_eval_json(extractor.extract_file(a))) for a in ARTICLES + HELDOUT]
    total = micro(scored)
    assert total.entities.f1 >= 0.955, total
    assert total.relations.f1 >= 0.89, total
    assert total.metrics.f1 >= 0.82, total
    assert total.dates.f1 >= 0.89, total


def test_mean_quality_over_held_out_articles(extractor):
    scores = []
    for article in ARTICLES:
        gold = gold_of(article)
        scores.append(score(gold, to_eval_json(extractor.extract_file(article))))
    assert len(scores) >= 5
    assert sum(s["entities"] for s in scores) / len(scores) >= 0.88
    assert sum(s["relations"] for s in scores) / len(scores) >= 0.70
