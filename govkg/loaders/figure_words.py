"""How a figure is written: the number with its unit and its words of more or about (:data:`NUMBER`), the words
that name it (:func:`metric_name`, :func:`name_after`, :func:`without_subject`), the day it stands at
(:func:`as_of_date`), and numbers that are no figure of their own (a date's part, an ordinal, a starting
level, a class of posts). :mod:`.statistics` decides whose figure each one is.
"""
from __future__ import annotations

import calendar
import re

from ..types import Sentence
from .named import Named

CN_DIGITS = "零一二两三四五六七八九十百千"
MEASURE_WORDS = ("万人次|人次|个百分点|亿元|万元|元|个工作日|工作日|平方米|平米|平方公里|亩(?!次)|天|分钟|小时|颗|架(?!次)|个|家|项|件|人|次|户次|户|条|套|台|部|类|种|笔|款|张|份|所|座|批|"
                 "位|名|起|场|亿|GB|TB|PB|EB|ZB|㎡|m²|路(?![公线径由口段灯况网子车到、和巴])|对(?=[，。；、,;）)]|左右|新人|夫妻|情侣|$)|通(?![办过知])|本(?![级地市省县区])|宗|例|篇|封|门(?![户槛类店诊])|期(?![间限望待末初中]|项目|工程|建设)|"
                 "分(?![钟之别局厅行类级批期中支散布享管发配])|秒(?![批报办杀级])|片(?![区])|卷(?![宗])|册次|册")   # 2272通 calls, 1万多路 feeds, 2.2亿本 licences, 9分 a score, 1800万对 couples
GAP = "[ \u00a0\u3000]?"     # text from PDF or Word often spaces a number from its unit: 11.4 万项, 69 个
#: 约 and 近 as "about", not the end of a word (节约, 预约, 签约; 最近, 附近).
ABOUT = r"(?<![节制预签公条违履])约"
NEAR = r"(?<![最附])近"
#: 成 as tenths (八成, 九成以上), not the first character of a word (第二成交候选人, 一成不变, 三成员).
TENTHS = r"成(?![交立为功本员果熟效绩都品型套片批就像不])"
NUMBER = re.compile(
    rf"(?P<op>不低于|不少于|不小于|不高于|不超过|不多于|不大于|超过|超出|超|逾|突破|达到|达|{ABOUT}|{NEAR}|不到|不足|高于|低于|共|为|)"
    rf"(?P<num>\d{{1,3}}(?:,\d{{3}})+(?!\d)(?:\.\d+)?|\d+(?:\.\d+)?|[一二三四五六七八九]成[一二三四五六七八九](?![\u4e00-\u9fff]?[万亿])|"   # 六成九: 69 %
    rf"[{CN_DIGITS}]{{1,4}}(?:点[零一二三四五六七八九〇]{{1,3}})?(?=万|亿|{TENTHS}))(?:{GAP}(?P<more1>多|余))?(?:{GAP}(?P<mult>万亿|千万|百万|万|亿|{TENTHS}|[千百](?P<more0>多|余)[万亿]))?"
    rf"(?P<more2>多|余)?(?:{GAP}(?P<unit>%|％|{MEASURE_WORDS}))?"
    r"(?P<more>以上|余|多)?(?P<less>以下|以内)?"
)
OPS = {"超过": ">", "超出": ">", "超": ">", "逾": ">", "突破": ">", "高于": ">", "约": "~", "近": "~",
       "不到": "<", "不足": "<", "低于": "<",
       "不低于": ">=", "不少于": ">=", "不小于": ">=", "不高于": "<=", "不超过": "<=", "不多于": "<=", "不大于": "<="}
