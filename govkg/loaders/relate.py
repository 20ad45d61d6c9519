"""Relations between resolved entities, sentence by sentence, each with its evidence.

Three kinds of rule, each a small function:

* **verb rules** — HEAD … verb … TAIL inside one clause (no 。；between),
  e.g. Agency …统筹… Platform → coordinates; a list joined by 、 shares the
  relation of its first member;
* **name rules** — what a name itself says: 天津网信办 → jurisdiction 天津;
  广西电子政务网 → serves 广西; 广西网信办…平台 → operates; “一网通办”总门户 →
  partOf 一网通办;
* **knowledge rules** (marked inferred) — 粤省事 serves 广东 because 粤 is
  广东's abbreviation; an agency placed by its section heading.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from ..types import Entity, Mention, Relation, Sentence
from .resolve import Resolution
from .resources import Resources, VerbRule
from .signature import signature_facts

CLAUSE_BREAK = re.compile(r"[。；;！？]")
LIST_JOINERS = re.compile(r"^(、|和|及|以及|与|，|等|)$")  # between names, quotes stripped
MAX_GAP = 60


# basedOn and cooperatesWith have functions of their own: _based_on, _cooperation
# Verbs whose object is the one name right after them (印发《B》…废止《C》), unlike lists (对接A、B、C).
SINGLE_OBJECT = frozenset({"issuedBy", "publishedBy", "commissionedBy", "amends", "basedOn", "implements"})
# Relations whose verb takes an object in its own clause (not 显示/明确/指出, which introduce a clause).
CLAUSE_BOUND = frozenset({"sharesDataWith", "integratesWith", "operates", "coordinates", "supervises", "serves"})
RATING_WORDS = re.compile(r"(为“|位列|排名|得分|水平|评为|达到“|获评|居|列第|名列|等级|梯队|处于|领先|前列|指数)")
COOPERATION_VERBS = re.compile(r"(召开|签署|签订|联合|共同|合作|座谈|会商|举行|携手|联合发布|联合印发|开展)")
ANAPHORA = {
    "Report": re.compile(r"(该报告|调查报告|评估报告|报告|(?:评估|调查|测评|评价|研究)结果)"),
    "Platform": re.compile(r"(该平台|该案例|该品牌|该应用|该项目|该系统|(?:(?<=负责)|(?<=承担))平台(?=的?(运营|建设|运维|运行维护)))"),
    "Policy": re.compile(r"((?:该|本)(?:实施)?(?:办法|方案|意见|条例|规定|通知|细则|规划|计划|措施|指南))"),
}


@dataclass(frozen=True)
class Named:
    """A mention with the entity it names, for the rules."""
    key: str
    type: str
    start: int
    end: int
    text: str


def relate(text: str, sentences: tuple[Sentence, ...], mentions: tuple[Mention, ...],
           resolution: Resolution, resources: Resources) -> tuple[Relation, ...]:
    """Every relation the rules find, deduplicated (best confidence kept)."""
    by_sentence = named_by_sentence(mentions, resolution)
    entities = resolution.entities
    found: list[Relation] = []
    last_of_type: dict[str, Named] = {}
    first_policy: Named | None = None     # 本通知 / 本办法 in a document is usually its own title
    for s in sentences:
        named = _with_anaphora(s, by_sentence.get(s.index, []), last_of_type, first_policy)
        found += _verb_relations(text, s, named, resources.verb_rules)
        found += _cooperation(text, s, named)
        found += _based_on(text, s, named)
        found += _commissioned(text, s, named)
        found += _amends(text, s, named)
        found += _under_lead(text, s, named)
        found += _passive(text, s, named)
        found += _name_relations(s, named, entities)
        found += _carried_over(text, s, named, last_of_type)
        found += _implicit_evaluation(text, s, named, last_of_type)
        for n in by_sentence.get(s.index, []):
            last_of_type[n.type] = n
            if n.type == "Policy" and first_policy is None:
                first_policy = n
    found += _title_issuers(entities, resolution, sentences)
    found += signature_facts(sentences, by_sentence)[0]
    found += _jurisdiction(entities, resolution, sentences)
    found += _knowledge(entities, resources, sentences)
    found += _region_hierarchy(entities, resources, sentences)
    return _dedupe(found)


def named_by_sentence(mentions: tuple[Mention, ...], resolution: Resolution) -> dict[int, list[Named]]:
    """Resolved mentions grouped by sentence, in text order."""
    out: dict[int, list[Named]] = {}
    for m in mentions:
        key = resolution.key_of(m)
        if key:
            out.setdefault(m.sentence, []).append(Named(key, m.type, m.start, m.end, m.text))
    return out


def _rel(type_, head, tail, s: Sentence, start, end, confidence, rule, inferred=False, rating=None) -> Relation:
    return Relation(type_, head, tail, s.index, start, end, confidence, inferred, rule, rating)


def _with_anaphora(s: Sentence, named: list[Named], last: dict[str, Named],
                   first_policy: Named | None = None) -> list[Named]:
    """Add "报告"/"该平台"/"该办法" as mentions of what they refer to.

    The referent is the nearest earlier name of that type in the sentence,
    else the last one named before the sentence.
    """
    out = list(named)
    for type_, pattern in ANAPHORA.items():
        for m in pattern.finditer(s.text):
            start, end = s.start + m.start(), s.start + m.end()
            if not all(end <= n.start or start >= n.end for n in out):
                continue
            earlier = [n for n in named if n.type == type_ and n.end <= start]
            referent = earlier[-1] if earlier else last.get(type_)
            if m.group(0).startswith("本") and first_policy is not None:
                referent = first_policy
            if referent is not None:
                out.append(Named(referent.key, type_, start, end, m.group(0)))
    return sorted(out, key=lambda n: n.start)


def _between(text: str, a: Named, b: Named) -> str:
    return text[a.end:b.start]


def _verb_relations(text: str, s: Sentence, named: list[Named], rules: tuple[VerbRule, ...]) -> list[Relation]:
    out = []
    for i, first in enumerate(named):
        for second in named[i + 1:]:
            gap = _between(text, first, second)
            if len(gap) > MAX_GAP or CLAUSE_BREAK.search(gap):
                break
            rule = _best_rule(text, s, named, first, second, gap, rules)
            if rule is None:
                continue
            first = _topic_instead(text, s, named, first, gap, rule)
            head, tail = (second, first) if rule.reverse else (first, second)
            rating = _rating(text, second) if rule.relation == "evaluates" else None
            # a list shares the relation: 对接A、B、C (after the verb), A、B印发《P》 (before it)
            members = _list_members(text, named, tail, rule) if not rule.reverse else _list_before(text, named, first)
            for t in members:   # each member plays the tail's role
                h, t = _hub_first(rule.relation, head, t)
                out.append(_rel(rule.relation, h.key, t.key, s, first.start, second.end,
                                rule.confidence, rule.name, rating=rating))
    return out


NATIONAL = ("国家", "全国")


def _hub_first(relation: str, head: Named, tail: Named) -> tuple[Named, Named]:
    """A provincial platform connecting with a national one is integrated into the national hub."""
    if relation == "integratesWith" and head.type == tail.type == "Platform" \
            and tail.text.startswith(NATIONAL) and not head.text.startswith(NATIONAL):
        return tail, head
    return head, tail


def _list_before(text: str, named: list[Named], anchor: Named) -> list[Named]:
    """The anchor plus the names of its type listed right before it (中共中央、国务院印发…)."""
    members = [anchor]
    for n in reversed([m for m in named if m.end <= anchor.start]):
        if n.type == anchor.type and re.fullmatch(r"(、|和|及|与|)", text[n.end:members[-1].start]):
            members.append(n)
        else:
            break
    return members


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
    after = CLAUSE_BREAK.split(text[second.end:s.end], 1)[0][:20]
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
        masked = _mask_names(text, named, first.end, second.start)
        m = rule.verbs.search(masked)
        if m is None and re.fullmatch(r"(将|把)", masked.replace("□", "").strip("“”、 ")):   # 报告将(江苏)A和B列为典型案例
            m = rule.verbs.search(_after_list(text, named, second, s))
        pos = m.start() if m else None
        if pos is not None and rule.relation in CLAUSE_BOUND and _opens_next_clause(gap, pos):
            continue  # A与B互转互认，C成为…: C is the next clause's subject, not the verb's object
        if pos is not None and rule.relation in SINGLE_OBJECT and _nearer_object(named, first, second, first.end + m.end()):
            continue  # 印发《B》，同时废止2018年印发的《C》: the verb's object is B
        if m is None and rule.relation in ("sharesDataWith", "integratesWith") \
                and re.fullmatch(r"(已|已经|将|也)?(与|和|同)[^，。；“”]{0,12}|.*，(实现|推进|加快|推动)?(与|和|同)", gap):
            # A与B实现数据共享 / A建设水平，实现与B融合对接: the verb comes after B
            m = rule.verbs.search(after)
            pos = len(gap) + m.start() if m else None
        if pos is None:
            continue
        if rule.relation == "designatesAuthority":
            return rule
        if rule.relation in ("features", "evaluates") and second.type == "Region" and _modifies_next(named, second):
            continue  # 江苏“苏服办”: the place qualifies the platform after it
        if rule.relation == "evaluates" and not RATING_WORDS.search(_after_list(text, named, second, s)):
            continue  # 报告显示…X作为典型案例: featured, not rated
        if rule.relation == "coordinates" and re.search(r"负责(指导|监督|监管)", gap):
            rule = by_name.get("supervises", rule)  # 负责指导、监督X: supervising it
        elif rule.relation == "coordinates" and re.search(r"负责(?!人)", gap) and _builds_or_runs(gap, text, second):
            rule = by_name.get("operates", rule)  # 负责X的建设运营: operating it, not coordinating
        if best_pos is None or pos < best_pos:
            best, best_pos = rule, pos
    return best


def _opens_next_clause(gap: str, verb_pos: int) -> bool:
    """The second name starts a clause of its own after the verb's clause has ended."""
    comma = gap.rfind("，")
    return comma > verb_pos and not gap[comma + 1:].strip("“”‘’《 ")


