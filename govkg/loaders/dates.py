"""Dates stated about an entity: launch, publication, issue and effective dates, each from its sentence.

>>> from govkg.types import Sentence
>>> from govkg.loaders.named import Named
>>> text = "2019年5月31日，“中国政务服务平台”正式上线。"
>>> s = Sentence(0, text, 0, len(text))
>>> [(d.property, d.value) for d in extract_dates(text, s, [Named("P", "Platform", 11, 21, "“中国政务服务平台”")])]
[('launchDate', '2019-05-31')]
"""
from __future__ import annotations

import bisect
import calendar
import re
from functools import lru_cache

from ..types import DateFact, Sentence
from .named import Named
from .figure_words import DATE

PUBLISH = re.compile(r"(发布|公布|发表|出炉)")
ISSUE = re.compile(r"(印发|出台|颁布|通过|施行|实施|下发|制定|制订|签署|签订)")    # (签署: an agreement, dated as signed)
MONTH_DAY = re.compile(r"(?<![\d年.\-/])(?P<m>\d{1,2})月(?P<d>\d{1,2})日")
YEAR_BEFORE = re.compile(r"((?:19|20)\d{2})(?=年|-\d{1,2}-)")
FOUNDED_ON = re.compile(r"(成立|挂牌|揭牌|上线|开通|启用)于$")
#: Right after a date: the day a law or rule takes effect (2022年2月1日起施行, 7月1日正式实施, 起生效),
#: not the day it was issued (印发实施 names another verb first).
EFFECTIVE = re.compile(r"(?:起|开始)?(?:正式)?(?:施行|实施|生效)")
LAUNCH_VERB = re.compile(r"(正式)?(上线|开通|启用|投用|投入运行|投入使用|上线运行|发布上线|开始运行|试运行|挂牌成立|正式成立|揭牌|"
                         r"挂牌(?=[，。；,;]|$|仪式|运行)|"
                         r"对外开放|投入运营|正式运行|全面运行)")
#: A place that serves the public at its counters, opened as a platform goes live (市民中心对外开放, 行政服务中心启用).
SERVICE_PLACE = re.compile(r"(服务中心|市民中心|办事大厅|服务大厅|政务大厅)$")


# 会上，/ 论坛上，/ 在启动仪式上，: the sentence goes on about the event the last one dated
EVENT_ANAPHOR = re.compile(r"(在)?(本次|此次|这次|该|当天的?)?(会|会议|大会|论坛|峰会|年会|发布会|座谈会|推进会|"
                           r"启动会|仪式|启动仪式|开幕式|活动|博览会)(上|现场)[，,]?")
EVENT_HELD = re.compile(r"(会|会议|论坛|峰会|仪式|开幕式|活动|博览会)[^。；，]{0,12}(召开|举行|举办|开幕|启动)|"
                        r"(?P<verb>召开|举行|举办)[^。；，]{0,16}(会|会议|论坛|峰会|仪式|活动)(?![\u4e00-\u9fff])")


