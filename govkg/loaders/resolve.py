"""Merge mentions into entities: one node per real thing, named canonically.

* regions resolve to their GB/T 2260 code (天津 = 天津市 = 120000);
* agencies get their region prefix written out in full (天津网信办 → 天津市网信办),
  and 省/厅 names under a province's heading get that province
  (省卫生健康委 in the 四川 section → 四川省卫生健康委);
* titles introduced by 以下简称 and shortened titles join the full title;
* a platform named by a shorter form of another (一体化平台 ↔ 全省一体化政务服务平台)
  joins it; generic names (在线政务服务平台) that name no particular platform are dropped
  (``resolve_platforms``); which body a bare or short body's name is (``resolve_agencies``);
  the place a text is about is worked out in ``places``.
"""
from __future__ import annotations

import re
from collections.abc import Collection
from dataclasses import dataclass, field

from ..types import Entity, Mention, Sentence
from .entities import EntityBuilder
from .generic_platforms import is_generic_platform
from .places import (GENERIC_PLACE, STREET_NAMED_AFTER, ZONE_AFTER_PLACE, document_region, leading_regions, named_places,
                     own_places, places_elsewhere, province_of, region_code, section_regions)
from .recognize_agencies import COMMITTEES_OF, platform_of_centre
from .recognize_regions import FREE_TRADE_ZONE
from .recognize_platforms import platform_cue
from .recognize_titles import NAME_END_BEFORE_YEAR
from .recognize_towns import KIND_OF_TOWN, town_opening_a_body
from .titled_platforms import platform_governed_by, platform_reported_on
from .resolve_agencies import (is_bare_department, special_region_opening, list_shared_prefixes, places_sharing_a_body, listed_central_bodies, merge_abbreviated_agencies,
                              listed_units, merge_second_plaques, paired_governments, place_bare_departments)
from .merge_agencies import (ensure_parent_bodies, ensure_teams_body, merge_company_forms, merge_legislature_terms,
                             merge_party_committees)
from .merge_platforms import (merge_government_sites, merge_hotline_names, merge_known_platform_names,
                              merge_level_named_platforms)
from .resolve_sites import ensure_site_owners, merge_agency_sites
from .resolve_platforms import add_platforms, apply_declared_short_names, merge_descriptors, merge_glossed, merge_kind_endings
from .resolve_titles import (abbreviations, full_title, merge_titles_of_one_document, organizations_opening, title_issuers,
                             titles_inside)
from .resources import Gazetteer, Resources

__all__ = ["Resolution", "canonical_agency", "own_places", "resolve"]



@dataclass
class Resolution:
    """Entities of one document and which entity each mention names."""

    entities: dict[str, Entity]
    mention_entity: dict[tuple[int, int], str]      #: (start, end) of a mention → Entity.key
    context: dict[int, str | None] = field(default_factory=dict)   #: sentence index → region code of its section
    inferred_keys: set[str] = field(default_factory=set)  #: agencies whose region came from context
    agency_regions: dict[str, list[tuple[str, str]]] = field(default_factory=dict)  #: agency key → [(surface, code)] of its name
    issuers: dict[str, list[str]] = field(default_factory=dict)   #: title key → agencies named before its 关于
    places: dict[int, dict[str, str]] = field(default_factory=dict)  #: sentence index → what 省/市/国 stand for there
    town_counties: dict[str, str] = field(default_factory=dict)  #: town key → the page's county it is named under

    def key_of(self, mention: Mention) -> str | None:
        return self.mention_entity.get((mention.start, mention.end))


#: A place's news outlet (永嘉县融媒体中心, 长沙县广播电视台), whose place is named in it.
OUTLET_OF_A_PLACE = re.compile(r"[\u4e00-\u9fff]{2,12}?(?:融媒体中心|广播电视台)")