def _modifies_next(named: list[Named], n: Named) -> bool:
    nxt = [m for m in named if m.start >= n.end]
    return bool(nxt) and nxt[0].start - n.end <= 1 and nxt[0].type == "Platform"


def _after_list(text: str, named: list[Named], anchor: Named, s: Sentence) -> str:
    """The words after ``anchor`` and the names listed with it, up to the clause end."""
    end = anchor.end
    for n in named:
        if n.start >= end and re.fullmatch(r"(、|和|及|以及|与|)", text[end:n.start]):
            end = n.end
    return CLAUSE_BREAK.split(text[end:s.end], 1)[0][:24]


def _mask_names(text: str, named: list[Named], start: int, end: int) -> str:
    """The text between two names with the names inside it blanked (省市场监管局 holds no verb 监管)."""
    chars = list(text[start:end])
    for n in named:
        for i in range(max(n.start, start), min(n.end, end)):
            chars[i - start] = "□"
    return "".join(chars)


def _object_of_preposition(text: str, named: list[Named], first: Named, rule: VerbRule) -> bool:
    """广东政务服务网 in “粤省事”已与广东政务服务网…共享，并接入… is not the one acting."""
    before = text[max(0, first.start - 2):first.start]
    if not re.search(r"(与|和|同|、)$", before):
        return False
    roles = rule.tail_types if rule.reverse else rule.head_types
    return any(n.type in roles and n.end <= first.start for n in named)


