"""Find the names in each sentence: regions, agencies, organizations, platforms, policies, reports.

Several recognizers each propose :class:`~govkg.types.Mention` records; the
longest, most trusted one wins where they overlap:

* ``title``      — 《…》 titles, typed Policy or Report by their ending;
* ``quoted``     — “…” brand names that look like platforms (“随申办”);
* ``gazetteer``  — GB/T 2260 region names and short forms;
* ``agency``     — [region][省/市…][department core][suffix] patterns;
* ``ner``        — the LAC model's ORG tags, kept when they end like an agency;
* ``platform``   — names ending in 平台/网/云/门户/APP/码…, bounded by the model's word tags
  (quoted and unquoted platform names live in ``recognize_platforms``);
* ``dictionary`` — known government-service apps and organizations.
"""
from __future__ import annotations

import re
from typing import Iterable, Iterator

from ..types import Mention, Sentence
from .recognize_platforms import (is_generic_platform, named_platforms, platform_brands, platform_cue,
                                  quoted_platforms, recurring_quoted)
from .resources import Resources, strip_region_suffix
from .tokens import WORD_CHARS, Token, mention, tokens_of

__all__ = ["agency_pattern", "document_type", "is_generic_platform", "platform_cue", "recognize"]

PRIORITY = {"title": 6, "headline": 6, "quoted": 5, "dictionary": 4, "agency": 4, "ner": 3, "platform": 3, "gazetteer": 2}

TITLE = re.compile(r"《([^《》]{2,80})》")
ADDRESSEES = re.compile(r"^各[^。]*[：:]\s*$")
# Single-character suffixes that begin another word when followed by these.
SUFFIX_BLOCKERS = {"部": "门分署长署队位属", "局": "面长势限属", "厅": "长堂属", "委": "托员屈婉属", "办": "理法事公好", "院": "长校士落属"}
COUNTRY_FOLLOWERS = "的在已是为将和与及各政"   # 中国的…, 中国政府: the country itself
COUNTRY_SLOGANS = ("数字", "美丽", "健康", "平安", "法治", "智慧", "网络", "创新")   # 数字中国: a programme
REGION_LEVEL_PREFIX = ("自治区", "省", "市", "县", "区", "州")
AGENCY_PREFIX = ("国家", "中央", "全国", "省委", "市委", "省", "市", "县", "区", "州", "自治区")
#: A verb the model glues to the body after it (我局会同|市市场监管局 read as one ORG).
LEADING_VERB = re.compile(r"^(会同|联合|协同|配合|督促|指导|组织|邀请|委托|协调)(?=省|市|区|县|自治区|国家)")
JOINED_AGENCIES = re.compile(r"(局|厅|委|办|部|院|中心|(?<!数字|整体|智慧|电子)政府|会|部门|室|科|处)(联合|会同|与|和|及|、)")
ORG_SUFFIXES = ("组织", "协会", "联盟", "公司", "集团", "学会", "基金会", "大学", "银行", "论坛", "联合会", "商会",
                "通讯社", "分社", "信息社", "报社", "出版社", "电视台")


def recognize(sentences, resources: Resources) -> tuple[Mention, ...]:
    """All mentions in the document, overlaps resolved, in text order."""
    found: list[Mention] = []
    recurring = recurring_quoted(sentences)
    brands = platform_brands(sentences)
    for sentence in sentences:
        tokens = tokens_of(sentence.text, resources)
        regions = _regions(sentence, resources, tokens)
        agencies = _agencies(sentence, resources, regions)
        candidates = (
            _titles(sentence, resources)
            + quoted_platforms(sentence, resources, recurring, brands)
            + regions
            + agencies
            + _ner_orgs(sentence, tokens, resources)
            + named_platforms(sentence, tokens, resources, agencies, regions)
            + _dictionary(sentence, resources, tokens)
            + _named_reports(sentence, resources, agencies)
            + _listed_systems(sentence, resources)
            + _place_named_media(sentence, regions)
        )
        candidates += [mention(sentence, c.start - sentence.start, u.end(), "Agency", c.source)
                       for c in candidates if c.type == "Agency"
                       for u in [SECOND_NAME_AND_UNIT.match(sentence.text, c.end - sentence.start)] if u]
        candidates += [mention(sentence, c.start - sentence.start, u.end(), "Agency", "agency")
                       for c in candidates if c.type == "Platform"
                       for u in [PLATFORM_CENTRE.match(sentence.text, c.end - sentence.start)] if u]
        numbers = [(d.start(), d.end()) for d in DOCUMENT_NUMBER.finditer(sentence.text)]
        candidates = [c for c in candidates if not any(a <= c.start - sentence.start < b for a, b in numbers)]
        if ADDRESSEES.match(sentence.text):   # 各县（市）、区人民政府：: whoever is addressed, no body
            candidates = [c for c in candidates if not (c.type == "Agency" and c.text.startswith(("省", "市", "区", "县", "州")))]
        found.extend(_resolve_overlaps(candidates))
    return tuple(_declared_short_names(sentences, found))


