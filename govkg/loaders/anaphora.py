"""Words that refer back to something named before: 报告, 该平台, 本办法, 中心, 该区.

Each such word becomes one more :class:`~govkg.loaders.named.Named` for the
thing it stands for, so the relation rules and the statistics read
“报告显示，四川…” or “中心汇聚了700多亿条数据” as they read the full name.
"""
from __future__ import annotations

import re
from collections import Counter
from typing import NamedTuple

from ..types import Sentence
from .named import Named, entity_named
from .resolve_titles import AUTHOR_BEFORE_YEAR

#: A notice's addressees (各设区市市场监管局、平潭综合实验区市场监管局：), on a line of their own or opening the first:
#: those it is sent to, not its author.
ADDRESSEES = re.compile(r"\s*各[^。；:：]*[:：]")


def _addressed(s, n) -> bool:
    """Whether ``n`` is named among the addressees a notice opens with (各…、…：现将我局制定的…)."""
    head = ADDRESSEES.match(s.text)
    return head is not None and n.start - s.start < head.end()

ANAPHORA = {
    # (a bare 报告 not ending another noun: 法治政府建设报告1条 names a different report)
    "Report": re.compile(r"(该报告|调查报告|评估报告|(?<!建设|工作|情况|分析|专题|年度|总结|决算|预算)报告|(?:该)?(?:蓝皮书|白皮书)|"
                         r"(?:评估|调查|测评|评价|研究)结果)"),
    "Platform": re.compile(r"((?:该|这款|这个|这一|此)(?:平台|应用程序|应用|小程序|APP|App|客户端|系统)|该案例|该品牌|该项目|(?:(?<=负责)|(?<=承担))平台(?=的?(运营|建设|运维|运行维护)))"),
    "Policy": re.compile(r"((?:该|本|以下|如下)[\u4e00-\u9fff]{0,4}?(?:办法|方案|意见|条例|规定|通知|细则|规划|计划|措施|指南|要点|纲要|规则|指引|清单))"),
    # a bare 中心 opening a clause: the centre last named (黑龙江省政务服务中心 … 中心汇聚了…; 新建成的服务中心位于…)
    "Agency": re.compile(r"(该中心|该局(?![长面势])|(?:^|(?<=[，。；：“]))(?:新建成的|新建的|新)?(?:服务)?中心(?!城)(?=[\u4e00-\u9fff]))"),
    # 我局, 本局, 我中心, 本中心: a report's author speaking of itself, the first such body the page names
    "self": re.compile(r"(?:我|本)(?:局(?![长面势部限])|中心)"),
    # 该市, 该区, 该县: the place of that level last named (黄州区…。该区1772个政务服务事项…), not 该市政府
    "place": re.compile(r"该(?:省|市(?!场)|区|县|州|旗)(?!政府|人民政府|委|局|厅|办|级|[\u4e00-\u9fff]{0,6}(?:局|厅|委|办公室|中心))"),
    # a bare 热线 opening a clause: the hotline last named (…12345政务服务便民热线…。2024年，热线累计接听…)
    "hotline": re.compile(r"(该热线|(?:^|(?<=[，。；：“]))热线(?=[\u4e00-\u9fff\d]))"),
    # a bare 平台 or 网站 opening a clause before what it did: the platform last named whose name ends so
    # (“贵阳市政府数据共享交换平台”正式上线…。2021年9月，平台已建立数据资源目录18725个; 网站共开设专栏23个;
    # 升级改版后的门户网站共有栏目230个: the site the page named, as it is now)
    "platform": re.compile(r"((?:^|(?<=[，。；：])|(?<=[，。；：] ))(?:全年|年内|今年|本年度|目前|当前|如今|现在|此外|同时)?"
                           r"(?:(?:升级)?改版后的|新版)?(?:平台|门户网站|网站)"
                           r"(?=已|共|累计|上线|汇聚|汇集|接入|注册|提供|实现|目前|现已|日均|覆盖|整合|开设|发布|月均|总?访问量|浏览量|点击量|"
                           r"可|能够|还|设有|拥有|现有|收录|集成|归集|涵盖|包括|包含|入驻|用户|月活|新增|开放|"
                           r"\d+(?:多|余)?个))"),   # (平台51个政府部门…开放3137个数据集: the platform's counts;
    #                                                  平台可采集202个高点位摄像机: what it can take in)
    # a bare APP opening a clause before what it counts or can do (目前APP注册用户…; not APP已成为…渠道, apps at large)
    "app": re.compile(r"((?:^|(?<=[，。；：])|(?<=[，。；：] ))(?:目前|当前|如今|现在|此外|同时)?(?:APP|App|app|小程序|客户端)"
                      r"(?=注册|下载|用户|累计|日均|月均|日活|月活|新增|可|还|目前|现已|已(?!经?成为)|共|现有|上线以来))"),
    # a bare 系统 opening a sentence on its running (系统上线以来累计申报项目52639个): the platform just named,
    # whatever word its name ends in
    "system": re.compile(r"(^系统(?=上线以来|运行以来|启用以来|投入使用以来))"),
}


