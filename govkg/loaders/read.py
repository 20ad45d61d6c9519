"""The first pipeline stage: read a file into a :class:`~govkg.types.RawText`.

``read(path)`` picks a reader by suffix (and by content, for files whose
suffix does not say), and each reader is one small function:

====================  =====================================================
``.txt``              plain text; the encoding is detected (see below)
``.md``               the same, titled by its first ``# heading``
``.html``, ``.htm``   the article's main text, without menus and footers
``.pdf``              the text layer of a PDF
``.docx``             the paragraphs and table cells of a Word document
====================  =====================================================

Other suffixes (or none) are read as HTML if the content starts like a page,
else as text; PDF and ZIP magic bytes win over any suffix.

Anything wrong with the input raises :class:`ReadError`, which names the file
and the problem in a short phrase a user can act on; no other exception
escapes for bad input.

Encoding detection is Chinese first. charset-normalizer alone mislabels short
Chinese text (most 2-10 character GB18030 strings come back as something
else), so the order is: byte-order marks; strict UTF-8; then GB18030 against
Big5 by which decodes cleanly and reads more like Chinese; only then
charset-normalizer, for files in other encodings.

>>> import tempfile, pathlib
>>> p = pathlib.Path(tempfile.mkdtemp()) / "a.txt"
>>> _ = p.write_bytes("数字政府建设".encode("gb18030"))
>>> raw = read(p)
>>> raw.text, raw.encoding
('数字政府建设', 'gb18030')
"""
from __future__ import annotations

import codecs
import contextlib
import datetime as _dt
import fnmatch
import functools
import io
import logging
import os
import re
import stat
import unicodedata
import zipfile
from collections.abc import Callable, Iterable
from pathlib import Path

from govkg.types import RawText

__all__ = ["DEFAULT_MAX_BYTES", "ReadError", "decode_text", "iter_inputs", "read"]

#: Files larger than this are refused unless ``max_bytes`` says otherwise.
DEFAULT_MAX_BYTES = 20 * 1024 * 1024

DEFAULT_INCLUDE = ("*.txt", "*.md", "*.html", "*.htm", "*.pdf", "*.docx")
#: Files a folder holds about itself, not articles: left out of a folder walk
#: unless an --include pattern asks for them (a file named directly is always read).
PROJECT_FILES = ("readme", "readme.*", "license", "license.*", "licence", "licence.*", "copying", "copying.*",
                 "changelog", "changelog.*", "changes", "changes.*", "contributing", "contributing.*",
                 "notice", "notice.*", "authors", "authors.*")

MEDIA_TYPES = {
    "text": "text/plain",
    "markdown": "text/markdown",
    "html": "text/html",
    "pdf": "application/pdf",
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
}


class ReadError(Exception):
    """A file could not be read; ``problem`` says why in a short phrase."""

    def __init__(self, path: str | os.PathLike[str], problem: str) -> None:
        super().__init__(str(path), problem)   # args kept so the error pickles
        self.path = str(path)
        self.problem = problem

    def __str__(self) -> str:
        return f"{self.path}: {self.problem}"


# --------------------------------------------------------------------------
# Entry points
# --------------------------------------------------------------------------

def read(path: str | os.PathLike[str], *, max_bytes: int = DEFAULT_MAX_BYTES) -> RawText:
    """Read one file into a :class:`RawText`, or raise :class:`ReadError`."""
    path = Path(path)
    data = _read_bytes(path, max_bytes)
    kind = _kind_of(path, data)
    return _READERS[kind](path, data)


def iter_inputs(
    paths: Iterable[str | os.PathLike[str]] | str | os.PathLike[str],
    include: Iterable[str] = DEFAULT_INCLUDE,
    exclude: Iterable[str] = (),
) -> list[Path]:
    """The files to read under ``paths``: sorted, without duplicates.

    Folders are walked recursively; hidden files and folders (a name starting
    with ".") are skipped. ``include``/``exclude`` are glob patterns matched,
    case-insensitively, against the path relative to the folder given (so
    ``"*.txt"`` matches ``sub/a.txt`` and ``"drafts/*"`` excludes a folder). A
    file named directly is always taken: the user asked for it. README,
    LICENSE and their kind (:data:`PROJECT_FILES`) found in a folder are not
    articles: left out unless an ``include`` pattern other than the defaults
    matches them.
    """
    if isinstance(paths, (str, os.PathLike)):
        paths = [paths]
    include = [p.lower() for p in include]
    explicit = [p for p in include if p not in DEFAULT_INCLUDE]
    exclude = [p.lower() for p in exclude]
    found: dict[Path, Path] = {}          # resolved -> as found, to deduplicate
    for given in paths:
        root = Path(given)
        if root.is_file():
            found.setdefault(root.resolve(), root)
        elif root.is_dir():
            for file in _walk(root):
                rel = file.relative_to(root).as_posix().lower()
                if _is_project_file(file.name) and not _matches(rel, explicit):
                    continue
                if _matches(rel, include) and not _matches(rel, exclude):
                    found.setdefault(file.resolve(), file)
        elif root.exists() or root.is_symlink():
            raise ReadError(root, "not a regular file or folder")
        else:
            raise ReadError(root, "no such file or folder")
    return sorted(found.values(), key=lambda p: str(p))


