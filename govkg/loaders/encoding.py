"""Decoding the bytes of a text file (and of HTML without a trusted charset).

Encoding detection is Chinese first. charset-normalizer alone mislabels short
Chinese text (most 2-10 character GB18030 strings come back as something
else), so the order is: byte-order marks; strict UTF-8; then GB18030 against
Big5 by which decodes cleanly and reads more like Chinese; only then
charset-normalizer, for files in other encodings.

>>> decode_text("数字政府建设".encode("gb18030"))
('数字政府建设', 'gb18030')
"""
from __future__ import annotations

import codecs
import functools
import os
import re

from .readerror import ReadError

__all__ = ["decode_text"]


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
    if b"\0" in data:          # of the encodings we accept, only UTF-16 uses NUL bytes
        utf16 = _decode_utf16(data)
        if utf16 is not None:
            return utf16[:2]
        raise ReadError(source, "binary file (contains NUL bytes), not text")
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError as err:
        if _cut_mid_character(data, err):
            raise ReadError(source, "text ends in the middle of a character "
                                    "(truncated UTF-8 file?)") from None
    mixed = _decode_mixed(data)
    if mixed is not None:
        return mixed
    chinese = _decode_chinese(data)
    utf16 = _decode_utf16(data)      # all-CJK UTF-16 has no NUL byte
    if utf16 is not None and _looks_chinese(_sample(utf16[0])) and (chinese is None or utf16[2] > chinese[2]):
        return utf16[:2]
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


def _decode_utf16(data: bytes) -> tuple[str, str, int] | None:
    """UTF-16 without a byte-order mark (Windows "Unicode" text), little- or
    big-endian, whichever decodes strictly into text: Chinese, or printable
    ASCII (read in the wrong byte order, ASCII becomes rare hanzi or NULs).
    Returns ``(text, codec, score)``."""
    if len(data) % 2:
        return None
    best = None
    for codec in ("utf-16-le", "utf-16-be"):
        try:
            text = data.decode(codec)
        except UnicodeDecodeError:
            continue
        sample = _sample(text)
        visible = [ch for ch in sample if not ch.isspace()]
        if not visible or "\0" in sample or len(_CONTROL.findall(sample)) > 0.01 * len(sample):
            continue
        ascii_text = sum(ch.isascii() and ch.isprintable() for ch in visible) >= 0.9 * len(visible)
        if not (ascii_text or _looks_chinese(sample)):
            continue
        score = _chinese_score(text) + (len(visible) if ascii_text else 0)
        if best is None or score > best[2]:
            best = (text, codec, score)
    return best


def _decode_mixed(data: bytes) -> tuple[str, str] | None:
    """A file whose lines mix UTF-8 and GB18030 (or Big5), as concatenating files
    of both makes: each line decoded in its own encoding, named "utf-8+gb18030".

    Only when at least one line is UTF-8 Chinese and the other lines read as
    Chinese in one legacy encoding; otherwise None (a legacy file whose short
    line happens to be valid UTF-8 decodes to rare characters, not Chinese).
    """
    lines = data.split(b"\n")
    utf8: dict[int, str] = {}
    legacy: list[int] = []
    for i, line in enumerate(lines):
        try:
            text = line.decode("utf-8")
        except UnicodeDecodeError:
            legacy.append(i)
            continue
        if not line.isascii():
            utf8[i] = text
    if not utf8 or not legacy or not _looks_chinese("".join(utf8.values())):
        return None
    rest = _decode_chinese(b"\n".join(lines[i] for i in legacy))
    if rest is None or not _looks_chinese(_sample(rest[0])):
        return None
    codec = rest[1]
    out = [utf8.get(i) or (line.decode(codec) if i in legacy else line.decode("ascii"))
           for i, line in enumerate(lines)]
    return "\n".join(out), f"utf-8+{codec}"


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
