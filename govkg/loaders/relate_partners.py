"""Bodies that work together under one that leads them: 由A牵头，B、C等15个部门联合主办; A主导、B、C参与，共同推出…;
在A的牵头下，B、C联合…; 由A主办，B、C协办 (each of B, C cooperatesWith A, and with each of the leaders where two lead).
Used by :mod:`.relate`."""
from __future__ import annotations

import re

from ..types import Relation, Sentence
from .named import Named
from .relate_cooperation import _agency_list_after, _cooperating

#: Right after the leading body: its word for leading, then the mark before the partners (牵头，, 主导、, 的牵头下，,
#: 作为牵头单位，, 牵头抓总，, 统筹，, 主办、).
LEADS = re.compile(r"(?:的(?:牵头|主导|统筹|统一领导|组织)下|作为牵头单位|(?:共同)?牵头抓总|(?:共同)?牵头组织|总牵头|(?:共同)?牵头|主导|领衔|统筹|主办)"
                   r"[，,、]?")
#: Right after the partners listed: the words saying they take part (等15个部门联合主办, 参与, 配合, 共同推出, 协办).
TAKE_PART = re.compile(r"(?:等[^，。；,;]{0,10}?)?(?:共同参与|参与|配合|联合|共同|协同|协办|承办)")
#: Bodies joined before the leading word, leading together (由市发改委和市数据局牵头).
JOINT = re.compile(r"[和与及、]")


def lead_and_partners(text: str, s: Sentence, named: list[Named]) -> list[Relation]:
    """由国家数据局牵头，中央网信办、交通运输部等15个部门联合主办: each partner works with the body leading.

    >>> from govkg.types import Sentence
    >>> t = "由市数据局牵头，市公安局、市人社局等部门联合推出。"
    >>> named = [Named("a", "Agency", 1, 5, "市数据局"), Named("b", "Agency", 8, 12, "市公安局"),
    ...          Named("c", "Agency", 13, 17, "市人社局")]
    >>> sorted((r.head, r.tail) for r in lead_and_partners(t, Sentence(0, t, 0, len(t)), named))
    [('a', 'b'), ('a', 'c')]
    >>> t2 = "市数据局牵头，市公安局负责数据归集。"
    >>> lead_and_partners(t2, Sentence(0, t2, 0, len(t2)), [named[0], Named("b", "Agency", 7, 11, "市公安局")])
    []
    """
    agencies = [n for n in named if n.type in ("Agency", "Organization")]
    out = []
    for i, lead in enumerate(agencies):
        leads = LEADS.match(text, lead.end)
        first = next((n for n in agencies if n.start == leads.end()), None) if leads else None
        if first is None:
            continue
        partners = [first] + _agency_list_after(text, agencies, first)
        if not TAKE_PART.match(text, partners[-1].end):
            continue     # (A牵头，B负责…: each its own task; A牵头，B参加了会议: no working together named)
        leaders = [lead]
        for before in reversed(agencies[:i]):
            if not JOINT.fullmatch(text, before.end, leaders[-1].start):
                break
            leaders.append(before)     # (由市发改委和市数据局牵头: both lead)
        for p in partners:
            for leader in leaders:
                out += _cooperating(leader, p, s, 0.75, "lead-and-partners")
        for k, leader in enumerate(leaders):     # (由市数据局、市公安局牵头: the two leaders work together too)
            for other in leaders[k + 1:]:
                out += _cooperating(other, leader, s, 0.75, "lead-and-partners")
    return out