DECLARED_SHORT = re.compile(r"^[（(]\s*(?:以下)?(?:简称|下称)\s*[“\"]?([^”\"，,、（）()]{2,20}?)[”\"]?\s*(?:[，,]\s*即([^，,（）()]{2,12}))?\s*[）)]")


#: A local store or hall of a provincial app (鄂汇办·武昌旗舰店): the text goes on to call it by
#: the part after the dot alone (在武昌旗舰店上线).
STORE_OF_APP = re.compile(r"^[^·]{2,10}·([^·]{2,10}(旗舰店|分厅))$")


def store_short_name(name: str) -> str | None:
    """The part after the dot of a store's name on an app, which names it alone.

    >>> store_short_name("鄂汇办·武昌旗舰店"), store_short_name("壮美广西·政务云")
    ('武昌旗舰店', None)
    """
    m = STORE_OF_APP.match(name)
    return m.group(1) if m else None


def unique_store_short_names(mentions: Iterable[Mention]) -> set[str]:
    """The short names of the stores among the platform ``mentions`` that only one store has
    (皖事通·长三角分厅 and 随申办·长三角分厅 leave 长三角分厅 to no one)."""
    stores: dict[str, set[str]] = {}
    for m in mentions:
        short = store_short_name(m.text) if m.type == "Platform" else None
        if short:
            stores.setdefault(short, set()).add(m.text)
    return {short for short, names in stores.items() if len(names) == 1}


def _declared_short_names(sentences, found: list[Mention]) -> list[Mention]:
    """厦门市党政机关办公业务资源网（简称金宏网）: every later 金宏网 names it too, quoted or not;
    so does 武昌旗舰店 after 鄂汇办·武昌旗舰店."""
    by_index = {s.index: s for s in sentences}
    declared: dict[str, str] = {}
    for m in found:
        s = by_index[m.sentence]
        short = DECLARED_SHORT.match(s.text[m.end - s.start:])
        if short and m.type in ("Agency", "Platform", "Organization"):
            declared[short.group(1)] = m.type
            if short.group(2):      # （简称金宏网，即政务内网）: another name for the same thing
                declared[short.group(2)] = m.type
    declared.update(dict.fromkeys(unique_store_short_names(found), "Platform"))
    if not declared:
        return found
    out = list(found)
    for s in sentences:
        for short, type_ in declared.items():
            for at in occurrences(short, s.text):
                start, end = s.start + at, s.start + at + len(short)
                if all(end <= m.start or start >= m.end for m in out):
                    out.append(Mention(short, type_, start, end, s.index, "declared"))
    return sorted(out, key=lambda m: m.start)


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
            out.append(mention(sentence, m.start(), m.end(), type_, "title", m.group(1)))
    return out


# 渝府办发〔2022〕12号, 国办函〔2018〕59号: a document number, whose letters name no body
DOCUMENT_NUMBER = re.compile(r"[\u4e00-\u9fff]{1,8}[〔\[(（﹝【]\s*(?:19|20)\d{2}\s*[〕\])）﹞】]\s*\d+\s*号")
LIST_INTRO = re.compile(r"(有|包括|包含|涵盖|分为)[:：]")