def with_anaphora(sentences: tuple[Sentence, ...], by_sentence: dict[int, list[Named]],
                  entities: dict | None = None) -> dict[int, list[Named]]:
    """The names of each sentence plus what its referring words stand for, in text order.

    The referent is the nearest earlier name of that type in the sentence, else
    the last one named before the sentence; 本办法/本通知 is the document's own
    (first) policy. A bare 中心 refers only to a body whose name ends in 中心, and a bare 热线,
    平台 or 网站 to a platform whose name ends so. A report
    named only to compare with (继《B》之后, 与《B》相比) is no referent of a later 报告, and 报告 is one
    whose title ends so (not “中国开放数林指数”). ``entities`` (by key) lets a yearly report's title
    that opens on its author (某市政务服务中心2021年…年度报告) say what a later 我中心 is.
    """
    out: dict[int, list[Named]] = {}
    last: dict[str, Named] = {}
    first_policy = _own_policy(sentences, by_sentence)
    own_kinds = [n for s in sentences for n in by_sentence.get(s.index, []) if n.type == "Policy"
                 and not CITED_BEFORE.search(s.text, 0, n.start - s.start)]    # what 本指南 may be, past the bases cited
    sites = Sites({word: Counter() for word in PLATFORM_WORDS}, {})   # how often each is named so far
    place_names = _place_names(entities or {})       # what 该区/该市 may stand for inside a body's name
    for s in sentences:
        named = by_sentence.get(s.index, [])
        out[s.index] = _referred(s, named, last, first_policy, sites, own_kinds)
        headed = next((n for n in named if n.type == "Policy" and s.is_heading and n.text.strip("《》") == s.text.strip()), None)
        if headed is not None:
            last["headed policy"] = headed     # 陕西省政务电子印章管理办法(试行) over its own articles
        platforms = [n for n in named if n.type == "Platform"]
        last["platform of the sentence before"] = platforms[-1] if platforms else None    # (what 系统上线以来 is)
        for word in ("平台", "APP"):     # (what a bare 平台 or APP opening the next sentence is; a bare 网站 is the
            last["just " + word] = next((n for n in reversed(platforms) if _known_as(s, n, word)), None)   # page's own)
        for n in named:
            if n.type == "Report" and _compared_with(s, n):
                continue
            last[n.type] = n
            if _titled_report(n):
                last["titled report"] = n
            if n.type == "Agency" and n.text.endswith("中心"):
                last["centre"] = n
            if n.type == "Agency" and n.text.endswith("局"):
                last["bureau"] = n
            if n.type == "Region":
                last["place " + n.text[-1]] = n     # what 该区 stands for
            cited = s.text[n.start - s.start:n.start - s.start + 1] == "《"     # (a title's span holds its 《》)
            author = _report_author(n, entities or {}) if s.index < OWN_TITLE_REACH and not cited else None
            if author is not None:
                last.setdefault("first " + author.text[-1], author)
            if n.type == "Agency" and n.text.endswith(("局", "中心")) and not _addressed(s, n):
                last.setdefault("first " + n.text[-1], n)     # what 我局/本中心 stand for (not a notice's addressees)
            for word in PLATFORM_WORDS:
                if _known_as(s, n, word):
                    last[word] = n
                    sites.counts[word][n.key] += 1
                    sites.latest[n.key] = n
        named_levels = {n.text[-1] for n in named if n.type == "Region"}     # (a place named on its own comes first)
        for level, places in _places_in_bodies(named, place_names).items():
            if level in named_levels:
                continue
            if len({p.key for p in places}) == 1:
                last["place " + level] = places[-1]      # (黄州区政数局…。该区1772个事项: the bureau's district)
            else:
                last.pop("place " + level, None)         # (襄州区…局、樊城区…局…。该区: which one?)
    return out