def _nearer_object(named: list[Named], first: Named, second: Named, verb_end: int) -> bool:
    """Another name of second's type stands between the verb and second: the verb is about it."""
    return any(n.type == second.type and n.key != second.key and verb_end <= n.start and n.end <= second.start
               for n in named)


def _builds_or_runs(gap: str, text: str, tail: Named) -> bool:
    after = text[tail.end:tail.end + 12]
    return bool(re.search(r"负责[^，。；]{0,3}(建设运营|建设和运营|运营|运维|建设)", gap)
                or re.match(r"[^，。；]{0,6}?(的)?(建设运营|建设和运营|运营|运维|运行维护)", after))


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
        return True
    return False


def _prev_end(named: list[Named], n: Named) -> int:
    prev = [m.end for m in named if m.end <= n.start]
    return prev[-1] if prev else -1


def _list_members(text: str, named: list[Named], anchor: Named, rule: VerbRule) -> list[Named]:
    """The anchor plus the mentions listed after it with 、/和/及 (深度对接A、B、C等单位)."""
    members = [anchor]
    idx = named.index(anchor) if anchor in named else -1
    if idx < 0:
        return members
    end = anchor.end
    for n in named[idx + 1:]:
        gap = text[end:n.start]
        if n.type == "Region" and anchor.type == "Platform" and _modifies_next(named, n) \
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


