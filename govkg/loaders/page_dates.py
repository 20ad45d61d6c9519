"""The date a page's header gives the report it holds: when the report was published.

A site's page carries its document's title, then a line of page facts::

    烟台市大数据局2023年政府信息公开工作年度报告
    发布时间:2024-01-16 11:36:23

For a report (a yearly report, a bulletin, an analysis) that line is the day it was
made public, and no sentence says so. A policy's page date is not its issue date (the
date it was signed, which the signature or a 成文日期 field gives), so only reports take it.
"""
from __future__ import annotations

import re

from ..types import DateFact, Sentence
from .signature import NAME_FIELD, date_line

#: How far into the page its header lines go.
HEADER_LINES = 12
#: A header's date: after a field word (发布时间:, 公开日期:, 来源:热线办) or alone on its line, maybe with a time.
HEADER_DATE = re.compile(r"(?:(?:发布|公开|发稿)(?:时间|日期)|来源)[^0-9，。；]{0,16}?"
                         r"((?:19|20)\d{2})\s*[-年./]\s*(\d{1,2})\s*[-月./]\s*(\d{1,2})")
LONE_DATE = re.compile(r"^\s*((?:19|20)\d{2})-(\d{1,2})-(\d{1,2})(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?(?=\s|$)")


def published_on_page(sentences: tuple[Sentence, ...], named: dict[int, list]) -> list[DateFact]:
    """The publication date of the report a page holds, from its header's date line.

    The report is the one whose title fills one of the page's first lines (or its 名称 field);
    the date is the first header line that dates the page.
    """
    head = sentences[:HEADER_LINES]
    titled = _own_report(head, named)
    if titled is None:
        return []
    report, title_line = titled
    for s in head:
        value = _header_date(s.text, s.index - title_line)
        if value:
            return [DateFact(report, "publicationDate", value, s.index, s.start, s.end, 0.7)]
    return []


def _own_report(head: tuple[Sentence, ...], named: dict[int, list]) -> tuple[str, int] | None:
    """The report whose title fills a line of the page's head (not a notice handing it out), and that line."""
    for s in head:
        line = s.text[NAME_FIELD.match(s.text).end():] if NAME_FIELD.match(s.text) else s.text
        line = line.strip(" |｜").strip("《》")
        for n in named.get(s.index, []):
            if n.type == "Report" and n.text.strip("《》") == line and not HANDED_OUT.search(line):
                return n.key, s.index
    return None


HANDED_OUT = re.compile(r"印发|转发")   # 市政务服务办关于印发2024年工作总结…的通知: the notice's, dated as it is


def _header_date(text: str, after_title: int) -> str | None:
    """The ISO date of a header line: 发布时间:2024-01-16 11:36, 来源:热线办2017-07-17 10:07, or a date
    alone on its line (2017-10-30 14:23, 2020年11月26日) within three lines after the title."""
    m = HEADER_DATE.search(text) or (LONE_DATE.match(text) if 0 < after_title <= 3 else None)
    if m:
        year, month, day = (int(x) for x in m.groups())
        return f"{year:04d}-{month:02d}-{day:02d}" if 1 <= month <= 12 and 1 <= day <= 31 else None
    return date_line(text) if 0 < after_title <= 3 else None
