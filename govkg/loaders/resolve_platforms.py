"""Platforms from their mentions: the specific platform a name stands for (一体化平台 → 全省一体化政务服务平台,
“柳州政务云”平台 → 柳州政务云), scoped to the article's place (全省… → 四川省…), and names declared
short (以下简称“市级平台”) or glued to a description (“粤省事”移动民生服务平台)."""
from __future__ import annotations

import re

from ..types import Mention
from .entities import EntityBuilder
from .generic_platforms import KINDS_ACCOUNT, is_generic_platform, is_standard_platform
from .places import PLACE_BRANCH, branch_region, leading_regions, place_written, province_of
from .recognize_accounts import ACCOUNT_KINDS, SOCIAL_CHANNEL, release_account_place
from .recognize_agencies import names_its_platform, platform_of_centre, without_spaces
from .recognize_platforms import platform_cue
from .recognize_zones import EDITION_AFTER, SITE_NAME_END, zone_base
from .recognize import DECLARED_SHORT, store_short_name, unique_store_short_names
from .resources import Gazetteer, Resources
from .segment import clause_start

# -- platforms --------------------------------------------------------------------
QUOTED_SPAN = re.compile(r"“([^“”]+)”(.*)$")


#: Right before a platform every government has: the text speaks of many (各地, 各级, 有关).
MANY_BEFORE = re.compile(r"(?:各地|各级|各省|各市|各区|各县|有关地方|地方各级|部委|地级市|(?<![本当])地市(?!场)|区县|市县)"
                         r"(?:(?!接入|对接|汇聚|汇集|纳入|联通|连通|至|到)[^，。；]){0,12}$|(?:有关|相关)的?$")   # (各区接入X: the one X)   # (部委、省、地级市的政务网站(包括政务服务平台): every tier's)
#: Before a platform every government has: what the sentence calls another platform (是国内首个省级政府云平台).
DESCRIBED_AS = re.compile(r"(首个|第一个|一个|唯一的?|首家|首批)$")
#: A network runs through every level (市县乡镇电子政务外网): one network, even after words for many places.
ONE_NETWORK = re.compile(r"(外网|内网|网络)$")
#: Right after a generic platform word: a count of such things (政府网站共计736个).
COUNTED_AFTER = re.compile(r"(共计|共有|共|总计|合计|总数|数量)?(达|为)?\d+(个|家|套)")
# Words after a quoted brand that say what kind of thing it is, not another thing: “X”平台 is X.
KIND_WORDS = re.compile(r"(APP|App|app|小程序|微信小程序|客户端|平台|云平台|系统平台|二维码|" + ACCOUNT_KINDS + "|"
                        + SOCIAL_CHANNEL.pattern + ")")


#: A portal's or platform's name, then one of its parts (国家政务服务平台|电子证照共享服务系统, 安康市政务云平台|应用系统,
#: 中央政府门户网站|英文版, 云南省政务服务平台|移动端).
#: What opens the rest of a name after a site's name when the site's last word goes on (…政务服务网|上审批系统:
#: 网上; 网格, 网点; …网站|群平台, …门户网站|集约化平台: the cluster of sites, no part of one).
WORD_GOES_ON = re.compile(r"[上格点站络页群]|集约化")
WHOLE_THEN_PART = re.compile(r"(?P<whole>[\u4e00-\u9fff]{2,12}?(?:政务服务网|政务服务平台|网上办事大厅|网上服务大厅|门户网站|"
                             r"政务云平台|政务云|电子政务外网|电子政务内网))"
                             rf"(?P<part>(?!{WORD_GOES_ON.pattern})[\u4e00-\u9fffA-Za-z]{{2,14}}?(?:子系统|系统|平台|数据库)|移动端|PC端|"
                             r"(?:[\u4e00-\u9fff]{1,4}|[A-Za-z]{2,8})版)")
#   (not …政务服务网|上审批系统, 格化管理系统, 点管理系统: 网上, 网格, 网点; not …门户网站|群管理系统, 集约化平台: the
#   cluster of sites; not 政府网站, every government's sites; not 小程序, 公众号, APP: the
#   platform's own channels, which are read as the platform)
#: After a platform's name, a word saying what kind of platform it is (金宏网|网络平台, 一网通办|服务平台): the
#: whole named again, not a part of it.
WHAT_THE_WHOLE_IS = re.compile(r"(?:网络|服务|信息|综合|管理|应用|数据|政务|办公|业务|政务服务|信息化|数字化|综合服务|一体化|"
                               r"一体化政务服务|便民服务|一体化便民服务|办事|掌上办事|移动办事|网上办事|小程序|APP|App)平台")


