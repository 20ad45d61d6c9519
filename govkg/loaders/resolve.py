"""Merge mentions into entities: one node per real thing, named canonically.

* regions resolve to their GB/T 2260 code (天津 = 天津市 = 120000);
* agencies get their region prefix written out in full (天津网信办 → 天津市网信办),
  and 省/厅 names under a province's heading get that province
  (省卫生健康委 in the 四川 section → 四川省卫生健康委);
* titles introduced by 以下简称 and shortened titles join the full title;
* a platform named by a shorter form of another (一体化平台 ↔ 全省一体化政务服务平台)
  joins it; generic names (在线政务服务平台) that name no particular platform are dropped.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..types import Entity, Mention, Sentence
from .recognize import agency_pattern, is_generic_platform
from .resources import Gazetteer, Resources

ABBREVIATED_AS = re.compile(r"《([^《》]+)》(?:[（(][^（）()《》]{2,30}[）)])?[（(]\s*(?:以下)?简称\s*[“\"]?《?([^”\"》）)]+)》?[”\"]?\s*[）)]")
SCOPE_WORD = re.compile(r"^(全省|全市|我省|我市|省|市)")
SCOPE_PREFIX = re.compile(r"^(全省|全市|全区|全县|我省|我市|本省|本市)")


@dataclass
class Resolution:
    """Entities of one document and which entity each mention names."""

    entities: dict[str, Entity]
    mention_entity: dict[tuple[int, int], str]      #: (start, end) of a mention → Entity.key
    context: dict[int, str | None] = field(default_factory=dict)   #: sentence index → region code of its section
    inferred_keys: set[str] = field(default_factory=set)  #: agencies whose region came from context
    agency_regions: dict[str, list[tuple[str, str]]] = field(default_factory=dict)  #: agency key → [(surface, code)] of its name
    issuers: dict[str, list[str]] = field(default_factory=dict)   #: title key → agencies named before its 关于

    def key_of(self, mention: Mention) -> str | None:
        return self.mention_entity.get((mention.start, mention.end))


def resolve(text: str, sentences: tuple[Sentence, ...], mentions: tuple[Mention, ...], resources: Resources) -> Resolution:
    g = resources.gazetteer
    home = document_region(sentences, mentions, g)
    context = {i: code or home for i, code in section_regions(sentences, g).items()}
    builder = _Builder()
    region_of_mention = {}
    region_ending_at: dict[int, tuple[str, str]] = {}   # end offset → (key, full name) of a place named there
    for m in mentions:
        if m.type == "Region" and m.source == "town":
            parent = region_ending_at.get(m.start)
            if parent:   # 新津区邓双镇: keyed and named under its county, so two 邓双镇 stay apart
                name = parent[1] + m.text
                level = "village" if m.text.endswith(("村", "社区")) else "town"
                key = builder.add(f"Region:{name}", "Region", name, m, region_level=level)
                region_ending_at[m.end] = (key, name)
            continue
        if m.type == "Region":
            code = _region_code(m.text, context.get(m.sentence), g)
            if code:
                r = g.region(code)
                key = builder.add(f"Region:{code}", "Region", r.name, m, region_code=code, region_level=r.level)
                region_of_mention[(m.start, m.end)] = key
                before = region_ending_at.get(m.start)
                full = before[1] + r.name if before and g.contains(before[0].split(":")[1], code) else r.name
                region_ending_at[m.end] = (key, full)
    aliases = dict(_abbreviations(text))
    titles = [m for m in mentions if m.type in ("Policy", "Report")]
    full_titles = {m.text for m in titles if m.text not in aliases.values()}
    seen_titles: list[str] = []
    bare: list[Mention] = []
    for m in mentions:
        if m.type in ("Policy", "Report"):
            name = _full_title(m.text, aliases, full_titles, seen_titles)
            seen_titles.append(name)
            title_key = builder.add(f"{m.type}:{name}", m.type, name, m)
            for issuer in title_issuers(name):   # 湖南省人民政府办公厅关于…的通知; 中共中央 国务院关于…的意见
                agency, regions, _ = canonical_agency(resources.agencies.get(issuer, issuer), context.get(m.sentence), g)
                key = builder.ensure("Agency", agency, m)
                builder.alias(key, issuer)
                builder.agency_regions.setdefault(key, regions)
                builder.issuers.setdefault(title_key, [])
                if key not in builder.issuers[title_key]:
                    builder.issuers[title_key].append(key)
                for _, code in regions:
                    builder.ensure_region(code, g, m)
        elif m.type == "Organization":
            name = resources.organizations.get(m.text, m.text)
            builder.add(f"Organization:{name}", "Organization", name, m)
        elif m.type == "Agency" and UNIVERSITY.search(m.text):   # 清华大学数据治理研究中心: not a government body
            builder.add(f"Organization:{m.text}", "Organization", m.text, m)
        elif m.type == "Agency":
            name, regions, from_context = canonical_agency(resources.agencies.get(m.text, m.text), context.get(m.sentence), g)
            if not regions and is_bare_department(name, resources):
                bare.append(m)   # 网信办, 交通运输厅: whose is it? decided once every full name is known
                continue
            key = builder.add(f"Agency:{name}", "Agency", name, m)
            builder.agency_regions.setdefault(key, regions)
            builder.alias(key, m.text)
            for surface, code in regions:
                builder.ensure_region(code, g, m)
                if len(surface) > 1:
                    builder.alias(f"Region:{code}", surface)
            if from_context:
                builder.inferred.add(key)
    _place_bare_departments(bare, builder)
    _merge_abbreviated_agencies(builder, g)
    _add_platforms(builder, text, [m for m in mentions if m.type == "Platform"], context, resources)
    _apply_declared_short_names(text, mentions, builder)
    _merge_descriptors(mentions, builder)
    return Resolution(builder.entities(), builder.mention_entity, context, builder.inferred, builder.agency_regions,
                      builder.issuers)


class _Builder:
    def __init__(self):
        self.names: dict[str, str] = {}
        self.types: dict[str, str] = {}
        self.aliases: dict[str, list[str]] = {}
        self.mentions: dict[str, list[Mention]] = {}
        self.extra: dict[str, dict] = {}
        self.mention_entity: dict[tuple[int, int], str] = {}
        self.agency_regions: dict[str, list[str]] = {}
        self.inferred: set[str] = set()
        self.issuers: dict[str, list[str]] = {}   #: title key → agencies its title names before 关于

    def add(self, key: str, type_: str, name: str, mention: Mention, **extra) -> str:
        if key not in self.names:
            self.names[key], self.types[key] = name, type_
            self.aliases[key], self.mentions[key], self.extra[key] = [], [], extra
        if mention.text != self.names[key] and mention.text not in self.aliases[key]:
            self.aliases[key].append(mention.text)
        self.mentions[key].append(mention)
        self.mention_entity[(mention.start, mention.end)] = key
        return key

    def ensure_region(self, code: str, g: Gazetteer, mention: Mention) -> str:
        """A region named only inside another name (天津 in 天津网信办) still gets its node."""
        key = f"Region:{code}"
        if key not in self.names:
            r = g.region(code)
            self.names[key], self.types[key] = r.name, "Region"
            self.aliases[key], self.mentions[key] = [], [mention]
            self.extra[key] = {"region_code": code, "region_level": r.level}
        return key

    def merge(self, old: str, into: str) -> None:
        """Fold entity ``old`` into ``into``: its names become aliases, its mentions move."""
        for name in [self.names[old]] + self.aliases[old]:
            self.alias(into, name)
        self.mentions[into] += self.mentions.pop(old)
        for span, key in self.mention_entity.items():
            if key == old:
                self.mention_entity[span] = into
        if old in self.agency_regions:
            self.agency_regions.setdefault(into, self.agency_regions.pop(old))
        if old in self.inferred:
            self.inferred.discard(old)
        for keys in self.issuers.values():
            keys[:] = list(dict.fromkeys(into if k == old else k for k in keys))
        for table in (self.names, self.types, self.aliases, self.extra):
            table.pop(old, None)

    def ensure(self, type_: str, name: str, mention: Mention) -> str:
        """A thing named only inside another name still gets its node: the issuer in
        某局关于…的通知, the brand in “湘易办”总门户. The mention is kept as its evidence."""
        key = f"{type_}:{name}"
        if key not in self.names:
            self.names[key], self.types[key] = name, type_
            self.aliases[key], self.mentions[key], self.extra[key] = [], [mention], {}
        return key

    def alias(self, key: str, alias: str) -> None:
        if alias != self.names[key] and alias not in self.aliases[key]:
            self.aliases[key].append(alias)

    def entities(self) -> dict[str, Entity]:
        return {
            k: Entity(k, self.types[k], self.names[k], tuple(self.aliases[k]),
                      mentions=tuple(self.mentions[k]), **self.extra[k])
            for k in self.names
        }


ISSUER_TAIL = re.compile(r"(等部门|等单位|等|联合印发|联合发布|印发|发布)$")


def title_issuers(title: str) -> list[str]:
    """The bodies an official title names before 关于: 中共中央 国务院关于… gives both.

    >>> title_issuers("中共中央 国务院关于构建数据基础制度的意见")
    ['中共中央', '国务院']
    >>> title_issuers("国家数据局等部门关于印发《行动计划》的通知"), title_issuers("关于加强数字政府建设的指导意见")
    (['国家数据局'], [])
    """
    if "关于" not in title[3:]:
        return []
    head = ISSUER_TAIL.sub("", title.split("关于", 1)[0].strip())
    if head.startswith("《"):
        return []
    return [p for p in re.split(r"[\s、，,]+", head) if len(p) >= 2]


# -- regions --------------------------------------------------------------------

def section_regions(sentences: tuple[Sentence, ...], g: Gazetteer) -> dict[int, str | None]:
    """The region each sentence's section heading names (天津：… → 120000)."""
    by_section: dict[str, str | None] = {}
    for section in {s.section for s in sentences if s.section}:
        by_section[section] = next(
            (_region_code(section[:n], None, g) for n in range(min(len(section), 12), 1, -1)
             if section[:n] in g.full_names or (section[:n] in g.short_names and _stands_alone(section, n, g))), None)
    return {s.index: by_section.get(s.section) if s.section else None for s in sentences}


