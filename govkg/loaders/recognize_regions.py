"""Places in a sentence: GB/T 2260's full names anywhere, province and city short forms where they read
as places, counties by short name in a list a county word closes, development zones after their place,
and the towns below a county (:mod:`.recognize_towns`)."""
from __future__ import annotations

import re

from ..types import Mention, Sentence
from .places import BRANCH_WORDS, DEPARTMENT_BRANCHES, STREET_NAMED_AFTER, ZONE_AFTER_PLACE
from .recognize_towns import listed_towns, model_towns, towns_after
from .resources import Resources, strip_region_suffix
from .tokens import Token, cuts_a_word, mention, occurrences, starts_inside_a_word

COUNTRY_FOLLOWERS = "的在已是为将和与及各政"   # 中国的…, 中国政府: the country itself
#: After 中国: an index of the country that the sentence gives a value (中国数字经济发展指数由1000上升至5610.60,
#: 中国电子政务发展指数为0.8119), not an index's or a report's name (中国数字政府发展指数报告).
COUNTRY_INDEX = re.compile(r"[\u4e00-\u9fff]{2,12}?指数(?:[(（][A-Za-z]{2,6}[)）])?(?:是|为|达到|达|由|从|上升|提升|升至|增至|提高)")
#: After 中国: a measure of the country the sentence gives a value (中国数据产量达8.1ZB, 中国产生的数据总量将达…,
#: 中国网民规模为10.9亿, 中国数字经济规模从11万亿元增长到…, 中国互联网发展水平全球第二).
COUNTRY_FIGURE = re.compile(r"(?!知网|石油|石化|网(?!民)|银联|电信|移动|联通|铁塔|铁路|平安|邮政|人寿|电建|海油|国航|商飞|银行)"
                            r"[\u4e00-\u9fff]{0,10}?(?:规模|总量|产量|数量|总数|人数|人口|用户数?|网民|占比|比重|率|水平|排名)"
                            r"(?:将|已|已经)?(?:达到|达|为|是|突破|超过|增长|增至|升至|从\d|由\d|(?:居|位居|位列|排名)?(?:全球|世界)第)")
#   (not 中国知网文献总量达…, 中国石油加油站数量达…, 中国网用户规模达…: a company's or a site's)
COUNTRY_SLOGANS = ("数字", "美丽", "健康", "平安", "法治", "智慧", "网络", "创新", "信用")   # 数字中国: a programme; 信用中国: a site


#: After a city's short name: a smaller place or a street named after it (大同街道, 长沙路).
SMALLER_PLACE_AFTER = re.compile(r"(?:街道|镇|乡|村|社区|路|街|大道|大街)")