def _walk(root: Path) -> Iterable[Path]:
    def fail(err: OSError) -> None:
        raise ReadError(err.filename or root, "cannot list folder: " + _os_problem(err))

    for folder, dirs, files in os.walk(root, onerror=fail):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))   # prune hidden
        for name in files:
            if not name.startswith("."):
                yield Path(folder, name)


def _is_project_file(name: str) -> bool:
    """README.md, LICENSE, CHANGELOG.txt …: a folder's notes about itself.

    >>> _is_project_file("README.md"), _is_project_file("LICENSE"), _is_project_file("readme_article.txt")
    (True, True, False)
    """
    return any(fnmatch.fnmatchcase(name.lower(), pattern) for pattern in PROJECT_FILES)


def _matches(rel: str, patterns: list[str]) -> bool:
    # A pattern also matches a folder on the way ("drafts" excludes drafts/x.txt).
    parents = rel.split("/")
    prefixes = ["/".join(parents[:i]) for i in range(1, len(parents))]
    return any(fnmatch.fnmatchcase(s, pat) for pat in patterns for s in [rel, *prefixes])


# --------------------------------------------------------------------------
# Getting the bytes, and deciding what they are
# --------------------------------------------------------------------------

def _read_bytes(path: Path, max_bytes: int) -> bytes:
    try:
        st = path.stat()
    except FileNotFoundError:
        raise ReadError(path, "no such file") from None
    except OSError as err:
        raise ReadError(path, _os_problem(err)) from None
    if stat.S_ISDIR(st.st_mode):
        raise ReadError(path, "is a folder, not a file")
    if not stat.S_ISREG(st.st_mode):          # a FIFO or device would block or never end
        raise ReadError(path, "not a regular file")
    if st.st_size > max_bytes:
        raise ReadError(path, _too_large(st.st_size, max_bytes))
    if st.st_size == 0:
        raise ReadError(path, "file is empty (0 bytes)")
    try:
        with open(path, "rb") as f:
            data = f.read(max_bytes + 1)
    except OSError as err:
        raise ReadError(path, _os_problem(err)) from None
    if len(data) > max_bytes:                 # grew since stat()
        raise ReadError(path, _too_large(len(data), max_bytes))
    if not data:
        raise ReadError(path, "file is empty (0 bytes)")
    return data


def _os_problem(err: OSError) -> str:
    if isinstance(err, PermissionError):
        return "permission denied"
    return (err.strerror or type(err).__name__).lower()


def _too_large(size: int, limit: int) -> str:
    return f"file is too large ({_human_size(size)}; the limit is {_human_size(limit)})"


def _human_size(n: int) -> str:
    if n < 1024:
        return f"{n} bytes"
    if n < 1024 * 1024:
        return f"{n / 1024:.1f} KB"
    return f"{n / 1024 / 1024:.1f} MB"


_SUFFIX_KIND = {
    ".txt": "text", ".text": "text",
    ".md": "markdown", ".markdown": "markdown",
    ".html": "html", ".htm": "html", ".xhtml": "html", ".shtml": "html",
    ".pdf": "pdf",
    ".docx": "docx",
}
_HTML_START = re.compile(rb"^\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html)\b",
                         re.I | re.S)


def _kind_of(path: Path, data: bytes) -> str:
    """The reader to use: the content's magic bytes win over a wrong suffix."""
    if data[:1024].lstrip().startswith(b"%PDF-"):
        return "pdf"
    if data.startswith(b"PK\x03\x04"):
        return "docx"                          # _read_docx names other ZIPs
    if data.startswith(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"):
        raise ReadError(path, "legacy Office file (.doc/.xls/.ppt); save it as .docx first")
    kind = _SUFFIX_KIND.get(path.suffix.lower())
    if kind is None:                           # unknown suffix: look at the content
        kind = "html" if _HTML_START.match(data[:4096]) else "text"
    return kind


# --------------------------------------------------------------------------
# Plain text and Markdown
# --------------------------------------------------------------------------

def _read_text(path: Path, data: bytes) -> RawText:
    text, encoding = decode_text(data, path)
    return RawText(str(path), text, encoding, media_type=MEDIA_TYPES["text"])


_MD_TITLE = re.compile(r"^#[ \t]+(.+?)[ \t#]*$", re.M)


def _read_markdown(path: Path, data: bytes) -> RawText:
    # The Markdown is kept as written: offsets later point into it.
    text, encoding = decode_text(data, path)
    m = _MD_TITLE.search(text)
    return RawText(str(path), text, encoding, title=m.group(1).strip() if m else None,
                   media_type=MEDIA_TYPES["markdown"])


#: Byte-order marks, longest first (the UTF-32 LE mark starts with UTF-16 LE's).
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32", "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32", "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig", "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16", "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16", "utf-16"),
)

#: Above this share of replacement characters text counts as mis-encoded.
MAX_REPLACEMENT_RATIO = 0.05
#: Above this share of control characters "text" is taken for binary data.
MAX_CONTROL_RATIO = 0.05


