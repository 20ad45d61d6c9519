"""One platform under several names on a page, merged: the 12345 hotline written many ways (12345热线,
市12345政务服务便民热线, 本市12345), a platform named by its level word and by its place (省政务服务网 and
湖南省政务服务网), and a government's site however its name ends (四川省政府网站, 四川省人民政府网).
"""
from __future__ import annotations

import re

from .entities import EntityBuilder
from .places import is_or_holds, places_only
from .resolve_platforms import GOVERNMENT_SITE
from .resources import Gazetteer


# -- one page's 12345 hotline under several names ------------------------------------------
#: A 12345 line's own name: 12345 and words ending in 热线 (or its 平台), not a system built for it
#: (…热线系统新平台, …热线线上平台) nor an account named by place and number alone (北京12345).
HOTLINE_NAME = re.compile(r"^[“]?(?P<opening>[\u4e00-\u9fff]*?)[“]?12345[”]?(?:[\u4e00-\u9fff]*热线(?:平台)?)?$")
#   (宜春12345: a place's line named by its number alone)
#: The level word that may open a line's name instead of its place (省级12345热线, 自治区12345…).
LEVEL_OPENING = re.compile(r"^(?:全|本)?(省|市|县|区|自治区|州)(?:级|(?<=省)域)?")   # (省域, not 区域: regional)
#: The name every place's line shares (国办's 12345政务服务便民热线): a page may mean the kind, not its own line.
NATIONAL_LINE_NAMES = {"12345政务服务便民热线", "12345热线服务"}
#: A form naming a line's account or app rather than the line (北京12345微信公众号, 太原12345服务号).
ACCOUNT_FORM = re.compile(r"微信|公众号|小程序|服务号|订阅号|微博|APP|App|app|客户端|抖音")
#: Names of many places' lines, not one (区县12345…, 各地12345热线).
MANY_LINES = re.compile(r"^(?:区县|县区|市县|县市|各|全国|国家)")


def merge_hotline_names(builder: EntityBuilder, g: Gazetteer, local: str | None = None) -> None:
    """One page's 12345 hotline named several ways (雅安市12345政务服务便民热线 and 雅安12345热线, 自治区12345
    热线平台 and 自治区12345政务服务便民热线) is one platform: names opening on the same place (the deepest
    written: 曲靖市麒麟区… is the district's) or the same level word, and not one of the place's own other lines
    (企业服务热线), are one, the fullest name kept; and a name with no place
    (12345热线, “12345”平台) is the line of the place the page is about (``local``), when that is the only
    place whose line it names."""
    groups: dict[str, list[str]] = {}
    placeless = []
    for key, name in list(builder.names.items()):
        line = HOTLINE_NAME.match(name) if builder.types[key] == "Platform" else None
        if line is None or MANY_LINES.match(name) or any(ACCOUNT_FORM.search(a) for a in builder.aliases[key]):
            continue     # (北京12345 written for 北京12345微信公众号: the line's account, a platform of its own)
        opening = line.group("opening")
        if not opening:
            if name not in NATIONAL_LINE_NAMES:
                placeless.append(key)     # 12345热线, “12345”热线平台: the page's line, if it names one
            continue
        place = places_only(re.sub(r"(?:人民)?政府$", "", opening), g)
        level = LEVEL_OPENING.fullmatch(opening)
        if place:
            groups.setdefault(f"place {place}", []).append(key)
        elif level:
            groups.setdefault(f"level {level.group(1)}", []).append(key)
    _levels_into_places(groups, g, local)
    own = []
    for group, keys in groups.items():
        lines = _merge_shortened_lines(builder, keys)
        if group == f"place {local}" and len(groups) == 1 and len(lines) == 1:
            own = lines     # (the line of the place the page is about, not a city's on a province's page)
    for key in placeless:
        if own and _same_line(_line_words(builder.names[key]), _line_words(builder.names[own[0]])):
            builder.merge(key, own[0])


#: The level of place a level word names (省级12345热线 on a page naming one province's line).
LINE_LEVELS = {"省": "province", "自治区": "province", "市": "prefecture", "州": "prefecture", "县": "county", "区": "county"}


def _levels_into_places(groups: dict[str, list[str]], g: Gazetteer, local: str | None) -> None:
    """A line named by its level word (省级12345政府服务热线, 省域12345热线) joins the line of the page's own
    place (``local``), or of the place holding it, when that place is of that level and the only one of it
    whose line the page names (河北省12345政府服务热线); a city's page speaking of 县级12345热线 means every
    county's."""
    for group in [k for k in groups if k.startswith("level ")]:
        level = LINE_LEVELS.get(group.split(" ", 1)[1])
        places = [k for k in groups if k.startswith("place ") and g.region(k.split(" ", 1)[1]).level == level]
        if level and local is not None and len(places) == 1 and is_or_holds(places[0].split(" ", 1)[1], local, g):
            groups[places[0]] += groups.pop(group)


