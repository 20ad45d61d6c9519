"""Dressings: a plain article rewritten the way pages reach users, to measure how well govkg reads them.

Real pages come in Traditional script from mirror sites with a pinyin gloss after many characters
(數(shù)字), broken at a fixed width by a PDF viewer or an e-mail client, with a scraper's HTML
tags and character references, a converter's Markdown, spaces set around figures (320 万人) or
between every character. govkg's repairs (``loaders/normalize.py``) undo each; a dressing makes
the same article both ways, so that ``govkg evaluate GOLD --texts DIR --dress NAME`` shows what
a kind of dressing still costs against the plain text's score.

Each dressing is a function of the text and a seed (the same seed, the same dressing):

>>> DRESSINGS["pangu"]("注册用户320万人，2023年上线App。", 0)
'注册用户 320 万人，2023 年上线 App。'
>>> DRESSINGS["html-tags"]("第一段。\\n第二段。", 0)
'<p>第一段。</p>\\n<p>第二段。</p>'
"""
from __future__ import annotations

import random
import re
import unicodedata
from collections.abc import Callable

import opencc
from pypinyin import Style, pinyin

_TO_TRADITIONAL = opencc.OpenCC("s2t")
_HALF_WIDTH = str.maketrans({"，": ",", "：": ":", "；": ";", "？": "?", "！": "!", "（": "(", "）": ")"})
_CJK = "\u4e00-\u9fff"


def traditional(text: str, seed: int) -> str:
    """Traditional script, phrase by phrase (OpenCC's s2t)."""
    return _TO_TRADITIONAL.convert(text)


def _glossed(text: str, seed: int, toned: bool, share: float, after: str) -> str:
    """Character by character into Traditional; a pinyin gloss after ``share`` of the changed ones."""
    rnd, out = random.Random(seed), []
    for ch in text:
        changed = _TO_TRADITIONAL.convert(ch)
        if changed != ch and rnd.random() < share:
            reading = pinyin(ch, style=Style.TONE if toned else Style.NORMAL)[0][0]
            out.append(f"{changed}({reading}){after}")
        else:
            out.append(changed)
    return "".join(out)


def glossed(text: str, seed: int) -> str:
    """A mirror site's page: Traditional characters, most changed ones glossed with a toned
    syllable (數(shù)字), and half-width punctuation."""
    return _glossed(text, seed, toned=True, share=0.9, after="").translate(_HALF_WIDTH)


def spaced_glosses(text: str, seed: int) -> str:
    """Another site's habit: every changed character glossed without tones, a space after (關(guan) 於(yu))."""
    return _glossed(text, seed, toned=False, share=1.0, after=" ")


def _cut(line: str, width: int, by_columns: bool) -> list[str]:
    if not by_columns:
        return [line[i:i + width] for i in range(0, len(line), width)] or [""]
    out, current, used = [], "", 0
    for ch in line:
        columns = 2 if unicodedata.east_asian_width(ch) in "WF" else 1
        if used + columns > 2 * width:
            out.append(current)
            current, used = "", 0
        current += ch
        used += columns
    return out + [current]


def wrapped(text: str, seed: int) -> str:
    """Every line broken at one width (28–42 characters, counted in characters or in columns)."""
    rnd = random.Random(seed)
    width, by_columns = rnd.randint(28, 42), rnd.random() < 0.5
    return "\n".join("\n".join(_cut(line, width, by_columns)) for line in text.split("\n"))


def letter_spaced(text: str, seed: int) -> str:
    """Half the lines with a space between every two Chinese characters or marks (数 字 政 府)."""
    rnd = random.Random(seed)
    between = re.compile(rf"(?<=[{_CJK}，。、；：“”《》（）])(?=[{_CJK}，。、；：“”《》（）])")
    return "\n".join(between.sub(" ", line) if rnd.random() < 0.5 else line for line in text.split("\n"))


def character_references(text: str, seed: int) -> str:
    """A scraper that kept the page's HTML references: &ldquo;…&rdquo;, &middot;, an &nbsp; indent."""
    rnd = random.Random(seed)
    text = text.replace("“", "&ldquo;").replace("”", "&rdquo;").replace("—", "&mdash;").replace("·", "&middot;")
    return "\n".join("&nbsp;" * 4 + line if line and rnd.random() < 0.5 else line for line in text.split("\n"))


def pangu(text: str, seed: int) -> str:
    """A space between Chinese and a Latin letter or figure wherever they meet (320 万人)."""
    text = re.sub(rf"(?<=[{_CJK}])(?=[A-Za-z0-9])", " ", text)
    return re.sub(rf"(?<=[A-Za-z0-9%])(?=[{_CJK}])", " ", text)


def html_tags(text: str, seed: int) -> str:
    """Each line a <p> paragraph, as a scraper that kept the markup gives it."""
    return "\n".join(f"<p>{line}</p>" if line else line for line in text.split("\n"))


def markdown(text: str, seed: int) -> str:
    """A converter's Markdown: half the quoted names in bold, short unpunctuated lines as headings."""
    rnd = random.Random(seed)
    names = re.compile(r"(?:“[^”\n]{1,20}”)+")      # names quoted side by side: one bold span
    text = names.sub(lambda m: f"**{m.group(0)}**" if rnd.random() < 0.5 else m.group(0), text)
    return "\n".join("## " + line if line and len(line) < 30 and not re.search(r"[。，；：]", line) else line
                     for line in text.split("\n"))


def full_width(text: str, seed: int) -> str:
    """Latin letters, figures and straight quotes typed full-width (２０２３年, ＡＰＰ, ＂江城通办＂)."""
    text = text.replace("“", '"').replace("”", '"')
    return "".join(chr(ord(c) + 0xFEE0) if c.isascii() and (c.isalnum() or c == '"') else c for c in text)


def bullets(text: str, seed: int) -> str:
    """A bullet (●, ■, ◆) opening a third of the lines, as pages mark headings and list items."""
    rnd = random.Random(seed)
    return "\n".join(f"{rnd.choice('●■◆')} {line}" if line and rnd.random() < 0.3 else line
                     for line in text.split("\n"))


#: Every dressing by name, as ``govkg evaluate --dress`` takes them.
DRESSINGS: dict[str, Callable[[str, int], str]] = {
    "traditional": traditional,
    "glossed": glossed,
    "spaced-glosses": spaced_glosses,
    "wrapped": wrapped,
    "letter-spaced": letter_spaced,
    "character-references": character_references,
    "pangu": pangu,
    "html-tags": html_tags,
    "markdown": markdown,
    "full-width": full_width,
    "bullets": bullets,
}


def dress(text: str, name: str, seed: int = 0) -> str:
    """``text`` in the dressing called ``name`` (a key of :data:`DRESSINGS`).

    >>> dress("数字政府", "traditional")
    '數字政府'
    >>> dress("数字政府", "gown")
    Traceback (most recent call last):
    ...
    ValueError: no dressing called 'gown'; there are: traditional, glossed, spaced-glosses, wrapped, letter-spaced, character-references, pangu, html-tags, markdown, full-width, bullets
    """
    if name not in DRESSINGS:
        raise ValueError(f"no dressing called {name!r}; there are: {', '.join(DRESSINGS)}")
    return DRESSINGS[name](text, seed)
