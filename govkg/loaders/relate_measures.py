"""Relations a sentence states inside the list of measures its subject takes: 周口市12345热线聚焦…，通过建立…机制、
与110平台高效对接联动等措施，…: the line its subject is joined with, though a comma and other measures stand
between them."""
from __future__ import annotations

import re

from ..types import Relation, Sentence
from .named import Named, make_relation

#: Right after the platform a measure joins the subject with: the verb of joining (高效对接联动, 实现互联互通).
JOINED_BY_MEASURE = re.compile(r"[^，。；、]{0,6}?(?:对接|联动|互联互通|互通|贯通)")
#: What opens a list of measures (not 推动A和B融合，并与C互通: a task set, no measure the subject took).
MEASURES_OPEN = re.compile(r"通过|采取")
#: Between a clause's start (or its subject) and 通过: nothing but words of how (并, 也, 持续…).
HOW = re.compile(r"[“”\s]*(?:并|还|也|同时|积极|不断|持续|主动|进一步|着力)*")
#: Where a clause starts, before the subject that opens it.
CLAUSE_MARK = re.compile(r"[，,：:]")


def joined_in_measures(text: str, s: Sentence, named: list[Named]) -> list[Relation]:
    """A platform that opens its clause, then (there or in a clause of its own after a comma) 通过…与B…对接 among
    the measures it takes: B is integrated with it. The measures' clause names no subject of its own
    (市公安局通过与110平台对接… is the bureau's doing).

    >>> t = "周口市12345热线聚焦群众诉求，通过优化流程、与110平台高效对接联动等措施，提升效率。"
    >>> a = Named("P:a", "Platform", 0, 9, "周口市12345热线")
    >>> b = Named("P:b", "Platform", t.index("110平台"), t.index("110平台") + 5, "110平台")
    >>> [(r.type, r.head, r.tail) for r in joined_in_measures(t, Sentence(0, t, 0, len(t)), [a, b])]
    [('integratesWith', 'P:b', 'P:a')]
    """
    out = []
    for other in named:
        if other.type != "Platform" or not text.endswith("与", 0, other.start) \
                or not JOINED_BY_MEASURE.match(text, other.end):
            continue
        opening = _measures_opening(text, s, other)
        if opening is None:
            continue
        clause = _clause_start(text, s, opening.start())
        subject = _platform_opening(text, s, named, clause, opening.start()) \
            or (_subject_before(text, s, named, clause) if HOW.fullmatch(text, clause, opening.start()) else None)
        if subject is not None and subject is not other:
            out.append(make_relation("integratesWith", other.key, subject.key, s, subject.start, other.end,
                                     0.6, "joined-in-measures"))
    return out


def _measures_opening(text: str, s: Sentence, other: Named) -> re.Match | None:
    """The last 通过/采取 before ``other`` in its sentence, if no full stop or semicolon stands between."""
    found = None
    for m in MEASURES_OPEN.finditer(text, s.start, other.start):
        found = m
    return found if found is not None and not re.search(r"[。；;]", text[found.end():other.start]) else None


def _clause_start(text: str, s: Sentence, pos: int) -> int:
    marks = [m.end() for m in CLAUSE_MARK.finditer(text, s.start, pos)]
    return marks[-1] if marks else s.start


def _platform_opening(text: str, s: Sentence, named: list[Named], clause: int, until: int) -> Named | None:
    """A platform that opens the clause and stands right before 通过 (“浙里办”持续通过与…)."""
    for n in named:
        if n.type == "Platform" and HOW.fullmatch(text, clause, n.start) and HOW.fullmatch(text, n.end, until):
            return n
    return None


def _subject_before(text: str, s: Sentence, named: list[Named], clause: int) -> Named | None:
    """The last platform before ``clause`` in its sentence that opens a clause of its own (the sentence's
    subject, 会议指出，市12345热线聚焦…), with no other body or place named after it."""
    before = [n for n in named if n.end <= clause]
    if not before or before[-1].type != "Platform":
        return None
    subject = before[-1]
    return subject if HOW.fullmatch(text, _clause_start(text, s, subject.start), subject.start) else None
