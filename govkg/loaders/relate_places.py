"""Places that work together: cross-region service agreements (跨省通办, 跨城通办), written with
the places themselves as the parties.

- 台州市与上海市杨浦区、安徽省亳州市签约了“跨省通办”合作: the first place with each place after 与.
- 武汉、黄石、鄂州9地…签署了跨城通办合作协议: every place listed with every other.

Comparisons (与上海相比) and lists of places that only stand side by side (北京、上海位列前二) are
no agreement: the clause must say what the places agree on.

And the accounts a place's inspection lists under it (虞城县微信公众号“畅通虞城、虞城民政”) serve that place.
"""
from __future__ import annotations

import re
from itertools import combinations

from ..types import Relation, Sentence
from .named import Named, list_end, listed_before, make_relation
from .recognize_accounts import ACCOUNT_KINDS

#: What places do together, said after the partners (签订…协议, 对接合作, 跨省通办, 联动).
AGREES = re.compile(r"签订|签署|签约|合作|协议|备忘录|通办|联动|共建|结成|携手|联合")
#: After the partners: not an agreement but a comparison (与上海相比, 与全国持平).
COMPARED = re.compile(r"相比|相较|比较|差距|持平|相当|接壤|交界|之间|一样|不同|距离")
#: The next clause opening on acting together: the partners' act.
JOINT_NEXT = re.compile(r"[，,](?:联合|共同|携手|签订|签署|签约)")
#: In the clause of the agreement: it has not happened (尚未签订), or the partners sign with a third (分别与…).
NOT_SIGNED = re.compile(r"未|不|没有|与|(?<!共)同")     # (共同签署 is signing together)
#: Between places listed (and between a province and its city written together: no mark at all).
PLACE_LIST_GAP = re.compile(r"(、|和|及|以及|)")
#: Every pair of more places than this would bury the graph in pairs: a list this long is a network, not partners.
MOST_PARTIES = 16
#: Between the first place and 与: only words that keep it the one acting (福建省积极推进与…, 广东牵头推动并与…).
LEADS_TO_WITH = re.compile(r"(?:积极|主动|先后|已|还|也|分别|正|已经|深化|推进|推动|加强|开展|持续|牵头|并)*(?:与|同|会同)")
#: After a whole list of places: how many they are (9地, 14座城市, 四省区; not 等12个省区, a list cut short).
PLACES_COUNTED = re.compile(r"(?:\d+|[两三四五六七八九十]+)(?:个|座)?(?:地|省区市|省市|省区|省份|省|城市|市|县区|区县|县|区)")
#: Every place listed signs with every other: the clause says so (签署了…合作协议, 共同签署, 结成…伙伴).
SIGN_TOGETHER = re.compile(r"(?:签署|签订|签约)[^，。；]{0,30}?(?:协议|备忘录|合作)|共同(?:签署|签订|签约)|结成[^，。；]{0,20}?(?:伙伴|联盟)")


def places_together(text: str, s: Sentence, named: list[Named]) -> list[Relation]:
    """Places that sign or work together, as cooperatesWith between them."""
    places = [n for n in named if n.type == "Region"]
    out: list[Relation] = []
    paired: set[int] = set()      # places already a party of an agreement found in this sentence
    for b in places:
        if b.start in paired:
            continue
        a = _first_party(text, s, places, b)
        if a is None:
            continue
        partners = _listed_from(text, places, b)
        clause = _rest_of_clause(text, s, partners[-1].end)
        joint = JOINT_NEXT.match(text, partners[-1].end + len(clause))
        clause = clause + (joint.group(0) if joint else "")   # (…等6省区省会城市，联合推出…)
        agrees = AGREES.search(clause)
        if COMPARED.search(clause) or not agrees or NOT_SIGNED.search(clause, 0, agrees.start()):
            continue
        for p in partners:
            out.append(make_relation("cooperatesWith", a.key, p.key, s, a.start, p.end, 0.7, "places-with"))
            paired.add(p.start)
        paired.add(a.start)
    for last in places:
        counted = PLACES_COUNTED.match(text, last.end)
        if not counted or last.start in paired:
            continue
        listed, opens = _listed_before(text, places, last)
        if not 2 <= len(listed) <= MOST_PARTIES or LEADS_TO_WITH.search(text, max(s.start, opens - 2), opens):
            continue    # (与A、B…: one party)
        clause = _rest_of_clause(text, s, counted.end())
        joint = JOINT_NEXT.match(text, counted.end() + len(clause))
        if joint:     # (14座城市本着…的理念，共同结成…伙伴关系: the next clause's joint act is theirs)
            clause += "，" + _rest_of_clause(text, s, joint.start() + 1)
        signed = SIGN_TOGETHER.search(clause)
        lead = clause[:signed.start()].rsplit("，", 1)[-1] if signed else ""     # (the joint clause's own words)
        if signed and not NOT_SIGNED.search(lead) and not re.search("分别|的", lead):
            for x, y in combinations(listed, 2):
                out.append(make_relation("cooperatesWith", x.key, y.key, s, x.start, y.end, 0.7, "places-jointly"))
            paired |= {n.start for n in listed}
    return out


