"""Find the names in each sentence: regions, agencies, organizations, platforms, policies, reports.

Several recognizers each propose :class:`~govkg.types.Mention` records; the
longest, most trusted one wins where they overlap:

* ``title``      — 《…》 titles, typed Policy or Report by their ending;
* ``quoted``     — “…” brand names that look like platforms (“随申办”);
* ``gazetteer``  — GB/T 2260 region names and short forms;
* ``agency``     — [region][省/市…][department core][suffix] patterns;
* ``ner``        — the LAC model's ORG tags, kept when they end like an agency;
* ``platform``   — names ending in 平台/网/云/门户/APP/码…, bounded by the model's word tags;
* ``dictionary`` — known government-service apps and organizations.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from ..types import Mention, Sentence
from .resources import Resources

# Priority when spans overlap (higher wins, then longer).
PRIORITY = {"title": 6, "quoted": 5, "dictionary": 4, "agency": 4, "ner": 3, "platform": 3, "gazetteer": 2}

TITLE = re.compile(r"《([^《》]{2,80})》")
QUOTED = re.compile(r"“([^“”]{2,16})”")
# A quoted term followed by these is a slogan or a measure, not a platform.
NOT_PLATFORM_AFTER = ("能力", "率", "模式", "改革", "理念", "品牌", "经验", "服务体系", "要求", "原则", "目标", "工程")
WORD_CHARS = re.compile(r"^[\u4e00-\u9fffA-Za-z0-9·+＋]+$")
# Single-character suffixes that begin another word when followed by these.
SUFFIX_BLOCKERS = {"部": "门分署长署队位属", "局": "面长势限属", "厅": "长堂属", "委": "托员屈婉属", "办": "理法事公好", "院": "长校士落属"}
# Words before which an unquoted name cannot start (verbs and function words).
BOUNDARY_TAGS = {"v", "p", "c", "u", "d", "r", "q", "m", "w", "xc", "ad", "vd", "TIME", "PER", "t"}
# Verbs that end a platform name on its left even when the model tags them as nouns.
NAME_STOP_WORDS = frozenset({"运营", "建设", "运维", "负责", "统筹", "接入", "对接", "上线", "开通", "推出", "打造",
                             "搭建", "升级", "依托", "通过", "完善", "部署", "构建", "建成", "使用", "登录", "整合",
                             "推进", "推动", "实现", "形成", "依靠", "利用", "牵头", "承担", "开发",
                             "上接", "下联", "下接", "上联"})
NAME_STOP_PREFIXES = ("各地", "各级", "各类", "各", "该", "本", "其", "这些", "这", "相关", "部门")
GENERIC_WORDS = ("市级", "区级", "省级", "县级", "国家级", "办公", "协同", "部门", "业务系统", "办事", "在线", "网上", "政务", "服务", "统一", "公共", "数据", "信息", "一体化", "综合", "电子", "智慧",
                 "管理", "业务", "办理", "移动", "共享", "交换", "资源", "相关", "各类", "应用", "数字", "集约化",
                 "政府", "网络", "安全", "系统", "开放", "平台", "门户", "网站", "网", "云", "大厅", "线上", "内部", "专项",
                 # descriptions, not names: 多审批系统, 主要业务子系统, 双平台, 区县级移动端政务服务平台
                 "多", "双", "主要", "子系统", "垂直", "审批", "申报", "热线", "接线", "区县级", "市县级", "全国性",
                 "移动端", "民生", "基础", "数据库", "微信", "小程序", "各级", "有关", "重点", "新型", "各地",
                 "市政府", "省政府", "区政府", "县政府", "大")
SCOPE_WORDS = ("全省", "全市", "全区", "全县", "我省", "我市", "全国", "省级", "市级", "县级", "国家", "省", "市", "区", "县")
COUNTRY_FOLLOWERS = "的在已是为将和与及各政"   # 中国的…, 中国政府: the country itself
REGION_LEVEL_PREFIX = ("自治区", "省", "市", "县", "区", "州")
AGENCY_PREFIX = ("国家", "中央", "全国", "省委", "市委", "省", "市", "县", "区", "州", "自治区")
JOINED_AGENCIES = re.compile(r"(局|厅|委|办|部|院|中心|政府|会|部门|室|科|处)(联合|会同|与|和|及|、)")
ORG_SUFFIXES = ("组织", "协会", "联盟", "公司", "集团", "学会", "基金会", "大学", "银行", "论坛", "联合会", "商会",
                "通讯社", "分社", "信息社", "报社", "出版社", "电视台")


@dataclass(frozen=True)
class Token:
    text: str
    tag: str
    start: int   # offset in the sentence
    end: int


def recognize(sentences, resources: Resources) -> tuple[Mention, ...]:
    """All mentions in the document, overlaps resolved, in text order."""
    found: list[Mention] = []
    recurring = _recurring_quoted(sentences)
    brands = _platform_brands(sentences)
    for sentence in sentences:
        tokens = _tokens(sentence.text, resources)
        regions = _regions(sentence, resources)
        agencies = _agencies(sentence, resources, regions)
        candidates = (
            _titles(sentence, resources)
            + _quoted(sentence, resources, recurring, brands)
            + regions
            + agencies
            + _ner_orgs(sentence, tokens, resources)
            + _platforms(sentence, tokens, resources, agencies, regions)
            + _dictionary(sentence, resources)
            + _named_reports(sentence, resources, agencies)
        )
        numbers = [(d.start(), d.end()) for d in DOCUMENT_NUMBER.finditer(sentence.text)]
        candidates = [c for c in candidates if not any(a <= c.start - sentence.start < b for a, b in numbers)]
        found.extend(_resolve_overlaps(candidates))
    return tuple(_declared_short_names(sentences, found))


DECLARED_SHORT = re.compile(r"^[（(]\s*(?:以下)?简称\s*[“\"]?([^”\"，,、（）()]{2,20}?)[”\"]?\s*(?:[，,]\s*即([^，,（）()]{2,12}))?\s*[）)]")


def _declared_short_names(sentences, found: list[Mention]) -> list[Mention]:
    """厦门市党政机关办公业务资源网（简称金宏网）: every later 金宏网 names it too, quoted or not."""
    by_index = {s.index: s for s in sentences}
    declared: dict[str, str] = {}
    for m in found:
        s = by_index[m.sentence]
        short = DECLARED_SHORT.match(s.text[m.end - s.start:])
        if short and m.type in ("Agency", "Platform", "Organization"):
            declared[short.group(1)] = m.type
            if short.group(2):      # （简称金宏网，即政务内网）: another name for the same thing
                declared[short.group(2)] = m.type
    if not declared:
        return found
    out = list(found)
    for s in sentences:
        for short, type_ in declared.items():
            for hit in re.finditer(re.escape(short), s.text):
                start, end = s.start + hit.start(), s.start + hit.end()
                if all(end <= m.start or start >= m.end for m in out):
                    out.append(Mention(short, type_, start, end, s.index, "declared"))
    return sorted(out, key=lambda m: m.start)


def _tokens(text: str, resources: Resources) -> list[Token]:
    ner = resources.ner
    if ner is None:
        return []
    tokens, pos = [], 0
    for word, tag in ner.run(text):
        tokens.append(Token(word, tag, pos, pos + len(word)))
        pos += len(word)
    return tokens


def _mention(sentence: Sentence, start: int, end: int, type_: str, source: str, text: str | None = None) -> Mention:
    return Mention(text or sentence.text[start:end], type_, sentence.start + start, sentence.start + end,
                   sentence.index, source)


# -- titles and quoted names ---------------------------------------------------

def document_type(title: str, resources: Resources) -> str | None:
    """Policy or Report by the title's ending (a trailing year or bracket is ignored)."""
    core = re.sub(r"[(（][^()（）]*[)）]$", "", title).strip()
    core = re.sub(r"(\d{4}年?版?|[(（]试行[)）]|[(（]征求意见稿[)）])$", "", core)
    for ending, type_ in resources.document_types:
        if core.endswith(ending):
            return type_
    return None