def regions_in(sentence: Sentence, resources: Resources, tokens: list[Token] = ()) -> list[Mention]:
    """Full names anywhere; province short forms anywhere; city short forms where the model reads them as
    a place, or else before 市/an agency word and where a word starts (协同平台中的… holds no 台中)."""
    g = resources.gazetteer
    out = []
    text = sentence.text
    in_phrases = _inside_set_phrases(text, resources.place_phrases)
    for names, short in ((g.full_names, False), (g.short_names, True)):
        for name in names_in(text, names, resources):
            for start in occurrences(name, text):
                end = start + len(name)
                codes = names[name]
                if short and codes[0][2:] != "0000" and SMALLER_PLACE_AFTER.match(text, end):
                    continue   # 大同街道, 长沙路: a sub-district or a street named after the city, not the city
                if short and start in in_phrases:
                    continue   # 长治久安, 幸福安康: a set phrase holding the name, no place
                if short and STREET_NAMED_AFTER.match(text, end):
                    continue   # 江苏路街道, 四川北路: a street named after a province, not the province
                if short and codes[0][2:] != "0000" and not _reads_as_place(text, tokens, start, end) and (
                        not _city_short_ok(text, end, start) or starts_inside_a_word(tokens, start)):
                    continue
                if not short and not _county_name_ok(text, start, name, codes, resources, tokens):
                    continue
                if name in g.former_names and (_runs_past(tokens, start, end) or g.old_name_in_a_word(name, text, end)
                                               or _glued_to_a_word_before(text, tokens, start, g)):
                    continue   # 新建|县级, 面向|山区, 萧山|市场, 江东|区块, 浦|江东区: an old name inside today's words
                if name == "中国" and re.match(r"[\u4e00-\u9fff]", text[end:end + 1]) \
                        and text[end] not in COUNTRY_FOLLOWERS and not COUNTRY_INDEX.match(text, end) \
                        and not COUNTRY_FIGURE.match(text, end):
                    continue   # 中国特色…, 中国国际…博览会, 中国人民银行: the start of another name
                if name == "中国" and FREE_TRADE_ZONE.match(text, start):
                    continue   # 中国(辽宁)自由贸易试验区: a province's free trade zone, named in the country's style
                if name == "中国" and text.startswith("·", end):
                    continue   # “中国·九江”网: a city portal's name in the country's style, not the country
                if name == "中国" and text.endswith(COUNTRY_SLOGANS, 0, start):
                    continue   # 数字中国, 健康中国: a programme, not the country
                out.append(mention(sentence, start, end, "Region", "gazetteer"))
    out += [mention(sentence, m.start(), m.end(), "Region", "free-trade-zone") for m in FREE_TRADE_ZONE.finditer(text)
            if m.group("place") in g.short_names or m.group("place") in g.full_names]
    return out + towns_after(sentence, out) + _zones(sentence, out) + listed_towns(sentence) \
        + _listed_counties(sentence, resources, out) + model_towns(sentence, tokens)


def _inside_set_phrases(text: str, phrases: frozenset[str]) -> set[int]:
    """Positions inside the set phrases a sentence holds (长治久安), where no place's name starts.

    >>> sorted(_inside_set_phrases("推动西藏长治久安", frozenset({"长治久安"})))
    [4, 5, 6, 7]
    """
    return {i for phrase in phrases for start in occurrences(phrase, text) for i in range(start, start + len(phrase))}


#: Counties by their short names in a list a county word closes: 鹿城、乐清、永嘉、平阳等县(市、区),
#: 余杭、萧山两区, 昆山、义乌和晋江等县市. (Alone, 平阳 or 永嘉 may be any word.)
COUNTY_RUN = re.compile(r"((?:[\u4e00-\u9fff]{2,3}、)+[\u4e00-\u9fff]{2,3}?)(?:等|[两三四五六七八九十\d]+个?)?(?:周边|其他|附近)?"
                        r"(?=县|区|市|旗|地)")   # (常州武进、扬中、丹徒等周边地区)


#: Counties' short names that are as often words for a part of the country or a city (江南, 河西, 城关): read
#: among places only before a count of them.
AREA_WORDS = frozenset({"江南", "江北", "河西", "河东", "岭南", "金山", "城关", "城中", "城东", "城西", "城南", "城北",
                        "新城", "郊区", "市中", "矿区"})
#: After a list of places: how many places it names, and of what level (3个市(区), 两县).
COUNTED_PLACES = re.compile(r"[两三四五六七八九十\d]+个?(?:县|区|市)")


