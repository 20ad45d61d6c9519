"""Relations that names and knowledge give, with no verb: 天津网信办 is 天津's; 广西电子政务网 serves
广西; “湘易办”总门户 is part of 湘易办; 粤省事 serves 广东 (粤 is its abbreviation); 长春市 lies in 吉林省;
a title's issuer (中共中央 国务院关于…的意见).
"""
from __future__ import annotations

import re

from ..types import Entity, Relation, Sentence
from .generic_platforms import is_standard_platform
from .named import Named, make_relation
from .places import BRANCH_WORDS, PLACE_BRANCH, leading_regions
from .recognize import PLACE_MEDIA
from .recognize_agencies import platform_of_centre
from .resolve_platforms import PLACE_PORTAL
from .recognize_accounts import release_account_place
from .recognize_platforms import BODYS_HOTLINE
from .recognize_zones import ZONE, ZONE_WORDS   # (a zone for one place serves it as a branch does)
from .resources import COUNTRY, Gazetteer, Resources, strip_region_suffix
from .resolve_platforms import WHAT_THE_WHOLE_IS, WORD_GOES_ON


#: What follows the larger body in 甲是乙的直属单位 / 作为乙的内设机构.
SUBORDINATE = r"的?(下属|直属|所属|内设)"


#: The ending of a unit under a body (a centre, institute, office), written right after its parent's name.
UNIT_OF_A_BODY = re.compile(r"(中心|研究院|研究所|学院|办公室)[”]?$")


#: What a unit's name adds to its body's: a department, division or research unit (…信息化司, …传播处, …研究中心).
UNIT_AFTER_BODY = re.compile(r"[\u4e00-\u9fff]{2,14}(?:(?<!公)司|处|科|股|研究中心|研究院|研究所|实验室|发展中心|评测中心|情报所)$|"
                             r"[\u4e00-\u9fff]{0,14}(?:信息中心|数据中心)$|(?<!管理)办公室$|"
                             r"(?<=常委会)[\u4e00-\u9fff]{0,10}?(?:工作委员会|委员会|工委|办公厅|研究室)$")
#   (某局 + 办公室: its general office; 省人大常委会 + 法制工作委员会, 法工委: a standing committee's working bodies;
#   a team a body sends, 全国人大常委会执法检查组, is related by relate_known.teams_part_of_bodies wherever it is named)


def bodies_opening(names: tuple[str, ...], entities: dict[str, Entity], fits) -> dict[str, int]:
    """Each body (agency or organization) one of whose names opens one of ``names``, where ``fits(name,
    length)`` accepts it, with the longest such length: the bodies a title or a unit is named after."""
    out = {}
    for key, o in entities.items():
        if o.type in ("Agency", "Organization"):
            lengths = [len(a) for nm in names for a in (o.name,) + o.aliases if nm.startswith(a) and fits(nm, len(a))]
            if lengths:
                out[key] = max(lengths)
    return out


def unit_named_after(unit: Entity, entities: dict[str, Entity], skip: set[str]) -> str | None:
    """The body (of those not in ``skip``) whose full name opens ``unit``'s, if what follows names a
    department or research unit of it: 农业农村部市场和信息化司 is 农业农村部's (the longest such body)."""
    others = {key: o for key, o in entities.items() if key != unit.key and key not in skip}
    bodies = bodies_opening((unit.name,), others, lambda name, n: n >= 3 and UNIT_AFTER_BODY.fullmatch(name, n))
    return max(bodies, key=bodies.get) if bodies else None


def written_as_unit(parent: Named, unit: Named) -> bool:
    """工信部中国软件评测中心: a unit written right after the body it belongs to, with nothing between."""
    return unit.start == parent.end and bool(UNIT_OF_A_BODY.search(unit.text))
#: Between a place and its quoted service brand: 宁夏政务服务“一张网”, 江苏数字政府“我的江苏”.
SERVICE_WORDS = re.compile(r"(?:地区)?(?:政务服务|数字政府|政务|网上政务服务)?“?")


