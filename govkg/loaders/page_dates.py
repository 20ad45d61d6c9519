"""The date a page's header gives the report it holds: when the report was published.

A site's page carries its document's title, then a line of page facts::

    烟台市大数据局2023年政府信息公开工作年度报告
    发布时间:2024-01-16 11:36:23

For a report (a yearly report, a bulletin, an analysis) that line is the day it was
made public, and no sentence says so. A policy's page date is not its issue date (the
date it was signed, which the signature or a 成文日期 field gives), so only reports take it.
A file whose own metadata dates it (an HTML page's date tag, a PDF's creation date)
dates its report the same way when no header line does.
"""
from __future__ import annotations

import re

from ..types import DateFact, Sentence
from .numbers import iso_date
from .recognize_titles import TITLE_DATE, fills_its_line
from .signature import NAME_FIELD, date_line

#: How many sentences from the top a page's header may take.
HEAD_SENTENCES = 12
#: A header field dating the page, not inside a word (数据来源 is no field): 发布时间:, 发表时间:, 公开日期:, 来源:热线办.
HEADER_DATE = re.compile(r"(?<![\u4e00-\u9fff])(?:(?:发布|发表|公开|发稿)(?:时间|日期)|来源|(?<![^\s|｜])时间(?=\s*[:：]))[^0-9，。；]{0,16}?"
                         r"((?:19|20)\d{2}\s*[-年./]\s*\d{1,2}\s*[-月./]\s*\d{1,2})")
#: A date in figures alone at a line's start, maybe after a list's bullet and with a time: 2017-10-30 14:23,
#: • 2023-01-16 15:36.
LONE_DATE = re.compile(r"^\s*(?:[•·●▪*]\s*)?((?:19|20)\d{2}-\d{1,2}-\d{1,2})(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?(?!\s+\d{1,2}:)(?=\s|$|[\u4e00-\u9fff])"
                       r"(?!\s*(?:关于|[^\s:：]{2,40}(?:的通知|的报告|工作要点|工作总结|实施方案)))")
#   (• 2025-01-16 15:36 关于印发…的通知: a link's date, not the page's)
#: How many sentences under its title a date standing alone still dates the report.
UNDER_TITLE = 3
#: A notice handing a report out (关于印发2024年工作总结…的通知): dated as the notice is, by its signature.
HANDED_OUT = re.compile(r"印发|转发")


def published_on_page(sentences: tuple[Sentence, ...], named: dict[int, list], text: str,
                      file_date: str | None = None) -> list[DateFact]:
    """The publication date of the report a page holds: its header's date line, else the file's own date.

    The report is the one whose title fills one of the page's first lines (or its 名称 field); the
    header runs from the top to the first sentence of body text (one ending in 。).
    """
    titled = _own_report(sentences[:HEAD_SENTENCES], named, text)
    if titled is None:
        return []
    report, title = titled
    for s in sentences[:HEAD_SENTENCES]:
        if s.text.rstrip().endswith("。"):
            break      # the body has begun
        dated = TITLE_DATE.search(s.text) if s.index == title.index else None    # …年度报告 (2024-03-28)
        value = iso_date(dated.group(1)) if dated else _header_date(s.text, 0 < s.index - title.index <= UNDER_TITLE)
        if value:
            return [DateFact(report, "publicationDate", value, s.index, s.start, s.end, 0.7)]
    return [DateFact(report, "publicationDate", file_date, title.index, title.start, title.end, 0.6)] if file_date else []


def _own_report(head: tuple[Sentence, ...], named: dict[int, list], text: str) -> tuple[str, Sentence] | None:
    """The report whose title fills a line of the page's head, or its 名称 field (not a notice handing
    it out), and that line's sentence."""
    for s in head:
        field = NAME_FIELD.match(s.text)
        value = s.text[field.end():].strip(" |｜").strip("《》") if field else None
        for n in named.get(s.index, []):
            own = n.text.strip("《》") == value if field else fills_its_line(text, s, n.start, n.end)
            if n.type == "Report" and own and not HANDED_OUT.search(n.text):
                return n.key, s
    return None


def _header_date(line: str, under_title: bool) -> str | None:
    """The ISO date of a header line: 发布时间:2024-01-16 11:36, 来源:热线办2017-07-17 10:07, or, just under
    the title, a date alone on its line (2017-10-30 14:23, 2020年11月26日)."""
    m = HEADER_DATE.search(line) or (LONE_DATE.match(line) if under_title else None)
    if m:
        return iso_date(m.group(1))
    return date_line(line) if under_title else None
