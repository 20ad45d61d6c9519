"""Relations written as whole constructions rather than HEAD-verb-TAIL: passives (由A建设), roles (A是B的组织者, role_words.tsv), commissioning (受A委托),
a platform carried over from the last sentence, and a report's ratings in the sentences that summarize it
(joint action, A与B召开座谈会, is in :mod:`.relate_cooperation`; what a place builds and what a platform
is made of are in :mod:`.relate_parts`).
"""
from __future__ import annotations

import re

from ..types import Relation, Sentence
from .named import CLAUSE_BREAK, Named, list_end, make_relation, modifies_next
from .resources import Resources

#: Between HEAD and TAIL in HEAD是TAIL的ROLE: 是/为/作为, maybe after a comma that ends HEAD's clause.
ROLE_COPULA = re.compile(r"[，,]?(?:目前|现在|也|则|均|还)?(?<![联认成因不非])(?:是|为|作为|系)(?:目前|现在|该|本)?[“]?$")


#: The end of a bracket declaring a short name, right after that name (（以下简称市营商局）).
SHORT_NAME_CLOSED = re.compile(r"[”\"]?[）)]")


def roles(text: str, s: Sentence, named: list[Named], resources: Resources) -> list[Relation]:
    """浙江省大数据发展管理局，承担着…，是“浙里办”的具体组织者 / “赣服通”是…平台的移动端: the role
    after 的 (role_words.tsv) gives the relation of the body or platform before 是 to the name after it."""
    out = []
    for i, b in enumerate(named):
        copula = ROLE_COPULA.search(text, s.start, b.start)
        if not copula or i == 0:
            continue
        role = _role_pattern(resources).match(text, b.end, s.end)
        if not role:
            continue
        word = next(w for w in resources.role_words if w.role == role.group(1))
        heads = [a for a in named[:i] if a.type in word.head_types and a.key != b.key]
        if not heads or b.type not in word.tail_types:
            continue
        a = heads[-1]
        after_comma = copula.group(0).startswith(("，", ","))
        declared_before = not after_comma and SHORT_NAME_CLOSED.fullmatch(text, a.end, copula.start())
        #   (某局（以下简称市营商局）是云平台的主管部门: the short name declared just before 是)
        if not declared_before and (after_comma or copula.start() > a.end):   # the head opened an earlier clause
            if any(n.type in word.head_types for n in named[named.index(a) + 1:i]) or not _opens_sentence(text, s, a):
                continue
        out.append(make_relation(word.relation, a.key, b.key, s, a.start, b.end, word.confidence, f"role-{word.role}"))
    return out


def roles_named_after(text: str, s: Sentence, named: list[Named], resources: Resources) -> list[Relation]:
    """政务云的主管部门为市数据资源管理局: the role (role_words.tsv) written after the thing it is a role of,
    then 为/是 and the body that holds it."""
    cached = resources.cache.get("role_after_re")
    if cached is None:
        cached = re.compile(r"”?的[\u4e00-\u9fff]{0,4}?(" + _role_words(resources) + r")(?:为|是)“?")
        resources.cache["role_after_re"] = cached
    out = []
    for b, a in zip(named, named[1:]):
        role = cached.match(text, b.end, s.end)
        if not role or role.end() != a.start or not re.match(r"[”]?(?:[，。；,;）)]|$)", text[a.end:a.end + 2]):
            continue    # (运维单位为某局指定的企业: the body is not the whole answer)
        word = next(w for w in resources.role_words if w.role == role.group(1))
        if a.type in word.head_types and b.type in word.tail_types and a.key != b.key:
            out.append(make_relation(word.relation, a.key, b.key, s, b.start, a.end, word.confidence, f"role-after-{word.role}"))
    return out


def _role_pattern(resources: Resources) -> re.Pattern:
    """(的) + up to four words + one of the role words, longest first, ending its clause."""
    cached = resources.cache.get("role_re")
    if cached is None:
        # the role ends the clause or a list of roles (组织者和推动者): 为…的运维单位提供经费 is "for", no role
        cached = re.compile(r"”?(?:在[\u4e00-\u9fff]{2,8}?的)?的?[\u4e00-\u9fff]{0,4}?(" + _role_words(resources)
                            + r")(?=[和及与、，。；,;）)]|$)")   # (…交换平台在内蒙古的节点平台: where it is the node)
        resources.cache["role_re"] = cached
    return cached


