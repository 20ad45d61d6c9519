"""Score an extraction against a hand-made annotation of the same article.

Gold and prediction use one schema, the one ``govkg extract FILE --json``
prints (see docs/evaluation.md)::

    {"entities":  [{"id", "type", "name", "aliases"?, "optional"?}],
     "relations": [{"type", "head", "tail", "optional"?, "inferred"?, "symmetric"?}],
     "metrics":   [{"subject", "metric", "value", "op"?, "unit"?, "optional"?}],
     "dates":     [{"subject", "property", "value"}]}          # value: YYYY-MM-DD

Three pure steps: :func:`align` maps predicted entity ids to gold ids,
:func:`score_article` counts true/false positives and misses for entities,
stated relations, statistics and dates (plus the recall of inferred
relations), and :func:`micro` adds articles up.

>>> gold = {"entities": [{"id": "g1", "type": "Platform", "name": "浙里办", "aliases": ["浙里办App"]},
...                      {"id": "g2", "type": "Agency", "name": "浙江省大数据发展管理局", "aliases": ["省大数据局"]}],
...         "relations": [{"type": "operates", "head": "g2", "tail": "g1"}],
...         "metrics": [{"subject": "g1", "metric": "注册用户", "value": 100000000}],
...         "dates": []}
>>> pred = {"entities": [{"id": "e1", "type": "Platform", "name": "“浙里办”"},
...                      {"id": "e2", "type": "Agency", "name": "省大数据局"}],
...         "relations": [{"type": "operates", "head": "e2", "tail": "e1"}],
...         "metrics": [{"subject": "e1", "metric": "用户", "value": 1e8}],
...         "dates": [{"subject": "e1", "property": "launchDate", "value": "2019-01-01"}]}
>>> s = score_article(gold, pred)
>>> s.entities, s.relations, s.metrics, s.dates
(Counts(tp=2, fp=0, fn=0), Counts(tp=1, fp=0, fn=0), Counts(tp=1, fp=0, fn=0), Counts(tp=0, fp=1, fn=0))
>>> s.wrong["dates"]
['“浙里办” launchDate 2019-01-01']
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from .eval_schema import KINDS, EvalInputError, check, load, problems_of
from .types import SYMMETRIC_RELATIONS

# Reading and checking the schema lives in eval_schema; callers import it from here too.
__all__ = ["KINDS", "EvalInputError", "check", "load", "problems_of", "normalize_name", "align",
           "score_article", "micro", "Counts", "Recall", "Score"]

#: Characters ignored when names are compared (quotes, title marks, whitespace).
_IGNORED = re.compile(r"[《》“”\"'‘’「」『』\s]")


def normalize_name(name: str) -> str:
    """The form names are compared in: no quotes, 《》 or whitespace; full-width brackets made ASCII.

    >>> normalize_name("《浙江省公共数据条例》")
    '浙江省公共数据条例'
    >>> normalize_name("中共中央党校（国家行政学院） 电子政务研究中心")
    '中共中央党校(国家行政学院)电子政务研究中心'
    """
    return _IGNORED.sub("", name or "").replace("（", "(").replace("）", ")")


# -- scoring -----------------------------------------------------------------------

@dataclass(frozen=True)
class Counts:
    """True positives, false positives and false negatives of one kind of item.

    >>> c = Counts(3, 1, 2)
    >>> round(c.precision, 3), round(c.recall, 3), round(c.f1, 3)
    (0.75, 0.6, 0.667)
    >>> Counts(0, 0, 0).f1 is None     # nothing predicted, nothing to find
    True
    """

    tp: int = 0
    fp: int = 0
    fn: int = 0

    def __add__(self, other: Counts) -> Counts:
        return Counts(self.tp + other.tp, self.fp + other.fp, self.fn + other.fn)

    @property
    def precision(self) -> float | None:
        """tp / (tp + fp); None when nothing was predicted."""
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else None

    @property
    def recall(self) -> float | None:
        """tp / (tp + fn); None when the gold has nothing to find."""
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else None

    @property
    def f1(self) -> float | None:
        """2PR / (P + R), 0.0 when there is no true positive, None when there is nothing at all."""
        if not (self.tp or self.fp or self.fn):
            return None
        return 2 * self.tp / (2 * self.tp + self.fp + self.fn) if self.tp else 0.0

    def to_dict(self) -> dict:
        return {"tp": self.tp, "fp": self.fp, "fn": self.fn,
                "precision": self.precision, "recall": self.recall, "f1": self.f1}


@dataclass(frozen=True)
class Recall:
    """How many of the inferred (non-optional) gold relations were predicted."""

    found: int = 0
    total: int = 0

    def __add__(self, other: Recall) -> Recall:
        return Recall(self.found + other.found, self.total + other.total)

    @property
    def recall(self) -> float | None:
        return self.found / self.total if self.total else None

    def to_dict(self) -> dict:
        return {"found": self.found, "total": self.total, "recall": self.recall}


@dataclass(frozen=True)
class Score:
    """The score of one article (or, from :func:`micro`, of several added up)."""

    entities: Counts = Counts()
    relations: Counts = Counts()
    metrics: Counts = Counts()
    dates: Counts = Counts()
    inferred: Recall = Recall()
    #: gold items not found, per kind, as readable lines (names, not ids)
    missed: dict = field(default_factory=lambda: {k: [] for k in KINDS})
    #: predicted items that are wrong, per kind, as readable lines
    wrong: dict = field(default_factory=lambda: {k: [] for k in KINDS})

    def to_dict(self, lists: bool = True) -> dict:
        out = {k: getattr(self, k).to_dict() for k in KINDS}
        out["inferred_relations"] = self.inferred.to_dict()
        if lists:
            out["missed"] = {k: list(v) for k, v in self.missed.items()}
            out["wrong"] = {k: list(v) for k, v in self.wrong.items()}
        return out


def align(gold: dict, pred: dict) -> dict[str, str | None]:
    """Map each predicted entity id to the gold entity id it stands for (None: no such entity).

    The predicted name is tried first, then its aliases in order; the first
    name that some gold entity of the same type carries (as name or alias)
    decides. Among several gold entities with that name a required one wins
    over an optional one, then the one listed first in the gold file.

    >>> gold = {"entities": [{"id": "g1", "type": "Region", "name": "中国", "optional": True},
    ...                      {"id": "g2", "type": "Region", "name": "全国", "aliases": ["中国"]},
    ...                      {"id": "g3", "type": "Agency", "name": "省政务办"}]}
    >>> pred = {"entities": [{"id": "p1", "type": "Region", "name": "中国"},
    ...                      {"id": "p2", "type": "Agency", "name": "江苏省政务办", "aliases": ["“省政务办”"]},
    ...                      {"id": "p3", "type": "Region", "name": "省政务办"}]}
    >>> align(gold, pred)
    {'p1': 'g2', 'p2': 'g3', 'p3': None}
    """
    index: dict[tuple[str, str], list[tuple[int, int, str]]] = {}
    for order, g in enumerate(gold["entities"]):
        rank = (1 if g.get("optional") else 0, order)
        for n in {normalize_name(x) for x in [g["name"], *(g.get("aliases") or [])]}:
            if n:
                index.setdefault((g["type"], n), []).append((*rank, g["id"]))
    out: dict[str, str | None] = {}
    for p in pred["entities"]:
        out[p["id"]] = None
        for name in [p["name"], *(p.get("aliases") or [])]:
            found = index.get((p["type"], normalize_name(name)))
            if found:
                out[p["id"]] = min(found)[2]
                break
    return out


def _same_value(a: float, b: float) -> bool:
    return abs(a - b) <= 1e-6 * max(1.0, abs(b))


def _value(v) -> str:
    """A metric value as people write it: 2000000 rather than 2e+06 or 2000000.0."""
    return str(int(v)) if float(v).is_integer() and abs(v) < 1e18 else repr(v)


def score_article(gold: dict, pred: dict) -> Score:
    """Score one prediction against the gold annotation of the same article.

    Both documents are checked first (:class:`EvalInputError` on a problem).
    Symmetric relations (cooperatesWith, sharesDataWith, or a gold relation
    marked ``symmetric``) match in either direction; optional gold items and
    inferred gold relations are neither required nor wrong when predicted.

    >>> gold = {"entities": [{"id": "a", "type": "Agency", "name": "广西网信办"},
    ...                      {"id": "b", "type": "Agency", "name": "云南省网信办"},
    ...                      {"id": "r", "type": "Region", "name": "广西", "optional": True}],
    ...         "relations": [{"type": "cooperatesWith", "head": "a", "tail": "b"},
    ...                       {"type": "jurisdiction", "head": "a", "tail": "r", "inferred": True}],
    ...         "metrics": [], "dates": []}
    >>> pred = {"entities": [{"id": "1", "type": "Agency", "name": "云南省网信办"},
    ...                      {"id": "2", "type": "Agency", "name": "广西网信办"},
    ...                      {"id": "3", "type": "Agency", "name": "广西网信办"}],
    ...         "relations": [{"type": "cooperatesWith", "head": "1", "tail": "2"}],
    ...         "metrics": [], "dates": []}
    >>> s = score_article(gold, pred)
    >>> s.entities, s.relations, s.inferred
    (Counts(tp=2, fp=1, fn=0), Counts(tp=1, fp=0, fn=0), Recall(found=0, total=1))
    >>> s.wrong["entities"], s.missed["relations"]
    (['Agency 广西网信办 (duplicate of 广西网信办)'], [])
    """
    check(gold, "gold")
    check(pred, "prediction")
    amap = align(gold, pred)
    gold_by_id = {g["id"]: g for g in gold["entities"]}
    gname = {g["id"]: g["name"] for g in gold["entities"]}
    pname = {p["id"]: p["name"] for p in pred["entities"]}
    missed = {k: [] for k in KINDS}
    wrong = {k: [] for k in KINDS}

    # entities
    seen: set[str] = set()
    tp = fp = 0
    for p in pred["entities"]:
        g = amap[p["id"]]
        if g is None:
            fp += 1
            wrong["entities"].append(f"{p['type']} {p['name']}")
        elif g in seen:
            fp += 1
            wrong["entities"].append(f"{p['type']} {p['name']} (duplicate of {gname[g]})")
        else:
            seen.add(g)
            tp += not gold_by_id[g].get("optional")
    fn = 0
    for g in gold["entities"]:
        if not g.get("optional") and g["id"] not in seen:
            fn += 1
            missed["entities"].append(f"{g['type']} {g['name']}")
    entities = Counts(tp, fp, fn)

    # relations: one key per gold relation; symmetric ones with head and tail sorted
    def sym_key(t, h, x):
        return (t, *sorted((h, x)))

    status: dict[tuple, str] = {}      # key -> "stated" | "neither", in gold-file order
    sym_keys: set[tuple] = set()
    inferred: set[tuple] = set()
    shown: dict[tuple, str] = {}
    for r in gold["relations"]:
        is_sym = r["type"] in SYMMETRIC_RELATIONS or r.get("symmetric")
        key = sym_key(r["type"], r["head"], r["tail"]) if is_sym else (r["type"], r["head"], r["tail"])
        if is_sym:
            sym_keys.add(key)
        stated = not r.get("optional") and not r.get("inferred")
        status[key] = "stated" if stated or status.get(key) == "stated" else "neither"
        if r.get("inferred") and not r.get("optional"):
            inferred.add(key)
        shown.setdefault(key, f"{gname[r['head']]} —{r['type']}→ {gname[r['tail']]}")
    predicted: set[tuple] = set()
    bad: dict[tuple, str] = {}
    for r in pred["relations"]:
        h, x = amap[r["head"]], amap[r["tail"]]
        line = f"{pname[r['head']]} —{r['type']}→ {pname[r['tail']]}"
        if h is None or x is None:
            ends = sorted((r["head"], r["tail"])) if r["type"] in SYMMETRIC_RELATIONS else [r["head"], r["tail"]]
            bad.setdefault(("unaligned", r["type"], *ends), line + " (an end matches no gold entity)")
            continue
        if (r["type"], h, x) in status:
            key = (r["type"], h, x)
        elif sym_key(r["type"], h, x) in sym_keys or r["type"] in SYMMETRIC_RELATIONS:
            key = sym_key(r["type"], h, x)
        else:
            key = (r["type"], h, x)
        if key in status:
            predicted.add(key)
        else:
            bad.setdefault(key, line)
    rtp = sum(1 for k in predicted if status[k] == "stated")
    rfn = 0
    for k, v in status.items():
        if v == "stated" and k not in predicted:
            rfn += 1
            missed["relations"].append(shown[k])
    wrong["relations"].extend(bad.values())
    relations = Counts(rtp, len(bad), rfn)
    inferred_recall = Recall(len(inferred & predicted), len(inferred))

    # statistics: same subject and value; each gold metric used once
    used: set[int] = set()
    mtp = mfp = 0
    for m in pred["metrics"]:
        subject = amap[m["subject"]]
        hits = [i for i, g in enumerate(gold["metrics"])
                if i not in used and g["subject"] == subject and _same_value(m["value"], g["value"])]
        required = [i for i in hits if not gold["metrics"][i].get("optional")]
        if required:
            used.add(required[0])
            mtp += 1
        elif hits:
            used.add(hits[0])
        else:
            mfp += 1
            wrong["metrics"].append(f"{pname[m['subject']]}: {m['metric']} {_value(m['value'])}{m.get('unit') or ''}")
    mfn = 0
    for i, g in enumerate(gold["metrics"]):
        if i not in used and not g.get("optional"):
            mfn += 1
            missed["metrics"].append(f"{gname[g['subject']]}: {g['metric']} {_value(g['value'])}{g.get('unit') or ''}")
    metrics = Counts(mtp, mfp, mfn)

    # dates: sets of (subject, property, value)
    gold_dates = {(d["subject"], d["property"], d["value"]) for d in gold["dates"]}
    pred_dates: dict[tuple, str] = {}
    for d in pred["dates"]:
        subject = amap[d["subject"]] or ("unaligned", d["subject"])
        pred_dates.setdefault((subject, d["property"], d["value"]), f"{pname[d['subject']]} {d['property']} {d['value']}")
    for k, line in pred_dates.items():
        if k not in gold_dates:
            wrong["dates"].append(line)
    for k in gold_dates:
        if k not in pred_dates:
            missed["dates"].append(f"{gname[k[0]]} {k[1]} {k[2]}")
    missed["dates"].sort()
    hit = len(gold_dates & pred_dates.keys())
    dates = Counts(hit, len(pred_dates) - hit, len(gold_dates) - hit)

    return Score(entities, relations, metrics, dates, inferred_recall, missed, wrong)


def micro(scores) -> Score:
    """Micro-average: tp, fp and fn (and inferred counts) summed over articles.

    >>> a = Score(entities=Counts(8, 2, 0))
    >>> b = Score(entities=Counts(1, 0, 9))
    >>> round(micro([a, b]).entities.f1, 3)     # not the mean of 0.889 and 0.182
    0.621
    """
    total = Score()
    for s in scores:
        total = Score(*(getattr(total, k) + getattr(s, k) for k in (*KINDS, "inferred")))
    return total
