"""Documents' titles in one text: the bodies a title names as its issuers or author, a title and its
以下简称 short form, and one document's several titles merged (a headline's shortened title, a year written
without 年, a yearly report named again in the text, a plan's title with and without its bracket)."""
from __future__ import annotations

import re

from .entities import EntityBuilder
from .resources import Resources
from .recognize_titles import document_type

#: The dash between a span's years, however a page writes it: 2021—2023, 2021–2023, 2021－2023, 2021~2023.
YEAR_DASH = re.compile(r"((?:19|20)\d{2})年?\s*[-—–－~～―]+\s*((?:19|20)\d{2})")
ABBREVIATED_AS = re.compile(r"《([^《》]+)》(?:[（(][^（）()《》]{2,30}[）)])?[（(]\s*(?:以下)?简称\s*[“\"]?《?([^”\"》）)]+)》?[”\"]?\s*[）)]")


def merge_titles_of_one_document(builder: EntityBuilder, text: str = "") -> None:
    """One document under several titles is one node (see the merges below)."""
    _merge_year_spellings(builder)
    _merge_headline_reports(builder)
    _merge_yearly_reports(builder)
    _merge_bracketed_titles(builder, versions_apart=bool(VERSIONS_APART.search(text)))


def _merge_year_spellings(builder: EntityBuilder) -> None:
    """A document's title written again without its year's 年 (2017二季度…通报 under 2017年二季度…通报) or
    with another dash between its years (…行动计划(2021-2023年) under …(2021—2023年)) is that document;
    the fuller spelling names it."""
    by_form: dict[str, str] = {}
    titles = (k for k in builder.names if builder.types[k] in ("Report", "Policy"))
    for key in sorted(titles, key=lambda k: -len(builder.names[k])):
        form = re.sub(r"((?:19|20)\d{2})年", r"\1", re.sub(r"\s+", "", builder.names[key]))
        form = YEAR_DASH.sub(r"\1-\2", form)
        if form in by_form:
            builder.merge(key, by_form[form])
        else:
            by_form[form] = key


def _merge_headline_reports(builder: EntityBuilder) -> None:
    """A headline's shortened title of a report is that report: 2022数字政府发展指数报告 is
    《2022中国数字政府发展指数报告》 (the same year first, every character of it in order)."""
    reports = [k for k in builder.names if builder.types[k] == "Report"]
    for short in reports:
        name = builder.names.get(short)
        if not name or not YEAR_FIRST.match(name) or any(m.source != "headline" for m in builder.mentions[short]):
            continue   # only a headline's form: two titles in 《》 are two reports
        longer = [k for k in reports if k != short and k in builder.names and len(builder.names[k]) > len(name)
                  and builder.names[k][:4] == name[:4] and _in_order(name, builder.names[k])]
        if len(longer) == 1:
            builder.merge(short, longer[0])


YEAR_FIRST = re.compile(r"(?:19|20)\d{2}")
#: What a yearly work report is on, by its title: two titles of one year on the same work are one report.
YEARLY_WORK = re.compile(r"(?:政府|政务)?信息公开|政务公开|政府网站|政务新媒体|法治政府建设|数字政府建设|营商环境")


#: What a title's closing bracket adds: its years, its draft or trial status (…(2023—2025年), …(送审稿)).
TITLE_BRACKET = re.compile(r"[(（](?:(?:19|20)\d{2}[^()（）]{0,12}|[^()（）]{0,6}(?:稿|草案|试行|修订|修正)[^()（）]{0,4})[)）]$")


#: A text that sets a document's versions apart: a trial rule revised, a draft compared with the final one.
VERSIONS_APART = re.compile(r"修订|修改|废止|取代|替代|对比|对照|试行期满|施行.{0,6}后")
#: A closing bracket that marks a version (试行, 草案, 征求意见稿), not the years a plan covers.
VERSION_BRACKET = re.compile(r"[(（][^()（）]*(?:稿|草案|试行|修订|修正)[^()（）]*[)）]$")