def _role_words(resources: Resources) -> str:
    """The role words of role_words.tsv as one alternation, longest first."""
    return "|".join(map(re.escape, sorted((w.role for w in resources.role_words), key=len, reverse=True)))


def _opens_sentence(text: str, s: Sentence, n: Named) -> bool:
    """The name is what the sentence is about: it opens it, maybe after a short lead (去年新成立的…)
    or after a quoted question that ends one (…能不能线上就给办了？”去年新成立的…)."""
    lead = re.split(r"[？！。]”", text[s.start:n.start])[-1]
    return not re.search(r"[，,；。]", lead) and len(lead) <= 12


#: Between a body and 在A的指导下: the body tells or hears of others who act (印发通知，要求各县…在A的指导下).
OTHERS_ACT = re.compile(r"(印发|要求|通知|获悉|了解到|组织|部署)")


def under_lead(text: str, s: Sentence, named: list[Named]) -> list[Relation]:
    """在A的统筹下 / 在A指导下: A coordinates (or supervises) the platforms the sentence goes on to name."""
    out = []
    for a in named:
        if a.type != "Agency" or text[max(s.start, a.start - 1):a.start] != "在":
            continue
        m = re.match(r"的?(统筹|牵头|领导|指导|组织)(下|之下)", text[a.end:a.end + 6])
        if not m:
            continue
        relation = "supervises" if m.group(1) == "指导" else "coordinates"
        for p in named:
            if p.type == "Platform" and p.start > a.end:
                out.append(make_relation(relation, a.key, p.key, s, a.start, p.end, 0.7, "under-lead"))
        if relation == "supervises":    # 市数据局…，在省数据局的指导下…: the body the sentence is about is guided
            out += [make_relation(relation, a.key, b.key, s, b.start, a.end, 0.7, "under-lead")
                    for b in named[:1] if b.type == "Agency" and b.key != a.key and b.end <= a.start
                    and len(text[s.start:b.start]) <= 12       # (after a time word: “十三五”时期，市数据局…)
                    and (a.start - 1 == b.end or text[a.start - 2:a.start - 1] in "，,")   # b在A…, or b…，在A…
                    and not OTHERS_ACT.search(text[b.end:a.start])]
    return out


#: A work plan's note after a task: （牵头部门：A、B；责任单位：…）, or the bodies before 牵头 （A、B牵头，相关部门配合）.
LEAD_NOTE = re.compile(r"[（(]\s*(?:(?:牵头部门|牵头单位|牵头处室|牵头)[:：](?P<leads>[^；;）)]*)"
                       r"|(?P<leads_first>[^（）()：:；;]{2,80}?)牵头(?:[，,、][^（）()]{0,20})?[）)])")


def task_leads(text: str, s: Sentence, named: list[Named], previous: list[Named]) -> list[Relation]:
    """1.推进网上政务大厅与…对接。（牵头部门：市政府办公厅、市审改办；责任单位：各区政府）: the bodies
    that lead the task coordinate the platforms it names (in its sentence, or the one before
    when the note stands alone)."""
    out = []
    task_start = s.start      # a sentence may hold several tasks, each closed by its own note
    for m in LEAD_NOTE.finditer(s.text):
        group = "leads" if m.group("leads") is not None else "leads_first"
        start, end = s.start + m.start(group), s.start + m.end(group)
        leads = [n for n in named if n.type == "Agency" and start <= n.start and n.end <= end]
        before = [n for n in named if task_start <= n.start and n.end <= s.start + m.start()]
        task = before if before or m.start() > 0 else previous
        task_start = s.start + m.end()
        for lead in leads:
            out += [make_relation("coordinates", lead.key, p.key, s, lead.start, lead.end, 0.7, "task-lead")
                    for p in task if p.type == "Platform"]
    return out


#: After a body named right after 由, at its clause's end: the body it follows manages the one the sentence is about
#: (国家数据局…，由国家发展改革委管理; …中心正式运行，由省政务服务办管理).
MANAGED_BY = re.compile(r"(?:统一|归口)?(?:管理|领导|主管)(?=[，。；,;]|$)")
#: Between a body and ，由B管理: what the body hands over or gathers, which is what B manages (收取…资金, 进驻人员).
OTHERS_DONE = re.compile(r"收取|进驻|入驻|派驻|资金|基金|经费|人员|证照|机房|设备|终端|窗口|资产|设立|开设|新增|搭建|开发|推出")


