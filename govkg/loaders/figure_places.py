"""The place a figure measures when the page names it by a word for it (全省, 我市, 本级) or not at all:
the page's own province, city or county standing in the figure's clause or list part, the place a body's
report goes on about, and a national platform counted in one place.
"""
from __future__ import annotations

import re

from ..types import Sentence
from .figure_subjects import received_from
from .named import Named
from .places import GENERIC_PLACE
from .segment import clause_end, clause_of, clause_start


#: After 全国: a rank or a count it is the scope of, not the subject (全国第9位, 对全国338家热线, 全国…排名,
#: 全国区县中), or a body it begins the name of (全国人大代表).
SCOPE_OF_FIGURE = re.compile(r"(?:排名|排位|排|位居|位列)?(?:第|前)(?:\d|[一二三四五六七八九十])|\d|[^，。；、]{0,8}排名|"
                             r"[^，。；、]{0,10}中[，,]|人大|政协|人民代表大会|平均|率先|首个|首家|前列|领先|同类|同级")
#: Before 全国: what the place is compared with (高于全国平均水平, 在全国率先): the country is no subject there.
COMPARED_WITH = re.compile(r"(?:高于|低于|超过|超出|比|较|在|居|于)$")


def place_of_part(generic: list[Named], named: list[Named], body: str, m: re.Match, s: Sentence,
                  subject: Named) -> Named | None:
    """全国/全省 in the figure's own part of a list (after its ；) that names nothing else, where the
    subject was named in an earlier part: the place the figure measures (…抽查比例提高到30%；全国累计整合
    迁移政府网站2万余个: the country's, not the first part's)."""
    part = s.start + body.rfind("；", 0, m.start()) + 1
    if part == s.start or subject.start >= part or any(part <= n.start < s.start + m.start() for n in named):
        return None
    if DONE_ACROSS.match(body, part - s.start):
        return None     # (…；推动全省…: what the subject did across the place)
    return next((n for n in generic if n not in named and part <= n.start <= part + 2), None)   # opening the part


#: A clause opening on what a body did across the place (实现了全省…, 推动全市…): its figures are the body's.
DONE_ACROSS = re.compile(r"\s*(?:实现|完成|推进|推动|建成|打通|覆盖|统筹|组织|指导|督促|在)")


def place_in_clause(generic: list[Named], named: list[Named], body: str, m: re.Match, s: Sentence,
                    lead: int | None = None) -> Named | None:
    """全省/全市 in the figure's own clause, before it (and no name there): the place the figure measures;
    with ``lead``, only where it opens the clause, at most that many characters in (本次检查全市政府网站42个;
    not 实现了全省同一事项的…16个要素统一, what a body did across the province)."""
    start = s.start + clause_start(body, m.start(), "，；。：,;")
    if any(start <= n.start < s.start + m.start() for n in named):
        return None
    end = s.start + m.start() if lead is None else min(s.start + m.start(), start + lead + 1)
    place = next((n for n in reversed(generic) if n not in named and start <= n.start < end), None)
    if place is not None and lead is not None and DONE_ACROSS.match(body, start - s.start):
        return None
    return place


#: In a clause: the reporting body itself, by a word for it (该局, 本厅, 局机关).
BODY_ITSELF = re.compile(r"(?:该|本|我)(?:局|厅|委|办|中心|院|部)|(?:局|厅|委)机关")


def place_going_on(generic: list[Named], named: list[Named], body_named: Named, out: list, body: str, m: re.Match,
                   s: Sentence) -> Named | None:
    """The place (全省) the sentence's last figure was given to, after the body that reports it, when the
    figure's clause names nothing of its own: 江苏省通信管理局介绍，全省新建5G基站1万个，累计开通14万个."""
    if not out or names_in_clause(named, s, m) or BODY_ITSELF.search(clause_of(body, m)):
        return None     # (…，局机关组织执法培训36场, 该局牵头制定…: the body's own)
    return next((n for n in reversed(generic) if n.key == out[-1].subject and n.type == "Region"
                 and body_named.end <= n.start < s.start + m.start()), None)


