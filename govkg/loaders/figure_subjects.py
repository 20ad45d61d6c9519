"""Whose figure a number in a sentence is: the latest platform (else body, else place) that opens a clause
before it, passing over what the sentence names only as an example, a source, a channel, a person's
title or a place set apart (:func:`figure_subject`; :mod:`.statistics` finds the figures)."""
from __future__ import annotations

import re

from ..types import Sentence
from .named import DATELINE, Named
from .places import GENERIC_PLACE
from .recognize_lists import listed_number
from .segment import CLAUSE_OR_SENTENCE_MARKS, clause_start

PERSON_TITLE = re.compile(r"(代表|委员(?!会)|书记|副?秘书长|副?局长|副?主任|副?厅长|副?部长|副?处长|副?科长|副?市长|副?省长|"
                          r"副?县长|副?区长|副?院长|负责人|工作人员|主席|常委|董事长|总经理|网格员|记者)")


#: After an organization: its report or survey tells the figures (零点有数科技发布报告显示，…满意度达92%): an
#: evaluator's, a research body's finding about others, not its own figure.
ORG_TELLS = re.compile(r"[^，。；]{0,12}?(?:显示|指出|表明)[，,:：]")
#: A news outlet's name: it reports figures, annotators never give it one (1 of 3,500 read figures).
#: After an outlet, its own output (云南日报社全年刊发稿件320篇, 某台“民生热线”节目全年受理…): its figures.
OUTLETS_OWN = re.compile(r"[^，。；]{0,12}?(?:刊发|刊登|播出|推送|发稿|发布|节目|栏目)")
NEWS_OUTLET = re.compile(r"(?:日报社?|报社|晚报|新闻网|人民网|新华社|新华网|电视台|融媒体中心|新闻中心|网)$")
#: After a body: its data or survey tells the figures (江苏省通信管理局数据显示，…全省…; 国家网信办网络问卷调查
#: 显示，重庆市民…); where a place follows (:data:`PLACE_TOLD`), the figures are the place's, not the teller's.
BODY_TELLS = re.compile(r"(?:发布的|公布的)?(?:最新)?(?:网络)?(?:统计)?(?:数据|统计|调查|问卷调查|监测)显示[，,:：]")
PLACE_TOLD = re.compile(r"全国|全省|全市|全区|全县|我国|我省|我市")
ITSELF = re.compile(r"[该本我](?:局|中心|委|厅|办|部门|单位)")