def _merge_bracketed_titles(builder: EntityBuilder, versions_apart: bool = False) -> None:
    """A document's title written with and without its closing bracket (长春市…行动计划(2023—2025年) and
    长春市…行动计划; 某办法(送审稿) and 某办法) is one document, named as the text names it most."""
    titles = [k for k in builder.names if builder.types[k] in ("Policy", "Report")]
    by_base: dict[tuple[str, str], list[str]] = {}
    for key in titles:
        name = builder.names[key]
        by_base.setdefault((builder.types[key], TITLE_BRACKET.sub("", name)), []).append(key)
    for (_, base), keys in by_base.items():
        bare = [k for k in keys if builder.names[k] == base]
        if len(keys) != 2 or not bare or len(base) < 6:
            continue    # (two plans of different years are two documents, the bare title either's)
        if versions_apart and any(VERSION_BRACKET.search(builder.names[k]) for k in keys):
            continue    # 《…办法(试行)》施行两年后，修订出台《…办法》: two versions, one amending the other
        into = max(keys, key=lambda k: (len(builder.mentions[k]), len(builder.names[k])))
        builder.merge(next(k for k in keys if k != into), into)


def _yearly_work(title: str) -> str | None:
    """The work a yearly report's title is on (政府信息公开 and 信息公开 alike)."""
    m = YEARLY_WORK.search(title)
    return re.sub(r"^(?:政府|政务)(?=信息公开)", "", m.group()) if m else None


def _merge_yearly_reports(builder: EntityBuilder) -> None:
    """A yearly report named in the text (由某局编制的2020年度政府信息公开工作报告, 2021年度本局信息公开工作报告)
    is the report the page titles, when the page names just one other report of that year on that work."""
    reports = [k for k in builder.names if builder.types[k] == "Report"]
    for short in reports:
        name = builder.names.get(short)
        if not name or any(m.source != "headline" for m in builder.mentions[short]):
            continue
        year, work = YEAR_FIRST.search(name), _yearly_work(name)
        if year is None or work is None:
            continue
        same = [k for k in reports if k != short and k in builder.names and year.group() in builder.names[k]
                and _yearly_work(builder.names[k]) == work]
        if len(same) == 1:
            builder.merge(short, same[0])


def _in_order(short: str, long: str) -> bool:
    """Every character of ``short`` appears in ``long``, in the same order.

    >>> _in_order("2022数字政府发展指数报告", "2022中国数字政府发展指数报告"), _in_order("2022发展报告", "2022报告")
    (True, False)
    """
    rest = iter(long)
    return all(c in rest for c in short)


ISSUER_TAIL = re.compile(r"(?:等\s*[一二三四五六七八九十两\d]*\s*个?(?:部门|单位|部委)|等|联合印发|联合发布|印发|发布|[《〈<“‹])$")   # (…印发〈关于…〉的通知)