def _listed_counties(sentence: Sentence, resources: Resources, regions: list[Mention]) -> list[Mention]:
    out = []
    text, short = sentence.text, resources.gazetteer.county_short
    starts = {r.start - sentence.start for r in regions}     # where a place read already begins
    for m in COUNTY_RUN.finditer(text):
        items, pos = [], m.start(1)
        for item in m.group(1).split("、"):
            items.append((pos, item))
            pos += len(item) + 1
        first_pos, first = items[0]
        if first not in short and (first[1:] in short or first_pos + 1 in starts):
            items[0] = (first_pos + 1, first[1:])    # 及鹿城、乐清…, 和茂名、…: the list starts inside the run
        known = [(p, it) for p, it in items if it in short]
        named = [(p, it) for p, it in items if p in starts]
        if len({p for p, _ in known} | {p for p, _ in named}) < len(items) or len(known) < 2 and not (
                len(named) >= 2 and (COUNTED_PLACES.match(text, m.end(1)) or not {it for _, it in known} & AREA_WORDS)):
            continue      # every item a county or a place read already, and at least two by short name, or two
            #               places read already beside it (茂名、密云、合肥3个市(区), 广州、南海、浙江等地; not
            #               浙江、福建、江南等地区, where 江南 is a part of the country, unless a count of places says)
        out += [mention(sentence, p, p + len(it), "Region", "gazetteer") for p, it in known]
    return out


#: A pilot free trade zone, named the State Council's way: 中国(辽宁)自由贸易试验区, …沈阳片区 (one of its areas).
FREE_TRADE_ZONE = re.compile(r"中国[（(](?P<place>[\u4e00-\u9fff]{2,3})[）)]自由贸易试验区(?:[\u4e00-\u9fff]{2,8}?片区)?")


def _zones(sentence: Sentence, regions: list[Mention]) -> list[Mention]:
    """Development zones written right after the place they lie in, a region of their own (no GB/T 2260 code).
    A zone's administration (…高新区管委会) is a body, found by the agency rules, whose longer name wins."""
    out = []
    text = sentence.text
    starts = {r.start for r in regions}
    for r in regions:
        if r.end in starts:
            continue      # 天津滨海新区: a district of its own after its city, not a zone
        at = r.end - sentence.start
        m = ZONE_AFTER_PLACE.match(text, at)
        if m is None:
            m = NAMED_ZONE.match(text, at)
            if m is None or NOT_A_ZONES_NAME.search(m.group(1)) or not (
                    ZONE_BODY_AFTER.match(text, m.end()) or OTHER_ZONE_AFTER.match(text, m.end())
                    or ZONE_LISTED_BEFORE.search(text, 0, r.start - sentence.start)):
                continue
        out.append(mention(sentence, r.start - sentence.start, m.end(), "Region", "development-zone"))
    return out


#: A new area with a name of its own after its city's (临沂沂河新区, 烟台黄渤海新区): two or three characters,
#: then 新区, taken only where its bodies follow it or it is listed with another such area (临沂沂河新区、
#: 德州天衢新区), so that 武汉市所辖新区 or 株洲市开发新区 are no places.
NAMED_ZONE = re.compile(r"([\u4e00-\u9fff]{2,3})新区")
ZONE_BODY_AFTER = re.compile(r"管委会|管理委员会|党工委|行政审批|政务服务")
OTHER_ZONE_AFTER = re.compile(r"[、和及][\u4e00-\u9fff]{2,8}?新区")
#: A zone listed right before (赣州经开区、赣州蓉江新区): the words before 新区 name another zone of the list.
ZONE_LISTED_BEFORE = re.compile(r"(?:新区|开发区|经开区|高新区|自贸区|保税区|综保区|试验区|实验区)[、和及]$")
#: Words that make the characters before 新区 no name: 城市新区, 建设新区, 所辖新区, 三大新区.
NOT_A_ZONES_NAME = re.compile(r"[的和与及在是、各等大几]|城市|建设|发展|打造|规划|开发|推进|国家|省级|市级|所辖|先进|重点|现有|"
                              r"多个|这些|部分|主要|其他|周边|沿海|一批|新建|全部|所有|[一两三四五六七八九十]个")


def names_in(text: str, names: dict, resources: Resources) -> list[str]:
    """Names of the table present in the text, looked up by their first two characters."""
    key = ("bigrams", id(names))
    if key not in resources.cache:
        resources.cache[key] = _bigram_index(names)
    index = resources.cache[key]
    present = set()
    for i in range(len(text) - 1):
        for name in index.get(text[i:i + 2], ()):
            if text.startswith(name, i):
                present.add(name)
    return sorted(present)


