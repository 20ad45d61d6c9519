"""Platforms and departments named in lists: the items of a list introduced as systems (主要业务子系统有：A、B、…),
items listed beside named systems that end in a platform word (…资源申请审批系统、应用支撑系统等), and
departments listed beside named ones under the same level word (市公安局、市文化广电旅游局、…)."""
from __future__ import annotations

import re

from typing import TYPE_CHECKING

from ..types import Mention, Sentence
from .generic_platforms import is_generic_platform
from .recognize_platforms import platform_cue
from .resources import Resources
from .tokens import mention

if TYPE_CHECKING:
    from .named import Named

#: What introduces a list of systems: 主要业务子系统有：, 包括：.
LIST_INTRO = re.compile(r"(有|包括|包含|涵盖|分为)[:：]")

#: Names listed with 、 (three or more), each a short run of words: …开放资源目录管理系统、开放资源管理系统、应用支撑系统等.
LISTED_ITEM = r"(?:\d+)?(?:(?!等)[\u4e00-\u9fffA-Za-z]){2,16}"     # (12345热线; not …平台4大核心平台, …系统等功能模块)
LISTED_RUN = re.compile(rf"{LISTED_ITEM}(?:、{LISTED_ITEM}){{2,}}")


def listed_with_platforms(sentence: Sentence, candidates: list[Mention], resources: Resources) -> list[Mention]:
    """Items listed beside two platforms already named (…资源目录管理系统、开放资源管理系统、资源申请审批系统、
    应用支撑系统等功能模块): each that ends in a platform word is a platform too, though its words are generic
    (an item before the first 、 only where a name ends there: it may begin with the sentence's verb)."""
    text = sentence.text
    spans = {(c.start - sentence.start, c.end - sentence.start) for c in candidates if c.type == "Platform"}
    taken = [(c.start - sentence.start, c.end - sentence.start) for c in candidates]
    out = []
    for run in LISTED_RUN.finditer(text):
        items = [(a, b, k) for k, (a, b) in enumerate(_listed_items(run))]
        if sum((a, b) in spans for a, b, _ in items[1:]) < 2:
            continue     # (two of the later items at least must be platforms named on their own)
        for a, b, k in items[1:]:
            word = text[a:b]
            if (a, b) not in spans and platform_cue(word, resources) and "的" not in word and not any(x < b and a < y and (x < a or y > b) for x, y in taken):
                out.append(mention(sentence, a, a + len(word), "Platform", "platform"))
    return out


def listed_systems(sentence: Sentence, resources: Resources) -> list[Mention]:
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


#: The numbers public service lines are named by: the 123xx series, the 96xxx local lines and the emergency
#: number, not 12345 (named with its cue words elsewhere); also what a line's name opens on (12333劳动监察维权热线).
LINE_NUMBER = r"(?:123(?!45)\d{2}|12123|9[56]\d{3}|110)"
#: A public service line's number on its own (12319, 12315, 96310, 110), not part of a longer number or a count.
SERVICE_NUMBER = rf"(?<![\d.%\-]){LINE_NUMBER}(?![\d.%])"
#: Numbers listed together (12328、12329、12315、12319; 12319 和 110; 12315/12331): one run.
NUMBER_RUN = re.compile(rf"{SERVICE_NUMBER}(?:\s?[、，,和及与/]\s?{SERVICE_NUMBER})*")
#: Before a run: a list's joint, an opening bracket or a verb taking lines in (整合12319、12350等15条热线;
#: 工商（12315、12331）); after it: a joint, 等 or a closing bracket (与110报警服务台 is a name of its own).
NUMBER_BEFORE = re.compile(r"(?:^|[、，,和及与将把了（(]|整合|并入|连通|联通|对接|接入)\s?$")
NUMBER_AFTER = re.compile(r"\s?(?:[、，,和及与等）)。；]|[一二三四五六七八九十两]{1,3}条|$)")    # (12319、12318、12369三条热线)


