"""Whose a figure is where a sentence lists things with their figures: places listed and counted share
one (无锡、常州…5市抽查合格率为100%), a clause built like the one before has its own unnamed subject
(粤商通收到评价数692条，实体大厅收到…), a body listed with its figure that names no entity keeps its figure
from the named one before it (某银行2265件、邮政公司1892件), a figure a 、-list of items shares is none of
theirs, and figures after 分别为 go to the names listed in turn. Used by :mod:`.statistics`."""
from __future__ import annotations

import re
from dataclasses import replace

from ..types import Metric, Sentence
from .named import Named, last_list_of, list_end, listed_before
from .segment import clause_start


#: After places listed: how many they are, or 等地 (无锡、常州、泰州5市…; 北京、辽宁等地…).
SPACED_LIST_GAP = re.compile(r"\s*(、|和|及|与|)\s*")     # (北京、 辽宁、 青海: a page's stray spaces)
PLACES_COUNTED = re.compile(r"(等)?(\d+|两|三|四|五|六|七|八|九|十)个?(市|省|区|县|地市|城市|省份)|等地|等省|等市")
#: Between places listed and a figure of their clause, a word saying it is each one's: 长沙市、株洲市…政府网站
#: 检查合格率均达到100%, A、B两地都实现…100%.
EACH_OF_THEM = re.compile(r"[^，。；,;]{0,24}?(?:(?<![平日月年人])均(?![值衡])|都(?!市)|全部|皆)"
                          r"(?:为|是|达到?|已?实现|已?达|在|超过|保持)?[^，。；,;\d共合总]{0,6}$")   # (not 日均, 均值, 都市圈)


#: Right before a figure, or opening it: the figure is the list's total (全部183个乡镇, 共56个, 合计3000件).
TOTAL_WORDS = r"共|共计|合计|总计|累计|总共"
TOTAL = re.compile(rf"(?:全部|{TOTAL_WORDS})$")
TOTAL_OPENING = re.compile(rf"(?:{TOTAL_WORDS})")


def _a_total(text: str, since: int, f: Metric) -> bool:
    """The figure counts the places listed together, not each one (长沙市、株洲市全部事项共1200项)."""
    return TOTAL.search(text, since, f.start) is not None or TOTAL_OPENING.match(text, f.start) is not None


def shared_by_list(text: str, named: list[Named], figures: list[Metric]) -> list[Metric]:
    """无锡、常州、苏州、南通、泰州5市抽查合格率为100%: a figure of places listed and counted (or
    closed by 等地) is each one's, not only the last one's (unless 分别 shared them out)."""
    out = list(figures)
    by_key = {}
    for n in named:
        by_key.setdefault(n.key, []).append(n)
    for f in figures:
        last = next((n for n in reversed(by_key.get(f.subject, [])) if n.end <= f.start), None)
        if last is None or last.type != "Region" or "分别" in text[last.end:f.start]:
            continue
        end = list_end(text, named, last, SPACED_LIST_GAP, ("Region",))   # (兰州、天水…陇南8市: the figure's place
        last = last if end == last.end else next(n for n in named if n.end == end and n.type == "Region")   # opens the list)
        places_counted = PLACES_COUNTED.match(text, last.end)
        if places_counted and places_counted.start(2) <= f.start < places_counted.end():
            out.remove(f)     # 杭州、宁波…芜湖等10个市(区): how many places the list names, no one's figure
            continue
        counted = places_counted or (EACH_OF_THEM.match(text, last.end, f.start) and not _a_total(text, last.end, f))
        listed = [n for n in listed_before(text, named, last.end, "Region", SPACED_LIST_GAP) + [last] if n.key != f.subject]
        between = text[last.end:f.start]
        if counted and listed and (not re.search(r"[，。；]", between) or (len(between) <= 24 and not re.search(r"[。；]", between)
                                                                         and not any(last.end <= n.start < f.start for n in named)
                                                                         and not OTHER_SUBJECT.search(between))):
            out += [replace(f, subject=n.key) for n in listed]   # (…8市网站管理水平持续向好，合格率达到100%)
    return out


def own_subject_in_parallel(text: str, subject: Named, at: int, sentence_start: int) -> bool:
    """The figure at ``at`` is in a clause built like the subject's (粤商通收到评价数692条，实体大厅收到评价数
    645313条) whose own subject, in the subject's place, is words the page names no entity by."""
    opening = clause_start(text, at, floor=sentence_start)
    if subject.start >= opening:
        return False
    if re.match(r"\s*(?:其余|剩余)", text[opening:at]):
        return True       # 兰州、天水2市网站全部合格，其余12个市州…: the rest, not the places named
    follows = text[subject.end:subject.end + 4].lstrip("”")
    if len(follows) < 3 or not re.match(r"[\u4e00-\u9fff]{3}", follows):
        return False
    k = text.find(follows[:3], opening, at)
    lead = text[opening:k] if k > opening else ""
    return 2 <= len(lead) <= 8 and re.fullmatch(r"[\u4e00-\u9fffA-Za-z]+", lead) is not None \
        and not re.match(r"(其中|另外|此外|同时|目前|全年|累计|共|已|并|还|均|总|合计)", lead) and not TIME_LEAD.search(lead)


#: A clause opening on when, not on what (一季度, 上半年, 今年以来, 去年同期, 3月份): the same subject goes on.
TIME_LEAD = re.compile(r"(季度|半年|年度?|月份?|以来|同期|期间|当日|当天|本周|全年|今年|去年|前年|近年)")


