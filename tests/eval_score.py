"""A small scorer for the tests: entity and relation F1 of an extraction against a gold file.

Same matching rules as the project's evaluation: names compared without quotes
and 《》, an entity matches a gold entity of its type by any name or alias,
optional gold items are neither missed nor wrong, inferred ones are left out.
"""
from __future__ import annotations

import re

QUOTES = re.compile(r"[《》“”\"'‘’「」『』\s]")


def _norm(name: str) -> str:
    return QUOTES.sub("", name or "").replace("（", "(").replace("）", ")")


def _names(e: dict) -> set[str]:
    return {_norm(n) for n in [e.get("name", "")] + list(e.get("aliases") or []) if _norm(n)}


def f1(tp: int, fp: int, fn: int) -> float:
    return 2 * tp / (2 * tp + fp + fn) if tp else 0.0


def score(gold: dict, pred: dict) -> dict[str, float]:
    index = {(g["type"], n): g["id"] for g in gold["entities"] for n in _names(g)}
    optional = {g["id"] for g in gold["entities"] if g.get("optional")}
    amap = {p["id"]: next((index[(p["type"], n)] for n in _names(p) if (p["type"], n) in index), None)
            for p in pred["entities"]}
    seen, tp, fp = set(), 0, 0
    for p in pred["entities"]:
        g = amap[p["id"]]
        if g is None or g in seen:
            fp += 1
        else:
            seen.add(g)
            tp += g not in optional
    fn = sum(1 for g in gold["entities"] if not g.get("optional") and g["id"] not in seen)
    entity_f1 = f1(tp, fp, fn)

    def key(t, h, x):
        return (t,) + tuple(sorted((h or "", x or ""))) if t in ("cooperatesWith", "sharesDataWith") else (t, h, x)

    gold_rel = {key(r["type"], r["head"], r["tail"]): r for r in gold["relations"]}
    pred_keys = {key(r["type"], amap.get(r["head"]), amap.get(r["tail"])) for r in pred["relations"]}
    rtp = sum(1 for k in pred_keys if k in gold_rel and not gold_rel[k].get("optional") and not gold_rel[k].get("inferred"))
    rfp = sum(1 for k in pred_keys if k not in gold_rel)
    rfn = sum(1 for k, r in gold_rel.items() if not r.get("optional") and not r.get("inferred") and k not in pred_keys)
    return {"entities": entity_f1, "relations": f1(rtp, rfp, rfn)}