def decode_text(data: bytes, source: str | os.PathLike[str] = "<bytes>") -> tuple[str, str]:
    """Decode text bytes; return ``(text, encoding)`` or raise :class:`ReadError`.

    Line ends come back as ``\\n`` and a BOM is dropped. The encoding is a
    lowercase codec name: "utf-8", "utf-8-sig", "utf-16", "gb18030", "big5",
    or what charset-normalizer found for files in other encodings.
    """
    text, encoding = _decode(data, source)
    text = _newlines(text)
    _check_text(text, source)
    return text, encoding


def _decode(data: bytes, source) -> tuple[str, str]:
    """BOM, strict UTF-8, GB18030/Big5, damaged Chinese, other encodings, in that order."""
    for bom, codec, name in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(codec), name
            except UnicodeDecodeError:
                raise ReadError(source, f"{name.upper()} text is truncated or corrupt "
                                        "(an odd or broken byte sequence)") from None
    if b"\0" in data:          # no text encoding we accept uses NUL without a BOM
        raise ReadError(source, "binary file (contains NUL bytes), not text")
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError as err:
        if _cut_mid_character(data, err):
            raise ReadError(source, "text ends in the middle of a character "
                                    "(truncated UTF-8 file?)") from None
    chinese = _decode_chinese(data)
    if chinese is not None and chinese[2] > 0:
        return chinese[:2]
    if chinese is None:
        _check_truncated(data, source)
        lossy = _decode_chinese_lossy(data, source)
        if lossy is not None:
            return lossy
    # Other encodings. This also catches bytes that decode as Chinese but read
    # like rare characters (Latin-1 "Größe" is valid GB18030).
    other = _decode_other(data)
    if other is not None:
        return other
    if chinese is not None:
        return chinese[:2]
    if _looks_binary(data):
        raise ReadError(source, "binary file, not text")
    raise ReadError(source, "text is not valid in any supported encoding "
                            "(tried UTF-8, GB18030, Big5 and charset detection)")


def _cut_mid_character(data: bytes, err: UnicodeDecodeError) -> bool:
    """The decode failed only because the last character is incomplete, and
    what comes before it is real multibyte text (so not Latin-1 "café")."""
    return (err.end == len(data) and len(data) - err.start <= 3
            and err.reason in ("unexpected end of data", "incomplete multibyte sequence")
            and not data[:err.start].isascii())


#: How much of a big file decides between GB18030 and Big5.
_SNIFF_BYTES = 65536


def _decode_chinese(data: bytes) -> tuple[str, str, int] | None:
    """GB18030 or Big5, whichever decodes strictly and reads more like Chinese.

    GB18030 accepts almost any double-byte sequence, so Big5 bytes decode as
    GB18030 too (as rare characters and private-use punctuation); a plain
    "does it decode" test cannot choose. :func:`_chinese_score` rewards the
    characters that real text is made of. Ties go to GB18030, the mainland
    default (gov.cn sources are overwhelmingly Simplified). Returns
    ``(text, codec, score)``.

    Big files are judged on their first 64 KB and then decoded once with the
    winner (the GB18030 codec is the slow part of reading a file).
    """
    cut = data.rfind(b"\n", 0, _SNIFF_BYTES) if len(data) > _SNIFF_BYTES else -1
    if cut > 0:     # "\n" never occurs inside a GB18030 or Big5 character
        guess = _best_chinese(data[:cut])
        if guess is not None:
            try:
                return data.decode(guess[1]), guess[1], guess[2]
            except UnicodeDecodeError:
                pass
    return _best_chinese(data)


def _best_chinese(data: bytes) -> tuple[str, str, int] | None:
    candidates = {}
    for codec in ("gb18030", "big5"):
        try:
            candidates[codec] = data.decode(codec)
        except UnicodeDecodeError:
            pass
    if "big5" not in candidates:
        # Microsoft's and Hong Kong's Big5 add characters plain Big5 lacks;
        # tried only when plain Big5 fails, to keep the choice conservative.
        for codec in ("cp950", "big5hkscs"):
            try:
                candidates[codec] = data.decode(codec)
                break
            except UnicodeDecodeError:
                pass
    if not candidates:
        return None
    scores = {codec: _chinese_score(text) for codec, text in candidates.items()}
    best = max(candidates, key=lambda c: (scores[c], c == "gb18030"))
    return candidates[best], best, scores[best]


def _check_truncated(data: bytes, source) -> None:
    """GB18030 or Big5 text valid but for its last, incomplete character."""
    for codec in ("gb18030", "big5"):
        try:
            data.decode(codec)
        except UnicodeDecodeError as err:
            if not _cut_mid_character(data, err):
                continue
            prefix = _decode_chinese(data[:err.start])
            if prefix is not None and _looks_chinese(prefix[0]):
                raise ReadError(source, f"text ends in the middle of a character "
                                        f"(truncated {prefix[1].upper()} file?)") from None


def _decode_chinese_lossy(data: bytes, source) -> tuple[str, str] | None:
    """Chinese text with a few damaged bytes is kept, damage replaced by U+FFFD.

    Only when the damage is rare and the rest is clearly Chinese; more damage
    is refused as mis-encoded, and non-Chinese bytes are left to the caller.
    """
    best = None
    for codec in ("utf-8", "gb18030", "big5"):
        text = data.decode(codec, errors="replace")
        bad = text.count("\ufffd")
        if best is None or bad < best[0]:
            best = (bad, text, codec)
    bad, text, codec = best
    if not _looks_chinese(_sample(text)):
        return None
    ratio = bad / (sum(1 for ch in text if not ch.isspace()) or 1)
    if ratio > MAX_REPLACEMENT_RATIO:
        raise ReadError(source, f"text is mis-encoded ({ratio:.0%} of it cannot "
                                f"be decoded as {codec.upper()})")
    return text, codec


