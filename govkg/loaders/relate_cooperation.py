"""Bodies acting together, written as a construction: A与B召开座谈会, A、B联合印发, 甲会同乙开展…,
甲、乙…与丙签署 — each a party with the other (cooperatesWith, headed by an agency).
(Bodies taking part under one that leads are in :mod:`.relate_partners`.)
"""
from __future__ import annotations

import re

from ..types import Relation, Sentence
from .named import CLAUSE_BREAK, Named, listed_before, make_relation
from .segment import clause_start

COOPERATION_VERBS = re.compile(r"(召开|签署|签订|联合|共同|合作|座谈|会商|举行|携手|联合发布|联合印发|开展|主办|沟通|协作|联动)")
#: Right after bodies listed together: their organizing one act (A和B组织第三方检测机构…), not 组织部, 组织领导, nor
#: each on its own (各自组织, 分别组织, 先后组织).
JOINTLY_ORGANIZING = re.compile(r"(?:共同|联合|一起|一道|携手)?组织(?!部|领导|学习|架构|机构|形式|人事|保障|建设|生活|关系|能力|的)")
#: Right after bodies listed: each acting on its own (各自组织开展…, 分别…, 先后…), not together.
EACH_ON_ITS_OWN = re.compile(r"[^，。；]{0,2}?(?:各自|分别|先后)")

#: Words saying bodies do not (yet) work together, before the verb: 尚未建立联动机制, 缺乏协作, 缺乏与…的沟通.
NOT_COOPERATING = re.compile(r"尚未|未能|未|缺乏|没有|不够|难以|不足")


def _negated_verb(rest: str) -> bool:
    """Whether the cooperation verb in ``rest`` comes after a negation (之间缺乏协作, 尚未建立数据联动机制)."""
    verb = COOPERATION_VERBS.search(rest)
    return verb is not None and NOT_COOPERATING.search(rest, 0, verb.start()) is not None


#: Right after a list of bodies: the list names whose decisions are followed or whose data are used (…决策部署,
#: …等部门和机构的统计数据), not bodies acting.
DECISIONS_AFTER_LIST = re.compile(r"(?:的)?(?:决策部署|部署要求|重大部署|工作部署|工作要求|部署|精神|指示|要求)")
#: …when the clause follows them: 贯彻落实/按照/根据… before the list (not 市委网信办、市公安局部署开展…: their own act).
FOLLOWED_BEFORE = re.compile(r"(?:贯彻落实|贯彻|落实|按照|根据|遵照|依照|依据)(?:好)?[^，。；]{0,6}$")
#: …or whose figures are used (结合A、B等部门和机构的统计数据; not A、B的合作, A、B等部门的负责同志).
DATA_OF_LIST = re.compile(r"(?:[(（][^()（）]{1,12}[)）])?(?:等[^，。；]{0,8}?)?的(?:统计)?(?:数据|资料|指标|评价指数|指数)")
#: …or whose people or things the words after are (来自A、B、C等27个机构的学员参加了…组织的…): no one acting.
OWNED_BY_LIST = re.compile(r"(?:等[^，。；的]{0,10})?的(?!合作|联合|共同|协同|协作|配合|支持|帮助|参与|大力|密切|积极)")
#: Before a list of bodies: they are where someone went (先后赴…市(州)和省大数据管理局、省经信委等部门调研), not partners.
VISITED = re.compile(r"(?:赴|前往|走访|来到|深入(?!调研|推进|实施|开展|贯彻|学习|研究|落实))[^，。；的]{0,60}$")
#: …unless they then act together (，三方联合推出…, 共同签署…).
TOGETHER_AFTER = re.compile(r"[^。；]{0,16}?(?:联合|共同|三方|双方|携手|合作)")
#: After a plain list of bodies: they act jointly (在京共同签署), each a party with every other.
JOINTLY = re.compile(r"^[^，。；]{0,8}?(?:(?:共同|联合)(?:签署|签订|签约|发起|发布|印发|建设|主办|召开|举办|下发|出台)|(?:联合)?主办)")   # (由甲、乙和丙主办: co-hosts)


#: Right before a partner body: the word joining it to the one acting, maybe with the partners' role
#: (会同会办单位市委宣传部, 联合相关部门…).
PARTNER_LEAD = re.compile(r"(?P<verb>与|同|会同|联合|配合|协同)(?P<role>会办单位|协办单位|成员单位|相关单位|有关单位|相关部门|有关部门)?$")