def _listed_systems(sentence: Sentence, resources: Resources) -> list[Mention]:
    """主要业务子系统有：办公OA系统、公务员电子邮件系统、…: each item ending in a platform word is one."""
    intro = LIST_INTRO.search(sentence.text)
    if not intro:
        return []
    out, pos = [], intro.end()
    for item in re.split(r"([、，,和及])", sentence.text[pos:]):
        if re.fullmatch(r"[\u4e00-\u9fffA-Za-z0-9]{2,14}", item) and platform_cue(item, resources) \
                and not is_generic_platform(item, resources):
            out.append(mention(sentence, pos, pos + len(item), "Platform", "platform"))
        pos += len(item)
    return out


def _dictionary(sentence: Sentence, resources: Resources, tokens: list[Token] = ()) -> list[Mention]:
    out = []
    text = sentence.text
    for names, type_ in ((resources.apps, "Platform"), (resources.organizations, "Organization"),
                         (resources.agencies, "Agency")):
        present = set(_names_in(text, names, resources))   # a few of the table's names, found by index
        for name in (n for n in names if n in present):    # in the table's order, as before
            for start in occurrences(name, text):
                end = start + len(name)
                if type_ == "Platform" and not _names_the_app(text, start, end, tokens, name in resources.phrase_apps):
                    continue
                branch = APP_BRANCH.match(text, end) if type_ == "Platform" else None
                if branch:   # 鄂汇办·武昌旗舰店: a branch of a known app is a platform of its own
                    end = branch.end()
                out.append(mention(sentence, start, end, type_, "dictionary"))
    return out


def _names_the_app(text: str, start: int, end: int, tokens: list[Token], phrase: bool) -> bool:
    """Whether an app's name found in the text names the app: quoted on its own (“全省事”), or
    not cutting through a word (开辟办事|通道 holds no 办事通, 北|京通州 no 京通), and for a name
    that is an ordinary phrase too (办全省事), only quoted or followed by APP/小程序/客户端/平台."""
    if _quoted_alone(text, start, end):
        return True
    if phrase:
        return bool(APP_WORD.match(text, end))
    return not cuts_a_word(tokens, start, end)


def _starts_inside_a_word(tokens: list[Token], start: int) -> bool:
    """Whether one of LAC's words runs across ``start`` (协同平台|中 for 台中)."""
    return any(t.start < start < t.end for t in tokens)


def _quoted_alone(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] is all that stands between a pair of quotes (“皖事通办”)."""
    return text[start - 1:start] == "“" and text[end:end + 1] == "”"


def _in_quotes(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] stands inside a pair of quotes (“跨省通办·丝路通办”)."""
    opened, closed = text.rfind("“", 0, start), text.find("”", end)
    return opened > text.rfind("”", 0, start) and closed >= 0 and "“" not in text[end:closed]


def cuts_a_word(tokens: list[Token], start: int, end: int) -> bool:
    """Whether text[start:end] cuts through one of LAC's words: a word runs on past its end
    (开辟办事|通道 for 办事通, 新|县城 for 新县), or begins before it and ends elsewhere
    (提|高县级…). A word that ends with it is a name glued to what precedes it (浙江浙里办,
    易县和雄县) and does not count."""
    return any(t.start < end < t.end or (t.start < start < t.end and t.end != end) for t in tokens)


APP_WORD = re.compile(r"(APP|App|app|小程序|客户端|平台|移动端)")


def occurrences(name: str, text: str) -> Iterator[int]:
    """Where ``name`` (not empty) starts in ``text``, left to right, not overlapping (as ``re.finditer`` of it).

    >>> list(occurrences("数据", "数据局和数据中心"))
    [0, 4]
    """
    if not name:
        raise ValueError("an empty name is everywhere")
    start = text.find(name)
    while start >= 0:
        yield start
        start = text.find(name, start + len(name))


APP_BRANCH = re.compile(r"·[\u4e00-\u9fffA-Za-z0-9]{2,8}?(旗舰店|专区|分厅|频道|板块|服务站|站|店|号)")