def _first_party(text: str, s: Sentence, places: list[Named], b: Named) -> Named | None:
    """The place acting with ``b``: the last place before it, with only 与 (or 同, 会同, and words
    that keep it acting) between them (台州市与…; 福建省积极推进与…)."""
    before = [n for n in places if n.end <= b.start and n.start >= s.start]
    if not before:
        return None
    a = before[-1]
    return a if LEADS_TO_WITH.fullmatch(text, a.end, b.start) and a.key != b.key else None


def _listed_from(text: str, places: list[Named], first: Named) -> list[Named]:
    """``first`` and the places listed after it with 、/和/及; a place written with the places above it
    (江苏省苏州市) counts as the last of them."""
    end = list_end(text, places, first, PLACE_LIST_GAP)
    listed = [n for n in places if first.start <= n.start and n.end <= end]
    return [n for n in listed if not any(m.start == n.end for m in listed)]   # (安徽省亳州市: the city)


def _listed_before(text: str, places: list[Named], last: Named) -> tuple[list[Named], int]:
    """The places listed up to ``last`` with 、/和/及, in text order, and where the list opens; a
    province written before its city (福建省漳州市) is not a party of its own."""
    listed = listed_before(text, places, last.end, gap=PLACE_LIST_GAP)
    opens = listed[0].start
    for n in reversed(places):
        if n.end == opens:
            opens = n.start   # the province above the first place listed
    return listed, opens


def _rest_of_clause(text: str, s: Sentence, pos: int) -> str:
    return re.split(r"[，,。；;]", text[pos:s.end], maxsplit=1)[0]


#: A place speaking of itself as the issuer of documents named right after (我市…先后出台《A》《B》, 我省制定了《X》).
PLACE_ISSUES = re.compile(r"(?:^|(?<=[，。；：,\s])|(?<=近年来)|(?<=随后|同年|此后|目前|今年|去年))(?:我|本)(?P<level>省|市|区|县)"
                          r"(?P<between>[^。；]{0,30}?)(?:出台|印发|制定|颁布|发布)了?(?=《)")
#: Between the place and the verb: someone else acts or is asked to, or it has not happened (我市推动省政府出台…,
#: 我市尚未出台…, 我市人大常委会制定了…, 我市有关部门印发…).
NOT_THE_PLACE_ISSUING = re.compile(r"争取|推动|配合|建议|参与|呼吁|协助|尚未|未|将|拟|下一步|计划|人大|政协|市委|省委|县委|区委|"
                                   r"政府|办公室|两办|部门|各|企业|专家|学校|小组|有关|相关|单位|机构")


def place_issues(text: str, s: Sentence, named: list[Named], places: dict[str, str]) -> list[Relation]:
    """近年来，我市紧扣《规划》，先后出台《A》《B》: the page's own place issued A and B (as the Region, for no body
    is named); not where a body is named between the place and the verb (我市数据局印发…: the bureau's)."""
    out = []
    for m in PLACE_ISSUES.finditer(text, s.start, s.end):
        key = places.get(m.group("level"))
        if key is None or NOT_THE_PLACE_ISSUING.search(re.sub(r"《[^》]*》", "", m.group("between"))) \
                or any(n.type in ("Agency", "Region", "Organization") and m.start() < n.start < m.end() for n in named):
            continue
        last = m.end()
        for n in named:
            if n.type != "Policy" or n.start < m.end():
                continue
            if not re.fullmatch(r"[、和及]?", text[last:n.start]):
                break
            out.append(make_relation("issuedBy", n.key, key, s, m.start(), n.end, 0.75, "place-issues"))
            last = n.end
    return out


#: A place, then the kind of its accounts and their names quoted (虞城县微信公众号“畅通虞城、虞城三五基层工作日”,
#: 柘城县微信公众号“柘城巡特警”): the accounts are the place's. The kinds are recognize_accounts'.
PLACE_ACCOUNTS = re.compile(rf"(?:{ACCOUNT_KINDS}|政务微博|微博|头条号|抖音号|微信小程序|小程序)[:：]?“(?P<run>[^“”]{{2,120}})”")


#: Right after such a quotation: what the names are when not accounts (栏目, 主题活动, 功能, 一文, 入口, 等平台).
NOT_ACCOUNTS_AFTER = re.compile(r"等?(?:栏目|板块|专栏|菜单|功能|主题|活动|宣传|一文|文章|入口|链接|页面|平台)")


def places_accounts(text: str, s: Sentence, named: list[Named]) -> list[Relation]:
    """Each account a quotation lists after a place and the kind of account (虞城县微信公众号“畅通虞城、虞城民政”)
    serves that place."""
    out = []
    for m in PLACE_ACCOUNTS.finditer(text, s.start, s.end):
        place = next((n for n in named if n.type == "Region" and n.end == m.start()), None)
        if place is None:
            continue
        if NOT_ACCOUNTS_AFTER.match(text, m.end()):
            continue     # (“以案说法、法律讲堂”等栏目, “我为群众办实事”主题活动: columns and campaigns, no accounts)
        stem = re.sub(r"(?:自治县|县|区|市|旗)$", "", place.text)
        for n in named:     # (an account named after its place: 畅通虞城, 法治睢阳; not 国家政务服务平台, 学习强国)
            if n.type == "Platform" and m.start("run") <= n.start and n.end <= m.end("run") and stem in n.text:
                out.append(make_relation("serves", n.key, place.key, s, place.start, m.end(), 0.7, "place-accounts"))
    return out