def managed_by(text: str, s: Sentence, named: list[Named]) -> list[Relation]:
    """…，由A管理: A supervises the body the sentence is about, the last one named before the clause."""
    out = []
    for i, a in enumerate(named):
        if a.type != "Agency" or not text.startswith("由", a.start - 1) or not MANAGED_BY.match(text, a.end):
            continue
        managed = next((n for n in reversed(named[:i]) if n.type == "Agency" and n.key != a.key), None)
        if managed is None or not (managed.end == a.start - 1 or text[a.start - 2:a.start - 1] in "，,") \
                or text.startswith("由", managed.start - 1):
            continue    # (…，由B管理 after the clause about the body, or 该局由B管理 right after it; not a body that
            #             acts in the clause before, 由市发改委审批，由市财政局管理)
        own_clause = re.split(r"[，,]", text[managed.end:a.start - 1], maxsplit=1)[0]
        if "的" in own_clause or OTHERS_DONE.search(own_clause):
            continue    # (区行政审批局收取的工本费，由区财政局统一管理: the fees are managed, not the bureau)
        if not any(n.type == "Platform" and managed.end <= n.start < a.start for n in named):
            #   (某局建设的“X”正式上线，由B管理: the platform is what B manages)
            out.append(make_relation("supervises", a.key, managed.key, s, managed.start, a.end, 0.75, "managed-by"))
    return out


def passive(text: str, s: Sentence, named: list[Named]) -> list[Relation]:
    """“京通”由A统筹建设、B负责运营: the platform first, its agencies after 由 (and after 、 in the same clause)."""
    out = []
    for i, p in enumerate(named):
        if p.type != "Platform":
            continue
        tail_gap = text[p.end:s.end]
        made = MADE_BY.match(text, p.end)
        actor = next((n for n in named[i + 1:] if made and n.start == made.end()), None)
        if actor is not None and actor.type in ("Agency", "Organization") and MADE_BY_VERB.match(text, actor.end):
            out.append(make_relation("operates", actor.key, p.key, s, p.start, actor.end, 0.75, "passive"))
            #   浙江政务服务网是浙江省人民政府在2014年推出的网上政务服务平台
        work = WORK_GIVEN.match(tail_gap)
        if work and not any(p.end < n.start < p.end + work.end() for n in named if n.type == "Platform"):
            actor = next((n for n in named[i + 1:] if n.start == p.end + work.end()), None)
            if actor is not None and actor.type in ("Agency", "Organization") and text.startswith("负责", actor.end):
                out.append(make_relation("operates", actor.key, p.key, s, p.start, actor.end, 0.8, "passive"))
                #   (贵州政务服务网的主办单位，…，日常运行管理由省政务服务中心负责: the centre runs it)
        topic = p is named[0] and not text[s.start:p.start].strip("“”《 ")
        m = re.match(r"(?:\s*[(（][^()（），。；]{1,40}[)）])?[^。；，]{0,12}?由", tail_gap) \
            or (topic and re.match(r"[^。；]{0,40}?，" + WORK_OF_IT + "由", tail_gap))
        if not m or EVENT_OF_IT.search(text, p.end, p.end + m.end()):
            continue    # (“粤省事”上线五周年发布会由…主办: the event's hosts, not the platform's)
        for a in named[i + 1:]:
            if CLAUSE_BREAK.search(text[p.end:a.start]):
                break
            if a.type not in ("Agency", "Organization"):
                continue    # (…由鄂州市人民政府主办，鄂州日报社承办: a newspaper runs it too)
            # 由A、B联合C共同建设: the verb after them all; 由A（以下简称“B”）统筹建设: past the short name
            words = SHORT_NAME_NOTE.sub("", text[list_end(text, named, a, JOINT_ACTORS, ("Agency", "Organization")):][:40])[:10]
            if re.match(r"(统筹|牵头|主导)", words):
                out.append(make_relation("coordinates", a.key, p.key, s, p.start, a.end, 0.8, "passive"))
            elif re.match(r"(负责)?[^、，。；]{0,3}(建设|运营|运维|开发|维护|主办|承办)", words):
                out.append(make_relation("operates", a.key, p.key, s, p.start, a.end, 0.8, "passive"))
            elif re.match(r"(负责)?(管理|主管|监管|监督|指导)", words):   # “京通”由A管理
                out.append(make_relation("supervises", a.key, p.key, s, p.start, a.end, 0.75, "passive"))
    return out + _passive_policy(text, s, named)


