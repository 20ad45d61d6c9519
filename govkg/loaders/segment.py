"""Split a normalized document into sentences and section headings.

A short line without closing punctuation is a heading (``天津：完善政策体系``);
the sentences below it carry its topic as their ``section`` — the part before
the colon when there is one — which later stages use as context ("省卫生健康委"
under a 四川 heading belongs to 四川).

>>> from govkg.types import Document
>>> text = "天津：完善政策体系\\n天津出台办法。“一平台。多终端”上线！"
>>> doc = Document("d", "x", text, text, tuple(range(len(text))))
>>> [(s.text, s.section, s.is_heading) for s in segment(doc)]
[('天津：完善政策体系', '天津', True), ('天津出台办法。', '天津', False), ('“一平台。多终端”上线！', '天津', False)]
"""
from __future__ import annotations

import re

from ..types import Document, Sentence

SENTENCE_END = "。！？!?"
CLOSERS = "”’）)」』"
MAX_HEADING = 40
HEADING_COLON = re.compile(r"^([^：:，。]{1,12})[：:]")
LIST_MARK = re.compile(r"^([一二三四五六七八九十]+、|[（(][一二三四五六七八九十\d]+[）)]|\d+[.、])")


def segment(doc: Document) -> tuple[Sentence, ...]:
    """Sentences of ``doc`` in order, with offsets into ``doc.text``."""
    sentences: list[Sentence] = []
    section: str | None = None
    pos = 0
    for line in doc.text.split("\n"):
        start = pos
        pos += len(line) + 1
        if not line.strip():
            continue
        if _is_heading(line):
            section = _section_of(line)
            sentences.append(Sentence(len(sentences), line, start, start + len(line), section, True))
            continue
        for s, e in _sentence_spans(line):
            sentences.append(Sentence(len(sentences), line[s:e], start + s, start + e, section))
    return tuple(sentences)


def _is_heading(line: str) -> bool:
    """Short, no closing punctuation, and not a list item that carries a whole sentence."""
    stripped = line.strip()
    return (
        len(stripped) <= MAX_HEADING
        and stripped[-1] not in SENTENCE_END + "；;，,、"
        and "，" not in stripped
    )


def _section_of(heading: str) -> str:
    m = HEADING_COLON.match(heading.strip())
    return m.group(1).strip() if m else heading.strip()


def _sentence_spans(line: str) -> list[tuple[int, int]]:
    """Split at sentence-final marks that are not inside quotes or brackets."""
    spans, start, depth, i = [], 0, 0, 0
    while i < len(line):
        ch = line[i]
        if ch in "“‘「『（(《":
            depth += 1
        elif ch in "”’」』）)》":
            depth = max(0, depth - 1)
        elif ch in SENTENCE_END and depth == 0:
            end = i + 1
            while end < len(line) and (line[end] in SENTENCE_END or line[end] in CLOSERS):
                end += 1
            spans.append((start, end))
            start, i = end, end
            continue
        i += 1
    if line[start:].strip():
        spans.append((start, len(line)))
    return [(s + len(line[s:e]) - len(line[s:e].lstrip()), e) for s, e in spans if line[s:e].strip()]