def figure_subject(named: list[Named], pos: int, text: str = "", sentence_start: int = 0) -> Named | None:
    """What the figure is about: the latest platform (else agency, region) that opens a clause
    before the number — “爱山东”整合了山东省政务服务网…，注册用户… is about 爱山东 —
    else the nearest one named before it."""
    examples = counted_examples(named, pos, text)
    set_apart = _set_apart(text, sentence_start, pos)
    channel_at = {}     # each channel's last mention as one: its earlier mentions are set apart too (发挥网站…作用，通过网站公开)
    for n in named:
        if n.end <= pos and is_channel(text, n):
            channel_at[n.key] = n.start
    before = [n for n in named if n.end <= pos and n not in examples and n.start > channel_at.get(n.key, -1)
              and not PERSON_TITLE.match(text, n.end)    # 全国人大代表…说: a person, not the body
              and not (n.type == "Organization" and (DATELINE.match(text, n.end) or ORG_TELLS.match(text, n.end) or (
                  NEWS_OUTLET.search(n.text) and not OUTLETS_OWN.match(text, n.end))))
              # (新华社乌鲁木齐12月31日电; a paper or news site tells the figures, they are never its own)
              and not any(a <= n.start and n.end <= b for a, b in set_apart)
              and not received_from(text, n) and not SENT_FROM.match(text, n.end) and not _told_the_news(text, n)
              and not TAKEN_IN_THROUGH.search(text, max(sentence_start, n.start - 10), n.start)
              and not sent_to(text, n, pos, any(o.end <= n.start and o.key != n.key for o in named))
              and not _connected_to(text, n, named, pos)
              and not (n.type == "Region" and (PLACE_IN_A_NOUN.match(text, n.end) or FILED_FROM.match(text, n.end)))
              and not COUNTED_BEFORE.search(text, max(0, n.start - 6), n.start)   # 在193个联合国会员国中
              and not listed_number(text, n)   # 整合12328、12329…: lines merged, not what is counted
              and not chose_what_is_counted(text, n)
              and not (compared_with(text, n, sentence_start) and not OWN_FIGURE_AFTER.fullmatch(text, n.end, pos))
              and not AS_DESCRIBED.search(text, max(0, n.start - 3), n.start)
              and not _a_partner(text, n, named, sentence_start)
              and not _tells_a_places_figures(text, n, named, pos)]
    studied = [n for n in before if studied_through(text, n)]
    if studied and any(n.start > studied[-1].end and n not in studied for n in before):
        before = [n for n in before if n not in studied]   # 通过对X的调研统计，…河南省…完成149项: the place's
    opening = clause_start(text, pos, floor=sentence_start) if text else 0
    levels = (("Platform", "Report", "Policy"), ("Agency", "Organization"), ("Region",))
    for types in levels:   # a name in the figure's own clause first: 我国在线政务服务用户规模达6.94亿
        in_clause = [n for n in before if n.type in types and n.start >= opening]
        if in_clause:
            return in_clause[-1]
    part = max(text.rfind("；", sentence_start, pos), text.rfind(";", sentence_start, pos)) if text else -1
    if part >= 0 and any(n.start > part for n in before):
        before = [n for n in before if n.start > part]   # …；建成了政府云平台，汇集91个子站: a new part of a list
    for types in levels:
        cands = [n for n in before if n.type in types and not (text and _cited_as_source(text, n))]
        if not cands:
            continue
        openers = [n for n in cands if text and opens_clause(text, n, before, sentence_start)]
        if openers and text and SENT_FROM.search(text, opening, pos) and "其中" in text[openers[0].end:opening]:
            return openers[0]   # …共受理277件，其中…，中国政府网转派工单8件: what the sentence's receiver took in
        return openers[-1] if openers else cands[-1]
    return None


def _tells_a_places_figures(text: str, n: Named, named: list[Named], pos: int) -> bool:
    """江苏省通信管理局数据显示，截至4月底，全省…开通5G基站约1万个: the body that tells a place's figures,
    whose they are not (but 市政务服务中心数据显示，中心…受理…件 tells its own)."""
    told = BODY_TELLS.match(text, n.end) if text and n.type == "Agency" else None
    return bool(told) and not ITSELF.search(text, told.end(), pos) and not text.startswith("中心", told.end()) and (
        bool(PLACE_TOLD.search(text, told.end(), pos)) or any(o.type == "Region" and told.end() <= o.start < pos for o in named))
    #   (郑州市大数据管理局数据显示，该局已归集全市…: the body's own work, told by its own data)


#: Right before a company: the body or place before it works with it (我市与美团合作, 市商务局联合美团外卖).
PARTNERED = re.compile(r"(?:与|和|同|联合|携手|会同)$")


def _a_partner(text: str, n: Named, named: list[Named], sentence_start: int) -> bool:
    """美团 in 我市与美团合作，上线点位1500个: a company the sentence's body or place works with, whose
    figure the work's is not."""
    return bool(text) and n.type == "Organization" and bool(PARTNERED.search(text, max(0, n.start - 2), n.start)) \
        and (any(o.type in ("Agency", "Region") and sentence_start <= o.start and o.end <= n.start for o in named)
             or bool(re.search(r"(?:我|本)[省市区县]", text[sentence_start:n.start])))


#: Before a name in its clause: it is what the subject is compared with (仅次于海口和三亚, 高于全国平均水平).
COMPARED_WITH = re.compile(r"(?:仅次于|次于|高于|低于|领先于|落后于)[^，。；,;的]*$")   # (仅次于广东省的江苏省: 江苏省 is not)
#: Between a compared name and a figure: the figure is the compared one's own (高于广州市的95.2%, 高于苏州市（98.5%）).
OWN_FIGURE_AFTER = re.compile(r"”?(?:的|[（(])?(?:[\u4e00-\u9fff]{0,6}(?:为|达|是))?")
#: Right before a name: what the subject is described as (儋州作为海南西部中心城市, X作为“渝快办”的数据底座).
AS_DESCRIBED = re.compile(r"作为[“]?$")