#   (不低于60%: at least, not below; 不超过3秒: at most)
DATE = re.compile(r"(?P<y>(?:19|20)\d{2})\s*[年.\-/]\s*(?P<m>\d{1,2})\s*[月.\-/]\s*(?P<d>\d{1,2})\s*日?")
#: 均 as "all" (均保持, 12个月均, 每年均), a break in a figure's name; not an average's 均 (日均, 月均, 年均, 人均, 户均).
ALL_JUN = r"(?<!日)(?<!人)(?<!户)(?<!(?<![个每])月)(?<!(?<!每)年)均"
# The name of a metric: the words just before the number, back to a break.
#: 共 as "in total" (共接入, 共有), a break in a figure's name; not 共 of 共享, 共建 (提供共享服务300项).
IN_TOTAL = r"共(?![享建治用同])"
NAME_BREAK = re.compile(rf"[，。；：、“”《》（）(),;\s]|已经|已|{ALL_JUN}|{IN_TOTAL}|累计(?=[^\u4e00-\u9fff])|其中|目前|截至|以来|"
                        r"能力(?=达)")


def without_subject(name: str, subject: Named) -> str:
    """A figure's name without the name of what it measures where the words run on from it
    (芜湖市12345便民热线登记交办 → 登记交办; 如丽江市网管中心编制 → 编制); another name in it stays
    (省长热线平台转办, 微博粉丝: which channel the measure counts)."""
    at = name.find(subject.text)
    rest = name[at + len(subject.text):] if at >= 0 and re.fullmatch(r"(?:如|其中|和|与|及)?", name[:at]) else ""
    return rest if len(rest) >= 2 and not re.match(r"[的等内和与及\d]", rest) else name


def after_last_name(body: str, named: list[Named], s: Sentence, m: re.Match) -> str:
    """The words between the last name before a figure and the figure, where a long name runs up to the
    words the figure is named by (…便民热线登记交办9120件 → 登记交办)."""
    ends = [n.end - s.start for n in named if s.start <= n.start and n.end - s.start <= m.start()]
    words = LEADING_TIME.sub("", body[max(ends):m.start()]) if ends else ""
    return "" if NOT_A_MEASURE.search(words) else words


#: A year or month right after a name, before the words of its figure (上海市司法局2023年办理…58件).
LEADING_TIME = re.compile(r"^(?:(?:19|20)\d{2}年(?:度|\d{1,2}月(?:份)?)?|\d{1,2}月(?:份)?)(?:[，,]|以来|全年|上半年|下半年)?")


#: Words between a name and a figure that are no measure's name: another figure, a possessive or a joint
#: left open (等58个省直部门的, 31个省级和), a list's or a partner's word (等网络平台…, 与15个…).
NOT_A_MEASURE = re.compile(r"\d|[的和及与]$|^[等与和及对每]")


#: A verb of making or taking in, alone before a count: the count's name needs the noun after it.
BARE_VERB = re.compile(r"(?:已|共|累计|新)?(?:建成|建设|新建|开发|打造|纳入|整合|设立|开通|建立|组建|培育|推出|上线|梳理|编制|汇聚|归集)")


def name_after(after: str) -> str | None:
    """A figure with no words before it names what it counts after it: 474个事项实现… → 事项,
    3000余个应用系统迁入… → 应用系统, and 1500多个乡(镇、街道)政务服务中心 → 乡(镇、街道)政务服务中心."""
    m = re.match(r"(?:[\u4e00-\u9fff]|[（(](?![含其占])[^（()）\d]{1,12}[)）]){2,8}?"
                 r"(?=[，。；、,;的实已为在通被由和与及（(]|$|迁入|接入|纳入|进驻|入驻|上线)", after)
    #   (not 6个（含2个省级）主题数据库's note, nor 474个事项（占比80%）: a count's remark)
    return m.group(0) if m else None


AS_OF = re.compile(r"(?:截至|截止|截止到|到)(?P<y>(?:19|20)\d{2})年(?:(?P<m>\d{1,2})月(?:(?P<d>\d{1,2})日)?)?(?P<end>底|末)?")


def as_of_date(before: str) -> str | None:
    """The date a figure refers to, from the last 截至… before it.

    >>> as_of_date("截至2023年底，注册用户")
    '2023-12-31'
    >>> as_of_date("截至2024年6月，")
    '2024-06-30'
    >>> as_of_date("注册用户") is None
    True
    """
    found = list(AS_OF.finditer(before))
    if not found:
        return None
    m = found[-1]
    year, month, day = int(m.group("y")), m.group("m"), m.group("d")
    if day:
        return f"{year:04d}-{int(month):02d}-{int(day):02d}"
    if month:
        return f"{year:04d}-{int(month):02d}-{calendar.monthrange(year, int(month))[1]:02d}"
    return f"{year:04d}-12-31"


