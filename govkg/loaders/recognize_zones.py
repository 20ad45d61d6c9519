"""A platform's zone or store for one service or place: 国家政务服务平台“跨省通办”服务专区, “湘易办”长沙专区,
“津心办”经开区旗舰店. The zone is a platform of its own, part of the platform it opens with
(:func:`zone_base`), serving the place it names.
"""
from __future__ import annotations

import re

from ..types import Mention, Sentence
from .generic_platforms import is_generic_platform
from .resources import Gazetteer
from .tokens import mention

#: The words that end a zone's name.
ZONE_WORDS = ("服务专区", "专区", "旗舰店")
#: A zone after its platform's name: a quoted service or a place, then the zone's word.
ZONE = r"(?P<service>“[^“”]{2,12}”)?(?P<place>[\u4e00-\u9fff]{0,6}?)(?:" + "|".join(ZONE_WORDS) + ")"
ZONE_AFTER = re.compile(ZONE)
#: Words that are no place's name between a platform and a zone: a verb (“赣服通”新增疫情服务专区), a function word.
NOT_A_PLACE = re.compile(r"[的和与及在、]|新增|上线|开设|开通|推出|设立|打造|建设|增设|开辟|设置|上架|进行|开展|推进|实现|完成|建成")
#: A zone's full name: the platform it belongs to, then the zone.
ZONE_NAME = re.compile(r"^(?P<base>.+?)(?P<zone>" + ZONE + ")$")


def platform_zones(sentence: Sentence, candidates: list[Mention], g: Gazetteer | None = None) -> list[Mention]:
    """Each platform named right before a zone (a quoted service, or a place, then 专区/旗舰店) with its zone,
    as one longer name: “湘易办”长沙专区, not 湘易办 alone.

    >>> from govkg.types import Sentence
    >>> s = Sentence(0, "“津心办”经开区旗舰店上线", 0, 13)
    >>> [m.text for m in platform_zones(s, [mention(s, 0, 5, "Platform", "quoted")])]
    ['“津心办”经开区旗舰店']
    """
    out = []
    for c in candidates:
        if c.type != "Platform":
            continue
        m = ZONE_AFTER.match(sentence.text, c.end - sentence.start)
        if m and (m.group("service") or _a_place(m.group("place"), g)) and not NOT_A_PLACE.search(m.group("place")):
            out.append(mention(sentence, c.start - sentence.start, m.end(), "Platform", "zone"))
    return out


def _a_place(words: str, g: Gazetteer | None) -> bool:
    """长沙, 经开区, 涡阳县: a place's name (the gazetteer's, or a word for an area), not 老年人."""
    if re.search(r"(区|县|市|州|镇|旗)$", words) and len(words) >= 2:
        return True
    return g is not None and any(form in g.full_names or form in g.short_names for form in (words, words + "市", words + "县"))


def zone_base(name: str) -> tuple[str, str] | None:
    """The platform a zone belongs to and the place the zone names ('' for a service's zone).

    >>> zone_base("“湘易办”长沙专区"), zone_base("国家政务服务平台“跨省通办”服务专区")
    (('湘易办', '长沙'), ('国家政务服务平台', ''))
    """
    m = ZONE_NAME.match(name)
    return (m.group("base").strip("“”"), m.group("place")) if m else None


#: After a site's or app's name: one of its editions, for a language or for a kind of user (英文版, 关怀版).
EDITION_AFTER = re.compile(r"(?:英文|英语|中文|繁体|简体|日文|韩文|俄文|外文|多语种|多语言|国际|无障碍|关怀|适老化?|长辈|老年)版"
                           r"(?![块面本图式])")     # (not 无障碍版块, 英文版面, 新版本: a section, a layout, a version)
#: The sites whose editions are named so (中央政府门户网站英文版); an app's edition (闽政通国际版, “津心办”国际版) is
#: read as the app, whose own name the text gives.
SITE_NAME_END = re.compile(r"(?:门户网站|网站|门户)$")


def platform_editions(sentence: Sentence, candidates: list[Mention], resources=None) -> list[Mention]:
    """Each platform named right before an edition of it, with the edition: 中央政府门户网站英文版, a platform
    of its own, part of the site (not 中央政府门户网站 alone).

    >>> s = Sentence(0, "市政府门户网站英文版上线", 0, 12)
    >>> [m.text for m in platform_editions(s, [mention(s, 0, 7, "Platform", "platform")])]
    ['市政府门户网站英文版']
    """
    out = []
    for c in candidates:
        m = EDITION_AFTER.match(sentence.text, c.end - sentence.start) \
            if c.type == "Platform" and SITE_NAME_END.search(c.text) else None
        if m and not (resources is not None and is_generic_platform(c.text, resources)):   # (政府网站外文版: every site's)
            out.append(mention(sentence, c.start - sentence.start, m.end(), "Platform", c.source))
    return out
