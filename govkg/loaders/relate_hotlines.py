"""Hotlines merged into a place's 12345 line: 将12328、12329、12315等热线整合到12345, 涵盖了12333、12315等37条热线.
Each line named by its bare number (:func:`~govkg.loaders.recognize_lists.listed_service_numbers`) is
integrated with the 12345 line that took it in: the one the sentence names, else the page's own."""
from __future__ import annotations

import re
from collections import Counter

from ..types import Relation, Sentence
from .figure_subjects import listed_number
from .named import Named, make_relation

#: The words of taking lines in (整合, 并入, 归并, 涵盖, 连通, 化零为整); 对接联动 with 110 as well.
MERGED = re.compile(r"整合|并入|归并|合并|涵盖|纳入|连通|联通|对接|化零为整|一号对外|一号通")
#: A 12345 line's name: 12345 in it, or a government service hotline word (政务服务热线, 市民热线).
CITY_LINE = re.compile(r"12345|(?:政务|政府|市民|便民|公共)服务?(?:便民)?热线")


def main_hotline(by_sentence: dict[int, list[Named]]) -> Named | None:
    """The 12345 line the page names most often (none where it names none).

    >>> a = Named("P:a", "Platform", 0, 8, "某市12345热线")
    >>> main_hotline({0: [a], 1: [Named("P:b", "Platform", 20, 25, "12319")], 2: [a]}).key
    'P:a'
    """
    counts = Counter(n.key for names in by_sentence.values() for n in names
                     if n.type == "Platform" and CITY_LINE.search(n.text) and not n.text.isdigit())
    if not counts:
        return None
    key = counts.most_common(1)[0][0]
    return next(n for names in by_sentence.values() for n in names if n.key == key)


def merged_lines(text: str, s: Sentence, named: list[Named], page_line: Named | None) -> list[Relation]:
    """Each bare-numbered line a sentence says was merged: integrated with the 12345 line of the sentence,
    else of the page."""
    lines = [n for n in named if n.type == "Platform" and n.text.isdigit() and listed_number(text, n)]
    if not lines or not MERGED.search(text, s.start, s.end):
        return []
    named_here = [n for n in named if n.type == "Platform" and CITY_LINE.search(n.text) and not n.text.isdigit()]
    whole = named_here[0] if named_here else page_line
    if whole is None:
        return []
    return [make_relation("integratesWith", whole.key, n.key, s, n.start, n.end, 0.75, "merged-lines")
            for n in lines if n.key != whole.key]