def compared_with(text: str, n: Named, sentence_start: int = 0) -> bool:
    """儋州…诉求总量仅次于海口和三亚，2020年共受理7.66万件: the places compared with take no figure after them."""
    return bool(text) and bool(COMPARED_WITH.search(text, clause_start(text, n.start, floor=sentence_start), n.start))


#: 按照国务院办公厅秘书局印发的《…》，: the clause a sentence acts on the ground of; its bodies issued
#: the rules, they do not do what is counted after it.
BASIS = re.compile(r"(?:按照|根据|依据|依照)[^。；，,：:]{2,80}?(?:印发|制定|出台|发布|下发)的[^。；，,]{2,80}?[，,]|"
                   r"(?:按照|根据|依据|依照)[^。；，,：:《》]{1,20}?(?:统一)?(?:部署|要求|安排|精神)[，,]|"   # (按照国办部署，…)
                   r"(?:按照|根据|依据|依照)[^。；，,《]{0,6}《[^《》]{2,80}》(?:[（(][^（()）]{0,30}[)）])?(?:的)?"
                   r"(?:(?:要求|规定|精神|部署|安排)[，,]?|[^。；，,]{0,30}?[，,])")   # (…》提出的目标，; …》要求杭州市…: the body is not its)
#   (按照《河南省人民政府办公厅关于推进政务新媒体健康有序发展的通知》(豫政办明电〔2019〕28号)要求，…共关停67个)


def _set_apart(text: str, start: int, pos: int) -> list[tuple[int, int]]:
    """除A、B等6个部门外，其余…进驻事项723项: the stretches before ``pos`` whose bodies are set apart,
    not what the figures after 外 count; likewise the issuer of the rules a sentence acts on (:data:`BASIS`),
    and where people came from (来自31个省区市和新疆生产建设兵团的嘉宾约1500人: the guests' count)."""
    apart = [(m.start(), m.end()) for m in BASIS.finditer(text, start, pos)]
    apart += [(m.start(), m.end()) for m in CAME_FROM.finditer(text, start, pos) if not SOURCE_OF_NEWS.match(text, m.end() - 1)]
    if "除" not in text[start:pos]:
        return apart
    return apart + [(m.start(), m.end()) for m in EXCEPT.finditer(text, start, pos)]


#: After a body: that it chose, issued or set what the sentence counts (国办确定的…事项65项, 省政府公布的…),
#: so the figure is not the body's own.
DECIDED_BY = re.compile(r"(?:确定|认定|公布|印发|下发|部署|明确|推出|要求|批复)的")


def chose_what_is_counted(text: str, n: Named) -> bool:
    """国办确定的跨省通办事项65项: a central body that chose, issued or set the things a place counts, whose
    figure it is not, nor any body's whose list a sentence builds on (在市局公布的…的基础上); but 《目录》确定的65个
    事项 are the list's, and 市数据局确定的重点任务20项 the bureau's own."""
    if n.type not in ("Agency", "Organization"):
        return False
    if SAMPLED_BY.match(text, n.end):
        return True     # 回访市纪委监委随机抽取的300件项目，其中有效回访246件: the calls' figures, not the sampler's
    if text.endswith(("被", "获"), 0, n.start) and NAMED_AMONG.match(text, n.end):
        return True     # 此项工作被国务院列为…100项典型案例之一: the body chose the cases, it counts none
    return bool(DECIDED_BY.match(text, n.end)) and (
        bool(CENTRAL_BODY.match(n.text)) or text.endswith(("在", "根据", "按照", "依据", "对照", "以"), 0, n.start))
    #   (在市大数据管理局公布的…事项的基础上，梳理出…124项: another's list the place built on)


#: After a body the sentence's subject was chosen by (被国务院列为…典型案例): the naming of it among others.
NAMED_AMONG = re.compile(r"(?:列为|评为|选为|确定为|认定为|列入|纳入)")
#: After a body: it drew the sample others checked (随机抽取的300件, 抽查的网站).
SAMPLED_BY = re.compile(r"(?:随机|按比例)?(?:抽取|抽选)的")   # (not 选取的15项事项, 抽检的食品批次: the body's own work)


