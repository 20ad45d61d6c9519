"""The signature block of an official document: who signs it, and when.

A notice ends with its issuers, one per line, and the date under them::

    《某某实施方案》已经省政府同意，现印发给你们。
    河北省人民政府办公厅
    2018年11月20日

Lines holding nothing but one body's name, directly above a line holding
nothing but a date, sign the document. The document signed is the policy the
text says it issues (现印发给你们, 关于印发《P》的通知), else the first policy named.
The text never states "P issuedBy X" in one sentence, so the relations are
marked inferred.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from ..types import DateFact, Relation, Sentence
from .numbers import DIGITS, chinese_number, iso_date
from .recognize_titles import FIELD_LABEL
from .segment import CALL_TITLE, clause_start

DATE_LINE = re.compile(r"^\s*[(（]?\s*((?:19|20)\d{2}|[一二][〇○零0一二三四五六七八九]{3})\s*年\s*(\d{1,2}|[一二三四五六七八九十]{1,2})"
                       r"\s*月\s*(\d{1,2}|[一二三四五六七八九十]{1,3})\s*日\s*[)）]?\s*$")


def date_line(text: str) -> str | None:
    """The ISO date of a line holding nothing but a date, in figures or in Chinese numerals (as a
    signature writes it: 二〇二〇年十一月十五日, in brackets under a title too).

    >>> date_line("2018年11月20日"), date_line("（二0二0年十一月十五日）"), date_line("二〇二三年十二月二十八日")
    ('2018-11-20', '2020-11-15', '2023-12-28')
    """
    m = DATE_LINE.match(text)
    if not m:
        return None
    year = int(m.group(1)) if m.group(1).isdigit() else int("".join(str(DIGITS[c]) for c in m.group(1)))
    month, day = (int(x) if x.isdigit() else chinese_number(x) for x in m.group(2, 3))
    return iso_date(f"{year:04d}-{month:02d}-{day:02d}")   # (None for a day the calendar lacks)


ISSUING = re.compile(r"(印发|颁布|发布|下发|公布|制定了)")
# The title of a notice that is the document itself (not one that issues another: 关于印发《P》的通知).
#   (or a call for comments on a draft: the notice the page holds, though it quotes the draft's title)
OWN_TITLE = re.compile(r"^[^《》]{2,30}(?:关于(?!印发|转发|发布)[^《》]+的(通知|意见|决定|通告|公告)$|" + CALL_TITLE.pattern + ")")


@dataclass(frozen=True)
class Signature:
    signers: tuple[str, ...]     #: Entity keys of the signing bodies, in order
    date: str                    #: ISO date of the date line
    sentence: int                #: index of the date line
    start: int                   #: span of the block in Document.text
    end: int


def signatures(sentences: tuple[Sentence, ...], named: dict[int, list]) -> list[Signature]:
    """Every signature block: agency-only lines directly above a date-only line."""
    out = []
    for s in sentences:
        date = date_line(s.text)
        if not date:
            continue
        signers, first = [], s
        for prev in reversed(sentences[:s.index]):
            names = named.get(prev.index, [])
            line = ACTING_FOR.sub("", prev.text.strip())     # 某领导小组办公室(代): signing for the group
            if len(names) == 1 and names[0].type in ("Agency", "Organization") and line == names[0].text.strip():
                signers.insert(0, names[0].key)
            elif not names and SIGNER_LINE.match(line):
                pass     # 省政府办公厅, 某县人民政府办公室 under a county's former name: a signer we cannot name
            else:
                break
            first = prev
        if signers or _follows_issuing(first, sentences, named):
            out.append(Signature(tuple(dict.fromkeys(signers)), date, s.index, first.start, s.end))
    return out


def _follows_issuing(block: Sentence, sentences: tuple[Sentence, ...], named: dict[int, list]) -> bool:
    """A signature block (or its date line alone) a sentence or two under 现将《P》印发给你们，请认真贯彻执行。
    (maybe 执行中遇到的问题…反映。 between), whose signers the page lost or we cannot name."""
    for above in reversed(sentences[max(0, block.index - 2):block.index]):
        if TRANSMITTED.search(above.text) and any(n.type == "Policy" for n in named.get(above.index, [])):
            return True
    return False


TRANSMITTED = re.compile(r"(印发|下发)给?你们|现予(?:以)?印发")   # (转发: another's document, dated by its own issuer;
#                                                             现将《P》印发你们, the 给 left out)
#: A line holding only a body's name as a signature writes it: 省政府办公厅, 茌平县人民政府办公室.
SIGNER_LINE = re.compile(r"^[\u4e00-\u9fff]{1,24}(?:人民政府|政府|办公厅|办公室|委员会|领导小组|局|厅|委)$")
#: After a signer's name: signing for another body (某领导小组办公室(代)).
ACTING_FOR = re.compile(r"\s*[(（]代[)）]$")


def signed_policies(block: Signature, sentences: tuple[Sentence, ...], named: dict[int, list]) -> list[str]:
    """Every policy a block signs: 现将《A》《B》《C》印发给你们 signs all three."""
    one = signed_policy(block, sentences, named)
    if one is None:
        return []
    for s in reversed(sentences[:block.sentence]):
        keys = [n.key for n in named.get(s.index, []) if n.type == "Policy"]
        if one in keys and ISSUING.search(s.text):
            together = [k for k in dict.fromkeys(keys) if not _cited_as_basis(s, _start_in(s, named, k))]
            return together if one in together else [one]
    return [one]


#: Before a policy in its clause: the basis the signed one rests on (为贯彻落实《A》《B》，…制定了《C》), not signed.
BASIS = re.compile(r"(根据|依据|按照|依照|贯彻|落实)")


def _cited_as_basis(s: Sentence, start: int) -> bool:
    """Whether the policy named at ``start`` (in the text) stands in its clause after a basis word."""
    at = max(0, start - s.start)
    return bool(BASIS.search(s.text[clause_start(s.text, at):at]))


def _start_in(s: Sentence, named: dict[int, list], key: str) -> int:
    return next(n.start for n in named.get(s.index, []) if n.key == key)


def signed_policy(block: Signature, sentences: tuple[Sentence, ...], named: dict[int, list]) -> str | None:
    """The policy a block signs: a notice whose own title heads the text (某厅关于…的通知) signs itself;
    else the one issued in the nearest sentence above the block (现印发给你们), else the first named."""
    return _policy_above(block.sentence, sentences, named)


def _policy_above(before: int, sentences: tuple[Sentence, ...], named: dict[int, list]) -> str | None:
    """:func:`signed_policy`'s choice among the policies named in the sentences before ``before``."""
    policies, bases = [], set()
    for s in sentences[:before]:
        for n in named.get(s.index, []):
            if n.type != "Policy":
                continue
            if _cited_as_basis(s, n.start):
                bases.add(n.key)      # (为贯彻落实《A》，…制定本方案: A is what the signed one rests on)
            else:
                policies.append((s, n))
    policies = [(s, n) for s, n in policies if n.key not in bases]     # (nor 本方案 read as A)
    heading = next(((s, n) for s, n in policies if s.index <= 2 and OWN_TITLE.search(n.text)), None)
    if heading:
        return heading[1].key
    issued = [n for s, n in policies if ISSUING.search(s.text)]
    if issued:
        return issued[-1].key
    return policies[0][1].key if policies else None