#: A body's name, then its own site (人社部|官网, 国家税务总局|网站).
BODY_THEN_OWN_SITE = re.compile(r"(?P<body>[\u4e00-\u9fff]{2,16}?(?:部|局|厅|委员会|委|署|总局|办公厅))"
                                r"(?:官方网站|官网|门户网站|网站)")


def _owner_named_in(name: str, resources: Resources) -> tuple[str, str] | None:
    """The body whose own site ``name`` is, as (canonical name, name as written), where the body is one the
    dictionary knows (人社部).

    >>> from .resources import load_resources
    >>> r = load_resources(use_ner=False)
    >>> _owner_named_in("人社部官网", r), _owner_named_in("四川省人民政府网站", r)
    (('人力资源和社会保障部', '人社部'), None)
    """
    site = BODY_THEN_OWN_SITE.fullmatch(name)
    if not site:
        return None
    body = site.group("body")
    if body in resources.agencies:
        return resources.agencies[body], body
    return None     # (a government's portal, 四川省人民政府网站: annotators add no government for it)


#: A site's edition ending a platform's name (…网站英文版).
EDITION_AT_END = re.compile(EDITION_AFTER.pattern + "$")


def add_platforms(builder: EntityBuilder, text: str, mentions: list[Mention], context: dict, resources: Resources) -> None:
    g = resources.gazetteer
    names = {m.text for m in mentions}
    names |= {name for key, name in builder.names.items() if builder.types[key] == "Platform"}   # a centre's (…热线中心)
    specific = {n for n in names if not is_generic_platform(n, resources)}
    specific |= {nested.group(1) for n in names for nested in [NESTED_NAME.match(n)] if nested}   # (X网 of X网‘Y’)
    for m in mentions:
        if COUNTED_AFTER.match(text, m.end) and is_generic_platform(m.text, resources):
            continue   # 正常运行政府网站共计736个: websites counted, not the one site of the province
        if is_standard_platform(m.text, resources) and not ONE_NETWORK.search(m.text) and (
                MANY_BEFORE.search(text[clause_start(text, m.start):m.start]) or text.startswith("体系", m.end)
                or DESCRIBED_AS.search(text[clause_start(text, m.start):m.start])):
            continue   # 各地要建设一体化政务服务平台, 一体化政务服务平台体系: every place's, no one platform
        quoted = QUOTED_SPAN.match(text[m.start:m.end]) if m.source == "quoted" else None
        if quoted and KIND_WORDS.fullmatch(quoted.group(2)):
            target = quoted.group(1)        # “柳州政务云”平台 is 柳州政务云 (not 柳州政务 + 云平台)
        elif m.source == "app-branch":
            target = m.text.replace("“", "").replace("”", "")   # “豫事办”平顶山分厅 and 豫事办平顶山分厅: one name
        elif m.source in ("account-handle", "account-listed"):
            target = m.text                 # @上海发布 is its own account, not short for @上海质监发布
        else:
            target = _platform_target(m.text, specific, resources.apps, is_standard_platform(m.text, resources))
        named_account = quoted is not None and SOCIAL_CHANNEL.fullmatch(quoted.group(2))
        seen = {m.text} | ({target} if m.source == "app-branch" or named_account else set())
        # (a branch stands for nothing longer, nor does an account named with its channel: “上海发布”微信 is not
        #  上海质监发布)
        while target is not None and target not in seen:   # 一体化平台 → 全省一体化平台 → 全省一体化政务服务平台
            seen.add(target)
            target = _platform_target(target, specific, resources.apps) or target
        if target is None:
            continue  # a generic name that names no particular platform
        code = context.get(m.sentence)
        scoped = target if target in resources.apps else scoped_name(target, code, g)   # 全省事 is an app's name
        key = builder.add(f"Platform:{scoped}", "Platform", scoped, m)
        builder.alias(key, m.text)
        builder.alias(key, scoped)
        zone = zone_base(target) if m.source == "zone" else None
        if zone:        # 国家政务服务平台“跨省通办”服务专区, “湘易办”长沙专区: the platform it is part of, the place it serves
            builder.ensure("Platform", zone[0], m)
            place = place_written(zone[1], context.get(m.sentence), g) if zone[1] else None
            if place:
                builder.ensure_region(place, g, m)
        nested = NESTED_NAME.match(target) if m.source == "quoted" else None
        if nested:     # 安徽省政务服务网‘人社便民e站’: and the platform it is a part of
            whole = _platform_target(nested.group(1), specific, resources.apps) or nested.group(1)
            builder.ensure("Platform", scoped_name(whole, code, g), m)   # (by the fullest name the page gives it)
            if province := resources.province_of_app(whole):
                builder.ensure_region(province, g, m)       # (闽政通APP‘八闽健康码’: 闽政通 serves 福建省)
        whole = WHOLE_THEN_PART.fullmatch(target) if m.source not in ("quoted", "zone", "app-branch") else None
        if whole and not is_generic_platform(whole.group("whole"), resources) \
                and not WHAT_THE_WHOLE_IS.fullmatch(whole.group("part")):
            # 国家政务服务平台电子证照共享服务系统, 中央政府门户网站英文版: the portal it is part of, a platform too
            builder.ensure("Platform", scoped_name(whole.group("whole"), code, g), m)
        edition = EDITION_AT_END.search(target)
        site = target[:edition.start()] if edition and SITE_NAME_END.search(target[:edition.start()]) else None
        if site:        # 国家税务总局网站英文版: the site it is an edition of, a platform too
            builder.ensure("Platform", scoped_name(site, code, g), m)
        owner = _owner_named_in(site or target, resources) if m.source not in ("quoted", "zone", "app-branch") else None
        if owner:       # 人社部官网, 国家税务总局网站(英文版): the body whose own site it is, a body of the page too
            key_of_owner = builder.ensure("Agency", owner[0], m)
            builder.alias(key_of_owner, owner[1])
        compound = COMPOUND.match(target) if m.source == "quoted" else None
        if compound:   # “湘易办”总门户: the brand itself is a platform too
            builder.ensure("Platform", compound.group(1), m)
        if m.source == "app-branch":   # “豫事办”平顶山分厅: and 豫事办, the app it is a branch of
            app = max((a for a in resources.apps if target.startswith(a)), key=len, default=None)
            if app:
                builder.ensure("Platform", app, m)
                if province := resources.province_of_app(app):      # (豫事办 serves 河南省)
                    builder.ensure_region(province, g, m)
        if "·" in target and target.split("·")[0] in resources.apps:   # 赣服通·东湖旗舰店: and 赣服通
            builder.ensure("Platform", target.split("·")[0], m)
        code = resources.province_of_app(target) or _province_opening(target, g) or _city_opening(target, resources)
        here = context.get(m.sentence)
        if code and target not in resources.apps and here and here != "100000" and here[:2] != code[:2] \
                and not target.startswith(g.region(code).name[:2]):
            code = None   # “吉事即办” on a page about 吉安: the city's brand, its 吉 not 吉林's
        if code:
            builder.ensure_region(code, g, m)
        released = release_account_place(target, g)
        if released:
            builder.ensure_region(released, g, m)    # 南京发布: the city's release account, read there
        for deeper in _places_under_opening(target, g):    # 福建省南平市涉税信息交换平台: 南平市 too
            builder.ensure_region(deeper, g, m)
        _alias_places_as_written(builder, target, g)
        county = _county_opening(target, builder, g)
        if county:      # 靖江12345 on a page about 泰州市: 靖江市, by the short name its own city's pages use
            builder.alias(builder.ensure_region(county[1], g, m), county[0])
        branch = branch_region(target, code or context.get(m.sentence), g)
        if branch:      # 安徽政务服务网涡阳分厅: the place its branch serves has its node too
            builder.ensure_region(branch, g, m)
        whole = _branch_whole(target, resources)
        if whole:       # 甘肃政务服务网兰州新区子站: and the platform it is a branch of (爱山东APP济南分厅: 爱山东)
            builder.ensure("Platform", _platform_target(whole, specific, resources.apps) or whole, m)