def cooperation(text: str, s: Sentence, named: list[Named]) -> list[Relation]:
    """A与B召开座谈会 / A、B联合印发: agencies acting together; both act on what follows."""
    out = []
    # organizations (中国电信青岛分公司) sign agreements with agencies too
    agencies = [n for n in named if n.type in ("Agency", "Organization")]
    partnered: set[int] = set()
    one_party: set[int] = set()     # 甲、乙…与丙签署: 甲 and 乙 sign together, not with each other
    # 甲…，并与乙、丙联合开展…: the sentence's first agency works with each listed partner
    for b in agencies[1:]:
        joined = PARTNER_LEAD.search(text, max(s.start, b.start - 10), b.start)
        if not joined or b.start in partnered:
            continue
        before = [a for a in agencies if a.end <= b.start and not _under_phrase(text, a, s)]
        if not before:
            continue
        subject = before[-1]
        if text[subject.end:b.start] in ("与", "和", "同", "会同", "联合", "、"):
            continue    # 甲与乙…: handled below
        if _own_subject_before(text, s, subject, b):
            continue    # …等文件要求，我局会同乙: the clause's own (unnamed) body acts, not 甲
        if _partners_of_an_unnamed_body(text, s, agencies, subject):
            continue    # 我市与甲、乙等签约，并与丙签署: 甲 and 乙 were partners too, of the unnamed 我市
        partners = [b] + _agency_list_after(text, agencies, b)
        rest = text[partners[-1].end:s.end]
        if NOT_COOPERATING.search(text, subject.end, b.start) or _negated_verb(rest[:20]):
            continue    # 市公安局与…尚未建立联动机制, 由于缺乏与…的沟通: no working together
        if COOPERATION_VERBS.search(rest[:20]) or joined.group("verb") in ("会同", "联合", "配合", "协同"):
            # 浙江省人民政府、杭州市人民政府…与华为签署: each of the bodies listed before
            subjects = [a for a in listed_before(text, agencies, subject.start) if a.type == "Agency"] + [subject]
            for p in partners:
                for a in subjects:
                    out += _cooperating(a, p, s, 0.7, "with-partners")
                partnered.add(p.start)
            if not joined.group("role"):
                one_party |= {a.start for a in subjects}   # (甲、乙联合相关部门丙: 甲 and 乙 still act together)
    objects_of_with: set[int] = set()     # bodies listed after 与 (…与A、B、C…): one party with each other
    for a, b in zip(agencies, agencies[1:]):
        if a.start in partnered or {a.start, b.start} <= one_party:
            continue
        joiner = text[a.end:b.start].lstrip(")）")     # 中央党校(国家行政学院)、山东省人民政府: after a second name
        if not re.fullmatch(r"(与|和|同|会同|联合|、)", joiner):
            continue
        if joiner == "、" and (a.start in objects_of_with
                              or re.search(r"(与|同|会同|配合|协同)$", text[max(s.start, a.start - 2):a.start])):
            objects_of_with.add(b.start)
            continue    # 市热线办建立了与A、B、C的联动机制: partners of a body named before, not of each other
        partners = [b] + _agency_list_after(text, agencies, b)
        last = partners[-1]
        rest = text[last.end:s.end]
        if (joiner not in ("联合", "会同") and not COOPERATION_VERBS.search(rest[:30]) and not JOINTLY_ORGANIZING.match(rest)) \
                or EACH_ON_ITS_OWN.match(rest):
            continue    # (市公安局、市交通运输局各自组织开展…: each does it, not together)
        if _negated_verb(rest[:30]) or NOT_COOPERATING.search(text, max(s.start, a.start - 6), a.start):
            continue    # 市公安局与市交通运输局之间缺乏协作
        if (DECISIONS_AFTER_LIST.match(rest) and FOLLOWED_BEFORE.search(text, max(s.start, a.start - 12), a.start)) \
                or (joiner == "、" and (DATA_OF_LIST.match(rest) or OWNED_BY_LIST.match(rest))) \
                or (joiner == "、" and VISITED.search(text, clause_start(text, a.start, floor=s.start), a.start)
                    and not TOGETHER_AFTER.match(rest)):
            continue    # 贯彻落实党中央、国务院决策部署，…共同努力; 结合A、B等部门的统计数据，开展…: whose decisions
            #             or data, not who acts together
        for p in partners:
            out += _cooperating(a, p, s, 0.8, "together")
            partnered.add(p.start)      # 甲与乙、丙签署: 乙 and 丙 are one party, not partners of each other
        actors = [a] + partners
        if joiner == "、" and JOINTLY.match(rest):   # 甲、乙、丙共同签署: every one with every other
            for i, x in enumerate(partners):
                for y in partners[i + 1:]:
                    out += _cooperating(x, y, s, 0.75, "jointly")
        b = last
        # both implement / issue what the clause goes on to name
        for n in named:
            if n.start < b.end:
                continue
            clause = text[b.end:n.start]
            if CLAUSE_BREAK.search(clause):
                break
            if n.type == "Policy" and re.search(r"(贯彻落实|落实|执行|实施)", clause):
                out += [make_relation("implements", x.key, n.key, s, a.start, n.end, 0.75, "together-implements") for x in actors]
            elif n.type == "Policy" and re.search(r"(印发|出台|制定|制订|发布|下发)", clause):
                out += [make_relation("issuedBy", n.key, x.key, s, a.start, n.end, 0.8, "together-issue") for x in actors]
            elif n.type == "Report" and re.search(r"(发布|编制|撰写|出品)", clause):   # 甲联合乙发布了《报告》
                out += [make_relation("publishedBy", n.key, x.key, s, a.start, n.end, 0.8, "together-publish") for x in actors]
            if n.type in ("Policy", "Report"):
                break       # …联合下发的《C》，…制定本方案: they act on the first document after them, not the page's own
    return out


