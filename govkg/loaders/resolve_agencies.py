"""Which body a body's name stands for: a bare department name (网信办) is nobody's unless a full
name of the text ends with it; a list's first body lends its place to the rest (市公安局、财政局);
bare names listed with the State Council's bodies are theirs (统计局 beside 海关总署); short and full
names (市大数据局, 贵阳市大数据发展管理局), second plaques and a body's site by either name are one.
"""
from __future__ import annotations

import re

from ..types import Mention
from .entities import EntityBuilder
from .places import is_or_holds, leading_regions, places_only, region_code
from .recognize_regions import names_in
from .recognize_agencies import agency_pattern
from .resources import Gazetteer, Resources
from .segment import clause_start

BODY_PREFIX = ("国家", "中央", "全国", "国务院", "中国", "中共", "省", "市", "县", "区", "州", "党", "我")


def is_bare_department(name: str, resources: Resources) -> bool:
    """A department's name with nobody's place in it (交通运输厅, 网信办, 医保局): no node of its own.

    >>> from govkg.loaders.resources import load_resources
    >>> r = load_resources(use_ner=False)
    >>> is_bare_department("交通运输厅", r), is_bare_department("科技部", r), is_bare_department("市医保局", r)
    (True, False, False)
    """
    if name in resources.agencies or name in resources.agencies.values() or name.startswith(BODY_PREFIX):
        return False
    m = agency_pattern(resources).fullmatch(name)
    return bool(m and m.group("prefix") is None and m.group("core"))


#: Words for a level of places, opening a body's name that needs no place written before it (乡镇…, 街道…).
LEVEL_WORDS = ("乡镇", "街道", "村", "社区", "镇", "乡")


def list_shared_prefixes(text: str, mentions, resources: Resources) -> dict[int, str]:
    """The place a list's first body writes, for the bodies listed after it with 、 (or last with 和, 及)
    that write none:
    市公安局、财政局、林业局 gives 财政局 and 林业局 the prefix 市 (by mention start).

    >>> from govkg.types import Mention
    >>> from govkg.loaders.resources import load_resources
    >>> r = load_resources(use_ner=False)
    >>> text = "名单：市公安局、财政局、林业局。"
    >>> ms = [Mention("市公安局", "Agency", 3, 7, 0, "agency"), Mention("财政局", "Agency", 8, 11, 0, "agency"),
    ...       Mention("林业局", "Agency", 12, 15, 0, "ner")]
    >>> list_shared_prefixes(text, ms, r)
    {8: '市', 12: '市'}
    """
    g = resources.gazetteer
    out: dict[int, str] = {}
    prefix = None
    for before, m in zip([None, *mentions], mentions):
        listed = before is not None and before.type == "Agency" and m.type == "Agency" and text[before.end:m.start] in ("、", "和", "及")
        own = (place_prefix(m.text, g) or special_region_opening(m.text, resources)) \
            if m.type == "Agency" else None      # (省大数据局、贵安新区大数据局: the new area's own)
        if listed and prefix and own is None and _local_department(m.text, resources) \
                and not m.text.startswith(LEVEL_WORDS) and not re.search(r"[省市县区]委", m.text):
            #   (县政务服务中心和乡镇便民服务中心: the towns' own; 省妇联、团省委: the league's 省委 says its level)
            out[m.start] = prefix
        else:
            prefix = own
    return out


