"""Whose figures a page's sentences that name nothing give: the hotline or service centre whose
report the page is, the platform its own title reports on, or the body whose yearly report or work
summary it is (:mod:`.pipeline` passes them to :func:`~govkg.loaders.statistics.extract_metrics`).
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace

from ..types import Metric, Sentence
from .named import Named, entity_named, opening_entity, standing_for
from .recognize_agencies import platform_of_centre
from .recognize_titles import TITLE_RUN_ON, without_site_name
from .segment import CLAUSE_OR_SENTENCE_MARKS, clause_end, clause_start
from .places import GENERIC_PLACE
from .resources import COUNTRY
from .titled_platforms import platform_reported_on

#: A body that counts the public's cases: a hotline, a service centre or hall, an approvals bureau.
COUNTS_CASES = re.compile(r"(热线|12345|服务中心|办事大厅|审批局|服务局)")


def case_counter(measured: dict[str, int], entities: dict) -> Named | None:
    """The body most of the page's figures so far measure (``measured``: how many figures each
    subject has, in the order first measured), if it counts cases (a hotline's or a service
    centre's report: 本月共受理…，其中投诉类2954件…): its report goes on in sentences that name
    nothing (已解决3112件，解决率90.05%). A tie goes to the one measured first: a page opens on its topic."""
    subjects = {key: n for key, n in measured.items() if key in entities
                and entities[key].type not in ("Report", "Policy")}    # (a 政务热线质量评估报告 the page cites counts nothing)
    if not subjects:
        return None
    e = entities[max(subjects, key=subjects.get)]
    if e.type == "Platform" and not re.search(r"热线|12345", e.name):
        return None     # an online hall (网上办事大厅) counts cases too, but a page does not report for it (已建成…中心112个)
    return standing_for(e) if COUNTS_CASES.search(e.name) else None


#: A part's number at a line's start: 二、 or （二）.
PART_MARK = r"(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[）)])"
#: A numbered part's title line (（二）公共资源交易情况。, 三、工程建设项目审批): what the part is about.
PART_TITLE = re.compile(r"^\s*" + PART_MARK + r"(?P<topic>[^，,；;\d]{2,24}?)[。：:]?\s*$")
#: Topics a hotline's or service centre's report may go on to that are no cases of theirs: public resource
#: trading, the government's sites and news, information sent in. (Any other part — 话务情况, 督办情况,
#: 帮办代办, 不动产登记 — is still the centre's or hotline's work.)
OTHER_TOPIC = re.compile(r"公共资源交易|政府网站|门户网站|网站|新媒体|政务微博|公众号|信息报送|信息公开|政务公开|宣传|新闻")


def opens_another_topic(sentence: Sentence, counter: Named | None) -> bool:
    """Whether the sentence is the title of a part about something else than the cases ``counter`` counts
    (（二）公共资源交易情况。 after a service centre's figures): that part's figures are not its.

    >>> opens_another_topic(Sentence(0, "（二）公共资源交易情况。", 0, 12), Named("k", "Agency", 0, 4, "州级政务服务中心"))
    True
    >>> opens_another_topic(Sentence(0, "（二）诉求分类情况。", 0, 10), Named("k", "Platform", 0, 4, "12345热线"))
    False
    >>> opens_another_topic(Sentence(0, "二、话务情况", 0, 6), Named("k", "Platform", 0, 4, "12345热线"))
    False
    """
    part = PART_TITLE.match(sentence.text)
    return counter is not None and part is not None and bool(OTHER_TOPIC.search(part.group("topic"))) \
        and counter.text not in part.group("topic")


#: A hotline office's name ends so; without it, the name of the hotline it runs (12345热线办 → 12345热线).
HOTLINE_OFFICE_NAME = re.compile(r"(?<=热线)(?:办公室|办)$")


def on_hotlines(metrics: list[Metric], entities: dict) -> list[Metric]:
    """A hotline centre's counts (…热线服务中心共受理来电9230件) measure the hotline it runs, and stay the
    centre's too (its work, as the sentence says); a hotline office's (市人民政府热线办, 12345热线办) measure
    the hotline only: where it names none of its own, the page's government hotline (a 12345 one, where
    the page also names others), the one it counts most for if several."""
    platforms = {e.name: key for key, e in entities.items() if e.type == "Platform"}
    counted = Counter(m.subject for m in metrics)
    hotlines = [key for key, e in entities.items() if e.type == "Platform" and "热线" in e.name]
    government = [key for key in hotlines if "12345" in entities[key].name] or hotlines   # (not 12315, a market's)
    government.sort(key=lambda key: -counted[key])      # of several, the one the page counts most for
    runs = {key: platforms.get(platform_of_centre(e.name) or "") for key, e in entities.items()
            if e.type == "Agency" and "热线" in e.name}
    for key, e in entities.items():
        if e.type == "Agency" and HOTLINE_OFFICE_NAME.search(e.name) and not runs.get(key):
            runs[key] = platforms.get(HOTLINE_OFFICE_NAME.sub("", e.name)) or (government[0] if government else None)
    out = []
    for m in metrics:
        if runs.get(m.subject):
            out.append(replace(m, subject=runs[m.subject]))
            if not HOTLINE_OFFICE_NAME.search(entities[m.subject].name):
                out.append(m)
        else:
            out.append(m)
    return out


def titled_platform(sentences, names: dict[int, list[Named]], entities: dict, resources) -> Named | None:
    """The platform a page's own title reports on (2022年2月份12345政务服务便民热线运行情况通报): the
    figures of sentences that name nothing are its."""
    first = names.get(0, []) if sentences and sentences[0].is_heading else []
    reported = ((n, platform_reported_on(n.text, resources)) for n in first if n.type in ("Report", "Policy"))
    report, name = next(((n, name) for n, name in reported if name), (None, None))
    if report is None:
        return None
    key = next((k for k, e in entities.items() if e.type == "Platform" and name in (e.name,) + e.aliases), None)
    return Named(key, "Platform", report.start, report.end, name) if key else None


#: A page's own title naming the body whose yearly report or work summary it is:
#: 烟台市大数据局2023年政府信息公开工作年度报告, 某县数据资源局2022年工作总结, 某局政府信息公开工作
#: 年度报告(2021年度): the year before the report's kind, or after it in brackets.
AUTHOR_TITLE = re.compile(r"^(?P<body>.+?)(?:(?:19|20)\d{2}年度?).*(?:年度报告$|工作报告$|工作情况$|工作总结)")   # (…工作总结和2023年工作思路)
AUTHOR_KIND_TITLE = re.compile(r"^(?P<body>.+(?:局|厅|委|办|中心|政府|委员会|办公室))(?:政府信息公开(?:工作)?年度报告|政府网站(?:工作)?年度报)"
                               r"[^()（）]*(?:[(（](?:19|20)\d{2}年度?[)）])?$")


def titled_author(sentences, names: dict[int, list[Named]], entities: dict) -> Named | None:
    """The body whose own report the page is, by its title (…局2023年政府信息公开工作年度报告): the
    figures of sentences that name nothing are its (2023年，通过各类渠道公开各类政府信息420余条)."""
    for s in sentences[:6]:     # (under a site's breadcrumbs)
        for n in names.get(s.index, []):
            own = (s.is_heading and n.text.strip("《》") == s.text.strip().strip("《》")) or (   # the page's title line,
                n.type == "Report" and TITLE_RUN_ON.match(s.text.strip()) and s.text.strip().startswith(n.text[:8]))   # or run on
            title = n.text.strip("《》")
            m = (AUTHOR_TITLE.match(title) or AUTHOR_KIND_TITLE.match(title)) if own and n.type in ("Report", "Policy") else None
            if m is None:
                continue
            body = m.group("body").strip()     # (某局 2022年…年度报告: a space before the year, as sites write it)
            key = entity_named(body, entities, "Agency") or entity_named(body, entities, "Region")
            if key:      # (四川省2019年政府信息公开工作年度报告: a province's own report, its figures the province's)
                return Named(key, entities[key].type, n.start, n.end, body)
    return _wrapped_title_author(sentences, entities) or _opening_author(sentences, names, entities)


def _author_of(report: Named, entities: dict) -> Named | None:
    """The body a yearly report's own name opens on (…局2022年政府信息公开工作年度报告), if the page names it."""
    m = AUTHOR_TITLE.match(report.text.strip("《》"))
    key = entity_named(m.group("body"), entities, "Agency") if m else None
    return Named(key, "Agency", report.start, report.start + len(m.group("body")), m.group("body")) if key else None


def _wrapped_title_author(sentences, entities: dict) -> Named | None:
    """The author of a yearly report whose title the page wrapped over its first two lines
    (硚口区行政审批局2022年度政府 / 信息公开工作年度报告)."""
    if len(sentences) < 2 or not (sentences[0].is_heading and sentences[1].is_heading):
        return None
    m = AUTHOR_TITLE.match(sentences[0].text.strip() + sentences[1].text.strip())
    if m is None:
        return None
    key = entity_named(m.group("body"), entities, "Agency")
    return Named(key, "Agency", sentences[0].start, sentences[0].start + len(m.group("body")), m.group("body")) if key else None


#: A body's own channel named by the body's kind alone (局门户网站, 本局微信公众号, 本机关网站): its outlet.
OWN_CHANNEL = re.compile(r"^(?:本|我)?(?:局|厅|委|办|中心|机关|单位)(?:门户)?(?:网站|政务新媒体|微信公众号|公众号|微博|政务微博)")


def on_authors_channels(metrics: list[Metric], entities: dict, author: Named | None) -> list[Metric]:
    """What a yearly report's author put out through its own channels (局门户网站及政务新媒体平台合计发布
    信息2578条) counts the author's work: the channel is named by the author's kind alone."""
    if author is None:
        return metrics
    own = {key for key, e in entities.items() if e.type == "Platform" and OWN_CHANNEL.match(e.name)}
    return [replace(m, subject=author.key) if m.subject in own else m for m in metrics]


#: A yearly report's own words near its start: what kind of page this is.
OWN_REPORT_WORDS = re.compile(r"政府信息公开|政务公开|工作总结|年度报告")
#: A body's own account of its year, without those words: the stock opening, and the body speaking of itself
#: later (在市委、市政府的坚强领导下，市政务服务数据管理局…。…我局先后荣获…).
LED_BY = re.compile(r"的(?:坚强|正确|有力)?领导下")
SELF_WORDS = re.compile(r"我局|本局|我中心|本中心|我委|我办")
#: A report's first numbered section on its year's work (一、基本情况, 一、主要工作): a body's account, not news.
SECTION_ONE = re.compile(r"\s*一、\s*(?:[\u4e00-\u9fff]{0,6})(?:基本情况|总体情况|工作情况|主要工作|工作成效|主要成效|工作开展情况|"
                         r"工作完成情况|取得的成效|重点工作|工作进展|工作举措|主要做法)")
#: Before the body that opens the report's first sentence: a year, maybe a heading's number.
OPENING_LEAD = re.compile(r"^" + PART_MARK + r"?(?:(?:(?:19|20)\d{2}年|今年|去年)(?:以来|度)?[，,]?)?"
                          r"(?:为[^，。；]{2,30}[，,])?(?:在[^，。；]{2,24}(?:领导|指导|部署)下[，,]?)?(?:我|本)?$")
#   (为推进数字政府建设、优化政务服务环境，市政务服务中心…: a purpose before the body)


#: A first sentence that tells of a meeting or a speech: news about the body, not its account.
NEWS_OPENING = re.compile(r"召开|举行|会议上|会上|指出|表示|强调|记者|印发|发布|出台|公布")     # (not 重要讲话精神, a stock phrase)


def _opening_author(sentences, names: dict[int, list[Named]], entities: dict) -> Named | None:
    """A yearly report with no title line (一、总体情况\n2022年，龙城区营商环境建设局按照…): the body that
    opens its first sentence is the one whose figures the sentences naming nothing give."""
    head = sentences[:4]
    untitled = bool(sentences) and not sentences[0].is_heading     # (the page opens on the body's own sentence)
    sections = any(s.text.lstrip().startswith("一、") for s in sentences[:12])
    if not any(OWN_REPORT_WORDS.search(s.text) for s in head) and not (untitled and sections) and not (
            any(LED_BY.search(s.text) for s in head) and any(SELF_WORDS.search(s.text) or SECTION_ONE.match(s.text)
                                                             for s in sentences[:12])):
        return None     # (an untitled page opening on a body and numbering its sections is the body's account)
    for s in head:
        if s.is_heading or re.match(r"\s*本(?:年度)?报告", s.text):
            continue    # (本报告根据《条例》编制…: the report speaking of itself, before its first sentence)
        if s.text.rstrip().endswith(("：", ":")):
            return None     # 总寨镇政府、各街道办事处，区政府各部门：: a notice to the bodies it names, not one's account
        first = next(iter(names.get(s.index, [])), None)
        if first is not None and first.type == "Report" and first.start == s.start:   # 某局2022年…年度报告（以下简称
            return _author_of(first, entities)     # 年报）是…: the report speaking of itself, by its author's name
        if first is not None and first.type == "Agency" and OPENING_LEAD.match(s.text[:first.start - s.start]) \
                and not NEWS_OPENING.search(re.sub(r"《[^《》]*》", "", s.text)):     # (a cited title's 发布 tells nothing)
            return first
        return None
    return None


#: The title of a bulletin on an inspection of sites or accounts: …全省政府网站抽查情况的通报,
#: 2020年政府网站和政务新媒体检查情况通报, …政府网站绩效评估情况的通报.
INSPECTION_TITLE = re.compile(r"(抽查|检查|普查|评估|测评|考评|监测)(工作)?(情况|结果)")
#: A sentence's words for inspecting: what was inspected, how many passed.
INSPECTING = re.compile(r"抽查|检查|普查|评估|测评|考评|抽检")


#: Just before a count, the checking that counted it: 抽查了全省政府网站857个, 共检查政务新媒体135个.
CHECKED_COUNT = re.compile(r"(?:抽查|检查|普查|监测|抽检)了?(?:(?!发现|问题|合格|存在)[^，。；\d]){0,14}$")   # (not 检查发现
#                                                                           问题网站3个: the sites found wanting)
#: After a count, the inspecting it was counted in: 对全市139个政务新媒体进行了全面检查.
INSPECTED_AFTER = re.compile(r"[^，。；]{0,16}?(进行了?|开展了?)(全面|专项)?(检查|抽查|普查|评估|测评)")


def titled_inspection(sentences, names: dict[int, list[Named]]) -> Named | None:
    """The bulletin a page is, when its own title (a heading line near the top, or a 名称 field) reports
    an inspection (…政府网站抽查情况的通报): what its sentences count as inspected is its."""
    for s in sentences[:12]:
        line = without_site_name(re.sub(r"^[•·\s]*名\s*称\s*[:：]\s*", "", s.text.strip()).strip("《》"))   # (…的通报-某某网)
        for n in names.get(s.index, []):
            if n.type == "Report" and n.text.strip("《》") == line and INSPECTION_TITLE.search(n.text):
                return n
    return None


def bulletin_place(bulletin: Named, entities: dict, places: dict[str, str]) -> Named | None:
    """The place an inspection bulletin is about: the one named after its 关于 (…办公厅关于曲靖市2024年…检查情况
    的通报), else the one its 全省/全市/全国 stands for on the page, else the place its title opens on
    (乌兰察布市2025年第一季度…, 海南省人民政府办公厅关于…); none for a department's bulletin on its own
    accounts (某市教育局…政务新媒体检查情况通报: the department's system, not the city's)."""
    title = bulletin.text.strip("《》")
    regions = sorted((e for e in entities.values() if e.type == "Region"), key=lambda e: -len(e.name))
    about = title.split("关于", 1)[1] if "关于" in title[2:] else ""
    named_about = min(((about.find(name), e) for e in regions for name in (e.name, *e.aliases) if len(name) >= 2
                       and name in about), key=lambda ie: ie[0], default=None)
    if named_about is not None:
        return standing_for(named_about[1])
    whole = re.search(r"全(国|省|市|区|县|州|旗)", about or title)
    key = places.get(whole.group(1)) if whole else None
    if key in entities:
        return standing_for(entities[key])
    if key and whole.group(1) == "国":
        return Named(key, "Region", 0, 0, whole.group())    # (the country, which the page need not name: the caller adds it)
    if any(e.type == "Agency" and title.startswith(e.name) and not GOVERNMENT_OFFICE.search(e.name) for e in entities.values()):
        return None
    opening = opening_entity(title, entities, ("Region",))
    return standing_for(opening) if opening is not None else None


#: A government or its general office: the bulletins it issues are on its place's sites.
GOVERNMENT_OFFICE = re.compile(r"(?:人民政府|政府)(?:办公厅|办公室)?$")


def inspected(figures: list[Metric], text: str, s, named: list[Named], bulletin: Named | None,
              place: Named | None = None) -> list[Metric]:
    """省政府办公厅共抽查了全省857个政府网站…，总体合格率为96.0%: in an inspection bulletin, how many
    sites were checked (抽查了…857个) is the bulletin's; the other counts and rates of a sentence about
    inspecting measure the sites of the bulletin's ``place`` (the bulletin's own where it has none:
    总体合格率, 对…126个政务新媒体进行了检查, 不合格12个), not the inspecting office (a place the sentence
    names keeps its own: 北京等11个地区抽查合格率达100%)."""
    if bulletin is None:
        return figures
    places = {n.key for n in named if n.type == "Region"}
    out = []
    for m in figures:
        owner = next((n for n in named if n.key == m.subject), None)
        about_inspecting = INSPECTING.search(text, s.start, m.start) is not None or INSPECTED_AFTER.match(text, m.end) is not None
        if about_inspecting and m.unit != "名" and m.subject not in places and (owner is None or owner.type == "Agency"):
            checked = CHECKED_COUNT.search(text, s.start, m.start)
            m = replace(m, subject=bulletin.key if checked or place is None else place.key)
        out.append(m)
    return out


#: After a platform's name opening a page: the page is about it, what it is or its launch (…是…, …今日正式上线,
#: …将于2006年1月1日正式开通), after the rest of its name the recognizer left out (浙政钉|政务协同平台是…).
ABOUT_THE_PLATFORM = re.compile(r"”?(?:[\u4e00-\u9fff]{0,8}?(?:平台|系统|网站|APP|App))?\s*(?:[(（][^()（）]{1,30}[)）])?(?:是(?!否)|"
                                r"(?:今日|今天|日前|近日|昨日|将于|已于|于)?[^，。；]{0,14}?"
                                r"(?:正式)?(?:上线|开通|启用|上线运行|投入运行|投入使用|发布))")
#   (not 作为: 浙里办作为试点…, a role in something else)
#: Before a platform's name opening a page: a time or a source (近日，, 记者从省大数据局获悉，, 【浙里办】).
PAGE_LEAD = re.compile(r"^[\s\u3000“]*(?:【[^】]{1,12}】)?(?:(?:近日|日前|今天|今日|昨日|目前|[^，。；]{0,20}获悉)[，,]\s*)?“?$")


def page_platform(sentences, names: dict[int, list[Named]]) -> Named | None:
    """The platform a page is about: the one opening its title or first lines with what it is or its launch
    (浙政钉政务协同平台是…, 中央人民政府门户网站2006年1月1日正式开通), named again further on."""
    counts = Counter(n.key for ns in names.values() for n in ns if n.type == "Platform")
    for s in sentences[:4]:
        for n in names.get(s.index, []):
            if n.type == "Platform" and PAGE_LEAD.match(s.text[:n.start - s.start]) \
                    and ABOUT_THE_PLATFORM.match(s.text, n.end - s.start) and counts[n.key] >= 2:
                return n
    return None


def on_page_platform(metrics: list[Metric], names: dict[int, list[Named]], platform: Named | None, text: str) -> list[Metric]:
    """On a page about a platform, the figures of sentences naming no place but by a word for the page's own
    (全省, 我省) that count what a platform counts (全省已有89.3%的…事项实现全程线上办理, 接入全省127个政务系统) are
    the platform's: the place is where it serves, not what is counted (but 全省常住人口4183万人 and a place named
    itself, 江苏省已接入…, stay the place's)."""
    if platform is None:
        return metrics
    placeless = {s for s, ns in names.items()
                 if all(n.type == "Region" and (GENERIC_PLACE.fullmatch(n.text) or n.key == COUNTRY) for n in ns)}   # (a national
    #   platform's page names the country it serves: 中国政府网…)
    return [replace(m, subject=platform.key) if m.sentence in placeless and m.subject.startswith("Region:")
            and WHAT_A_PLATFORM_COUNTS.search(text, clause_start(text, m.start, CLAUSE_OR_SENTENCE_MARKS),
                                              clause_end(text, m.end, CLAUSE_OR_SENTENCE_MARKS)) else m
            for m in metrics]


#: What a platform counts (users, visits, matters, systems joined, cases handled, its columns), in a figure's clause
#: (not 服务 alone: 全省共有政务服务中心1400个 counts the place's centres).
WHAT_A_PLATFORM_COUNTS = re.compile(r"用户|访问|浏览|下载|点击|调用|办件|缴费|交易|人次|日活|月活|活跃|好评|评价|事项|证照|亮证|"
                                    r"应用|功能|场景|入驻|接入|受理|办结|满意|工单|诉求|来电|投诉|咨询|留言|整合|办理|处理|审批|"
                                    r"系统|模块|栏目|版块|频道")
