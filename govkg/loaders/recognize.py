"""Find the names in each sentence: regions, agencies, organizations, platforms, policies, reports.

Several recognizers each propose :class:`~govkg.types.Mention` records; the
longest, most trusted one wins where they overlap:

* ``title``      — 《…》 titles, typed Policy or Report by their ending, and titles written
  without 《》 (``recognize_titles``);
* ``quoted``     — “…” brand names that look like platforms (“随申办”);
* ``gazetteer``  — GB/T 2260 region names and short forms;
* ``agency``     — [region][省/市…][department core][suffix] patterns (``recognize_agencies``);
* ``ner``        — the LAC model's ORG tags, kept when they end like an agency;
* ``platform``   — names ending in 平台/网/云/门户/APP/码…, bounded by the model's word tags
  (quoted and unquoted platform names live in ``recognize_platforms``);
* ``dictionary`` — known government-service apps and organizations (``recognize_dictionary``);
* ``project``    — the country's e-government projects named 金X (``recognize_projects``).
"""
from __future__ import annotations

import re
from dataclasses import replace
from typing import Iterable

from ..types import Mention, Sentence
from .generic_platforms import is_generic_platform
from .generic_bodies import a_kind_of_body
from .recognize_accounts import (account_handles, bracketed_accounts, counted_accounts, listed_accounts, numbered_accounts,
                                 release_accounts)
from .recognize_groups import teams_of_bodies
from .recognize_agencies import (PLATFORM_CENTRE, SECOND_NAME_AND_UNIT, SECOND_NAME_UNIT_STOP, agency_mentions,
                                 agency_pattern, as_facility, central_unit, names_its_platform, without_example_word,
                                 without_spaces)
from .recognize_lists import listed_service_numbers, listed_systems, listed_with_agencies, listed_with_platforms
from .recognize_dictionary import dictionary_mentions
from .recognize_orgs import legislature_sites, ner_orgs
from .recognize_platforms import named_platforms, platform_cue
from .recognize_projects import national_projects, place_projects
from .recognize_quoted import HONOUR_AFTER, platform_brands, quoted_platforms, recurring_quoted
from .recognize_regions import DATA_EXCHANGE_AFTER, regions_in
from .recognize_titles import budget_titles, document_type, named_reports, own_title, titles, titles_after_bodies
from .recognize_zones import platform_editions, platform_zones
from .resources import Resources
from .tokens import mention, occurrences, tokens_of

__all__ = ["agency_pattern", "document_type", "is_generic_platform", "platform_cue", "recognize"]

PRIORITY = {"title": 6, "headline": 6, "quoted": 5, "account-handle": 5, "exchange": 5, "dictionary": 4, "project": 4, "agency": 4, "paired-government": 4, "own-centre": 5, "ner": 3, "platform": 3,
            "gazetteer": 2}

#: A site's breadcrumb line above a page's title: 您现在的位置 : 首页 > 政府信息公开 > 年度报告.
BREADCRUMB = re.compile(r"[>＞›»]|^\s*[•·]\s|位置[:：\s]|当前位置|简体|繁体|无障碍|IPv6|阅读(?:人次|次数)|浏览次数|字体\s*[:：]|字号\s*[:：]|"
                        r"【\s*大\s*中\s*小\s*】|分享到|打印本页|关闭窗口|^\s*(?:EN|English|返回顶部|返回首页|[^\s\d]{0,4})\s*$|"
                        r"^\s*(?:索\s*引\s*号|信息分类|主题分类|发布机构|发布单位|发文机关|发布日期|成文日期|公开方式|公开日期|文\s*号|时\s*效|有\s*效\s*性|"
                        r"标\s*题|关\s*键\s*词|主\s*题\s*词|分\s*类|内容概述|内容概览|热门搜索|站内搜索)(?:\s*[:：]|[ \t\u3000]+(?=\S)|\s*$)")
