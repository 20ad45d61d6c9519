"""The country's e-government projects named 金X (national_projects.tsv): 金税工程, “金关”工程二期, 金审三期,
金税系统, and the short forms quoted in a list of them (“金盾”、“金保”、“金农”五个业务系统)."""
from __future__ import annotations

import re
from functools import lru_cache

from ..types import Mention, Sentence
from .places import names_a_place
from .resources import Resources
from .tokens import mention


@lru_cache(maxsize=4)
def _project_pattern(shorts: tuple[str, ...]) -> re.Pattern:
    words = "|".join(sorted(map(re.escape, shorts), key=len, reverse=True))
    return re.compile(rf"(?P<open>“)?(?P<short>{words})(?(open)”)"
                      rf"(?:(?P<works>工程)(?P<phase>[一二三四五六]期)?|(?P<alone_phase>[一二三四五六]期)|(?P<system>系统))?")


#: Words ending in 金 (资金, 基金, 黄金, 公积金): the 金 is theirs.
MONEY_WORD_BEFORE = re.compile(r"[资基黄现奖租薪美合押积佣礼酬税聚筹]$")

#: A place's part of a project, after its name: “金审工程”(三期)广西项目, 金审三期(福州)项目.
PLACE_PART = re.compile(r"(?P<phase>[（(][一二三四五六]期[）)])?[（(]?(?P<place>[\u4e00-\u9fff]{2,6}?)[）)]?项目")

#: A quoted short form alone names the project only in a sentence about projects or systems.
ABOUT_PROJECTS = re.compile(r"工程|系统|项目")


def national_projects(sentence: Sentence, resources: Resources) -> list[Mention]:
    """金税工程 and its other forms, each named as the page writes it, the quoted short form by the
    project's full name (“金盾”、“金保”… → 金盾工程, 金保工程).

    >>> from govkg.loaders.resources import Resources
    >>> from govkg.types import Sentence
    >>> def names(text):
    ...     return [m.text for m in national_projects(Sentence(0, text, 0, len(text)), Resources(use_ner=False))]
    >>> names("金税工程规范了税收征管流程，利用金关工程二期建设的门户")
    ['金税工程', '金关工程二期']
    >>> names("包括“金盾”、“金保”、“金农”五个业务系统；推进金审三期建设")
    ['金盾工程', '金保工程', '金农工程', '金审三期']
    >>> names("完成“金审工程”(三期)广西项目建设，推进金审三期(福州)项目")
    ['金审工程(三期)广西项目', '金审三期(福州)项目']
    >>> names("郑州市金水区的“金卡”优惠"), names("金融监管部门")
    ([], [])
    """
    projects = resources.national_projects
    text = sentence.text
    out = []
    for m in _project_pattern(tuple(projects)).finditer(text):
        if not m.group("open") and MONEY_WORD_BEFORE.search(text, max(0, m.start() - 1), m.start()):
            continue    # (资金系统, 基金审计系统: 金 ends the word before)
        project = projects[m.group("short")]
        if m.group("works"):
            written = project + (m.group("phase") or "")         # “金关”工程二期 → 金关工程二期
        elif m.group("alone_phase") or m.group("system"):
            written = m.group("short") + (m.group("alone_phase") or m.group("system"))   # 金审三期, 金税系统
        elif m.group("open") and ABOUT_PROJECTS.search(text) and len(m.group("short")) <= 2 \
                and _listed_with_another(text, m, projects):
            written = project                                     # “金盾”、“金保”…五个业务系统
        else:
            continue
        start, end = m.start(), m.end()
        if text.startswith("”", end) and text.endswith("“", 0, start):
            start, end = start - 1, end + 1     # “金审工程”, quoted whole
        part = PLACE_PART.match(text, end) if m.group("works") or m.group("alone_phase") else None
        if part and names_a_place(part.group("place"), resources.gazetteer):
            written, end = written + text[end:part.end()].replace("（", "(").replace("）", ")"), part.end()
        out.append(mention(sentence, start, end, "Platform", "project", written))
    return out


def _listed_with_another(text: str, m: re.Match, projects: dict[str, str]) -> bool:
    """“金盾”、“金保”: a quoted short form beside another project's (not “金卡”会员, a card of a shop)."""
    after = re.match(r"[、和及与]“([^“”]{2,4})”", text[m.end():])
    before = re.search(r"“([^“”]{2,4})”[、和及与]$", text[:m.start()])
    return any(x is not None and x.group(1) in projects for x in (after, before))
