"""Statistics and dates stated about an entity.

>>> parse_number("21.87", "亿")
2187000000.0
>>> parse_number("84", "%")
0.84
"""
from __future__ import annotations

import calendar
import re

from ..types import DateFact, Metric, Sentence
from .relate import Named

NUMBER = re.compile(
    r"(?P<op>超过|超出|超|逾|突破|达到|达|约|近|不到|不足|高于|低于|共|为|)"
    r"(?P<num>\d+(?:\.\d+)?)(?P<mult>万亿|千万|百万|万|亿)?(?P<unit>%|％|个百分点|人次|万人次|余?个|余?家|余?项|余?件|余?人|余?次|余?户|余?条|余?套|余?台|余?部|亿元|万元|元|项|件|人|次|户|条|个|家|GB|TB|PB)?"
    r"(?P<more>以上|余|多)?"
)
OPS = {"超过": ">", "超出": ">", "超": ">", "逾": ">", "突破": ">", "高于": ">", "约": "~", "近": "~",
       "不到": "<", "不足": "<", "低于": "<"}
MULTIPLIERS = {"万": 1e4, "亿": 1e8, "万亿": 1e12, "千万": 1e7, "百万": 1e6}
DATE = re.compile(r"(?P<y>(?:19|20)\d{2})\s*[年.\-/]\s*(?P<m>\d{1,2})\s*[月.\-/]\s*(?P<d>\d{1,2})\s*日?")
LAUNCH = re.compile(r"^[，,]?[^。；，]{0,16}?(正式)?(上线|开通|启用|运行|投入使用|上线运行|发布上线|开始运行|试运行)")
PUBLISH = re.compile(r"(发布|公布|发表|出炉)")
ISSUE = re.compile(r"(印发|出台|颁布|通过|施行|实施|下发|制定)")
# The name of a metric: the words just before the number, back to a break.
NAME_BREAK = re.compile(r"[，。；：、“”（）()\s]|已经|已|均|共|累计(?=[^\u4e00-\u9fff])|其中|目前|截至|以来|能力(?=达)")


def parse_number(num: str, mult: str | None) -> float:
    value = float(num)
    if mult in ("%", "％"):
        return round(value / 100, 6)
    return value * MULTIPLIERS.get(mult or "", 1)


def extract_metrics(text: str, s: Sentence, named: list[Named]) -> list[Metric]:
    out = []
    body = s.text
    for m in NUMBER.finditer(body):
        if not (m.group("mult") or m.group("unit") or m.group("op")):
            continue
        if _is_date_part(body, m) or _is_ordinal(body, m):
            continue
        name = _metric_name(body[:m.start()])
        if not name:
            continue
        if _is_change(body[:m.start()]):
            continue  # 较上年提高4.3 / 材料减少70%: a change, not a level
        subject = _subject(named, s.start + m.start(), text, s.start)
        if subject is None:
            continue
        unit = m.group("unit")
        value = parse_number(m.group("num"), unit if unit in ("%", "％") else m.group("mult"))
        op = OPS.get(m.group("op"), "=")
        if m.group("more"):
            op = ">"
        if unit and unit.startswith("余"):
            op, unit = ">", unit[1:]
        out.append(Metric(subject.key, name, value, op, "%" if unit in ("%", "％") else unit,
                          s.index, s.start + m.start(), s.start + m.end(), as_of=as_of_date(body[:m.start()])))
    return out


AS_OF = re.compile(r"(?:截至|截止|截止到|到)(?P<y>(?:19|20)\d{2})年(?:(?P<m>\d{1,2})月(?:(?P<d>\d{1,2})日)?)?(?P<end>底|末)?")


def as_of_date(before: str) -> str | None:
    """The date a figure refers to, from the last 截至… before it.

    >>> as_of_date("截至2023年底，注册用户")
    '2023-12-31'
    >>> as_of_date("截至2024年6月，")
    '2024-06-30'
    >>> as_of_date("注册用户") is None
    True
    """
    found = list(AS_OF.finditer(before))
    if not found:
        return None
    m = found[-1]
    year, month, day = int(m.group("y")), m.group("m"), m.group("d")
    if day:
        return f"{year:04d}-{int(month):02d}-{int(day):02d}"
    if month:
        return f"{year:04d}-{int(month):02d}-{calendar.monthrange(year, int(month))[1]:02d}"
    return f"{year:04d}-12-31"


def _is_change(before: str) -> bool:
    clause = re.split(r"[，；。]", before)[-1]
    return bool(re.search(r"(较|比|同比|环比)[^，；]{0,8}(提高|增长|下降|减少|提升|增加|缩短|压缩)?$", clause)
                or re.search(r"(提高|增长|下降|减少|提升|增加|缩短|压缩)(了)?$", clause))