#: A hotline named by its bare number in a list (12315、12331; 12396、96119共14条; …、12358三条热线): one of the
#: lines a figure counts or a platform merged, never what its figures measure.
LISTED_NUMBER = re.compile(r"\d+\s?(?:[、，,和及与等）)]|[一二三四五六七八九十两]{1,3}条)")


def listed_number(text: str, n: Named) -> bool:
    """Whether ``n`` is a hotline named by its bare number in a list (:data:`LISTED_NUMBER`)."""
    return bool(LISTED_NUMBER.match(text, n.start, n.end + 5))


def listed_service_numbers(sentence: Sentence) -> list[Mention]:
    """Hotlines named by their bare numbers in a sentence about hotlines, two or more together or one before
    等 (整合12328、12329、12315、12319等335条热线; 连通110等紧急热线): each number a platform. A run the sentence
    counts with (受理来电 12319 件; 分别受理诉求12306、12318件) holds counts, not lines."""
    text = sentence.text
    if "热线" not in text and "服务电话" not in text:
        return []
    runs = [r for r in NUMBER_RUN.finditer(text)
            if NUMBER_BEFORE.search(text, max(0, r.start() - 3), r.start()) and NUMBER_AFTER.match(text, r.end())]
    numbers = [(r.start() + m.start(), r.start() + m.end(), r.end()) for r in runs for m in re.finditer(SERVICE_NUMBER, r.group(0))]
    return [mention(sentence, a, b, "Platform", "platform") for a, b, run_end in numbers
            if len(numbers) >= 2 or text.startswith("等", run_end)]


#: A department under its level word, ending as a bureau, department, commission or office does (市文化广电旅游局,
#: 省药监局, 市卫健委, 市防空防震办); not a verb after a body that ends on 办 (省总工会主办, 联办, 牵头办, 经办), nor a hall,
#: nor a word that only opens like a level (市场主体登记办, 市民服务热线办, 区块链应用推广办).
LISTED_DEPARTMENT = re.compile(r"(?:省|市|县|区|州)(?!场|民|块|域|本级)[\u4e00-\u9fff]{2,10}(?:(?<!大)厅|局|委|(?<![主承协举督交转代联经合包帮催领查筹头同])办)")
#: Inside one listed item, a second body joined to the first (市公安局和市司法局, 省商务厅联合省发展改革委) or a
#: possessive: no one name.
NOT_ONE_DEPARTMENT = re.compile(r"的|[和与及](?=[省市县区州])|(?<=[厅局委办])(?:联合|会同)")


def listed_with_agencies(sentence: Sentence, candidates: list[Mention]) -> list[Mention]:
    """Departments listed beside two named ones under the same level word (市公安局、市自然资源规划局、
    市文化广电旅游局、市应急局): each item built like them is a department too, though its core words
    (自然资源规划, 文化广电旅游) are not in the dictionary. (Where the model read a shorter piece inside
    it, 广电旅游局, the longer mention wins the overlap.)"""
    text = sentence.text
    spans = {(c.start - sentence.start, c.end - sentence.start) for c in candidates if c.type == "Agency"}
    out = []
    for run in LISTED_RUN.finditer(text):
        items = _listed_items(run)
        known = [(a, b) for a, b in items if (a, b) in spans]
        if len(known) < 2:
            continue
        levels = {text[a] for a, _ in known}
        for a, b in items:
            word = text[a:b]
            if (a, b) not in spans and word[0] in levels and LISTED_DEPARTMENT.fullmatch(word) \
                    and not NOT_ONE_DEPARTMENT.search(word):
                out.append(mention(sentence, a, b, "Agency", "agency"))
    return out


def _listed_items(run: re.Match) -> list[tuple[int, int]]:
    """(start, end) in the sentence of each item of a run listed with 、."""
    items, pos = [], run.start()
    for item in run.group(0).split("、"):
        items.append((pos, pos + len(item)))
        pos += len(item) + 1
    return items