def resolve(text: str, sentences: tuple[Sentence, ...], mentions: tuple[Mention, ...], resources: Resources) -> Resolution:
    g = resources.gazetteer
    places = named_places(mentions, g, sentences)     # the places that tell apart those sharing a name
    local = document_region(sentences, mentions, g, deepest="county", places=places)   # what 全县/本区 stand for
    home = g.region(local).parent if local and g.region(local).level == "county" else local   # 市X, 省X
    if local and g.region(local).level == "county" and g.region(local).name.endswith("市"):
        home = local        # a county-level city's page: its 市公安局 and 全市 are the city's own
    context = {i: code or home for i, code in section_regions(sentences, g).items()}
    builder = EntityBuilder()
    region_ending_at: dict[int, tuple[str, str]] = {}   # end offset → (key, full name) of a place named there
    town_home = _home_county(local or _sole_county(mentions, g), g)   # the county whose towns the page names alone
    unplaced_towns: list[str] = []                # towns keyed with no county known
    placed_towns: dict[str, list[str]] = {}       # a town's own name → its keys under a county (邓双镇 → 新津区邓双镇)
    town_counties: dict[str, str] = {}            # a town named alone → the page's county it is keyed under
    for m in mentions:
        if m.type == "Region" and m.source == "town":
            earlier = list(dict.fromkeys(placed_towns.get(m.text, [])))
            if m.start not in region_ending_at and len(earlier) == 1:   # 大兴区榆垡镇 … 榆垡镇: the town the page
                key = builder.add(earlier[0], "Region", m.text, m)          # named under its county before
                region_ending_at[m.end] = (key, builder.names[key])
                continue
            parent = region_ending_at.get(m.start) or town_home
            level = "village" if m.text.endswith(("村", "社区")) else "town"
            if parent:   # 新津区邓双镇: keyed and named under its county, so two 邓双镇 stay apart
                name = parent[1] + m.text
                key = builder.add(f"Region:{name}", "Region", name, m, region_level=level)
                if m.start not in region_ending_at and level == "town":
                    town_counties[key] = parent[0]   # 七里河区…的阿干镇、八里镇: the page's county's towns
                region_ending_at[m.end] = (key, name)
                placed_towns.setdefault(m.text, []).append(key)
            elif not KIND_OF_TOWN.search(m.text):   # 化龙镇 on a page whose county is unknown: keyed under the
                within = g.region(local).name if local else ""    # place the page is about, if any
                key = builder.add(f"Region:{within}{m.text}", "Region", m.text, m, region_level=level)
                region_ending_at[m.end] = (key, m.text)
                unplaced_towns.append(key)
            continue
        if m.type == "Region" and m.source == "free-trade-zone":    # 中国(辽宁)自由贸易试验区: the province's zone
            place = FREE_TRADE_ZONE.match(m.text).group("place")
            code = region_code(place, None, g)
            if code and code in g.regions:
                builder.add(f"Region:{code}{m.text[m.text.index('自由贸易'):]}", "Region", m.text, m, region_level="zone")
                builder.ensure_region(code, g, m)
                builder.alias(f"Region:{code}", place)
                continue
        if m.type == "Region" and m.source == "development-zone":   # 福州高新区: a zone of the place it is written after
            builder.fullest_name(builder.add(_zone_key(m.text, g), "Region", m.text, m, region_level="zone"), m.text)
            for surface, code in leading_regions(m.text, g)[-1:]:   # (临沂沂河新区: 临沂 is named too)
                if code and code != "100000" and code in g.regions:
                    builder.ensure_region(code, g, m)
                    if len(surface) > 1:
                        builder.alias(f"Region:{code}", surface)
            continue
        if m.type == "Region" and m.text in resources.special_regions:   # 新疆生产建设兵团: no code of its own
            name = resources.special_regions[m.text]
            builder.add(f"Region:{name}", "Region", name, m, region_level="special")
            continue
        if m.type == "Region":
            code = region_code(m.text, context.get(m.sentence), g, places_elsewhere(places, m, sentences))
            #   (通州区 on a page naming 南通市 elsewhere: 南通's)
            if code:
                r = g.region(code)
                key = builder.add(f"Region:{code}", "Region", r.name, m, region_code=code, region_level=r.level)
                before = region_ending_at.get(m.start)
                full = before[1] + r.name if before and g.contains(before[0].split(":")[1], code) else r.name
                region_ending_at[m.end] = (key, full)
    aliases = dict(abbreviations(text))
    titles = [m for m in mentions if m.type in ("Policy", "Report")]
    full_titles = {m.text for m in titles if m.text not in aliases.values()}
    seen_titles: list[str] = []
    bare: list[Mention] = []
    shared = list_shared_prefixes(text, mentions, resources) | paired_governments(mentions)
    central = listed_central_bodies(text, mentions, resources)
    for m in mentions:
        if m.type in ("Policy", "Report"):
            written = SPACE_BEFORE_YEAR.sub("", full_title(m.text, aliases, full_titles, seen_titles))
            seen_titles.append(written)
            name = STRAY_SPACE.sub("", written)     # 《…示范 工作…方案》, …的 通 知: a page's stray spaces
            title_key = builder.add(f"{m.type}:{name}", m.type, name, m)
            builder.alias(title_key, written)
            if m.source == "headline" and text.startswith("结果", m.end):   # …绩效评估结果: as the text calls it
                builder.alias(title_key, name + "结果")
            opening = leading_regions(name, g)[:1] if m.source == "headline" and m.type == "Report" else []
            if opening and opening[0][1] in g.regions and name[len(opening[0][0]):][:2].isdigit():
                builder.ensure_region(opening[0][1], g, m)    # 丽江市2023年…年度报告: the place is named there
            reported = platform_reported_on(name, resources) or platform_governed_by(name, resources)
            if reported:     # …12345政务服务便民热线运行情况通报, 郑州市政务云管理暂行办法: the platform is named here too
                builder.ensure("Platform", reported, m)
            for org in organizations_opening(name, resources):   # 联合国电子政务调查: the UN is named here too
                builder.ensure("Organization", org, m)
            for type_, inner in titles_inside(name, resources):   # …关于检查《…数据安全法》…的报告: the law too
                builder.ensure(type_, inner, m)
            for issuer in title_issuers(written):   # 湖南省人民政府办公厅关于…的通知; 中共中央 国务院关于…的意见
                agency, regions, _ = canonical_agency(resources.agencies.get(issuer, issuer), context.get(m.sentence), g,
                                                     places_elsewhere(places, m, sentences))
                if issuer in g.full_names or issuer in g.short_names:
                    continue     # 温州市关于…的实施意见: a place before 关于, no body's name
                key = builder.ensure("Agency", agency, m)
                builder.alias(key, issuer)
                builder.agency_regions.setdefault(key, regions)
                ensure_teams_body(builder, agency, key, regions, m, resources)   # (…执法检查组关于…的报告)
                builder.issuers.setdefault(title_key, [])
                if key not in builder.issuers[title_key]:
                    builder.issuers[title_key].append(key)
                for _, code in regions:
                    builder.ensure_region(code, g, m)
        elif m.type == "Organization":
            name = resources.organizations.get(m.text, m.text)
            builder.add(f"Organization:{name}", "Organization", name, m)
            _ensure_parent_institution(builder, name, m)
            if OUTLET_OF_A_PLACE.fullmatch(name) and not re.search(r"来源[:：]?\s*$", text[max(0, m.start - 8):m.start]):
                #   永嘉县融媒体中心: the county is named there too (not in a page's 来源: line, the outlet alone)
                for _, code in leading_regions(name, g):
                    builder.ensure_region(code, g, m)
        elif m.type == "Agency" and (UNIVERSITY.search(m.text) or _opens_on_a_company(m.text, resources)):
            builder.add(f"Organization:{m.text}", "Organization", m.text, m)   # 清华大学数据治理研究中心,
            _ensure_parent_institution(builder, m.text, m)   # 阿里巴巴国际标准化研究院: no government body (nor 阿里地区's)
        elif m.type == "Agency":
            written = central.get(m.start) or shared.get(m.start, "") + m.text   # 市公安局、财政局: the list's 市 is 财政局's too
            known = resources.agencies.get(written) or resources.agency_alone_forms.get(written, written)   # (国办 alone)
            name, regions, from_context = canonical_agency(known, context.get(m.sentence), g, places_elsewhere(places, m, sentences))
            if not regions and is_bare_department(name, resources) and m.source != "own-centre":   # (政务服务中心: the page's own)
                bare.append(m)   # 网信办, 交通运输厅: whose is it? decided once every full name is known
                continue
            opening = special_region_opening(written, resources)
            if opening and regions and opening.startswith("".join(surface for surface, _ in regions)):
                name, regions = written, []     # 新疆生产建设兵团政务服务中心: the corps', not 新疆's
            special = special_region_opening(written[sum(len(surface) for surface, _ in regions):], resources)
            if special:  # 贵安新区数据管理部门, 贵州省贵安新区…局: a new area's body, placed in the area (no code of its own)
                canonical = resources.special_regions[special]
                special_key = builder.ensure_zone(f"Region:{canonical}", canonical, m, level="special")
                builder.alias(special_key, special)
                regions = [*regions, (special, canonical)]
            zone = _zone_opening(written, regions)
            if zone:     # 楚雄高新区管委会: the zone's body, named as written, placed in the zone
                name = written
                zone_key = builder.ensure_zone(_zone_key(zone, g), zone, m)
                builder.fullest_name(zone_key, zone)
                regions = [*regions, (zone, zone_key[len("Region:"):])]
            before = region_ending_at.get(m.start)      # the place written right before the body, if any
            town = _town_opening(written, regions, g) or _town_leading(written, regions, before, builder, town_home)
            if town:     # 大兴区榆垡镇政务服务中心: the town's centre, placed in the town
                town_key, town_name, surface = town
                builder.ensure_zone(town_key, town_name, m, level="town")
                builder.alias(town_key, surface)
                parent = [("", before[0][len("Region:"):])] if before and not regions else []   # (和平区|新兴街道…: in 和平区)
                regions = [*regions, *parent, (surface, town_key[len("Region:"):])]
            key = builder.add(f"Agency:{name}", "Agency", name, m)
            builder.agency_regions.setdefault(key, regions)
            builder.alias(key, m.text)
            for place, shared_name, code in places_sharing_a_body(text, mentions, m, g, context.get(m.sentence)):
                other = builder.ensure("Agency", shared_name, place)   # 南京市、苏州市、扬州市数据局: each city's bureau
                builder.agency_regions.setdefault(other, [(place.text, code)])
            if m.source == "paired-government":
                builder.alias(key, written)     # (聊城市政府, as the pair writes it)
            _ensure_parent_institution(builder, name, m)
            ensure_teams_body(builder, name, key, regions, m, resources)   # 海南省人大常委会执法检查组: the body too
            runs = _platform_it_runs(m.text, resources)
            if runs and runs.startswith(("省", "市", "区", "县")):    # 市12345…热线中心: 温州市12345…热线
                runs = _platform_it_runs(name, resources) or runs
            if runs:   # 广州12345政府服务热线受理中心: the hotline is a platform too, named here only
                builder.ensure("Platform", runs, m)
            for surface, code in regions:
                if code == "100000" or code not in g.regions:
                    continue      # 中国软件评测中心, 中国人民银行: a national body, no mention of the country
                    #             (a zone or town has no GB/T 2260 code: ensured with its own key above)
                builder.ensure_region(code, g, m)
                if len(surface) > 1:
                    builder.alias(f"Region:{code}", surface)
            if from_context:
                builder.inferred.add(key)
    _place_towns_named_alone(unplaced_towns, placed_towns, builder)
    place_bare_departments(bare, builder, listed_units(text, mentions))
    merge_party_committees(builder)
    merge_company_forms(builder)
    merge_legislature_terms(builder)
    merge_abbreviated_agencies(builder, g, local)
    ensure_parent_bodies(builder, resources)
    merge_second_plaques(text, mentions, builder)
    add_platforms(builder, text, [m for m in mentions if m.type == "Platform"], context, resources)
    apply_declared_short_names(text, mentions, builder)
    merge_descriptors(mentions, builder, g)
    merge_glossed(text, mentions, builder)
    merge_hotline_names(builder, g, local)
    merge_government_sites(builder)
    merge_known_platform_names(builder, resources.known_platforms)
    merge_kind_endings(builder, resources)
    merge_level_named_platforms(builder, g, local)
    merge_agency_sites(builder)
    ensure_site_owners(builder, resources, canonical_agency)
    merge_titles_of_one_document(builder, text)
    _ensure_own_place(local, text, mentions, builder, g)
    entities = builder.entities()
    places = {i: own_places(local if code == home else code, entities, g) for i, code in context.items()}
    return Resolution(entities, builder.mention_entity, context, builder.inferred, builder.agency_regions,
                      builder.issuers, places, town_counties)