def _stands_alone(section: str, n: int, g: Gazetteer) -> bool:
    """A short place name opening a heading is the place only if the name ends there or is a
    province's (阿里云全面驱动… does not open with 阿里地区)."""
    return n == len(section) or section[n] in "：: 、，" or any(c[2:] == "0000" for c in g.short_names[section[:n]])


def document_region(sentences: tuple[Sentence, ...], mentions: tuple[Mention, ...], g: Gazetteer) -> str | None:
    """The place an article is about, when one place dominates it: 全省/我省/省X/市X then mean it.

    Every place named (alone or opening an agency's name) votes for itself and
    the places above it; the title line votes twice. The deepest place with at
    least two votes and twice the votes of any rival at its level wins, so a
    round-up of many provinces has no home region.
    """
    votes: dict[str, int] = {}
    for m in mentions:
        if m.type not in ("Region", "Agency", "Platform", "Policy", "Report"):
            continue
        weight = 2 if m.sentence == 0 else 1
        for _, code in _leading_regions(m.text, g)[:1] if m.type != "Region" else [(m.text, _region_code(m.text, None, g))]:
            if not code or code == "100000":
                continue
            for c in [code] + g.ancestors(code):
                if c != "100000":
                    votes[c] = votes.get(c, 0) + weight
    home = None
    for level in ("province", "prefecture"):
        ranked = sorted(((n, c) for c, n in votes.items() if g.region(c).level == level
                         and (home is None or g.contains(home, c))), reverse=True)
        if not ranked or ranked[0][0] < 2 or (len(ranked) > 1 and ranked[0][0] < 2 * ranked[1][0]):
            break
        home = ranked[0][1]
    return home