def _cooperation(text: str, s: Sentence, named: list[Named]) -> list[Relation]:
    """A与B召开座谈会 / A、B联合印发: agencies acting together; both act on what follows."""
    out = []
    # organizations (中国电信青岛分公司) sign agreements with agencies too
    agencies = [n for n in named if n.type in ("Agency", "Organization")]
    partnered: set[int] = set()
    # 甲…，并与乙、丙联合开展…: the sentence's first agency works with each listed partner
    for b in agencies[1:]:
        if not re.search(r"(与|同|会同|联合)$", text[max(s.start, b.start - 2):b.start]) or b.start in partnered:
            continue
        before = [a for a in agencies if a.end <= b.start and not _under_phrase(text, a, s)]
        if not before:
            continue
        subject = before[-1]
        if text[subject.end:b.start] in ("与", "和", "同", "会同", "联合", "、"):
            continue    # 甲与乙…: handled below
        partners = [b] + _agency_list_after(text, agencies, b)
        rest = text[partners[-1].end:s.end]
        if COOPERATION_VERBS.search(rest[:20]) or text[b.start - 2:b.start] in ("会同", "联合"):
            for p in partners:
                out.append(_rel("cooperatesWith", subject.key, p.key, s, subject.start, p.end, 0.7, "with-partners"))
                partnered.add(p.start)
    for a, b in zip(agencies, agencies[1:]):
        if a.start in partnered:
            continue
        joiner = text[a.end:b.start]
        if not re.fullmatch(r"(与|和|同|会同|联合|、)", joiner):
            continue
        partners = [b] + _agency_list_after(text, agencies, b)
        last = partners[-1]
        rest = text[last.end:s.end]
        if joiner not in ("联合", "会同") and not COOPERATION_VERBS.search(rest[:30]):
            continue
        for p in partners:
            out.append(_rel("cooperatesWith", a.key, p.key, s, a.start, p.end, 0.8, "together"))
        actors = [a] + partners
        b = last
        # both implement / issue what the clause goes on to name
        for n in named:
            if n.start < b.end:
                continue
            clause = text[b.end:n.start]
            if CLAUSE_BREAK.search(clause):
                break
            if n.type == "Policy" and re.search(r"(贯彻落实|落实|执行|实施)", clause):
                out += [_rel("implements", x.key, n.key, s, a.start, n.end, 0.75, "together-implements") for x in actors]
            elif n.type == "Policy" and re.search(r"(印发|出台|制定|发布)", clause):
                out += [_rel("issuedBy", n.key, x.key, s, a.start, n.end, 0.8, "together-issue") for x in actors]
    return out


def _under_lead(text: str, s: Sentence, named: list[Named]) -> list[Relation]:
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
                out.append(_rel(relation, a.key, p.key, s, a.start, p.end, 0.7, "under-lead"))
    return out


def _passive(text: str, s: Sentence, named: list[Named]) -> list[Relation]:
    """“京通”由A统筹建设、B负责运营: the platform first, its agencies after 由 (and after 、 in the same clause)."""
    out = []
    for i, p in enumerate(named):
        if p.type != "Platform":
            continue
        tail_gap = text[p.end:s.end]
        topic = p is named[0] and not text[s.start:p.start].strip("“”《 ")
        m = re.match(r"[^。；，]{0,12}?由", tail_gap) or (topic and re.match(r"[^。；]{0,40}?，由", tail_gap))
        if not m:
            continue
        for a in named[i + 1:]:
            if CLAUSE_BREAK.search(text[p.end:a.start]):
                break
            if a.type != "Agency":
                continue
            words = text[a.end:a.end + 10]
            if re.match(r"(统筹|牵头|主导)", words):
                out.append(_rel("coordinates", a.key, p.key, s, p.start, a.end, 0.8, "passive"))
            elif re.match(r"(负责)?[^、，。；]{0,3}(建设|运营|运维|开发|维护|主办|承办)", words):
                out.append(_rel("operates", a.key, p.key, s, p.start, a.end, 0.8, "passive"))
            elif re.match(r"(负责)?(管理|主管|监管|监督|指导)", words):   # “京通”由A管理
                out.append(_rel("supervises", a.key, p.key, s, p.start, a.end, 0.75, "passive"))
    return out + _passive_policy(text, s, named)