#   (and the site's buttons on lines of their own, or a blank line: 返回顶部, EN, 朗读, 配色, 重置 — a title is longer;
#   and a disclosure page's fields above its title: 索引号:, 发布机构:, 标题:, 文号:, or with a space where the site
#   drew a cell: 成文日期 2021-09-16 发布日期 2021-09-16)
ADDRESSEES = re.compile(r"^各[^。]*[：:]\s*$|^【?[^。【】]*】\s*各[^。，,；]*[：:]\s*$")
#   (after a site's 【…】 column tag too, a list with no clause of its own: not 【工作动态】各区县认真落实…，做法如下：)


def recognize(sentences, resources: Resources) -> tuple[Mention, ...]:
    """All mentions in the document, overlaps resolved, in text order."""
    found: list[Mention] = []
    recurring = recurring_quoted(sentences)
    brands = platform_brands(sentences)
    under_breadcrumbs = True     # whether every line so far is a site's breadcrumb (首页 > 政府信息公开 > …)
    heading_body = None          # the body whose name heads the page on a line of its own, right above
    for sentence in sentences:
        tokens = tokens_of(sentence.text, resources)
        regions = regions_in(sentence, resources, tokens)
        agencies = agency_mentions(sentence, resources, regions)
        candidates = (
            titles(sentence, resources)
            + quoted_platforms(sentence, resources, recurring, brands)
            + account_handles(sentence)
            + listed_accounts(sentence)
            + bracketed_accounts(sentence)
            + release_accounts(sentence, resources.gazetteer)
            + counted_accounts(sentence, resources.gazetteer, tokens)
            + regions
            + agencies
            + ner_orgs(sentence, tokens, resources)
            + named_platforms(sentence, tokens, resources, agencies, regions)
            + dictionary_mentions(sentence, resources, tokens)
            + national_projects(sentence, resources)
            + place_projects(sentence, resources)
            + named_reports(sentence, resources, agencies)
            + own_title(sentence, resources, at_top=sentence.index == 0 or under_breadcrumbs
                        or (heading_body is not None and sentence.text.strip().startswith(heading_body)))
            + budget_titles(sentence)
            + listed_systems(sentence, resources)
            + listed_service_numbers(sentence)
            + _place_named_media(sentence, regions)
            + _place_data_exchanges(sentence, regions)
            + _place_brand_platforms(sentence, regions)
            + _place_hotlines(sentence, resources)
        )
        candidates += [mention(sentence, c.start - sentence.start, u.end(), "Agency", c.source)
                       for c in candidates if c.type == "Agency"
                       for u in [SECOND_NAME_AND_UNIT.match(sentence.text, c.end - sentence.start)]
                       if u and not SECOND_NAME_UNIT_STOP.search(u.group("unit"))]
        #   (not 市发展改革委(大数据发展局)提出自建数据中心: the body, then what it is asked for)
        teams = teams_of_bodies(sentence, candidates)     # (全国人大常委会执法检查组: a team of the body's, and
        candidates += teams + titles_after_bodies(sentence, resources, teams) + legislature_sites(sentence, candidates)
        #   (the report it made; 中国人大网, the legislature's news site)
        own_names = {c.start for c in candidates if c.type in ("Agency", "Organization")}
        candidates += [u for c in candidates if c.type == "Agency" and c.end not in own_names
                       for u in [central_unit(sentence, c, resources)] if u]
        #   (生态环境部华南环境科学研究所: a unit with a name of its own is found apart, and is partOf the body)
        candidates += [mention(sentence, c.start - sentence.start, u.end(), "Agency", "agency")
                       for c in candidates if c.type == "Platform"
                       for u in [PLATFORM_CENTRE.match(sentence.text, c.end - sentence.start)] if u]
        candidates = [as_facility(without_example_word(sentence, c)) for c in candidates]
        candidates += listed_with_platforms(sentence, candidates, resources) + listed_with_agencies(sentence, candidates)
        candidates += platform_zones(sentence, candidates, resources.gazetteer) + platform_editions(sentence, candidates, resources)
        candidates = _without_shared_site_word(sentence, candidates)
        numbers = [(d.start(), d.end()) for d in DOCUMENT_NUMBER.finditer(sentence.text)]
        candidates = [_without_spaced_year(sentence, c) for c in candidates]
        candidates = [c for c in candidates if not any(a <= c.start - sentence.start < b for a, b in numbers)
                      and not _cut_from_a_count(sentence, c)]
        if COPYRIGHT.search(sentence.text):
            candidates = [c for c in candidates if c.type not in ("Platform", "Organization")]
            #  (凡注明来源为“正北方网”“北方新报”的作品…; 版权所有，转载请注明来源: the site's and papers' notice, no platform)
        if ADDRESSEES.match(sentence.text):   # 各县（市）、区人民政府：: whoever is addressed, no body
            candidates = [c for c in candidates if not (c.type == "Agency" and c.text.startswith(("省", "市", "区", "县", "州")))]
        candidates = [c for c in candidates if not (c.type == "Region" and _a_dateline(sentence, c))
                      and not (c.type == "Agency" and re.search(r"[A-Za-z]{2,}", c.text) and SPAM_WORDS.search(c.text))
                      and not (c.type == "Platform" and GAMBLING_SITE.search(c.text))]
        #   (bet28365365备用人民政府办公室, 亚搏app下载安装: a spam site's words glued to a body's ending)
        candidates = [c for c in candidates if not (c.type == "Agency" and (_named_in_passing(sentence, c)
                                                                            or a_kind_of_body(c, resources)
                                                                            or _among_the_leading_bodies(sentence, c)))
                      and not (c.type == "Platform" and _an_honour(sentence, c))]
        found.extend(_resolve_overlaps(candidates))
        heading_body = sentence.text.strip() if under_breadcrumbs and any(a.text == sentence.text.strip() for a in agencies) \
            else None     # (a body's site heads its pages with the body's name on a line of its own, above the title)
        under_breadcrumbs = under_breadcrumbs and bool(BREADCRUMB.search(sentence.text))
    lines = _listed_down_the_page(sentences, found) + [
        a for a in numbered_accounts(sentences, resources.gazetteer)      # (a name read already stays as read)
        if not any(m.start <= a.start and a.end <= m.end and m.type != "Region" for m in found)]
    found = sorted([m for m in found if not any(m.start >= x.start and m.end <= x.end for x in lines)] + lines,
                   key=lambda m: m.start)
    return tuple(_declared_short_names(sentences, _titles_as_headings(sentences, found)))