def places_sharing_a_body(text: str, mentions, body: Mention, g: Gazetteer,
                          context: str | None = None) -> list[tuple[Mention, str, str]]:
    """南京市、苏州市、扬州市数据局: the places listed right before a body written after the last of them,
    each with the name of its own such body (南京市数据局, 苏州市数据局) and the place's code (read in
    ``context``, the sentence's province); the places must be of the level the body's own place is (not
    江苏省、南京市数据局).

    >>> from govkg.types import Mention
    >>> from govkg.loaders.resources import load_resources
    >>> g = load_resources(use_ner=False).gazetteer
    >>> text = "召集南京市、苏州市、扬州市数据局研究"
    >>> ms = [Mention("南京市", "Region", 2, 5, 0, "region"), Mention("苏州市", "Region", 6, 9, 0, "region"),
    ...       Mention("扬州市数据局", "Agency", 10, 16, 0, "agency")]
    >>> [(m.text, name) for m, name, _ in places_sharing_a_body(text, ms, ms[2], g)]
    [('南京市', '南京市数据局'), ('苏州市', '苏州市数据局')]
    """
    own = leading_regions(body.text, g)[:1]
    if not own or own[0][1] not in g.regions or len(own[0][0]) >= len(body.text) - 1:
        return []
    surface, code = own[0]
    level, rest = g.region(code).level, body.text[len(surface):]
    if leading_regions(rest, g) or ZONE_OPENING.match(rest):
        return []       # 南京市、扬州市江都区数据局; 南京市、苏州市工业园区管委会: the last place's own
    out: list[tuple[Mention, str, str]] = []
    end = body.start
    for m in reversed([m for m in mentions if m.end <= body.start]):
        if m.type != "Region" or text[m.end:end] not in ("、", "和", "及") or m.text[-1] != surface[-1]:
            break
        place_code = region_code(m.text, context, g)
        if place_code not in g.regions or g.region(place_code).level != level:
            break
        out.append((m, g.region(place_code).name + rest, place_code))
        end = m.start
    return out[::-1]


#: A zone's name opening what follows a place (工业园区管委会, 高新区…, 经济技术开发区…).
ZONE_OPENING = re.compile(r"[\u4e00-\u9fff]{0,6}?(?:园区|新区|开发区|高新区|保税区|试验区|示范区)")


def paired_governments(mentions) -> dict[int, str]:
    """The place a government named after its Party committee shares with it (聊城市委、市政府 and 聊城市委市政府:
    聊城 for 市政府), by the government's mention start; it is that place's government, not the page's.

    >>> from govkg.types import Mention
    >>> paired_governments([Mention("襄阳市委", "Agency", 0, 4, 0, "agency"),      # 襄阳市委、市政府印发方案
    ...                     Mention("市政府", "Agency", 5, 8, 0, "paired-government")])
    {5: '襄阳'}
    """
    committees = {m.end: m for m in mentions if m.type == "Agency" and m.text.endswith("委")}
    out = {}
    for m in mentions:
        committee = (committees.get(m.start - 1) or committees.get(m.start)) if m.source == "paired-government" else None
        if committee is not None:
            place = re.sub(r"^中共", "", committee.text[:-1])
            out[m.start] = place[:-1] if place.endswith(m.text[0]) else place
    return out


#: Between two bodies of one list, ties (/) and pairs (和) included.
LIST_GAPS = ("、", "/", "／", "和", "，")


def listed_central_bodies(text: str, mentions, resources: Resources) -> dict[int, str]:
    """Bare names in a list of the State Council's bodies are those bodies' short forms: in
    商务部、卫生健康委/统计局, 卫生健康委 is 国家卫生健康委 and 统计局 国家统计局 (by mention start).

    >>> from govkg.types import Mention
    >>> from govkg.loaders.resources import load_resources
    >>> r = load_resources(use_ner=False)
    >>> text = "商务部、卫生健康委/统计局"
    >>> ms = [Mention("商务部", "Agency", 0, 3, 0, "agency"), Mention("卫生健康委", "Agency", 4, 9, 0, "agency"),
    ...       Mention("统计局", "Agency", 10, 13, 0, "agency")]
    >>> listed_central_bodies(text, ms, r)
    {4: '国家卫生健康委员会', 10: '国家统计局'}
    """
    agencies = resources.agencies
    central = set(agencies) | set(agencies.values())

    def full(name: str) -> str | None:
        for prefix in ("国家", "中国"):
            if prefix + name in central:
                return agencies.get(prefix + name, prefix + name)
        return None

    out: dict[int, str] = {}
    run: list = []
    for before, m in zip([None, *mentions], [*mentions, None]):
        listed = (before is not None and m is not None and before.type == m.type == "Agency"
                  and text[before.end:m.start] in LIST_GAPS)
        if not listed and run:
            if any(r.text in central for r in run):
                for r in run:
                    name = full(r.text) if r.text not in central else None
                    if name:
                        out[r.start] = name
            run = []
        if m is not None and m.type == "Agency":
            run.append(m)
    return out


