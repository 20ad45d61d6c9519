"""Where a text is: the place of each section heading, the place an article is about, and what
全省/我市/我国 stand for there; GB/T 2260 names read from the start of a longer name."""
from __future__ import annotations

import re
from collections.abc import Collection, Container

from ..types import Mention, Sentence
from .resources import COUNTRY, Gazetteer

# -- regions --------------------------------------------------------------------


def section_regions(sentences: tuple[Sentence, ...], g: Gazetteer) -> dict[int, str | None]:
    """The region each sentence's section heading names (天津：… → 120000)."""
    by_section: dict[str, str | None] = {}
    for section in {s.section for s in sentences if s.section}:
        by_section[section] = next(
            (region_code(section[:n], None, g) for n in range(min(len(section), 12), 1, -1)
             if section[:n] in g.full_names or (section[:n] in g.short_names and _stands_alone(section, n, g))), None)
    return {s.index: by_section.get(s.section) if s.section else None for s in sentences}


def _stands_alone(section: str, n: int, g: Gazetteer) -> bool:
    """A short place name opening a heading is the place only if the name ends there or is a
    province's (阿里云全面驱动… does not open with 阿里地区)."""
    return n == len(section) or section[n] in "：: 、，" or any(c[2:] == "0000" for c in g.short_names[section[:n]])


#: A development zone named after its place: 福州高新区, 合肥经济技术开发区, 兰州新区, 平潭综合实验区.
ZONE_AFTER_PLACE = re.compile(r"(?:高新技术产业开发区|经济技术开发区|高新区|经开区|开发区|新区|综合实验区|综合试验区|"
                              r"保税区|(?:自由贸易试验区|自贸试验区|自贸区)(?:(?![内各所其等])(?![一二三四五六七八九十两]大)"
                              r"[\u4e00-\u9fff]{2,4}?片区)?)")
#   (广西自贸试验区崇左片区: a free trade zone's area, as 中国(广西)自由贸易试验区崇左片区)


def document_region(sentences: tuple[Sentence, ...], mentions: tuple[Mention, ...], g: Gazetteer,
                    deepest: str = "prefecture", places: dict[str, set[tuple[int, str]]] | None = None) -> str | None:
    """The place an article is about, when one place dominates it: 全省/我省/省X/市X then mean it.

    Every place named (alone or opening an agency's name) votes for itself and
    the places above it; the title line votes twice. The deepest place (down to
    the level ``deepest``) with at least two votes and twice the votes of any
    rival at its level, and more than half the votes of the place above it, wins, so a round-up of
    many provinces has no home region and a city's report on its counties stays the city's.
    """
    votes: dict[str, int] = {}
    named: set[str] = set()      # the places named themselves (not only as the places above one named)
    places = named_places(mentions, g, sentences) if places is None else places   # (the caller's, if it has them)
    for m in mentions:
        if m.type not in ("Region", "Agency", "Platform", "Policy", "Report"):
            continue
        weight = 2 if m.sentence == 0 else 1
        among = places_elsewhere(places, m, sentences)
        for _, code in _deepest_leading(m.text, g, among) if m.type != "Region" else [(m.text, region_code(m.text, None, g, among))]:
            if not code or code == "100000":
                continue
            if m.type != "Region" or not _visited(sentences, m):
                named.add(code)     # (a place visited or compared with is not the page's: 赴深圳市学习)
            for c in [code] + g.ancestors(code):
                if c != "100000":
                    votes[c] = votes.get(c, 0) + weight
    home = None
    levels = ("province", "prefecture", "county")
    for level in levels[:levels.index(deepest) + 1]:
        ranked = sorted(((n, c) for c, n in votes.items() if g.region(c).level == level
                         and (home is None or g.contains(home, c))), reverse=True)
        if not ranked and level == "prefecture" and home and g.region(home).name.endswith("市"):
            continue     # 北京市东城区: a municipality's districts lie right under it
        if not ranked or ranked[0][0] < 2 or (len(ranked) > 1 and ranked[0][0] < 2 * ranked[1][0]):
            break
        if home is not None and 2 * ranked[0][0] <= votes[home]:
            break    # a city's bulletin listing its counties (汨罗市 twice, five others once): the city's
        home = ranked[0][1]
    return home or _only_place_of_generic_level(sentences, named, g, deepest)