def place_using_national_platform(generic: list[Named], subject: Named, body: str, at: int, s: Sentence) -> Named | None:
    """我区国家中小学智慧教育平台访问量达到9946万人次, 国家平台归集我省办件2.2亿件: the country's platform
    counted in one place, whose word (我区, 全省) stands right before the platform or between it and the
    figure in its clause: the place's figure, not the national platform's."""
    if subject.type != "Platform" or not subject.text.startswith(("国家", "全国")):
        return None
    opening = s.start + clause_start(body, at - s.start, "，；。,;")
    return next((n for n in generic if n.type == "Region" and n.text[:1] in "我全本" and n.text not in ("全国", "我国")
                 and not body.startswith("等", n.end - s.start)    # (与我省等12个省份: a count of provinces)
                 and (n.end == subject.start or max(opening, subject.end) <= n.start < at)), None)


def own_place(places: dict[str, str], s: Sentence, m: re.Match) -> Named | None:
    """The narrowest place the page is about (its county, banner, district, city or province), as the
    subject of a figure at ``m``."""
    key = next((places[level] for level in ("县", "旗", "区", "市", "州", "盟", "省") if places.get(level)), None)
    return Named(key, "Region", s.start + m.start(), s.start + m.end(), m.group(0)) if key else None


def opens_on_a_word_for_place(body: str, named: list[Named], s: Sentence) -> bool:
    """全市消费者投诉…，涉及金额320万元: a sentence opening on 全市/全省 is about the place, not the topic
    (unless a name or a hotline's number follows the place word: 全市12345共…)."""
    opening = re.match(r"^[^，。]{0,6}?" + GENERIC_PLACE.pattern + r"(?![\d“])", body)
    return bool(opening) and not any(n.start == s.start + opening.end() for n in named)


def names_in_clause(named: list[Named], s: Sentence, m: re.Match) -> bool:
    """Whether anything is named in the clause of the figure ``m`` (before or after it)."""
    start, end = clause_start(s.text, m.start(), "，；。："), clause_end(s.text, m.end(), "，；。")
    return any(s.start + start <= n.start and n.end <= s.start + end and not received_from(s.text, n, s.start)
               for n in named)


#: 市本级, 县本级, 旗本级: the government of the page's city, county or banner itself, below it none.
OWN_LEVEL = re.compile(r"(?<![各地])(省|市|县|区|旗)本级")     # (not 各地市本级: every city's)


def with_generic_places(s: Sentence, named: list[Named], places: dict[str, str]) -> list[Named]:
    """全省/我省/本市/我国 as mentions of the article's own province, city or country."""
    extra = []
    for m in OWN_LEVEL.finditer(s.text):    # 县本级27家单位…网办率达83%: the county's own level, the page's county
        key = places.get(m.group(1))
        start, end = s.start + m.start(), s.start + m.end()
        if key and all(end <= n.start or start >= n.end for n in named):
            extra.append(Named(key, "Region", start, end, m.group(0)))
    for m in GENERIC_PLACE.finditer(s.text):
        if s.text[max(0, m.start() - 1):m.start()] == "占":
            continue   # 占全省常住人口的66%: the whole the share is of, not what it measures
        if re.match(r"“?12345", s.text[m.end():m.end() + 6]):
            continue   # 全市12345共受理…: the city's hotline, named by its number, is what counts
            #            (but 全县“零跑腿”事项达到1081项, 全市“网上办”比例…: the county's, the city's)
        if s.text[max(0, m.start() - 1):m.start()] in ("“", "《", "「"):
            continue   # 纳入“全国政府网站信息报送系统”的网站: the first word of a quoted name
        if m.group(2) == "国" and (SCOPE_OF_FIGURE.match(s.text, m.end()) or COMPARED_WITH.search(s.text, 0, m.start())):
            continue   # 从全国第9位上升到第7位, 对全国338家政务热线, 全国政府网站排名: the scope of a rank or a count
        key = places.get(m.group(2))
        start, end = s.start + m.start(), s.start + m.end()
        if key and all(end <= n.start or start >= n.end for n in named):
            extra.append(Named(key, "Region", start, end, m.group(0)))
    return sorted(named + extra, key=lambda n: n.start) if extra else named