#: Between a body's name and the quoted name of its account or app: the kind of account (官方微信小程序, 的微信公众号).
OWN_ACCOUNT_GLUE = re.compile(r"的?(?:官方)?(?:微信)?(?:公众号|服务号|订阅号|小程序|微博|抖音号|视频号|头条号|APP|App|客户端)[:：]?")


#: A news outlet's name: 人民网, 泸州新闻网, 河北日报, 湖南卫视 (not a company's).
OUTLET = re.compile(r"(?:[^政务]网|日报|晚报|报社|电视台)$")   # (新闻网, 人民网; not 政务网, a government's site)


#: A kind of centre every place has, named with no place: what a standard or guide is about, not its issuer.
KIND_OF_CENTRE = re.compile(r"(?:政务服务|行政服务|便民服务|市民服务|综合服务|公共资源交易|党群服务|社区服务|(?:12345)?热线|大数据)(?:中心|大厅)")


def name_relations(s: Sentence, named: list[Named], entities: dict[str, Entity], resources: Resources) -> list[Relation]:
    """What adjacent names say: 上海“一网通办” serves 上海; 上海市大数据中心“一网通办”总门户 operated by it."""
    apps = resources.apps
    out = []
    for a, b in zip(named, named[1:]):
        if b.start - a.end > 12:
            continue
        glue = s.text[a.end - s.start:b.start - s.start]
        quoted = "“" in s.text[b.start - s.start - 1:b.start - s.start + 1]
        if a.type == "Agency" and b.type == "Platform" and quoted and OWN_ACCOUNT_GLUE.fullmatch(glue.rstrip("“")) \
                and not re.search(r"[和与及、]$", s.text[:a.start - s.start]):   # (A局和B局的小程序“X”“Y”: whose is which?)
            out.append(make_relation("operates", a.key, b.key, s, a.start, b.end, 0.8, "agency-account"))
            continue      # 山东省医保局官方微信小程序“鲁医保”: the body's own account, by its name
        if b.start - a.end > 7:
            continue
        if a.type == b.type == "Platform" and glue in ("", "“") and quoted and a.text.startswith(("全国", "国家")) \
                and "政务服务" in a.text and PLACE_PORTAL.search(b.text) and a.key != b.key:
            out.append(make_relation("partOf", b.key, a.key, s, a.start, b.end, 0.7, "national-node"))
            continue      # 全国一体化在线政务服务平台“辽宁政务服务网”: the province's node of the country's platform
            #               (not an app or code, “陕西一码通”, nor another national platform's part, 国家中小学智慧教育平台“…”)
        if a.type == "Region" and b.type == "Platform" and glue and SERVICE_WORDS.fullmatch(glue) and quoted:
            out.append(make_relation("serves", b.key, a.key, s, a.start, b.end, 0.7, "region-service-brand"))
            continue      # 宁夏政务服务“一张网”: the place's service brand
        if a.type == "Organization" and b.type == "Platform" and glue in ("", "《", "的", "的《") \
                and OUTLET.search(a.text) and not b.text.startswith(a.text):
            out.append(make_relation("operates", a.key, b.key, s, a.start, b.end, 0.7, "outlet-column"))
            continue      # 人民网《领导留言板》, 泸州新闻网“有话请您说”网络问政平台: the outlet's own board or column
        if glue not in ("", "的", "的“"):
            continue      # (杭州的“民呼我为”: the quote opens the name)
        if a.type == "Region" and b.type == "Platform":
            if not _names_a_place_within(b.text, entities.get(a.key), resources.gazetteer):
                out.append(make_relation("serves", b.key, a.key, s, a.start, b.end, 0.75, "region-platform"))
        elif a.type == "Agency" and b.type == "Platform":
            out.append(make_relation("operates", a.key, b.key, s, a.start, b.end, 0.8, "agency-platform"))
        elif a.type == "Region" and b.type == "Region" and not _known_apart(entities.get(a.key), entities.get(b.key), resources.gazetteer):
            out.append(make_relation("partOf", b.key, a.key, s, a.start, b.end, 0.9, "region-region"))
        elif a.type == b.type == "Agency" and written_as_unit(a, b):
            out.append(make_relation("partOf", b.key, a.key, s, a.start, b.end, 0.7, "body-unit"))   # 工信部中国软件评测中心
    for n in named:
        e = entities.get(n.key)
        if n.type == "Platform":
            out += _platform_name_relations(s, n, entities, resources.gazetteer)
            out += _group_platform(s, n, entities, resources.region_groups)
        if n.type in ("Report", "Policy") and e:
            relation = by_its_title(e)
            # 湖南省人民政府办公厅关于…: the longest body the title opens with, not 湖南省人民政府
            issuers = bodies_opening((e.name,) + e.aliases, entities,
                                     lambda name, n: 2 <= n < len(name) and not KIND_OF_CENTRE.fullmatch(name, 0, n))
            #   (not 政务服务中心运行规范: a standard for every centre, issued by none of them)
            longest = max(issuers.values(), default=0)
            for other_key, length in issuers.items():
                if length == longest:
                    out.append(make_relation(relation, n.key, other_key, s, n.start, n.end, 0.6, "named-after-issuer"))
        if n.type == "Agency" and e:
            for other in named:
                o = entities.get(other.key)
                if other.type == "Agency" and o and other.key != n.key and e.name.startswith(o.name) \
                        and not OWN_OFFICE.match(e.name, len(o.name)):
                    out.append(make_relation("partOf", n.key, other.key, s, n.start, n.end, 0.6, "agency-name"))
        if n.type == "Agency" and e:     # (an organization's units are no gk:partOf: the shapes allow bodies only)
            parent = unit_named_after(e, entities, {other.key for other in named})
            if parent:   # 上海市网信办网络新闻信息传播处, 农业农村部信息中心: a unit of a body the page names
                out.append(make_relation("partOf", n.key, parent, s, n.start, n.end, 0.6, "unit-name"))

    # 广州12345政府服务热线受理中心: the centre runs the platform it is named after (named anywhere in the text)
    for n in named:
        runs = platform_of_centre(n.text) if n.type == "Agency" else None
        if runs:
            for p in entities.values():
                if p.type == "Platform" and runs in (p.name,) + p.aliases:
                    out.append(make_relation("operates", n.key, p.key, s, n.start, n.end, 0.6, "platform-centre"))
    # 甲是乙下属的事业单位 / 乙下属的甲 / 乙所属甲 / 作为乙的内设机构，甲… / 甲挂牌在乙: 甲 is part of 乙
    for a, b in zip(named, named[1:]):
        if a.type == b.type == "Agency":
            between = s.text[a.end - s.start:b.start - s.start]
            after = s.text[b.end - s.start:b.end - s.start + 12]
            if re.fullmatch(r"[，,]?(是|为|系|作为|是作为)", between) and re.match(SUBORDINATE, after):
                out.append(make_relation("partOf", a.key, b.key, s, a.start, b.end, 0.8, "subordinate"))
            elif re.fullmatch(r"的?(下属|直属|所属|内设)的?", between):
                out.append(make_relation("partOf", b.key, a.key, s, a.start, b.end, 0.8, "subordinate"))
            elif s.text.endswith("作为", 0, a.start - s.start) and re.fullmatch(SUBORDINATE + r"[^，,。；]{0,6}[，,]", between):
                out.append(make_relation("partOf", b.key, a.key, s, a.start, b.end, 0.8, "subordinate"))
            elif re.fullmatch(r"[，,]?[^。；，,]{0,4}(挂牌在|设在|挂靠在|挂靠|隶属于|隶属)", between):
                out.append(make_relation("partOf", a.key, b.key, s, a.start, b.end, 0.75, "housed-in"))
    # “赣服通”平台开通“疫情服务”专区 / “浙里办”…，前不久新上线“好差评”系统: a part the platform opened
    for a, b in zip(named, named[1:]):
        if a.type == b.type == "Platform" and a.key != b.key and PART_WORD.search(b.text) \
                and OPENS_A_PART.search(s.text[a.end - s.start:b.start - s.start]) \
                and PART_WORD.sub("", b.text).strip("“”") not in apps:   # 新上线的“粤商通”系统: another app
            out.append(make_relation("partOf", b.key, a.key, s, a.start, b.end, 0.7, "opens-a-part"))
    # 移动端“随申办”: a mobile end of the platform named before it in the sentence
    for a in named:
        if a.type != "Platform":
            continue
        before = s.text[max(0, a.start - s.start - 4):a.start - s.start]
        if re.search(r"(移动端|客户端|小程序|APP|App)$", before):
            earlier = [p for p in named if p.type == "Platform" and p.end <= a.start and p.key != a.key]
            if earlier:
                out.append(make_relation("partOf", a.key, earlier[-1].key, s, earlier[-1].start, a.end, 0.7, "mobile-end"))
    return out