def _zone_opening(written: str, regions: list[tuple[str, str]]) -> str | None:
    """The development zone a body's name opens with, right after its place (楚雄高新区管委会: 楚雄高新区)."""
    surface = "".join(s for s, _ in regions)
    zone = (ZONE_AFTER_PLACE.match(written, len(surface)) or NAMED_ZONE.match(written, len(surface))) \
        if regions and written.startswith(surface) else None
    return written[:zone.end()] if zone and zone.end() < len(written) else None


#: A zone with a name of its own after its city (赣州 + 蓉江新区, 成都 + 天府新区).
NAMED_ZONE = re.compile(r"[\u4e00-\u9fff]{2,4}?(?:新区|高新区|经开区|开发区|高新技术产业开发区|经济技术开发区)")


def _town_opening(written: str, regions: list[tuple[str, str]], g: Gazetteer) -> tuple[str, str, str] | None:
    """(key, name, as written) of the town or sub-district a body's name opens with right after its
    county (大兴区榆垡镇政务服务中心: 榆垡镇), keyed as the towns named alone are (under the places before it)."""
    if not regions or getattr(g.regions.get(regions[-1][1]), "level", None) != "county":
        return None
    surface = "".join(s for s, _ in regions)
    town = TOWN_IN_NAME.match(written, len(surface)) if written.startswith(surface) else None
    if town is None:
        return None
    chain = ""
    for (_, outer), (_, inner) in zip([(None, None), *regions], regions):
        chain = chain + g.region(inner).name if outer and g.contains(outer, inner) else g.region(inner).name
        # (every code here is GB/T 2260's: a zone would have ended the county check above)
    return f"Region:{chain}{town.group(1)}", chain + town.group(1), town.group(1)