# -- regions -----------------------------------------------------------------------
def _regions(sentence: Sentence, resources: Resources, tokens: list[Token] = ()) -> list[Mention]:
    """Full names anywhere; province short forms anywhere; city short forms where the model reads them as
    a place, or else before 市/an agency word and where a word starts (协同平台中的… holds no 台中)."""
    g = resources.gazetteer
    out = []
    text = sentence.text
    for names, short in ((g.full_names, False), (g.short_names, True)):
        for name in _names_in(text, names, resources):
            for start in occurrences(name, text):
                end = start + len(name)
                codes = names[name]
                if short and codes[0][2:] != "0000" and not _reads_as_place(tokens, start, end) and (
                        not _city_short_ok(text, end, start) or _starts_inside_a_word(tokens, start)):
                    continue
                if not short and not _county_name_ok(text, start, name, codes, resources, tokens):
                    continue
                if name == "中国" and re.match(r"[\u4e00-\u9fff]", text[end:end + 1]) \
                        and text[end] not in COUNTRY_FOLLOWERS:
                    continue   # 中国特色…, 中国国际…博览会, 中国人民银行: the start of another name
                if name == "中国" and text.endswith(COUNTRY_SLOGANS, 0, start):
                    continue   # 数字中国, 健康中国: a programme, not the country
                out.append(mention(sentence, start, end, "Region", "gazetteer"))
    return out + _towns(sentence, out)


# A newspaper or broadcaster named for its place: 湖北日报, 杭州电视台. The place is not the
# topic of the sentence it opens (湖北日报讯…武昌区上线…).
PLACE_MEDIA = re.compile(r"(日报|晚报|都市报|商报|新闻网|广播电视台|电视台)(社|集团)?")


def _place_named_media(sentence: Sentence, regions: list[Mention]) -> list[Mention]:
    """A region followed by a newspaper or broadcaster word is a media organization."""
    out = []
    for r in regions:
        m = PLACE_MEDIA.match(sentence.text, r.end - sentence.start)
        if m:
            out.append(mention(sentence, r.start - sentence.start, m.end(), "Organization", "dictionary"))
    return out


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
        out.append(mention(sentence, m.start(), m.end(), "Region", "town"))
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


def _county_name_ok(text: str, start: int, name: str, codes: list[str], resources: Resources,
                    tokens: list[Token] = ()) -> bool:
    """A county's full name stands for the county here. Right after its city it always does
    (阳泉市城区, 马鞍山市和县). Elsewhere, an ordinary word (城区, 郊区: ``region_words``) does
    not, nor a two-character name that cuts through a word (提高|县级 is no 高县, 新|县城 no
    新县, 市和县三级 no 和县; 沛县|市场 is 沛县): LAC's words decide."""
    if len(name) > 2 and name not in resources.region_words:
        return True     # most names: what follows is for two-character names and ordinary words
    g = resources.gazetteer
    parents = [g.regions[p] for p in {g.regions[c].parent for c in codes if c in g.regions} if p in g.regions]
    if any(text.endswith((p.name, strip_region_suffix(p.name)), 0, start) for p in parents):
        return True
    if name in resources.region_words:
        return False
    if name[0] in "和及与" and text[start - 1:start] in ("省", "市", "州", "区", "县"):
        return False      # 省、市和县三级 (LAC reads 市|和县 there too)
    return not cuts_a_word(tokens, start, start + len(name))


def _reads_as_place(tokens: list[Token], start: int, end: int) -> bool:
    """The model reads text[start:end] as one place word (家住|温州|鹿城区, 位于|杭州|保俶路)."""
    return any(t.start == start and t.end == end and t.tag == "LOC" for t in tokens)


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


# 中央党校(国家行政学院)电子政务研究中心: a body known by two names, then its unit
#: The body that runs a platform, named after it: 广州12345政府服务热线受理中心, “一网通办”运营中心.
PLATFORM_CENTRE = re.compile(r"”?(受理中心|运营中心|运行中心|管理中心|指挥中心)")
SECOND_NAME_AND_UNIT = re.compile(r"[（(][\u4e00-\u9fff]{2,10}?(?:校|院|部|局|委|办|厅)[）)]"
                                  r"[\u4e00-\u9fff]{2,12}?(?:研究中心|中心|研究院|研究所|办公室)")