def _looks_chinese(text: str) -> bool:
    """At least 30% of the visible characters are hanzi, and most of those are
    common ones. Random bytes decode as GB18030 into hanzi too, but only about
    one in six lands among the common characters."""
    visible = cjk = common = 0
    table = _common_chars()
    for ch in text:
        if ch.isspace():
            continue
        visible += 1
        if _is_cjk(ch):
            cjk += 1
            common += ch in table or ch in _FREQUENT_SET
    return visible > 0 and cjk >= 0.3 * visible and common >= 0.6 * cjk


def _decode_other(data: bytes) -> tuple[str, str] | None:
    """Non-Chinese encodings (Latin-1, Shift-JIS, ...) via charset-normalizer."""
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    # UTF-16/32 without a BOM: charset-normalizer takes random bytes for them.
    if best is None or best.chaos > 0.1 or best.encoding.startswith(("utf_16", "utf_32")):
        return None
    return str(best), best.encoding.replace("_", "-").lower()


def _looks_binary(data: bytes) -> bool:
    sample = data[:65536]
    controls = sum(1 for b in sample if b < 32 and b not in b"\t\n\r\f\x1b")
    return controls / len(sample) > MAX_CONTROL_RATIO


_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1a\x1c-\x1f\x7f-\x9f]")
#: What earlier mis-conversions leave behind: U+FFFD, "锟斤拷" (U+FFFD as UTF-8
#: read as GBK), and runs of "?" (a converter's stand-in for what it lacked).
_QUESTION_RUNS = re.compile(r"\?{3,}")
_BLANK = re.compile(r"[\s\u200b-\u200d\u2060\ufeff]*")


def _check_text(text: str, source) -> None:
    if _BLANK.fullmatch(text):
        raise ReadError(source, "file contains only whitespace")
    sample = _sample(text)       # binary data is binary throughout
    if len(_CONTROL.findall(sample)) / len(sample) > MAX_CONTROL_RATIO:
        raise ReadError(source, "binary file (mostly control characters), not text")
    damaged = text.count("\ufffd") + 3 * text.count("锟斤拷")
    if "???" in text:
        damaged += sum(len(run) for run in _QUESTION_RUNS.findall(text))
    if damaged / len(text) > MAX_REPLACEMENT_RATIO:
        raise ReadError(source, f"text is mis-encoded ({damaged / len(text):.0%} of it is "
                                "replacement characters)")


def _sample(text: str, pieces: int = 8, size: int = 8192) -> str:
    """Up to ``pieces`` stretches of ``size`` characters spread over ``text``."""
    if len(text) <= pieces * size:
        return text
    step = len(text) // pieces
    return "".join(text[i * step:i * step + size] for i in range(pieces))