def _town_leading(written: str, regions: list[tuple[str, str]], before: tuple[str, str] | None,
                  builder: EntityBuilder, home: tuple[str, str] | None) -> tuple[str, str, str] | None:
    """The town a body's name opens with when no county is part of the name: the county written just
    before it (和平区|新兴街道社区事务受理服务中心), else the one town of that name the page has named, else,
    for a body only a town has, a town of the page's own county (``home``)."""
    town = TOWN_IN_NAME.match(written) if not regions else None
    if town is None:
        return None
    surface = town.group(1)
    if before is not None:
        return f"Region:{before[1]}{surface}", before[1] + surface, surface
    named = [k for k, n in builder.names.items() if builder.types[k] == "Region" and builder.extra[k].get("region_level") == "town"
             and (n.endswith(surface) or surface in builder.aliases[k])]
    if len(named) == 1:
        return named[0], builder.names[named[0]], surface
    if town_opening_a_body(written) != surface:
        return None       # 梅李镇行政审批局: a town of the page's own county, else a town of no county known
    return (f"Region:{home[1]}{surface}", home[1] + surface, surface) if home else (f"Region:{surface}", surface, surface)


#: A town or sub-district right after a county in a body's name, before the rest of the name.
TOWN_IN_NAME = re.compile(r"([\u4e00-\u9fff]{2,4}?(?:镇|乡|街道))(?=[\u4e00-\u9fff]{2,})")


