"""The country's e-government projects named 金X (national_projects.tsv): 金税工程, “金关”工程二期, 金审三期,
金税系统, and the short forms quoted in a list of them (“金盾”、“金保”、“金农”五个业务系统); and a place's own
IT projects named in full, as procurement notices and project reports name them (沈阳市数据资源治理项目)."""
from __future__ import annotations

import re
from functools import lru_cache

from ..types import Mention, Sentence
from .places import leading_regions, names_a_place
from .resources import Resources
from .tokens import mention


@lru_cache(maxsize=4)
def _project_pattern(shorts: tuple[str, ...]) -> re.Pattern:
    words = "|".join(sorted(map(re.escape, shorts), key=len, reverse=True))
    return re.compile(rf"(?P<open>“)?(?P<short>{words})(?(open)”)(?P<works>工程)?(?:{PHASE})?(?(works)|(?P<system>系统)?)")


#: A project's phase after its name: 二期, 3期, (二期).
PHASE = r"(?P<phase_open>[（(])?(?P<phase>[一二三四五六1-6]期)(?(phase_open)[）)])"
#: A sentence about e-government, where 金桥工程 is the national network's project and not a local programme.
ABOUT_EGOV = re.compile(r"电子政务|信息化|三金|十二金|金字工程|业务系统|信息系统|信息网")


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
    >>> names("郑州市金水区的“金卡”优惠"), names("金融监管部门"), names("共青团市委启动大学生就业“金桥工程”")
    ([], [], [])
    >>> names("“金税”“金关”和“金卡”工程奠定了电子政务的基础；金关工程(二期)、金审3期")
    ['金税工程', '金关工程', '金卡工程', '金关工程二期', '金审三期']
    """
    projects = resources.national_projects
    text = sentence.text
    out = []
    for m in _project_pattern(tuple(projects)).finditer(text):
        if not m.group("open") and MONEY_WORD_BEFORE.search(text, max(0, m.start() - 1), m.start()):
            continue    # (资金系统, 基金审计系统: 金 ends the word before)
        if m.group("short") in resources.projects_named_otherwise and _named_otherwise(text, m, resources):
            continue    # 共青团市委启动大学生就业“金桥工程”, 金水二期保障房: a programme or an estate of that name
        project = projects[m.group("short")]
        phase = (m.group("phase") or "").translate(str.maketrans("123456", "一二三四五六"))
        if m.group("works"):
            written = project + phase                              # “金关”工程二期, 金关工程(二期) → 金关工程二期
        elif m.group("phase") or m.group("system"):
            written = m.group("short") + (phase or "系统")         # 金审三期, 金审3期, 金税系统
        elif m.group("open") and ABOUT_PROJECTS.search(text) and len(m.group("short")) <= 2 \
                and _listed_with_another(text, m, projects):
            written = project                                     # “金盾”、“金保”…五个业务系统
        else:
            continue
        start, end = m.start(), m.end()
        if text.startswith("”", end) and text.endswith("“", 0, start):
            start, end = start - 1, end + 1     # “金审工程”, quoted whole
        part = PLACE_PART.match(text, end) if m.group("works") or m.group("phase") else None
        if part and names_a_place(part.group("place"), resources.gazetteer):
            written, end = written + text[end:part.end()].replace("（", "(").replace("）", ")"), part.end()
        out.append(mention(sentence, start, end, "Platform", "project", written))
    return out


def _named_otherwise(text: str, m: re.Match, resources: Resources) -> bool:
    """金桥三期安置小区, 共青团市委“金桥工程”, “金卡”会员: an estate or a local programme of a project's name.
    Unquoted 金X工程 is the project wherever no estate follows; the quoted name or a bare phase only in a
    sentence about e-government or naming another of the projects."""
    if ESTATE_AFTER.match(text, m.end()):
        return True
    if m.group("works") and not m.group("open") and not text.endswith("“", 0, m.start()):
        return False
    others = set(resources.national_projects) - resources.projects_named_otherwise
    rest = text[:m.start()] + "|" + text[m.end():]
    return not (ABOUT_EGOV.search(text) and not LOCAL_PROGRAMME.search(text)) \
        and not any(re.search(re.escape(o) + r"”?(?:工程|系统|[一二三四五六1-6]期)", rest) for o in others if len(o) == 2)


#: After a project's name: an estate's words (金桥三期安置小区, 金水二期保障房, 金卡三期会员).
ESTATE_AFTER = re.compile(r"[^，。；]{0,4}?(?:小区|公寓|保障房|安置|花园|大厦|家园|楼盘|会员|商铺|地块)")
#: Who runs a local programme of a project's name (共青团市委“金桥工程”, 市科协“金桥工程”, 大学生就业“金桥工程”).
LOCAL_PROGRAMME = re.compile(r"共青团|团市委|团委|科协|就业|大学生|青年|妇联")


def _listed_with_another(text: str, m: re.Match, projects: dict[str, str]) -> bool:
    """“金盾”、“金保”, “金税”“金关”: a quoted short form beside another project's (not “金卡”会员, a card)."""
    after = re.match(r"[、和及与]?“([^“”]{2,4})”", text[m.end():])
    before = re.search(r"“([^“”]{2,4})”[、和及与]?$", text[:m.start()])
    return any(x is not None and x.group(1) in projects for x in (after, before))


