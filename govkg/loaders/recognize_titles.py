"""Names of documents: 《…》 titles typed by their ending, and the titles written without 《》 —
an official notice's own line (某办公厅关于…的通知), a government work report, a headline's
year-led report, an evaluation a place is ranked in, and a page's own title on its first line."""
from __future__ import annotations

import re

from ..types import Mention, Sentence
from .places import names_a_place
from .resources import Resources
from .segment import TELLS_OF_A_TITLE
from .tokens import mention

TITLE = re.compile(r"《([^《》]{2,80})》")


#: What a ranking named by its size ranks (全球城市500强, 中国城市数字治理50强), not 世界500强 companies or a slogan.
RANKED_FIELD = re.compile(r"城市|数字|政务|政府|智慧|治理|县域|区县|网站")


def document_type(title: str, resources: Resources) -> str | None:
    """Policy or Report by the title's ending (a trailing year or bracket is ignored)."""
    core = re.sub(r"[(（][^()（）]*[)）]?$", "", title).strip()   # (…(2020-2022年》: a page lost the bracket)
    core = re.sub(r"(\d{4}年?版?|[(（]试行[)）]|[(（]征求意见稿[)）])$", "", core)
    if "关于" in core and core.endswith("通报") and not re.search(r"情况的?通报$", core):
        return "Policy"   # 关于表彰…的通报: an official circular (公文); 关于…抽查情况的通报 reports what was found
    if re.search(r"(?:报送|上报|报告|填报)[^《》]*情况的(?:通知|函)$", core):
        return "Policy"   # 关于报送…检查情况的通知: a call to send results in, not the results
    for ending, type_ in resources.document_types:
        if core.endswith(ending):
            return type_
    if re.search(r"\d+强(?:榜)?$", core) and RANKED_FIELD.search(core) and not re.match(r"争创|争当|争取|进入|跻身|冲刺", core):
        return "Report"   # 《全球城市500强》, 《中国城市数字治理50强》: a ranking, as 百强 is
    main = re.split(r"[：:]|——|—", core, maxsplit=1)[0]     # 《…数据开放报告：指标体系与省域标杆》: a subtitle
    return document_type(main, resources) if main != core and len(main) >= 4 else None


def titles(sentence: Sentence, resources: Resources) -> list[Mention]:
    out = []
    for m in TITLE.finditer(sentence.text):
        type_ = document_type(m.group(1), resources)
        if type_:
            out.append(mention(sentence, m.start(), m.end(), type_, "title", with_closed_bracket(m.group(1))))
    for m in QUOTED_RANKING.finditer(sentence.text):   # “2025中国开放数林指数”, “2022中国数字城市百强”
        if document_type(m.group(1), resources) == "Report":
            out.append(mention(sentence, m.start(), m.end(), "Report", "title", m.group(1)))
    return out


def with_closed_bracket(title: str) -> str:
    """A title whose last bracket a page left open, closed (…行动计划(2020-2022年 → …(2020-2022年)).

    >>> with_closed_bracket("某市三年行动计划(2020-2022年"), with_closed_bracket("某市规划（2021—2025年）")
    ('某市三年行动计划(2020-2022年)', '某市规划（2021—2025年）')
    """
    m = re.search(r"([(（])[^()（）]*$", title)
    return title + ("）" if m.group(1) == "（" else ")") if m else title


#: A ranking or index in quotes rather than 《》, named by its year or scope: “2022中国数字城市百强”.
QUOTED_RANKING = re.compile(r"“((?:(?:19|20)\d{2}(?:年度?|上半年|下半年)?|中国|全国)[^“”《》]{2,30}?(?:指数|百强|排行榜|榜单|排名|评估|报告)"
                            r"(?:——[^“”《》]{2,12})?)”")   # (“2021上半年中国开放数林指数——省域标杆”: with its subtitle)



# -- reports named without 《》 -------------------------------------------------------
NOTICE_TITLE = re.compile(r"关于(?:[^，。；《》“”]|《[^《》。]{2,40}》){2,60}?的(通知|通报|意见|决定|批复|实施意见|指导意见|报告|公告|通告|复函|函)(?![\u4e00-\u9fff])"
                          r"|关于(?:[^，。；《》“”]|《[^《》。]{2,40}》){2,60}?的报告(?=指出|显示|提出|认为|强调|中)")
#   (…的报告指出，…: the report, then what it says)