def title_issuers(title: str) -> list[str]:
    """The bodies an official title names before 关于: 中共中央 国务院关于… gives both.

    >>> title_issuers("中共中央 国务院关于构建数据基础制度的意见")
    ['中共中央', '国务院']
    >>> title_issuers("国家数据局等部门关于印发《行动计划》的通知"), title_issuers("关于加强数字政府建设的指导意见")
    (['国家数据局'], [])
    >>> title_issuers("市场监管总局等五部门关于持续深化压缩企业开办时间的意见")
    ['市场监管总局']
    >>> title_issuers("某地区市场监督管理局等 八部门关于优化企业开办服务的意见")     # (a page's stray space)
    ['某地区市场监督管理局']
    >>> title_issuers("中共广西壮族自治区委员会广西壮族自治区人民政府关于深入实施大数据战略的意见")
    ['中共广西壮族自治区委员会', '广西壮族自治区人民政府']
    >>> title_issuers("中共贵州省委贵州省人民政府关于实施大数据战略行动的意见")
    ['中共贵州省委', '贵州省人民政府']
    >>> title_issuers("中共河南省委办公厅河南省人民政府办公厅关于印发方案的通知")
    ['中共河南省委办公厅', '河南省人民政府办公厅']
    >>> title_issuers("中共贵州省委组织部贵州省人力资源和社会保障厅关于做好人才工作的通知")
    ['中共贵州省委组织部', '贵州省人力资源和社会保障厅']
    >>> title_issuers("龙游县人民政府深化数字政府建设助推“数字龙游”高质量发展的实施意见")
    ['龙游县人民政府']
    >>> title_issuers("中共开化县委开化县人民政府加快推进数字化改革的实施意见")
    ['中共开化县委', '开化县人民政府']
    >>> title_issuers("北京市人民政府办公厅关于印发方案的通知")
    ['北京市人民政府办公厅']
    >>> title_issuers("中共中央国务院关于构建数据基础制度更好发挥数据要素作用的意见")
    ['中共中央', '国务院']
    >>> title_issuers("中共中央办公厅、国务院办公厅印发<关于深入推进审批服务便民化的指导意见>的通知")
    ['中共中央办公厅', '国务院办公厅']
    >>> title_issuers("温州市大数据发展管理局2022年工作总结"), title_issuers("2020数字政府发展指数报告")
    (['温州市大数据发展管理局'], [])
    >>> title_issuers("2021年度长沙市大数据中心部门决算")
    ['长沙市大数据中心']
    >>> title_issuers("宣城市数据资源管理局政府信息公开工作年度报告(2021年度)")
    ['宣城市数据资源管理局']
    >>> title_issuers("青田县行政审批服务局政府信息公开指南")
    ['青田县行政审批服务局']
    >>> title_issuers("宜昌市人民政府政务公开办公室政府信息公开工作年度报告(2021年度)")
    ['宜昌市人民政府政务公开办公室']
    >>> title_issuers("某市政务服务和数据管理局开展党纪学习教育的工作方案"), title_issuers("某市大数据中心建设实施方案")
    (['某市政务服务和数据管理局'], [])
    >>> title_issuers("城市副中心推进智慧城市建设行动计划"), title_issuers("数据中心加快绿色低碳发展行动计划")
    ([], [])
    >>> title_issuers("市场监管局联合市大数据局开展数据共享工作方案"), title_issuers("某县数据局扎实推进数字政府建设三年行动方案")
    ([], ['某县数据局'])
    """
    title = re.sub(r"^关于", "", title)      # (关于某局2023年度工作情况的报告: the body, not 关于某局)
    if "关于" not in title[3:]:
        author = AUTHOR_BEFORE_YEAR.match(title) or AUTHOR_BEFORE_KIND.match(title) \
            or AUTHOR_AFTER_YEAR.match(title)     # a body's own yearly summary, plan, budget or final accounts
        if author:
            return [author.group(1)]
        opening = ISSUER_OPENING.match(title) or BODY_OPENING.match(title)   # 某县人民政府深化…的实施意见;
        #   中共某县委某县人民政府…的实施意见; 某市政务服务和数据管理局开展党纪学习教育的工作方案
        return [p for p in re.split(r"\s+", GLUED_ISSUERS.sub(r"\1 ", opening.group(1))) if len(p) >= 2] if opening else []
    head = title.split("关于", 1)[0].strip().split("转发", 1)[0]   # 国务院办公厅转发国家发展改革委〈…〉: the forwarder
    while ISSUER_TAIL.search(head):
        head = ISSUER_TAIL.sub("", head)    # (…等部门印发〈: both endings off)
    if head.startswith("《"):
        return []
    head = GLUED_ISSUERS.sub(r"\1 ", head)   # 中共某省委员会某省人民政府关于…: two bodies, the space lost
    return [p for p in re.split(r"[\s、，,]+", head) if len(p) >= 2]


def organizations_opening(title: str, resources: Resources) -> list[str]:
    """Known organizations a title opens with, after its year: 2020联合国电子政务调查报告 names the UN."""
    rest = re.sub(r"^(?:19|20)\d{2}(?:年度?)?", "", title)
    return [canonical for written, canonical in resources.organizations.items()
            if rest.startswith(written) and len(rest) > len(written)][:1]


#: 某局2022年工作总结, 某局政府信息公开工作年度报告(2021年度): the body whose year's work the title names.
AUTHOR_BEFORE_YEAR = re.compile(r"^([\u4e00-\u9fff（）()]{3,30}?(?:局|厅|委|办|中心|政府|委员会|办公室|院|处|支队|大队))(?:19|20)\d{2}年")
AUTHOR_BEFORE_KIND = re.compile(r"^([\u4e00-\u9fff（）()]{3,30}(?:局|厅|委|办|中心|政府|委员会|办公室))"
                                r"(?:政府信息公开(?:工作)?年度报告|政府网站(?:工作)?年度报|政府信息公开指南)")
#: 2021年度某中心部门决算, 2023年某局政府信息公开工作年度报告, 2024年某局工作总结: the body whose budget, final
#: accounts or year's work the title names after the year.
AUTHOR_AFTER_YEAR = re.compile(r"^(?:19|20)\d{2}年度?((?!上半年|下半年|第|以来|各|全)(?:[\u4e00-\u9fff]{1,7}?(?:省|市|县|区|州|盟|旗)|国家)"
                               r"[\u4e00-\u9fff（）()]{1,24}?(?:局|厅|委|办|中心|政府|委员会|办公室|院|大队|支队))"
                               r"(?:(?:部门|单位|本级|整体)?(?:预算|决算|预决算)|政府信息公开(?:工作)?年度报告|工作总结|工作计划|工作要点)")