GROUP_SUFFIX = re.compile(r"(工作领导小组|领导小组|工作专班|专项工作组|工作组|指挥部)")
GROUP_BODY_STOP = re.compile(r"[的与及在是为了将对把被、，,等由\d]|局|厅|部门|组成|成立|设立|下设|担任|优化|调整")


def _group_start(text: str, suffix_start: int, region_starts: set[int]) -> int | None:
    """Where a group's name starts: a place, or 省/市/县/区 after a break, within 16 characters
    before its suffix, with nothing but name words between (成立重庆市新型智慧城市建设领导小组 → 重庆市…)."""
    for start in range(max(0, suffix_start - 16), suffix_start - 1):
        body = text[start:suffix_start]
        opens = start in region_starts or (text[start] in "省市县区" and (start == 0 or text[start - 1] not in
                                                                      "城都超上门股夜花全各本我该节反社地小辖"))
        if opens and not GROUP_BODY_STOP.search(body) and not re.search(r"[^\u4e00-\u9fff]", body):
            return start
    return None


def filled_agency_pattern(resources: Resources) -> re.Pattern:
    """A department core, up to six more words, then a suffix of two characters or more."""
    cached = resources.cache.get("filled_agency_re")
    if cached is None:
        cores = "|".join(map(re.escape, resources.agency_cores))
        suffixes = "|".join(re.escape(s) for s in resources.agency_suffixes if len(s) >= 2)
        prefix = "|".join(map(re.escape, AGENCY_PREFIX))
        cached = re.compile(rf"(?P<prefix>{prefix})?(?:{cores})(?P<filler>[\u4e00-\u9fff]{{1,6}}?)(?:{suffixes})")
        resources.cache["filled_agency_re"] = cached
    return cached


def _agencies(sentence: Sentence, resources: Resources, regions: list[Mention]) -> list[Mention]:
    text = sentence.text
    out = []
    for m in agency_pattern(resources).finditer(text):
        start = _extend_left_over_region(text, m.start(), resources)
        if start == m.start() and m.group("prefix") in REGION_LEVEL_PREFIX:
            start = _county_before(text, m.start(), m.group("prefix"), resources)
        named = m.group("core") or start < m.start() or text[m.start():m.end()].startswith("国务院")
        if text.endswith("共青团", 0, start):
            start -= 3    # 共青团日照市委: the Youth League's committee, not the city's Party committee
        addressee = _addressed(text, start)
        if named and m.end() - start >= 3 and not addressee:
            out.append(mention(sentence, start, m.end(), "Agency", "agency"))
    # a region name directly followed by a government suffix: 浙江省人民政府, 杭州市政府
    for region in regions:
        s, e = region.start - sentence.start, region.end - sentence.start
        gov = re.match(r"(人民政府办公厅|人民政府|政府办公厅|政府)(?![工报网])", text[e:])
        if gov and text[max(0, s - 1):s] != "各":
            out.append(mention(sentence, s, e + gov.end(), "Agency", "agency"))
    # 昭通市网管中心, 龙陵县网管中心: a named place's centre with a short name of its own
    for region in regions:
        m = PLACE_CENTRE.match(text, region.end - sentence.start)
        if m and not re.search(r"[的和与及在是为了将对把被、]", m.group(1)):
            out.append(mention(sentence, region.start - sentence.start, m.end(), "Agency", "agency"))
    # 市信息技术服务中心, 市数字化城市管理监督指挥中心: an institution of the place in context
    for m in INSTITUTION.finditer(text):
        if not re.search(r"[的和与及在是为了将对把被、]", m.group("body")):
            out.append(mention(sentence, m.start("name"), m.end(), "Agency", "agency"))
    # 重庆市大数据应用发展管理局, 成都市政务服务管理和网络理政办公室: a core, more words, a long suffix
    for m in filled_agency_pattern(resources).finditer(text):
        start = _extend_left_over_region(text, m.start(), resources)
        if (start < m.start() or m.group("prefix")) and not re.search(r"[的与及在是为了将对把被、，等委局厅办部院署\d]", m.group("filler")):
            out.append(mention(sentence, start, m.end(), "Agency", "agency"))
    # 重庆市新型智慧城市建设领导小组, 数字政府建设专项工作组: the groups that lead a programme
    region_starts = {r.start - sentence.start for r in regions}
    for m in GROUP_SUFFIX.finditer(text):
        start = _group_start(text, m.start(), region_starts)
        if start is not None:
            out.append(mention(sentence, start, m.end(), "Agency", "agency"))
    return [_with_division(sentence, a) for a in out]