#: The part of a platform's work a clause gives to someone (“X”…，日常运行管理由B负责).
WORK_OF_IT = r"(?:日常)?(?:运行|运营|运维|维护|建设)?(?:管理|维护|工作)?"
#: Right after a platform's name, what defines it as someone's making (“X”是A…推出的平台).
MADE_BY = re.compile(r"[”]?(?:就|则|也)?是")
MADE_BY_VERB = re.compile(r"(?![^，。；]{0,10}?(?:授权|委托|下属|所属|指导|支持|协助))"
                          r"[^，。；、和与及]{0,10}?(?:推出|建设|打造|开发|研发|主办|搭建|运营|创建|上线)的")
#   (not X是A授权中国电信运营的平台, …下属企业开发的: another runs it)
#: After a platform's name, before 由: an event named after it, whose hosts are the event's (“粤省事”上线五周年发布会
#: 由…主办, “随申办”体验日由…承办).
EVENT_OF_IT = re.compile(r"发布会|培训班|体验日|座谈会|活动|大会|论坛|仪式|比赛|大赛|展览|展会|会议|峰会|研讨会|讲座|沙龙|周年|启动式")
#: Later in a platform's sentence, a clause handing its running to someone (，日常运行管理由B负责).
WORK_GIVEN = re.compile(r"[^。；]{0,60}?[，,](?:日常)?(?:运行|运营|运维|维护)(?:管理|维护|工作)?由")
#: Right after a body's name, the short name declared for it, or that declaration's end when the short name
#: was itself the name (由A（以下简称“B”）统筹建设).
SHORT_NAME_NOTE = re.compile(r"^(?:[（(]以下简称[^（）()，。；]{1,24}[）)]|" + SHORT_NAME_CLOSED.pattern + ")")
#: How the names acting together are joined (由A、B联合C共同建设)
JOINT_ACTORS = re.compile(r"(、|和|与|及|联合|会同)")


#: Right after a title: a companion book about the document (释义, 辅导读本, 解读), which is what the verb is of.
COMPANION = re.compile(r"》?(?:释义|辅导读本|学习读本|读本|解读|图解|问答|摘编|注释)")


def _passive_policy(text: str, s: Sentence, named: list[Named]) -> list[Relation]:
    """该条例由A审议通过 / 《P》由A印发 / 《R》由A联合B发布: the policy was issued (the report published) by each."""
    out = []
    for i, (p, a) in enumerate(zip(named, named[1:])):
        issuers = ("Agency", "Region", "Organization") if p.type == "Report" else ("Agency", "Region")
        if p.type not in ("Policy", "Report") or a.type not in issuers:
            continue
        if not re.fullmatch(r"[^。；，]{0,6}?由", text[p.end:a.start]) or COMPANION.match(text, p.end):
            continue   # (《条例》释义由省司法厅组织编写, 《报告》辅导读本由…出版: a book about it, not it)
        end = list_end(text, named, a, JOINT_ACTORS, issuers)
        verb = re.match(r"[^。；，]{0,6}?(印发|出台|制定|制订|审议通过|表决通过|通过|发布|编制|颁布|主编|编写|出版|编撰|编纂|撰写|编著|起草)"
                        + (r"|牵头" if p.type == "Report" else ""), text[end:end + 12])
        #   (《报告》由A牵头，多家智库参与编撰: the body leading a report's writing publishes it)
        if verb:
            relation = "publishedBy" if p.type == "Report" else "issuedBy"
            for actor in [n for n in named[i + 1:] if n.start < end and n.type in issuers]:
                out.append(make_relation(relation, p.key, actor.key, s, p.start, actor.end, 0.8, "passive-issue"))
    return out