#: A central body's name as written: the State Council's, the Party Centre's, a ministry's.
CENTRAL_BODY = re.compile(r"(?:国务院|国家|中共中央|党中央|中央|国办|中办|[^省市县区]{1,8}部$)")


#: Just before a name: a count, so the name is of the things counted (193个联合国会员国), no subject.
COUNTED_BEFORE = re.compile(r"\d+(?:多|余)?(?:个|家|所)$")
#: 共接到省长热线平台转办13件: where cases came from, not what received them.
RECEIVED_FROM = re.compile(r"(接到|接收|收到|来自)[“]?$")
#: Before the channel a receiver took cases in through (市长专线办公室共受理人民网《领导留言板》留言872件, 共受理“民声
#: 留言板”诉求171件): the count is the receiver's.
TAKEN_IN_THROUGH = re.compile(r"受理了?(?:[\u4e00-\u9fff]{2,5}网)?[《“]?$")
#: After a channel that passed cases on (省长信箱转派工单23件): the count is of what the receiver took in.
SENT_FROM = re.compile(r"[”]?(转派|转办|转来|派发|转交)")
#: 来自X的数据显示: X is where the news comes from, and its figures are X's.
SOURCE_OF_NEWS = re.compile(r"[”]?的?(数据|消息|统计|信息)")
#: 来自A、B和C的…: the places or bodies people or things came from, listed before what they are.
CAME_FROM = re.compile(r"来自[^，。；,;的]{1,60}的")
#: 除(了)…外，: a clause setting things apart.
EXCEPT = re.compile(r"除(?!夕)(?:了)?[^。；，,]{2,120}?(?<![另此额格意])外[，,]")


def is_channel(text: str, n: Named) -> bool:
    """以市政务服务中心为牵引，以16个区中心为主体: what a plan is built around, not what its figures count;
    通过目录管理系统主动公开信息11284条, 在市政府网站、《公报》主动公开规章13件: where a body discloses, not what
    it discloses."""
    if re.search(r"以[“《]?$", text[max(0, n.start - 2):n.start]) and re.match(r"[”》]?为", text[n.end:n.end + 2]):
        return True
    through = DISCLOSED_THROUGH.match(text, n.end) or (n.type == "Platform" and DISCLOSED_LATER.match(text, n.end))
    return bool(through) and bool(CHANNEL_LEAD.search(text, max(0, n.start - 64), n.start))


#: After a channel (and the channels listed with it): disclosing through it.
DISCLOSED_THROUGH = re.compile(r"[”》]?(?:[、和及][^，。；]{2,30}?)?[”》]?(?:政府信息公开专栏|政务公开专栏|信息公开目录|信息公开专栏|专栏|栏目|目录)?"
                               r"(?:上|中|等(?:渠道|平台|载体))?(?:共|累计)?(?:主动)?(?:公开|发布)|"
                               r"[^，。；“”]{0,30}?(?:模块|栏目|专栏|专区|目录)(?:上|中)?(?:共|累计)?(?:主动)?(?:公开|发布)")
#   (通过…网站信息公开目录公开信息共53条; 在…门户网站…局政府信息公开模块发布信息88条)
#: A site a body relies on, then, clauses later, the count it disclosed there (依托县政府网站，结合工作要点，
#: 主动公开各类政府信息6750余条): the verb governs the number.
DISCLOSED_LATER = re.compile(r"[”》]?[，,][^。；]{0,40}?(?:主动)?(?:公开|发布)[^，。；\d]{0,12}?\d")
#: Right before the channel, or before the channels listed ahead of it (在A、《B》主动公开): 通过, 依托, 利用,
#: or 在 as a word of its own (not 存在, 现在, 正在).
CHANNEL_LEAD = re.compile(r"(?:通过|依托|利用|(?<![存现正实所])在)(?:[“《]?[^，。；、“”《》]{2,30}[》”]?[、和及])*[“《]?$")


#: After a name: 等, maybe after more examples the page names no entity for (整合12345热线、视频AI智能发现等近10类).
EXAMPLES_END = re.compile(r"[”》）)]?(?:、[“《]?[^，。；、“”《》等\d]{2,12}?[”》]?){0,3}(?<![一二三四五六七八九十同对平优上中下高])"
                          r"等(?![地次级奖保同于])")    # (not 优秀等次, 一等奖, 等保, 同等: no examples)