def titles_after_bodies(sentence: Sentence, resources: Resources, bodies: list[Mention]) -> list[Mention]:
    """An official document's own title: its issuer, then 关于…的通知 (or 报告, 意见…)."""
    out = []
    for a in bodies:
        m = NOTICE_TITLE.match(sentence.text, a.end - sentence.start)
        if m:
            type_ = document_type(sentence.text[a.start - sentence.start:m.end()], resources)
            out.append(mention(sentence, a.start - sentence.start, m.end(), type_ or "Policy", "title"))
    return out


def named_reports(sentence: Sentence, resources: Resources, agencies: list[Mention] = ()) -> list[Mention]:
    """Unquoted titles of a fixed kind: (国务院|浙江省)政府工作报告; 湖南省人民政府办公厅关于…的通知."""
    out = titles_after_bodies(sentence, resources, agencies)
    for m in GOVERNMENT_WORK_REPORT.finditer(sentence.text):
        start = m.start()
        if not m.group(1):
            short = SHORT_PLACE_BEFORE.search(sentence.text, 0, start)     # 2022年南京政府工作报告: the place's short name
            if short and names_a_place(short.group("place"), resources.gazetteer):
                start = short.start()
            elif NO_ONE_REPORT_BEFORE.search(sentence.text, 0, start):
                continue    # 各地政府工作报告, 发布对应的年度政府工作报告: every government's, no one report
        out.append(mention(sentence, start, m.end(), "Report", "title"))
    for m in YEAR_LED_REPORT.finditer(sentence.text):   # a headline's 2020数字政府发展指数报告, without 《》
        if (sentence.is_heading or REPORT_NEWS.match(sentence.text, m.end()) or PUBLISHED_BEFORE.search(sentence.text, 0, m.start())) \
                and not NOT_A_TITLE.search(m.group()):
            out.append(mention(sentence, m.start(), m.end(), "Report", "headline"))
    for m in PUBLISHED_YEARLY_REPORT.finditer(sentence.text):   # 现公布昭通市2022年政府信息公开工作年度报告
        start = m.start() - len(report_owner(sentence.text[:m.start()]))
        clause = re.split(r"[，。；,;：:]", sentence.text[:start])[-1]
        if NOT_ONE_REPORT.search(clause):
            continue    # 各县要在3月31日前公布…年度报告, 请各单位编制…: a kind of report asked for, none in particular
        if REPORT_PUBLISHED.search(sentence.text, 0, start) or REPORT_NEWS.match(sentence.text, m.end()):
            out.append(mention(sentence, start, m.end(), "Report", "headline"))
    for m in NAMED_EVALUATION.finditer(sentence.text):   # 在全国重点城市一体化政务服务能力评估中, without 《》
        group = "name" if m.group("name") else "led" if m.group("led") else "after"
        start = m.start(group) + m.group(group).rfind("的") + 1    # …委托开展的省级…评估: the name is after 的
        name = sentence.text[start:m.end(group)]
        if re.search(r"(》|报告)中?的$", sentence.text[:start]):
            continue    # 《报告》中的省级…指数评估: a part of a report already named
        forum = re.match(r".{2,30}?(论坛|大会|峰会|会议|活动)暨", name)
        if forum:       # 2018数字政府建设论坛暨第十七届…评估: the meeting where the results came out
            start, name = start + forum.end(), name[forum.end():]
        if _names_an_evaluation(name, resources):
            out.append(mention(sentence, start, m.end(group), "Report", "headline"))
    return out


def _names_an_evaluation(name: str, resources: Resources) -> bool:
    """Whether an evaluation's name is a name: it opens on its year or 第N届, or on whose it is (中国,
    全国, 联合国, 省级, a place), and is about government (not 在地市网站评估结果中, a tier of one;
    not 在开展评估中)."""
    scoped = re.match(r"((19|20)\d{2}|第|中国|全国|联合国|国家|全球|世界|省级)", name) or any(
        name[:n] in resources.gazetteer.full_names or name[:n] in resources.gazetteer.short_names for n in range(2, 9))
    if TWO_EVALUATIONS.search(name) or "指标" in name:
        return False    # …网站评估指标和评估结果: the evaluation's measures and results, two things
    return bool(scoped) and bool(EVALUATION_SUBJECT.search(name)) and not NOT_AN_EVALUATION.search(name) \
        and not (re.search(r"[和及]", name) and not re.match(r"((19|20)\d{2}|第)", name))   # (tiers listed)