def _bigram_index(names) -> dict[str, list[str]]:
    index: dict[str, list[str]] = {}
    for name in names:
        index.setdefault(name[:2], []).append(name)
    return index


def _county_name_ok(text: str, start: int, name: str, codes: list[str], resources: Resources,
                    tokens: list[Token] = ()) -> bool:
    """A county's full name stands for the county here. Right after its city it always does
    (阳泉市城区, 马鞍山市和县). Elsewhere, an ordinary word (城区, 郊区: ``region_words``) does
    not, nor a two-character name or one ending in 城市 that cuts through a word (提高|县级 is no 高县,
    新|县城 no 新县, 市和县三级 no 和县, 上海|城市 no 海城市; 沛县|市场 is 沛县): LAC's words decide."""
    if len(name) > 2 and name not in resources.region_words and not name.endswith("城市"):
        return True     # most names: what follows is for two-character names, ordinary words and …城市
    g = resources.gazetteer
    parents = [g.regions[p] for p in {g.regions[c].parent for c in codes if c in g.regions} if p in g.regions]
    if any(text.endswith((p.name, strip_region_suffix(p.name)), 0, start) for p in parents):
        return True
    if name in resources.region_words:
        return False
    if name[0] in "和及与" and (text[start - 1:start] in ("省", "市", "州", "区", "县")
                               or text[start + len(name):start + len(name) + 1] in ("市", "区", "级", "乡", "(", "（")):
        return False      # 省、市和县三级, 市直部门和县市区 (LAC reads 市|和县 there too)
    return not cuts_a_word(tokens, start, start + len(name))


def _runs_past(tokens: list[Token], start: int, end: int) -> bool:
    """Whether a word of the model's that begins inside text[start:end] runs on past its end (新建|县级 for
    新建县; not 思茅市网管中心, a body's name that opens with the place)."""
    return any(start < t.start < end < t.end for t in tokens)


#: A data exchange named after the city (广州数据交易所, 贵阳大数据交易所).
DATA_EXCHANGE_AFTER = re.compile(r"(?:国际)?大?数据交易(?:所|中心)")


def _glued_to_a_word_before(text: str, tokens: list[Token], start: int, g) -> bool:
    """Whether the model's word holding the name at ``start`` begins before it with no place's name
    (浦江东区, 丘陵县; not 宁波市江东区)."""
    return any(t.start < start < t.end and text[t.start:start] not in g.full_names and text[t.start:start] not in g.short_names
               for t in tokens)


def _reads_as_place(text: str, tokens: list[Token], start: int, end: int) -> bool:
    """The model reads text[start:end] as one place word (家住|温州|鹿城区, 位于|杭州|保俶路), not
    inside an app's quoted name (“i厦门”)."""
    if re.search(r"[“A-Za-z]$", text[max(0, start - 1):start]):
        return False
    return any(t.start == start and t.end == end and t.tag == "LOC" for t in tokens)


def _city_short_ok(text: str, end: int, start: int = 0) -> bool:
    if ZONE_AFTER_PLACE.match(text, end) or DATA_EXCHANGE_AFTER.match(text, end):
        return True  # 福州高新区: the city names its zone; 广州数据交易所, its data exchange
    if text[end:end + 1] in ("、",) or (start > 0 and text[start - 1] == "、"):
        return True  # 广州、深圳、佛山: a list of places
    return text[end:end + 1] in ("：", ":", "市") or bool(re.match(r"[\u4e00-\u9fff]{0,8}(局|厅|委|办|中心|政府)", text[end:end + 10])) \
        or (text.startswith(BRANCH_WORDS, end)    # 安徽政务服务网涡阳分厅: the platform's branch for 涡阳
            and not text.endswith(DEPARTMENT_BRANCHES, 0, end))     # (公安分厅: the police's)