def counted_examples(named: list[Named], pos: int, text: str) -> set[Named]:
    """The names a figure at ``pos`` counts things of by example, not its subject."""
    return {n for n, counted_to in _examples(named, text).items()
            if pos < counted_to or re.search(r"[，,。；;和及、]|占", text[counted_to:pos])}
    # (接入省公安厅、省人社厅等58个部门: examples of what is counted; but in 哈尔滨市、齐齐哈尔市2个市网站
    # 合格率为100% the figure after the count, in its clause, is the places' own, unless it is a share: 占比)


def _examples(named: list[Named], text: str) -> dict[Named, int]:
    """Names listed before 等 (A、B等58个部门) or before their count (齐河县、宁津县、乐陵市4个县): examples of
    the things counted, not the subject of the count; each with where its count ends (a list counted
    with no 等 is the subject of the figures after its count)."""
    out: dict[Named, int] = {}
    for i, n in enumerate(named):
        listed_count = re.match(r"[”》]?(、[\u4e00-\u9fff]{2,6})?\d+(个(?!月|工作日)|家|项|条|类)", text[n.end:n.end + 14]) \
            if i > 0 and _listed_together(text, named[i - 1], n) else None
        if not (EXAMPLES_END.match(text, n.end) or listed_count):
            continue
        counted_to = n.end + listed_count.end() if listed_count else len(text)
        out[n] = counted_to
        for prev, cur in zip(reversed(named[:i]), reversed(named[1:i + 1])):
            if not (re.fullmatch(r"[”》“《]*与[“《]*", text[prev.end:cur.start]) or _listed_together(text, prev, cur)):
                break
            out[prev] = counted_to
    return out


def _listed_together(text: str, before: Named, after: Named) -> bool:
    """Two names one right after the other in a list: joined by 、/和/及, or quoted names run together
    (“咸宁民政”“咸宁自然资源”)."""
    gap = text[before.end:after.start]
    return bool(re.fullmatch(r"[”》“《]*(、|和|及)[“《]*", gap)) or (
        bool(re.fullmatch(r"[”》]*[“《]*", gap)) and (gap != "" or text[after.start - 1:after.start] == "”"))


#: 记者从市数据资源局获悉: the body the reporter learnt the figures from, not what they measure.
TOLD_FROM = re.compile(r"(?:从|自)[“]?$")
TOLD = re.compile(r"[”]?(?:获悉|了解到|得知)")


def _told_the_news(text: str, n: Named) -> bool:
    """The body a news item's figures were learnt from (记者从市数据资源局获悉，全市…)."""
    return bool(TOLD_FROM.search(text, max(0, n.start - 2), n.start)) and bool(TOLD.match(text, n.end))


#: Before a name: the study a sentence's figures come from (通过对X…的调研统计).
STUDIED_LEAD = re.compile(r"(?:通过|经过?|根据)对[“《]?$")
STUDY = re.compile(r"[”》]?[^，。；,;]{0,30}?的?(?:调研|统计|调查|分析|梳理|测算|监测|研究)")


def studied_through(text: str, n: Named) -> bool:
    """通过对X“跨省通办”专区信息查询…的调研统计: X is what was looked into; where another name follows
    (…，河南省…总计完成149项) the figures are that one's (:func:`figure_subject`), else still X's (通过对
    “粤省事”用户的问卷调查，用户满意度达96%). A place studied is always what the figures measure."""
    return n.type != "Region" and bool(STUDIED_LEAD.search(text, max(0, n.start - 4), n.start)) \
        and bool(STUDY.match(text, n.end))


def _cited_as_source(text: str, n: Named) -> bool:
    """《报告》数据显示，…: the report is where the figure comes from, not what it measures."""
    return n.type in ("Report", "Policy") and bool(re.match(r"[》”]?(的)?(数据)?(显示|指出|表明|提到|称)", text[n.end:n.end + 6]))


#: After a name that follows 是: the words make it part of a description of the subject (…管理的副厅级行政机构).
DESCRIBES_A_KIND = re.compile(r"[”》]?[^，。；,;]{0,8}?的")


