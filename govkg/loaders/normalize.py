"""Repair raw article text: Simplified script, no pinyin glosses, clean punctuation.

Texts that went through a bad Traditional-Chinese conversion carry toned
pinyin after some characters (``數(shù)字``), doubled punctuation (``,,``
``,、`` ``,。``) and half-width punctuation between Chinese characters. Every
repair keeps a map from each normalized character back to the original text,
so a fact can always be shown where it was read.

>>> doc = normalize(RawText("x.txt", "建設數(shù)字政府,,推進現(xiàn)代化,。", "utf-8"))
>>> doc.text
'建设数字政府，推进现代化。'
>>> doc.original[doc.offsets[3]]
'字'
"""
from __future__ import annotations

import hashlib
import html
import re
import unicodedata
from typing import Callable

import opencc

from ..types import Document, RawText
from .unwrap import wrapped_breaks

# A toned pinyin syllable in ASCII or full-width brackets, glued to a CJK
# character: "數(shù)". Requiring a tone mark (or ü) keeps "(App)" or "(GB)".
# Letters may be full-width (folded later) and a gloss may come twice.
_TONED = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüńňǹḿ"
_LETTER = rf"a-z\uff21-\uff3a\uff41-\uff5a{_TONED}"
PINYIN_GLOSS = re.compile(
    rf"(?<=[\u4e00-\u9fff])(?:[(（]\s*[{_LETTER}]*[{_TONED}][{_LETTER}]*\s*[)）])+", re.IGNORECASE)

# A gloss without tone marks (數(shu)(shu)字(zi)), which pages copied from some sites repeat: removed only
# where it is a reading of the character before it (pypinyin's dictionary), so 系统(PC)端 or 指数(EGDI) stay.
TONELESS_GLOSS = re.compile(r"(?<=[\u4e00-\u9fff])(?:[(（][a-zü]{1,6}[)）])+")

# Some sites put a space after each gloss (關(guan) 於(yu) 更好), which goes with it; elsewhere a space after
# a gloss is the text's own (標(biāo)  題(tí) 西藏…, 省財(cái)政廳(tīng) 省衛生健康委) and stays.
_THEN_A_SPACE = r" ?"
PINYIN_GLOSS_AND_SPACE = re.compile(PINYIN_GLOSS.pattern + _THEN_A_SPACE, re.IGNORECASE)
TONELESS_GLOSS_AND_SPACE = re.compile(TONELESS_GLOSS.pattern + _THEN_A_SPACE)

_CJK = r"[\u3400-\u9fff\u3000-\u303f\uff00-\uffef“”‘’《》]"
# Half-width punctuation touching Chinese text becomes full-width.
HALF_TO_FULL = {",": "，", ":": "：", ";": "；", "?": "？", "!": "！", "(": "（", ")": "）"}
# A run of marks converts whole ("数,:" → "数，："), else a second pass would convert the rest.
HALF_WIDTH_PUNCT = re.compile(rf"(?<={_CJK})[,:;?!]+|[,:;?!]+(?={_CJK})")
#: A phrase in straight quotes on one line ("12345"政府服务热线, "市长信箱"来信): Chinese quotes
#: where Chinese is quoted or quotes it, so the names inside read as the curly-quoted ones do.
STRAIGHT_QUOTED = re.compile(r'"([^"\n]{1,40})"')
# A comma doubled, or a comma glued before another mark: keep the other mark.
DOUBLED = re.compile(r"[，,]+(?=[、。；：！？])|[，,]{2,}|([、；])[，,]+")
SPACES = re.compile(r"[ \t\u00a0\u3000]+")
LINE_BREAK = re.compile(r"[ \t\r]*\n")
#: A line broken right after 、 or ，: a page wrapped one sentence over lines (北京、\n辽宁、\n青海等地…).
WRAPPED_AFTER_MARK = re.compile(r"(?<=[、，])\n(?=[^\n])")
#: A title wrapped over two lines (《国务院关于印发政\n务信息资源共享管理暂行办法的通知》): one title.
WRAPPED_TITLE = re.compile(r"《[^《》\n]{1,60}(\n)[^《》\n]{1,60}》")
#: A report's title set over two lines at the top of its page, its author on the first (高平市人民政府办公室\n
#: 2022年政府信息公开工作年度报告): one title.
WRAPPED_REPORT_TITLE = re.compile(r"^[^\n，。；：:、《》>＞›»\s]{4,40}(?:局|办公室|政府|委员会|委|办|中心|厅|院)(\n)"
                                  r"(?:19|20)\d{2}年度?(?![^\n]*(?:局|厅|委员会|办公室|中心))[^\n，。；《》]{0,30}"
                                  r"(?:年度报告|年报|工作总结|工作报告|工作要点|年度报表)$",
                                  re.MULTILINE)     # (not a site's name above a title naming its own body)