PLACE_CENTRE = re.compile(r"([\u4e00-\u9fff]{2,4}?)中心(?![\u4e00-\u9fff]{0,1}(城|区|广场|大厅)|楼)")
INSTITUTION = re.compile(r"(?:^|(?<=[^\u4e00-\u9fff])|(?<=[是由在和与及向经据到])|(?<=的)(?=[省市县区](?![民场级域内外属直块])))"
                         r"(?P<name>(?:省|市|县|区)(?![民场])"
                         r"(?P<body>(?!级)[\u4e00-\u9fff]{2,12}?)(?:服务中心|指挥中心|信息中心|数据中心|研究中心|管理中心|中心))"
                         r"(?![\u4e00-\u9fff]{0,1}(城|区|广场|大厅)|楼)")
# 武昌区行政审批局大数据管理科, 上海市卫健委信息化管理处相关负责人: a division (科/处/室/股) inside the body named before it
ROOMS = ("会议室", "接待室", "阅览室", "档案室", "机房", "值班室")
DIVISION = re.compile(r"[\u4e00-\u9fff]{2,8}?(科|处|室|股)(?=科长|处长|主任|副|工作|负责|相关|干部|人员|[^\u4e00-\u9fff]|$)")


def _with_division(sentence: Sentence, agency: Mention) -> Mention:
    m = DIVISION.match(sentence.text, agency.end - sentence.start)
    if m and m.group(0).endswith(ROOMS):
        return agency   # 日照市大数据发展局会议室: a room of the body, no division
    if not m or re.search(r"[的和与及在是为了将对把被、等]", m.group(0)):
        return agency
    return mention(sentence, agency.start - sentence.start, m.end(), "Agency", agency.source)


NOTICE_TITLE = re.compile(r"关于[^，。；《》“”]{2,60}?的(通知|意见|决定|批复|实施意见|指导意见|报告|公告|通告|复函|函)(?![\u4e00-\u9fff])")


def _named_reports(sentence: Sentence, resources: Resources, agencies: list[Mention] = ()) -> list[Mention]:
    """Unquoted titles of a fixed kind: (国务院|浙江省)政府工作报告; 湖南省人民政府办公厅关于…的通知."""
    out = []
    for a in agencies:   # an official document's own title line: issuer + 关于…的通知
        m = NOTICE_TITLE.match(sentence.text, a.end - sentence.start)
        if m:
            type_ = "Report" if m.group(1) == "报告" else "Policy"
            out.append(mention(sentence, a.start - sentence.start, m.end(), type_, "title"))
    for m in GOVERNMENT_WORK_REPORT.finditer(sentence.text):
        out.append(mention(sentence, m.start(), m.end(), "Report", "title"))
    for m in YEAR_LED_REPORT.finditer(sentence.text):   # a headline's 2020数字政府发展指数报告, without 《》
        if (sentence.is_heading or REPORT_NEWS.match(sentence.text, m.end())) and not NOT_A_TITLE.search(m.group()):
            out.append(mention(sentence, m.start(), m.end(), "Report", "headline"))
    return out


#: (2025年)(国务院|西藏自治区)政府工作报告, written without 《》: its year is part of its title.
GOVERNMENT_WORK_REPORT = re.compile(r"(?:(?:19|20)\d{2}年度?)?(国务院|[\u4e00-\u9fff]{2,8}?(?:省|市|自治区|区|县))?(?:人民)?政府工作报告")
#: A report named by its year and kind, the way headlines write it without 《》.
YEAR_LED_REPORT = re.compile(r"(?<![\d《“])(?:19|20)\d{2}(?:年度?)?(?:[\u4e00-\u9fff]{1,16}?(?:指数|评估|调查|监测|统计|发展|研究))"
                             r"[\u4e00-\u9fff]{0,4}?(?:报告|白皮书|蓝皮书)(?=发布|出炉|公布|显示|指出|[^\u4e00-\u9fff》”]|$)")