def own_places(code: str | None, entities: dict[str, Entity], g: Gazetteer) -> dict[str, str]:
    """What 省, 市 and 国 in 全省/我市/我国 stand for where the text's place is ``code``: entity keys.

    >>> from govkg.loaders.resources import load_resources
    >>> g = load_resources(use_ner=False).gazetteer
    >>> keys = {"Region:510000": None, "Region:510100": None}
    >>> own_places("510100", keys, g)
    {'省': 'Region:510000', '市': 'Region:510100'}
    """
    province = _province_of(code, g)
    city = code if code and g.region(code).level == "prefecture" else (
        province if province and g.region(province).name.endswith("市") else None)
    out = {"省": f"Region:{province}" if province and province != "100000" else None,
           "市": f"Region:{city}" if city else None, "国": "Region:100000"}
    return {k: v for k, v in out.items() if v and v in entities}


def _province_of(code: str | None, g: Gazetteer) -> str | None:
    """The province-level region a region lies in (itself for a province)."""
    if not code:
        return None
    r = g.region(code)
    return code if r.level in ("province", "country") else next(
        (c for c in g.ancestors(code) if g.region(c).level == "province"), None)


def _region_code(name: str, context: str | None, g: Gazetteer) -> str | None:
    codes = g.full_names.get(name) or g.short_names.get(name) or []
    if not codes:
        return None
    if len(codes) > 1 and context:
        inside = [c for c in codes if c == context or g.contains(context, c)]
        if inside:
            return inside[0]
    return sorted(codes, key=lambda c: (c[2:] != "0000", c))[0]