def _titles(sentence: Sentence, resources: Resources) -> list[Mention]:
    out = []
    for m in TITLE.finditer(sentence.text):
        type_ = document_type(m.group(1), resources)
        if type_:
            out.append(_mention(sentence, m.start(), m.end(), type_, "title", m.group(1)))
    return out


def platform_cue(name: str, resources: Resources) -> tuple[str, bool] | None:
    for cue, needs_qualifier in resources.platform_cues:
        if name.endswith(cue) and len(name) > len(cue) - (0 if needs_qualifier else 1):
            return cue, needs_qualifier
    return None


# 渝府办发〔2022〕12号, 国办函〔2018〕59号: a document number, whose letters name no body
DOCUMENT_NUMBER = re.compile(r"[\u4e00-\u9fff]{1,8}[〔\[(（]\s*(?:19|20)\d{2}\s*[〕\])）]\s*\d+\s*号")
QUOTED_COMPOUND = re.compile(r"(总门户|门户网站|门户|云平台|系统平台|平台|APP|App|微信小程序|小程序|移动端|客户端|专区|系统|"
                             r"微信公众号|公众号|服务号|视频号|政务微博|地图)")


def _recurring_quoted(sentences) -> set[str]:
    """Quoted names the article keeps coming back to (a brand, not a passing slogan)."""
    counts: dict[str, int] = {}
    for s in sentences:
        for m in QUOTED.finditer(s.text):
            counts[m.group(1)] = counts.get(m.group(1), 0) + 1
    return {name for name, n in counts.items() if n >= 4}


