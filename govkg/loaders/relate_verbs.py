"""Verb rules: HEAD … verb … TAIL inside one clause (no 。；between), worded in ``data/verb_rules.tsv``
(Agency …统筹… Platform → coordinates; A与B实现数据共享 → sharesDataWith), a list joined by 、 sharing the
relation of its first member, and the guards that keep a verb from reaching past its own clause, object or
frame (贯彻落实A的部署, 在A的指导下, 以A为契机). Run by :func:`~govkg.loaders.relate.relate`."""
from __future__ import annotations

import re

from ..types import Relation, Sentence
from .named import CLAUSE_BREAK, DATELINE, LIST_GAP, Named, after_list, list_end, listed_before, make_relation, modifies_next
from .relate_names import written_as_unit
from .resources import VerbRule
from .segment import CLAUSE_OR_SENTENCE_MARKS, clause_start

LIST_JOINERS = re.compile(r"^(、|和|及|以及|与|，|等|)$")  # between names, quotes stripped
MAX_GAP = 60


# basedOn and cooperatesWith have functions of their own: based_on, cooperation
# Verbs whose object is the one name right after them (印发《B》…废止《C》), unlike lists (对接A、B、C).
SINGLE_OBJECT = frozenset({"issuedBy", "publishedBy", "commissionedBy", "amends", "basedOn", "implements"})
# Relations whose verb takes an object in its own clause (not 显示/明确/指出, which introduce a clause).
CLAUSE_BOUND = frozenset({"sharesDataWith", "integratesWith", "operates", "coordinates", "supervises", "serves"})
RATING_WORDS = re.compile(r"(为“|位列|排名|得分|水平|评为|达到“|获评|居|列第|名列|等级|梯队|处于|领先|前列|指数)")


def _between(text: str, a: Named, b: Named) -> str:
    return text[a.end:b.start]


def verb_relations(text: str, s: Sentence, named: list[Named], rules: tuple[VerbRule, ...],
                    lines: set[Named] = frozenset()) -> list[Relation]:
    """HEAD … verb … TAIL pairs of the sentence; ``lines`` (hotlines listed to be taken in) are left to
    :func:`~govkg.loaders.relate_hotlines.merged_lines`."""
    out = []
    for i, first in enumerate(named):
        unit = next((n for n in named[i + 1:] if n.type == first.type == "Agency"
                     and written_as_unit(first, n)), None)   # 工信部中国软件评测中心发布…: the unit acts
        said = SPEAKERS_BODY.match(text, first.end) if first.type == "Agency" else None
        speaker = said is not None and not SELF_REFERENCE.match(text, said.end())   # (…介绍，该局建成了X: the body's own)
        for second in named[i + 1:]:
            gap = _between(text, first, second)
            if len(gap) > MAX_GAP or CLAUSE_BREAK.search(gap):
                break
            if (unit is not None and second is not unit) or first in lines or second in lines:
                continue
            rule = _best_rule(text, s, named, first, second, gap, rules)
            own = OWN_PLACE_ACTS.search(gap) if rule is not None else None
            if own and not rule.verbs.search(gap[:own.start()]):
                continue   # (某局挂牌成立，随后我省制定了《规划》: the place acts, not the bureau; but 某委牵头，我市建成…: it leads)
            if rule is None or (speaker and not rule.reverse):
                continue   # (市人大常委会副主任、市总工会主席韩卫民强调，要…建成平台: the speaker's body does not build it)
            first = _topic_instead(text, s, named, first, gap, rule)
            head, tail = (second, first) if rule.reverse else (first, second)
            rating = _rating(text, second) if rule.relation == "evaluates" else None
            # a list shares the relation: 对接A、B、C (after the verb), A、B印发《P》 (before it)
            members = _list_members(text, named, tail, rule) if not rule.reverse else _list_before(text, named, first)
            joins_many = rule.reverse and rule.relation == "integratesWith" and bool(JOINS_LIST_AFTER.fullmatch(gap))
            heads = _list_members(text, named, head, rule) if rule.reverse and rule.relation == "integratesWith" \
                and (JOINED_AFTER_LIST.search(gap) or joins_many) else [head]
            #   (建成A，并与B和C实现对接: B and C each take A in; “X”连通A、B、C等平台: X, the hub, each of them)
            hub = joins_many and len(heads) > 1 and first.type == "Platform"
            for h0 in heads:
                for t in members:   # each member plays the tail's role
                    h, t = _hub_first(rule.relation, *((t, h0) if hub else (h0, t)))
                    out.append(make_relation(rule.relation, h.key, t.key, s, first.start, second.end,
                                    rule.confidence, rule.name, rating=rating))
    return out