def _zone_key(name: str, g: Gazetteer) -> str:
    """A development zone's key: its place's code and the zone's word, so 福州高新区 and 福州市高新区 are one.

    >>> from govkg.loaders.resources import load_resources
    >>> g = load_resources(use_ner=False).gazetteer
    >>> _zone_key("福州高新区", g) == _zone_key("福州市高新区", g)
    True

    A zone's short forms key as its full name does: 广西自贸试验区 as 中国(广西)自由贸易试验区, 泉州开发区 and
    泉州经开区 as 泉州经济技术开发区, 福州高新区 as 福州高新技术产业开发区.

    >>> _zone_key("泉州开发区", g) == _zone_key("泉州经济技术开发区", g), _zone_key("福州高新区", g) == _zone_key("福州高新技术产业开发区", g)
    (True, True)
    """
    places = leading_regions(name, g)
    if not places or not places[-1][1]:
        return f"Region:{name}"
    surface = "".join(p for p, _ in places)
    zone = name[len(surface):]
    for full, short in ZONE_SHORT_FORMS:
        if zone.startswith(full):
            zone = short + zone[len(full):]
            break
    return f"Region:{places[-1][1]}{zone}"


#: A zone's full kind and the form its key takes (the short forms key as themselves): a free trade zone, an
#: economic and technological development zone (开发区 alone is one too), a high-tech zone.
ZONE_SHORT_FORMS = (("自贸试验区", "自由贸易试验区"), ("自贸区", "自由贸易试验区"), ("经济技术开发区", "经开区"),
                    ("经济开发区", "经开区"), ("开发区", "经开区"), ("高新技术产业开发区", "高新区"))


#: Whose committee a place's committee is, written before the place (中共吉林市委, 政协吉林市委员会).
COMMITTEE_OF = re.compile(COMMITTEES_OF)


#: What is left of a body's core whose 市 the city's name took (天津市 + 场监督管理委员会).
SHARED_SHI = ("场监督", "场监管")