def _platform_brands(sentences) -> set[str]:
    """Quoted names the article itself calls a platform somewhere (“云上贵州”系统平台): a platform
    wherever else they are quoted (迁入“云上贵州”)."""
    brands = set()
    for s in sentences:
        for m in QUOTED.finditer(s.text):
            if QUOTED_COMPOUND.match(s.text, m.end()) and WORD_CHARS.match(m.group(1)):
                brands.add(m.group(1))
    return brands


def _quoted(sentence: Sentence, resources: Resources, recurring: set[str] = frozenset(),
            brands: set[str] = frozenset()) -> list[Mention]:
    out = []
    text = sentence.text
    listed = _quoted_platform_lists(text)
    for m in QUOTED.finditer(text):
        name = m.group(1)
        if not WORD_CHARS.match(name):
            continue
        if m.start() in listed:   # “渝快办”“川渝通办”“天府通办”等平台: every name of the list
            out.append(_mention(sentence, m.start(), m.end(), "Platform", "quoted", name))
            continue
        after = text[m.end():m.end() + 6]
        # “一网通办”总门户 : the quoted brand plus a platform word is one name
        compound = QUOTED_COMPOUND.match(after)
        if compound:
            out.append(_mention(sentence, m.start(), m.end() + compound.end(), "Platform", "quoted",
                                name + compound.group(1)))
            continue
        if after.startswith(NOT_PLATFORM_AFTER):
            continue
        if name in resources.apps or name in brands or _quoted_platform(name, text, m, resources) or (
                name in recurring and platform_cue(name, resources)):
            out.append(_mention(sentence, m.start(), m.end(), "Platform", "quoted", name))
    return out


QUOTED_RUN = re.compile(r"(?:“[^“”]{2,16}”[、和及与]?){2,}(?=等?(?:一批|多个)?(?:平台|APP|App|移动服务|政务服务应用|应用|小程序|政务服务平台|系统))")


def _quoted_platform_lists(text: str) -> set[int]:
    """Start offsets of quoted names listed together before 等平台/等移动服务."""
    starts = set()
    for run in QUOTED_RUN.finditer(text):
        starts |= {run.start() + q.start() for q in QUOTED.finditer(run.group(0))}
    return starts


PLATFORM_CONTEXT = re.compile(r"(APP|App|app|客户端|小程序|移动端|平台|上线|开通|注册|实名用户|下载|端)")


def _quoted_platform(name: str, text: str, m: re.Match, resources: Resources) -> bool:
    """A quoted name ending in a platform word; one ending in 办/通/事/码 also needs a platform context.

    Slogans such as “掌上办” “就近办” “一件事” end like app names; an app is
    named with APP/小程序/上线/用户 nearby, or carries a province abbreviation.
    """
    cue = platform_cue(name, resources)
    if not cue or len(name) > 8 or name.endswith(("一件事", "件事")):
        return False
    if cue[1]:                                   # 平台, 网, 云 ...: the word itself says platform
        return True
    if name[0] in resources.gazetteer.abbreviations and len(name) == 3:
        return True
    if any(name.endswith(app) or name.startswith(app + "·") for app in resources.apps):   # “一部手机办事通”, “爱山东·青e办”
        return True
    window = text[max(0, m.start() - 6):m.end() + 8]
    return bool(PLATFORM_CONTEXT.search(window.replace(m.group(0), "")))