def _branch_whole(name: str, resources: Resources) -> str | None:
    """The platform a place's branch belongs to: 甘肃政务服务网 of 甘肃政务服务网兰州新区子站."""
    for end in range(len(name) - 4, 3, -1):
        if PLACE_BRANCH.fullmatch(name, end) and platform_cue(name[:end], resources) \
                and not is_generic_platform(name[:end], resources):
            return name[:end]
    return None


def _places_under_opening(name: str, g: Gazetteer) -> list[str]:
    """The places a platform's name writes after the one it opens with, each inside the one before
    (福建省南平市…, 河南焦作…, 成都都江堰市…): they have their nodes too."""
    written = leading_regions(name, g)
    return [code for (_, outer), (_, code) in zip(written, written[1:])
            if code in g.regions and g.contains(outer, code)]


def _alias_places_as_written(builder: EntityBuilder, name: str, g: Gazetteer) -> None:
    """The places a platform's name opens with, as it writes them (北川县 in 四川省北川县政务服务大厅), are
    names of those places' nodes: the gazetteer names the node 北川羌族自治县, the page 北川县."""
    for surface, code in leading_regions(name, g):
        if surface.endswith(("省", "市", "县", "区", "州", "旗", "盟")) and f"Region:{code}" in builder.names:   # (not 中山 of 中山大学)
            builder.alias(f"Region:{code}", surface)