def _newlines(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n") if "\r" in text else text


def _is_cjk(ch: str) -> bool:
    return "\u3400" <= ch <= "\u9fff" or "\uf900" <= ch <= "\ufaff" or "\U00020000" <= ch


# -- telling GB18030 from Big5 ---------------------------------------------

#: Frequent characters of Chinese prose (a general frequency list plus the
#: words of digital-government articles), in Simplified and Traditional forms.
_FREQUENT = (
    "的一是不了人在有我他这个们中来上大为和国地到以说时要就出会可也你对生能而子那得于着下自之年过发后作里用道行"
    "所然家种事成方多经么去法学如都同现当没动面起看定天分还进好小部其些主样理心她本前开但因只从想实日军者意无力它"
    "与长把机十民第公此已工使情明性知全三又关点正业外将两高间由问很最重并物手应战向头文体政美相见被利什二等产或新"
    "己制身果加西斯月话合回特代内信表化老给世位次度门任常先海通教儿原东声提立及比员解水名真论处走义各入几口认条平"
    "系气题活尔更别打女变四神总何电数安少报才结反受目太量再感建务做接必场件计管期市直德资命山金指克许统区保至队形"
    "社便空决治展马科司五基眼书非则听白却界达光放强即像难且权思王象完设式色路记南品住告类求据程北边死张该交规万取"
    "拉格望觉术领共确传师观清今切院让识候带导争运笑飞风步改收根干造言联持组每济车亲极林服快办议往元英士证近失转夫"
    "令准布始怎呢存未远叫台单影具罗字爱击流备兵连调深商算质团集百需价花党华城石级整府离况亚请技际约示复病息究线似"
    "官火断精满支视消越器容照须九增研写称企八功吗包片史委乎查轻易早曾除农找装广显吧阿李标谈吃图念六引历首医局突专"
    "费号尽另周较注语仅考落青随选列武红响虽推势参希古众构房半节土投某案黑维革划敌致陈律足态护七兴派孩验责营星够章"
    "音跟志底站严巴例防族供效续施留讲型料终答紧黄绝奇察母京段依批群项故按河米围江织害斗双境客纪采举杀攻父苏密低朝"
    "友诉止细愿千值仍男钱破网热助倒育属坐帝限船脸职速刻乐否刚威毛状率甚独球般普怕弹校苦创假久错承印晚兰试股拿脑预"
    "谁益阳若哪微尼继送急血惊伤素药适波夜省初喜卫源食险待述陆习置居劳财环排福纳欢雷警获模充负云停木游龙树疑层冷洲"
    "冲射略范竟句室异激汉村哈策演简卡罪判担州静退既衣您宗积余痛检差富灵协角占配征修皮挥胜降阶审沉坚善妈刘读啊超免"
    "压银买皇养伊怀执副乱抗犯追帮宣佛岁航优怪香著田铁控税左右份穿艺背阵草脚概恶块顿敢守酒岛托央户烈洋哥索胡款靠评"
    "版宝座释景顾弟登货互付伯慢欧换闻危忙核暗姐介坏讨丽良序升监临亮露永呼味野架域沙掉括舰鱼杂误湾吉减编楚肯测败屋"
    "跑梦散温困剑渐封救贵枪缺楼县尚毫移娘朋画班智亦耳恩短掌恐遗固席松秘谢鲁遇康虑幸均销钟诗藏赶剧票损忽巨炮旧端探"
    "湖录叶春乡附吸予礼港雨呀板庭妇归睛饭额含顺输摇招婚脱补谓督毒油疗旅泽材灭逐莫笔亡鲜词圣择寻厂睡博勒烟授诺伦岸"
    "奥唐卖俄炸载洛健堂旁宫喝借君禁阴园谋宋避抓荣姑孙逃牙束跳顶玉镇雪午练迫爷篇肉嘴馆遍凡础洞卷坦牛宁纸诸训私庄祖"
    "丝翻暴森塔默握戏隐熟骨访弱蒙歌店鬼软典欲萨伙遭盘爸扩盖弄雄稳忘亿刺拥徒姆杨齐赛趣曲刀床迎冰虚玩析窗醒妻透购替"
    "塞努休虎扬途侵刑绿兄迅套贸毕唯谷轮库迹尤竞街促延震弃甲伟麻川申缓潜闪售灯针哲络抵朱埃抱鼓植纯夏忍页杰筑折郑贝"
    "尊吴秀混臣雅振染盛怒舞圆搞狂措姓残秋培迷诚宽宇猛摆梅毁伸摩盟末乃悲拍丁赵"
    "台网镇街厅移端域协同监营环境群众惠范例估排名试示湾渝粤津冀"
    # Traditional forms of the above (generated once with OpenCC s2t/s2twp)
    "這個們來爲國說時會對於過發後裏種經麼學現當沒動還進樣開從實軍無與長機關點業將兩間問並應戰頭體見產話內給門兒東"
    "聲員論處義幾認條氣題爾別變總電數報結務場計資許統區隊決馬書則聽卻達強難權設記類據邊張該規萬覺術領確傳師觀讓識"
    "帶導爭運飛風乾聯組濟車親極辦議證轉準遠臺單羅愛擊備連調質團價黨華級離況亞請際約覆線斷滿視須寫稱嗎輕農裝廣顯標"
    "談喫圖歷醫專費號盡較語僅隨選紅響雖勢參衆構節維劃敵陳態護興驗責營夠嚴續講終緊黃絕羣項圍織鬥雙紀採舉殺蘇訴細願"
    "錢網熱屬臉職樂剛狀獨彈創錯蘭試腦預誰陽繼驚傷藥適衛險陸習勞財環納歡獲負雲龍樹層衝範異漢簡擔靜積餘檢靈協佔徵揮"
    "勝階審堅媽劉讀壓銀買養懷執亂幫歲優鐵稅藝陣腳惡塊頓島戶評寶釋顧貨歐換聞壞討麗監臨艦魚雜誤灣減編測敗夢溫劍漸貴"
    "槍樓縣畫遺祕謝魯慮銷鍾詩趕劇損舊錄葉鄉禮婦歸飯額順輸搖脫補謂療澤滅筆鮮詞聖擇尋廠煙諾倫奧賣載宮陰園謀榮孫頂鎮"
    "練爺館礎寧紙諸訓莊絲戲隱訪軟薩夥盤擴蓋穩億擁楊齊賽牀虛購揚綠貿畢輪庫跡競棄偉緩潛閃燈針絡純頁傑築鄭貝吳圓殘誠"
    "寬擺毀趙廳粵為裡眾"
)
_PUNCTUATION = "，。、；：？！“”‘’《》〈〉（）【】「」『』—…·　"


@functools.cache
def _common_chars() -> frozenset[str]:
    """GB2312 level-1 hanzi (3755 common Simplified) and Big5's 5401 common
    Traditional characters, read off the code tables, plus CJK punctuation."""
    chars = set(_PUNCTUATION)
    for codec, leads, trails in (
        ("gb2312", range(0xB0, 0xD8), range(0xA1, 0xFF)),
        ("big5", range(0xA4, 0xC7), [*range(0x40, 0x7F), *range(0xA1, 0xFF)]),
    ):
        for lead in leads:
            for trail in trails:
                try:
                    chars.add(bytes((lead, trail)).decode(codec))
                except UnicodeDecodeError:
                    pass
    return frozenset(chars)


_FREQUENT_SET = frozenset(_FREQUENT)
_SCORE_SAMPLE = 20_000


def _chinese_score(text: str) -> int:
    """How much ``text`` reads like Chinese: frequent characters +3, common +1,
    other non-ASCII -1, private-use (what Big5 punctuation becomes in GB18030) -3.

    Tuned on random 2-10 character slices of the sample articles: GB18030 is
    picked right every time, Big5 98% at 2 characters and 100% from 10 on.
    """
    common = _common_chars()
    score = 0
    seen = 0
    for ch in text:
        if ch < "\x80":
            continue
        if ch in _FREQUENT_SET:
            score += 3
        elif ch in common:
            score += 1
        elif "\ue000" <= ch <= "\uf8ff":
            score -= 3
        else:
            score -= 1
        seen += 1
        if seen >= _SCORE_SAMPLE:        # enough to decide; keeps big files fast
            break
    return score


# --------------------------------------------------------------------------
# HTML
# --------------------------------------------------------------------------

_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)
_XML_ENCODING = re.compile(rb"""^\s*<\?xml[^>]*encoding\s*=\s*["']([A-Za-z0-9_.:-]+)""", re.I)
#: Declared charsets that are trusted, and the codecs that read them. GB2312
#: and GBK pages are read as GB18030, their superset (pages labelled gb2312
#: often use GBK characters); Big5 likewise tries the Microsoft and Hong Kong
#: supersets. Other labels are not trusted: a single-byte label (iso-8859-1 on
#: an old GBK site) decodes anything into mojibake, and "utf-16" in a meta tag
#: is always wrong (HTML5 reads it as UTF-8); those pages are detected instead.
_CHARSET_CODECS = {
    "utf-8": ("utf-8",), "utf8": ("utf-8",),
    "gb2312": ("gb18030",), "gbk": ("gb18030",), "x-gbk": ("gb18030",), "cp936": ("gb18030",),
    "gb18030": ("gb18030",), "euc-cn": ("gb18030",), "x-euc-cn": ("gb18030",),
    "big5": ("big5", "cp950", "big5hkscs"), "x-x-big5": ("big5", "cp950", "big5hkscs"),
    "big5-hkscs": ("big5hkscs",), "cp950": ("cp950",),
}