#: A document's title set over two lines at the top of its page, its issuer opening the first (龙游县人民政府深化
#: 数字政府建设\n助推“数字龙游”高质量发展的实施意见): one title (not a site's name above a title).
WRAPPED_POLICY_TITLE = re.compile(r"^[^\n，。；：:、《》>＞›»\s]{0,12}(?:人民政府|政府|办公厅|办公室|委员会|局|厅)"
                                  r"(?![^\n]*(?:网站|门户|平台|网)$)[^\n，。；：:、《》>＞›»\s]{2,24}(\n)(?![我本])"
                                  r"[^\n，。；：:《》\s]{4,40}(?:实施意见|指导意见|意见|实施方案|方案|办法|规划|计划|通知|规定|细则|决定)$",
                                  re.MULTILINE)
#: How a notice's addressees open (各相关单位, 各县（市、区）, 各设区市…).
ADDRESSEE_OPENING = r"各(?:相关|有关|县|市|区|乡|镇|街道|州|旗|省|成员|单位|部门|处室|科室|直属|设区)"
#: A notice's title run into its addressees on one line (关于…检查情况的通报各相关单位：根据…): title, then a break.
TITLE_THEN_ADDRESSEES = re.compile(r"^((?:[^\n，。；、]{2,30}?(?:局|厅|委|办|中心|政府|办公室|委员会))?关于[^\n，。；]{4,120}?的(?:通报|通知|函))"
                                   rf"(?={ADDRESSEE_OPENING}[^：:\n。，]{{0,30}}[：:])",
                                   re.MULTILINE)
#: A notice's addressees run into its first words on one line (各设区市市场监管局、…：现将…印发给你们): they are
#: whom it is sent to, then a break.
ADDRESSEES_THEN_TEXT = re.compile(rf"^({ADDRESSEE_OPENING}"
                                  r"[^：:\n。，]{0,40}(?:局|厅|委|办|中心|政府|单位|部门|处室|科室|机构|委员会|办公室|管委会)"
                                  r"[）)]?[：:])(?=[^\n])", re.MULTILINE)     # (not 各区县中…排在前三位的是：)
#: How far from the top of a page its title may stand.
TITLE_REACH = 300
INVISIBLE = re.compile("[\u200b-\u200f\u2060\ufeff\u00ad]")
#: Half of a UTF-16 pair alone (a string decoded with surrogateescape, a byte cut mid-character): no
#: character; written out it would fail (OpenCC, UTF-8 files), so it becomes U+FFFD.
LONE_SURROGATE = re.compile("[\ud800-\udfff]")
#: A scraper's filler between words (电子政务@@云@@服务平台@@@@): never text, unlike one @ of an address.
FILLER_MARKS = re.compile(r"@{2,}")
#: An HTML character reference a scraper left in the text (&ldquo;数字政府&rdquo;, &nbsp;, &#12289;):
#: the character it stands for. Only with its semicolon, so R&D or a URL's &id=3 stay.
CHARACTER_REFERENCE = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")
#: HTML tags a scraper left in the text (<p>江城通办上线</p><br/>): a block's end is a line break, other
#: tags go. Only tags of HTML's own names, so 数量<5 or <<title>> stay.
HTML_TAG = re.compile(r"<(?P<end>/?)(?P<name>p|br|div|span|font|strong|b|i|em|u|a|img|table|thead|tbody|tr|td|th|ul|ol|li|"
                      r"h[1-6]|section|article|sup|sub|center|hr|blockquote|small|label)\b[^<>\n]{0,300}>", re.I)