def own_title(sentence: Sentence, resources: Resources, at_top: bool = True) -> list[Mention]:
    """The document's own title on its first line, unquoted: 2022年2月份12345政务服务便民热线运行情况通报,
    深圳市政务服务数据管理局2022年工作总结和2023年工作计划; not a news headline about a document.
    ``at_top``: whether the sentence is the text's first line, or follows only a site's breadcrumbs."""
    full_line = FIELD_LABEL.sub("", CHANNEL.sub("", sentence.text.strip())).rstrip(" |｜")   # (and a table's empty
    #                                                                               cells after it)
    line = without_site_name(full_line)
    heading = sentence.is_heading or (line != full_line and not re.search(r"[。！？；]", full_line))   # (a tab's long line)
    run_on = TITLE_RUN_ON.match(full_line) if not heading and at_top else None
    if run_on:      # 某县人民政府2019年 政府信息公开工作年度报告 一、总体情况 2019年，…: a page lost the title's line break
        line, heading = run_on.group(1), True
    dated = TITLE_DATE.search(line)
    if dated:
        line = line[:dated.start()]     # …年度报告 (2024-03-28): the day the page gives it, no part of its title
    core = re.sub(r"\s*[(（][^()（）]*[)）]$", "", line)
    unspaced = re.sub(r"\s+", "", core)
    if re.sub(rf"(?<=年)\s+|(?<=年度)\s+|(?<=[{NAME_END_BEFORE_YEAR}])\s+(?=(?:19|20)\d{{2}}年)|\s+(?=年度报告$)", "",
              core) == unspaced:
        core = unspaced     # (…2019年 政府信息公开工作年度报告, 某区数据局 2024年…报告: a space after the year,
        #                     or before it after a body's or place's name, is no headline's gap; not 信息公开年报 2023年…)
    notice = SPACED_NOTICE.search(unspaced) or SPACED_BULLETIN.search(unspaced) \
        or (ISSUED_POLICY.match(unspaced) and not TELLS_OF_A_TITLE.search(unspaced)) \
        or REPLY_TITLE.match(unspaced)     # X关于…的通知, maybe spaced out; 关于…第7371号提案的答复;
    #   某县人民政府深化数字政府建设助推“数字某县”高质量发展的实施意见: a body's own policy, quotes and all
    bulletin = re.search(r"情况的?通报$|\d{4}年度?[^\d]{0,16}年度报告$", unspaced) and sentence.index < 12
    #   (under a site's header lines: an inspection bulletin, a yearly report)
    if (not at_top and not bulletin) or not heading or not 8 <= len(core) <= (90 if notice else 60) \
            or (HEADLINE_WORDS.search(PLAN_PERIOD.sub("", line)) and not notice) or (unspaced != core and not notice) \
            or not OWN_TITLE_END.search(unspaced) \
            or re.search(r"[>＞›»]", line) or PROCUREMENT_NOTICE.search(unspaced):
        return []     # (a news headline: two phrases spaced apart, or ending on 新标准, 专项行动, 做法; a site's
                      # breadcrumb, 范文大全>工作总结>政务工作总结; a procurement notice, …项目中标结果公告: the
                      # project is named, the notice is no document)
    type_ = "Report" if "工作总结" in line else document_type(re.sub(r"\s+", "", line), resources)   # (a work summary, whatever plan follows)
    if not type_:
        return []
    start = sentence.text.index(line)
    return [mention(sentence, start, start + len(line), type_, "title")]


#: A procurement notice's title (…项目招标公告, …中标结果公示, …采购需求公开): a notice of a sale, no policy.
PROCUREMENT_NOTICE = re.compile(r"(?:项目|工程|服务|设备|系统|平台|采购)[^，。；]{0,6}?(?:招标|中标|成交|采购|磋商|询价|单一来源|竞价|比选|"
                                r"废标|流标|终止|更正|资格预审|合同)[^，。；]{0,10}(?:公告|公示|公开)$")
#   (not 关于进一步优化政府采购营商环境的公告, a notice of policy)


