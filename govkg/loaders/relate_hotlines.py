"""Hotlines merged into a place's 12345 line: 将12328、12329、12315等热线整合到12345, 涵盖了12333、12315等37条热线.
Each line named by its bare number (:func:`~govkg.loaders.recognize_lists.listed_service_numbers`), or by its
number and purpose in a list (96119火灾隐患举报热线、12333劳动监察维权热线), is integrated with the line or
platform that took it in: the one the clause names, else the sentence's 12345 line, else the page's own."""
from __future__ import annotations

import re
from collections import Counter

from ..types import Relation, Sentence
from .named import Named, make_relation
from .recognize_lists import LINE_NUMBER, listed_number
from .segment import CLAUSE_OR_SENTENCE_MARKS, clause_end, clause_start

#: The words of taking lines in, before the lines (整合12319、12350等热线; 涵盖了 12333、12315等37条热线)…
TAKES_IN = re.compile(r"(?:整合|并入|归并|合并|撤并|涵盖|连通|联通|对接|接入)了?\s?$")
#: …or after them, with the line or platform taking them in as their object (将12328、12329等热线化零为整;
#: 把12319、12318三条热线整合在12345平台, 整合归并到12345热线; 已完成与12345热线的双向对接), not a register or a review
#: (纳入部门绩效考核, 纳入12345热线考核范围).
TAKEN_IN = re.compile(r"[^，。；]{0,16}?(?:化零为整|一号对外|一号响应|"
                      r"(?:整合|并入|归并|合并|撤并|纳入|接入)(?:整合|并入|归并|合并)?(?:到|进|至|在|为)?[^，。；]{0,12}?(?:热线|平台|号码|一号)(?!考核|绩效|评价|督|范围)|"
                      r"与[^，。；]{0,12}?(?:热线|平台)[^，。；]{0,6}?(?:对接|联通|互通|贯通))")
#: After two or more lines listed: they completed their merging (…、12349民政服务电话于6月完成整合), not one
#: line's own upgrade (12333热线完成整合升级).
MERGING_DONE = re.compile(r"[^，。；]{0,20}?(?:完成|实现)(?:整合|归并|并入)(?!升级|优化|提升|改造)")
#: A line named by its number and what it is for (12333劳动监察维权热线, 96119火灾隐患举报热线), not a 12345 line.
NUMBERED_LINE = re.compile(rf"^{LINE_NUMBER}[\u4e00-\u9fff]{{0,12}}(?:热线|电话)$")
#: Before the verb: it did not happen (尚未并入, 暂未整合).
NOT_DONE = re.compile(r"尚未|暂未|未|没有|不再")
NOT_YET = re.compile(rf"(?:{NOT_DONE.pattern})$")
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


def taken_in_lines(text: str, named: list[Named]) -> set[Named]:
    """The lines a sentence lists to be taken in: bare numbers in a list, or lines named by number and
    purpose listed with another line (not one line alone, which is a line of its own)."""
    bare = [n for n in named if n.type == "Platform" and n.text.isdigit() and listed_number(text, n)]
    numbered = [n for n in named if n.type == "Platform" and NUMBERED_LINE.match(n.text)]
    listed = [n for n in numbered if any(o is not n and _listed_together(text, n, o) for o in numbered + bare)]
    return set(bare) | set(listed)


def merged_lines(text: str, s: Sentence, named: list[Named], taken: set[Named], page_line: Named | None) -> list[Relation]:
    """Each line a sentence says was taken in, clause by clause: integrated with the platform that took it in
    (a line named before the verb, as 12315热线整合了…; one the clause names after the lines, as 并入12315热线;
    else the sentence's 12345 line), else the page's 12345 line; not where a body did the taking in
    (市城管局整合12319、96310等热线资源). ``taken`` is :func:`taken_in_lines` of the sentence."""
    lines = [n for n in named if n in taken]
    others = [n for n in named if n.type == "Platform" and n not in taken]
    named_here = [n for n in others if CITY_LINE.search(n.text)]
    out = []
    for clause in _by_clause(text, lines):
        first, last = clause[0], clause[-1]
        end = clause_end(text, last.end, CLAUSE_OR_SENTENCE_MARKS)
        before = TAKES_IN.search(text, max(s.start, first.start - 5), first.start)
        after = None if before else (TAKEN_IN.match(text, last.end, end)
                                     or (MERGING_DONE.match(text, last.end, end) if len(clause) > 1 else None))
        verb_at = before.start() if before else after.start() if after else None
        if verb_at is None or NOT_YET.search(text, max(s.start, verb_at - 2), verb_at) \
                or (after and NOT_DONE.search(after.group(0))):
            continue
        opening = clause_start(text, verb_at, floor=s.start)
        acting = [n for n in named if n.type in ("Agency", "Organization") and opening <= n.start < verb_at]
        hub = next((n for n in others if opening <= n.start and n.end <= verb_at), None)   # 12315消费者投诉举报热线整合了…
        target = next((n for n in others if after and last.end <= n.start <= after.end()), None)   # 并入12315热线
        if acting and hub is None and target is None:
            continue     # 市城管局整合12319、96310等热线资源: the body merged them, into no line we know
        whole = target or hub or (named_here[0] if named_here else page_line)
        if whole is not None:
            out += [make_relation("integratesWith", whole.key, n.key, s, n.start, n.end, 0.75, "merged-lines")
                    for n in clause if n.key != whole.key]
    return out


def _listed_together(text: str, a: Named, b: Named) -> bool:
    first, second = (a, b) if a.start < b.start else (b, a)
    return bool(re.fullmatch(r"\s?[、和及与]\s?", text[first.end:second.start]))


def _by_clause(text: str, lines: list[Named]) -> list[list[Named]]:
    """The lines grouped by the clause they stand in (no ，；。 between them)."""
    groups: list[list[Named]] = []
    for n in lines:
        if groups and clause_start(text, n.start, CLAUSE_OR_SENTENCE_MARKS) <= groups[-1][-1].end:
            groups[-1].append(n)
        else:
            groups.append([n])
    return groups