def _names_a_place_within(name: str, place: Entity | None, g: Gazetteer) -> bool:
    """吉林省“汪清县人民政府”网, 绍兴市“绍兴市上虞区…”网: the platform's own name writes a place inside the one
    written before it, and serves that smaller place (found by its name), not the larger one.

    A place's code is held in the gazetteer; a name opening on none, or on the same place, names none within.
    """
    code = place.region_code if place else None
    return bool(code) and any(smaller and smaller != code and g.contains(code, smaller)
                              for _, smaller in leading_regions(name.strip("“”"), g))


def _platform_name_relations(s: Sentence, n: Named, entities: dict[str, Entity], g: Gazetteer) -> list[Relation]:
    out, places, bodys_line, wholes = [], [], False, []
    e = entities[n.key]
    names = tuple(re.sub(r"^[a-z](?=[\u4e00-\u9fff])", "", nm.replace("“", "").replace("”", ""))   # i西安APP: 西安's
                  for nm in (e.name,) + e.aliases)                                              # (“湘易办”长沙专区)
    for other_key, other in entities.items():
        if other_key == n.key:
            continue
        if other.type == "Platform" and _part_by_name(names, other):
            wholes.append(other_key)
        if other.type == "Agency" and any(nm.startswith(a) for nm in names for a in (other.name,) + other.aliases if len(a) >= 3):
            out.append(make_relation("operates", other_key, n.key, s, n.start, n.end, 0.8, "agency-in-name"))
        if other.type == "Agency" and e.name.startswith(other.name) and BODYS_HOTLINE.fullmatch(e.name, len(other.name)):
            bodys_line = True
        if other.type == "Region" and (any(_names_the_place(nm, a) for nm in names for a in (other.name,) + other.aliases if len(a) >= 2)
                                       or any(_opens_a_part(nm, short) or nm.endswith(tuple(short + w for w in BRANCH_WORDS + ZONE_WORDS))
                                              for nm in names for short in _short_place_names(other))):
            places.append(other)
    if wholes:    # 浙江政务服务网统一公共支付平台杭州平台: part of the payment platform, which is part of the portal
        whole = max(wholes, key=lambda k: len(entities[k].name))
        out.append(make_relation("partOf", n.key, whole, s, n.start, n.end, 0.8, "platform-name"))
    if e.name.startswith("全国") and COUNTRY in entities:
        places.append(entities[COUNTRY])   # 全国一体化政务服务平台: the country's, where the text names it
    if PLACE_MEDIA.search(e.name) or NEWS_APP.search(e.name):
        places = []   # 河北日报客户端, 浙江新闻客户端: a paper's channel, named after its place, serves no one there
    if e.mentions and all(m.source in ("account-handle", "account-listed") for m in e.mentions) \
            and not (release_account_place(e.name, g) and len(places) == 1):
        places = []   # @上海交通, @武汉消防: a body's account, named after its place, is read there, it serves no one
    if BODYS_SITE.search(e.name) or bodys_line:
        places = []   # 贵阳市大数据发展管理局网站, 天津市人社局服务热线: the body's own site or line, named after
        #               its place, serves no one there
    if re.search(r"‘[^‘’]+’$", e.name):
        places = []   # 安徽省政务服务网‘人社便民e站’: the place names the whole, whose part this is
    if re.match(r"中国[—\-－–]", e.name):
        places = []   # 中国—东盟信息港: the two partners' platform, named after both, serves neither alone
    written = leading_regions(e.name, g)     # 贵州省镇远县政务服务大厅: the county's, even where the page names it nowhere else
    if written and TOWN_OPENING.match(e.name, sum(len(w) for w, _ in written)):
        places = [p for p in places if not p.region_code]   # 上虞区长塘镇人民政府网: the town's, not the district's
    deepest = written[-1][1] if len(written) > 1 else None
    for place in places:      # 安徽政务服务网涡阳分厅 serves 涡阳县, not all 安徽省 too
        if not any(place.region_code and smaller.region_code and place.region_code != smaller.region_code
                   and g.contains(place.region_code, smaller.region_code) for smaller in places) \
                and not (deepest and place.region_code and place.region_code != deepest
                         and g.contains(place.region_code, deepest)):
            out.append(make_relation("serves", n.key, place.key, s, n.start, n.end, 0.75, "region-in-name"))
    return out