#: A body's reply to a deputy's proposal or suggestion, as its own title line: 关于市政协十三届二次会议第7371号提案的答复.
REPLY_TITLE = re.compile(r"^(?:[\u4e00-\u9fff]{2,20})?关于[^，。；“”]{0,30}(?:第[\d一二三四五六七八九十]+号|会议)[^，。；“”]{0,30}(?:提案|建议)的答复$")
#   (a deputy's numbered proposal; not 网友关于优化“粤省事”界面的建议的答复, a reply to anyone's message)


#: A whole date in brackets ending a title's line: the day the page published it (…年度报告 (2024-03-28)).
TITLE_DATE = re.compile(r"\s*[(（]\s*((?:19|20)\d{2}\s*[-./年]\s*\d{1,2}\s*[-./月]\s*\d{1,2}\s*日?)\s*[)）]\s*$")


def without_site_name(line: str) -> str:
    """A page's title line without the site's name a browser tab adds after it (…的通报-某某网,
    …工作报告-信息公开年度报告-某县人民政府): kept only where what is left ends as a title does.

    >>> without_site_name("某县2020年度政府信息公开工作报告-信息公开年度报告-某县人民政府")
    '某县2020年度政府信息公开工作报告'
    >>> without_site_name("某市数字政府建设行动计划（2021-2023年）")
    '某市数字政府建设行动计划（2021-2023年）'
    """
    while True:
        m = SITE_NAME_AFTER.search(line)
        if not m or not OWN_TITLE_END.search(line[:m.start()]):
            return line
        line = line[:m.start()]


#: The site's name after a title: -某某网, _某县人民政府, | 中国政府网 (no digits: not 2021-2023年).
SITE_NAME_AFTER = re.compile(r"\s*[-_|｜—]{1,2}\s*[^-_|｜—\d\s]{2,24}$")
#: A yearly report's title run into its first section on one line (…年度报告 一、总体情况 …).
TITLE_RUN_ON = re.compile(r"^([^，。；：:,]{8,60}?(?:年度报告|工作报告|工作总结))\s+[一二三四五六七八九十]、")
#: The last characters of a body's or place's name, after which a space before a report's year is no gap
#: between two phrases (某区数据局 2024年…年度报告, 某镇 2023年…; not 信息公开年报 2023年…).
NAME_END_BEFORE_YEAR = "局委办府心区县市省旗盟州厅院所室会镇乡道处"
#: A notice's title (封丘县人民政府办公室关于推进…工作的通知, …关于印发…行动计划（2021—2023年）的通知), which a page
#: may space out (…工作的 通 知):
#: a document's own title, whatever words of a news headline it holds (推进).
SPACED_NOTICE = re.compile(r"^[\u4e00-\u9fff\d]{2,}关于[\u4e00-\u9fff\d“”、《》〈〉（）()—–－+＋-]{4,}的(通知|意见|通报|决定|批复|函|公告|通告)$")
#: A bulletin's title (关于2023年上半年全县政务服务 “好差评”工作情况通报), which a page may space out too.
SPACED_BULLETIN = re.compile(r"^(?:[\u4e00-\u9fff]{2,})?关于[\u4e00-\u9fff\d“”、《》（）()]{4,}情况的?通报$|"
                             r"^(?:19|20)\d{2}年[\u4e00-\u9fff\d“”、]{6,}情况的?通报$")   # (2023年1月份…信箱 运行办理情况通报)
#: A site's channel before the title: 地方丨云南省…工作方案, 【地方】….
CHANNEL = re.compile(r"^(?:[^丨|｜【】]{1,8}[丨|｜]|【[^】]{1,8}】)\s*")
#: The name of a page's field before its title (标题 某某关于…的通知, 标    题: …): no word of the title.
FIELD_LABEL = re.compile(r"^(?:标\s*题|题\s*目|名\s*称|文件名称)(?:\s*[:：]\s*|\s+)")


def fills_its_line(text: str, s: Sentence, start: int, end: int) -> bool:
    """Whether the title at text[start:end] is all its heading line holds, past a bullet and a site's
    channel before it (• 地方丨…) and a table's empty cells after it: the line titles the document
    that follows, it is no headline about one (解读《…》); the day in brackets after it is the page's."""
    lead = re.sub(r"^\s*[•·]?\s*", "", text[s.start:start])
    rest = TITLE_DATE.sub("", text[end:s.end].rstrip())
    return CHANNEL.sub("", lead).strip() == "" and re.fullmatch(r"[\s|｜]*", rest) is not None
