"""Where a platform stands among places and other platforms, as whole sentences say it: what a place builds
serves it (浙江省在全国率先建设政务“一朵云”; 全省…统一为“12345…热线”), and what a platform is made of (由A和B组成;
主要业务子系统有：A、B; 包括A、B和C 3个子平台)."""
from __future__ import annotations

import re

from ..types import Relation, Sentence
from .named import CLAUSE_BREAK, Named, listed_before, make_relation
from .segment import clause_start


QUOTED_LIST_GAP = re.compile(r"[”“]*(、|和|及)[“”]*")
#: Right before a building verb: someone other than the place built it (省里开发的, 外省建设的, 由…建设的).
OTHER_BUILDER = re.compile(r"省里|外省|国家|部委|省级|中央|上级|由|他省|兄弟省")
BUILD_VERBS = re.compile(r"(建设|打造|建成|推出|上线|首创|开通|搭建|构建|开发|升级|推行|自建|研发)(了)?")
WHOLE_PLACE = re.compile(r"(全省|全市|全区|我省|我市|本省|本市)(统一|一体化)?(的)?[“]?$")
#: The whole place's lines or sites merged under one name: 全省归并后的热线统一为“12345政务服务便民热线”.
MERGED_FOR_PLACE = re.compile(r"(全省|全市|全区|我省|我市|我区|本省|本市|本区)(?![^。；]{0,80}?(?:中|里)，)[^。；]{0,80}?(?:统一|统一更名|归并|整合)为[“]?$")
#   (not 全市42条热线中，夷陵区的8条热线统一整合为…: a part of the place's lines)


#: A clause that opens a sentence of news before its topic: how the reporter learnt it. (Not a
#: speaker's 指出/表示, whose clause is an opinion, nor 期间/以来, which may have a subject of their own.)
LEAD_IN = re.compile(r"[^，。；]{0,24}(了解到|获悉|得知|据悉|据了解|据介绍|据统计|据报道)")
#: An opening clause that sets the scene and names nothing (作为“数字政府”改革的成果之一，广州市上线了…;
#: 为方便群众办事，杭州市推出…; 随着…加快，苏州…).
SETTING = re.compile(r"(作为|为了|为|随着|面对|围绕|按照|立足)[^，。；]{1,30}")


def _leading_region(text: str, s: Sentence, named: list[Named]) -> Named | None:
    """The region a sentence is about: its first name, at most a few characters in (近年来，浙江省…),
    or first after a lead-in clause (记者从现场了解到，浙江省…).

    >>> t = "记者从现场了解到，浙江省在全国率先建设政务云。"
    >>> zj = Named("Region:330000", "Region", 9, 12, "浙江省")
    >>> _leading_region(t, Sentence(0, t, 0, len(t)), [zj]).text
    '浙江省'
    >>> t = "省大数据局负责人说浙江省已建成政务云。"
    >>> _leading_region(t, Sentence(0, t, 0, len(t)), [Named("R", "Region", 9, 12, "浙江省")]) is None
    True
    """
    if not named:
        return None
    lead = named[0]
    before = text[s.start:lead.start]
    if len(before.strip("“”，, ")) > 4:
        opening = re.match(r"([^，,]*)[，,]\s*$", before)
        if not opening or not (LEAD_IN.fullmatch(opening.group(1)) or SETTING.fullmatch(opening.group(1))):
            return None
    return lead if lead.type == "Region" else None


def _nearest_place(named: list[Named], topic: Named) -> Named:
    """The last of the places written one right after the other from ``topic`` (浙江省杭州市)."""
    here = topic
    for n in named:
        if n.type == "Region" and n.start == here.end:
            here = n
    return here


