"""Bodies named several ways on one page, made one: a Party committee with and without 中共 (北京市委, 中共北京市委),
a place's CPPCC committee by its short form (吉林市政协), a company by its full name and the name it is known by
(华为技术有限公司, 华为), a legislature with and without its term (贵州省十四届人大常委会, 贵州省人大常委会); and the
national body a page names only before its department (国家移民管理局外国人管理司: 国家移民管理局), the body an
inspection team is named after (全国人大常委会执法检查组: 全国人大常委会). Used by
:mod:`.resolve`.
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .recognize_groups import team_body

if TYPE_CHECKING:
    from .entities import EntityBuilder


#: A Party committee's name (北京市委, 黔东南州委, 区委), which 中共 may open.
PARTY_COMMITTEE = re.compile(r"[省市县区州盟旗]委(?:[\u4e00-\u9fff]{0,4}(?:办公厅|办公室|网信办|组织部|宣传部|统战部|政法委|编办|部|办))?$")


#: A place's CPPCC committee by its short form (吉林市政协).
PLACE_CPPCC = re.compile(r"([\u4e00-\u9fff]{2,10}[省市县区州盟旗])政协")


def merge_party_committees(builder: "EntityBuilder") -> None:
    """北京市委 next to 中共北京市委, 成都市委网信办 next to 中共成都市委网信办: the Party committee (or its
    office), written without 中共, is one body; so is 吉林市政协 beside 政协吉林市委员会 (or 中国人民政治协商会议
    吉林市委员会), the place's CPPCC committee."""
    by_name = {name: key for key, name in builder.names.items() if builder.types[key] == "Agency"}
    for name, key in by_name.items():
        party = by_name.get("中共" + name)
        if party is not None and PARTY_COMMITTEE.search(name):
            builder.merge(key, party)
        cppcc = PLACE_CPPCC.fullmatch(name)    # 吉林市政协 beside 政协吉林市委员会: the place's CPPCC committee
        full_names = [lead + cppcc.group(1) + "委员会" for lead in ("中国人民政治协商会议", "政协")] if cppcc else []
        full = next((by_name[n] for n in full_names if n in by_name), None)
        if full is not None and key in builder.names and full in builder.names:
            builder.merge(key, full)


#: What a company's name may end with beyond the name it is known by (华为技术有限公司, 中国电信集团公司, 省文旅集团).
COMPANY_FORM = re.compile(r"(?:(?:技术|科技|信息技术|网络技术|集团)?(?:股份)?有限(?:责任)?公司|集团(?:有限)?公司|集团|公司)$")


def company_core(name: str) -> str:
    """The name a company is known by: 华为技术有限公司 → 华为, 中国电信集团公司 → 中国电信, 省文旅集团 → 文旅.

    >>> company_core("华为技术有限公司"), company_core("中国电信集团公司"), company_core("省文旅集团")
    ('华为', '中国电信', '文旅')
    """
    return re.sub(r"^[省市县区]", "", COMPANY_FORM.sub("", name))


def merge_company_forms(builder: "EntityBuilder") -> None:
    """华为 next to 华为公司 and 华为技术有限公司, 文旅集团 next to 省文旅集团: one company, named fully or
    by the name it is known by; the longest name stays (a core of two characters at least)."""
    by_core: dict[str, list[str]] = {}
    for key, name in builder.names.items():
        core = company_core(name) if builder.types[key] == "Organization" else ""
        if len(core) >= 2:
            by_core.setdefault(core, []).append(key)
    for keys in by_core.values():
        if len(keys) > 1:
            longest = max(keys, key=lambda k: len(builder.names[k]))
            for key in keys:
                if key != longest and key in builder.names:
                    builder.merge(key, longest)


#: A legislature's term written in its name (第十三届, 十四届): the same body in every term.
TERM = re.compile(r"第?[一二三四五六七八九十]{1,3}届")


def _without_term(name: str) -> str:
    """山东省第十三届人民代表大会常务委员会 → 山东省人大常委会: the name as the body is named in any term.

    >>> _without_term("山东省第十三届人民代表大会常务委员会"), _without_term("省十四届人大常委会")
    ('山东省人大常委会', '省人大常委会')
    """
    return TERM.sub("", name).replace("人民代表大会常务委员会", "人大常委会")


def merge_legislature_terms(builder: "EntityBuilder") -> None:
    """A legislature named with its term and without it on one page (贵州省十四届人大常委会, 贵州省人大常委会):
    one body, the name with the term kept."""
    termed = {_without_term(builder.names[k]): k for k, t in builder.types.items()
              if t == "Agency" and TERM.search(builder.names[k])}
    for name, key in termed.items():
        builder.alias(key, name)     # (its working bodies are named after it so: 省人大常委会法制工作委员会)
    for key in [k for k, t in builder.types.items() if t == "Agency" and k not in termed.values()]:
        whole = termed.get(_without_term(builder.names.get(key, "")))
        if whole and whole in builder.names and key in builder.names:
            builder.merge(key, whole)


#: After a national body's name: one of its departments or offices (国家移民管理局|外国人管理司, 国家知识产权局|办公室).
UNIT_OF_NATIONAL_BODY = re.compile(r"[\u4e00-\u9fff]{2,14}(?:(?<!公)司|处)|办公室")
#   (not its research units: 国家行政学院电子政务研究中心 is annotated alone)


def ensure_parent_bodies(builder: "EntityBuilder", resources) -> None:
    """A national body the page names only as the first words of its unit's name (国家移民管理局外国人管理司,
    国家知识产权局办公室) is a body of the page too, which the unit is part of."""
    known = resources.agencies
    agencies = [k for k, t in builder.types.items() if t == "Agency"]
    named = {n for k in agencies for n in (builder.names[k], *builder.aliases[k])}    # (every name the page's bodies go by)
    for key in agencies:
        name = builder.names.get(key, "")
        parent = max((n for n in known if (len(n) >= 4 or n.endswith("部")) and name.startswith(n) and len(name) > len(n) + 1
                      and UNIT_OF_NATIONAL_BODY.fullmatch(name, len(n))), key=len, default=None)
        if parent and builder.mentions.get(key) and not named & {parent, known[parent]}:
            builder.alias(builder.ensure("Agency", known[parent], builder.mentions[key][0]), parent)
            named |= {parent, known[parent]}    # (人民银行科技司: 中国人民银行, known here as 人民银行)


def ensure_teams_body(builder: "EntityBuilder", name: str, key: str, regions: list, m, resources) -> None:
    """An inspection team's body (全国人大常委会 of 全国人大常委会执法检查组) is a body of the page too, by its full
    name where the dictionary knows it, with the written one as alias; the place is the body's, the team has none."""
    written = team_body(name)
    if written is None:
        return
    body = builder.ensure("Agency", resources.agencies.get(written, written), m)
    builder.alias(body, written)
    builder.agency_regions.setdefault(body, regions)
    builder.agency_regions[key] = []