def _opens_on_a_company(name: str, resources: Resources) -> bool:
    """Whether a body's name opens on a company organizations.tsv knows (阿里巴巴国际标准化研究院, 腾讯研究院)."""
    return any(name.startswith(written) and len(name) > len(written) for written in resources.organizations
               if len(written) >= 3)


def canonical_agency(name: str, context: str | None, g: Gazetteer, among: Collection[str] = ()) -> tuple[str, list[str], bool]:
    """Canonical name, region codes named in it, and whether the region came from context (``among``: the places
    the page names, which tell apart those sharing a name).

    >>> from govkg.loaders.resources import load_resources
    >>> g = load_resources(use_ner=False).gazetteer
    >>> canonical_agency("天津网信办", None, g)
    ('天津市网信办', [('天津', '120000')], False)
    >>> canonical_agency("省市场监管局", "510000", g)
    ('四川省市场监管局', [('省', '510000')], True)
    >>> canonical_agency("上海浦东新区医疗保险事务中心", None, g)[0]
    '上海市浦东新区医疗保险事务中心'
    >>> canonical_agency("澳门特区政府", None, g)[0], canonical_agency("香港特别行政区政府", None, g)[0]
    ('澳门特别行政区政府', '香港特别行政区政府')
    >>> canonical_agency("中共广西壮族自治区委员会", None, g)
    ('中共广西壮族自治区委员会', [('广西壮族自治区', '450000')], False)
    >>> canonical_agency("南宁海关", None, g)[0], canonical_agency("天津市场监督管理委员会", None, g)[0]
    ('南宁海关', '天津市市场监督管理委员会')
    """
    lead = COMMITTEE_OF.match(name)
    if lead and len(name) > lead.end() + 2:     # a Party or CPPCC committee: 中共 / 政协 + the place + 委员会
        committee, regions, from_context = canonical_agency(name[lead.end():], context, g, among)
        if regions:
            return lead.group() + committee, regions, from_context
    regions = leading_regions(name, g, among)
    if regions and name[sum(len(s) for s, _ in regions):].startswith(("大学", "学院", "师范", "理工", "科技大学")):
        regions = []   # 兰州大学…: an institution named after a city, not a body of it
    if regions and STREET_NAMED_AFTER.match(name, sum(len(s) for s, _ in regions)):
        regions = regions[:-1]   # (上海)江苏路街道办事处, 北京路步行街管委会: a street named after a place
    if regions:
        rest = name[sum(len(s) for s, _ in regions):]
        special = g.region(regions[-1][1]).name.endswith("特别行政区")
        if special and rest.startswith("特区"):
            rest = rest[2:]     # 澳门特区政府 is 澳门特别行政区政府
        full = ""
        for surface, code in regions:
            official = g.region(code).name
            full += official if not rest.startswith(official[len(surface):]) or official == surface else surface
        if full.endswith("市") and rest.startswith(SHARED_SHI):
            rest = "市" + rest   # 天津市场监督管理委员会: 天津市 + 市场监督…, the city's 市 written once for both
        if rest == "政府" and not special:
            rest = "人民政府"   # 浙江省政府 is 浙江省人民政府; Hong Kong's and Macao's are 特别行政区政府
        if rest == "海关":
            full = "".join(surface for surface, _ in regions)   # 上海海关, 南宁海关: a customs district's own name
        return full + rest, list(regions), False
    province = province_of(context, g)
    city = context if context and (g.region(context).level == "prefecture" or g.region(context).name.endswith("市")) else (
        province if province and g.region(province).name.endswith("市") else None)   # 重庆市 is its own city; 丰城市 too
    if city and name.startswith("市") and not re.match(r"市(场|县|区|级|委|州|长)", name):   # (市长热线: the mayor's)
        return g.region(city).name + name[1:], [("市", city)], True   # 市大数据发展局 in a 重庆 section
    if province and province != "100000":
        if name.startswith("省") and not name.startswith(("省委", "省长")) and not re.match(r"省市(?!场)", name):
            return g.region(province).name + name[1:], [("省", province)], True
        if name.startswith("自治区") and g.region(province).name.endswith("自治区"):
            return g.region(province).name + name[3:], [("自治区", province)], True   # 自治区大数据发展局 in 广西
        if name.endswith("厅") and not name.startswith(("国务院", "国家", "中央", "中共中央")):
            return g.region(province).name + name, [("", province)], True
    return name, [], False