def place_builds(text: str, s: Sentence, named: list[Named], places: dict[str, str]) -> list[Relation]:
    """浙江省在全国率先建设政务“一朵云”…，建设A、B: what a place builds serves it; so does a
    platform 全省统一的 (the whole province's, placed by the article), or the one name 全省…热线 are
    merged under (统一为“12345…热线”)."""
    out = []
    topic = _leading_region(text, s, named)
    if topic is None:
        m = re.match(r"^[^，。；]{0,4}?(我省|我市|本省|本市)", text[s.start:s.end])
        key = places.get(m.group(1)[1]) if m else None
        topic = Named(key, "Region", s.start + m.start(1), s.start + m.end(1), m.group(1)) if key else None
    here = _nearest_place(named, topic) if topic is not None else None     # 浙江省杭州市: 杭州市
    for p in named:
        if p.type != "Platform":
            continue
        merged = MERGED_FOR_PLACE.search(text, s.start, p.start)
        if merged and any(n.type == "Region" and merged.start() < n.start < p.start for n in named):
            merged = None     # 全省各地…，宜昌市将…归并为宜昌12345热线: that place's line
        whole = WHOLE_PLACE.search(text[max(s.start, p.start - 8):p.start]) or merged
        if whole and places.get(whole.group(1)[1]):
            out.append(make_relation("serves", p.key, places[whole.group(1)[1]], s, p.start - len(whole.group(0)),
                                     p.end, 0.75, "whole-place"))
            continue
        if topic is None or p.start < topic.end:
            continue
        if any(n.type == "Region" and n.key != here.key and here.end <= n.start < p.start for n in named):
            continue    # 浙江省位列第一，江西省推出…; 北京市为拉萨市开发…: another place comes between
        listed = next(iter(listed_before(text, named, p.start, p.type, QUOTED_LIST_GAP)), None)   # A、B: A
        first = listed or p
        opening = clause_start(text, first.start, "，；。", floor=topic.end)
        built = [v for v in BUILD_VERBS.finditer(text, max(opening, first.start - 12), first.start)
                 if not any(n.type == "Platform" and v.end() <= n.start < first.start for n in named)
                 and not OTHER_BUILDER.search(text, max(opening, v.start() - 6), v.start())
                 and not any(n.type in ("Agency", "Organization") and here.end <= n.start < v.start() for n in named)]
        #   (杭州市全面启用省里开发的“浙政钉”, 福州市推广使用国家税务总局开发的…: another built it)
        #   (城关区研发的“城关码”接入“甘快办”平台: what the place made is the code, not the platform it joins)
        if built or re.search(r"新建了?“?$", text[opening:first.start]):   # (…；新建城市地下空间监测平台; not 在新建小区推广…)
            out.append(make_relation("serves", p.key, here.key, s, topic.start, p.end, 0.7, "place-builds"))
    return out


PARTS_INTRO = re.compile(r"(子系统|子平台|组成部分|功能模块|模块|应用系统|业务系统|系统)(主要)?(有|包括|包含|涵盖)[:：]")


#: A list of parts counted as such: (该平台)包括A、B和C 3个子平台, 由A、B等4个子系统组成.
PARTS_COUNTED = re.compile(r"(?:包括|包含|涵盖|下设|由)(?P<list>[^。；，,]{2,160}?)等?[\d一二三四五六七八九十两]+(?:个|大)"
                           r"(?:子平台|子系统|分平台)")


#: What a platform is made of, listed after 由 (政务外网由中央政务外网和地方政务外网组成; …平台，由A、B、C组成).
COMPOSED_OF = re.compile(r"由(?P<list>[^。；]{2,120}?)(?:共同)?(?:组成|构成)(?!的)")


def composed_of(text: str, s: Sentence, named: list[Named]) -> list[Relation]:
    """X由A和B组成: each platform listed is part of the platform named last before 由, in the same sentence."""
    out = []
    for c in COMPOSED_OF.finditer(text, s.start, s.end):
        before = [n for n in named if n.type == "Platform" and n.end <= c.start()
                  and not CLAUSE_BREAK.search(text, n.end, c.start())]
        if not before:
            continue
        whole = before[-1]
        out += [make_relation("partOf", p.key, whole.key, s, whole.start, p.end, 0.7, "composed-of")
                for p in named if p.type == "Platform" and c.start("list") <= p.start and p.end <= c.end("list")
                and p.key != whole.key]
    return out


def listed_parts(text: str, s: Sentence, named: list[Named], last: dict[str, Named]) -> list[Relation]:
    """金宏网…。主要业务子系统有：A、B、C; 国家智慧教育平台…包括A、B、C和D 4个子平台: each listed system is
    part of the platform being described (the last one named before the list, else the last one before)."""
    m = PARTS_INTRO.search(text, s.start, s.end)
    spans = [(m.start(), m.end(), s.end)] if m else []
    spans += [(c.start(), c.start("list"), c.end("list")) for c in PARTS_COUNTED.finditer(text, s.start, s.end)]
    out = []
    for intro, first, end in spans:
        before = [n for n in named if n.type == "Platform" and n.end <= intro]
        whole = before[-1] if before else last.get("Platform")
        if whole is not None:
            out += [make_relation("partOf", p.key, whole.key, s, p.start, p.end, 0.7, "listed-parts")
                    for p in named if p.type == "Platform" and first <= p.start and p.end <= end and p.key != whole.key]
    return out