def _passive_policy(text: str, s: Sentence, named: list[Named]) -> list[Relation]:
    """该条例由A审议通过 / 《P》由A印发: the policy was issued by A."""
    out = []
    for p, a in zip(named, named[1:]):
        if p.type not in ("Policy", "Report") or a.type not in ("Agency", "Region"):
            continue
        if not re.fullmatch(r"[^。；，]{0,6}?由", text[p.end:a.start]):
            continue
        verb = re.match(r"[^。；，]{0,6}?(印发|出台|制定|审议通过|表决通过|通过|发布|编制|颁布)", text[a.end:a.end + 12])
        if verb:
            relation = "publishedBy" if p.type == "Report" else "issuedBy"
            out.append(_rel(relation, p.key, a.key, s, p.start, a.end, 0.8, "passive-issue"))
    return out


def _commissioned(text: str, s: Sentence, named: list[Named]) -> list[Relation]:
    """A委托B（发布/编制）《R》: R was commissioned by A and published by B."""
    out = []
    for a, b in zip(named, named[1:]):
        if a.type != "Agency" or b.type not in ("Agency", "Organization"):
            continue
        passive = text[max(s.start, a.start - 1):a.start] == "受" and re.fullmatch(r"(的)?委托[，,]?", text[a.end:b.start])
        if a.type == "Agency" and b.type == "Agency" and text[b.start - 1:b.start] == "受" \
                and re.match(r"(的)?委托", text[b.end:b.end + 3]):
            # 甲受乙委托发布《R》: 甲 publishes, 乙 commissions
            for r in named:
                if r.type == "Report" and r.start > b.end and not CLAUSE_BREAK.search(text[b.end:r.start]):
                    out.append(_rel("commissionedBy", r.key, b.key, s, a.start, r.end, 0.85, "commissioned"))
                    out.append(_rel("publishedBy", r.key, a.key, s, a.start, r.end, 0.85, "commissioned"))
                    break
            continue
        if not (re.fullmatch(r"委托", text[a.end:b.start]) or passive):
            continue
        for r in named:
            if r.type == "Report" and r.start > b.end and not CLAUSE_BREAK.search(text[b.end:r.start]):
                out.append(_rel("commissionedBy", r.key, a.key, s, a.start, r.end, 0.85, "commissioned"))
                out.append(_rel("publishedBy", r.key, b.key, s, b.start, r.end, 0.85, "commissioned"))
                break
    return out


def _under_phrase(text: str, a: Named, s: Sentence) -> bool:
    """在A指导下 / 在A的统筹下: A sets the frame, it is not the one acting."""
    return text[max(s.start, a.start - 1):a.start] == "在" and bool(
        re.match(r"的?(统筹|牵头|领导|指导|组织|支持)(下|之下)", text[a.end:a.end + 6]))


def _agency_list_after(text: str, agencies: list[Named], first: Named) -> list[Named]:
    """Agencies listed right after ``first`` with 、/和/及 (联合A、B、C推出…)."""
    out, prev = [], first
    for n in agencies:
        if n.start <= prev.start:
            continue
        if re.fullmatch(r"(、|和|及|以及)", text[prev.end:n.start]):
            out.append(n)
            prev = n
        else:
            break
    return out


BASIS_WORDS = re.compile(r"(根据|依据|依照|按照|遵照|贯彻|落实|贯彻落实|深入贯彻|认真落实|为落实|为贯彻落实)$")


def _based_on(text: str, s: Sentence, named: list[Named]) -> list[Relation]:
    """根据《A》《B》…制定《C》, 为贯彻落实《A》…制定本方案, or 《C》…根据《A》: C is based on A (and B)."""
    out = []
    policies = [n for n in named if n.type == "Policy"]
    for i, a in enumerate(policies):
        before = text[max(s.start, a.start - 6):a.start]
        if not BASIS_WORDS.search(before):
            continue
        basis = [a]
        for p in policies[i + 1:]:   # 根据《A》《B》和《C》
            if re.fullmatch(r"(、|和|及|以及|)", text[basis[-1].end:p.start]):
                basis.append(p)
            else:
                break
        others = [p for p in policies if p not in basis and p.key not in {b.key for b in basis}]
        if not others:
            continue
        issued = [p for p in others if re.search(r"(印发|出台|制定|编制|发布|颁布|修订)(了|后的)?$", text[max(s.start, p.start - 6):p.start])]
        if not issued and not re.search(r"(根据|依据|依照|按照|遵照)$", before):
            continue  # 落实《A》 alone is carrying A out; it is a basis only where a new document is made
        target = issued[0] if issued else min(others, key=lambda p: abs(p.start - a.start))
        for b in basis:
            out.append(_rel("basedOn", target.key, b.key, s, min(b.start, target.start), max(b.end, target.end), 0.75, "based-on"))
    return out