#: After a body's name: a speaker's title, then what the speaker said (局长张三表示，…; 副主任、市总工会主席
#: 韩卫民强调，…): the body names who speaks, not who does what the words say.
SPEAKERS_BODY = re.compile(r"(?:党组|党委)?(?:副)?(?:局长|主任|主席|书记|厅长|处长|部长|市长|县长|区长|省长|院长|总经理|"
                           r"秘书长|负责人)[^，。；,;：:]{0,20}?(?:表示|强调|指出|介绍|说|谈到|要求|认为)")


#: Inside the words between two names: a new clause whose subject is the page's own place (，随后我省…).
OWN_PLACE_ACTS = re.compile(r"[，,；;](?:(?:随后|同年|此后|目前|近年来|同时|也|还|并)[，,]?)?(?:我|本)(?:省|市|区|县)"
                            r"(?=先后|相继|陆续|已|还|也|又|再|率先|积极|全面|大力|进一步|持续|不断|正式|将|在|于|制定|出台|印发|"
                            r"颁布|发布|建成|建设|上线|推出|开通|启动|成立|组建|实施|开展|编制)")


#: Right after what a speaker said: the speaker's body named again as the one speaking of itself (该局, 我中心).
SELF_REFERENCE = re.compile(r"[，,:：\s]*[“]?(?:该|本|我)(?:局|中心|委|厅|办|院|部|单位|会)")


NATIONAL = ("国家", "全国")


def _hub_first(relation: str, head: Named, tail: Named) -> tuple[Named, Named]:
    """A provincial platform connecting with a national one is integrated into the national hub."""
    if relation == "integratesWith" and head.type == tail.type == "Platform" \
            and tail.text.startswith(NATIONAL) and not head.text.startswith(NATIONAL):
        return tail, head
    return head, tail


#: What may stand before bodies issuing together on their line: nothing, or the notice's number (沪委办发〔2020〕19号).
LINE_OPENING = re.compile(r"\s*(?:[\u4e00-\u9fff]{1,8}[〔\[［(（]\d{4}[〕\]］)）]\d+号)?\s*")
#: Between two bodies issuing together: a list's joiner, or the space a joint notice's title puts between
#: them (中共北京市委 北京市人民政府印发《…》).
BODIES_GAP = re.compile(r"(、|和|及|与|[ \u3000]{1,2}|)")


def _list_before(text: str, named: list[Named], anchor: Named) -> list[Named]:
    """The anchor plus the names of its type listed right before it (中共中央、国务院印发…); a body written
    right before a unit of its own (工信部中国软件评测中心发布…) is its parent, not one more in a list."""
    gap = BODIES_GAP if anchor.type == "Agency" else LIST_GAP
    listed = listed_before(text, named, anchor.start, anchor.type, gap)[::-1]
    if listed and not LINE_OPENING.fullmatch(text, text.rfind("\n", 0, listed[-1].start) + 1, listed[-1].start):
        listed = listed_before(text, named, anchor.start, anchor.type)[::-1]   # (…> 市数据局 市政府办公厅印发: a
        #                                                                         breadcrumb's last crumb, no issuer)
    if listed and written_as_unit(listed[0], anchor):
        return [anchor]
    return [anchor] + listed