def _county_opening(name: str, builder: EntityBuilder, g: Gazetteer) -> tuple[str, str] | None:
    """The county a platform's name opens on by its short name (靖江12345, 泰兴12345), where the page names
    the city or province that county is in: (short name, code). Elsewhere a county's short name is read only
    in a list of counties (:attr:`Gazetteer.county_short`), being too often a word of its own."""
    if leading_regions(name, g):
        return None
    for length in (3, 2):
        codes = g.county_short.get(name[:length], [])
        within = [c for c in codes if any(f"Region:{outer}" in builder.names for outer in g.ancestors(c) if outer != "100000")]
        if len(within) == 1 and SERVICE_AFTER_COUNTY.match(name, length):
            return name[:length], within[0]
    return None


#: What a county's service platform names after the county (靖江12345, 兴化政务服务网, 如皋智慧城市…), not an
#: account of a county's department (千阳旅游, 岐山司法: named after the county, serving no one there).
SERVICE_AFTER_COUNTY = re.compile(r"\d|政务|热线|数字|智慧|一网|便民|市民")


def _province_opening(name: str, g: Gazetteer) -> str | None:
    """The province a platform's name opens with (湖北政务服务网 → 420000), which then has its node
    even when the text names it nowhere else; not when a longer place opens it (海南藏族自治州… is
    青海's, not 海南省), nor a name several places share."""
    opening = leading_regions(name, g)[:1]
    if not opening:
        return None
    surface, code = opening[0]
    shared = len(g.full_names.get(surface) or g.short_names.get(surface) or ()) > 1
    level = g.region(code).level
    # a province by any name; a city or county only by its full name (温州市医学影像云平台), never a short one
    return code if not shared and (level == "province" or (level != "country" and surface in g.full_names)) else None


def _city_opening(name: str, resources: Resources) -> str | None:
    """The city a platform's name opens with by its short name, where the rest is a kind of platform every
    place has (毕节政务服务网 → the city); not a brand (长安通), a bank's or hospital's app (杭州银行APP, 温州医院公众号),
    a short name that is
    also a county's or district's (朝阳区, 大同区) or an ordinary word (阿里云平台, 来宾服务平台, 白银数据平台)."""
    g = resources.gazetteer
    opening = leading_regions(name, g)[:1]
    if not opening or g.region(opening[0][1]).level != "prefecture" or len(g.short_names.get(opening[0][0]) or ()) != 1:
        return None
    short, rest = opening[0][0], name[len(opening[0][0]):]
    city = g.region(opening[0][1]).name     # (a county named alike, 朝阳区 beside 朝阳市, makes the name shared)
    if short in CITY_NAMES_AS_WORDS or "银行" in rest or KINDS_ACCOUNT.fullmatch(rest) or any(
            other != city and other.startswith(short) and len(other) <= len(short) + 2
            and any(code in g.regions and g.region(code).level == "county" for code in codes)
            for other, codes in g.full_names.items()):
        return None
    return opening[0][1] if len(rest) >= 3 and is_generic_platform(rest, resources) else None


#: Cities' short names that are ordinary words too (阿里 of 阿里云, 来宾 guests, 白银 silver).
CITY_NAMES_AS_WORDS = frozenset({"阿里", "来宾", "白银", "金昌", "铜川", "三明", "玉林", "双鸭山", "七台河"})