def _leading_regions(name: str, g: Gazetteer) -> list[tuple[str, str]]:
    """Region names at the start of ``name``: [(surface, code), ...] — 上海浦东新区… gives two."""
    out, rest, context = [], name, None
    while True:
        best = None
        for length in range(min(len(rest) - 1, 12), 1, -1):
            piece = rest[:length]
            if piece in g.full_names or piece in g.short_names:
                best = piece
                break
        if not best:
            return out
        code = _region_code(best, context, g)
        out.append((best, code))
        context, rest = code, rest[len(best):]


def canonical_agency(name: str, context: str | None, g: Gazetteer) -> tuple[str, list[str], bool]:
    """Canonical name, region codes named in it, and whether the region came from context.

    >>> from govkg.loaders.resources import load_resources
    >>> g = load_resources(use_ner=False).gazetteer
    >>> canonical_agency("天津网信办", None, g)
    ('天津市网信办', [('天津', '120000')], False)
    >>> canonical_agency("省市场监管局", "510000", g)
    ('四川省市场监管局', [('省', '510000')], True)
    >>> canonical_agency("上海浦东新区医疗保险事务中心", None, g)[0]
    '上海市浦东新区医疗保险事务中心'
    """
    regions = _leading_regions(name, g)
    if regions and name[sum(len(s) for s, _ in regions):].startswith(("大学", "学院", "师范", "理工", "科技大学")):
        regions = []   # 兰州大学…: an institution named after a city, not a body of it
    if regions:
        rest = name[sum(len(s) for s, _ in regions):]
        full = ""
        for surface, code in regions:
            official = g.region(code).name
            full += official if not rest.startswith(official[len(surface):]) or official == surface else surface
        if rest == "政府":
            rest = "人民政府"   # 浙江省政府 is 浙江省人民政府
        return full + rest, list(regions), False
    province = _province_of(context, g)
    city = context if context and g.region(context).level == "prefecture" else (
        province if province and g.region(province).name.endswith("市") else None)   # 重庆市 is its own city
    if city and name.startswith("市") and not re.match(r"市(场|县|区|级|委|州)", name):
        return g.region(city).name + name[1:], [("市", city)], True   # 市大数据发展局 in a 重庆 section
    if province and province != "100000":
        if name.startswith("省") and not name.startswith("省委") and not re.match(r"省市(?!场)", name):
            return g.region(province).name + name[1:], [("省", province)], True
        if name.startswith("自治区") and g.region(province).name.endswith("自治区"):
            return g.region(province).name + name[3:], [("自治区", province)], True   # 自治区大数据发展局 in 广西
        if name.endswith("厅") and not name.startswith(("国务院", "国家", "中央")):
            return g.region(province).name + name, [("", province)], True
    return name, [], False


UNIVERSITY = re.compile(r"(大学|(?<!行政)(?<!党)(?<!科)学院)(?!.*(党委|纪委))")
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
    return bool(m and m.group("prefix") in (None, "自治区") and m.group("core"))


def _place_bare_departments(bare: list[Mention], builder: "_Builder") -> None:
    """A bare name that ends exactly one full name of the text is that body; otherwise it names nobody."""
    for m in bare:
        owners = [k for k, t in builder.types.items() if t == "Agency" and builder.names[k].endswith(m.text)
                  and builder.names[k] != m.text]
        if len(owners) == 1:
            builder.add(owners[0], "Agency", builder.names[owners[0]], m)


def _is_region_name(name: str, g: Gazetteer) -> bool:
    return name in g.full_names or name in g.short_names or name[:-1] in g.short_names


def _region_prefix(name: str) -> str:
    """The place a name opens with, with its level word: 上海市卫健委 → 上海市."""
    m = re.match(r"[\u4e00-\u9fff]{2,8}?(省|市|自治区|区|县|州)", name)
    return m.group(0) if m else ""