def is_change(before: str, after: str = "") -> bool:
    clause = re.split(r"[，；。]", before)[-1]
    if re.search(r"从(?:[^，；\d]|(?:19|20)\d{2}年){0,8}$", clause):
        return True   # 从(2015年的)10TB增长到1626TB: the level reached is the second figure
    if re.search(r"由(?:[^，；\d]|(?:19|20)\d{2}年){0,8}$", clause) and GROWN_TO.match(after):
        return True   # 由2023年初的40亿突破至4000亿条 (but 由15个部门组成 counts the departments)
    return bool(re.search(r"(较|(?<!占)比(?!例|重)|同比|环比)[^，；]{0,8}(提高|增长|下降|减少|提升|增加|缩短|压缩)?$", clause)
                or re.search(r"(提高|增长|下降|减少|提升|增加|缩短|压缩|上升|前进|后退|降低)(了)?$", clause)
                or re.search(r"(净增|增加了|同比增加)[^，；\d]{0,8}$", clause)   # (新增下线749家: a count of the new)
                or re.search(r"分别(上升|下降|提升|提高|增长|减少)[^，；]*$", clause))


#: After a starting figure: the verb that goes on to the level reached (…增长到, 突破至, 提升至).
GROWN_TO = re.compile(r"[^，；。\d]{0,6}?(?:增长|提升|提高|突破|增加|扩大|跃升|上升|下降|减少|降低|压缩|缩短|增)(?:至|到)")
#: Between a measure's name and the level it reached: where it started (网上可办率由66.9%提升至,
#: 外贸从2020年的1778亿元增长到2023年的, 时长由过去的2.3天缩短至), no part of the name.
CHANGE_TAIL = re.compile(r"(?:也|还|都|已经|已)?(?<!自)(?:从|由)(?!事|于|此(?!前))[^，；。\d]{0,12}\d[^，；。]{0,20}?"
                         r"(?:增长|提升|提高|突破|增加|扩大|跃升|上升|下降|减少|降低|压缩|压减|缩短|增|降|升)"
                         r"了?(?:至|到)(?:(?:19|20)\d{2}年)?[^，；。\d]{0,4}$")
#   (the starting figure written: not 从事跨境电商的企业增加到, 由政府购买的…项目增加到, 广西自由贸易试验区…)


def is_date_part(body: str, m: re.Match) -> bool:
    """A year, date, duration or clock time, or a figure inside a name (数字政府40人论坛)."""
    after = body[m.end():m.end() + 2]
    return (after[:1] in ("年", "月", "日", "届", "季", "版", "号", "时") or after in ("分钟", "小时", "秒钟")
            or bool(re.match(r"(论坛|峰会|大会|会议|工程|行动|计划)", after))
            or bool(DATE.match(body[m.start():]))
            or bool(YEAR_SPAN.match(body, m.start("num"))))


#: The first year of a span of years (2005-2006年, 2021—2025年): a time, not a figure.
YEAR_SPAN = re.compile(r"(?:19|20)\d{2}\s*[-—–~～至到]\s*(?:19|20)?\d{2}\s*年")


#: After a count: the subject is one of that many (100项典型案例之一, 全国50个试点城市之一).
ONE_AMONG = re.compile(r"[^，。；,;\d成是为]{0,12}之一")   # (not 注册用户突破1亿成为…之一: a measure, then a rank)
#: After a count of places: the field the subject is ranked in (31个省市、自治区排名第13位, 16个地市中位列第2).
RANKED_AMONG = re.compile(r"个?(?:省|市|区|县|州|盟|地市|城市|地区)[^，。；,;\d]{0,12}?(?:中|里|间)?(?:排名|位列|排在|名列|居)")
#: “10万+”的文章, 10万+的微信: a bracket a count falls in (articles read 100,000 times or more), not a figure.
THRESHOLD_LABEL = re.compile(r"\+(?:[”」]|的)")
#: Before a figure: the standard or bar it states (最低标准85%, 考核要求为90%, 及格线60分).
STANDARD_BEFORE = re.compile(r"(?:(?:最低|最高|合格|及格|达标|考核)(?:标准|线|要求)|(?<!无)门槛|底线)(?:为|是|值为?)?$")
#   (not 发布地方标准507项: a count of standards)