def _dictionary(sentence: Sentence, resources: Resources) -> list[Mention]:
    out = []
    for names, type_ in ((resources.apps, "Platform"), (resources.organizations, "Organization"),
                         (resources.agencies, "Agency")):
        for name in names:
            for m in re.finditer(re.escape(name), sentence.text):
                end = m.end()
                branch = APP_BRANCH.match(sentence.text, end) if type_ == "Platform" else None
                if branch:   # 鄂汇办·武昌旗舰店: a branch of a known app is a platform of its own
                    end = branch.end()
                out.append(_mention(sentence, m.start(), end, type_, "dictionary"))
    return out


APP_BRANCH = re.compile(r"·[\u4e00-\u9fffA-Za-z0-9]{2,8}?(旗舰店|专区|分厅|频道|板块|服务站|站|店|号)")


# -- regions -----------------------------------------------------------------------

def _regions(sentence: Sentence, resources: Resources) -> list[Mention]:
    """Full names anywhere; province short forms anywhere; city short forms only before 市/an agency word."""
    g = resources.gazetteer
    out = []
    text = sentence.text
    for names, short in ((g.full_names, False), (g.short_names, True)):
        for name in _names_in(text, names, resources):
            for m in re.finditer(re.escape(name), text):
                codes = names[name]
                if short and codes[0][2:] != "0000" and not _city_short_ok(text, m.end(), m.start()):
                    continue
                if name == "中国" and re.match(r"[\u4e00-\u9fff]", text[m.end():m.end() + 1]) \
                        and text[m.end()] not in COUNTRY_FOLLOWERS:
                    continue   # 中国特色…, 中国国际…博览会, 中国人民银行: the start of another name
                out.append(_mention(sentence, m.start(), m.end(), "Region", "gazetteer"))
    return out + _towns(sentence, out)


# Towns, townships, sub-districts, villages and communities are below GB/T 2260's county
# level; they are named right after their county (新津区邓双镇文山村, 锦江区庆云社区).
TOWN = re.compile(r"([\u4e00-\u9fff]{1,4}?)(镇|乡|街道|村|社区)(?![\u4e00-\u9fff]{0,1}(委|党|办|政府|级|民|干部|振兴|建设|治理))")
NOT_TOWN_START = "乡镇村城农各全本该社街区县市省"


def _towns(sentence: Sentence, regions: list[Mention]) -> list[Mention]:
    """Places below the county named right after a region: 成都市新津区邓双镇文山村 → 邓双镇, 文山村."""
    out = []
    ends = sorted(r.end - sentence.start for r in regions)
    text = sentence.text
    while ends:
        end = ends.pop(0)
        m = TOWN.match(text, end)
        if not m or m.group(1)[0] in NOT_TOWN_START or (len(m.group(1)) == 1 and m.group(2) != "镇"):
            continue
        out.append(_mention(sentence, m.start(), m.end(), "Region", "town"))
        ends.insert(0, m.end())   # a village after its town
    return out


def _names_in(text: str, names: dict, resources: Resources) -> list[str]:
    """Names of the table present in the text, looked up by their first two characters."""
    key = ("bigrams", id(names))
    if key not in resources.cache:
        resources.cache[key] = _bigram_index(names)
    index = resources.cache[key]
    present = set()
    for i in range(len(text) - 1):
        for name in index.get(text[i:i + 2], ()):
            if text.startswith(name, i):
                present.add(name)
    return sorted(present)


def _bigram_index(names) -> dict[str, list[str]]:
    index: dict[str, list[str]] = {}
    for name in names:
        index.setdefault(name[:2], []).append(name)
    return index


def _city_short_ok(text: str, end: int, start: int = 0) -> bool:
    if text[end:end + 1] in ("、",) or (start > 0 and text[start - 1] == "、"):
        return True  # 广州、深圳、佛山: a list of places
    return text[end:end + 1] in ("：", ":", "市") or bool(re.match(r"[\u4e00-\u9fff]{0,8}(局|厅|委|办|中心|政府)", text[end:end + 10]))


# -- agencies ------------------------------------------------------------------------