#: A line that is a level's department in form (市教委, 市建设交通委, 市人口计生委, 县侨办).
LINE_DEPARTMENT = re.compile(r"(?:省|市|县|区|州)(?!场|民|块|域|本级|级|县|区|市|直|内|际)"
                             r"(?![\u4e00-\u9fff]*(?:常委|通办|即办|就办|就近办|事办|格局|各部门|联席|里|省心|省力|省时))(?!(?P<lv>.)事(?P=lv)办$)"
                             r"[\u4e00-\u9fff]{1,10}(?:(?<![大事务])厅|局|委|办)")
#   (not 市税务局办税服务厅, a hall; 市委常委, a post; 市一网通办, 市内通办, 县里事县里办, 市事市办, a way of serving;
#    区县大数据局, 区级审批局, every place's)


def _listed_down_the_page(sentences, found: list[Mention]) -> list[Mention]:
    """Bodies listed one a line, as a notice's annex of names does (市发展改革委 / 市建设交通委 / 市教委 / 市公安局…):
    a line built as a level's department (:data:`LINE_DEPARTMENT`) next to a line that is a body's name alone is
    a body too, though its core is one the patterns do not know (a part they read, 交通委, gives way).

    >>> from govkg.types import Sentence
    >>> lines = [Sentence(0, "市公安局", 0, 4), Sentence(1, "市建设交通委", 5, 11), Sentence(2, "市教委", 12, 15)]
    >>> [m.text for m in _listed_down_the_page(lines, [Mention("市公安局", "Agency", 0, 4, 0, "agency")])]
    ['市建设交通委', '市教委']
    """
    by_index = {s.index: s for s in sentences}
    named = {m.sentence for m in found if m.type == "Agency" and m.sentence in by_index
             and m.text == by_index[m.sentence].text.strip()}
    out: list[Mention] = []
    changed = True
    while changed:
        changed = False
        for s in sentences:
            line = s.text.strip()
            if s.index in named or not LINE_DEPARTMENT.fullmatch(line) or not (s.index - 1 in named or s.index + 1 in named):
                continue
            if any(m.start < s.end and m.end > s.start and (m.type != "Agency" or m.text == line or line.startswith(m.text))
                   for m in found if m.type != "Region"):
                continue    # (a line already read as something else, or opening on a body: 市税务局…; a body read
                #             inside it, 交通委 of 市建设交通委, gives way)
            at = s.text.index(line)
            out.append(mention(by_index[s.index], at, at + len(line), "Agency", "agency"))
            named.add(s.index)
            changed = True
    return out