#: Before a place named as somewhere else: visited, learnt from, compared with (赴深圳市学习考察, 与杭州相比).
VISITED_BEFORE = re.compile(r"(?:赴|到|前往|去|向|学习|对标|借鉴|考察|参观|对比|与|和|同|比)$")


def _visited(sentences, m) -> bool:
    s = sentences[m.sentence]      # (a sentence's index is its place in the tuple)
    return VISITED_BEFORE.search(s.text, 0, m.start - s.start) is not None


#: The level a generic place word names (全市 → prefecture), for a page that names one such place only.
GENERIC_LEVELS = {"省": "province", "市": "prefecture", "州": "prefecture", "盟": "prefecture"}


def _only_place_of_generic_level(sentences, named: set[str], g: Gazetteer, deepest: str) -> str | None:
    """A page that says 全市/本市 (or 全省) and names one city (or province) only, even inside a title (记者从
    市政府获悉，全市共有…；…《唐山市建设“无证明城市”实施方案》): that place is what 全市 means (not where a
    county-level city is named too: 瑞金市's 全市 is its own; nor a city visited or compared with:
    赴深圳市学习考察)."""
    levels = {GENERIC_LEVELS[m.group(2)] for s in sentences for m in GENERIC_PLACE.finditer(s.text) if m.group(2) in GENERIC_LEVELS}
    allowed = ("province", "prefecture")[:("province", "prefecture", "county").index(deepest) + 1]
    county_cities = [c for c in named if g.region(c).level == "county" and g.region(c).name.endswith("市")]
    for level in ("prefecture", "province"):
        places = [c for c in named if g.region(c).level == level]
        if level in levels and level in allowed and len(places) == 1 and not (level == "prefecture" and county_cities):
            return places[0]
    return None


def is_or_holds(code: str, local: str | None, g: Gazetteer) -> bool:
    """Whether the place ``code`` is the page's own (``local``) or holds it; any place, on a page about none."""
    return local is None or code == local or g.contains(code, local)


def places_only(opening: str, g: Gazetteer) -> str | None:
    """The deepest place an opening writes, if it is nothing but places (曲靖市麒麟区 → the district; 湖南省)."""
    regions = leading_regions(opening + "的", g)     # (a name must be followed by something to be read)
    return regions[-1][1] if regions and "".join(surface for surface, _ in regions) == opening else None


def names_a_place(words: str, g: Gazetteer) -> bool:
    """Whether ``words`` are a place's name, full or short: 平顶山 of 平顶山分厅 (not 地市 of 地市分厅, every
    city's), 福州 of “e福州”."""
    return words in g.full_names or words in g.short_names


def opens_on_place(name: str, g: Gazetteer) -> bool:
    """Whether a place's name, full or short, opens ``name`` (宁波公安部门, 成都市文化馆); the country's does not
    (中国法院: all the country's courts).

    >>> from govkg.loaders.resources import Resources
    >>> g = Resources(use_ner=False).gazetteer
    >>> opens_on_place("宁波公安部门", g), opens_on_place("中国法院", g), opens_on_place("市场监管部门", g)
    (True, False, False)
    """
    return any(names_a_place(name[:k], g) and name[:k] != "中国" for k in range(2, min(10, len(name))))


def _deepest_leading(name: str, g: Gazetteer, among: Collection[str] = ()) -> list[tuple[str, str]]:
    """The deepest of the places a name opens with, if each lies in the one before (成都市武侯区…:
    武侯区), else the first."""
    regions = leading_regions(name, g, among)
    if len(regions) > 1 and all(g.contains(a, b) for (_, a), (_, b) in zip(regions, regions[1:])):
        return regions[-1:]
    return regions[:1]


#: How a text names its own place without its name (全省, 我市, 本县, 我国, 全州, 全盟): the level is group 2
#: (not 全州县, a county of its own).
GENERIC_PLACE = re.compile(r"(全|我|本)(省|市|国|县|区|旗|州(?!县)|盟)")