def agency_pattern(resources: Resources) -> re.Pattern:
    """[国家/省/市…]? [core]? suffix ([core] suffix)* — 省卫生健康委, 国务院办公厅电子政务办公室."""
    cached = resources.cache.get("agency_re")
    if cached is None:
        cores = "|".join(map(re.escape, resources.agency_cores))
        suffixes = "|".join(
            re.escape(s) + (f"(?![{SUFFIX_BLOCKERS[s]}])" if s in SUFFIX_BLOCKERS else "")
            for s in resources.agency_suffixes
        )
        prefix = "|".join(map(re.escape, AGENCY_PREFIX))
        # a core may join two: 数据和政务服务局, 政务服务与数据管理局 (the 2024 数据局 reorganisation)
        core = rf"(?:{cores})(?:[和与及](?:{cores}))?"
        cached = re.compile(
            rf"(?P<prefix>{prefix})?(?P<core>{core})?(?:{suffixes})(?:(?:{core})(?:{suffixes}))*"
        )
        resources.cache["agency_re"] = cached
    return cached


def _agencies(sentence: Sentence, resources: Resources, regions: list[Mention]) -> list[Mention]:
    text = sentence.text
    out = []
    for m in agency_pattern(resources).finditer(text):
        start = _extend_left_over_region(text, m.start(), resources)
        if start == m.start() and m.group("prefix") in REGION_LEVEL_PREFIX:
            start = _county_before(text, m.start(), m.group("prefix"), resources)
        named = m.group("core") or start < m.start() or text[m.start():m.end()].startswith("国务院")
        addressee = text[max(0, start - 1):start] == "各"   # 各市州人民政府、省直各部门: whoever is addressed
        if named and m.end() - start >= 3 and not addressee:
            out.append(_mention(sentence, start, m.end(), "Agency", "agency"))
    # a region name directly followed by a government suffix: 浙江省人民政府, 杭州市政府
    for region in regions:
        s, e = region.start - sentence.start, region.end - sentence.start
        gov = re.match(r"(人民政府办公厅|人民政府|政府办公厅|政府)(?![工报网])", text[e:])
        if gov and text[max(0, s - 1):s] != "各":
            out.append(_mention(sentence, s, e + gov.end(), "Agency", "agency"))
    # 市信息技术服务中心, 市数字化城市管理监督指挥中心: an institution of the place in context
    for m in INSTITUTION.finditer(text):
        if not re.search(r"[的和与及在是为了将对把被、]", m.group("body")):
            out.append(_mention(sentence, m.start("name"), m.end(), "Agency", "agency"))
    return [_with_division(sentence, a) for a in out]


INSTITUTION = re.compile(r"(?:^|(?<=[^\u4e00-\u9fff])|(?<=[是由在和与及向经据到]))(?P<name>(?:省|市|县|区)"
                         r"(?P<body>[\u4e00-\u9fff]{2,12}?)(?:服务中心|指挥中心|信息中心|数据中心|研究中心|管理中心|中心))"
                         r"(?![\u4e00-\u9fff]{0,1}(城|区|楼|广场|大厅))")
# 武昌区行政审批局大数据管理科: a division (科/处/室/股) inside the body named before it
DIVISION = re.compile(r"[\u4e00-\u9fff]{2,8}?(科|处|室|股)(?=科长|处长|主任|副|工作|负责|干部|人员|[^\u4e00-\u9fff]|$)")


def _with_division(sentence: Sentence, agency: Mention) -> Mention:
    m = DIVISION.match(sentence.text, agency.end - sentence.start)
    if not m or re.search(r"[的和与及在是为了将对把被、等]", m.group(0)):
        return agency
    return _mention(sentence, agency.start - sentence.start, m.end(), "Agency", agency.source)


NOTICE_TITLE = re.compile(r"关于[^，。；《》“”]{2,60}?的(通知|意见|决定|批复|实施意见|指导意见|报告|公告|通告|复函|函)(?![\u4e00-\u9fff])")


def _named_reports(sentence: Sentence, resources: Resources, agencies: list[Mention] = ()) -> list[Mention]:
    """Unquoted titles of a fixed kind: (国务院|浙江省)政府工作报告; 湖南省人民政府办公厅关于…的通知."""
    out = []
    for a in agencies:   # an official document's own title line: issuer + 关于…的通知
        m = NOTICE_TITLE.match(sentence.text, a.end - sentence.start)
        if m:
            type_ = "Report" if m.group(1) == "报告" else "Policy"
            out.append(_mention(sentence, a.start - sentence.start, m.end(), type_, "title"))
    for m in re.finditer(r"(国务院|[\u4e00-\u9fff]{2,8}?(?:省|市|自治区|区|县))?(?:人民)?政府工作报告", sentence.text):
        out.append(_mention(sentence, m.start(), m.end(), "Report", "title"))
    return out


