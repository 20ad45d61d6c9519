"""Figures stated under a plan or a body's own report: whose they are. What was done under a plan is the
place's, body's or platform's its title opens on, or the body's that acts under it; what the plan holds (its
tasks, a catalogue's items) is the plan's; a place's or body's own yearly report gives its figures to them."""
from __future__ import annotations

import re

from ..types import Sentence
from .named import Named, opening_entity, standing_for

#: Between a plan's title and a figure, words of what the plan holds (…方案》，提出/统筹78项重点任务).
PLAN_HOLDS = re.compile(r"提出|明确|部署|统筹|涵盖|包括|包含|分为|设置|确定|列出|推出|围绕|聚焦")
#   (a target, 计划到2025年建成…12个, is the place's: annotators of read plans gave it so)
#: After a figure, the plan's own parts (56项重点工作, 20条措施, 四个方面).
PLAN_PARTS = re.compile(r"(?:项|条|个|大)?(?:重点|主要|具体)?(?:任务|措施|举措|工作|方面|条款|章|部分|目标|指标)")


#: Between a body and a plan it acts under: 曲靖市政务服务中心贯彻落实《国务院关于…的指导意见》，办理…1.2万件.
ACTING_UNDER = re.compile(r"(贯彻|落实|执行|实施|按照|根据|依据|对照|遵照)")
#: The national bodies a plan's title may open on: a national plan's title says nothing of whose the figures are.
NATIONAL_OPENING = re.compile(r"^(?:国务院|国家|中共中央|中央|全国)")


def acting_under(text: str, plan: Named, named: list[Named], s: Sentence, verbs: re.Pattern = ACTING_UNDER) -> Named | None:
    """The body or place that acts under a plan named after it in the same clause (X贯彻落实《Y》，办理…), or
    publishes its own yearly report (X发布2023年…年度报告): what it did is its."""
    for n in reversed([n for n in named if n.type in ("Agency", "Region") and n.end <= plan.start]):
        between = text[n.end:plan.start]
        if re.search(r"[，。；,;]", between):
            return None
        if verbs.search(between):
            return n
    return None


#: A body's or place's own yearly report on its work (…2023年法治政府建设年度报告, …年政府信息公开工作年度报告).
OWN_YEARLY_REPORT = re.compile(r"(?:19|20)\d{2}年度?.{0,16}(?:年度报告|工作报告|年报|工作总结)$")
#: Between a body and its own report: its publishing it.
PUBLISHED = re.compile(r"发布|公布|印发|编制|发表")


def plan_content(text: str, plan: Named, start: int, end: int) -> bool:
    """Whether a figure after a plan's title counts what the plan holds (…要点》，推出四个方面56项重点工作),
    not what was done under it (…方案》，办理“市区联办”件3953件)."""
    return bool(PLAN_HOLDS.search(text, plan.end, start)) or bool(PLAN_PARTS.match(text, end))


#: A document that lists things (目录, 清单): its counts are of its own items.
LISTING = re.compile(r"(目录|清单|名录|目录表)$")


def title_opening(policy: Named, entities: dict) -> Named | None:
    """The place, body or platform a plan's title opens on (绵阳市“一件事一次办”…实施方案, 某局关于…的工作方案): what
    the figures the plan states measure, not the plan (``entities``: the page's, by key)."""
    title = policy.text.strip("《》")
    if LISTING.search(re.sub(r"[(（][^()（）]*[)）]$", "", title)):
        return None     # 某区行政许可事项清单(2022年版)…215项: a catalogue's count of its own items
    opening = opening_entity(title, entities, ("Region", "Agency", "Platform"))
    return standing_for(opening) if opening is not None and not NATIONAL_OPENING.match(opening.name) else None