_BLOCK_TAGS = {"p", "br", "div", "li", "tr", "table", "h1", "h2", "h3", "h4", "h5", "h6", "section", "article",
               "blockquote", "hr"}
#: Markdown a converter left: **bold** (or __bold__) and a heading's #s; the words inside stay.
MARKDOWN_BOLD = re.compile(r"(?<![*_])(\*\*|__)(?=[^\s*_])[^*_\n]{1,80}?(?<=[^\s*_])\1(?![*_])")   # not ****年 (a figure withheld)
MARKDOWN_HEADING = re.compile(r"^#{1,6} +", re.M)
#: A bullet opening a line (● 1.甘肃发布, ■ 工作动态): decoration, where a list's own number or the
#: line's first word should open it. Not • or ·, a scraper's list items, which tell a page's menus.
LEADING_BULLET = re.compile(r"^[ \t\u3000]*[●○■□◆◇▲△▶►▷★☆▪◎※][ \t\u3000]*", re.M)
#: Characters of a line spaced apart one by one (数 字 政 府 建 设), as some PDF extractions give them.
_SPACED_CJK = re.compile(r"(?<=[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef“”‘’]) (?=[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef“”‘’])")
_TIGHT_CJK = re.compile(r"[\u4e00-\u9fff](?=[\u4e00-\u9fff])")
#: One space set between Chinese and a Latin letter or figure (320 万人, 2023 年, 使用 App 办理),
#: as many writers do: a habit of the page, told from how it meets them otherwise.
_SPACED_LATIN = re.compile(r"(?<=[\u4e00-\u9fff]) (?=[A-Za-z0-9])|(?<=[A-Za-z0-9%]) (?=[\u4e00-\u9fff])")
SENTENCE_MARK = re.compile(r"[，。；！？、,;]")
_TIGHT_LATIN = re.compile(r"[\u4e00-\u9fff](?=[A-Za-z0-9])|[A-Za-z0-9%](?=[\u4e00-\u9fff])")


def glosses_are_spaced(text: str, gloss: re.Pattern) -> bool:
    """Whether most glosses of one kind (``gloss``: toned or toneless) have one space after them in
    ``text``: the page's habit, which a page glossed in two ways may keep for one kind only.

    >>> glosses_are_spaced("關(guan) 於(yu) 更(geng) 好(hao) ，", TONELESS_GLOSS)
    True
    >>> glosses_are_spaced("標(biāo)  題(tí) 西藏自治區(qū)人民政府辦(bàn)公廳(tīng)", PINYIN_GLOSS)
    False
    """
    ends = [m.end() for m in gloss.finditer(text)]
    spaced = sum(1 for end in ends if text.startswith(" ", end) and not text.startswith("  ", end))
    return spaced * 2 > len(ends)


def _reads_as(char: str, glosses: str) -> bool:
    """Whether every bracketed syllable of ``glosses`` is a reading of ``char``.

    >>> _reads_as("數", "(shu)(shu)"), _reads_as("端", "(PC)"), _reads_as("绿", "(lü)")
    (True, False, True)
    """
    from pypinyin.pinyin_dict import pinyin_dict      # (loaded on the first gloss: most texts have none)
    readings = {unicodedata.normalize("NFD", r).encode("ascii", "ignore").decode() for r in pinyin_dict.get(ord(char), "").split(",")}
    readings |= {r.replace("u", "ü") for r in readings} | {r.replace("u", "v") for r in readings}
    syllables = re.findall(r"[(（]([^()（）]+)[)）]", glosses)
    return bool(syllables) and all(g in readings for g in syllables)


def _converter(config: str = "tw2s") -> Callable[[str], str]:
    return opencc.OpenCC(config).convert