def commissioned(text: str, s: Sentence, named: list[Named]) -> list[Relation]:
    """A委托B（发布/编制）《R》: R was commissioned by A and published by B."""
    out = []
    for a, b in zip(named, named[1:]):
        if a.type in ("Agency", "Organization") and b.type == "Agency" and text[b.start - 1:b.start] == "受" \
                and re.match(r"(的)?委托", text[b.end:b.end + 3]):
            # 甲受乙委托发布《R》: 甲 (a body or a university's centre) publishes, 乙 commissions
            for r in named:
                if r.type == "Report" and r.start > b.end and not CLAUSE_BREAK.search(text[b.end:r.start]):
                    out.append(make_relation("commissionedBy", r.key, b.key, s, a.start, r.end, 0.85, "commissioned"))
                    out.append(make_relation("publishedBy", r.key, a.key, s, a.start, r.end, 0.85, "commissioned"))
                    break
            continue
        if a.type != "Agency" or b.type not in ("Agency", "Organization"):
            continue
        passive = text[max(s.start, a.start - 1):a.start] == "受" and re.fullmatch(r"(的)?委托[，,]?", text[a.end:b.start])
        if not (re.fullmatch(r"(继续|再次|专门|正式)?委托", text[a.end:b.start]) or passive):
            continue
        for r in named:
            if r.type == "Report" and r.start > b.end and not CLAUSE_BREAK.search(text[b.end:r.start]):
                out.append(make_relation("commissionedBy", r.key, a.key, s, a.start, r.end, 0.85, "commissioned"))
                out.append(make_relation("publishedBy", r.key, b.key, s, b.start, r.end, 0.85, "commissioned"))
                break
    return out


def carried_over(text: str, s: Sentence, named: list[Named], last: dict[str, Named]) -> list[Relation]:
    """与X实现资源共享 with no platform before it in the sentence: the subject is the last platform named."""
    out = []
    platforms = [n for n in named if n.type == "Platform"]
    if len(platforms) == 1 and "Platform" in last and last["Platform"].key != platforms[0].key:
        p = platforms[0]
        before = text[s.start:p.start]
        after = text[p.end:s.end]
        if before.rstrip().endswith("与") and re.match(r"[^。；]{0,10}(共享|互联互通|互通|对接)", after):
            out.append(make_relation("sharesDataWith", last["Platform"].key, p.key, s, p.start, p.end, 0.6, "carried-share"))
    return out


def implicit_evaluation(text: str, s: Sentence, named: list[Named], last: dict[str, Named],
                        rating_phrases: re.Pattern, rating_leads: re.Pattern) -> list[Relation]:
    """In a report's summary, 陕西、辽宁…等16个省评估等级为“良好” or 良好阶段包括江苏、安徽: the report being
    summarized rates them (``rating_phrases``, ``rating_leads``: the wording of rating_phrases.tsv, which
    follows the list, and of rating_leads.tsv, which leads it)."""
    reports = [n for n in named if n.type == "Report"]
    if reports:   # 《报告》…，浙江、江苏、贵州…稳坐全国三强: the places after the report's clause
        last = {"Report": reports[-1]}
        named = [n for n in named if n.start > reports[-1].end
                 and re.search(r"[，,]", text[reports[-1].end:n.start])]
    if "Report" not in last or any(n.type in ("Report", "Policy", "Agency") for n in named) \
            or last["Report"].text.endswith("工作报告"):
        return []   # (a government's work report rates nobody)
    rated = [n for n in named if n.type in ("Region", "Platform") and not (n.type == "Region" and modifies_next(named, n))]
    out = []
    groups = _by_clause(text, s, rated)
    for clause, following in zip(groups, groups[1:] + [None]):   # 浙江、北京位列“引领型”，但四川、重庆追赶态势明显
        after = text[clause[-1].end:following[0].start if following else s.end]
        lead = LEAD_BREAK.split(text[s.start:clause[0].start].rstrip("：: "))[-1]   # (…的有：A、B)
        found = list(rating_phrases.finditer(CLAUSE_BREAK.split(after, 1)[0][:40])) + list(rating_leads.finditer(lead))
        if found:   # (等级最高，为A+ 等级: the phrase that names the grade gives it)
            rating = next((r for r in map(_rating_of, found) if r), None)
            out += [make_relation("evaluates", last["Report"].key, n.key, s, n.start, n.end, 0.6, "implicit-report",
                                  rating=rating) for n in clause]
    return out


def _rating_of(m: re.Match) -> str | None:
    """The grade a rating phrase names (its group rating0, rating1…), if it names one."""
    return next((v for k, v in m.groupdict().items() if k.startswith("rating") and v), None)


LEAD_BREAK = re.compile(r"[，,：:。；;]")   # where the words leading a list begin (a colon ending them is dropped first)


def _by_clause(text: str, s: Sentence, names: list[Named]) -> list[list[Named]]:
    """The names grouped by the clause (between commas) they stand in, in order."""
    groups: list[list[Named]] = []
    for n in names:
        if groups and not re.search(r"[，,；;]", text[groups[-1][-1].end:n.start]):
            groups[-1].append(n)
        else:
            groups.append([n])
    return groups