def opens_clause(text: str, n: Named, before: list[Named], sentence_start: int) -> bool:
    """The name stands at the start of its clause, maybe after a modifier (移动端, 目前) or another name."""
    opening = clause_start(text, n.start, floor=sentence_start)
    lead = text[opening:n.start]
    for m in before:
        if opening <= m.start and m.end <= n.start:
            lead = lead.replace(text[m.start:m.end], "")
    if re.search(r"(与|和|同|、|及|连|接入|对接|联通|连通)[“《]?$", text[max(0, n.start - 2):n.start]):
        return False   # the object of 与 or of a verb joining it (上连国家平台，下连16个区): not the subject
    if re.search(r"(?:^|[，,])(?:是|系|属|隶属于?)[“《]?$", text[max(0, n.start - 4):n.start]) and DESCRIBES_A_KIND.match(text, n.end):
        return False   # …局成立，是自治区政府办公厅管理的…机构: what the subject is, not a subject (but …最多的，是
        #                “苏服办”APP，注册用户…: the name the sentence turns to)
    if re.fullmatch(r"\s*(?:是|为|系)[“《]?", lead) and any(opening <= m.start and m.end <= n.start for m in before):
        return False   # (A是B在内蒙古的节点平台，已接入…86个: B is what A is, A is the subject)
    return len(re.sub(r"[“”《》的\s]|【[^【】]{0,8}】", "", lead)) <= 4     # (【概况】 a yearbook's heading)


#: Around a body's name: it is where something was sent (向市大数据中心归集…10个系统, 向国家统计局报送):
#: the figure in that clause is the sender's. (A hotline or mailbox that cases are sent to counts them as
#: its own: 市民向12345热线提交诉求5621件.)
SENT_TO_LEAD = re.compile(r"(?<![面导转])向[“]?$")
#: The verb of such sending that reports news or information to a site, not data gathered into a platform
#: nor cases taken in.
REPORTED_TO = re.compile(r"报送|上报|推送|供稿|投稿")
#: What is reported to a site: news and information (政务信息, 稿件), not data a platform holds (报送数据2.3亿条) nor
#: cases it takes in (市民向12345热线提交诉求, 网格员向平台上报事件).
INFORMATION = re.compile(r"[^，。；\d]{0,4}?(?:信息|稿件|新闻|动态|文章|简报)")
#: The second of two sites reported to (向市政府网站和省政府网站报送…).
SENT_TO_SECOND = re.compile(r"(?<![面导转])向[^，。；向]{2,20}?[和、及与]“?$")
#: A site that took the sender's items (被市政府网站采用320条): no figure of its own.
ADOPTED_BY = re.compile(r"被“?$")
ADOPTING = re.compile(r"”?(?:采用|采纳|转载|刊用|录用|选用)")
SENT_TO_VERB = re.compile(r"[”]?(?:[和、及与][^，。；]{2,20}?)?(?:[\u4e00-\u9fff]{0,3}?)(?:归集|报送|推送|汇聚|汇集|上报|汇交|提交|回流|共享|提供|开放)")
#   (向市政府网站和省政府网站报送…: the verb after the second of two)


#: After a place's name: a noun the name only qualifies (重庆集群, 韶关枢纽节点, 成都至西安方向), no place counted.
#: After a place: the day a story was filed from it (新华社福州5月8日电, 央广网嘉兴3月5日消息): where the reporter
#: was, not what the story's figures measure.
FILED_FROM = re.compile(r"\s*(?:\d{4}年)?\d{1,2}月\d{1,2}日\s*(?:电(?![商子信视力话])|讯|消息)")   # (not 11月11日电商…)
PLACE_IN_A_NOUN = re.compile(r"(?:数据中心)?(?:集群|枢纽|节点|方向)")


#: Right before a platform: what another platform connects to (上接, 上联, 接入…), the other end of the link.
CONNECTED_LEAD = re.compile(r"(?:上接|上联|上连|向上对接|对接|接入|联通|连接|打通|汇入)(?:了|至|到)?[“]?$")