def _topic_instead(text: str, s: Sentence, named: list[Named], first: Named, gap: str, rule: VerbRule) -> Named:
    """A是B下属的单位，负责…: after a comma the clause's verb belongs to the sentence's topic, not to B."""
    topic = named[0] if named else None
    if (topic is None or topic is first or rule.reverse or topic.type not in rule.head_types
            or text[s.start:topic.start].strip("“”《 ")):
        return first
    last_comma = gap.rfind("，")
    if last_comma < 0 or not re.match(r"(并|还|同时)?(负责|承担|统筹|牵头|主管|指导)", gap[last_comma + 1:]):
        return first
    if not re.search(r"^(是|为|作为|系)", text[topic.end:topic.end + 2]):
        return first
    return topic


def _best_rule(text: str, s: Sentence, named: list[Named], first: Named, second: Named, gap: str,
               rules: tuple[VerbRule, ...]) -> VerbRule | None:
    """The rule whose verb stands earliest between the pair (指导…建设 is supervision, not operation).

    Symmetric relations also read the words after the pair: A与B实现数据共享.
    """
    told = DOCUMENT_OR_NEWS_BEFORE.search(gap)   # (A印发《方案》，提出搭建B: its verbs are the document's)
    best, best_pos = None, None
    by_name = {r.name: r for r in rules}
    for rule in rules:
        head, tail = (second, first) if rule.reverse else (first, second)
        if head.type not in rule.head_types or tail.type not in rule.tail_types or head.key == tail.key:
            continue
        if _closer_candidate(named, first, second, rule, text):
            continue
        if not rule.reverse and rule.relation not in ("sharesDataWith", "cooperatesWith") \
                and _object_of_preposition(text, named, first, rule):
            continue
        if rule.reverse and first.type == "Organization" and DATELINE.match(text, first.end):
            continue   # 中新网12月16日电 中国政府网发布《通报》: the outlet tells the news, it publishes nothing
        if (rule.relation in ("operates", "coordinates") or rule.name == "launched-on") \
                and NAMES_A_THING_AFTER.match(text, second.end):
            continue   # 设立“鄂汇办”自助服务专区: the counter or fund named after the app, not the app
        if not rule.reverse and _where_it_is_done(text, first):
            continue   # 在鄂汇办APP上打造…平台，旨在整合…: the place the acting is done on, not who acts
        if _whose_decisions_are_followed(text, named, first) or _the_occasion(text, first, second) \
                or _leading_the_frame(text, named, first):
            continue   # 按照党中央、国务院决策部署，…依托“秦务员”平台…融合; 以省委深改委综合试点为契机，制定《A》:
            #            they neither act nor join
        if not rule.reverse and _whose_work_is_taken_on(text, first):
            continue   # 承担X办公室日常工作，具体负责…平台的建设: the subject taking the work on acts, not X
        masked = _mask_names(text, named, first.end, second.start)
        m = rule.verbs.search(masked)
        if m is not None and rule.relation == "implements":
            m = _carried_out_here(masked, m, rule)   # (A认真贯彻落实…决策部署，制定《B》: B is what A makes)
        if m is None and re.fullmatch(r"(将|把)", masked.replace("□", "").strip("“”、 ")):   # 报告将(江苏)A和B列为典型案例
            m = rule.verbs.search(after_list(text, named, second, s))
        if m is not None and rule.relation in JOINING and VERB_ENDS_CLAUSE.match(masked, m.end()):
            m = next((v for v in rule.verbs.finditer(masked, m.end()) if not VERB_ENDS_CLAUSE.match(masked, v.end())
                      and JOINED_ON.fullmatch(masked, m.end(), v.start())), None)
            if m is None:     # “A”、“B”整合接入，我市新增“A”应用…: the verb closes its clause with no object, and no
                continue      # other joins (but 完成对接，并全面接入B: the second verb's object is B)
        pos = m.start() if m else None
        if pos is not None and rule.relation in CLAUSE_BOUND and _opens_next_clause(gap, pos):
            continue  # A与B互转互认，C成为…: C is the next clause's subject, not the verb's object
        if pos is not None and told and rule.relation in ("operates", "coordinates") and not rule.reverse \
                and pos >= told.start():
            continue  # A印发《方案》，提出搭建B / 记者从A获悉，…建设B: the document's or the news' plan, not A's act
        if pos is not None and rule.relation in SINGLE_OBJECT and _nearer_object(text, named, second, first.end + m.end()):
            continue  # 印发《B》，同时废止2018年印发的《C》: the verb's object is B
        if pos is not None and rule.relation == "integratesWith" and rule.reverse \
                and ACTING_ANEW.search(masked[:pos]) and not _opens_its_clause(text, s, first):
            continue  # 研发A、B等品牌应用，推动接入52个部门…接入C: a clause of its own, whose doer is not A or B
            #           (but “爱山东”APP完成改版，推进接入C: the app goes on acting)
        if pos is not None and rule.reverse and first.type == "Region" and re.search(r"[，,]", masked[:pos]) \
                and first.start - clause_start(text, first.start, "，", s.start) > 2:
            continue  # …建设美丽新宁夏提供支撑，制定本行动计划: a place issues after a comma only as its clause's subject
        if m is None and rule.relation in ("sharesDataWith", "integratesWith"):
            if _joined_together(text, s, first, gap):
                continue  # 并分别与B和C实现对接: B and C are both joined to what was built, not to each other
            m = _joining_after_pair(text, s, named, second, gap, rule)
            pos = len(gap) + m.start() if m else None
        if pos is None:
            continue
        if rule.relation == "designatesAuthority":
            return rule
        if rule.relation in ("features", "evaluates") and second.type == "Region" and modifies_next(named, second):
            continue  # 江苏“苏服办”: the place qualifies the platform after it
        if rule.relation == "evaluates" and not RATING_WORDS.search(after_list(text, named, second, s)):
            continue  # 报告显示…X作为典型案例: featured, not rated
        if rule.relation == "coordinates" and re.search(r"负责(指导|监督|监管)", gap):
            rule = by_name.get("supervises", rule)  # 负责指导、监督X: supervising it
        elif rule.relation == "coordinates" and re.search(r"负责(?!人)", gap) and _builds_or_runs(gap, text, second):
            rule = by_name.get("operates", rule)  # 负责X的建设运营: operating it, not coordinating
        if best_pos is None or pos < best_pos:
            best, best_pos = rule, pos
    return best