def extract_dates(text: str, s: Sentence, named: list[Named], previous: Sentence | None = None) -> list[DateFact]:
    """Launch, publication, issue and effective dates: 2019年5月31日，…“中国政务服务平台”正式上线.

    A date written without its year (9月8日，…发布了《R》) takes the last year the
    text gives before it (a dateline such as 更新时间：2023-11-17 counts). A sentence
    that opens on the event the ``previous`` one dated (6月17日，…论坛在京召开。论坛上，
    …发布了《R》) takes that date.
    """
    out = []
    for start, end, value, year_written in _dates_in(text, s) or _event_date(text, s, previous):
        pos = s.start + end
        after = s.text[end:]
        if re.match(r"(?:电|消息)(?![\u4e00-\u9fff])", after):
            continue    # 新华社北京7月11日电, 央广网成都12月1日消息: the day the news was sent, not the day of what it tells
        if MEETING_HELD.match(after) and APPROVED.search(after[:60]):
            continue    # 《X》已经2023年10月11日召开的…会议审议通过，现予印发: the meeting's day, not the issue's
        clause = re.split(r"[。；]", after)[0]
        launch = LAUNCH_VERB.search(clause[:60]) or _launched_far(clause, named, pos)
        founded = FOUNDED_ON.search(s.text, 0, start)
        if founded:   # 日照市大数据发展局成立于2018年12月28日: the verb right after what it dates
            types = ("Agency",) if founded.group(1) in ("成立", "挂牌", "揭牌") else ("Platform",)
            subject = _nearest(named, s.start + founded.start(), types, before=True)
            if subject is not None and not re.fullmatch(r"[”》]?(正式|已|于)?", text[subject.end:s.start + founded.start()]):
                subject = None     # 该公司成立于…, 其技术团队成立于…: someone else was founded
            prop = "launchDate"
        elif (effective := EFFECTIVE.match(after)) and (in_force := _effective(named, s.start + start, pos,
                                                                                s.start + end + effective.end(), text)):
            subject, prop = in_force, "effectiveDate"
        elif launch and not re.search(r"(印发|发布|出台)《", clause[:launch.start()]):
            subject = _launched(named, s, pos, launch, text)
            prop = "launchDate"
        else:
            subject = _document_dated(clause, named, s.start + start, pos, text)
            if subject is None:
                continue
            prop = "publicationDate" if subject.type == "Report" else "issueDate"
        if subject and (year_written or not _titled_later(subject, value)):
            out.append(DateFact(subject.key, prop, value, s.index, s.start + start, pos))
            if prop in ("publicationDate", "issueDate"):    # “…数林指数”和《…开放报告》正式发布: both
                out += [DateFact(n.key, "publicationDate" if n.type == "Report" else "issueDate", value, s.index,
                                 s.start + start, pos) for n in _listed_after(subject, named, text)]
    return out


#: After a date: the meeting held that day (…召开的市政府常务会议), which the date describes.
MEETING_HELD = re.compile(r"(?:[上下]午)?(?:在[^，。；]{0,12})?(?:召开|举行)的")
#: …that the meeting approved the document (审议通过), not that it was released there (发布会上发布了《…》).
APPROVED = re.compile(r"审议通过|研究通过|讨论通过|审定")
#: Between two document titles listed together: a mark or a word joining them.
TITLES_JOINED = re.compile(r"[”》]?(?:和|与|及|、|以及)[“《]?")


def _listed_after(document: Named, named: list[Named], text: str) -> list[Named]:
    """The documents listed right after ``document`` (“A指数”和《B报告》, 《A》《B》), which the verb
    after them dates too."""
    out, last = [], document
    for n in named:
        if n.start < last.end or n.type not in ("Report", "Policy"):
            continue
        gap = text[last.end:n.start]
        if TITLES_JOINED.fullmatch(gap) or (gap and re.fullmatch(r"[”》]?[“《]?", gap)):
            out.append(n)
            last = n
        else:
            break
    return out


def _document_dated(clause: str, named: list[Named], date_start: int, date_end: int, text: str) -> Named | None:
    """The document a publishing verb in the date's clause dates (a report or policy), or an issuing
    verb (a policy): the one whose title the date follows at once, else the first named after it."""
    for verb, types in ((PUBLISH, ("Report", "Policy")), (ISSUE, ("Policy",))):
        if verb.search(clause):
            document = _titled_just_before(named, date_start, text) or _nearest(named, date_end, types)
            if document is not None:
                return document
    return None


def _effective(named: list[Named], date_start: int, date_end: int, verb_end: int, text: str) -> Named | None:
    """The policy that takes effect on the date: the one the verb governs (2023年1月1日起施行《办法》, 自
    2023年1月1日起施行的《条例》), else, where the verb ends its clause, the last one its sentence names
    before the date (《条例》7月1日正式实施。). None where the verb governs something else (2023年5月1日开始
    实施数据共享考核: a measure, no policy's entry into force)."""
    governed = re.match(r"的?[《“]", text[verb_end:verb_end + 2])
    if governed:
        return next((n for n in named if n.type == "Policy" and n.start >= verb_end), None)
    if not re.match(r"\s*(?:[，。；,;！]|$|以来|后|之日)", text[verb_end:verb_end + 3]):
        return None
    before = [n for n in named if n.type == "Policy" and n.end <= date_start]
    return before[-1] if before else None