#: The end of a project's name, after the work it does (…治理项目, …集成工程, …建设项目(2019-2021年),
#: …提升项目（二期）), not a word a name goes on with (工程建设项目审批管理系统, 项目库, 项目名称); a project
#: to rent or maintain something (…租赁服务项目, 运维项目) is a contract, not what is built.
PROJECT_END = re.compile(r"(?<=建设|治理|升级|提升|集成|改造|开发|改版)(?:项目|工程)(?:[（(](?:\d{4}[-—－~至]\d{4}年|[一二三四五六1-6]期)[）)])?"
                         r"(?!审批|管理|库|名称|编号|单位|负责人|经理|资金|经费|储备|清单|申报|所在|办法|规定|细则|制度|标准|规范|"
                         r"[a-zA-Z\d]|[一二三四五六七八九十两百几多余]+[个项批])")
#   (not …建设项目管理办法, a policy's title; not 数字政府建设项目32个, projects counted)
#: Where a name can begin, back from its end: a clause's or a field's mark, a space, a bracket or the line's start.
NAME_OPENS_AFTER = re.compile(r"[，,。；;：:、\s|《》【】!！?？]")
#: Inside what reads as a project's name: a clause (的, 于, 以下简称), a company, two things joined (暨).
NOT_ONE_PROJECT = re.compile(r"的|于|以下简称|公司|集团|暨|之|实施|负责|承担|开展|推进|启动|已|建成|共有|谋划|计划|安排|"
                             r"新增|加快|完成|审批|今年|全年|累计|共|各|等|"
                             r"产业|园区?|小区|市场|道路|交通|学校|中学|小学|医院|装修|大楼|楼宇|厂|企业|农贸|光纤|教室")
#   (沈阳市已建成数字政府建设项目: a clause; 数字经济产业园建设项目, 老旧小区智能化改造工程: a building's or a
#    trade's works, not a government IT project)
#: A platform's own name before 建设项目 (…一体化政务服务平台建设项目): the platform, named by the platform rules.
PLATFORM_BUILT = re.compile(r"(?:平台|系统|云|网站|服务网|热线|大脑|外网|内网|APP|App|小程序)(?:[一二三四五六]期)?"
                            r"[^，。；]{0,4}?(?:建设|升级|改造|开发|扩容|改版|提升)(?:项目|工程)")