#   (a place opens the body: not 2023年政务服务中心工作总结, 2023年上半年某局…, 2023年各乡镇便民服务中心…)
#: A government opening a policy's title with no 关于 (龙游县人民政府深化数字政府建设助推…的实施意见): its issuer.
ISSUER_OPENING = re.compile(r"^([\u4e00-\u9fff\s]{2,16}?(?:人民政府办公厅|人民政府办公室|人民政府))(?!办公|关于)"
                            r"(?=.{4,}(?:实施意见|指导意见|实施方案|行动计划|管理办法)$)")
#: A department opening a plan's title, then what it sets out to do (某局开展…的工作方案): its issuer; not a plan to
#: build the body (某市大数据中心建设实施方案), which names no verb right after it.
BODY_OPENING = re.compile(r"^((?:中共)?(?!城市|省级|市级|县级|区级|各|全|省市|市县|社区|园区|景区|城区|县域|区块|区域|市民)"
                          r"(?:(?:(?![局厅委办]|联合|会同)[\u4e00-\u9fff]){1,7}?(?:省|市|县|区|州|盟|旗)|国家|省|市|县|区)"
                          r"(?:(?!联合|会同|推进|构建|加快)[\u4e00-\u9fff]){1,20}?(?:局|厅|委员会|办公室|中心|办|委|支队|管委会))"
                          r"(?=(?:深入|扎实|全面|持续|大力|进一步)?(?:开展|推进|加强|深化|做好|落实|贯彻落实|推动|加快|提升|优化|"
                          r"组织开展|规范|强化|完善|促进)"
                          r"[^《》]{4,}?(?:工作方案|实施方案|行动方案|实施意见|指导意见|行动计划|管理办法|工作计划|工作要点)"
                          r"(?:[（(][^（）()]{1,14}[)）])?$)")
#   (not 城市副中心推进…行动计划, 数据中心加快绿色低碳发展行动计划, 市场监管局联合市大数据局开展…: no body opens them)
#: Where one issuer's name ends and another's begins with no space between (a scraped title).
GLUED_ISSUERS = re.compile(r"(委员会|人民政府|办公厅|办公室|(?<=中共)中央|(?<=^党)中央|国务院(?=中央军委)|(?<=委)(?:组织部|宣传部|统战部|网信办|编办|政研室|农办|外办|财经办)|"
                           r"(?<=[省市县区州])委(?![\u4e00-\u9fff]{0,3}?[部办室]|员会))(?=中共|国务院|中央军委|[\u4e00-\u9fff]{1,6}?(?:省|市|自治区|自治州|县|区)"
                           r"[\u4e00-\u9fff]*?(?:委员会|人民政府|政府|办公厅|办公室|局|厅|委)$)")


def abbreviations(text: str):
    """(short, full) pairs from 《全称》（以下简称“《简称》”）."""
    for m in ABBREVIATED_AS.finditer(text):
        yield m.group(2).strip("《》“”\""), m.group(1)


def full_title(title: str, aliases: dict[str, str], full_titles: set[str], seen: list[str]) -> str:
    """The full title a short one stands for: declared by 以下简称, else the latest one ending with it."""
    if title in aliases:
        return aliases[title]
    earlier = [t for t in seen if t != title and _ends_with(t, title)]
    if earlier:
        return earlier[-1]
    longer = [t for t in full_titles if t != title and _ends_with(t, title)]
    return longer[0] if len(longer) == 1 else title


def _ends_with(full: str, short: str) -> bool:
    """Whether a title ends with a short one, its years in brackets aside (《数字中国发展报告(2021年)》 …
    《报告》显示); not a trial rule's (试行), which a final rule of the same name is not."""
    return full.endswith(short) or re.sub(r"\s*[(（][^()（）]*\d{4}[^()（）]*[)）]$", "", full).endswith(short)


def titles_inside(title: str, resources) -> list[tuple[str, str]]:
    """(type, title) of the documents a title names in 《》 inside it, when the title itself stands without 《》
    (某执法检查组关于检查《中华人民共和国数据安全法》实施情况的报告: the law is a document of the page too).

    >>> from .resources import load_resources
    >>> titles_inside("某执法检查组关于检查《中华人民共和国数据安全法》实施情况的报告", load_resources(use_ner=False))
    [('Policy', '中华人民共和国数据安全法')]
    """
    if title.startswith("《"):
        return []
    return [(type_, inner) for inner in re.findall(r"《([^《》]{2,40})》", title)
            for type_ in [document_type(inner, resources) or ("Policy" if inner.endswith(("法", "法典")) else None)] if type_]