NESTED_NAME = re.compile(r"^(.{2,20}?)‘.{2,12}’$")   # (a part named in single quotes after its platform)
COMPOUND = re.compile(r"^(.{2,10}?)(总门户|门户网站|门户|移动端|旗舰店)$")   # (“疫情服务”专区: a zone, no brand)
APP_FORM = re.compile(r"^(.{2,8}?)(APP|App|app|小程序|客户端|云平台|系统平台|平台|微信小程序|政务服务平台|" + ACCOUNT_KINDS + ")$")


def _platform_target(name: str, specific: set[str], apps: dict | None = None, standard: bool = False) -> str | None:
    """The specific platform a name stands for: itself, the app it is a form of, or the one it abbreviates
    (a ``standard`` platform's bare name, 政务云, abbreviates the one the text names in full, 四川省级政务云).

    (A quoted brand followed by such a word, “X”平台, is X: :data:`KIND_WORDS` in :func:`add_platforms`.)
    """
    form = APP_FORM.match(name)
    if form and (form.group(1) in specific or form.group(1) in (apps or {})):
        return form.group(1)
    if name + "系统" in specific:
        return name + "系统"     # “好差评”范围 with “好差评”系统 named: a rating system's, not a brand of its own
    longer = [s for s in specific if s != name and not NESTED_NAME.match(s) and (_is_suffix_alias(name, s) or _is_subsequence_alias(name, s)
                                                     or (standard and s.endswith(name) and not s.startswith(("全国", "国家"))))]
    # (政务云 of 四川省级政务云; a page's bare 一体化政务服务平台 is its own, not 全国一体化政务服务平台; a part
    #  named in single quotes after its platform, X网‘Y’, is no fuller name of X网)
    if len(longer) == 1:
        return longer[0]
    if len(longer) > 1 and name in specific and all(_qualified_within(name, s) for s in longer):
        return name     # 国家智慧教育平台 beside 国家中小学智慧教育平台 and 国家职业教育智慧教育平台: their umbrella, no
        #                 short form of one of them
    if len(longer) > 1 and GOVERNMENT_SITE.search(name) and len({s[:-len(name)] for s in longer}) > 1:
        return name if name in specific else None   # (政府网站 beside 同仁县政府网站 and 兴海县政府网站: every
        #                                             government's site, none of them)
    if len(longer) > 1:     # the shortest; among equals the first by name (``specific`` is a set, unordered)
        return min(longer, key=lambda s: (len(s), s))
    return name if name in specific else None


def _qualified_within(short: str, full: str) -> bool:
    """Whether ``full`` is ``short`` with a qualifier put inside it, before a named field, not only before
    the kind word (国家|中小学|智慧教育平台; not 河北省|…|平台, an abbreviation).

    >>> _qualified_within("国家智慧教育平台", "国家中小学智慧教育平台"), _qualified_within("河北省平台", "河北省政务服务平台")
    (True, False)
    >>> _qualified_within("广东省政务服务平台", "广东省一体化政务服务平台")
    False
    """
    return len(full) > len(short) and any(
        full.startswith(short[:i]) and full.endswith(short[i:])
        and not USUAL_MODIFIERS.fullmatch(full[i:len(full) - len(short) + i]) for i in range(2, len(short) - 3))


#: Words a platform's short form usually leaves out (广东省政务服务平台 for 广东省一体化政务服务平台, 全国政务服务平台
#: for 全国一体化在线政务服务平台): no qualifier that tells one platform from another.
USUAL_MODIFIERS = re.compile(r"(?:省|市|县|区|一体化|在线|网上|政务|企业|市场监管|电子|综合|统一|数字|智慧|移动|掌上|公共|"
                             r"服务|信息|数据|管理)+")


def _is_suffix_alias(short: str, full: str) -> bool:
    return len(short) >= 4 and full.endswith(short)


def _is_subsequence_alias(short: str, full: str) -> bool:
    """一体化平台 ⊂ 全省一体化政务服务平台: same ending, characters in order, and not too short."""
    if len(short) < 4 or short[-2:] != full[-2:]:
        return False
    it = iter(full)
    return all(ch in it for ch in short) and (short[0] == full[0] or short[:3] in full)


SCOPE_PREFIX = re.compile(r"^(全省|全市|全区|全县|我省|我市|本省|本市)")