def _known_apart(outer: Entity | None, inner: Entity | None, g: Gazetteer) -> bool:
    """Two places written together (佛山东莞, a page's keywords) that the gazetteer knows are not one inside
    the other: no part of it, unlike 成都都江堰市."""
    a, b = (getattr(e, "region_code", None) for e in (outer, inner))
    return bool(a and b and a in g.regions and b in g.regions) and not g.contains(a, b)


#: After a body's name inside another's: its general office or the office that manages it (国务院 + 办公厅…,
#: 某行政服务中心 + 管理办公室): a body of its own, annotators do not make it a part (某局 + 办公室 is).
OWN_OFFICE = re.compile(r"(?:办公厅|管理办公室)")
#: A body's own website, named after the body (某市自然资源局网站, 某考试院门户网站, 某局官网).
BODYS_SITE = re.compile(r"(?:局|委|委员会|办|办公室|院|厅|中心|公司|所|站|馆|队|处)(?:门户)?(?:网站|官网|网)$")
#: A town's body, opening what a platform's name writes after its county (…上虞区 + 长塘镇人民政府网).
TOWN_OPENING = re.compile(r"[\u4e00-\u9fff]{2,3}?(?:镇|乡|街道)(?=人民政府|政府|办事处|便民服务|党群服务|政务服务)")
#   (not 浙江省数字乡村服务平台: 数字乡 is no town)
#: A news outlet's own app (浙江新闻客户端), beside the papers and stations of PLACE_MEDIA: the outlet's, not a
#: government's service.
NEWS_APP = re.compile(r"新闻(?:客户端|APP|App)")
#: A platform that opens one of these (专区, 系统 …) has it as a part; the verb stands in the platform's
#: clause, or opens the next one after a time word (…，前不久新上线政务服务“好差评”系统).
PART_WORD = re.compile(r"(专区|专栏|频道|模块|系统|子系统)$")
OPENS_A_PART = re.compile(r"(?:^[^，。；,]{0,12}?|[，,](?:前不久|近日|日前|近期|目前|同时|此外|还|并|今年|去年)*)"
                          r"(?:新)?(?:开通|上线|推出|设立|开设|新增|开辟|增设)了?[^，。；,“]{0,8}[“]?$")