#: A site's copyright or reprint notice: the outlets it names are the page's sources, not what it reports on.
COPYRIGHT = re.compile(r"凡注明|版权所有|转载请注明|免责声明|版权及免责|未经(?:许可|授权)[^。]{0,12}(?:转载|复制|摘编)|"
                       r"All Rights Reserved", re.IGNORECASE)


#: A name cut from a count or a spaced year (35个计划单列市政府门户网站; 2018 年全区政府网站): a kind, no name.
COUNT_OR_YEAR_LEAD = re.compile(r"\d+\s*(?:个|家|条|项|类)|年(?!报)")
#: Sites counted by their places inside a name (兰州、天水2市网站: 天水2市网站 is no site's name).
COUNTED_PLACES_SITES = re.compile(r"\d+个?(?:市|县|区|州|省)(?:政府)?网站$")


def _cut_from_a_count(sentence: Sentence, c: Mention) -> bool:
    """A platform's or body's name that is a count's words, not a name: 35个计划单列市政府门户网站, 年全区政府网站
    (after 2018 ), 天水2市网站, or 市网站 right after 陇南8 (the 8 cities' sites)."""
    if c.type not in ("Platform", "Agency"):
        return False
    if COUNT_OR_YEAR_LEAD.match(c.text):
        return True
    at = c.start - sentence.start
    return c.type == "Platform" and (bool(COUNTED_PLACES_SITES.search(c.text)) or (
        c.text[:1] in "省市县区州" and at > 0 and sentence.text[at - 1].isdigit()))


def _without_spaced_year(sentence: Sentence, c: Mention) -> Mention:
    """2023 年宜昌市政府门户网站: a place's site after a year a PDF spaced apart, without the year's 年."""
    at = c.start - sentence.start
    if c.type in ("Platform", "Agency") and c.text.startswith("年") and len(c.text) > 3 \
            and re.search(r"(?:19|20)\d{2}\s+$", sentence.text[:at]) and c.text[1] not in "度底初中内":
        return replace(c, text=c.text[1:], start=c.start + 1)
    return c


#: The word a list of bodies or places shares: 商务部、…、生态环境部网站; 北京市、天津市政府网站.
SHARED_SITE_WORD = re.compile(r"(?:人民政府|政府)?(?:门户网站|网站)$")


def _without_shared_site_word(sentence: Sentence, candidates: list[Mention]) -> list[Mention]:
    """商务部、交通运输部、生态环境部网站位列前三名: the last item's 网站 is the list's, so the item is the
    body (or place) itself, as the items before it are, not a site of its own."""
    text = sentence.text
    bodies = [c for c in candidates if c.type in ("Agency", "Region")]
    ends = {c.end for c in bodies}
    drop = []
    for c in candidates:
        word = SHARED_SITE_WORD.search(c.text) if c.type == "Platform" else None
        if word is None or not word.start():
            continue
        gap_end = c.start - sentence.start
        listed = gap_end > 0 and text[gap_end - 1] in "、/／" and (c.start - 1) in ends
        inner = any(b.start == c.start and b.end == c.start + word.start() for b in bodies)
        if listed and inner:   # (and 天津市政府 in 天津市政府网站, which takes part of the list's word)
            drop += [c] + [o for o in candidates if o.start == c.start and c.start + word.start() < o.end < c.end]
    return [c for c in candidates if c not in drop]