def scoped_name(name: str, code: str | None, g: Gazetteer) -> str:
    """全省一体化政务服务平台 under a 四川 heading (or in a 四川 article) is 四川省一体化政务服务平台.

    >>> from govkg.loaders.resources import load_resources
    >>> g = load_resources(use_ner=False).gazetteer
    >>> scoped_name("全省一体化政务服务平台", "510100", g), scoped_name("全市统一平台", "510100", g)
    ('四川省一体化政务服务平台', '成都市统一平台')
    """
    m = SCOPE_PREFIX.match(name)
    if not (m and code):
        return name
    province = province_of(code, g)
    if m.group(0)[1] == "省":
        place = province
    elif m.group(0)[1] == "区" and province and g.region(province).name.endswith("自治区"):
        place = province     # 全区 in 广西 is the autonomous region
    else:
        place = code if g.region(code).level != "province" or g.region(code).name.endswith("市") else None
    return g.region(place).name + name[2:] if place else name


#: What a platform has rather than is: a quoted name ending so after a platform is a part of it.
COMPONENT = re.compile(r"(码|专区|专栏|频道|模块|系统)$")


#: What a place's government-service portal is called (辽宁政务服务网, 湖北省网上办事大厅).
PLACE_PORTAL = re.compile(r"政务服务网|政务服务平台|网上办事大厅|政务网|办事大厅|一网通办")


def merge_descriptors(mentions: tuple[Mention, ...], builder: EntityBuilder, g: Gazetteer) -> None:
    """“粤省事”移动民生服务平台: the words glued after a quoted platform describe it, they name nothing else."""
    for a, b in zip(mentions, mentions[1:]):
        if not (a.type == b.type == "Platform" and b.start == a.end and "quoted" in (a.source, b.source)
                and "platform" in (a.source, b.source)):
            continue
        ka, kb = builder.mention_entity.get((a.start, a.end)), builder.mention_entity.get((b.start, b.end))
        if a.source == "platform":   # 全省一体化政务服务平台“吉事办”: the description stands before the name
            quoted_alone = b.end - b.start == len(b.text) + 2       # “电子证照系统”, not “吉事办”小程序
            component = COMPONENT.search(b.text) if quoted_alone else None
            if component and component.group() not in a.text:
                continue   # 全国一体化政务服务平台“防疫健康信息码”: a code of the platform, not its name
            if a.text.startswith(("全国", "国家")) and "政务服务" in a.text and leading_regions(b.text, g) \
                    and PLACE_PORTAL.search(b.text):
                continue   # 全国一体化在线政务服务平台“辽宁政务服务网”: a place's node of the country's
            ka, kb = kb, ka
        if ka and kb and ka != kb and ka in builder.names and kb in builder.names:
            builder.merge(kb, ka)


def merge_glossed(text: str, mentions: tuple[Mention, ...], builder: EntityBuilder) -> None:
    """粤商通(一站式移动涉企服务平台), 粤省心（12345政务服务便民热线平台）: a platform's name, then in brackets
    right after it another platform name alone: one platform described twice, not two."""
    for a, b in zip(mentions, mentions[1:]):
        if not (a.type == b.type == "Platform" and text[a.end:b.start] in ("(", "（")
                and text[b.end:b.end + 1] in (")", "）")) or b.source not in ("platform", "ner") \
                or re.match(r"[省市县区]", b.text):
            continue    # (浙江政务服务网（“浙里办”）: a brand of its own; 省政务服务平台（省政务云平台）: two)
        ka, kb = builder.mention_entity.get((a.start, a.end)), builder.mention_entity.get((b.start, b.end))
        if ka and kb and ka != kb and ka in builder.names and kb in builder.names:
            builder.merge(kb, ka)


#: Words a platform's name may end on or go without: its kind (天府市民云平台), or the channel a brand is used
#: through (穗好办微信公众号, 电子营业执照小程序, 豫事办APP): annotators keep 297 of 309 such pairs one entity
#: on 1,000 read pages (a 移动端 or 专区 they mostly keep apart: not here).
KIND_ENDINGS = ("平台系统", "平台", "系统", "微信公众号", "公众号", "微信小程序", "小程序", "APP", "App", "app", "客户端",
                "门户网站", "网站", "政务微信", "政务微博", "微信", "微博")   # (上海发布微博: one account's channels)
#: A body's or a hotline's name before 网站 (汝州市政府门户网站, 某局网站, 北京12345网站): its own site, not another
#: name of it.
BODY_NAME_END = re.compile(r"(?:政府|局|委员会|办公室|办公厅|(?<!大)厅|热线|12345)$")   # (and a hotline's own site:
#   北京12345网站, 市长热线网站 are sites of their own)