PART_AFTER_WHOLE = re.compile(r"(总门户|门户|门户网站|平台|APP|App|小程序|移动端|客户端|专区|分厅|旗舰店|PC端|·.{2,12}|(?:APP|App|app|客户端|小程序)?‘.{2,12}’|"
                              + ZONE + "|"                             # “跨省通办”服务专区, 长沙专区: a zone
                              r"(?:APP|App|app|客户端|小程序)?" + PLACE_BRANCH.pattern + "|"   # 安徽政务服务网 + 涡阳分厅,
                              #                                             爱山东 + APP济南分厅: a place's branch
                              r"[\u4e00-\u9fff]{1,3}端(APP|App|app|小程序)|"    # …政务服务网 + 调度端APP: one of its ends
                              r"[\u4e00-\u9fffA-Za-z]{2,12}(系统|子系统|专区|模块|数据库|平台)|"   # …政务服务网 + 统一公共支付平台
                              r"(?:[\u4e00-\u9fff]{1,4}|[A-Za-z]{2,8})版|"        # 中央政府门户网站 + 英文版, 适老版
                              r"(?:微信)?公众号|微博|视频号|抖音号|(?:电视)?频道|专题页面?|专栏)")     # its channels and pages


#: How a portal's or platform's name ends, which may have platforms of its own as parts (…政务服务网, …政务服务平台).
PORTAL_END = re.compile(r"(?:网|网站|门户|平台|大厅|政务云)$")