def _place_names(entities: dict) -> list[tuple[str, str]]:
    """(key, name) for every name of the page's places that 该 may refer back to by its last character."""
    return [(key, name) for key, e in entities.items() if e.type == "Region"
            for name in (e.name, *e.aliases) if len(name) >= 2 and name.endswith(PLACE_LEVELS)]


def _places_in_bodies(named: list[Named], place_names: list[tuple[str, str]]) -> dict[str, list[Named]]:
    """The places the sentence's bodies' names open on, by the level 该 refers back to them by (区, 市…)."""
    out: dict[str, list[Named]] = {}
    for n in named:
        for place in _places_written_in(n, place_names):
            out.setdefault(place.text[-1], []).append(place)
    return out


def _places_written_in(n: Named, place_names: list[tuple[str, str]]) -> list[Named]:
    """The places a body's name opens on (湖北省黄冈市黄州区政数局: 湖北省, 黄冈市, 黄州区), in the order
    written, each as a name of its own: what a later 该市 or 该区 may stand for."""
    if n.type != "Agency":
        return []
    found = {}
    for key, name in place_names:
        at = n.text.find(name)
        if at >= 0 and at + len(name) < len(n.text):
            found[at] = Named(key, "Region", n.start + at, n.start + at + len(name), name)
    return [found[at] for at in sorted(found)]


#: The last character of a place's name that 该 refers back to it by (该省, 该市, 该区…).
PLACE_LEVELS = ("省", "市", "区", "县", "州", "旗")


#: How far down a page its own report's title may stand (under a site's breadcrumbs or a dateline).
OWN_TITLE_REACH = 4


#: A bureau or centre opening a notice's title before its 关于 (福建省市场监督管理局关于印发《…》的通知).
ISSUER_BEFORE_GUANYU = re.compile(r"([\u4e00-\u9fff]{2,30}?(?:局|中心))关于")


def _report_author(n: Named, entities: dict) -> Named | None:
    """The bureau or centre a yearly report's title opens on (某市政务服务中心2021年政府信息公开工作年度报告,
    关于某局2023年度工作情况的报告), or a notice's before its 关于 (某局关于印发《…》的通知), as written in the
    title, if the page knows it as a body (the caller asks only of the page's own title, near its top and not
    cited in 《》)."""
    issuer = ISSUER_BEFORE_GUANYU.match(n.text) if n.type in ("Report", "Policy") else None
    if issuer is not None:     # 福建省市场监督管理局关于印发《…》的通知: the notice's own bureau
        key = entity_named(issuer.group(1), entities, "Agency")
        return Named(key, "Agency", n.start, n.start + len(issuer.group(1)), issuer.group(1)) if key else None
    if n.type != "Report":
        return None
    opening = AUTHOR_BEFORE_YEAR.match(re.sub(r"^关于", "", n.text))
    if opening is None or not opening.group(1).endswith(("局", "中心")):
        return None
    key = entity_named(opening.group(1), entities, "Agency")
    return Named(key, "Agency", n.start, n.start + len(opening.group(1)), opening.group(1)) if key else None