#: A university or academy opening the name of one of its schools or centres (清华大学数据治理研究中心).
PARENT_INSTITUTION = re.compile(r"^([\u4e00-\u9fff]{2,8}?(?:大学(?![生城])|科学院|社会科学院|工程院))(?=[\u4e00-\u9fff]{2,})")


def _ensure_parent_institution(builder: EntityBuilder, name: str, m: Mention) -> None:
    """清华大学 of 清华大学数据治理研究中心 gets its node too; an academy under the State Council
    (中国社会科学院) is a public institution, a university an organization."""
    parent = PARENT_INSTITUTION.match(name)
    if parent:
        builder.ensure("Agency" if parent.group(1).endswith("院") else "Organization", parent.group(1), m)


def _platform_it_runs(name: str, resources: Resources) -> str | None:
    """The platform a centre is named after (…热线受理中心 → …热线), if that is a platform's name."""
    platform = platform_of_centre(name)
    return platform if platform and platform_cue(platform, resources) and not is_generic_platform(platform, resources) else None


#: A space between two Chinese characters inside a title.
#: (Not between two issuers, which joint titles space apart: 中共中央办公厅 国务院办公厅关于….)
#: (Spaces only: a control character in a name is kept, and escaped by each export.)
STRAY_SPACE = re.compile(r"(?<=[\u4e00-\u9fff“”])[ \t\u3000\u00a0]+(?=[\u4e00-\u9fff“”])(?![^\s关]{2,16}关于)")
#: A space between a body's name and the year of its report (某区数据局 2024年政府信息公开工作年度报告).
SPACE_BEFORE_YEAR = re.compile(rf"(?<=[{NAME_END_BEFORE_YEAR}])[ \t\u3000\u00a0]+(?=(?:19|20)\d{{2}}年)")
UNIVERSITY = re.compile(r"(大学|(?<!行政)(?<!党)(?<!科)学院|^(?:清华|北大|复旦|浙大|南大|交大)(?=.*(?:研究中心|研究院)$))(?!.*(党委|纪委))")


def _ensure_own_place(local: str | None, text: str, mentions: tuple[Mention, ...], builder: EntityBuilder,
                      g: Gazetteer) -> None:
    """The place a page is about, named only inside a title (《蓬溪县…指导目录》), gets its node where the
    page calls it 全县/我县, so that 全县 stands for it as it would had the page named it alone; the
    title that names it is the evidence."""
    if not local:
        return
    own = own_places(local, {f"Region:{c}" for c in [local, *g.ancestors(local)]}, g)
    for level in dict.fromkeys(m.group(2) for m in GENERIC_PLACE.finditer(text)):     # (我国: the country, skipped)
        code = own[level][len("Region:"):] if level in own else None
        if code is None or code == "100000" or f"Region:{code}" in builder.names:
            continue
        evidence = next((m for m in mentions if g.region(code).name in m.text), None)
        if evidence is not None:
            builder.ensure_region(code, g, evidence)


def _place_towns_named_alone(unplaced: list[str], placed: dict[str, list[str]], builder: EntityBuilder) -> None:
    """A town named alone (濛阳街道) that the page also names under its county (彭州市濛阳街道), with
    the same name, is that one (not 新城街道 for 东新城街道: ``placed`` keys towns by their own name)."""
    for key in dict.fromkeys(unplaced):
        under = list(dict.fromkeys(placed.get(builder.names[key], [])))
        if len(under) == 1:
            builder.merge(key, into=under[0])


def _home_county(code: str | None, g: Gazetteer) -> tuple[str, str] | None:
    """(key, name) of the page's own county, under which the towns it lists alone are named."""
    if not code or g.region(code).level != "county":
        return None
    return f"Region:{code}", g.region(code).name


def _sole_county(mentions: tuple[Mention, ...], g: Gazetteer) -> str | None:
    """The one county a page names, alone or opening a body's or platform's name, if it names no
    other: a county hotline's bulletin naming its county once still lists that county's towns."""
    counties = set()
    for m in mentions:
        if m.type in ("Region", "Agency", "Platform"):
            for _, code in [(m.text, region_code(m.text, None, g))] if m.type == "Region" else leading_regions(m.text, g):
                if code and g.region(code).level == "county":
                    counties.add(code)
    return counties.pop() if len(counties) == 1 else None


# -- titles ---------------------------------------------------------------------