def _titled_just_before(named: list[Named], date_start: int, text: str) -> Named | None:
    """The document whose title the date follows at once (《2020…调查报告》7月10日正式发布)."""
    before = [n for n in named if n.type in ("Report", "Policy") and n.end <= date_start]
    if before and re.fullmatch(r"[》”]?\s*(?:已|已经)?(?:于|在)?", text[before[-1].end:date_start]):
        return before[-1]
    return None


def _titled_later(subject: Named, value: str) -> bool:
    """A document titled for a later year than the one the text gave last (2019年… 3月25日，印发
    《2020年工作要点》): the year was not written with the date, so it is not known. A plan for
    the next year issued in its last quarter (12月28日，印发《2024年工作要点》) is usual."""
    titled = re.search(r"(?:19|20)\d{2}", subject.text)
    if not titled:
        return False
    year, later, month = int(value[:4]), int(titled.group()), int(value[5:7])
    return later > year + 1 or (later == year + 1 and month < 10)


def _event_date(text: str, s: Sentence, previous: Sentence | None) -> list[tuple[int, int, str, bool]]:
    """The one date of the ``previous`` sentence, written before the event it held
    (6月17日，…论坛在京召开), placed at the end of this sentence's opening words that refer
    back to it (论坛上，)."""
    opening = EVENT_ANAPHOR.match(s.text)
    held = EVENT_HELD.search(previous.text) if opening and previous is not None else None
    if not held:
        return []
    dates = _dates_in(text, previous)
    verb_at = held.start("verb") if held.group("verb") else held.start(2)
    if len({value for _, _, value, _ in dates}) != 1 or dates[0][1] > verb_at:
        return []     # 推进会召开，回顾了自2022年1月1日起施行的《条例》: not the event's date
    return [(0, opening.end(), dates[0][2], dates[0][3])]


def _dates_in(text: str, s: Sentence) -> list[tuple[int, int, str, bool]]:
    """(start, end, ISO date, whether its year is written with it) of every full date in the
    sentence, and of month-day dates whose year is known from the text before."""
    out = []
    for m in DATE.finditer(s.text):
        try:
            out.append((m.start(), m.end(), _iso(int(m.group("y")), int(m.group("m")), int(m.group("d"))), True))
        except ValueError:
            continue
    for m in MONTH_DAY.finditer(s.text):
        if any(a <= m.start() < b for a, b, _, _ in out):
            continue
        year = _year_before(text, s.start + m.start())
        if year:
            try:
                out.append((m.start(), m.end(), _iso(year, int(m.group("m")), int(m.group("d"))), False))
            except ValueError:
                continue
    for m in RELATIVE_MONTH_DAY.finditer(s.text):
        year = _page_year(text)
        if year:
            try:
                out.append((m.start(), m.end(), _iso(year - YEARS_BACK[m.group("rel")], int(m.group("m")), int(m.group("d"))), False))
            except ValueError:
                continue
    for m in DAY_ONLY.finditer(s.text):
        if any(a <= m.start() < b for a, b, _, _ in out):
            continue
        day = _day_of_reference(text, s.start + m.start(), int(m.group("d")))
        if day:
            out.append((m.start(), m.end(), day, False))
    return sorted(out)


#: A month and day in a year named from the page's own (今年3月15日, 去年10月25日, 前年…).
RELATIVE_MONTH_DAY = re.compile(r"(?P<rel>今|去|前)年(?P<m>\d{1,2})月(?P<d>\d{1,2})日")
YEARS_BACK = {"今": 0, "去": 1, "前": 2}
#: How far from a page's top its own date stands (a dateline, 发布时间：…, the date under the title).
PAGE_HEAD = 300


@lru_cache(maxsize=8)
def _page_year(text: str) -> int | None:
    """The year of the page's own date, the first full date near its top (发布时间：2024-05-10, 2024年5月10日
    under the title): the year 今年 and 去年 count from. None where the top dates nothing: the year
    mentioned last before (2016年开始筹建…去年8月31日) is no reference for them."""
    m = DATE.search(text, 0, PAGE_HEAD)
    return int(m.group("y")) if m else None