#: Around a report named to compare with: 继《B》之后, 与《B》相比, 较《B》.
COMPARED_BEFORE = re.compile(r"(?:继|与|同|较|对比|参照)[“《]?$")
COMPARED_AFTER = re.compile(r"^[》”]?(?:之后|以后|相比|相较|比较|一样|类似)")


def _compared_with(s: Sentence, n: Named) -> bool:
    at, end = n.start - s.start, n.end - s.start
    return bool(COMPARED_BEFORE.search(s.text[max(0, at - 3):at])) and bool(COMPARED_AFTER.match(s.text[end:end + 4]))


#: Right after an app's name that leaves the word out (“宁波通”手机APP, “宁波通”app): the word for it.
APP_AFTER = re.compile(r"”?(?:手机|移动端?|微信)?(?:APP|App|app|客户端|小程序)")
#: The words a platform is referred back to by, bare: the last platform whose name ends in that word.
PLATFORM_WORDS = ("热线", "平台", "网站", "APP")


def _named_as(n: Named, word: str) -> bool:
    """A platform whose name ends in ``word`` (热线, 平台, 网站, APP in any case, or 小程序 or 客户端 for APP): what a
    bare ``word`` may stand for."""
    name = n.text.rstrip("”").upper()
    return n.type == "Platform" and (name.endswith(word) or (word == "APP" and name.endswith(("小程序", "客户端"))))


def _known_as(s: Sentence, n: Named, word: str) -> bool:
    """A platform a bare ``word`` may stand for: named so (:func:`_named_as`), or an app written with the word
    after its quoted name (“宁波通”手机APP) in sentence ``s``."""
    return _named_as(n, word) or (word == "APP" and n.type == "Platform" and bool(APP_AFTER.match(s.text, n.end - s.start)))


class Sites(NamedTuple):
    """The platforms named so far, by the word their names end in (热线, 平台, 网站, APP)."""
    counts: dict[str, Counter]      #: word → how often each platform (by key) was named
    latest: dict[str, Named]        #: platform key → its latest mention


def _most_named(sites: Sites, word: str) -> Named | None:
    """The platform named so far whose name ends in ``word`` that the text names most (the last one on a
    tie): a bare 网站 in a sentence naming none is the page's site, not a kind of site named in passing
    (区政府门户网站…服务型政府网站。全年网站访问量…)."""
    counts = sites.counts[word]
    most = max(counts.values(), default=0)
    return max((sites.latest[key] for key, count in counts.items() if count == most), key=lambda n: n.start, default=None)


def _titled_report(n: Named) -> bool:
    """A report whose title ends in 报告: what a bare 报告 may stand for (not an index, “中国开放数林指数”)."""
    return n.type == "Report" and n.text.rstrip("》”").endswith("报告")


ISSUING_NOTICE = re.compile(r"关于(?:印发|转发|发布)《?(.+?)》?的通知")


def _own_policy(sentences: tuple[Sentence, ...], by_sentence: dict[int, list[Named]]) -> Named | None:
    """The document's own policy: the first named, or, when that is a notice issuing another
    (…关于印发《总体方案》的通知), the policy it issues."""
    policies = [n for s in sentences for n in by_sentence.get(s.index, []) if n.type == "Policy"]
    if not policies:
        return None
    issued = ISSUING_NOTICE.search(policies[0].text)
    if issued:
        title = _comparable(issued.group(1).strip("《》"))     # (a page's stray space, 示范 工作; a lost bracket)
        inner = [p for p in policies if _comparable(p.text) == title]
        if inner:
            return inner[0]
    return policies[0]


#: Before a title in its sentence: the document is cited as a basis (根据《A》和《B》要求), not the page's own.
CITED_BEFORE = re.compile(r"(?:根据|按照|依据|依照|遵照|落实|贯彻|对照|参照)[^。；：，,]*$")   # (not past a comma:
#   依照《电子签名法》，现发布《某市电子印章管理办法》 names the page's own)