#: After 国务院: its departments as a class (46个国务院部门, 国务院有关部门), not the State Council acting.
CLASS_AFTER = re.compile(r"(?:各)?(?:部门|有关部门|各部门|组成部门|直属机构|部委)")


def _an_honour(sentence: Sentence, m: Mention) -> bool:
    """南昌市“最佳政务服务大厅”“赣政通工作优秀单位”称号, 获评“全国十佳政务云”: a quoted award's title, no platform."""
    text, start, end = sentence.text, m.start - sentence.start, m.end - sentence.start
    opening = text.rfind("“", 0, start + 1)
    closing = end - 1 if text[end - 1:end] == "”" else end      # the quote closes right at the name
    if opening < 0 or text[closing:closing + 1] != "”" or "”" in text[opening:start]:
        return False
    return bool(HONOUR_AFTER.match(text, closing + 1)) or (
        bool(AWARDED.search(text, 0, opening)) and bool(AWARD_WORDS.search(text, opening, closing)))


#: Right before a quotation: a verb of being awarded (获评“全国十佳政务云”, 荣获“…示范窗口”, 获“…优秀平台”)…
AWARDED = re.compile(r"(?:获评|荣获|评为|荣膺|获得|入选|当选|获)(?:首届|全国|全省)?$")
#: …and in it, the words of an award (annotators name 0 of 32 such quotations a platform); not a platform's
#: own name (入选“浙里办”首批应用, 获得“皖事通”推送).
AWARD_WORDS = re.compile(r"十佳|百佳|优秀|最佳|示范|先进|百强|十强|标杆|领先|典型|奖|称号|案例|单位|集体|创新|品牌|标兵|(?:19|20)\d{2}")


#: A spam site's words inside a body's name (bet28365365备用…; not 北京CBD管委会, 海南省IC卡管理中心).
SPAM_WORDS = re.compile(r"\d{4,}|bet|vip|体育|棋牌|备用|娱乐|彩票|投注|官网|下载", re.IGNORECASE)
#: A gambling site's name a hacked page carries (发文单位:咸宁江南体育官方网站, PG电子网址pg电子游戏平台).
GAMBLING_SITE = re.compile(r"(?<!腾讯)(?<!新浪)(?<!网易)(?<!央视)体育官方网站|游戏官网|棋牌|娱乐城|博彩|pg电子|真人视讯|bet\d", re.IGNORECASE)
#   (not 江南体育馆, a venue; nor 电子游戏经营场所监管平台 or 体育彩票投注站管理系统, which oversee them)


#: A news dateline: the outlet, the place it filed from, the day (新华社北京12月28日电, 央广网重庆8月6日消息).
DATELINE_PLACE = re.compile(r"\s*(?:(?:\d{4}年)?\d{1,2}月\d{1,2}日)?(?:电|讯|消息)")
DATELINE_OUTLET = re.compile(r"(?:社|网|报|台|新闻)\s*$")
#: Beijing's own papers (新京报, 北京日报, 北京晚报, 北京青年报): their Beijing dateline is the story's own place.
LOCAL_OUTLET = re.compile(r"京[^，。；\s]{0,4}(?:报|台|网)\s*$")


def _a_dateline(sentence: Sentence, m: Mention) -> bool:
    """The capital named only as where a national outlet filed from (新华社北京12月28日电): no place the news is
    about. (A local dateline, 央广网嘉兴10月21日消息, is the story's own place: annotators keep it, 3 of 3 on the
    read pages, and drop 北京, 4 of 4.)

    >>> from govkg.types import Sentence
    >>> s = Sentence(0, "新华社北京12月28日电 记者报道", 0, 14)
    >>> _a_dateline(s, Mention("北京", "Region", 3, 5, 0, "region"))
    True
    """
    at, end = m.start - sentence.start, m.end - sentence.start
    return m.text in ("北京", "北京市") and bool(DATELINE_PLACE.match(sentence.text, end)) \
        and bool(DATELINE_OUTLET.search(sentence.text, 0, at)) and not LOCAL_OUTLET.search(sentence.text, 0, at)