#: Between a body and a verb of building: the body issued a document that says what will be built (印发《…》，提出
#: 搭建…), or told the news someone else tells (获悉，江苏将…; not 了解到，该局…: the body again).
DOCUMENT_OR_NEWS_BEFORE = re.compile(r"(?:印发|转发|公布|出台|发布|制定|下发)了?(?:《[^《》]{2,80}》[^，,。；]{0,30}?[，,](?!并|同时|还|又)|"
                                     r"[^，,。；《]{2,40}?(?:方案|办法|意见|规划|计划|通知|要点|细则|规定)[，,](?:提出|明确|要求|规定|指出))|"
                                     r"(?:获悉|了解到)[，,:：](?!该|其|这)")
#   (A制定了数据管理办法，并建成B; A出台配套政策，统筹推进B: A acts; A印发《方案》，针对…，建设B: the document plans)


#: What may lead a clause joining what the sentence built to others (，并分别与…, ，同时还与…).
JOINING_LEAD = r"(?:并且|并|同时|还|已经|已|也|均|都|分别|先后|逐步)*"
#: Between two names joined by 与 with the verb after them: A与B实现数据共享, A建设水平，实现与B融合对接, 建成A，
#: 并分别与B实现对接.
JOINED_BY_YU = re.compile(r"(已|已经|将|也)?(与|和|同)[^，。；“”]{0,12}|.*，" + JOINING_LEAD + r"(实现了?|推进|加快|推动)?(与|和|同)")