#: A page's field giving the date its document was written or issued: 成文日期: | 2017-07-05, 发文日期：
#: 2015年04月15日, 颁布时间:2021年11月18日, 成文日期 2021-09-16 in a table copied as text (not 发布日期, the
#: day the page went up).
DATE_FIELD = re.compile(r"(成文日期|发文日期|颁布时间|颁布日期|印发日期|成文时间)(?:\s*[:：|｜]\s*[|｜]?\s*|\s+)"
                        r"((?:19|20)\d{2})\s*[-年./]\s*(\d{1,2})\s*[-月./]\s*(\d{1,2})")


def dated_fields(sentences: tuple[Sentence, ...], named: dict[int, list]) -> list[DateFact]:
    """The issue date a page's 成文日期/发文日期 field gives its document: the notice whose own title
    heads the text, else the policy it issues, else the first one named."""
    out, policy = [], None
    for s in sentences:
        m = DATE_FIELD.search(s.text)
        if not m:
            continue
        year, month, day = (int(x) for x in m.group(2, 3, 4))
        if not (1 <= month <= 12 and 1 <= day <= 31):
            continue
        policy = policy or _page_title(sentences, named) or _policy_above(len(sentences), sentences, named)
        if policy:
            out.append(DateFact(policy, "issueDate", f"{year:04d}-{month:02d}-{day:02d}", s.index,
                                s.start + m.start(), s.start + m.end(), 0.8))
    return out


#: A page's field naming the document it holds: 名称: | 区政府办公室印发…的通知 |.
NAME_FIELD = re.compile(r"^\s*(名称|标题|文件名称)\s*[:：|｜]")


