"""Relations a sentence states inside the list of measures its subject takes: 周口市12345热线聚焦…，通过建立…机制、
与110平台高效对接联动等措施，…: the line its subject is joined with, though a comma and other measures stand
between them."""
from __future__ import annotations

import re

from ..types import Relation, Sentence
from .named import Named, make_relation

#: Right after the platform a measure joins the subject with: the verb of joining (高效对接联动, 实现互联互通).
JOINED_BY_MEASURE = re.compile(r"[^，。；、]{0,6}?(?:对接|联动|互联互通|互通|贯通)")
#: What frames a list of measures: 通过…, 采取…, or …等措施 after it (not 推动A和B融合，并与C互通: a task set, no
#: measure the subject took).
MEASURES_OPEN = re.compile(r"通过|采取|依托|借助")
MEASURES_CLOSE = re.compile(r"[^，。；]{0,20}?等(?:措施|举措|方式|手段|方面)")
#: How far into its sentence the subject may be named (近年来，A…; 目前，A…).
SUBJECT_REACH = 8


def joined_in_measures(text: str, s: Sentence, named: list[Named]) -> list[Relation]:
    """A platform that opens its sentence, then, past a comma, 与B…对接 among the measures it takes: B is
    integrated with it (12345热线…，通过…、与110平台高效对接联动等措施).

    >>> t = "周口市12345热线聚焦群众诉求，通过优化流程、与110平台高效对接联动等措施，提升效率。"
    >>> a = Named("P:a", "Platform", 0, 9, "周口市12345热线")
    >>> b = Named("P:b", "Platform", t.index("110平台"), t.index("110平台") + 5, "110平台")
    >>> [(r.type, r.head, r.tail) for r in joined_in_measures(t, Sentence(0, t, 0, len(t)), [a, b])]
    [('integratesWith', 'P:b', 'P:a')]
    """
    platforms = [n for n in named if n.type == "Platform"]
    if len(platforms) < 2 or platforms[0] is not named[0] or platforms[0].start - s.start > SUBJECT_REACH:
        return []
    subject = platforms[0]
    out = []
    for other in platforms[1:]:
        before = text[subject.end:other.start]
        measure = max(text.rfind(mark, subject.end, other.start) for mark in "，,、")   # where its measure opens
        if before.endswith("与") and re.search(r"[，,]", before) and not re.search(r"[。；]", before) \
                and not any(measure < p.start < other.start for p in platforms) \
                and JOINED_BY_MEASURE.match(text, other.end) \
                and (MEASURES_OPEN.search(before) or MEASURES_CLOSE.match(text, other.end)):
            out.append(make_relation("integratesWith", other.key, subject.key, s, subject.start, other.end,
                                     0.6, "joined-in-measures"))
    return out
