"""Lines broken at a fixed width, joined back into paragraphs.

Text saved from a PDF viewer, a terminal, an e-mail client or an old archive
breaks every line at one width, mid-sentence and often mid-name
(…首届数字中国建设峰会数字福建分论 / 坛在福州召开). Read as written, a name cut
in two is two names, and a figure cut from its count is lost. Such a text is
told by its long lines being *equally* long, in characters or in display
columns; a text with a line per paragraph has long lines of every length.

>>> lines = ["数字政府建设峰会在福州召开，分论坛以数字", "福建建设历程和成果为主线，聚焦数字福建从",
...          "顶层规划到建设应用的成就，并发布了一批平", "台和应用场景，涵盖政务服务、城市治理、产",
...          "业发展等多个领域，参会代表共计八百余人。", "下一段。"]
>>> text = "\\n".join(lines)
>>> [text[i - 2:i + 3] for i in wrapped_breaks(text)]
['数字\\n福建', '建从\\n顶层', '批平\\n台和', '、产\\n业发']
"""
from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Callable

#: A full line ending in one of these may end its paragraph: the break stays. A closing quote,
#: bracket, colon or semicolon is as often mid-sentence: (…“我的长沙” / App已全面接入…, …(以下简称“中心”) /
#: 实施项目共15个), and joining where a paragraph did end costs less than keeping a break mid-sentence.
SENTENCE_END = tuple("。！？!?")
#: A line opening with a list's number (（一）, 一、, 1., (1), ①, 第三条) starts an item of its own: a list
#: of items of one length is no text broken at a width.
LIST_ITEM = re.compile(r"\s*(?:[（(][一二三四五六七八九十\d]{1,3}[)）]|[一二三四五六七八九十]{1,3}、|[1-9]\d{0,2}[.、．](?!\d)|[①-⑳]|第[一二三四五六七八九十百\d]{1,4}条)")
#: Lines shorter than this are headings, list items or a paragraph's last line.
MIN_CHARACTERS = 20
#: Fewer lines of one width may be chance: two headings and a sentence of nearly the same length.
MIN_FULL_LINES = 5


def display_width(line: str) -> int:
    """Columns a line takes: two for a Chinese character or mark, one for a Latin letter or digit.

    >>> display_width("数字政府 2024")
    13
    """
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in line)


def wrap_width(lines: list[str]) -> tuple[Callable[[str], int], int] | None:
    """How a text's lines were broken, as (measure, width), or None when they were not.

    Most long lines must be the same width (one less where a wide character did not
    fit), at least five of them, and hardly any wider.

    >>> wrap_width(["一二三四五六七八九十" * 3] * 5 + ["短行"])[1]
    30
    >>> wrap_width(["一二三四五六七八九十" * k for k in (3, 5, 8, 4, 3, 6)]) is None
    True
    """
    for measure in (len, display_width):
        widths = [measure(line) for line in lines if len(line) >= MIN_CHARACTERS]
        if len(widths) < 3:
            return None
        counts = Counter(widths)
        width = max(counts, key=lambda w: (counts[w] + counts[w - 1], w))
        full = counts[width] + counts[width - 1]
        wider = sum(n for w, n in counts.items() if w > width)
        if full >= MIN_FULL_LINES and 2 * full >= len(widths) and 10 * wider <= len(widths):
            return measure, width
    return None


def wrapped_breaks(text: str) -> list[int]:
    """Positions of the line breaks in ``text`` that a fixed width made, not the writer.

    A break follows a full-width line that does not end a sentence, before a line with text.
    """
    raw_lines = text.split("\n")
    lines = [line.rstrip(" \t\r") for line in raw_lines]
    how = wrap_width(lines)
    if how is None:
        return []
    measure, width = how
    breaks, end = [], -1
    for raw, line, nxt in zip(raw_lines, lines, lines[1:]):
        end += len(raw) + 1                      # the position of the break after this line
        if goes_on(line, measure(line) >= width - 1, nxt):
            breaks.append(end)
    return breaks


def goes_on(line: str, full: bool, nxt: str) -> bool:
    """Whether a line's break is the margin's, not the writer's: the line is ``full``, does not end a
    sentence, and text follows that does not open a list item (also for printed lines, :mod:`.read_pdf`).

    >>> goes_on("推进数字政府", True, "建设工作"), goes_on("推进数字政府", True, "（二）加强领导")
    (True, False)
    """
    return full and bool(nxt.strip()) and not line.endswith(SENTENCE_END) and not LIST_ITEM.match(nxt)