def _group_platform(s: Sentence, n: Named, entities: dict[str, Entity], groups: dict[str, tuple[str, ...]]) -> list[Relation]:
    """长三角地区政务服务“一网通办”, “京津冀+雄安”…平台: a platform named after a group of provinces serves each
    member the text names (region_groups.tsv)."""
    e = entities.get(n.key)
    before = s.text[max(0, n.start - s.start - 12):n.start - s.start]    # 长三角地区政务服务“一网通办”: the group before it
    members = {code for group, codes in groups.items() if e is not None and (
        group in e.name or re.search(re.escape(group) + r"(?:地区|区域)?(?:政务服务|数字政府|政务)?“?$", before)) for code in codes}
    return [make_relation("serves", n.key, f"Region:{code}", s, n.start, n.end, 0.7, "group-in-name")
            for code in sorted(members) if f"Region:{code}" in entities]


def _part_by_name(names: tuple[str, ...], whole: Entity) -> bool:
    """A platform named by the whole's name, or by the article's short name for it, and a part's
    word (“一网通办”总门户, 省平台移动政务服务应用管理系统)."""
    if set(names) & set(whole.aliases):
        return False
    wholes = [w for w in (whole.name,) + whole.aliases if len(w) >= (2 if w == whole.name else 3)]
    rests = [nm[len(w):] for nm in names for w in wholes if nm.startswith(w) and nm != w]
    return bool(rests) and bool(PART_AFTER_WHOLE.fullmatch(rests[0])) and not WHAT_THE_WHOLE_IS.fullmatch(rests[0]) \
        and not WORD_GOES_ON.match(rests[0]) \
        and not (rests[0].endswith("平台") and rests[0] != "平台" and not PORTAL_END.search(whole.name))
    #   (天府通办|一体化政务服务平台: an app described, not a part; 浙江政务服务网|统一公共支付平台 is a portal's part)


def _short_place_names(region: Entity) -> tuple[str, ...]:
    """A province's, city's, district's or county's name without its level (武昌区 → 武昌).

    >>> _short_place_names(Entity("Region:420106", "Region", "武昌区")), _short_place_names(Entity("R", "Region", "湖北省"))
    (('武昌',), ('湖北',))
    >>> _short_place_names(Entity("Region:450000", "Region", "广西壮族自治区"))
    ('广西',)
    """
    if region.name.endswith("自治区"):      # 广西壮族自治区 → 广西, 内蒙古自治区 → 内蒙古
        return (re.sub(r"(壮族|回族|维吾尔)?自治区$", "", region.name),)
    short = strip_region_suffix(region.name, ("省", "市", "区", "县"))
    return (short,) if short != region.name else ()


#: A zone named after its city is not the city: 兰州新区, 苏州高新区.
ZONE_AFTER_CITY = re.compile(r"(新区|高新区|经开区|开发区|自贸区|保税区|综保区|新城)")