def own_places(code: str | None, entities: Container[str], g: Gazetteer) -> dict[str, str]:
    """What 省, 市, 县, 旗, 区 and 国 in 全省/我市/全县/全旗/本区/我国 stand for where the text's place is
    ``code``: entity keys, of those in ``entities`` (the page's entities by key). In a county-level
    city 全市 is the county's; in an autonomous region with no district of its own, 全区 is the region's.

    >>> from govkg.loaders.resources import load_resources
    >>> g = load_resources(use_ner=False).gazetteer
    >>> keys = {"Region:510000": None, "Region:510100": None}
    >>> own_places("510100", keys, g)
    {'省': 'Region:510000', '市': 'Region:510100'}
    >>> own_places("410823", {"Region:410000": None, "Region:410800": None, "Region:410823": None}, g)
    {'省': 'Region:410000', '市': 'Region:410800', '县': 'Region:410823'}
    >>> own_places("632800", {"Region:630000": None, "Region:632800": None}, g)
    {'省': 'Region:630000', '市': 'Region:632800', '州': 'Region:632800'}
    """
    province = province_of(code, g)
    level = g.region(code).level if code else None
    county = code if level == "county" else None
    prefecture = code if level == "prefecture" else (
        next((c for c in g.ancestors(county) if g.region(c).level == "prefecture"), None) if county else None)
    city = prefecture or (province if province and g.region(province).name.endswith("市") else None)
    county_name = g.region(county).name if county else ""
    if county_name.endswith("市"):
        city = county        # 乐清市: 全市 is the county-level city
    district = county if county_name.endswith("区") else (
        province if not county and province and g.region(province).name.endswith("自治区") else None)
    out = {"省": f"Region:{province}" if province and province != "100000" else None,
           "市": f"Region:{city}" if city else None,
           "县": f"Region:{county}" if county_name.endswith("县") else None,
           "旗": f"Region:{county}" if county_name.endswith("旗") else None,     # 正蓝旗: 全旗, 旗政府网站
           "区": f"Region:{district}" if district else None, "国": COUNTRY,
           # 海西州 (an autonomous prefecture), 锡林郭勒盟 (a league): 全州, 全盟 are the prefecture
           "州": f"Region:{prefecture}" if prefecture and g.region(prefecture).name.endswith("州") else None,
           "盟": f"Region:{prefecture}" if prefecture and g.region(prefecture).name.endswith("盟") else None}
    return {k: v for k, v in out.items() if v and v in entities}


def province_of(code: str | None, g: Gazetteer) -> str | None:
    """The province-level region a region lies in (itself for a province)."""
    if not code:
        return None
    r = g.region(code)
    return code if r.level in ("province", "country") else next(
        (c for c in g.ancestors(code) if g.region(c).level == "province"), None)


def region_code(name: str, context: str | None, g: Gazetteer, among: Collection[str] = ()) -> str | None:
    """The place a name stands for: where several share it (通州区 of 北京 and of 南通), the one inside the
    ``context`` place, else the one inside a place the page names (``among``), else the highest and first.

    >>> from govkg.loaders.resources import load_resources
    >>> g = load_resources(use_ner=False).gazetteer
    >>> region_code("鼓楼区", None, g), region_code("鼓楼区", None, g, among={"350100"})
    ('320106', '350102')
    """
    codes = g.full_names.get(name) or g.short_names.get(name) or g.county_short.get(name) or []
    if not codes:
        return None
    if len(codes) > 1 and context:
        inside = [c for c in codes if c == context or g.contains(context, c)]
        if inside:
            return inside[0]
    for level in ("county", "prefecture", "province") if len(codes) > 1 else ():   # the deepest place named
        anchors = [a for a in among if a in g.regions and g.region(a).level == level]   # first (沧州市 before 河北省)
        inside = [c for c in codes if any(c == a or g.contains(a, c) for a in anchors)]
        if len(inside) == 1:
            return inside[0]
    return sorted(codes, key=lambda c: (c[2:] != "0000", c))[0]


def named_places(mentions, g: Gazetteer, sentences=()) -> dict[str, set[tuple[int, str]]]:
    """The places a page names that no other place shares a name with (南通市, not 通州区), each with the
    sentences naming it and how it is written there: what tells apart the places that do. Not a place visited
    or compared with (赴长春市考察, 与沈阳市相比: the page is not about it)."""
    out: dict[str, set[tuple[int, str]]] = {}
    for m in mentions:
        if sentences and _visited(sentences, m):
            continue
        surfaces = [m.text] if m.type == "Region" else [surface for surface, _ in leading_regions(m.text, g)] \
            if m.type in ("Agency", "Platform", "Policy", "Report") else []
        for surface in surfaces:      # (南通市 opening 南通市通州区人民政府办公室 too)
            codes = g.full_names.get(surface) or g.short_names.get(surface) or []
            if len(codes) == 1:
                out.setdefault(codes[0], set()).add((m.sentence, surface))
    return out