def _extend_left_over_region(text: str, start: int, resources: Resources) -> int:
    """Include a region name (and 省/市 level word) that stands just before an agency name."""
    g = resources.gazetteer
    best = start
    for length in range(2, 12):
        s = start - length
        if s < 0:
            break
        piece = text[s:start]
        for level in ("",) + REGION_LEVEL_PREFIX:
            if level and not piece.endswith(level):
                continue
            name = piece[: len(piece) - len(level)] if level else piece
            if name in g.full_names or name in g.short_names:
                best = s
    # a second region before the first: 上海浦东新区…
    if best < start:
        again = _extend_left_over_region(text, best, resources)
        return again
    return best


def _county_before(text: str, start: int, level: str, resources: Resources) -> int:
    """武昌区行政审批局: the pattern matched 区行政审批局; 武昌区 is the place's full name."""
    names = resources.gazetteer.full_names
    for length in range(2, 10):
        s = start - length
        if s >= 0 and text[s:start + len(level)] in names:
            return _extend_left_over_region(text, s, resources)
    return start


def _ner_orgs(sentence: Sentence, tokens: list[Token], resources: Resources) -> list[Mention]:
    out = []
    for tok in tokens:
        if tok.tag != "ORG" or len(tok.text) < 3 or not WORD_CHARS.match(tok.text):
            continue
        if JOINED_AGENCIES.search(tok.text):
            continue  # "A局联合B局": two agencies the model read as one
        if sentence.text[max(0, tok.start - 1):tok.start] == "各" or tok.text.startswith("各"):
            continue  # 各市州人民政府: the addressees, no particular body
        if tok.text in resources.organizations or tok.text.endswith(ORG_SUFFIXES):
            out.append(_mention(sentence, tok.start, tok.end, "Organization", "ner"))
        elif _ends_like_agency(tok.text, sentence.text[tok.end:tok.end + 1], resources):
            start = _extend_left_over_region(sentence.text, tok.start, resources)
            out.append(_mention(sentence, start, tok.end, "Agency", "ner"))
    return out


def _ends_like_agency(name: str, next_char: str, resources: Resources) -> bool:
    for suffix in resources.agency_suffixes:
        if name.endswith(suffix) and len(name) > len(suffix):
            return next_char not in SUFFIX_BLOCKERS.get(suffix, "")
    return False


# -- platforms ---------------------------------------------------------------------

def _platforms(sentence: Sentence, tokens: list[Token], resources: Resources, agencies: list[Mention],
               regions: list[Mention] = ()) -> list[Mention]:
    """Unquoted names ending in a platform word, reaching left over name-like words.

    An agency name glued to the front (广西网信办关键信息…平台) is part of the name;
    a name never starts inside a place's name (我国一体化平台 is not 国一体化平台).
    """
    agency_ends = {m.end - sentence.start: m.start - sentence.start for m in agencies}
    inside_place = {i: r.end - sentence.start for r in regions
                    for i in range(r.start - sentence.start + 1, r.end - sentence.start)}
    text = sentence.text
    out = []
    for i, tok in enumerate(tokens):
        end = tok.end
        cue = _cue_ending_at(text, end, resources)
        if not cue or (end < len(text) and _continues_word(text, end)):
            continue
        start = _name_start(tokens, i, text, end - len(cue))
        if start in agency_ends and text[start:end].startswith(("国家", "全国", "全省", "全市", "省级", "市级")):
            pass   # 住房和城乡建设部国家城市运行管理服务平台: the body, then a name of its own
        else:
            start = agency_ends.get(start, start)
        inner = [(a, e) for e, a in agency_ends.items() if start <= a and e < end]
        rest = text[max((e for _, e in inner), default=start):end]
        if inner and is_generic_platform(rest, resources) and rest not in ("网站", "门户网站", "政务网", "门户"):
            continue  # 人社厅业务系统: the agency's own systems, no named platform (but 四川省人民政府网站 is one)
        start = inside_place.get(start, start)
        while text[start:end].startswith(NAME_STOP_PREFIXES):
            start += next(len(p) for p in NAME_STOP_PREFIXES if text[start:end].startswith(p))
        name = text[start:end]
        if len(name) <= len(cue) or len(name) > 32:
            continue
        out.append(_mention(sentence, start, end, "Platform", "platform"))
    return out


