"""Relations the page's names imply across the whole document, from what govkg knows rather than from
one sentence's wording: a body's place (天津网信办 → 天津市), a place's place (长春市 partOf 吉林省), a zone's
city, the province of an app named by its abbreviation (粤省事 serves 广东省), a title's issuers, the body an
inspection team is named after, and the county of towns named alone.
"""
from __future__ import annotations

import re

from ..types import Entity, Relation
from .named import make_relation
from .recognize_groups import team_body
from .relate_names import by_its_title
from .resolve import Resolution
from .resources import CHINA, Resources


def jurisdiction(entities: dict[str, Entity], resolution: Resolution, sentences) -> list[Relation]:
    """An agency's name places it: 天津网信办 → 天津市 (stated); 省卫生健康委 under 四川 → 四川省 (inferred).

    A body named for the whole country (中国气象局, 中国人民银行) is national, not placed: the
    relation is for the province, city or county a body belongs to, and 中国 would say nothing.
    """
    out = []
    for key, regions in resolution.agency_regions.items():
        if not regions:
            continue
        e = entities[key]
        m = e.mentions[0]
        s = sentences[m.sentence]
        region_key = f"Region:{regions[-1][1]}"
        if region_key in entities and regions[-1][1] != CHINA[0]:
            out.append(make_relation("jurisdiction", key, region_key, s, m.start, m.end, 0.85, "agency-region",
                            inferred=key in resolution.inferred_keys))
        for (_, outer), (_, inner) in zip(regions, regions[1:]):
            outer = _whole_zone(f"Region:{inner}", entities) or f"Region:{outer}"
            if f"Region:{inner}" in entities and outer in entities:
                out.append(make_relation("partOf", f"Region:{inner}", outer, s, m.start, m.end, 0.9, "region-region"))
    return out


def zones_in_places(entities: dict[str, Entity], sentences) -> list[Relation]:
    """A development zone named after its place is part of it (临沂沂河新区 → 临沂市, 福州高新区 → 福州市):
    its key holds the place's code (:func:`.resolve._zone_key`)."""
    out = []
    for key, e in entities.items():
        code = re.match(r"Region:(\d{6})\D", key) if e.type == "Region" and e.region_level == "zone" else None
        whole = (_whole_zone(key, entities) or f"Region:{code.group(1)}") if code else None
        if whole in entities and e.mentions:
            m = e.mentions[0]
            out.append(make_relation("partOf", key, whole, sentences[m.sentence], m.start, m.end, 0.9, "zone-place"))
    return out


def teams_part_of_bodies(entities: dict[str, Entity], sentences) -> list[Relation]:
    """An inspection team is part of the body it is named after (全国人大常委会执法检查组 → the Standing Committee),
    wherever the page names the team, a report's issuer in its title too."""
    out = []
    for key, e in entities.items():
        body = team_body(e.name) if e.type == "Agency" and e.mentions else None
        if body is None:
            continue
        whole = next((k for k, o in entities.items() if o.type == "Agency" and k != key and body in (o.name,) + o.aliases), None)
        if whole:
            m = e.mentions[0]
            out.append(make_relation("partOf", key, whole, sentences[m.sentence], m.start, m.end, 0.8, "team-body"))
    return out


def _whole_zone(key: str, entities: dict[str, Entity]) -> str | None:
    """A free trade zone's area (Region:450000自由贸易试验区崇左片区) is part of the zone the text names
    (Region:450000自由贸易试验区), not of the province directly."""
    whole = re.match(r"(Region:\d{6}自由贸易试验区).+片区$", key)
    return whole.group(1) if whole and whole.group(1) in entities else None


def knowledge(entities: dict[str, Entity], resources: Resources, sentences) -> list[Relation]:
    """粤省事 serves 广东: the app dictionary, or a province abbreviation opening the name (inferred)."""
    out = []
    for key, e in entities.items():
        if e.type != "Platform":
            continue
        code = resources.province_of_app(e.name)
        region_key = f"Region:{code}" if code else None
        if region_key and region_key in entities:
            m = e.mentions[0]
            out.append(make_relation("serves", key, region_key, sentences[m.sentence], m.start, m.end, 0.6,
                            "province-abbreviation", inferred=True))
    return out


def title_issuers(entities: dict[str, Entity], resolution: Resolution, sentences) -> list[Relation]:
    """中共中央 国务院关于…的意见 is issued by both bodies its title names (inferred from the title)."""
    out = []
    for title, issuers in resolution.issuers.items():
        if title not in entities:
            continue
        m = entities[title].mentions[0]
        relation = by_its_title(entities[title])
        for agency in issuers:
            if agency in entities:
                out.append(make_relation(relation, title, agency, sentences[m.sentence], m.start, m.end, 0.7,
                                "title-issuer", inferred=True))
    return out


def region_hierarchy(entities: dict[str, Entity], resources: Resources, sentences) -> list[Relation]:
    """长春市 partOf 吉林省 when the article names both: the nearest place above it that the
    article names, from GB/T 2260 (inferred: the text need not say it)."""
    g = resources.gazetteer
    named = {e.region_code: key for key, e in entities.items() if e.type == "Region" and e.region_code}
    out = []
    for code, key in named.items():
        parent = next((named[c] for c in g.ancestors(code) if c in named and c != "100000"), None)
        if parent:
            m = entities[key].mentions[0]
            out.append(make_relation("partOf", key, parent, sentences[m.sentence], m.start, m.end, 0.9,
                            "gazetteer-hierarchy", inferred=True))
    return out


def towns_of_the_county(entities: dict[str, Entity], resolution: Resolution, sentences, gazetteer) -> list[Relation]:
    """A town the page names alone (阿干镇、八里镇…) is part of the one county the page names (七里河区),
    under which it was keyed: inferred, as the text does not write the two together."""
    codes = {e.region_code for e in entities.values() if e.type == "Region" and e.region_code}
    alone = {county: _only_places_in_line(entities[county].region_code, codes, gazetteer)
             for county in set(resolution.town_counties.values()) if county in entities}
    out = []
    for town, county in resolution.town_counties.items():
        if not alone.get(county):
            continue   # 赴天津市考察…杨柳青镇: another place the page names may hold the towns
        if town in entities and town != county:
            m = entities[town].mentions[0]
            out.append(make_relation("partOf", town, county, sentences[m.sentence], m.start, m.end, 0.8,
                                     "town-of-the-county", inferred=True))
    return out


def _only_places_in_line(code: str | None, codes: set[str], g) -> bool:
    """Whether every place the page names (``codes``) is the county ``code``, above it or under it (a
    county with no code has nothing to compare)."""
    if not code:
        return True
    above = set(g.ancestors(code))
    return all(c == code or c in above or code in g.ancestors(c) for c in codes)