#: How the title of a document a page holds ends (not 新标准, 专项行动, 做法: a headline's words).
OWN_TITLE_END = re.compile(r"(通报|报告|工作总结|工作计划|行动计划|工作安排|工作要点|实施方案|工作方案|方案|办法|实施意见|指导意见|意见|"
                           r"通知|公告|通告|规划|细则|规定|公报|白皮书|蓝皮书|目录|清单|决定|年报|工作思路|措施|举措|(?:建设|管理|工作|公开|编制|评估|实施)(?:指南|指引)|提案的答复|建议的答复|(?:检查|抽查|普查|监测)情况)$")
#: A policy's title that opens on its issuer and ends on its kind (某县人民政府…的实施意见), with no verb of a
#: sentence telling of it (印发, 出台, 部署落实, 正在会同…制定): the document itself.
ISSUED_POLICY = re.compile(r"^[^《》]{2,20}?(?:人民政府|办公厅|办公室|委员会|局|厅)[^《》]{4,}(?:实施意见|指导意见|实施方案|行动计划|管理办法)$")
#: A five-year plan's period, quoted inside a plan's own title (吉林省数字政府建设“十四五”规划): no headline's quote.
PLAN_PERIOD = re.compile(r"“十[一二三四五六七八九]五”")
#: Words of a news headline, not of a document's title: 省政府印发《…》, 2023年工作报告发布, 某省通报…抽查情况.
HEADLINE_WORDS = re.compile(r"(通报(?!\s*[(（][^()（）]*[)）]$|$)|发布|印发|出台|召开|举行|公布|出炉|上线|荣获|获评|获得|启动|签署|正式|开展|举办|部署|出席|调研|会见|"
                            r"审议|通过|解读|亮相|答复|提案|推进|迈向|读懂|图解|一图|打造|谋划|全面|[:：《》“”，。！？])")


#: Right before 政府工作报告: a year and a place's short name (2022年南京), whose report it is.
SHORT_PLACE_BEFORE = re.compile(r"(?:(?:19|20)\d{2}年度?)?(?P<place>[\u4e00-\u9fff]{2,4})$")
#: Right before a bare 政府工作报告: words making it every government's (各地, 年度, 历年, 对应的).
NO_ONE_REPORT_BEFORE = re.compile(r"(?:各地|各级|各省|历年|(?<![本上今该])年度|对应的|地方)$")
#: (2025年)(国务院|西藏自治区)政府工作报告, written without 《》: its year is part of its title.
GOVERNMENT_WORK_REPORT = re.compile(r"(?:(?:19|20)\d{2}年度?)?(国务院|[\u4e00-\u9fff]{2,8}?(?:省|市|自治区|区|县))?(?:人民)?政府工作报告")
#: A report named by its year and kind, the way headlines write it without 《》.
YEAR_LED_REPORT = re.compile(r"(?<![\d《“])(?:19|20)\d{2}(?:年度?)?(?:[\u4e00-\u9fff]{1,16}?(?:指数|评估|调查|监测|统计|发展|研究))"
                             r"[\u4e00-\u9fff]{0,4}?(?:报告|白皮书|蓝皮书)(?=发布|出炉|公布|显示|指出|[^\u4e00-\u9fff》”]|$)")
#: A body's or place's yearly work report named without 《》 where it is published (现公布昭通市2022年政府信息
#: 公开工作年度报告; 编制并公布某县行政审批局2018年度政府信息公开报告) or its news told (2020年政府信息公开工作
#: 年度报告发布): who or where, the year, the kind of work.
PUBLISHED_YEARLY_REPORT = re.compile(r"(?<![\d《“])(?:19|20)\d{2}年度?(?:[\u4e00-\u9fff]{0,4}?(?:政府信息公开|政务公开|"
                                     r"信息公开|政府网站|政务新媒体|法治政府建设|数字政府建设|政务服务|营商环境))"
                                     r"(?:工作)?(?:年度报告|报告|年报|工作总结)(?![\u4e00-\u9fff]*》)")
REPORT_NEWS = re.compile(r"(正式)?(发布|出炉|公布|显示|指出)|[（(]以下简称")    # (…年度报告（以下简称年报）是…: named to be cited)
#: The end of a body's or place's name, which may open a yearly report's title.
NAME_END = re.compile(r"(?:省|市|县|区|州|旗|盟|局|厅|委|办|中心|政府)$")
#: Words of the sentence around a title, never of the name opening it.
NOT_IN_OWNER = re.compile(r"的|将|公布|发布|编制|印发|推出|由|是|了|对|根据|按照|现|本|我")
#: Where a name opening a title may begin: after these words of the sentence (现公布|由).
OWNER_AFTER = re.compile(r"(?:公布|发布|编制|印发|推出|由|的|将|了)$")


