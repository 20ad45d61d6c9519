"""Words and mentions: the LAC model's tokens of a sentence, and a Mention made from a span of it."""
from __future__ import annotations

import re
from dataclasses import dataclass

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
        if core:
            tokens.append(Token(core, tag, pos + lead, pos + lead + len(core)))
        pos += len(word)
    return tokens


def mention(sentence: Sentence, start: int, end: int, type_: str, source: str, text: str | None = None) -> Mention:
    return Mention(text or sentence.text[start:end], type_, sentence.start + start, sentence.start + end,
                   sentence.index, source)