REPORT_NEWS = re.compile(r"(正式)?(发布|出炉|公布|显示|指出)")
#: words of a clause, not of a title: 2024年底前形成评估报告, 2020年以来共发布研究报告
NOT_A_TITLE = re.compile(r"(以来|底|前|共|累计|完成|形成|编制|发布|撰写|提交|各类|份)")


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


LEVEL_OF_GOVERNMENT = re.compile(r"(省级|市级|县级|区级|乡级|地方|基层|各级|上级|下级)(人民)?政府")


def _two_known_bodies(name: str, resources: Resources) -> bool:
    """党中央国务院: two bodies of the dictionary written without a mark between them."""
    return any(name[:i] in resources.agencies and name[i:] in resources.agencies for i in range(2, len(name) - 1))


def _addressed(text: str, start: int) -> bool:
    """各市州人民政府、省直各部门, 各省、自治区交通运输厅: whoever a notice addresses, no particular body."""
    return text[max(0, start - 1):start] == "各" or text.endswith(("各省、", "各省，"), 0, start)


def _ner_orgs(sentence: Sentence, tokens: list[Token], resources: Resources) -> list[Mention]:
    out = []
    for tok in _split_joint_orgs(tokens):
        if tok.tag != "ORG" or len(tok.text) < 3 or not WORD_CHARS.match(tok.text):
            continue
        if JOINED_AGENCIES.search(tok.text) or _two_known_bodies(tok.text, resources):
            continue  # "A局联合B局", 党中央国务院: two agencies the model read as one
        if _addressed(sentence.text, tok.start) or tok.text.startswith("各"):
            continue  # 各市州人民政府: the addressees, no particular body
        if _in_quotes(sentence.text, tok.start, tok.end) and tok.text.endswith("办"):
            continue  # 打造“皖事通办”品牌, “跨省通办·丝路通办”: a brand in quotes ending like an office (办), not one
        if tok.text in resources.organizations or tok.text.endswith(ORG_SUFFIXES):
            out.append(mention(sentence, tok.start, tok.end, "Organization", "ner"))
        elif LEADING_VERB.match(tok.text):
            continue   # the rules name the body itself (市市场监管局)
        elif _ends_like_agency(tok.text, sentence.text[tok.end:tok.end + 1], resources):
            if LEVEL_OF_GOVERNMENT.fullmatch(tok.text):
                continue   # 我国省级政府, 各地地方政府: a level of government, no particular one
            start = _extend_left_over_region(sentence.text, tok.start, resources)
            if tok.text.endswith("政府") and start == tok.start and not tok.text.startswith(("国务院", "中国")) \
                    and tok.text[:-2] not in resources.gazetteer.full_names:
                continue   # 数字政府, 整体政府: an idea, not a government
            out.append(mention(sentence, start, tok.end, "Agency", "ner"))
    return out


JOINT_VERB = re.compile(r"(?<=院|局|厅|委|办|心|部|会|所)(联合|会同)")


def _split_joint_orgs(tokens: list[Token]):
    """The model's ORG words, one read across 联合/会同 (清华大学…研究院联合数据治理研究中心) cut in two."""
    for tok in tokens:
        cut = JOINT_VERB.search(tok.text) if tok.tag == "ORG" else None
        if cut:
            yield Token(tok.text[:cut.start()], "ORG", tok.start, tok.start + cut.start())
            yield Token(tok.text[cut.end():], "ORG", tok.start + cut.end(), tok.end)
        else:
            yield tok


def _ends_like_agency(name: str, next_char: str, resources: Resources) -> bool:
    for suffix in resources.agency_suffixes:
        if name.endswith(suffix) and len(name) > len(suffix):
            return next_char not in SUFFIX_BLOCKERS.get(suffix, "")
    return False


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
    bonus = 100 if m.source in ("title", "headline", "quoted") else 0
    return bonus + (m.end - m.start) + PRIORITY.get(m.source, 0) / 10