def _of_kind(policy: Named, kind: str) -> bool:
    """Whether a policy's title ends in ``kind`` (本办法 is a …办法, 本指南 a …指南), past a bracketed note
    (…管理办法（试行）) and its quotes.

    >>> _of_kind(Named("p", "Policy", 0, 12, "《某市政务数据管理办法（试行）》"), "办法")
    True
    >>> _of_kind(Named("p", "Policy", 0, 14, "《中华人民共和国政府信息公开条例》"), "指南")
    False
    """
    return re.sub(r"\s*[(（][^()（）]*[)）]$", "", policy.text.strip("《》 ")).endswith(kind)


def _comparable(title: str) -> str:
    """A title without its spaces and brackets, which pages drop or garble (…计划2023—2025年)的通知)."""
    return re.sub(r"[\s()（）《》]+", "", title)


def _referred(s: Sentence, named: list[Named], last: dict[str, Named], first_policy: Named | None,
              sites: Sites, own_kinds: list[Named] = ()) -> list[Named]:
    out = list(named)
    for type_, pattern in ANAPHORA.items():
        for m in pattern.finditer(s.text):
            start, end = s.start + m.start(), s.start + m.end()
            if not all(end <= n.start or start >= n.end for n in out):
                continue
            earlier = [n for n in named if n.type == type_ and n.end <= start]
            referent = earlier[-1] if earlier else last.get(type_)
            if type_ == "Platform" and not earlier and m.group(0).endswith("平台") and last.get("平台") is not None \
                    and referent is not None and referent.text.rstrip("”").endswith("码"):
                referent = last["平台"]     # (…统一平台上线。…生成“个人预约码”…。通过该平台累计采样: the 平台, not
                #                             the code it issues; but …推出“皖事通”APP。该平台注册用户…: the app)
            if type_ == "Agency":
                ending, kind = ("局", "bureau") if m.group(0) == "该局" else ("中心", "centre")   # (该局: the bureau)
                same_kind = [n for n in earlier if n.text.endswith(ending)]
                referent = same_kind[-1] if same_kind else last.get(kind)
            if type_ == "self":
                referent = last.get("first " + m.group(0)[-1])     # (局 or 心: the first bureau or centre)
            if type_ == "Report" and m.group(0).endswith("报告"):   # 报告 is one titled …报告, not an index
                reports = [n for n in earlier if _titled_report(n)]
                referent = reports[-1] if reports else last.get("titled report", referent)
            if type_ == "place":
                places = [n for n in named if n.type == "Region" and n.text.endswith(m.group(0)[-1]) and n.end <= start]
                referent = places[-1] if places else last.get("place " + m.group(0)[-1])
            if type_ in ("hotline", "platform", "app"):
                word = "APP" if type_ == "app" else m.group(0)[-2:]   # (热线, 平台, 网站, APP; 该热线's too)
                platforms = [n for n in named if _named_as(n, word) and n.end <= start]
                referent = platforms[-1] if platforms else (last.get("just " + word) or _most_named(sites, word))
                #   (the one the sentence before named, else the one the page names most)
            if type_ == "system":
                referent = last.get("platform of the sentence before")
            if type_ == "Policy" and m.group(0).startswith(("本", "以下", "如下")) and first_policy is not None:
                referent = first_policy
                headed = last.get("headed policy")
                kind = re.sub(r"^(?:本|以下|如下)", "", m.group(0))[-2:]
                if headed is not None and _of_kind(headed, kind):
                    referent = headed   # a notice handing out two 办法: 本办法 is the one whose text this is
                elif not _of_kind(first_policy, kind) or first_policy not in own_kinds:
                    referent = next((p for p in own_kinds if _of_kind(p, kind)), None)
                    #   (根据《条例》…，编制本指南; 根据《某省…办法》…制定本办法: not the document it rests on)
            if referent is not None:
                out.append(Named(referent.key, referent.type, start, end, m.group(0)))
    return sorted(out, key=lambda n: n.start)