def _read_html(path: Path, data: bytes) -> RawText:
    html, encoding = _decode_html(data, path)
    html = re.sub(r"^\s*<\?xml[^>]*\?>", "", html)   # lxml refuses str with a declaration
    root = _parse_html(html, path)
    doc = _trafilatura_extract(html)
    text = _newlines(doc.text) if doc is not None and doc.text else ""
    if not text.strip():
        text = _newlines(_baseline(html))
    if text:
        text = _restore_headings(root, text)
    if not _BLANK.sub("", text):
        raise ReadError(path, "HTML page has no article text")
    title = _meta(root, "articletitle") or (doc.title if doc is not None else None) \
        or _page_title(root)
    published = _html_date(root, doc)
    return RawText(str(path), text, encoding, title=title or None, published=published,
                   media_type=MEDIA_TYPES["html"], canonical_url=_canonical_url(root))


def _canonical_url(root) -> str | None:
    """The page's ``<link rel="canonical" href="http…">``, if it has an absolute one."""
    if root is None:
        return None
    for link in root.iter("link"):
        rel = (link.get("rel") or "").lower().split()
        href = (link.get("href") or "").strip()
        if "canonical" in rel and re.match(r"https?://\S+$", href):
            return href
    return None


def _decode_html(data: bytes, path: Path) -> tuple[str, str]:
    """Decode by BOM, then the declared charset, then as plain text."""
    if not any(data.startswith(bom) for bom, _, _ in _BOMS):
        head = data[:4096]
        m = _META_CHARSET.search(head) or _XML_ENCODING.search(head)
        declared = m.group(1).decode("ascii").lower() if m else None
        for codec in _CHARSET_CODECS.get(declared, ()):
            try:
                text = data.decode(codec)
            except UnicodeDecodeError:
                continue        # a wrong label (pages do lie): detect instead
            text = _newlines(text)
            _check_text(text, path)
            return text, codec
    return decode_text(data, path)


def _parse_html(html: str, path: Path):
    import lxml.etree
    import lxml.html

    try:
        root = lxml.html.document_fromstring(html)
    except (lxml.etree.ParserError, ValueError) as err:
        raise ReadError(path, f"HTML cannot be parsed ({err})") from None
    for junk in root.xpath("//script|//style|//noscript|//template"):
        junk.drop_tree()
    return root


def _trafilatura_extract(html: str):
    """trafilatura's main-text extraction, offline (it fetches only when asked
    to download a URL, which is never done here).

    - no comments: reader comments on gov pages are boilerplate;
    - tables kept: they carry the figures of many reports;
    - no extensive date search: it takes any date on the page, e.g. the
      copyright year of the footer ("版权所有 2021" -> 2021-01-01).
    """
    import trafilatura

    try:
        return trafilatura.bare_extraction(
            html, include_comments=False, include_tables=True, with_metadata=True,
            date_extraction_params={"extensive_search": False, "original_date": True},
        )
    except Exception:       # an extractor bug on an odd page: fall back, don't crash
        return None