#: A day alone where news tells when something happened (18日，…; 在30日下午举办的…; 《报告》28日在京发布):
#: going on with the event's time, place or verb; not a count of days (由20日压缩至5日, 1日至30日开展)
#: nor part of a full date.
DAY_ONLY = re.compile(r"(?<![\d年月号第每/.\-由至到满])(?P<d>[1-3]?\d)日"
                      r"(?=[，,]|上午|下午|晚|在|召开|举行|举办|发布|印发|出台|上线|开通|启用|正式|起)")
#: A date written in full, or a month and day, before a day alone: the month it is in.
REFERENCE_DATE = re.compile(DATE.pattern + r"|(?<![\d年.\-/])(?P<m2>\d{1,2})月(?P<d2>\d{1,2})日")
#: Where a page says when its news was sent or put up: a dateline (…日电, …日消息) or the page's date.
NEWS_DATE = re.compile(r"\s*(?:电|消息|讯)|\s+\d{1,2}:\d{2}")     # (matched where the date ends)


def _day_of_reference(text: str, pos: int, day: int) -> str | None:
    """A day alone dated by the last date the text wrote before it: the same month, or the month
    before when that date is the news's own (a dateline, the page's date) and the day is later than
    it (12月1日消息…30日举办: 11-30); a later day after any other date is not known."""
    last = None
    for m in REFERENCE_DATE.finditer(text, max(0, pos - 400), pos):
        last = m
    if last is None:
        return None
    if last.group("y"):
        year, month, ref = int(last.group("y")), int(last.group("m")), int(last.group("d"))
    else:
        year = _year_before(text, last.start())
        if not year:
            return None
        month, ref = int(last.group("m2")), int(last.group("d2"))
    if day > ref:
        if not NEWS_DATE.match(text, last.end()) and not PAGE_DATE_FIELD.search(text, max(0, last.start() - 8), last.start()):
            return None
        year, month = (year - 1, 12) if month == 1 else (year, month - 1)
    try:
        return _iso(year, month, day)
    except ValueError:
        return None


#: Just before a page's own date: its field's name (发布时间：2023-06-05).
PAGE_DATE_FIELD = re.compile(r"(?:发布时间|发布日期|更新时间|日期|时间)\s*[:：]?\s*$")


def _year_before(text: str, pos: int) -> int | None:
    """The last year the text writes before ``pos`` (2023年, 2023-06-05), not in a title's 《》."""
    positions, years = _years_of(text)
    i = bisect.bisect_left(positions, pos)
    return years[i - 1] if i else None


@lru_cache(maxsize=8)
def _years_of(text: str) -> tuple[list[int], list[int]]:
    """Where the text writes a year, outside titles, and which: read once per document (a date without
    its year looks its year up; rescanning the text before each one made long pages quadratic)."""
    titles = [(m.start(), m.end()) for m in re.finditer(r"《[^《》]*》", text)]
    positions, years = [], []
    for m in YEAR_BEFORE.finditer(text):
        i = bisect.bisect_right(titles, (m.start(), float("inf")))
        if i and titles[i - 1][0] <= m.start() < titles[i - 1][1]:
            continue
        positions.append(m.start())
        years.append(int(m.group(1)))
    return positions, years


def _iso(year: int, month: int, day: int) -> str:
    if not (1 <= month <= 12 and 1 <= day <= calendar.monthrange(year, month)[1]):
        raise ValueError(f"{year}-{month}-{day}")
    return f"{year:04d}-{month:02d}-{day:02d}"


def _launched_far(clause: str, named: list[Named], date_end: int) -> re.Match | None:
    """A launch verb past a long description of what went live, written right after its platform's name
    (2006年6月25日，集…于一体、…的网上政务平台——浙江政务服务网正式上线运行)."""
    verb = LAUNCH_VERB.search(clause, 60, 120)
    if verb is None or re.search(r"(?:19|20)\d{2}年|\d{1,2}月\d{1,2}日", clause[:verb.start()]) \
            or not re.match(r"了?(?:运行|使用)?(?:以来|[，。；,;]|$)", clause[verb.end():]):
        return None     # (another date between: the verb is that date's; 上线“跨省通办”专区: the verb's object went live)
    before = date_end + verb.start()
    return verb if any(n.type == "Platform" and 0 <= before - n.end <= 2 for n in named) else None