def _local_department(name: str, resources: Resources) -> bool:
    """A department any place has (财政局, 林业局), not a central body (人民银行, 工业和信息化部) or one that
    names its own place inside (人民银行贵港市分行)."""
    return not (name.startswith(BODY_PREFIX) or name in resources.agencies or name.endswith("部")
                or names_in(name, resources.gazetteer.full_names, resources))


def special_region_opening(name: str, resources: Resources) -> str | None:
    """The place with no code of its own that ``name`` opens on, as written, with more after it
    (贵安新区 of 贵安新区大数据局, 新疆生产建设兵团 of …兵团政务服务中心), else None."""
    return max((n for n in resources.special_regions if name.startswith(n) and len(name) > len(n)), key=len, default=None)


def place_prefix(name: str, g: Gazetteer) -> str | None:
    """The place a body's name opens with: 市 of 市公安局, 防城港市 of 防城港市公安局, else None."""
    regions = leading_regions(name, g)
    if regions:   # (not the country's: 中国人民银行、金融监管总局 are central bodies named in full)
        return None if regions[0][1] == "100000" else "".join(surface for surface, _ in regions)
    level = re.match(r"(自治区|省|市(?!场)|区|县|州|兵团)(?!委|政府)", name)    # (市场监管局: 市场, no city)
    return level.group(1) if level else None


#: Between two bodies of one list of units: 、, 和 or 及, or a comma after the first one's figure
#: (住房和城乡建设局1468件（同比上升22.03%），城市管理局1076件).
UNITS_JOINT = re.compile(r"[、和及]|[\d.]+[^\d，,、。；;]{0,3}(?:[（(][^（()）]{0,24}[）)])?[，,、；;]")   # (住建局99件；公安局77件)
#: How a department's name ends (局, 委, 办, 厅), not a kind of body every place has (政务服务中心, 数据管理部门).
DEPARTMENT_ENDING = re.compile(r"[局委办厅]$")
#: Where the clause a list stands in opens: after a stop, a colon or a line break.
CLAUSE_OPENING = "。；;:：\n"


def listed_units(text: str, mentions) -> set[int]:
    """Starts of the bodies listed beside another body as units a page reports on (受理量前10位的单位：
    市住建委、住房公积金中心、公安局…; 有民政局、卫计局、工商质监局等9个单位): each names one body, even
    bare, where a bare name said once would name nobody. Not a notice's addressees (各省…、党委网信办、
    交通运输厅: each place's own), nor a kind of body every place has (旗本级政务服务中心1个、苏木乡镇便民服务中心10个).

    >>> from govkg.types import Mention
    >>> text = "有民政局、卫计局等单位。各省网信办、交通运输厅。"
    >>> ms = [Mention("民政局", "Agency", 1, 4, 0, "agency"), Mention("卫计局", "Agency", 5, 8, 0, "agency"),
    ...       Mention("网信办", "Agency", 15, 18, 1, "agency"), Mention("交通运输厅", "Agency", 19, 24, 1, "agency")]
    >>> sorted(listed_units(text, ms))
    [1, 5]
    """
    units = sorted((m for m in mentions if m.type == "Agency" or m.source == "town"), key=lambda m: m.start)
    runs: list[list] = []     # (a town is a unit too: 有回马镇、玉峰镇、经信局等17个单位逾期回复)
    for first, second in zip(units, units[1:]):
        if UNITS_JOINT.fullmatch(text, first.end, second.start):
            if runs and runs[-1][-1] is first:
                runs[-1].append(second)
            else:
                runs.append([first, second])
    return {m.start for run in runs if not KINDS_NAMED.match(text, run[-1].end)
            for m in run if m.type == "Agency" and DEPARTMENT_ENDING.search(m.text) and not _addressed_list(text, m.start)}