def is_threshold_label(body: str, m: re.Match) -> bool:
    """单条阅读量“10万+”的微信累计超过1200条: 10万 names a class of posts; the 1200 is the figure.
    A standard rate or score that figures are held against (低于市上要求的最低标准85%) is no measure either
    (but 清理隐性门槛326项 counts the bars removed).

    >>> is_threshold_label("满意率低于最低标准85%", NUMBER.search("满意率低于最低标准85%"))
    True
    """
    return bool(THRESHOLD_LABEL.match(body, m.end())) or (
        m.group("unit") in ("%", "％", "分") and bool(STANDARD_BEFORE.search(body, 0, m.start())))


def is_ordinal(body: str, m: re.Match) -> bool:
    return body[max(0, m.start() - 1):m.start()] in ("第", "前", "近") and not m.group("mult")


def metric_name(before: str) -> str | None:
    """The metric's words: back from the number to the nearest break, skipping a trailing verb (and the
    spaces a table puts before a figure: 投诉3751件 占比 82.13%; a daily average keeps its 均: 日均230个).

    >>> metric_name("投诉3751件 占比 "), metric_name("话务总数为20693个，日均"), metric_name("提出到2025年政务服务事项全程网办率达到")
    ('占比', '日均', '政务服务事项全程网办率')
    >>> metric_name("网上可办率由66.9%提升至"), metric_name("标准机架数量已从2022年初的3.1万架增长到目前的")
    ('网上可办率', '标准机架数量')
    >>> metric_name("“百千万工程”信息平台数据总量跃升至 ")
    '数据总量'
    """
    before = CHANGE_TAIL.sub("", before.rstrip(" \u00a0\u3000"))
    before = re.sub(r"(?:跃升|提升|提高|增长|增加|上升|攀升|下降|降低|缩短|压缩|减少|增|升|降)(?:至|到)$", "", before)   # (数据总量跃升至)
    tail = re.sub(rf"(已经|已|{ALL_JUN}|累计达|达到|超过|达|为|共|{ABOUT}|{NEAR}|逾|突破)$", "", before)
    tail = re.sub(rf"(已经|已|{ALL_JUN}|达到|超过|达|为|共|{ABOUT})$", "", tail)
    parts = NAME_BREAK.split(tail)
    name = parts[-1] if parts else ""
    quoted = re.search(r"“([^“”]{1,10})”([\u4e00-\u9fff]{0,4})$", tail)
    if quoted and (len(name) < 2 or name == quoted.group(2)) and len(parts) > 1:
        name = quoted.group(1) + quoted.group(2)   # “全程网办”能力达到84%, “秒批”事项增至134项: the quoted word
        #                                            belongs to the name
    name = re.sub(rf"^(已经|已|其中|目前|均|{IN_TOTAL}|并|且|和|及)", "", name)
    name = re.sub(r"^(?:信息|服务|数据|管理)?(?:平台|系统|网站|热线)(?=[\u4e00-\u9fff]{2})", "", name)
    #   (“浙里办”平台日均办件量, “百千万工程”信息平台数据总量: the kind, then the measure's name)
    dated = re.match(r".{0,6}?(?:19|20)\d{2}年度?(?:\d{1,2}月份?)?(?:底|末)?前?", name)
    if dated and len(name) - dated.end() >= 4:
        name = name[dated.end():]    # 提出到2025年政务服务事项全程网办率: the year the target is set for, no part of its name
    if len(name) > 16 and not LONG_RATE.fullmatch(name):
        return None     # the words run back over the clause (…等58个省直部门的): no name of a measure
    return name if len(name) >= 2 else None


#: A long measure's name that is one: a rate with no figure or title in it (六类涉农政务服务事项综合在线办事率).
LONG_RATE = re.compile(r"[^\d《》的]{17,20}率")