def report_owner(before: str) -> str:
    """The body or place named right before a yearly report's year, which opens its title ('' if none).

    >>> report_owner("现公布昭通市"), report_owner("由鞍山市行政审批局编制的"), report_owner("公布本局")
    ('昭通市', '', '')
    """
    run = re.search(r"[\u4e00-\u9fff]{0,24}$", before).group()
    return next((run[i:] for i in range(len(run) - 1) if (i == 0 or OWNER_AFTER.search(run[:i]))
                 and NAME_END.search(run[i:]) and not NOT_IN_OWNER.search(run[i:])), "")


#: Before a yearly report's title in its clause: it is asked for, or several places' (要, 请, 各…, 分别).
NOT_ONE_REPORT = re.compile(r"要|应|须|请|各|分别|督促|做好|按时|及时")
#: Just before a yearly report's title: its publishing or making (现公布, 编制的, 现将…(公布如下)).
REPORT_PUBLISHED = re.compile(r"(?:发布|公布|推出|编制|印发|现将|特将)[了的]?$")
PUBLISHED_BEFORE = re.compile(r"(发布|公布|推出)了?$")     # 会上发布2020年全国政务热线质量评估报告，…
#: An evaluation or survey named without 《》 where a place is ranked in it or its results come out:
#: 在联合国电子政务调查中, 在…委托开展的省级政府网上政务服务能力第三方评估中, 发布了2015年…绩效评估结果,
#: 第十五届中国政府网站绩效评估结果发布会. (Its 结果 is not part of its name.)
NAMED_EVALUATION = re.compile(
    r"(?:(?:(?<=在)|(?<=的)|(?<=发布)|(?<=公布)|(?<=了)|(?<=获得)|(?<=荣获))(?P<name>(?:{lead})?{body})|"
    r"(?:^|(?<=[“，。\s]))(?P<led>(?:{lead}){body})|"     # at a line's start only with its year or 第N届
    r"(?:(?<=中心)|(?<=研究院)|(?<=研究所)|(?<=大学)|(?<=学院)|(?<=实验室))(?P<after>(?:{lead}){body}))"
    #   (right after its evaluator's name, with its year: 在清华大学数据治理研究中心2020年数字政府发展指数评估中)
    r"(?=结果|中[^\u4e00-\u9fff]|中[位排名获居荣取区县我本全]|“|”|[，。、]|$|(?:[(（][\u4e00-\u9fff、]{{1,10}}[)）]|区县级|县区级|地市级|省级|市级|县级)?第[一二三四五六七八九十\d]{{1,3}}名)".format(
        lead=r"(?:19|20)\d{2}(?:年度?)?|第[一二三四五六七八九十\d]{1,3}届",
        body=r"(?:[\u4e00-\u9fff()（）、]|[(（](?:19|20)\d{2}[)）]){3,36}?(?:评估|调查|评价|测评|评选|(?<=开放|发展|服务)指数)"))
#   (第二十三届(2024)…; 2021全国政府数据开放指数: an index named by what it measures; 在…评估中我省…: the place after)
#: Two evaluations joined in one span (…评估指标和评估, …调查与评价): not one name (调查评估 is one word).
TWO_EVALUATIONS = re.compile(r"(?:评估|调查|评价|测评|评选)[^，。]{0,12}[和及与、][^，。]{0,12}(?:评估|调查|评价|测评|评选)")
#: What an evaluation's name is about (not 在考核中, 在开展评估中).
EVALUATION_SUBJECT = re.compile(r"(中国|全国|联合国|国家|省级|地市|城市|政府|政务|网站|指数|数字)")
#: Words of a clause, not of an evaluation's name: 在开展政府网站评估中, 的第三方评估.
NOT_AN_EVALUATION = re.compile(r"^(对|开展|进行|组织|参加|参与|接受|通过|加强|推进|完善|建立|做好|委托|引入|实施|第三方|综合|"
                               r"年度|专项|满意度|群众|社会|自我|绩效)|(以来|底|前|共|累计|完成|形成|编制|撰写|提交|各类|份|工作|对|进行)")