def _joined_together(text: str, s: Sentence, first: Named, gap: str) -> bool:
    """…与B和C…: B and C listed after one 与, both joined to what the sentence names before, not to each other."""
    return gap in ("和", "、", "及") and bool(re.search(r"[与和同]$", text[max(s.start, first.start - 3):first.start].strip("“")))


def _joining_after_pair(text: str, s: Sentence, named: list[Named], second: Named, gap: str,
                        rule: VerbRule) -> re.Match | None:
    """The verb of joining said after the pair (A与B实现数据共享; 建成A，并与B实现对接), read in the clause that
    follows B and the names listed with it (与B签订协议，共同推进数据对接 says no joining; 与B和C实现对接)."""
    if not JOINED_BY_YU.fullmatch(gap):
        return None
    said = re.split(r"[，,]", after_list(text, named, second, s), 1)[0]
    linked_up = rule.relation == "integratesWith" and rule.reverse and "，" in gap   # (建成A，并与B实现互联互通)
    return rule.verbs.search(said) or (LINKED_UP.match(said) if linked_up else None)


#: Between a platform built and the first of those it is joined to after a comma (…，并与B和C实现对接).
#: Between a platform and the first of a list: the verb alone joining it to each (“粤公平”连通A、B、C等平台).
JOINS_LIST_AFTER = re.compile(r"[”》]?(?:已经?|全面|深度|先后|并)?(?:对接|联通|连通|打通)了?[“《]?")   # (接入A、B: joins each)
JOINED_AFTER_LIST = re.compile(r"，" + JOINING_LEAD + r"(?:实现了?)?(?:与|和|同)$")
#: After the second of two platforms: that they are linked up (建成A，并与B实现互联互通), B the one joined to, the
#: first built in a clause before; said only of such a pair (互联互通 alone is as often a plan's aim,
#: 推进政务数据资源互联互通; A与B互联互通 in one clause links peers, neither taking the other in).
LINKED_UP = re.compile(r"(?:已|已经)?(?:实现了?|完成了?)?(?:全面|深度)?的?互联互通")


#: The relations of joining, whose verb may close its clause with no object (整合接入，).
JOINING = frozenset({"integratesWith", "sharesDataWith"})
#: Between a verb that closes its clause and the next verb of joining: only words joining the same subject's
#: acts (完成改版对接，并全面接入B), not an object of its own (对接，并将更多涉企服务纳入B).
JOINED_ON = re.compile(r"(?:了|工作)?[，,；;]\s*(?:并且|并|同时|还|已经|已|也|均|都|全面|率先|深度|正式|进一步|逐步|实现|完成)*")
#: Right after a verb: its clause ends there (整合接入，; 实现融合。), so the verb takes no object after it.
VERB_ENDS_CLAUSE = re.compile(r"(?:了|工作)?[，,；;。]")


def _opens_next_clause(gap: str, verb_pos: int) -> bool:
    """The second name starts a clause of its own after the verb's clause has ended."""
    comma = gap.rfind("，")
    return comma > verb_pos and not gap[comma + 1:].strip("“”‘’《 ")


def _mask_names(text: str, named: list[Named], start: int, end: int) -> str:
    """The text between two names with the names inside it blanked (省市场监管局 holds no verb 监管)."""
    chars = list(text[start:end])
    for n in named:
        for i in range(max(n.start, start), min(n.end, end)):
            chars[i - start] = "□"
    return "".join(chars)