def _is_date_part(body: str, m: re.Match) -> bool:
    after = body[m.end():m.end() + 1]
    return after in ("年", "月", "日", "届", "季", "版", "号") or bool(DATE.match(body[m.start():]))


def _is_ordinal(body: str, m: re.Match) -> bool:
    return body[max(0, m.start() - 1):m.start()] in ("第", "前", "近") and not m.group("mult")


def _metric_name(before: str) -> str | None:
    """The metric's words: back from the number to the nearest break, skipping a trailing verb."""
    tail = re.sub(r"(已经|已|均|累计达|达到|超过|达|为|共|约|近|逾|突破)$", "", before)
    tail = re.sub(r"(已经|已|均|达到|超过|达|为|共|约)$", "", tail)
    parts = NAME_BREAK.split(tail)
    name = parts[-1] if parts else ""
    if len(name) < 2 and len(parts) > 1:
        # “全程网办”能力达到84%: the quoted word belongs to the name
        m = re.search(r"“([^”]+)”([\u4e00-\u9fff]{0,4})$", tail)
        if m:
            name = m.group(1) + m.group(2)
    name = re.sub(r"^(已经|已|其中|目前|均|共|并|且|和|及)", "", name)
    return name if 2 <= len(name) <= 16 else None


def _subject(named: list[Named], pos: int, text: str = "", sentence_start: int = 0) -> Named | None:
    """What the figure is about: the latest platform (else agency, region) that opens a clause
    before the number — “爱山东”整合了山东省政务服务网…，注册用户… is about 爱山东 —
    else the nearest one named before it."""
    before = [n for n in named if n.end <= pos]
    clause_start = max(sentence_start, max((text.rfind(c, 0, pos) for c in "，；："), default=-1) + 1) if text else 0
    for types in (("Platform",), ("Agency", "Organization"), ("Region",)):
        cands = [n for n in before if n.type in types]
        if not cands:
            continue
        in_clause = [n for n in cands if n.start >= clause_start]
        if in_clause:
            return in_clause[-1]
        openers = [n for n in cands if text and _opens_clause(text, n, before, sentence_start)]
        return openers[-1] if openers else cands[-1]
    return None


def _opens_clause(text: str, n: Named, before: list[Named], sentence_start: int) -> bool:
    """The name stands at the start of its clause, maybe after a modifier (移动端, 目前) or another name."""
    clause_start = max(sentence_start, max((text.rfind(c, 0, n.start) for c in "，；："), default=-1) + 1)
    lead = text[clause_start:n.start]
    for m in before:
        if clause_start <= m.start and m.end <= n.start:
            lead = lead.replace(text[m.start:m.end], "")
    if re.search(r"(与|和|同|、|及)[“《]?$", text[max(0, n.start - 2):n.start]):
        return False   # the object of 与, not the subject
    return len(re.sub(r"[“”《》的]", "", lead)) <= 4


def extract_dates(text: str, s: Sentence, named: list[Named]) -> list[DateFact]:
    out = []
    for m in DATE.finditer(s.text):
        try:
            value = f"{int(m.group('y')):04d}-{int(m.group('m')):02d}-{int(m.group('d')):02d}"
        except ValueError:
            continue
        pos = s.start + m.end()
        after = s.text[m.end():]
        if LAUNCH.match(after):
            # 自2018年10月17日正式开通 follows its platform; 2019年3月8日，“鄂汇办”正式上线 precedes it
            after_it = _nearest(named, pos, ("Platform",))
            clause_after = re.split(r"[，,。；]", after.lstrip("，,"))[0]
            if after_it and after_it.start - pos <= len(after) - len(after.lstrip("，,")) + len(clause_after):
                subject = after_it
            else:
                subject = _nearest(named, s.start + m.start(), ("Platform",), before=True) or after_it
            prop = "launchDate"
        else:
            clause = re.split(r"[。；]", after)[0]
            if PUBLISH.search(clause) and _nearest(named, pos, ("Report", "Policy")):
                subject = _nearest(named, pos, ("Report", "Policy"))
                prop = "publicationDate" if subject.type == "Report" else "issueDate"
            elif ISSUE.search(clause) and _nearest(named, pos, ("Policy",)):
                subject, prop = _nearest(named, pos, ("Policy",)), "issueDate"
            else:
                continue
        if subject:
            out.append(DateFact(subject.key, prop, value, s.index, s.start + m.start(), pos))
    return out


def _nearest(named: list[Named], pos: int, types: tuple[str, ...], before: bool = False) -> Named | None:
    if before:
        cands = [n for n in named if n.type in types and n.end <= pos]
        return cands[-1] if cands else None
    cands = [n for n in named if n.type in types and n.start >= pos]
    return cands[0] if cands else None