def merge_kind_endings(builder: EntityBuilder, resources: Resources) -> None:
    """天府市民云 and 天府市民云平台, 穗好办 and 穗好办微信公众号 on one page: one platform, the shorter name
    kept (not where the shorter is a generic word: 微信 and 微信小程序 are two)."""
    by_name = {builder.names[k]: k for k, t in builder.types.items() if t == "Platform"}
    for name, key in sorted(by_name.items(), key=lambda nk: -len(nk[0])):
        endings = [e for e in KIND_ENDINGS if name.endswith(e) and len(name) > len(e) + 1] \
            + (["热线"] if name.endswith("热线") and name[:-2].isdigit() else [])   # 12315 / 12315热线: one line
        ending, base = next(((e, by_name[b]) for e in endings for b in [name[:-len(e)].replace("“", "").replace("”", "")]
                             if b in by_name), (None, None))   # (上海国际服务门户网站: 上海国际服务门户 + 网站)
        if base and base != key and key in builder.names and base in builder.names \
                and not is_generic_platform(builder.names[base], resources) \
                and not (ending.endswith("网站") and BODY_NAME_END.search(builder.names[base])):
            builder.merge(key, base)


SCOPE_WORD = re.compile(r"^(全省|全市|我省|我市|省|市)")


def apply_declared_short_names(text: str, mentions: tuple[Mention, ...], builder: EntityBuilder) -> None:
    """青岛市城市运行管理服务平台（以下简称“市级平台”）: later 市级平台 is that platform.

    Works for any name the text abbreviates (agencies, platforms); titles in 《》 are handled apart.
    """
    declared: dict[str, str] = {}
    unique_stores = unique_store_short_names(mentions)
    for m in mentions:
        key = builder.mention_entity.get((m.start, m.end))
        found = DECLARED_SHORT.match(text[m.end:m.end + 30])
        if key and found and m.type in ("Agency", "Platform", "Organization"):
            for short in filter(None, found.groups()):
                owner = _platform_of_short(key, short, builder)
                for form in dict.fromkeys((short, without_spaces(short))):     # (以下简称"12345 热线")
                    declared[form] = owner
                    builder.alias(owner, form)
        short = store_short_name(m.text) if key and m.type == "Platform" else None
        if short in unique_stores:     # 鄂汇办·武昌旗舰店: 武昌旗舰店, if no other store has it
            declared[short] = key
            builder.alias(key, short)
    for m in mentions:
        owner = declared.get(m.text) or declared.get(SCOPE_WORD.sub("", m.text))   # 市运管服平台 = 运管服平台
        if owner is None or owner not in builder.names:
            continue
        current = builder.mention_entity.get((m.start, m.end))
        if current is None:
            builder.mention_entity[(m.start, m.end)] = owner
            builder.mentions[owner].append(m)
        elif current != owner and current in builder.names and builder.types[current] == builder.types[owner]:
            if builder.names[current] != m.text and any(o.text != m.text for o in builder.mentions[current]):
                _move_mention(builder, m, current, owner)   # 12345热线 was only guessed to shorten 省级12345热线
            else:
                builder.merge(current, owner)


def _platform_of_short(key: str, short: str, builder: EntityBuilder) -> str:
    """衡东县12345政务服务热线中心（以下简称“12345热线”）: a centre's short name that is a platform's
    names the platform it runs, when the text has it."""
    if builder.types.get(key) != "Agency" or not names_its_platform(builder.names[key], short):
        return key
    runs = platform_of_centre(builder.names[key])
    return f"Platform:{runs}" if runs and f"Platform:{runs}" in builder.names else key


def _move_mention(builder: EntityBuilder, m: Mention, old: str, new: str) -> None:
    """The mention names ``new``, not the entity it was given to (and its text is no longer ``old``'s alias)."""
    builder.mentions[old] = [o for o in builder.mentions[old] if (o.start, o.end) != (m.start, m.end)]
    if m.text in builder.aliases[old] and not any(o.text == m.text for o in builder.mentions[old]):
        builder.aliases[old].remove(m.text)
    builder.mention_entity[(m.start, m.end)] = new
    builder.mentions[new].append(m)
    builder.alias(new, m.text)


#: A government's own website, however its name ends (四川省人民政府网, 盂县政府网站, 湖北省人民政府官网).
GOVERNMENT_SITE = re.compile(r"政府(?:门户网站|门户|网站|官网|官方网站|网)$")