#: A body whose work or duties another takes on, in the clause before it: 承担X办公室、Y办公室日常工作.
TAKES_ON = re.compile(r"(?:承担|担负|承办)[^，。；,;]{0,40}$")   # (承担着: 着 is among the words after)
WORK_TAKEN_ON = re.compile(r"[^，。；,;]{0,40}?(?:的)?(?:日常|具体|有关|相关)?(?:工作|职责|事务)(?:[，,；;。]|$)")


def _whose_work_is_taken_on(text: str, n: Named) -> bool:
    """自治区政务服务局…承担自治区“放管服”改革协调小组办公室日常工作，具体负责…: the office's work is done by
    the bureau, the subject; the office does nothing the sentence goes on to say."""
    opening = clause_start(text, n.start, CLAUSE_OR_SENTENCE_MARKS)
    return bool(TAKES_ON.search(text, opening, n.start)) and bool(WORK_TAKEN_ON.match(text, n.end))


#: A clause after a comma that opens on a verb of pushing something on: its own subject is elided, and
#: what the clause before named is not it (…等品牌应用，推动接入52个省直部门).
ACTING_ANEW = re.compile(r"[，,；;]\s*(?:推动|推进|加快|加速|组织|督促|指导)$")


def _opens_its_clause(text: str, s: Sentence, n: Named) -> bool:
    """The name stands first in its clause (maybe after a quote or a short lead such as 目前): its subject."""
    lead = text[clause_start(text, n.start, CLAUSE_OR_SENTENCE_MARKS, s.start):n.start]
    return len(re.sub(r"[“”\s]", "", lead)) <= 2


def _object_of_preposition(text: str, named: list[Named], first: Named, rule: VerbRule) -> bool:
    """广东政务服务网 in “粤省事”已与广东政务服务网…共享，并接入… is not the one acting."""
    before = text[max(0, first.start - 2):first.start]
    if not re.search(r"(与|和|同|、)$", before):
        return False
    roles = rule.tail_types if rule.reverse else rule.head_types
    return any(n.type in roles and n.end <= first.start for n in named)


#: After a quoted app: the thing named after it (“鄂汇办”自助服务专区, 体验区, 专项资金, 提示牌).
NAMES_A_THING_AFTER = re.compile(r"”?[\u4e00-\u9fff]{0,6}?(?:专区|体验区|服务点|窗口|专窗|入口|留言板|在线客服|专题|姊妹|专项资金|资金|"
                                 r"提示牌|标识|专栏|宣传周|活动)")


def _where_it_is_done(text: str, n: Named) -> bool:
    """A platform written as 在X上 (在鄂汇办APP上, 在“粤省事”中), or a body as 在X入口处: where something is
    done, no actor.

    >>> t = "在鄂汇办APP上打造平台"
    >>> _where_it_is_done(t, Named("P", "Platform", 1, 4, "鄂汇办"))
    True
    """
    if re.search(r"(依托|运用|利用|借助)[“]?$", text[max(0, n.start - 3):n.start]):
        return True
    return bool(re.search(r"在[“]?$", text[max(0, n.start - 2):n.start])) \
        and bool(re.match(r"[”]?(?:APP|App|app|客户端|小程序|平台)?(?:上|中|里|内|入口处|门口)", text[n.end:n.end + 8]))


FOLLOWING = re.compile(r"(贯彻落实|贯彻|落实|按照|根据|遵照|依照)(好)?$")
DECISIONS = re.compile(r"(关于[^，。；]{1,20}?(?:的)?|(?:(?!的)[\u4e00-\u9fff]){1,10}?|的)?(决策部署|部署要求|工作部署|工作要求|部署|要求|精神|指示|决定|安排)")
#   (…省政府数字政府建设决策部署: on what; not 根据A建设“B”的总体安排, where A acts)
JOINED = re.compile(r"(、|和|及|与)")