def _amends(text: str, s: Sentence, named: list[Named]) -> list[Relation]:
    """印发《B》，同时废止《C》 / 原《C》同时废止 / 《B》修订《C》: B amends C."""
    out = []
    policies = [n for n in named if n.type == "Policy"]
    if len(policies) < 2:
        return out
    for m in re.finditer(r"废止|修订|取代|替代", text[s.start:s.end]):
        pos = s.start + m.start()
        after = [p for p in policies if p.start >= pos + len(m.group(0)) and not CLAUSE_BREAK.search(text[pos:p.start])]
        before = [p for p in policies if p.end <= pos and re.fullmatch(r"[”》]?(同时|一并|予以|即行)?", text[p.end:pos])]
        old = after[0] if m.group(0) == "废止" and after else before[-1] if before else None
        if old is None:
            continue
        issued = [p for p in policies if p.key != old.key and re.search(
            r"(印发|出台|制定|发布|颁布|通过)(了|修订后的|新的)?$", text[max(s.start, p.start - 8):p.start])]
        subject = [p for p in policies if p.key != old.key and not text[s.start:p.start].strip("“”《 ")]
        new = issued[0] if issued else subject[0] if subject else None
        if new:
            out.append(_rel("amends", new.key, old.key, s, min(new.start, old.start), max(new.end, old.end), 0.75, "repeals"))
    return out


def _name_relations(s: Sentence, named: list[Named], entities: dict[str, Entity]) -> list[Relation]:
    """What adjacent names say: 上海“一网通办” serves 上海; 上海市大数据中心“一网通办”总门户 operated by it."""
    out = []
    for a, b in zip(named, named[1:]):
        if b.start - a.end > 1:
            continue
        glue = s.text[a.end - s.start:b.start - s.start]
        if glue not in ("", "的"):
            continue
        if a.type == "Region" and b.type == "Platform":
            out.append(_rel("serves", b.key, a.key, s, a.start, b.end, 0.75, "region-platform"))
        elif a.type == "Agency" and b.type == "Platform":
            out.append(_rel("operates", a.key, b.key, s, a.start, b.end, 0.8, "agency-platform"))
        elif a.type == "Region" and b.type == "Region":
            out.append(_rel("partOf", b.key, a.key, s, a.start, b.end, 0.9, "region-region"))
    for n in named:
        e = entities.get(n.key)
        if n.type == "Platform":
            out += _platform_name_relations(s, n, named, entities)
        if n.type in ("Report", "Policy") and e:
            relation = "publishedBy" if n.type == "Report" else "issuedBy"
            issuers = {}   # 湖南省人民政府办公厅关于…: the longest body the title opens with, not 湖南省人民政府
            for other_key, o in entities.items():
                if o.type in ("Agency", "Organization"):
                    lengths = [len(a) for nm in (e.name,) + e.aliases for a in (o.name,) + o.aliases
                               if len(a) >= 2 and nm.startswith(a) and nm != a]
                    if lengths:
                        issuers[other_key] = max(lengths)
            longest = max(issuers.values(), default=0)
            for other_key, length in issuers.items():
                if length == longest:
                    out.append(_rel(relation, n.key, other_key, s, n.start, n.end, 0.6, "named-after-issuer"))
        if n.type == "Agency" and e:
            for other in named:
                o = entities.get(other.key)
                if other.type == "Agency" and o and other.key != n.key and e.name.startswith(o.name):
                    out.append(_rel("partOf", n.key, other.key, s, n.start, n.end, 0.6, "agency-name"))
    # 甲是乙下属的事业单位 / 乙下属的甲 / 乙所属甲: 甲 is part of 乙
    for a, b in zip(named, named[1:]):
        if a.type == b.type == "Agency":
            between = s.text[a.end - s.start:b.start - s.start]
            after = s.text[b.end - s.start:b.end - s.start + 12]
            if re.fullmatch(r"(是|为|系|作为)", between) and re.match(r"的?(下属|直属|所属|内设)", after):
                out.append(_rel("partOf", a.key, b.key, s, a.start, b.end, 0.8, "subordinate"))
            elif re.fullmatch(r"的?(下属|直属|所属|内设)的?", between):
                out.append(_rel("partOf", b.key, a.key, s, a.start, b.end, 0.8, "subordinate"))
    # “赣服通”是江西省一体化在线政务服务平台的移动端
    for a, b in zip(named, named[1:]):
        if a.type == b.type == "Platform" and re.fullmatch(r"(是|为|作为)", s.text[a.end - s.start:b.start - s.start]) \
                and re.match(r"的?(移动端|客户端|小程序|子平台|组成部分|分平台|移动门户)", s.text[b.end - s.start:]):
            out.append(_rel("partOf", a.key, b.key, s, a.start, b.end, 0.8, "is-part-of"))
    # 移动端“随申办”: a mobile end of the platform named before it in the sentence
    for a in named:
        if a.type != "Platform":
            continue
        before = s.text[max(0, a.start - s.start - 4):a.start - s.start]
        if re.search(r"(移动端|客户端|小程序|APP|App)$", before):
            earlier = [p for p in named if p.type == "Platform" and p.end <= a.start and p.key != a.key]
            if earlier:
                out.append(_rel("partOf", a.key, earlier[-1].key, s, earlier[-1].start, a.end, 0.7, "mobile-end"))
    return out