def _cue_ending_at(text: str, end: int, resources: Resources) -> str | None:
    for cue, needs_qualifier in resources.platform_cues:
        if needs_qualifier and text.endswith(cue, 0, end) and len(cue) >= 1:
            if cue in ("网", "云") and not re.search(r"(政务|服务|信息|数据|办事|电子|资源|办公|业务)(网|云)$", text[:end]):
                continue
            return cue
    return None


def _continues_word(text: str, end: int) -> bool:
    """平台 in 平台体系/平台建设 ends the name; 网 in 网络 does not end a platform."""
    return text[end:end + 1] in ("络", "点", "格", "民", "友", "页", "站", "端", "计", "服", "盘")


def _name_start(tokens: list[Token], i: int, text: str, cue_start: int) -> int:
    """Walk left from the cue over nouns, names and places; stop at verbs, function words, punctuation."""
    start = tokens[i].start
    j = i - 1
    while j >= 0:
        tok = tokens[j]
        if tok.text in NAME_STOP_WORDS:
            break
        if tok.tag == "m" and tok.text.isdigit() and len(tok.text) >= 3:
            start = tok.start   # 12345政务服务便民热线
            j -= 1
            continue
        if tok.text in ("监督", "指导", "监管") and j > 0 and tokens[j - 1].text in ("、", "和", "并", "负责"):
            break   # 负责指导、监督X平台: verbs before the name
        if tok.text in ("和", "与", "及") and j > 0 and _joins_one_name(tokens, j, text):
            start = tokens[j - 1].start   # 城市运行管理和应急处置系统: one system's name
            j -= 2
            continue
        if tok.text in ("·",) or (tok.tag not in BOUNDARY_TAGS and WORD_CHARS.match(tok.text)):
            start = tok.start
            j -= 1
            continue
        if tok.tag in ("v", "vn", "a") and tok.text in ("监督", "管理", "服务", "共享", "交换", "办理", "监管", "安全", "综合", "开放"):
            start = tok.start
            j -= 1
            continue
        break
    return start


def _joins_one_name(tokens: list[Token], j: int, text: str) -> bool:
    """和/与/及 inside one name: the words before it are a plain noun or verb-noun (管理, 运行), no
    name of its own and no platform word (A平台和B系统 are two)."""
    left, right = tokens[j - 1], tokens[j + 1] if j + 1 < len(tokens) else None
    if right is None or right.text.startswith(SCOPE_WORDS) or right.tag in ("LOC", "ns") \
            or left.text in ("要求", "安排", "标准", "规范", "工作", "任务", "意见", "方案", "体系", "机制"):
        return False   # …对接要求和全省平台: a new name starts after 和
    return (left.tag in ("n", "vn", "nz") and not re.search(r"(平台|系统|网|站|云|门户|端|码|局|厅|委|办|中心|政府)$", left.text)
            and len(left.text) >= 2)


def is_generic_platform(name: str, resources: Resources) -> bool:
    """A name made only of generic words (在线政务服务平台) names no particular platform."""
    rest = name
    for scope in SCOPE_WORDS:
        if rest.startswith(scope) and scope.startswith(("全", "我")):
            return False  # 全省…平台: a specific platform of the place in context
    changed = True
    while rest and changed:
        changed = False
        for word in sorted(GENERIC_WORDS, key=len, reverse=True):
            if rest.startswith(word):
                rest = rest[len(word):]
                changed = True
                break
    return rest == ""


# -- overlaps --------------------------------------------------------------------------

def _resolve_overlaps(candidates: list[Mention]) -> list[Mention]:
    """Keep the best of overlapping mentions: higher priority, then longer, then earlier."""
    ranked = sorted(candidates, key=lambda m: (-_rank(m), m.start))
    kept: list[Mention] = []
    for m in ranked:
        if all(m.end <= k.start or m.start >= k.end for k in kept):
            kept.append(m)
    return sorted(kept, key=lambda m: m.start)


def _rank(m: Mention) -> float:
    # length dominates (a longer name contains the shorter), priority breaks ties;
    # titles and quoted names are never cut by a longer pattern match
    bonus = 100 if m.source in ("title", "quoted") else 0
    return bonus + (m.end - m.start) + PRIORITY.get(m.source, 0) / 10
