"""Words and mentions: the LAC model's tokens of a sentence, and a Mention made from a span of it."""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Iterator

from ..types import Mention, Sentence
from .lac_decode import tag_text
from .resources import Resources

WORD_CHARS = re.compile(r"^[\u4e00-\u9fffA-Za-z0-9·+＋]+$")


@dataclass(frozen=True)
class Token:
    text: str
    tag: str
    start: int   # offset in the sentence
    end: int


def tokens_of(text: str, resources: Resources) -> list[Token]:
    ner = resources.ner
    if ner is None:
        return []
    tokens, pos = [], 0
    for word, tag in tag_text(ner, text):
        core = word.strip()   # the model may glue a space to a word ("中国政府网 ")
        lead = len(word) - len(word.lstrip())
        glued = GLUED_JOINT.search(core) if tag in ("ORG", "LOC") else None
        if glued:    # 四川省人民政府网和|成都市…: the model glued the joint to the first name
            start = pos + lead
            tokens.append(Token(core[:glued.start()], tag, start, start + glued.start()))
            tokens.append(Token(glued.group(0), "c", start + glued.start(), start + len(core)))
        elif core:
            tokens.append(Token(core, tag, pos + lead, pos + lead + len(core)))
        pos += len(word)
    return tokens


#: A joint the model glued to the end of a body's or site's name (四川省人民政府网和): never a name's last word.
GLUED_JOINT = re.compile(r"(?<=..(?:网|站|局|厅|委|办|府|心|台|统|司|团|省|市|县|区))[和与及]$")


def mention(sentence: Sentence, start: int, end: int, type_: str, source: str, text: str | None = None) -> Mention:
    return Mention(text or sentence.text[start:end], type_, sentence.start + start, sentence.start + end,
                   sentence.index, source)


def starts_inside_a_word(tokens: list[Token], start: int) -> bool:
    """Whether one of LAC's words runs across ``start`` (协同平台|中 for 台中)."""
    return any(t.start < start < t.end for t in tokens)


def cuts_a_word(tokens: list[Token], start: int, end: int) -> bool:
    """Whether text[start:end] cuts through one of LAC's words: a word runs on past its end
    (开辟办事|通道 for 办事通, 新|县城 for 新县), or begins before it and ends elsewhere
    (提|高县级…). A word that ends with it is a name glued to what precedes it (浙江浙里办,
    易县和雄县) and does not count."""
    return any(t.start < end < t.end or (t.start < start < t.end and t.end != end) for t in tokens)


def occurrences(name: str, text: str) -> Iterator[int]:
    """Where ``name`` (not empty) starts in ``text``, left to right, not overlapping (as ``re.finditer`` of it).

    >>> list(occurrences("数据", "数据局和数据中心"))
    [0, 4]
    """
    if not name:
        raise ValueError("an empty name is everywhere")
    start = text.find(name)
    while start >= 0:
        yield start
        start = text.find(name, start + len(name))