def _own_subject_before(text: str, s: Sentence, subject: Named, partner: Named) -> bool:
    """The partner's clause opens on words of its own (我局会同乙), not only on adverbs (，并与乙)."""
    opening = clause_start(text, partner.start, floor=s.start)
    if subject.end > opening:
        return False
    lead = PARTNER_LEAD.sub("", text[opening:partner.start])
    return not re.fullmatch(r"(并|还|也|同时|积极|主动|先后|已|将|又|分别|正|曾|共同|亦|近日|随后|日前|近期|此前|此后|"
                            r"今年|去年|目前|其后|之后)*", lead)


def _partners_of_an_unnamed_body(text: str, s: Sentence, agencies: list[Named], subject: Named) -> bool:
    """``subject``, with the names listed before it, follows 与/同/会同… that no name stands before."""
    first = (listed_before(text, agencies, subject.start) or [subject])[0]
    lead = PARTNER_LEAD.search(text, max(s.start, first.start - 4), first.start)
    return bool(lead) and not any(a.end == lead.start for a in agencies)


def _cooperating(a: Named, b: Named, s: Sentence, confidence: float, rule: str) -> list[Relation]:
    """The cooperatesWith of ``a`` and ``b``, headed by an agency: companies cooperate with
    government (安徽省人民政府与阿里巴巴集团签署), not, in this relation, with each other."""
    if a.type != "Agency":
        a, b = b, a
    if a.type != "Agency":
        return []
    return [make_relation("cooperatesWith", a.key, b.key, s, min(a.start, b.start), max(a.end, b.end), confidence, rule)]


def _under_phrase(text: str, a: Named, s: Sentence) -> bool:
    """在A指导下 / 在A的统筹下: A sets the frame, it is not the one acting."""
    return text[max(s.start, a.start - 1):a.start] == "在" and bool(
        re.match(r"的?(统筹|牵头|领导|指导|组织|支持)(下|之下)", text[a.end:a.end + 6]))


#: Between two bodies of one list: 、/和/及, or the close of a first list and a second (…等省直部门，以及…).
LIST_GOES_ON = re.compile(r"、|和|及|以及|等[\u4e00-\u9fff]{0,6}?(?:部门|单位|机构)[，,]\s?以及")


def _agency_list_after(text: str, agencies: list[Named], first: Named) -> list[Named]:
    """Agencies listed right after ``first`` with 、/和/及 (联合A、B、C推出…), and those a second list adds
    (联合A、B等省直部门，以及C、D等)."""
    out, prev = [], first
    for n in agencies:
        if n.start <= prev.start:
            continue
        if LIST_GOES_ON.fullmatch(text, prev.end, n.start):
            out.append(n)
            prev = n
        else:
            break
    return out