def _launched(named: list[Named], s: Sentence, date_end: int, verb: re.Match, text: str) -> Named | None:
    """What went live: a platform between the date and the verb, else right after the verb,
    else the one before the date (“随申办”自2018年10月17日正式开通). Agencies are 成立/挂牌; a service
    centre or hall opens where no platform is named (see :func:`_service_place_opened`)."""
    verb_start, verb_end = date_end + verb.start(), date_end + verb.end()
    types = ("Agency",) if verb.group(2) in ("挂牌成立", "正式成立", "揭牌", "挂牌") else ("Platform",)
    between = [n for n in named if n.type in types and date_end <= n.start and n.end <= verb_start]
    if verb.group(2) == "挂牌":     # 某局正式挂牌 / 某局举行挂牌仪式: the body right before it (not 在市数据局挂牌,
        return next((n for n in between[-1:] if PLAQUE_GAP.fullmatch(text, n.end, verb_start)   # 共建的实验室挂牌)
                     and not text.endswith("在", 0, n.start)), None)
    right_after = [n for n in named if n.type in types and verb_end <= n.start <= verb_end + 4]
    if right_after and (not between or (OPENS_WHAT.search(verb.group())
                                        and not re.search(r"[，。；,;]", text[verb_end:right_after[0].start])
                                        and WHOLE_OBJECT.match(text, right_after[0].end))):
        return right_after[0]       # A与B同步开通“C”热线: C went live, A and B opened it
    if between:
        return between[-1]
    return _nearest(named, date_end, types, before=True) or _service_place_opened(named, verb_start, verb_end, text)


#: Between a body and the plaque it hangs as itself: nothing, 正式 or 举行.
PLAQUE_GAP = re.compile(r"(?:正式|今天|当天|上午|下午)?(?:举行|举办)?")
#: After a platform opened by a verb: the clause ends, or only its kind follows (开通“一企来”企业服务热线，), not
#: a part of it (开通“一部手机办事通”投诉入口: an entry to an existing platform went live, not the platform).
WHOLE_OBJECT = re.compile(r"[”]?(?:[\u4e00-\u9fff]{0,6}(?:热线|平台|APP|App|app|小程序|客户端|网站|公众号|系统))?(?=[，。；,;、]|$)")
#: A launching verb that takes what went live as its object (开通“C”, 上线“C”).
OPENS_WHAT = re.compile(r"(开通|上线|推出|启用|发布)$")


#: After the verb that opened a service place: the clause ends, or says since when (…正式运行以来).
OPENED_AND_DONE = re.compile(r"(?:了)?(?:以来|[，。；,;]|$)")


def _service_place_opened(named: list[Named], verb_start: int, verb_end: int, text: str) -> Named | None:
    """A service centre or hall the verb opens: written right before it (南昌市民中心对外开放。, …中心自
    2015年2月28日正式运行以来), the verb ending its clause (not 政务服务中心开通企业开办专窗: what it opened)."""
    places = [n for n in named if n.type == "Agency" and SERVICE_PLACE.search(n.text) and n.end <= verb_start]
    if not places or not OPENED_AND_DONE.match(text, verb_end):
        return None
    gap = re.sub(r"(?:自|于|在)?(?:19|20)\d{2}年\d{1,2}月\d{1,2}日", "", text[places[-1].end:verb_start])
    return places[-1] if len(gap) <= 4 else None


def _nearest(named: list[Named], pos: int, types: tuple[str, ...], before: bool = False) -> Named | None:
    if before:
        cands = [n for n in named if n.type in types and n.end <= pos]
        return cands[-1] if cands else None
    cands = [n for n in named if n.type in types and n.start >= pos]
    return cands[0] if cands else None