def _whose_decisions_are_followed(text: str, named: list[Named], n: Named) -> bool:
    """党中央、国务院 in 贯彻落实党中央、国务院决策部署，统筹推进…平台建设: whose decisions the
    clause follows, not who acts in it."""
    first = (listed_before(text, named, n.start, n.type) or [n])[0]
    end = list_end(text, named, n, JOINED, (n.type,))
    return bool(FOLLOWING.search(text[:first.start]) and (DECISIONS.match(text, end) or OTHERS_DECISIONS.match(text, end)))


def _carried_out_here(masked: str, m: re.Match, rule: VerbRule) -> re.Match | None:
    """The carrying-out verb whose object is the policy named after ``masked``: one whose own clause names
    its object (落实…决策部署，制定《B》) carries out that object, not B, unless the next clause goes on with
    the list (…决策部署，以及《B》) or the verb stands bare (全面贯彻落实，确保《B》落地)."""
    cut = masked.rfind("，") + 1
    if m.start() >= cut or masked.startswith(("以及", "和", "及", "并"), cut):
        return m
    own_object = re.search(r"[\u4e00-\u9fff□]{2,}", masked[m.end():cut - 1])
    bare = not own_object and re.search(r"(?:全面|认真|坚决|切实|深入|积极|严格)(?:贯彻)?$", masked[:m.start()])
    return m if bare else rule.verbs.search(masked, cut)     # (not 切实抓好工作落实，根据《B》: 落实 a noun)


#: After bodies written after 在: they lead or support what the clause does (在A、B的正确领导下), not do it.
UNDER_THEIR_LEAD = re.compile(r"的?(?:正确|坚强|大力|悉心|亲切|有力)?(?:统筹|牵头|领导|指导|组织|支持|关心)(?:和(?:支持|指导|关心))?(?:下|之下)")


def _leading_the_frame(text: str, named: list[Named], n: Named) -> bool:
    """中共南平市委 in 在中共南平市委、南平市人民政府的正确领导下，…落实《B》: it leads, others act."""
    first = (listed_before(text, named, n.start, n.type) or [n])[0]
    return text.endswith("在", 0, first.start) and bool(UNDER_THEIR_LEAD.match(text, list_end(text, named, n, JOINED, (n.type,))))


#: Around a name: 以…为契机 makes it the occasion or the means of what the clause does, not who does it.
OCCASION_AFTER = re.compile(r"[^，。；,;]{0,12}?为(?:契机|抓手|引领|牵引|载体|指引|主线|突破口)")


def _the_occasion(text: str, n: Named, other: Named) -> bool:
    """省委深改委 in 以省委深改委综合试点为契机，制定《A》: the occasion of the clause, not the doer of what follows
    (but 以省大数据局研发的“浙政钉”为载体: what it did inside the 以…为 words stays its)."""
    occasion = OCCASION_AFTER.match(text, n.end) if text.endswith("以", max(0, n.start - 3), n.start) else None
    return occasion is not None and other.start >= occasion.end()


#: …国务院和省委、省政府决策部署: bodies the text names no entity for, listed on before the decisions.
OTHERS_DECISIONS = re.compile(r"(?:[、和及与](?:省委|省政府|市委|市政府|县委|县政府|区委|区政府|州委|州政府|自治区党委|自治区政府|"
                              r"党委|政府)){1,4}" + DECISIONS.pattern)


def _nearer_object(text: str, named: list[Named], second: Named, verb_end: int) -> bool:
    """Another name of second's type stands between the verb and second: the verb is about it
    (unless they are listed together: 发布“X指数”和《Y报告》 publishes both)."""
    between = [n for n in named if n.type == second.type and n.key != second.key
               and verb_end <= n.start and n.end <= second.start]
    if not between:
        return False
    chain = between + [second]
    return not all(LISTED_DOCUMENTS.fullmatch(text, a.end, b.start) and (a.end < b.start or text[a.end - 1] == "》")
                   for a, b in zip(chain, chain[1:]))   # (nothing between: only titles, each in its marks)


