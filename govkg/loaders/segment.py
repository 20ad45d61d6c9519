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
            pieces = _pieces(line, s, e)
            for ps, pe in pieces:
                sentences.append(Sentence(len(sentences), line[ps:pe], start + ps, start + pe, section,
                                          cut=len(pieces) > 1))
    return tuple(sentences)


#: A sentence longer than this is cut into pieces before recognition: the later
#: stages cost more than linear time in a sentence's length (a 1M-character line
#: without punctuation took 67 s and 8.2 GB). Real sentences are far shorter.
MAX_SENTENCE = 500
_SOFT_BREAK = "；;，,、：: \t\u3000"


def _pieces(line: str, start: int, end: int) -> list[tuple[int, int]]:
    """``line[start:end]`` as spans of at most MAX_SENTENCE characters, each cut
    after the last clause mark (；，、：or a space) in reach, else at the limit.

    >>> [e - s for s, e in _pieces("政" * 1200, 0, 1200)]
    [500, 500, 200]
    >>> _pieces("甲" * 10 + "，" + "乙" * 600, 0, 611)[0]
    (0, 11)
    """
    out = []
    while end - start > MAX_SENTENCE:
        window = line[start:start + MAX_SENTENCE]
        cut = max(window.rfind(ch) for ch in _SOFT_BREAK) + 1
        cut = start + (cut if cut > 0 else MAX_SENTENCE)
        out.append((start, cut))
        start = cut
        while start < end and line[start].isspace():
            start += 1
    if line[start:end].strip():
        out.append((start, end))
    return out


def _is_heading(line: str) -> bool:
    """Short, no closing punctuation, and not a list item that carries a whole sentence."""
    stripped = line.strip()
    return (
        (len(stripped) <= MAX_HEADING or (len(stripped) <= MAX_TITLE_HEADING and OFFICIAL_TITLE.search(stripped) is not None
                                          and not TELLS_OF_A_TITLE.search(stripped.split("关于", 1)[0] if "关于" in stripped
                                                                          else stripped)))
        and stripped[-1] not in SENTENCE_END + "；;，,、"
        and "，" not in stripped
    )


#: An official document's title line, often longer than a heading (某市人民政府办公室关于2025年二季度全市政府
#: 网站和政府系统政务新媒体检查情况的通知): a heading still.
#: A call for comments on a draft, titled either way round (…关于征求《X(征求意见稿)》意见建议的公告, …关于《X》
#: 公开征求意见的通知): the notice the page holds, though it quotes another title.
CALL_TITLE = re.compile(r"关于(?:(?:公开)?征(?:求|集)《[^。，]{4,80}》(?:的)?|(?:就)?《[^。，]{4,80}》[^《》。，]{0,6}?(?:公开)?征(?:求|集))"
                        r"(?:修改)?意见(?:建议)?的(?:通知|公告)$")
OFFICIAL_TITLE = re.compile(r"关于[^《》]{4,}的(?:通知|通报|意见|报告|决定|批复|函|公告|办法|方案)$|" + CALL_TITLE.pattern + "|"
                            r"^[^《》]{2,}(?:人民政府|办公厅|办公室|委员会|局|厅)[^《》]{4,}(?:实施意见|指导意见|实施方案|行动计划|管理办法)$")   # (not 关于印发《X》的通知: X is named)
MAX_TITLE_HEADING = 90
#: Before 关于 on a long line: a sentence telling of the document (市政府办公室近日印发关于…的通知), not its title.
TELLS_OF_A_TITLE = re.compile(r"印发|转发|审议|出台|发布|下发|近日|日前|召开|研究|部署|落实|正在|会同|抓紧|启动|举行|学习|贯彻|"
                              r"制定|通过|解读|公布")


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


# -- clauses: the rules' unit inside a sentence --------------------------------------
CLAUSE_MARKS = "，；："
#: Marks that end a clause or a sentence, ASCII ones too: where a figure's or a verb's reach stops.
CLAUSE_OR_SENTENCE_MARKS = "，,；;。"


def sentence_at(sentences, at: int) -> Sentence | None:
    """The sentence holding character ``at`` of the text, if any."""
    return next((s for s in sentences if s.start <= at < s.end), None)


def clause_start(text: str, pos: int, marks: str = CLAUSE_MARKS, floor: int = 0) -> int:
    """Where the clause holding ``pos`` starts: just after the last of ``marks`` before it (not before ``floor``).

    >>> clause_start("省数据局牵头，会同财政厅出台", 9)
    7
    """
    return max(floor, max(_last_mark(text, c, pos) for c in marks) + 1)


def _last_mark(text: str, mark: str, pos: int) -> int:
    """The last ``mark`` before ``pos``, passing over a comma that groups a number's digits (2,143,249)."""
    i = text.rfind(mark, 0, pos)
    while i > 0 and mark == "," and _groups_digits(text, i):
        i = text.rfind(mark, 0, i)
    return i


def _first_mark(text: str, mark: str, pos: int) -> int:
    """The first ``mark`` from ``pos`` on, passing over a comma that groups a number's digits."""
    i = text.find(mark, pos)
    while i >= 0 and mark == "," and _groups_digits(text, i):
        i = text.find(mark, i + 1)
    return i


def _groups_digits(text: str, i: int) -> bool:
    """Whether the comma at ``i`` stands inside a number (2,143,249), not between clauses.

    >>> _groups_digits("受理业务2,143,249笔", 5), _groups_digits("共3个,其中2个", 6)
    (True, False)
    """
    return i > 0 and text[i - 1].isdigit() and text[i + 1:i + 4].isdigit() and not text[i + 4:i + 5].isdigit()


def clause_end(text: str, pos: int, marks: str = CLAUSE_MARKS) -> int:
    """Where the clause holding ``pos`` ends: at the first of ``marks`` from it on, else the text's end.

    >>> clause_end("注册用户2371万，占66%", 4)
    9
    """
    return min((i for i in (_first_mark(text, c, pos) for c in marks) if i >= 0), default=len(text))


def clause_of(body: str, m: re.Match) -> str:
    """The clause of ``body`` around the match ``m``, between the marks that end clauses."""
    return body[clause_start(body, m.start(), "，；。：,;"):clause_end(body, m.end(), "，；。,;")]