#: After a list of bare names: kinds of department named by examples (住建局、城管局等多个部门, 公安局、民政局等部门
#: 要加强协作), or whose people or columns are meant (公安局、人社局的业务骨干): no particular bodies.
KINDS_NAMED = re.compile(r"等(?:多个|有关|相关|各|职能)?部门|等(?:多个|有关|相关)(?:单位|机构)|的")


def _addressed_list(text: str, start: int) -> bool:
    """Whether the clause before ``start`` opens with 各 (各省、自治区…数据管理部门、党委网信办、…)."""
    return "各" in text[clause_start(text, start, CLAUSE_OPENING):start]


def place_bare_departments(bare: list[Mention], builder: "EntityBuilder", listed: set[int]) -> None:
    """A bare name that ends exactly one full name of the text is that body; otherwise it names nobody,
    unless it is listed among the units the page reports on (:func:`listed_units`): then it is a body of its own."""
    for m in bare:
        owners = [k for k, t in builder.types.items() if t == "Agency" and builder.names[k].endswith(m.text)
                  and builder.names[k] != m.text]
        if len(owners) == 1:
            builder.add(owners[0], "Agency", builder.names[owners[0]], m)
        elif not owners and m.start in listed:
            builder.add(f"Agency:{m.text}", "Agency", m.text, m)


#: How a national body's name opens (国家知识产权局, 中国人民银行).
NATIONAL_OPENING = re.compile(r"国家|中国|全国|中央|中共中央|国务院")


def merge_second_plaques(text: str, mentions, builder: "EntityBuilder") -> None:
    """中央党校(国家行政学院), 市发展改革委(市大数据发展局): one body under two names (一个机构两块牌子),
    the second in brackets right after the first, or hung beside it (国家信息中心加挂国家电子政务外网管理中心牌子);
    it is one node with both names."""
    agencies = [m for m in mentions if m.type == "Agency"]
    for first, second in zip(agencies, agencies[1:]):
        bracketed = text[first.end:second.start] in ("(", "（") and text[second.end:second.end + 1] in (")", "）")
        if bracketed or (text[first.end:second.start] in ("加挂", "同时加挂") and text.startswith("牌子", second.end)):
            a = builder.mention_entity.get((first.start, first.end))
            b = builder.mention_entity.get((second.start, second.end))
            if a and b and a != b and a in builder.names and b in builder.names:
                if NATIONAL_OPENING.match(builder.names[b]) and not NATIONAL_OPENING.match(second.text) \
                        and not NATIONAL_OPENING.match(builder.names[a]):
                    builder.move_mention(second, a)   # 省市场监管局(知识产权局): the province's own second plaque,
                    continue                          # not the national body the short name stands for elsewhere
                builder.merge(b, a)


def _region_around(prefix: str, code: str | None, g: Gazetteer) -> bool:
    """Whether ``prefix`` is the name of a region holding the region ``code``."""
    codes = g.full_names.get(prefix) or g.short_names.get(prefix) or ()
    return bool(code) and any(c != code and g.contains(c, code) for c in codes)


def _is_region_name(name: str, g: Gazetteer) -> bool:
    return name in g.full_names or name in g.short_names or name[:-1] in g.short_names


def _region_prefix(name: str) -> str:
    """The place a name opens with, with its level word: 上海市卫健委 → 上海市."""
    m = re.match(r"[\u4e00-\u9fff]{2,8}?(省|市|自治区|区|县|州)", name)
    return m.group(0) if m else ""


#: A town's name right after its county's inside a body's name (蓬溪县|赤城镇|综治中心).
TOWN_AFTER_PLACE = re.compile(r"[\u4e00-\u9fff]{2,4}?(?:镇|乡|街道)(?=[\u4e00-\u9fff]{2,})")