def places_elsewhere(named: dict[str, set[tuple[int, str]]], m: Mention, sentences) -> set[str]:
    """The places of :func:`named_places` that may tell which place ``m`` (or the place opening it) is: not one
    written, in ``m``'s own sentence, before the same name as another of its kind (朝阳区…与长春市朝阳区…签订协议:
    the bare 朝阳区 is another one)."""
    text = sentences[m.sentence].text if sentences else ""
    bare = re.match(r"[\u4e00-\u9fff]{2,6}?[区县市旗]", m.text)
    return {code for code, where in named.items()
            if any(i != m.sentence or not (bare and surface + bare.group() in text) for i, surface in where)}


def leading_regions(name: str, g: Gazetteer, among: Collection[str] = ()) -> list[tuple[str, str]]:
    """Region names at the start of ``name``: [(surface, code), ...] — 上海浦东新区… gives two."""
    out, rest, context = [], name, None
    while True:
        best = None
        for length in range(min(len(rest) - 1, 12), 1, -1):
            piece = rest[:length]
            if (piece in g.full_names or piece in g.short_names) and not g.old_name_in_a_word(piece, rest, length):
                best = piece    # (not 丰南市 in 丰南市场监管局: 丰南区's market bureau)
                break
        if not best:
            return out
        code = region_code(best, context, g, among)
        out.append((best, code))
        context, rest = code, rest[len(best):]


#: After a place's name: a street named after it (江苏路, 四川北路, 广西大道, 北京路步行街), not a road
#: word of another kind (江苏路政, 浙江路径, 河南路长制, 福建路演).
STREET_NAMED_AFTER = re.compile(r"(?:[东南西北中]?路|大道|大街)(?![政径演长况线灯网面桥])")


#: The words of a platform's branch for one place: 政务服务网芜湖分厅, 政务服务网兰州新区子站, 锡企服务平台滨湖旗舰店.
BRANCH_WORDS = ("分厅", "子站", "分站", "分平台", "旗舰店")
#: A place's branch after a platform's name: (安徽政务服务网 +) 涡阳分厅.
PLACE_BRANCH = re.compile(r"[\u4e00-\u9fff]{2,8}?(?:" + "|".join(BRANCH_WORDS) + ")")


#: Departments that have their own branch on a platform (公安分厅, 税务分厅), named like a place.
DEPARTMENT_BRANCHES = ("公安", "税务", "人社", "社保", "医保", "民政", "交通", "教育", "卫健", "市场监管", "住建", "公积金")


def branch_region(name: str, context: str | None, g: Gazetteer) -> str | None:
    """The place a platform's branch serves, named just before its branch word.

    >>> from govkg.loaders.resources import load_resources
    >>> g = load_resources(use_ner=False).gazetteer
    >>> branch_region("安徽政务服务网涡阳分厅", "340000", g), branch_region("安徽政务服务网", "340000", g)
    ('341621', None)
    """
    word = next((w for w in BRANCH_WORDS if name.endswith(w)), None)
    if word is None or name[:-len(word)].endswith(DEPARTMENT_BRANCHES):
        return None     # 湖北政务服务网公安分厅: the police's branch, not 公安县's
    head = name[:-len(word)]
    for length in range(min(len(head) - 1, 8), 1, -1):
        code = place_written(head[-length:], context, g)
        if code:
            return code
    return None


def place_written(words: str, context: str | None, g: Gazetteer) -> str | None:
    """The place ``words`` name, written in full, by its short name, or without its level word (涡阳 for 涡阳县:
    a county's short name is not in the table).

    >>> from govkg.loaders.resources import load_resources
    >>> g = load_resources(use_ner=False).gazetteer
    >>> place_written("涡阳", "340000", g), place_written("老年人", None, g)
    ('341621', None)
    """
    for form in (words, words + "县", words + "市", words + "区"):
        if form in g.full_names or form in g.short_names:
            return region_code(form, context, g)
    return None