def _named_in_passing(sentence: Sentence, m: Mention) -> bool:
    """国务院 in 联通46个国务院部门: a class of bodies, not the State Council; 全国人大 in 全国人大代表 or
    十四届全国人大一次会议: a person's title or a session, not the body acting."""
    after = sentence.text[m.end - sentence.start:]
    if m.text in ("全国人大", "全国人民代表大会", "全国政协") and SESSION_OR_MEMBER.match(after):
        return True
    return m.text == "国务院" and bool(CLASS_AFTER.match(after))


#: The place's four leading bodies listed by their level words (市委、市人大、市政府、市政协): the place's
#: leadership as a whole, none of them acting (annotators name none of the four); not two acting together
#: (省人大与省政协联合召开…).
LEADING_FOUR = re.compile(r"([省市县区])委[、，,]\1人大(?:常委会)?[、，,]\1(?:人民)?政府[、，,和及]\1政协")


def _among_the_leading_bodies(sentence: Sentence, m: Mention) -> bool:
    at = m.start - sentence.start
    return any(run.start() <= at < run.end() for run in LEADING_FOUR.finditer(sentence.text))


#: After a legislature's name: one of its members or one of its sessions.
SESSION_OR_MEMBER = re.compile(r"(代表(?!大会)|委员(?!会)|常委(?!会)|[一二三四五六七八九十\d]+次(全体)?会议|会议)")


def _titles_as_headings(sentences, found: list[Mention]) -> list[Mention]:
    """A heading line that is the title of a document the text quotes elsewhere (a notice's 《…工作要点》,
    then the plan itself under its own heading) names that document there too."""
    titled = {m.text: m.type for m in found if m.type in ("Policy", "Report") and m.source == "title"}
    taken = {m.sentence for m in found if m.type in ("Policy", "Report")}
    out = list(found)
    for s in sentences:
        line = s.text.strip()
        if s.is_heading and line in titled and s.index not in taken:
            start = s.start + s.text.index(line)
            out.append(Mention(line, titled[line], start, start + len(line), s.index, "title"))
    return sorted(out, key=lambda m: m.start)


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
            for name in filter(None, short.groups()):   # （简称金宏网，即政务内网）: another name for the same thing
                # …热线中心（以下简称"12345 热线"）: the centre's short name is the hotline's, spaces or not
                type_ = "Platform" if m.type == "Agency" and names_its_platform(m.text, name) else m.type
                declared[name] = declared[without_spaces(name)] = type_
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


# -- quoted names and listed systems ---------------------------------------------
# 渝府办发〔2022〕12号, 国办函〔2018〕59号: a document number, whose letters name no body
DOCUMENT_NUMBER = re.compile(r"[\u4e00-\u9fff]{1,8}[〔\[(（﹝【]\s*(?:19|20)\d{2}\s*[〕\])）﹞】]\s*\d+\s*号")


#: A place's hotline named by the place and its number alone: 海安12345, 靖江12345 (not 拨打12345, 全市12345).
PLACE_HOTLINE = re.compile(r"([\u4e00-\u9fff]{2,3}?)(12345)(?![\d\u4e00-\u9fff]{0,1}(热线|平台|政务|便民|市长|服务|一号|在线|民生|\d)"
                           r"|(?:营商|企业|亲清|投资|人才)?[\u4e00-\u9fff]{0,4}专线)")
#   (宜春12345营商环境专线: a line of its own, not 宜春12345)