def is_abbreviation(short: str, full: str) -> bool:
    """省大数据局 abbreviates 省大数据发展管理局: same start and suffix, characters in order.

    >>> is_abbreviation("浙江省大数据局", "浙江省大数据发展管理局")
    True
    >>> is_abbreviation("浙江省人民政府", "浙江省人民政府办公厅")
    False
    >>> is_abbreviation("山东省政府办", "山东省政府办公厅"), is_abbreviation("福州市大数据委", "福州市大数据发展管理委员会")
    (True, True)
    >>> is_abbreviation("市数据局", "市政务服务和大数据管理局")   # the data bureau that took over from it
    False
    >>> is_abbreviation("贵州省委政法委", "中共贵州省委政法委员会"), is_abbreviation("国办电子政务办", "国务院办公厅电子政务办")
    (True, True)
    >>> is_abbreviation("湖南省民政厅", "湖南省人民政府办公厅"), is_abbreviation("湖北省纪委监委", "湖北省大冶市纪委监委")
    (False, False)
    >>> is_abbreviation("湖北省武汉市纪委监委", "湖北省武汉市江岸区纪委监委")
    False
    """
    if len(short) >= len(full):
        return False
    short, full = _written_out(short), _written_out(full)
    if short == full:
        return True    # 国办电子政务办: 国务院办公厅电子政务办 written short
    if len(short) >= len(full) or short[:2] != full[:2]:
        return False
    rest = short[len(_region_prefix(short)):]
    if len(rest) < 2:
        return False   # 上海市委 is no short form of 上海市卫健委: nothing but the place and one character
    places = _places_opening(short)
    if places and full.startswith(places) and len(short) > len(places) and (
            _region_prefix(full[len(places):]) or TOWN_AFTER_PLACE.match(full, len(places))):
        return False   # 湖北省纪委监委 is no short form of 湖北省大冶市纪委监委: the province's body, not its city's
        #                (nor 蓬溪县综治中心 of 蓬溪县赤城镇综治中心: the county's, not its town's)
    same_end = short[-1] == full[-1] or (short.endswith("办") and full.endswith(("办公室", "办公厅"))) \
        or (short.endswith("委") and full.endswith("委员会"))     # (省政府办: 省政府办公厅; 大数据委: …委员会)
    if (office := GOVERNMENT_OFFICE.search(short)) and not full.endswith(office.group()):
        return False   # 合江县人民政府办公室 is a body of its own, not short for …人民政府信息公开办公室
    if full.endswith(("办公厅", "办公室")) and "办" not in short:
        return False   # 湖南省民政厅 is no short form of 湖南省人民政府办公厅, though its characters run in order
    if "大数据" in full and short.endswith("数据局") and "大数据" not in short:
        return False   # 数据局 is the bureau the 2023 reform set up, often beside the 大数据管理局 it replaced
    it = iter(full)
    return same_end and all(ch in it for ch in short)


def _places_opening(name: str) -> str:
    """Every place a body's name opens on, with their level words (湖北省武汉市纪委监委 → 湖北省武汉市)."""
    places = ""
    while (prefix := _region_prefix(name[len(places):])) and len(places) + len(prefix) < len(name):
        places += prefix
    return places


def _written_out(name: str) -> str:
    """A body's name with the short forms it may open on written out (国办 → 国务院办公厅) and without the
    Party's name before a place's committee (中共贵州省委… → 贵州省委…), so that short and full forms compare."""
    for short, full in LEADING_SHORT_FORMS:
        if name.startswith(short) and not name.startswith(full):
            return full + name[len(short):]
    return name[2:] if name.startswith("中共") and not name.startswith("中共中央") else name


#: Short forms a body's name opens on, and what they stand for.
LEADING_SHORT_FORMS = (("国办", "国务院办公厅"), ("中办", "中共中央办公厅"))