def _names_the_place(name: str, place: str) -> bool:
    """Whether ``place`` stands in the platform's name as itself, not as the start of a zone's name.

    >>> _names_the_place("贵州政务服务网", "贵州"), _names_the_place("甘肃政务服务网兰州新区子站", "兰州")
    (True, False)
    """
    at = name.find(place)
    while at >= 0:
        if not ZONE_AFTER_CITY.match(name, at + len(place)):
            return True
        at = name.find(place, at + 1)
    return False


def _opens_a_part(name: str, short: str) -> bool:
    """Whether ``short`` opens the name or the part after its dot (武昌 in 鄂汇办·武昌旗舰店,
    南京 in 我的南京, e福州), not anywhere in it: a short place name is often a common word
    (公安, 光明, 新华), so 湖北公安政务服务平台 says nothing of 公安县; nor before a level
    of its own (吉林省… is the province's, not 吉林市's).

    >>> _opens_a_part("鄂汇办·武昌旗舰店", "武昌"), _opens_a_part("湖北公安政务服务平台", "公安")
    (True, False)
    >>> _opens_a_part("我的南京", "南京"), _opens_a_part("吉林省政务服务平台", "吉林")   # 吉林省, not 吉林市
    (True, False)
    >>> _opens_a_part("海南藏族自治州政务网", "海南"), _opens_a_part("爱辉政务服务网", "爱辉")
    (False, True)
    """
    if short not in name:
        return False
    for part in name.split("·"):
        for opening in {0, PART_PREFIX.match(part).end()}:     # 爱辉政务服务网: 爱 may be the place's own
            if part.startswith(short, opening) and not OWN_LEVEL.match(part, opening + len(short)):
                return True
    return False


PART_PREFIX = re.compile(r"(我的|爱|掌上|智慧|慧|[ie])?")   # (我的南京, 爱山东, i西安, 慧滁州: a place named after a prefix)
OWN_LEVEL = re.compile(r"[省市区县州]|[\u4e00-\u9fff]{0,5}自治[州县区旗]")


def unmentioned_platforms(entities: dict[str, Entity], by_sentence: dict[int, list[Named]], sentences,
                          g: Gazetteer) -> list[Relation]:
    """What the name says of a platform named only inside another name (甘肃政务服务网 in 甘肃政务服务网
    兰州新区子站, 广州12345政府服务热线 in …受理中心): the sentences' rules never see it on its own."""
    seen = {n.key for names in by_sentence.values() for n in names}
    out = []
    for key, e in entities.items():
        if e.type == "Platform" and key not in seen and e.mentions:
            m = e.mentions[0]
            s = sentences[m.sentence]
            here = Named(key, e.type, m.start, m.end, e.name)
            out += _platform_name_relations(s, here, entities, g)
    return out


def by_its_title(document: Entity) -> str:
    """How a document relates to the body its title opens on: an official document's title (某办公厅关于…情况的
    通报, 某市人民政府关于…情况的报告) and a policy's name who issued it; a body's own yearly report (某局2022年…
    年度报告) is published by it."""
    return "publishedBy" if document.type == "Report" and "关于" not in document.name[2:] else "issuedBy"


#: A hotline or mailbox named by the level of its government, not its place: 市12345热线, 区长信箱.
GOVERNMENT_LEVEL = re.compile(r"^(?:全|我|本)?(省|市|区|县|旗)(?:级|长|委)?")
#: A platform named by its government's level word alone (省营商环境监测督导平台, 自治区政务数据共享交换平台,
#: 市大数据安全开放平台): the page's own province's, region's or city's (not 市场…, 区块链…, 县域…).
#: A body's own site or system (省发改委网站, 市政府门户网站, 省平台…管理系统): run by it, serving no place.
BODYS_OWN = re.compile(r"(网站|门户|官网|管理系统)$|局|厅|委|办|政府|平台.")
OWN_LEVEL_NAME = re.compile(r"^(省|市|自治区|区|县|旗)(?!场|块|域|民|级|长|委|直|属|县|区|内|外|州|舰|下|帜)")