def _baseline(html: str) -> str:
    """trafilatura's simple fallback (<article>, <p> and JSON-LD articleBody)."""
    import trafilatura

    try:
        return trafilatura.baseline(html)[1]
    except Exception:       # the fallback must never turn a page into a crash
        return ""


def _squash(s: str) -> str:
    return "".join(s.split())


_HEADINGS = ("h1", "h2", "h3", "h4", "h5", "h6")


def _restore_headings(root, text: str) -> str:
    """Put back section headings that trafilatura dropped.

    When the article is not inside a container trafilatura recognizes, it
    recovers paragraphs one by one and leaves ``<h2>`` headings out; the next
    stage needs them ("天津：完善政策体系" starts a section). A heading is put
    back on its own line before the line that starts with the first text
    following it in the page, if that line was extracted (so headings of menus
    and sidebars, whose text was not, stay out).
    """
    lines = text.split("\n")
    squashed = [_squash(line) for line in lines]
    inserts: dict[int, list[str]] = {}
    floor = 0                           # keep the headings in page order
    for h in root.iter(*_HEADINGS):
        heading = " ".join(h.text_content().split())
        key = _squash(heading)
        if not key or len(key) > 60 or any(s.startswith(key) for s in squashed):
            continue    # already there (possibly run into its paragraph)
        following = h.xpath("following::text()[normalize-space()][1]")
        if not following:
            continue
        target = _squash(following[0])[:30]     # the start of the next paragraph
        index = next((i for i in range(floor, len(lines)) if squashed[i].startswith(target)),
                     None)
        if index is None:
            continue
        inserts.setdefault(index, []).append(heading)
        floor = index
    if not inserts:
        return text
    out = []
    for i, line in enumerate(lines):
        out.extend(inserts.get(i, ()))
        out.append(line)
    return "\n".join(out)


def _meta(root, *names: str) -> str | None:
    """The content of the first ``<meta>`` whose name/property/itemprop is one of ``names``."""
    for meta in root.iter("meta"):
        for attr in ("name", "property", "itemprop", "http-equiv"):
            if (meta.get(attr) or "").strip().lower() in names:
                content = (meta.get("content") or "").strip()
                if content:
                    return content
    return None


def _page_title(root) -> str | None:
    title = root.find(".//title")
    if title is None:
        return None
    return " ".join(title.text_content().split()) or None


#: Publication-date meta tags: the TRS/gov.cn CMS ("PubDate"), Open Graph,
#: schema.org, Dublin Core and a few CMS-specific names.
_DATE_METAS = (
    "pubdate", "publishdate", "publish_date", "publication_date", "firstpublishedtime",
    "article:published_time", "og:published_time", "og:article:published_time",
    "datepublished", "dc.date.issued", "dcterms.issued", "dc.date", "date",
)
#: "发布时间：2023-05-12", "发布日期：2023年5月12日", or a bare "日期：…", but
#: not "实施日期：…" in the article's text (the date a rule takes effect).
_BYLINE_DATE = re.compile(
    r"(?:发布|发表|(?<![\u4e00-\u9fff]))(?:时间|日期)\s*[:：]\s*"
    r"(\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2})")


def _html_date(root, doc) -> str | None:
    """The publication date: a date meta tag, else the page's own
    "发布时间：…" line, else what trafilatura (htmldate) found in markup."""
    for candidate in (
        _meta(root, *_DATE_METAS),
        (m.group(1) if (m := _BYLINE_DATE.search(root.text_content())) else None),
        doc.date if doc is not None else None,
    ):
        iso = _iso_date(candidate) if candidate else None
        if iso:
            return iso
    return None


_DATE = re.compile(r"(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})|^(\d{4})(\d{2})(\d{2})")


def _iso_date(value: str) -> str | None:
    """``"2023-05-12 10:30"``, ``"2023/5/12"``, ``"2023年5月12日"``, ``"20230512"`` -> ISO."""
    m = _DATE.search(value.strip())
    if not m:
        return None
    y, mo, d = (int(g) for g in (m.groups()[:3] if m.group(1) else m.groups()[3:]))
    try:
        return _dt.date(y, mo, d).isoformat()
    except ValueError:
        return None


# --------------------------------------------------------------------------
# PDF
# --------------------------------------------------------------------------