def _connected_to(text: str, n: Named, named: list[Named], pos: int) -> bool:
    """建成X平台，上接国家…平台，实现7个部委数据共享，中联76个部门: the platform X connects to ends its clause; the
    figures after it are X's (a platform named before it in the sentence), not the linked one's."""
    return n.type == "Platform" and bool(CONNECTED_LEAD.search(text, max(0, n.start - 5), n.start)) \
        and bool(re.match(r"[”]?[，,]", text[n.end:n.end + 2])) and clause_start(text, pos) > n.end \
        and any(o.type == "Platform" and o.end <= n.start and o.key != n.key for o in named)


def sent_to(text: str, n: Named, pos: int, sender_named: bool = True) -> bool:
    """已向市大数据中心归集10个系统: the centre received the systems; the figure at ``pos``, in the same
    clause, is not its. ``sender_named``: whether a name stands before ``n`` in the sentence (the sender).

    >>> sent_to("已向市大数据中心归集10个系统", Named("a", "Agency", 2, 8, "市大数据中心"), 10)
    True

    A platform receives reports the same way (县政府网向市政府网站报送信息1398条), but data gathered into it
    (向市大数据平台归集数据20亿条) is what it holds.

    >>> sent_to("向市政府网站报送信息1398条", Named("a", "Platform", 1, 6, "市政府网站"), 12)
    True
    >>> sent_to("向市大数据平台归集数据20亿条", Named("a", "Platform", 1, 7, "市大数据平台"), 11)
    False
    >>> sent_to("向市公共数据平台报送数据2.3亿条", Named("a", "Platform", 1, 8, "市公共数据平台"), 12)
    False
    """
    if n.type == "Platform" and n.end <= pos and ADOPTED_BY.search(text, max(0, n.start - 2), n.start) \
            and ADOPTING.match(text, n.end):
        return True     # 被市政府网站采用320条: the sender's items the site took, not the site's
    verb = SENT_TO_VERB.match(text, n.end)
    if verb is None or not (SENT_TO_LEAD.search(text, max(0, n.start - 2), n.start)
                            or (n.type == "Platform" and SENT_TO_SECOND.search(text, max(0, n.start - 24), n.start))):
        return False
    if n.type == "Platform":    # (the site reported to takes none of the sentence's figures: …排第一，发布信息5600条,
        #                          where the sender is named; 各部门向网站报送…，网站全年发布…: the site's own after)
        return REPORTED_TO.search(verb.group(0)) is not None and INFORMATION.match(text, verb.end()) is not None \
            and n.end <= pos and (sender_named or clause_start(text, pos, CLAUSE_OR_SENTENCE_MARKS) <= n.end)
    return n.type in ("Agency", "Organization", "Region") and clause_start(text, pos, CLAUSE_OR_SENTENCE_MARKS) <= n.end


def received_from(text: str, n: Named, offset: int = 0) -> bool:
    """接到省长热线平台转办13件: the platform the cases came from (no subject of the count); ``offset`` is
    where ``text`` starts in the document."""
    at = n.start - offset
    m = RECEIVED_FROM.search(text, max(0, at - 3), at)
    return bool(m) and not (m.group(1) == "来自" and SOURCE_OF_NEWS.match(text, n.end - offset))


#: After a body's name: one of its heads telling the news (主任李荣介绍，, 局长张三表示：).
HEAD_TELLS = re.compile(r"(?:党组书记、)?(?:副?主任|副?局长|副?厅长|副?处长|负责人)[\u4e00-\u9fff]{0,4}?(?:介绍|表示|说|称)[:：，,]")


def told_by_its_head(text: str, named: list[Named], s: Sentence, m: re.Match) -> Named | None:
    """据贵州省政务服务中心主任李荣介绍，政务服务大厅设前台位148个: figures a body's head gives, in a clause that
    names nothing and no place as a whole (not 全市已建成5G基站3000个: the city's), are the body's."""
    at = s.start + m.start()
    for n in reversed([n for n in named if n.type == "Agency" and n.end <= at]):
        told = HEAD_TELLS.match(text, n.end)
        if told and told.end() <= at and not any(told.end() <= o.start < at for o in named) \
                and not GENERIC_PLACE.search(text, told.end(), at) \
                and not re.search(r"政府|设区市|地市|区县|各市", text[told.end():at + len(m.group(0)) + 4]):
            return n     # (not 局长…表示，政府推出…等20多项服务, 主任…介绍，基于省和13个设区市…: another's or places)
    return None