def is_abbreviation(short: str, full: str) -> bool:
    """省大数据局 abbreviates 省大数据发展管理局: same start and suffix, characters in order.

    >>> is_abbreviation("浙江省大数据局", "浙江省大数据发展管理局")
    True
    >>> is_abbreviation("浙江省人民政府", "浙江省人民政府办公厅")
    False
    """
    if len(short) >= len(full) or short[:2] != full[:2]:
        return False
    rest = short[len(_region_prefix(short)):]
    if len(rest) < 2:
        return False   # 上海市委 is no short form of 上海市卫健委: nothing but the place and one character
    same_end = short[-1] == full[-1] or (short.endswith("办") and full.endswith("办公室"))
    it = iter(full)
    return same_end and all(ch in it for ch in short)


def _merge_abbreviated_agencies(builder: "_Builder", g: Gazetteer | None = None) -> None:
    agencies = [k for k, t in builder.types.items() if t == "Agency"]
    if g is not None:   # 市政务服务和数据管理局 next to 深圳市政务服务和数据管理局: the same body
        for short in agencies:
            name = builder.names.get(short, "")
            if not name[:1] in ("省", "市", "区", "县"):
                continue
            fulls = [k for k in agencies if k != short and k in builder.names and builder.names[k].endswith(name)
                     and _is_region_name(builder.names[k][: -len(name)] + name[0], g)]
            if len(fulls) == 1 and short in builder.names:
                builder.merge(short, fulls[0])
    for short in agencies:
        if short not in builder.names:
            continue   # already merged
        fulls = [k for k in agencies if k != short and k in builder.names
                 and is_abbreviation(builder.names[short], builder.names[k])]
        if len(fulls) == 1:
            builder.merge(short, fulls[0])


# -- titles ---------------------------------------------------------------------

def _abbreviations(text: str):
    """(short, full) pairs from 《全称》（以下简称“《简称》”）."""
    for m in ABBREVIATED_AS.finditer(text):
        yield m.group(2).strip("《》“”\""), m.group(1)


def _full_title(title: str, aliases: dict[str, str], full_titles: set[str], seen: list[str]) -> str:
    """The full title a short one stands for: declared by 以下简称, else the latest one ending with it."""
    if title in aliases:
        return aliases[title]
    earlier = [t for t in seen if t != title and t.endswith(title)]
    if earlier:
        return earlier[-1]
    longer = [t for t in full_titles if t != title and t.endswith(title)]
    return longer[0] if len(longer) == 1 else title


# -- platforms --------------------------------------------------------------------

QUOTED_SPAN = re.compile(r"“([^“”]+)”(.*)$")
# Words after a quoted brand that say what kind of thing it is, not another thing: “X”平台 is X.
KIND_WORDS = re.compile(r"(APP|App|app|小程序|微信小程序|客户端|平台|云平台|系统平台|公众号|微信公众号|服务号|视频号)")


def _add_platforms(builder: _Builder, text: str, mentions: list[Mention], context: dict, resources: Resources) -> None:
    g = resources.gazetteer
    names = {m.text for m in mentions}
    specific = {n for n in names if not is_generic_platform(n, resources)}
    for m in mentions:
        quoted = QUOTED_SPAN.match(text[m.start:m.end]) if m.source == "quoted" else None
        if quoted and KIND_WORDS.fullmatch(quoted.group(2)):
            target = quoted.group(1)        # “柳州政务云”平台 is 柳州政务云 (not 柳州政务 + 云平台)
        else:
            target = _platform_target(m.text, specific, resources.apps)
        seen = {m.text}
        while target is not None and target not in seen:   # 一体化平台 → 全省一体化平台 → 全省一体化政务服务平台
            seen.add(target)
            target = _platform_target(target, specific, resources.apps) or target
        if target is None:
            continue  # a generic name that names no particular platform
        code = context.get(m.sentence)
        scoped = target if target in resources.apps else _scoped(target, code, g)   # 全省事 is an app's name
        key = builder.add(f"Platform:{scoped}", "Platform", scoped, m)
        builder.alias(key, m.text)
        builder.alias(key, scoped)
        compound = COMPOUND.match(target) if m.source == "quoted" else None
        if compound:   # “湘易办”总门户: the brand itself is a platform too
            builder.ensure("Platform", compound.group(1), m)
        if "·" in target and target.split("·")[0] in resources.apps:   # 赣服通·东湖旗舰店: and 赣服通
            builder.ensure("Platform", target.split("·")[0], m)
        code = resources.province_of_app(target)
        if code:
            builder.ensure_region(code, g, m)