#: A body named inside the project's name (房县政务服务中心智慧…集成工程): the body keeps its name; the project is
#: left out, as govkg names no thing inside another's name.
BODY_INSIDE = re.compile(r"(?:局|委员会|管委会|办公室|中心|(?<!大)厅)(?=[\u4e00-\u9fff“])")
#: What a place's IT project is about: a name with none of these is a building's or a road's (道路改造工程).
ABOUT_IT = re.compile(r"平台|系统|政务|数据|信息化|数字政府|一网|云|网站|软件|电子政务|热线|城市大脑|驾驶舱|互联网")


def place_projects(sentence: Sentence, resources: Resources) -> list[Mention]:
    """A place's IT project named in full, its place first (沈阳市数据资源治理项目招标公告, 长沙市行政审批服务局：
    长沙市政务服务一网通办优化升级项目): a platform, as what the project builds is named by it.

    >>> from govkg.loaders.resources import Resources
    >>> from govkg.types import Sentence
    >>> def names(text):
    ...     return [m.text for m in place_projects(Sentence(0, text, 0, len(text)), Resources(use_ner=False))]
    >>> names("沈阳市数据资源治理项目招标公告"), names("东莞市“数字政府”建设项目(2019-2021年)中标结果公布")
    (['沈阳市数据资源治理项目'], ['东莞市“数字政府”建设项目(2019-2021年)'])
    >>> names("长沙市行政审批服务局:长沙市政务服务一网通办优化升级项目采购需求公开")
    ['长沙市政务服务一网通办优化升级项目']
    >>> names("中标、成交东莞市政务服务数据管理局东莞市“数字政府”建设项目(2019-2021年)")
    ['东莞市“数字政府”建设项目(2019-2021年)']
    >>> names("成都市天府大道改造工程"), names("推进工程建设项目审批制度改革"), names("市大数据局实施的数据治理项目")
    ([], [], [])
    >>> names("天津市政务信息化项目"), names("淮南市电子政务外网租赁服务项目"), names("硚口区综合管理平台建设项目")
    ([], [], [])
    >>> names("沈阳市已建成数字政府建设项目32个"), names("南京市政务云扩容项目"), names("武汉市数字经济产业园建设项目")
    ([], [], [])
    >>> names("根据天津市政务信息化建设项目管理办法规定"), names("房县政务服务中心智慧政务服务大厅信息系统集成工程")
    ([], [])
    """
    text, g, out = sentence.text, resources.gazetteer, []
    for end in PROJECT_END.finditer(text):
        opens = max((m.end() for m in NAME_OPENS_AFTER.finditer(text, max(0, end.start() - 45), end.start())),
                    default=max(0, end.start() - 45))
        if opens == max(0, end.start() - 45) and opens > 0:
            continue     # (no mark within reach: a clause, not a name)
        places = [i for i in range(opens, end.start() - 3) if _place_opens(text[i:end.start()], g)]
        if not places:
            continue
        start = max((i for i in places if text[i - 1] in BODY_LAST), default=places[0])
        #   (成交东莞市政务服务数据管理局东莞市“数字政府”建设项目: the buyer, then the project's own name)
        name = text[start:end.end()]
        if NOT_ONE_PROJECT.search(name) or not ABOUT_IT.search(name) or len(name) < 8 \
                or PLATFORM_BUILT.search(text, start, end.end()) or BODY_INSIDE.search(name):
            continue
        out.append(mention(sentence, start, end.end(), "Platform", "project"))
    return out


#: The last character of a body's name, before the project it buys or runs (…数据管理局东莞市…项目).
BODY_LAST = "局委办厅心院司"


def _place_opens(words: str, g) -> bool:
    """Whether ``words`` open with a place's name, written in full (沈阳市…, 房县…), not the country."""
    leading = leading_regions(words, g)
    return bool(leading) and leading[0][0] not in ("中国", "全国") and len(leading[0][0]) >= 2 \
        and (leading[0][0] in g.full_names or len(leading[0][0]) >= 3)
