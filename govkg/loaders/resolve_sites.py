"""The bodies a page names by their sites and hotlines: 市大数据局官网 and 贵阳市大数据发展管理局网站 as one
body's one site, and the body a site or hotline is named after (欢迎访问河南省…管理局网站, 致电天津市人社局服务热线,
国家医保局服务热线), which the page names too.
"""
from __future__ import annotations

import re

from .entities import EntityBuilder
from .recognize_agencies import agency_pattern
from .recognize_platforms import BODYS_HOTLINE, LEVEL_OPENING
from .resolve_agencies import place_prefix
from .resources import Resources


#: A body's website named after the body: 市大数据局官网, 贵阳市大数据发展管理局网站.
AGENCY_SITE = re.compile(r"^(?P<owner>.{2,}?)(?:官网|官方网站|门户网站|网站)$")


def merge_agency_sites(builder: "EntityBuilder") -> None:
    """市大数据局官网 and 贵阳市大数据发展管理局网站 on one page: one body's one site, under its fuller name."""
    owner_of: dict[str, str] = {}
    for key, type_ in builder.types.items():
        if type_ == "Agency":
            for name in [builder.names[key]] + builder.aliases[key]:
                owner_of.setdefault(name, key)
    sites: dict[str, list[str]] = {}
    for key, type_ in list(builder.types.items()):
        m = AGENCY_SITE.match(builder.names[key]) if type_ == "Platform" else None
        if m and m.group("owner") in owner_of:
            sites.setdefault(owner_of[m.group("owner")], []).append(key)
    for agency, keys in sites.items():
        if len(keys) > 1:
            full = max(keys, key=lambda k: (builder.names[k].startswith(builder.names[agency]), len(builder.names[k])))
            for key in keys:
                if key != full:
                    builder.merge(key, full)


#: A body's site named after the body (河南省行政审批和政务信息管理局网站); a hotline's body: :func:`_hotline_owner`.
OWNED_BY_NAME = AGENCY_SITE


def ensure_site_owners(builder: "EntityBuilder", resources: Resources, canonical) -> None:
    """The body a site or hotline is named after, with its place written (欢迎访问河南省行政审批和政务信息管理局网站,
    致电天津市人社局服务热线): the page names that body too, placed as its name says. ``canonical`` reads a body's name
    (:func:`.resolve.canonical_agency`)."""
    g = resources.gazetteer
    for key, type_ in list(builder.types.items()):
        m = OWNED_BY_NAME.match(builder.names[key]) if type_ == "Platform" else None
        line_owner = _hotline_owner(builder.names[key], resources) if type_ == "Platform" and not m else None
        if line_owner and LEVEL_OPENING.match(line_owner):
            written, line_owner = line_owner, resources.agencies.get(line_owner, line_owner)   # (国家医保局: 国家医疗保障局)
            known = next((k for k, n in builder.names.items() if n == line_owner or line_owner in builder.aliases[k]), None)
            builder.alias(known or builder.ensure("Agency", line_owner, builder.mentions[key][0]), written)
            continue     # 市人社局咨询热线, 国家医保局服务热线: the body named by its level, as the page names it
        owner = line_owner or (m.group("owner") if m else None)
        prefix = (place_prefix(owner, g) or "") if owner else ""
        if owner is None or owner.endswith("政府") or not agency_pattern(resources).fullmatch(owner, len(prefix)) \
                or prefix in ("", "省", "市", "县", "区", "州"):
            continue     # (市政府网站, 国务院网站: no place written, or no body's name; 南充市政府网站: the
            #             place's portal, ranked as a site, not its government)
        name, regions, _ = canonical(owner, None, g)
        if not regions or any(n == name or name in builder.aliases[k] for k, n in builder.names.items()):
            continue
        agency = builder.ensure("Agency", name, builder.mentions[key][0])
        builder.agency_regions.setdefault(agency, regions)
        for _, code in regions:
            if code in g.regions and code != "100000":
                builder.ensure_region(code, g, builder.mentions[key][0])


def _hotline_owner(name: str, resources: Resources) -> str | None:
    """The body a hotline is named after, the longest body's name opening it (天津市税务局 of 天津市税务局纳税缴费
    服务热线, 市人社局 of 市人社局咨询热线), or None."""
    for cut in range(len(name) - 4, 2, -1):     # (a body of three characters at least: not 市委服务热线's 市委)
        owner = name[:cut]
        if not BODYS_HOTLINE.fullmatch(name, cut) or re.search(r"(?<=[局厅委办心])[和与及](?:省|市|县|区|州)|[、，]|热线|政府$", owner):
            continue    # (县医保局…热线和县人社局…热线: two lines; 县人民政府服务热线: no place's government named)
        level = LEVEL_OPENING.match(owner)
        prefix = place_prefix(owner, resources.gazetteer) or (level.group(0) if level else "")
        if agency_pattern(resources).fullmatch(owner, len(prefix)) or (level and len(owner) >= 4 and BODY_END_OF_LINE.search(owner)):
            return owner
    return None


#: How a level-named body ends, whose line a hotline is (市公积金中心服务热线, 市交警支队服务热线).
BODY_END_OF_LINE = re.compile(r"(?:局|厅|委|办|中心|院|支队|大队|所|站|监委)$")