def _read_pdf(path: Path, data: bytes) -> RawText:
    """The text layer, page by page, via pypdf.

    pypdf (pure Python, no dependencies) maps CID fonts, including the Adobe
    predefined CMaps Chinese PDFs use, to Unicode. Wrapped lines are joined
    back into paragraphs (:func:`_unwrap`) so sentences are not cut in two.
    """
    import pypdf
    from pypdf.errors import DependencyError, FileNotDecryptedError, PdfReadError

    truncated = b"%%EOF" not in data[-2048:]
    try:
        with _quiet("pypdf"):
            reader = pypdf.PdfReader(io.BytesIO(data))
            if reader.is_encrypted:
                # Many PDFs are encrypted only against editing, with an empty
                # user password: those open; a real password does not.
                if not reader.decrypt(""):
                    raise ReadError(path, "PDF is encrypted (a password is needed)")
            pages = [page.extract_text() or "" for page in reader.pages]
            title = (reader.metadata or {}).get("/Title")
    except ReadError:
        raise
    except FileNotDecryptedError:
        raise ReadError(path, "PDF is encrypted (a password is needed)") from None
    except DependencyError:
        raise ReadError(path, "PDF is AES-encrypted; reading it needs the 'cryptography' "
                              "package") from None
    except NotImplementedError as err:
        raise ReadError(path, f"PDF uses an unsupported feature ({err})"[:200]) from None
    except Exception as err:       # pypdf raises many types on malformed files
        if truncated:
            raise ReadError(path, "PDF is truncated (no %%EOF at the end)") from None
        kind = "PDF is corrupt" if isinstance(err, (PdfReadError, ValueError, KeyError)) \
            else "PDF cannot be read"
        raise ReadError(path, f"{kind} ({type(err).__name__}: {err})"[:200]) from None
    text = "\n".join(_unwrap(_newlines(page)) for page in pages).strip("\n")
    if not _BLANK.sub("", text):
        raise ReadError(path, "PDF has no text layer (scanned?); run OCR first")
    return RawText(str(path), text, "pdf", title=_pdf_title(title), media_type=MEDIA_TYPES["pdf"])


def _pdf_title(title) -> str | None:
    """The metadata title, unless it is a tool's placeholder."""
    title = re.sub(r"^Microsoft Word - ", "", str(title or "")).strip()
    return None if title.lower() in ("", "untitled", "unknown", "无标题") else title


@contextlib.contextmanager
def _quiet(logger_name: str):
    """Silence a library's warnings about malformed files: what matters
    reaches the user as a ReadError, the rest is noise on the console."""
    logger = logging.getLogger(logger_name)
    level = logger.level
    logger.setLevel(logging.ERROR)
    try:
        yield
    finally:
        logger.setLevel(level)


_SENTENCE_END = tuple("。！？；：!?;:」』”）)")


def _width(line: str) -> int:
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in line)


def _unwrap(page: str) -> str:
    """Join a page's lines that were wrapped at the right margin.

    A line as wide as the page's widest (within 10%, and at least 20 Chinese
    characters wide) that does not end a sentence continues on the next line;
    short lines (headings, last lines of paragraphs) and lines ending in
    。！？ stay line breaks. (pypdf gives one line per printed line.)
    """
    lines = [line.rstrip() for line in page.split("\n")]
    widest = max(_width(line) for line in lines)
    if len(lines) < 3 or widest < 40:     # too little to tell a margin from a list
        return "\n".join(lines)
    full = widest * 0.9
    out = []
    for i, line in enumerate(lines):
        nxt = lines[i + 1] if i + 1 < len(lines) else ""
        joins = bool(line) and bool(nxt.strip()) and _width(line) >= full \
            and not line.endswith(_SENTENCE_END)
        if not joins:
            out.append(line + "\n")
        elif line[-1].isascii() and nxt.lstrip()[0].isascii():
            out.append(line + " ")             # a wrapped English word boundary
        else:
            out.append(line)
    return "".join(out).rstrip("\n")


# --------------------------------------------------------------------------
# DOCX
# --------------------------------------------------------------------------

#: A DOCX that unpacks to more than this many times its size is refused (zip bomb).
MAX_DOCX_EXPANSION = 100


def _read_docx(path: Path, data: bytes) -> RawText:
    """Paragraphs and table cells of the body, in document order, one per line
    (headers and footers are page furniture and left out)."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as z:
            names = set(z.namelist())
            unpacked = sum(info.file_size for info in z.infolist())
    except (zipfile.BadZipFile, OSError, ValueError, EOFError):
        raise ReadError(path, "DOCX is truncated or corrupt (not a valid ZIP archive)") from None
    if "word/document.xml" not in names:
        raise ReadError(path, "ZIP archive is not a Word document (no word/document.xml)")
    if unpacked > MAX_DOCX_EXPANSION * len(data) + 10 * 1024 * 1024:
        raise ReadError(path, f"DOCX unpacks to {_human_size(unpacked)}; refused as a zip bomb")

    import docx

    try:
        document = docx.Document(io.BytesIO(data))
        lines = list(_docx_lines(document))
        title = document.core_properties.title
    except Exception as err:       # python-docx/lxml raise many types on bad parts
        raise ReadError(path, f"DOCX is corrupt ({type(err).__name__}: {err})"[:200]) from None
    text = _newlines("\n".join(lines))
    if not _BLANK.sub("", text):
        raise ReadError(path, "Word document has no text")
    return RawText(str(path), text, "docx", title=(title or "").strip() or None,
                   media_type=MEDIA_TYPES["docx"])


def _docx_lines(container) -> Iterable[str]:
    from docx.table import Table

    for block in container.iter_inner_content():
        if isinstance(block, Table):
            seen = set()        # a merged cell is returned once per row/column it spans
            for row in block.rows:
                for cell in row.cells:
                    if cell._tc in seen:
                        continue
                    seen.add(cell._tc)
                    yield from _docx_lines(cell)   # cells hold paragraphs and tables
        else:
            yield block.text


# --------------------------------------------------------------------------

_READERS: dict[str, Callable[[Path, bytes], RawText]] = {
    "text": _read_text,
    "markdown": _read_markdown,
    "html": _read_html,
    "pdf": _read_pdf,
    "docx": _read_docx,
}