def unnamed_label(text: str, named: list[Named], subject: Named, at: int) -> bool:
    """In a list of labels each with its figure (黄河农商银行2265件、邮政公司1892件), a figure whose own label
    names no entity: not the named label's."""
    if _unnamed_channel(text, named, subject, at):
        return True
    if not re.match(r"[”》]?\d", text[subject.end:subject.end + 2]):
        return False      # (the named one is no label right before its figure: 注册用户达500万、活跃用户120万)
    item = re.search(r"[、；;，,]([\u4e00-\u9fff]{2,10}(?:公司|银行|集团|大队|中心|局|所|站|院|队|委|办|厅|镇|乡|街道|村|社区|部门))$",
                     text[subject.end:at])     # (a body's name; not 办结率达, 微博: what is counted)
    return item is not None and not any(n.start < at and n.end > at - len(item.group(1)) for n in named)


#: A channel's item in a list of what came in through each (“我的海安”APP受理10件、110非警务移交115件、网格员
#: 主动排查1474件): its label, then the verb taking the cases in.
INTAKE_ITEM = re.compile(r"[、；;]\s*(?P<label>[^、；;，,。\d]{0,12}?\d*[^、；;，,。\d]{2,12}?)"
                         r"(?:主动)?(?:受理|交办|移交|转办|上报|排查|报送|转来|推送)(?:工单|事项|诉求|事件|问题)?$")
#: The named item's own: the subject, then (its kind and) the same kind of verb (“我的海安”APP受理10件).
INTAKE_AFTER_NAME = re.compile(r"[”》]?[\u4e00-\u9fffA-Za-z]{0,8}?(?:受理|交办|移交|转办|上报|排查|报送|转来|推送)"
                               r"(?:工单|事项|诉求|事件|问题)?[\d,.]+[件条个]")


#: An item that is the named channel's own again: another time (去年同期受理2500件, 上周受理1100件) or a part of its
#: count (其中线上受理32件).
SAME_CHANNEL_AGAIN = re.compile(r"^(?:其中|本|上|今|去|前|当|昨|此前|夜间|节假日|截至|累计|同期|全年|年度|季度|上半年|下半年)")
#   (not 周边村民上报, 年轻干部走访排查, 月嫂服务站: channels whose names open on those characters)


def _unnamed_channel(text: str, named: list[Named], subject: Named, at: int) -> bool:
    """In a list of channels each with what came in through it, a figure whose channel names no entity is
    not the named channel's before it (…、“我的海安”APP受理10件、110非警务移交115件)."""
    item = INTAKE_ITEM.search(text, subject.end, at)
    return item is not None and INTAKE_AFTER_NAME.match(text, subject.end) is not None \
        and not any(n.start < at and n.end > item.start("label") for n in named) \
        and not SAME_CHANNEL_AGAIN.search(item.group("label"))


#: Words that open a clause on another subject than the places listed: 全省政府网站…, 省直部门网站…, 其余….
OTHER_SUBJECT = re.compile(r"[，,](?:全省|全市|全区|全县|全国|省直|市直|县直|区直|其余|其他|另有|各)")


def one_of_a_list(text: str, subject: Named, at: int) -> bool:
    """The subject is one item of a list written with 、 (named or not) before the figure, which the
    items share: not the last item's alone (but 分别 gives each its own)."""
    if subject.type not in ("Platform", "Agency", "Organization"):
        return False
    item_before = re.search(r"([^、，。；,;：:\n]*)[”]?、[“]?$", text[max(0, subject.start - 40):subject.start])
    between = text[subject.end:at]
    joined_after = re.match(r"[”]?、", between)
    return bool((item_before and LIST_ITEM.fullmatch(item_before.group(1).strip("“”"))) or joined_after) \
        and "分别" not in between and re.fullmatch(r"[^，。；;：:]*(?:中[，,][^，。；;：:]*)?", between) is not None
    #   (not 县公安局(287宗)、县人社局(154宗): each item with its figure; nor a figure clauses later)


#: An item of a list before 、: a short name with no figure (not 二、, a heading's number; not 全市…稳步推进、 or
#: 访问量突破十亿次、, a clause of its own).
LIST_ITEM = re.compile(r"(?!第?[一二三四五六七八九十]+$)[^\d一二三四五六七八九十百千万亿]{2,10}")


#: 深圳、杭州、成都…得分分别为94.6分、93.8分和92.1分: one figure for each name listed, in order.
RESPECTIVELY = re.compile(r"分别(?:只有|仅有|仅为|为|是|达到|达|以|占|有)")


def _lists_other_things(text: str, s: Sentence, named: list[Named], m: re.Match) -> bool:
    """Whether 分别's own clause lists something other than names (网上办理率和即办率分别达到…,
    2022年、2023年分别为…): the figures are in turn for those, not for the bodies named before."""
    opening = s.start + clause_start(s.text, m.start(), "，,；;")
    ends, starts = {n.end for n in named}, {n.start for n in named}
    return any(text[i] in "、和及与" and not (i in ends and i + 1 in starts)
               for i in range(opening, s.start + m.start()))


def respectively(text: str, s: Sentence, named: list[Named], figures: list[Metric]) -> list[Metric]:
    """The figures after 分别为, joined by 、/和, each given to the name in the same place of the
    list of as many names before it (not all to the last name)."""
    m = RESPECTIVELY.search(s.text)
    if not m or _lists_other_things(text, s, named, m):
        return figures
    start = s.start + m.end()
    run = [f for f in figures if f.end > start]
    chained = run[:1]
    for prev, cur in zip(run, run[1:]):
        if not re.fullmatch(r"[、和及与,，]", text[prev.end:cur.start]):
            break
        chained.append(cur)
    if len(chained) < 2:
        return figures
    owners = last_list_of(text, named, s.start + m.start(), len(chained))
    if not owners:
        return figures
    owner = {f.start: n.key for f, n in zip(chained, owners)}
    return [replace(f, subject=owner.get(f.start, f.subject)) for f in figures]