#: Between documents listed as one object: 、/和/及/以及, past their closing and opening marks, or the
#: marks alone (出台了《A》《B》《C》: a title's span holds its marks, so nothing stands between them).
LISTED_DOCUMENTS = re.compile(r"[”》]?(、|和|及|以及|与)[“《]?|》《|”“|")


def _builds_or_runs(gap: str, text: str, tail: Named) -> bool:
    after = text[tail.end:tail.end + 12]
    return bool(re.search(r"负责[^，。；]{0,3}(建设运营|建设和运营|运营|运维|建设)", gap)
                or re.match(r"[^，。；]{0,6}?(的)?(建设运营|建设和运营|运营|运维|运行维护)", after)
                or (gap.endswith("负责") and bool(DAILY_RUNNING.match(text, tail.end))))


#: Right after a platform a body is in charge of: its daily running (负责云平台日常管理工作), not rules or users of it.
DAILY_RUNNING = re.compile(r"(?:的)?日常(?:管理|运行|维护|运维)(?:工作)?(?:[，。；,;]|$)")


def _closer_candidate(named: list[Named], first: Named, second: Named, rule: VerbRule, text: str = "") -> bool:
    """Prefer the nearest pair: a name that could play first's role stands between them.

    Names inside a 与…/根据… phrase or listed with first (A、B) do not count:
    “粤省事”已与广东政务服务网、“粤商通”实现共享，并接入省公安厅 — 粤省事 still acts.
    """
    roles = rule.tail_types if rule.reverse else rule.head_types
    for n in named:
        if not (first.end <= n.start and n.end <= second.start and n.type in roles and n.key != first.key):
            continue
        before = text[max(0, n.start - 3):n.start] if text else ""
        if text and (re.search(r"(与|和|同|、|及|根据|依据|按照|依照|原)$", before) or n.start == _prev_end(named, n)):
            continue
        if text and not rule.reverse and (_whose_work_is_taken_on(text, n) or _whose_decisions_are_followed(text, named, n)):
            continue   # A负责…，承担B日常工作，具体负责C的建设; A贯彻落实党中央决策部署，建设C: A still acts
        return True
    return False


def _prev_end(named: list[Named], n: Named) -> int:
    prev = [m.end for m in named if m.end <= n.start]
    return prev[-1] if prev else -1


#: A bracketed gloss right after a list's member (粤商通(一站式移动涉企服务平台)).
GLOSS = re.compile(r"^[（(][^（()）]{1,20}[)）]")


def _list_members(text: str, named: list[Named], anchor: Named, rule: VerbRule) -> list[Named]:
    """The anchor plus the mentions listed after it with 、/和/及 (深度对接A、B、C等单位)."""
    members = [anchor]
    idx = named.index(anchor) if anchor in named else -1
    if idx < 0:
        return members
    end = anchor.end
    for n in named[idx + 1:]:
        gap = GLOSS.sub("", text[end:n.start])    # 粤商通(企业服务平台)、粤省心: a member's gloss
        if gap in ("(", "（") and text[n.end:n.end + 1] in (")", "）"):
            end = n.end + 1      # 粤商通(一站式移动涉企服务平台)、: the gloss a name of its own
            continue
        if n.type == "Region" and anchor.type == "Platform" and modifies_next(named, n) \
                and LIST_JOINERS.match(gap.strip("“”")):
            end = n.end          # 以及云南“一部手机办事通”: the place qualifies the next member
            continue
        if n.type == anchor.type and LIST_JOINERS.match(gap.strip("“”")):
            members.append(n)
            end = n.end
        else:
            break
    return members


def _rating(text: str, tail: Named) -> str | None:
    m = re.match(r"[^。；“]{0,24}?(?:为|达到|评为|属于|列为|获评)“([^”]{1,6})”", text[tail.end:])
    return m.group(1) if m else None