def _platform_name_relations(s: Sentence, n: Named, named: list[Named], entities: dict[str, Entity]) -> list[Relation]:
    out = []
    e = entities[n.key]
    names = (e.name,) + e.aliases
    for other_key, other in entities.items():
        if other_key == n.key:
            continue
        if other.type == "Platform" and any(nm != other.name and nm.startswith(other.name) and len(other.name) >= 2 for nm in names):
            rest = [nm[len(other.name):] for nm in names if nm.startswith(other.name)][0]
            if re.fullmatch(r"(总门户|门户|门户网站|平台|APP|App|小程序|移动端|客户端|专区|分厅|PC端|·.{2,12}|"
                            r"[\u4e00-\u9fffA-Za-z]{2,12}(系统|子系统|专区|模块|数据库))", rest):
                out.append(_rel("partOf", n.key, other_key, s, n.start, n.end, 0.8, "platform-name"))
        if other.type == "Agency" and any(nm.startswith(a) for nm in names for a in (other.name,) + other.aliases if len(a) >= 3):
            out.append(_rel("operates", other_key, n.key, s, n.start, n.end, 0.8, "agency-in-name"))
        if other.type == "Region" and any(a in nm for nm in names for a in (other.name,) + other.aliases if len(a) >= 2):
            out.append(_rel("serves", n.key, other_key, s, n.start, n.end, 0.75, "region-in-name"))
    return out


def _carried_over(text: str, s: Sentence, named: list[Named], last: dict[str, Named]) -> list[Relation]:
    """与X实现资源共享 with no platform before it in the sentence: the subject is the last platform named."""
    out = []
    platforms = [n for n in named if n.type == "Platform"]
    if len(platforms) == 1 and "Platform" in last and last["Platform"].key != platforms[0].key:
        p = platforms[0]
        before = text[s.start:p.start]
        after = text[p.end:s.end]
        if before.rstrip().endswith("与") and re.match(r"[^。；]{0,10}(共享|互联互通|互通|对接)", after):
            out.append(_rel("sharesDataWith", last["Platform"].key, p.key, s, p.start, p.end, 0.6, "carried-share"))
    return out


IMPLICIT_RATING = re.compile(r"(评估等级|等级|水平|能力|得分)?[^，。；]{0,8}?(为|达到|获评|评为)“([^”]{1,6})”|得分最高|排名第一|位列第一"
                             r"|分列第|位列|名列|排名第|居全国第|排在第|[一二三四五六七八九十]强|前[一二三四五六七八九十]")