def _merge_shortened_lines(builder: EntityBuilder, keys: list[str]) -> list[str]:
    """Merge each of one place's lines into a fuller one that names the same line; the lines left."""
    kept: list[str] = []
    for key in sorted(keys, key=lambda k: (-len(builder.names[k]), -len(builder.mentions[k]))):
        into = next((k for k in kept if _same_line(_line_words(builder.names[key]), _line_words(builder.names[k]))), None)
        if into is None:
            kept.append(key)
        else:
            builder.merge(key, into)
    return kept


def _line_words(name: str) -> str:
    """A line's own words, without its place, number, quotes or closing 平台: 政务服务便民热线."""
    words = re.sub(r"^.*?12345", "", name.replace("“", "").replace("”", ""))
    return re.sub(r"平台$", "", words)


#: Words that make a place's 12345 line one of its own (企业服务热线, 营商环境热线), not another name of the
#: main line (政务服务便民热线, 市民热线, 市长热线, 政府服务热线 are one line's names).
OWN_LINE_WORDS = re.compile(r"企业|营商|亲清|投资|人才|外语|英语|医保|社保|税务|公积金|交通|消费")


def _same_line(one: str, other: str) -> bool:
    """Whether two of a place's 12345 lines' words name one line (便民热线 and 市长热线; not 便民热线 and
    企业服务热线)."""
    return set(OWN_LINE_WORDS.findall(one)) == set(OWN_LINE_WORDS.findall(other))


# -- a platform named by its level word and by its place -------------------------------------------------
#: A platform's name opening on its government's level alone: 省政府门户网站, 区政府门户网站, 省级网上办事大厅.
LEVEL_NAMED = re.compile(r"^(省|市|区|县|州)级?(?=[\u4e00-\u9fff]{3})")


def merge_level_named_platforms(builder: EntityBuilder, g: Gazetteer, local: str | None = None) -> None:
    """省政府门户网站 next to 湖南省人民政府门户网站, 省级网上办事大厅 next to 贵州省网上办事大厅: where the page names
    just one place's platform of that name, and that place is the page's own (``local``) or holds it, the
    level word's is that one (人民政府 and 政府 alike)."""
    platforms = [k for k, t in builder.types.items() if t == "Platform"]
    for short in platforms:
        level = LEVEL_NAMED.match(builder.names.get(short, ""))
        if level is None:
            continue
        rest = _plain(builder.names[short][level.end():])
        fulls = [k for k in platforms if k != short and k in builder.names
                 and (full := _plain(builder.names[k])).endswith(rest) and len(full) > len(rest)
                 and full[: -len(rest)].endswith(level.group(1))
                 and (place := places_only(full[: -len(rest)], g)) is not None and is_or_holds(place, local, g)]
        if len(fulls) == 1 and short in builder.names:
            builder.merge(short, fulls[0])


def _plain(name: str) -> str:
    """A platform's name with 人民政府 written 政府, no quotes, and a government's site called 政府网站 whichever
    word names it (门户网站, 网, 官网, 门户).

    >>> _plain("湖北省人民政府官网"), _plain("省政府门户网站"), _plain("“赣服通”平台")
    ('湖北省政府网站', '省政府网站', '赣服通平台')
    """
    plain = name.replace("人民政府", "政府").replace("“", "").replace("”", "")
    return GOVERNMENT_SITE.sub("政府网站", plain)


def merge_government_sites(builder: EntityBuilder) -> None:
    """One government's website named several ways on a page (四川省政府网站, 四川省人民政府网): one platform,
    the longest name kept."""
    by_plain: dict[str, list[str]] = {}
    for key, name in list(builder.names.items()):
        if builder.types[key] == "Platform" and GOVERNMENT_SITE.search(name.replace("人民政府", "政府")):
            by_plain.setdefault(_plain(name), []).append(key)
    _merge_into_longest(builder, by_plain.values())



def merge_known_platform_names(builder: EntityBuilder, known: dict[str, str]) -> None:
    """A national platform a page names several ways (中国政府网, 中央政府门户网站, 中华人民共和国中央人民政府门户网站;
    known_platforms.tsv): one platform, under the fullest name the page writes."""
    by_platform: dict[str, list[str]] = {}
    for key, name in list(builder.names.items()):
        platform = next((known[n] for n in (name, *builder.aliases[key]) if n in known), None) \
            if builder.types[key] == "Platform" else None
        if platform:
            by_platform.setdefault(platform, []).append(key)
    _merge_into_longest(builder, by_platform.values())


def _merge_into_longest(builder: EntityBuilder, groups) -> None:
    """Each group of keys naming one platform made one node, under the longest of their names."""
    for keys in groups:
        keys.sort(key=lambda k: -len(builder.names[k]))
        for key in keys[1:]:
            builder.merge(key, keys[0])