class Normalizer:
    """Holds the OpenCC converter (loaded once) and applies every repair."""

    def __init__(self, opencc_config: str = "tw2s"):
        self._to_simplified = _converter(opencc_config)

    def __call__(self, raw: RawText, doc_id: str | None = None) -> Document:
        text, offsets = LONE_SURROGATE.sub("\ufffd", raw.text), list(range(len(raw.text)))   # one for one
        text, offsets = _sub(INVISIBLE, "", text, offsets)
        text, offsets = _sub(FILLER_MARKS, "", text, offsets)
        text, offsets = _sub(HTML_TAG, _tag_break, text, offsets)
        text, offsets = _drop_markdown(text, offsets)
        text, offsets = _sub(LEADING_BULLET, "", text, offsets)
        text, offsets = _sub(CHARACTER_REFERENCE, lambda m: html.unescape(m.group(0)), text, offsets)
        text, offsets = _join_wrapped_lines(text, offsets)   # first: the width was that of the text as served
        text, offsets = _close_letter_spacing(text, offsets)
        text, offsets = _close_latin_spacing(text, offsets)
        toned = PINYIN_GLOSS_AND_SPACE if glosses_are_spaced(text, PINYIN_GLOSS) else PINYIN_GLOSS
        text, offsets = _sub(toned, "", text, offsets)
        toneless = TONELESS_GLOSS_AND_SPACE if glosses_are_spaced(text, TONELESS_GLOSS) else TONELESS_GLOSS
        text, offsets = _sub(toneless,
                             lambda m: "" if _reads_as(m.string[m.start() - 1], m.group(0)) else m.group(0),
                             text, offsets)
        text, offsets = self._simplify(text, offsets)
        text = "".join(map(_fold_width, text))   # one character for one: the map stays
        text, offsets = _sub(HALF_WIDTH_PUNCT, lambda m: "".join(HALF_TO_FULL[c] for c in m.group(0)),
                             text, offsets)
        text, offsets = _sub(STRAIGHT_QUOTED, _curl, text, offsets)
        text, offsets = _sub(DOUBLED, _undouble, text, offsets)
        text, offsets = _sub(SPACES, " ", text, offsets)
        text, offsets = _strip_lines(text, offsets)
        text, offsets = _sub(WRAPPED_AFTER_MARK, "", text, offsets)
        text, offsets = _drop_at(text, offsets, [m.start(1) for m in WRAPPED_TITLE.finditer(text)])
        text, offsets = _drop_at(text, offsets, [m.start(1) for m in WRAPPED_REPORT_TITLE.finditer(text, 0, TITLE_REACH)])
        text, offsets = _drop_at(text, offsets, [m.start(1) for m in WRAPPED_POLICY_TITLE.finditer(text, 0, TITLE_REACH)])
        text, offsets = _sub(TITLE_THEN_ADDRESSEES, lambda m: m.group(1) + "\n", text, offsets)
        text, offsets = _sub(ADDRESSEES_THEN_TEXT, lambda m: m.group(1) + "\n", text, offsets)
        text = join_cell_rows(text)      # one character for one: the map stays
        digest = hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]
        return Document(
            doc_id=doc_id or digest,
            source=raw.source,
            text=text,
            original=raw.text,
            offsets=tuple(offsets),
            encoding=raw.encoding,
            title=raw.title,
            published=raw.published,
        )

    def _simplify(self, text: str, offsets: list[int]) -> tuple[str, list[int]]:
        """Traditional → Simplified, line by line so a length change stays local."""
        out, out_offsets, pos = [], [], 0
        for line in text.splitlines(keepends=True):
            converted = self._to_simplified(line).translate(VARIANTS)
            line_offsets = offsets[pos:pos + len(line)]
            if len(converted) == len(line):
                out_offsets.extend(line_offsets)
            else:  # a phrase changed length: map by proportion, good enough for display
                n = len(line_offsets)
                out_offsets.extend(line_offsets[min(n - 1, i * n // max(1, len(converted)))]
                                   for i in range(len(converted)))
            out.append(converted)
            pos += len(line)
        return "".join(out), out_offsets


# Variant characters OpenCC keeps but Simplified text writes otherwise (遼甯 → 辽宁, 陜西 → 陕西, 衞生 → 卫生):
# old-style and Big5 variants scraped pages carry; each is checked to pass OpenCC's tw2s unchanged.
VARIANTS = str.maketrans({
    "甯": "宁", "陜": "陕", "衞": "卫", "淸": "清", "靑": "青", "吿": "告", "擧": "举", "槪": "概", "搆": "构",
    "姙": "妊", "囘": "回", "敍": "叙", "峩": "峨", "畧": "略", "衹": "只", "鬬": "斗", "鬭": "斗", "蔴": "麻",
    "竝": "并", "鑛": "矿",
    "「": "“", "」": "”", "『": "‘", "』": "’"})   # and Simplified quotes


def normalize(raw: RawText, doc_id: str | None = None, normalizer: Normalizer | None = None) -> Document:
    """Normalize one text (a convenience over :class:`Normalizer`)."""
    return (normalizer or Normalizer())(raw, doc_id)


# -- edits that keep the offset map ------------------------------------------

def _sub(pattern: re.Pattern, repl, text: str, offsets: list[int]) -> tuple[str, list[int]]:
    """``re.sub`` that also rewrites the offset map.

    A replacement's characters map to the original positions of the matched
    characters, the last one repeating when the replacement is longer.
    """
    out, out_offsets, last = [], [], 0
    for m in pattern.finditer(text):
        out.append(text[last:m.start()])
        out_offsets.extend(offsets[last:m.start()])
        new = repl(m) if callable(repl) else repl
        span = offsets[m.start():m.end()] or [offsets[m.start() - 1] if m.start() else 0]
        out.append(new)
        out_offsets.extend(span[min(i, len(span) - 1)] for i in range(len(new)))
        last = m.end()
    out.append(text[last:])
    out_offsets.extend(offsets[last:])
    return "".join(out), out_offsets


def _join_wrapped_lines(text: str, offsets: list[int]) -> tuple[str, list[int]]:
    r"""Lines a fixed width broke (:mod:`.unwrap`) joined, directly: the width cut words and figures
    anywhere (美途MIT / OO, 2 / 023年); a space the line ended with stays between Latin words.

    >>> line = "数字政府建设峰会在福州召开分论坛以数字福建"
    >>> end = line[:-1] + "。"
    >>> text = f"{line}\n" * 4 + f"{end}\n下一段。"
    >>> _join_wrapped_lines(text, list(range(len(text))))[0] == line * 4 + end + "\n下一段。"
    True
    """
    breaks = set(wrapped_breaks(text))
    if not breaks:
        return text, offsets

    def join(m: re.Match) -> str:
        if m.end() - 1 not in breaks:
            return m.group(0)
        before, after = text[m.start() - 1:m.start()], text[m.end():m.end() + 1]
        latin = before.isascii() and before.isalnum() and after.isascii() and after.isalnum()
        return " " if latin and m.group(0).startswith((" ", "\t")) else ""
    return _sub(LINE_BREAK, join, text, offsets)


def _tag_break(m: re.Match) -> str:
    r"""A line break for a tag that ends a block (</p>, <br/>, <li>), nothing for another (<span>)."""
    name = m.group("name").lower()
    block = name in _BLOCK_TAGS and (m.group("end") or name in ("br", "hr", "li", "tr"))
    return "\n" if block else ""


def _drop_markdown(text: str, offsets: list[int]) -> tuple[str, list[int]]:
    r"""Markdown's marks dropped, its words kept.

    >>> text = "## 江城通办上线\n**“江城通办”**注册用户达到320万人，****年为*******元"
    >>> _drop_markdown(text, list(range(len(text))))[0]
    '江城通办上线\n“江城通办”注册用户达到320万人，****年为*******元'
    """
    drops = [i for m in MARKDOWN_HEADING.finditer(text) for i in range(m.start(), m.end())]
    for m in MARKDOWN_BOLD.finditer(text):
        drops += [m.start(), m.start() + 1, m.end() - 2, m.end() - 1]
    return _drop_at(text, offsets, sorted(drops))


def _close_letter_spacing(text: str, offsets: list[int]) -> tuple[str, list[int]]:
    r"""Lines whose Chinese characters are spaced apart one by one, closed up; other lines kept.

    A line is so spaced when at least four of five neighbouring Chinese characters (and two or more)
    have one space between them; a single space between two bodies (省财政厅 省卫生健康委) is not.

    >>> text = "数 字 政 府 建 设 ， 江 城 市 上 线 平 台\n1.江 城 发 布\n省财政厅 省卫生健康委"
    >>> _close_letter_spacing(text, list(range(len(text))))[0]
    '数字政府建设，江城市上线平台\n1.江城发布\n省财政厅 省卫生健康委'
    """
    drops, start = [], 0
    for line in text.split("\n"):
        spaced = [m.start() for m in _SPACED_CJK.finditer(line)]
        if len(spaced) >= 2 and len(spaced) >= 4 * len(_TIGHT_CJK.findall(line)):
            drops.extend(start + i for i in spaced)
        start += len(line) + 1
    return _drop_at(text, offsets, drops)


def _close_latin_spacing(text: str, offsets: list[int]) -> tuple[str, list[int]]:
    r"""On a page whose sentences set a space between Chinese and Latin letters or figures wherever
    they meet (most of the time, and three times or more), those spaces go, in its headings too.
    Lines without a sentence mark (fields, tables: 成文日期 2023-04-11) do not tell the habit.

    >>> text = "12345 热线通报\n江城通办注册用户 320 万人，上线 App 办理事项 1860 项，2023 年 5 月发布"
    >>> _close_latin_spacing(text, list(range(len(text))))[0]
    '12345热线通报\n江城通办注册用户320万人，上线App办理事项1860项，2023年5月发布'
    >>> text = "成文日期 2023-04-11 发布日期 2023-04-12\n江城通办注册用户320万人，上线1860项，2023年5月发布"
    >>> _close_latin_spacing(text, list(range(len(text))))[0] == text
    True
    """
    spaced = tight = 0
    for line in text.split("\n"):
        if SENTENCE_MARK.search(line):
            spaced += len(_SPACED_LATIN.findall(line))
            tight += len(_TIGHT_LATIN.findall(line))
    if spaced < 3 or spaced <= tight:
        return text, offsets
    return _drop_at(text, offsets, [m.start() for m in _SPACED_LATIN.finditer(text)])


def _drop_at(text: str, offsets: list[int], positions: list[int]) -> tuple[str, list[int]]:
    """``text`` without the characters at ``positions``, and the offset map without theirs.

    >>> _drop_at("《A\\nB》", [0, 1, 2, 3, 4], [2])
    ('《AB》', [0, 1, 3, 4])
    """
    if not positions:
        return text, offsets
    drop = set(positions)
    kept = [i for i in range(len(text)) if i not in drop]
    return "".join(text[i] for i in kept), [offsets[i] for i in kept]


def _fold_width(ch: str) -> str:
    """Full-width ASCII letters and digits to half-width (１２３ → 123), and the full-width straight
    quote (＂江城通办＂), which the next step curls as it does ASCII ones; CJK punctuation stays."""
    if "\uff10" <= ch <= "\uff19" or "\uff21" <= ch <= "\uff3a" or "\uff41" <= ch <= "\uff5a" or ch in "\uff05\uff0e\uff02":
        return unicodedata.normalize("NFKC", ch)
    return ch


def _curl(m: re.Match) -> str:
    """"市长信箱" → “市长信箱” where the quotation or its neighbours are Chinese; "ok" stays.

    >>> STRAIGHT_QUOTED.sub(_curl, '衡东县"12345"政府服务热线; say "ok" now')
    '衡东县“12345”政府服务热线; say "ok" now'
    """
    near = m.string[max(0, m.start() - 1):m.start()] + m.group(1) + m.string[m.end():m.end() + 1]
    if re.search(r"^[，。；、：！？]|[，。；、：！？]$|[，。；]", m.group(1)):
        return m.group(0)   # 27"显示器…，接收"信箱": a stray mark, and what it seems to quote is no phrase
    return f"“{m.group(1)}”" if re.search(r"[\u4e00-\u9fff]", near) else m.group(0)


def _undouble(m: re.Match) -> str:
    if m.group(1):          # "、," → "、"
        return m.group(1)
    following = m.string[m.end():m.end() + 1]
    if following and following in "、。；：！？":
        return ""           # ",、" and ",,、" → "、" (the kept mark follows the match)
    # ",," → "，"; half-width commas no Chinese touches stay half-width (else a
    # second pass would widen the marks next to the new "，")
    return "，" if "，" in m.group(0) else ","


#: A table a page flattened to one cell a line, each cell ending in |: 序号 |\n受理单位 |\n…\n1 |\n大洼区 |…
CELL_LINE = re.compile(r"^[^|\n]{1,24}\|$")
TABLE_FIRST_COLUMNS = ("序号", "排名", "名次")     #: what a flattened table's header opens on
#: …or the column naming what each row is about (城市 |\nEGDI 排名 |\n…\n上海 |\n1 |…).
LABEL_COLUMNS = ("城市", "城市名称", "地区", "省份", "省份名称", "地市", "区县", "县区", "县(市、区)", "市州",
                 "单位", "单位名称", "部门", "部门名称", "名称", "网站名称", "平台名称")
#: A cell holding a figure: 4226, 98.06%, -37.
CELL_FIGURE = re.compile(r"^-?\d+(?:\.\d+)?%?$")


def join_cell_rows(text: str) -> str:
    r"""A table flattened to one cell a line, put back one row a line: the header's cells up to the
    first row's number fix how many cells a row has, and the line breaks inside a row become spaces
    (the text keeps its length, so the offset map holds).

    >>> join_cell_rows("表一\n序号 |\n单位 |\n件数 |\n1 |\n甲区 |\n42 |\n2 |\n乙县 |\n17 |\n合计")
    '表一\n序号 | 单位 | 件数 |\n1 | 甲区 | 42 |\n2 | 乙县 | 17 |\n合计'
    """
    lines = text.split("\n")
    chars = list(text)
    pos, i = 0, 0
    starts = []
    for line in lines:
        starts.append(pos)
        pos += len(line) + 1
    while i < len(lines):
        first = lines[i].split("|")[0].strip()
        if first not in TABLE_FIRST_COLUMNS + LABEL_COLUMNS or not CELL_LINE.match(lines[i]):
            i += 1
            continue
        run = i
        while run < len(lines) and CELL_LINE.match(lines[run]):
            run += 1
        cells = [line.rstrip("|").strip() for line in lines[i:run]]
        if first in TABLE_FIRST_COLUMNS:
            width = next((k for k, c in enumerate(cells) if k and c == "1"), 0)    # (the first row's number)
        else:
            width = label_table_width(cells)
        if width >= 3:
            for row in range(i, run, width):
                for k in range(row, min(row + width, run) - 1):     # the breaks inside the row
                    chars[starts[k] + len(lines[k])] = " "
        i = run
    return "".join(chars)


def label_table_width(cells: list[str]) -> int:
    """How many cells a row has in a table whose first column names each row (城市 | EGDI 排名 | 人均GDP
    排名, maybe twice side by side), or 0: the header runs up to the first row's name, the cell before the
    first figure; every row must then hold a name where the header repeats its first column, and
    figures elsewhere.

    >>> label_table_width(["城市", "排名", "得分", "上海", "1", "95", "北京", "2", "93"])
    3
    >>> label_table_width(["城市", "排名", "说明", "上海", "1", "领先"])
    0
    """
    first_figure = next((k for k, c in enumerate(cells) if CELL_FIGURE.match(c)), 0)
    width = first_figure - 1
    if width < 2 or len(cells) < 3 * width:
        return 0     # (a header and one row: too little to tell a table from a list)
    header = cells[:width]
    for row in range(width, len(cells) - width + 1, width):
        for k, cell in enumerate(cells[row:row + width]):
            if (header[k] == header[0]) == bool(CELL_FIGURE.match(cell)):
                return 0     # a name where a figure should be, or a figure where a name should be
    return width


def _strip_lines(text: str, offsets: list[int]) -> tuple[str, list[int]]:
    """Trim spaces at line ends and drop empty lines, keeping the map."""
    out, out_offsets, pos = [], [], 0
    for line in text.split("\n"):
        lead = len(line) - len(line.lstrip(" \r"))
        body = line.strip(" \r")
        if body:
            out.append(body)
            out_offsets.extend(offsets[pos + lead:pos + lead + len(body)])
            out_offsets.append(offsets[pos + lead + len(body) - 1])  # the newline maps to the last char
        pos += len(line) + 1
    if out_offsets:
        out_offsets.pop()
    return "\n".join(out), out_offsets