#: A leader's mailbox: 市长信箱, 区长信箱, 书记县长信箱.
MAILBOX_NAME = re.compile(r"信箱$")


def _place_of_a_body_before(named: list[Named], n: Named, entities: dict[str, Entity], places: dict[str, str]) -> str | None:
    """The page's own place written at the head of a body named before ``n`` in the sentence (九江市大数据中心
    介绍，…电子政务外网改造: 九江市), the narrowest if several."""
    bodies = [m.text for m in named if m.type == "Agency" and m.end <= n.start]
    for level in ("县", "区", "市", "省"):
        place = entities.get(places.get(level) or "")
        if place is not None and any(b.startswith(form) for b in bodies for form in (place.name, *place.aliases)):
            return place.key
    return None


def _page_place_if_one_is_named(named: list[Named], places: dict[str, str]) -> str | None:
    """The page's narrowest place, where the sentence names a place after the platform (电子政务外网实现湘潭县
    所有行政村全覆盖). (全县, 县、乡、村 or 县大数据中心 alone, tried: four wrong on the read pages, none right.)"""
    if not any(m.type == "Region" for m in named):
        return None
    return next((places[w] for w in ("县", "区", "市", "省") if places.get(w)), None)


def own_place_platforms(s: Sentence, named: list[Named], entities: dict[str, Entity],
                        places: dict[str, str], resources: Resources) -> list[Relation]:
    """Platforms named by their government's level, not their place, on a page about one place serve
    that place (``places``: what 省/市/区/县 stand for there, :func:`~govkg.loaders.places.own_places`); the
    relation is inferred, the place being the page's, not the sentence's (annotators mark it so):

    - hotlines (市12345热线; not a leader's mailbox, 区长信箱); a 12345 line named with no level word (12345市民热线)
      serves the page's own county or district, else its city (not a province: a province's page names
      its own line);
    - a platform named by the level word alone (省营商环境监测督导平台) its place of that level's;
    - the platforms every government has (standard_platforms.tsv): 省级政务云平台 the province's,
      电子政务外网 named bare the page's own place that the sentence names before it or at the head of a
      body's name, else the narrowest the page names if the sentence names a place at all (a bare one in a
      sentence naming none serves no place: annotators said whose for 3 of 12 such on the read pages).
    """
    out = []
    for n in named:
        e = entities.get(n.key)
        if n.type != "Platform" or e is None:
            continue
        level, own_level = GOVERNMENT_LEVEL.match(e.name), OWN_LEVEL_NAME.match(e.name)
        standard = is_standard_platform(e.name, resources)
        if MAILBOX_NAME.search(e.name):
            continue      # 市长信箱: where letters come in; annotators seldom state it serves a place (2 of 20)
        if "热线" in e.name:
            if level:
                key = places.get(level.group(1))
            elif e.name.startswith("12345"):
                below = [places.get(w) for w in ("县", "区", "市")]    # (a province's page names its own;
                key = next((k for k in below if k and getattr(entities.get(k), "region_level", None) != "province"), None)
                #  全区 of 内蒙古自治区 is the province, no district)
            else:
                continue
        elif own_level and not standard and not BODYS_OWN.search(e.name):
            key = places.get(own_level.group(1)[-1])    # 省营商环境监测督导平台: the province's
        elif standard:
            regions = [m for m in named if m.type == "Region" and m.end <= n.start]
            if any(m.key not in places.values() for m in regions):
                continue      # 杭州市建设一体化政务服务平台 on a page about 嘉兴: that place's (place_builds)
            key = places.get(level.group(1)) if level else regions[-1].key if regions else \
                _place_of_a_body_before(named, n, entities, places) or _page_place_if_one_is_named(named, places)
            #   (电子政务外网 or 政务云平台 named bare in a sentence naming no place, not even in a body's
            #   name: annotators seldom say whose, 3 of 12 on 600 read pages)
        else:
            continue
        if key in entities:
            out.append(make_relation("serves", n.key, key, s, n.start, n.end, 0.6, "own-place", inferred=True))
    return out