GENERIC_BASES = frozenset({"市级", "区级", "省级", "县级", "国家级", "一体化", "政务服务", "移动端"})
COMPOUND = re.compile(r"^(.{2,10}?)(总门户|门户网站|门户|专区|移动端)$")
APP_FORM = re.compile(r"^(.{2,8}?)(APP|App|app|小程序|客户端|云平台|系统平台|平台|微信小程序|政务服务平台|微信公众号|公众号|服务号|视频号)$")


def _platform_target(name: str, specific: set[str], apps: dict | None = None, quoted: bool = False) -> str | None:
    """The specific platform a name stands for: itself, the app it is a form of, or the one it abbreviates."""
    form = APP_FORM.match(name)
    if form and (form.group(1) in specific or form.group(1) in (apps or {})
                 or (quoted and form.group(1) not in GENERIC_BASES and not _names_a_place(form.group(1)))):
        return form.group(1)
    longer = [s for s in specific if s != name and (_is_suffix_alias(name, s) or _is_subsequence_alias(name, s))]
    if len(longer) == 1:
        return longer[0]
    if len(longer) > 1:
        return min(longer, key=len)
    return name if name in specific else None


def _names_a_place(word: str) -> bool:
    """中国, 全国, 全省: a place or scope, never a platform's brand (“中国政务服务平台” is one name)."""
    return word in ("中国", "全国", "我国", "国家", "全省", "全市", "省级", "市级") or word.endswith(("省", "市", "区", "县"))


def _is_suffix_alias(short: str, full: str) -> bool:
    return len(short) >= 4 and full.endswith(short)


def _is_subsequence_alias(short: str, full: str) -> bool:
    """一体化平台 ⊂ 全省一体化政务服务平台: same ending, characters in order, and not too short."""
    if len(short) < 4 or short[-2:] != full[-2:]:
        return False
    it = iter(full)
    return all(ch in it for ch in short) and (short[0] == full[0] or short[:3] in full)


def _scoped(name: str, code: str | None, g: Gazetteer) -> str:
    """全省一体化政务服务平台 under a 四川 heading (or in a 四川 article) is 四川省一体化政务服务平台.

    >>> from govkg.loaders.resources import load_resources
    >>> g = load_resources(use_ner=False).gazetteer
    >>> _scoped("全省一体化政务服务平台", "510100", g), _scoped("全市统一平台", "510100", g)
    ('四川省一体化政务服务平台', '成都市统一平台')
    """
    m = SCOPE_PREFIX.match(name)
    if not (m and code):
        return name
    province = _province_of(code, g)
    if m.group(0)[1] == "省":
        place = province
    elif m.group(0)[1] == "区" and province and g.region(province).name.endswith("自治区"):
        place = province     # 全区 in 广西 is the autonomous region
    else:
        place = code if g.region(code).level != "province" or g.region(code).name.endswith("市") else None
    return g.region(place).name + name[2:] if place else name


def _merge_descriptors(mentions: tuple[Mention, ...], builder: _Builder) -> None:
    """“粤省事”移动民生服务平台: the words glued after a quoted platform describe it, they name nothing else."""
    for a, b in zip(mentions, mentions[1:]):
        if not (a.type == b.type == "Platform" and b.start == a.end and "quoted" in (a.source, b.source)
                and "platform" in (a.source, b.source)):
            continue
        ka, kb = builder.mention_entity.get((a.start, a.end)), builder.mention_entity.get((b.start, b.end))
        if a.source == "platform":   # 全省一体化政务服务平台“吉事办”: the description stands before the name
            ka, kb = kb, ka
        if ka and kb and ka != kb and ka in builder.names and kb in builder.names:
            builder.merge(kb, ka)


DECLARED_SHORT = re.compile(r"^[（(]\s*(?:以下)?简称\s*[“\"]?([^”\"，,、（）()]{2,20}?)[”\"]?\s*(?:[，,]\s*即([^，,（）()]{2,12}))?\s*[）)]")


def _apply_declared_short_names(text: str, mentions: tuple[Mention, ...], builder: _Builder) -> None:
    """青岛市城市运行管理服务平台（以下简称“市级平台”）: later 市级平台 is that platform.

    Works for any name the text abbreviates (agencies, platforms); titles in 《》 are handled apart.
    """
    declared: dict[str, str] = {}
    for m in mentions:
        key = builder.mention_entity.get((m.start, m.end))
        found = DECLARED_SHORT.match(text[m.end:m.end + 30])
        if key and found and m.type in ("Agency", "Platform", "Organization"):
            for short in filter(None, found.groups()):
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
            builder.merge(current, owner)