#: A government's general office, a whole name: what a longer name inserts before 办公室 is another office.
GOVERNMENT_OFFICE = re.compile(r"政府办公(?:室|厅)$")


def _plain_government(name: str) -> str:
    """A body's name with 人民政府 written 政府 and a closing 办公室 written 办, the ways its short forms drop them.

    >>> _plain_government("青浦区人民政府办公室"), _plain_government("县政府办")
    ('青浦区政府办', '县政府办')
    """
    return re.sub(r"办公室$", "办", name.replace("人民政府", "政府"))


def _one_body(keys: list[str], builder: "EntityBuilder") -> list[str]:
    """Bodies one name ends all the others (青浦区政务服务办公室, 上海市青浦区政务服务办公室): one body with more
    of its places written, the fullest kept; else all of them."""
    if len(keys) < 2:
        return keys
    names = sorted((builder.names[k], k) for k in keys)
    shortest = min((n for n, _ in names), key=len)
    if all(n.endswith(shortest) for n, _ in names):
        return [max(names, key=lambda nk: len(nk[0]))[1]]
    return keys


#: How the name of a body ends, written before one of its units (绵阳市公安局|城北公安分局).
PARENT_BODY_END = re.compile(r"(?:局|厅|委|部|院|办公室|办公厅)$")


def merge_abbreviated_agencies(builder: "EntityBuilder", g: Gazetteer | None = None, local: str | None = None) -> None:
    agencies = [k for k, t in builder.types.items() if t == "Agency"]
    if g is not None:   # 市政务服务和数据管理局 next to 深圳市政务服务和数据管理局: the same body
        for short in agencies:
            name = builder.names.get(short, "")
            if name[:1] in ("省", "市", "区", "县", "州"):
                bare = _plain_government(name)     # (区政府办公室 of 青浦区人民政府办公室, 县政府办 of …县人民政府办公室)
                fulls = [k for k in agencies if k != short and k in builder.names
                         and (full := _plain_government(builder.names[k])).endswith(bare) and len(full) > len(bare)
                         and (place := places_only(full[: -len(bare)] + bare[0], g)) is not None
                         and (builder.names[k].endswith(name) or is_or_holds(place, local, g))]
                #  (written otherwise than the short name, only the page's own place's: 会泽县's 县政府办公室
                #   is not 富源县人民政府办公室, named on 会泽县's page; its place maybe under its city's name:
                #   区数据局 of 无锡市滨湖区数据局)
            elif not builder.agency_regions.get(short):   # 高新区行政审批局 next to 苏州高新区行政审批局
                fulls = [k for k in agencies if k != short and k in builder.names and builder.names[k].endswith(name)
                         and (_is_region_name(builder.names[k][: -len(name)], g)
                              or (len(name) >= 4 and PARENT_BODY_END.search(builder.names[k][: -len(name)])))]
                #  (城北公安分局 next to 绵阳市公安局城北公安分局: the unit, its parent body written before it)
            else:   # 濮阳县政务服务中心 next to 河南省濮阳县政务服务中心: the same body, its province written
                own = builder.agency_regions[short][0][1]
                fulls = [k for k in agencies if k != short and k in builder.names and builder.names[k].endswith(name)
                         and _region_around(builder.names[k][: -len(name)], own, g)]
            fulls = _one_body(fulls, builder)
            if len(fulls) == 1 and short in builder.names:
                builder.merge(short, fulls[0])
    for short in agencies:
        if short not in builder.names:
            continue   # already merged
        fulls = [k for k in agencies if k != short and k in builder.names
                 and is_abbreviation(builder.names[short], builder.names[k])
                 and not (builder.names[k].startswith(builder.names[short])
                          and len(builder.names[k]) - len(builder.names[short]) >= 3)]
        #  (山东省人大常委会 of 山东省人大常委会法制工作委员会: the body its unit is named after, not a short form; but
        #   市纪委 of 市纪委监委 is the one body under its two plaques)
        if len(fulls) == 1:
            builder.merge(short, fulls[0])