#: words of a clause, not of a title: 2024年底前形成评估报告, 2020年以来共发布研究报告
NOT_A_TITLE = re.compile(r"(以来|底|前|共|累计|完成|形成|编制|发布|撰写|提交|各类|份)")


# -- budgets and final accounts on a line of their own ------------------------------------------------

#: A budget, final accounts or spending evaluation a body publishes every year, as a line of its own: 某中心2025年
#: 部门预算公开报告, 2021年度某中心部门决算, 某中心2024年度项目支出绩效单位自评报告.
YEAR = r"(?:19|20)\d{2}年度?"
BODY = (r"(?!各|全市|全省|全区|全县)[\u4e00-\u9fff（）()]{2,30}?"
        r"(?:局|中心|厅|委员会|委|办公室|办|院|所|站|馆|队|政府|处|工会|妇联|科协|残联|大学|学院|中学|小学|学校|镇|乡|街道)")
BUDGET_KIND = (r"(?:部门|单位|本级|整体)?(?:“?三公”?经费)?(?:预算|决算|预决算)(?:及“?三公”?经费预算)?(?:编制)?(?:执行)?"
               r"(?:情况)?(?:信息)?(?:公开)?(?:报告|情况说明|编制说明|说明|表|情况)?(?:[(（]草案[)）])?")
BUDGET_TITLE = re.compile(rf"{BODY}{YEAR}(?:{BUDGET_KIND}|(?:项目支出|部门整体支出|整体支出)?绩效(?:单位)?(?:自评|评价)报告)|"
                          rf"{YEAR}{BODY}{BUDGET_KIND}|"
                          rf"{YEAR}[\u4e00-\u9fff（）()“”]{{2,30}}?项目(?:支出)?绩效(?:单位)?(?:自评|评价)报告")
#: What a page puts around such a line: a bullet, a field's name, an attachment's number, the file's type.
BUDGET_LINE = re.compile(r"^\s*(?:[•·\-]\s*|名\s*称\s*[:：]\s*|标\s*题\s*[:：]\s*|附件\s*[\d\-]*\s*[:：]?\s*|[一二三四五六七八九十]+、)?"
                         r"(?P<title>.+?)"
                         r"(?:\.(?:docx?|pdf|xlsx?))?\s*$")
#: Words no body's name holds: the line is news about a budget (市财政局批复市大数据中心2024年部门预算).
NOT_A_BUDGET_OWNER = re.compile(r"召开|部署|做好|认真|关于|印发|完成|开展|落实|本局|该局|本单位|^本|^该|"
                                r"(?:批复|审议|审计|审查|听取|进驻|下达|批准|公开|检查|研究|编制)(?=[省市区县镇乡])")
#   (市财政局下达市数据局…, 市人大常委会听取市政府…: one body acting on another's budget; not 市审计局, 市机构编制委员会)


def budget_titles(sentence: Sentence) -> list[Mention]:
    """A body's yearly budget, final accounts or spending evaluation named on a line of its own, with its year
    (the lists and pages of a department's 预决算公开 column).

    >>> def titles_of(text):
    ...     return [m.text for m in budget_titles(Sentence(0, text, 0, len(text)))]
    >>> titles_of("  • 某市大数据中心2025年部门预算公开报告.doc"), titles_of("2021年度某市大数据中心部门决算")
    (['某市大数据中心2025年部门预算公开报告'], ['2021年度某市大数据中心部门决算'])
    >>> titles_of("名  称: 2022年度城市大脑信息化项目支出绩效评价报告")
    ['2022年度城市大脑信息化项目支出绩效评价报告']
    >>> titles_of("2026年部门预算情况说明"), titles_of("全市一般公共预算支出增长5%的情况说明")
    ([], [])
    >>> titles_of("市财政局批复市大数据中心2024年部门预算"), titles_of("附件1：2023年度区大数据中心部门决算（草案）")
    ([], ['2023年度区大数据中心部门决算（草案）'])
    """
    line = BUDGET_LINE.match(sentence.text)
    if not line or "\n" in line.group("title").strip():
        return []
    title = line.group("title").strip()
    if not BUDGET_TITLE.fullmatch(title) or NOT_A_BUDGET_OWNER.search(title):
        return []
    start = sentence.text.index(title)
    return [mention(sentence, start, start + len(title), "Report", "title")]