def _implicit_evaluation(text: str, s: Sentence, named: list[Named], last: dict[str, Named]) -> list[Relation]:
    """In a report's summary, 陕西、辽宁…等16个省评估等级为“良好”: the report being summarized rates them."""
    reports = [n for n in named if n.type == "Report"]
    if reports:   # 《报告》…，浙江、江苏、贵州…稳坐全国三强: the places after the report's clause
        last = {"Report": reports[-1]}
        named = [n for n in named if n.start > reports[-1].end
                 and re.search(r"[，,]", text[reports[-1].end:n.start])]
    if "Report" not in last or any(n.type in ("Report", "Policy", "Agency") for n in named):
        return []
    rated = [n for n in named if n.type in ("Region", "Platform") and not (n.type == "Region" and _modifies_next(named, n))]
    if not rated:
        return []
    after = text[rated[-1].end:s.end]
    m = IMPLICIT_RATING.search(CLAUSE_BREAK.split(after, 1)[0][:40])
    if not m:
        return []
    rating = m.group(3) if m.lastindex and m.lastindex >= 3 else None
    report = last["Report"]
    return [_rel("evaluates", report.key, n.key, s, n.start, n.end, 0.6, "implicit-report", rating=rating)
            for n in rated]


def _jurisdiction(entities: dict[str, Entity], resolution: Resolution, sentences) -> list[Relation]:
    """An agency's name places it: 天津网信办 → 天津市 (stated); 省卫生健康委 under 四川 → 四川省 (inferred)."""
    out = []
    for key, regions in resolution.agency_regions.items():
        if not regions:
            continue
        e = entities[key]
        m = e.mentions[0]
        s = sentences[m.sentence]
        region_key = f"Region:{regions[-1][1]}"
        if region_key in entities:
            out.append(_rel("jurisdiction", key, region_key, s, m.start, m.end, 0.85, "agency-region",
                            inferred=key in resolution.inferred_keys))
        for (_, outer), (_, inner) in zip(regions, regions[1:]):
            if f"Region:{inner}" in entities and f"Region:{outer}" in entities:
                out.append(_rel("partOf", f"Region:{inner}", f"Region:{outer}", s, m.start, m.end, 0.9, "region-region"))
    return out


def _knowledge(entities: dict[str, Entity], resources: Resources, sentences) -> list[Relation]:
    """粤省事 serves 广东: the app dictionary, or a province abbreviation opening the name (inferred)."""
    out = []
    for key, e in entities.items():
        if e.type != "Platform":
            continue
        code = resources.province_of_app(e.name)
        region_key = f"Region:{code}" if code else None
        if region_key and region_key in entities:
            m = e.mentions[0]
            out.append(_rel("serves", key, region_key, sentences[m.sentence], m.start, m.end, 0.6,
                            "province-abbreviation", inferred=True))
    return out


def _title_issuers(entities: dict[str, Entity], resolution: Resolution, sentences) -> list[Relation]:
    """中共中央 国务院关于…的意见 is issued by both bodies its title names (inferred from the title)."""
    out = []
    for title, issuers in resolution.issuers.items():
        if title not in entities:
            continue
        m = entities[title].mentions[0]
        relation = "publishedBy" if entities[title].type == "Report" else "issuedBy"
        for agency in issuers:
            if agency in entities:
                out.append(_rel(relation, title, agency, sentences[m.sentence], m.start, m.end, 0.7,
                                "title-issuer", inferred=True))
    return out


def _region_hierarchy(entities: dict[str, Entity], resources: Resources, sentences) -> list[Relation]:
    """长春市 partOf 吉林省 when the article names both: the nearest place above it that the
    article names, from GB/T 2260 (inferred: the text need not say it)."""
    g = resources.gazetteer
    named = {e.region_code: key for key, e in entities.items() if e.type == "Region" and e.region_code}
    out = []
    for code, key in named.items():
        parent = next((named[c] for c in g.ancestors(code) if c in named and c != "100000"), None)
        if parent:
            m = entities[key].mentions[0]
            out.append(_rel("partOf", key, parent, sentences[m.sentence], m.start, m.end, 0.9,
                            "gazetteer-hierarchy", inferred=True))
    return out


def _dedupe(relations: list[Relation]) -> tuple[Relation, ...]:
    best: dict[tuple, Relation] = {}
    for r in relations:
        if r.head == r.tail:
            continue
        k = (r.type, r.head, r.tail)
        if r.type in ("cooperatesWith", "sharesDataWith"):
            k = (r.type,) + tuple(sorted((r.head, r.tail)))
        old = best.get(k)
        if old is None or (old.inferred and not r.inferred) or (old.inferred == r.inferred and r.confidence > old.confidence):
            best[k] = r
    return tuple(best.values())