def _page_title(sentences: tuple[Sentence, ...], named: dict[int, list]) -> str | None:
    """The policy a page's 名称 field names, or whose title is all of one of its first heading lines."""
    policies = [n for s in sentences for n in named.get(s.index, []) if n.type in ("Policy", "Report")]   # (…统计通报)
    for s in sentences:
        field = NAME_FIELD.match(s.text)
        if field is None:
            continue
        value = s.text[field.end():].strip(" |｜")
        handed_out = re.sub(r"的通知$", "", re.sub(r"^.*?印发", "", value)).strip("《》 ")   # …印发《X》的通知: X
        found = next((n.key for n in policies if n.text.strip("《》") == handed_out), None) \
            or next((n.key for n in named.get(s.index, []) if n.type in ("Policy", "Report")), None)
        if found:
            return found
    for s in sentences[:4]:
        for n in named.get(s.index, []):
            if s.is_heading and n.type == "Policy" and s.text.strip().strip("《》") == n.text.strip("《》"):
                return n.key
    return None


def signature_facts(sentences: tuple[Sentence, ...], named: dict[int, list]) -> tuple[list[Relation], list[DateFact]]:
    """issuedBy relations and the issue date of each signed policy (or of the document a page's
    date field dates)."""
    relations, dates = [], dated_fields(sentences, named)
    titles: dict[str, str] = {}
    for found in named.values():
        for n in found:
            if len(n.text) > len(titles.get(n.key, "")):
                titles[n.key] = n.text     # its full title, not a later reference to it (如下实施意见)
    for block in signatures(sentences, named):
        above = sentences[:block.sentence]
        calls = any(CALL_FOR_COMMENTS.search(s.text) for s in above)
        handed_out = any(TRANSMITTED.search(s.text) for s in above)    # (…经征求意见，现印发给你们: issued)
        for policy in signed_policies(block, sentences, named):
            if _another_bodys(policy, titles, sentences[:block.sentence], named):
                continue     # 现将省水利厅《P》印发你们, 关于转发《P》的通知: P is another's, dated by its own issuer
            for signer in block.signers:
                relations.append(Relation("issuedBy", policy, signer, block.sentence, block.start, block.end,
                                          0.75, inferred=True, rule="signature"))
            title = titles.get(policy, "")
            draft = (DRAFT.search(title) or (calls and not CALL_TITLE.search(title))) and not handed_out
            dates.append(DateFact(policy, "publicationDate" if draft else "issueDate", block.date, block.sentence,
                                  block.start, block.end, 0.8))
    return relations, dates


#: The lines a page's own title stands on, under a site's header.
HEAD_LINES = 4


def _another_bodys(policy: str, titles: dict[str, str], above: tuple[Sentence, ...], named: dict[int, list]) -> bool:
    """Whether the signed policy is another body's, handed on: a body named right before its title where it
    is handed out (现将省水利厅《防汛工作手册》印发你们), the page forwards it (关于转发《P》的通知), or the text
    cites the notice that issued it (贯彻落实《…关于印发〈P〉的通知》)."""
    title = titles.get(policy, "").strip("《》")
    if title and any("转发" in s.text and title in s.text for s in above[:HEAD_LINES]):
        return True
    if title and any(n.type == "Policy" and n.key != policy and "印发" in n.text and title in n.text
                     and not FIELD_LABEL.sub("", s.text.strip()).startswith(n.text)
                     for s in above for n in named.get(s.index, [])):
        return True      # 为贯彻落实《某市…关于印发〈P〉的通知》要求，现将《P》印发你们: the city's notice issued P
    for s in above:
        if not TRANSMITTED.search(s.text):
            continue
        found = named.get(s.index, [])
        for n in found:
            if n.key == policy and any(a.type == "Agency" and a.end == n.start for a in found):
                return True
    return False


#: A draft's title: it is put out for comment on the day signed, not issued.
DRAFT = re.compile(r"(?:征求意见稿|审议稿|送审稿|讨论稿|草案)[)）]?$")
#: A page putting a draft out for comment (现向社会公开征求意见, 欢迎…提出意见建议): the call is dated and
#: issued that day (关于征求《X》意见的公告), the draft only made public.
CALL_FOR_COMMENTS = re.compile(r"(?:现|特)(?:将|就)[^。；]{0,60}?(?:公开)?征(?:求|集)(?:社会各界|公众)?(?:的)?(?:修改)?意见|"
                               r"欢迎[^。；]{0,30}?提出(?:宝贵)?(?:修改)?意见(?:建议)?|向社会公开征求意见")