def _place_hotlines(sentence: Sentence, resources: Resources) -> list[Mention]:
    g, out = resources.gazetteer, []
    for m in PLACE_HOTLINE.finditer(sentence.text):
        for cut in range(m.start(1), m.end(1) - 1):       # the place may be the last 2 or 3 characters
            place = sentence.text[cut:m.end(1)]
            if place in g.full_names or place in g.short_names or place in g.county_short:
                out.append(mention(sentence, cut, m.end(2), "Platform", "platform"))
                break
    return out


# A newspaper or broadcaster named for its place: 湖北日报, 杭州电视台. The place is not the
# topic of the sentence it opens (湖北日报讯…武昌区上线…).
PLACE_MEDIA = re.compile(r"(日报|晚报|都市报|商报|新闻网|广播电视台|电视台|融媒体中心)(社|集团)?")
#: A web portal's local edition, named by the portal and then the place: 新浪湖北, 腾讯大楚. (A news
#: agency's dateline, 央广网嘉兴3月5日消息, names the place the news is from: no edition.)
PORTALS = ("新浪", "腾讯", "网易", "搜狐", "凤凰网")


def _place_named_media(sentence: Sentence, regions: list[Mention]) -> list[Mention]:
    """A region followed by a newspaper or broadcaster word, or after a news portal's name, is a
    media organization."""
    out = []
    for r in regions:
        start, end = r.start - sentence.start, r.end - sentence.start
        m = PLACE_MEDIA.match(sentence.text, end)
        if m:
            out.append(mention(sentence, start, m.end(), "Organization", "dictionary"))
        portal = next((p for p in PORTALS if sentence.text.endswith(p, 0, start)), None)
        if portal:
            out.append(mention(sentence, start - len(portal), end, "Organization", "dictionary"))
    return out



#: After a place's name: a data exchange (广州数据交易所, 郑州数据交易中心, 北京国际大数据交易所), a company that
#: trades data, however the model cut the words.
PLACE_EXCHANGE = re.compile(DATA_EXCHANGE_AFTER.pattern + r"(?:有限公司|股份有限公司)?")


def _place_data_exchanges(sentence: Sentence, regions: list[Mention]) -> list[Mention]:
    """广州数据交易所, 郑州数据交易中心: a data exchange named after its place is an organization."""
    return [mention(sentence, r.start - sentence.start, m.end(), "Organization", "exchange")
            for r in regions for m in [PLACE_EXCHANGE.match(sentence.text, r.end - sentence.start)] if m]


#: After a place's name in a province's brand: a dot and the kind of platform (壮美广西·政务云, 数字福建·社会云).
BRAND_KIND = re.compile(r"·((?:(?!等|和|与|及|的|是|为|在)[\u4e00-\u9fff]){0,7}(?:云(?![上计端存])|平台|(?<!互联)网(?![络格上页民友点吧])|系统))")
#: Before a brand's opening word: where a name may begin (the sentence's start, a mark, a joining word, a verb
#: taking the platform as its object).
BRAND_BOUNDARY = re.compile(r"(?:^|[，。、；：,;:（(“\s]|和|与|及|是指|包括|建成|建设|打造|构建|依托|推进|完善|接入|迁入|部署)$")


def _place_brand_platforms(sentence: Sentence, regions: list[Mention]) -> list[Mention]:
    """A province's brand and the kind of platform after a dot (壮美广西·经济社会云, 数字福建·政务云): one
    platform's name, from the brand's opening word (壮美, 数字), where a name may begin."""
    out = []
    for r in regions:
        start, end = r.start - sentence.start, r.end - sentence.start
        kind = BRAND_KIND.match(sentence.text, end)
        if kind is None:
            continue
        if start >= 2 and re.fullmatch(r"[\u4e00-\u9fff]{2}", sentence.text[start - 2:start]) \
                and BRAND_BOUNDARY.search(sentence.text, 0, start - 2):   # (not 贵阳·贵安…: two places)
            out.append(mention(sentence, start - 2, kind.end(), "Platform", "dictionary"))
    return out


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
    bonus = 100 if m.source in ("title", "headline", "quoted", "zone", "app-branch") else 0
    return bonus + (m.end - m.start) + PRIORITY.get(m.source, 0) / 10
