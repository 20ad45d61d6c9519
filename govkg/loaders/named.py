"""What the relation rules work on: each mention with the entity it names, sentence by sentence.

Shared by the rule modules (``relate``, ``relate_clauses``, ``relate_cooperation``, ``relate_parts``,
``relate_names``) and ``statistics``.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from ..types import Entity, Mention, Relation, Sentence
from .resolve import Resolution

CLAUSE_BREAK = re.compile(r"[。；;！？]")
#: After a news agency's, paper's or site's name: the dateline of its report (新华社北京3月5日电, 本报讯, 红网12月16日讯,
#: 央视网消息：) or its reporter (澎湃新闻记者 陈某).
DATELINE = re.compile(r"[\u4e00-\u9fff]{0,6}\d{1,2}月\d{1,2}日(?:电|讯)|讯[（(\s]|消息[：:（(]|记者")


@dataclass(frozen=True)
class Named:
    """A mention with the entity it names, for the rules."""
    key: str
    type: str
    start: int
    end: int
    text: str


def standing_for(entity: Entity) -> Named:
    """An entity as a name written nowhere in the sentence: the subject a figure falls back to (the
    page's topic, the subject of the sentence before)."""
    return Named(entity.key, entity.type, 0, 0, entity.name)


def entity_named(name: str, entities: dict, type_: str) -> str | None:
    """The key of the entity of ``type_`` the page knows by ``name`` (its name or an alias)."""
    return next((k for k, e in entities.items() if e.type == type_ and name in (e.name,) + e.aliases), None)


def opening_entity(title: str, entities: dict, types: tuple[str, ...]) -> Entity | None:
    """The entity of ``types`` whose name (or alias) the longest that ``title`` opens on, with more after it
    (绵阳市“一件事一次办”…实施方案: 绵阳市)."""
    opening = max(((len(name), e) for e in entities.values() if e.type in types
                   for name in (e.name, *e.aliases) if len(name) >= 2 and title.startswith(name) and len(title) > len(name)),
                  key=lambda ne: ne[0], default=None)
    return opening[1] if opening else None


def named_by_sentence(mentions: tuple[Mention, ...], resolution: Resolution) -> dict[int, list[Named]]:
    """Resolved mentions grouped by sentence, in text order, each typed as the entity it names (a
    university's centre the recognizer took for a body is an Organization)."""
    out: dict[int, list[Named]] = {}
    for m in mentions:
        key = resolution.key_of(m)
        if key:
            entity = resolution.entities.get(key)
            out.setdefault(m.sentence, []).append(Named(key, entity.type if entity else m.type, m.start, m.end, m.text))
    return out


def make_relation(type_, head, tail, s: Sentence, start, end, confidence, rule, inferred=False, rating=None) -> Relation:
    return Relation(type_, head, tail, s.index, start, end, confidence, inferred, rule, rating)


def modifies_next(named: list[Named], n: Named) -> bool:
    nxt = [m for m in named if m.start >= n.end]
    return bool(nxt) and nxt[0].start - n.end <= 1 and nxt[0].type == "Platform"


def after_list(text: str, named: list[Named], anchor: Named, s: Sentence) -> str:
    """The words after ``anchor`` and the names listed with it, up to the clause end."""
    end = list_end(text, named, anchor, AFTER_LIST_GAP)
    return CLAUSE_BREAK.split(text[end:s.end], 1)[0][:24]


LIST_GAP = re.compile(r"(、|和|及|与|)")
AFTER_LIST_GAP = re.compile(r"(、|和|及|以及|与|)")


def list_end(text: str, named: list[Named], anchor: Named, gap: re.Pattern = LIST_GAP,
             types: tuple[str, ...] | None = None) -> int:
    """Where the names listed on from ``anchor`` end, each joined to the last by ``gap`` (and of
    ``types``, if given): the end of 乙 in 甲、乙联合…, counted from 甲. The forward twin of
    :func:`listed_before`."""
    end = anchor.end
    for n in named:
        if n.start >= end and (types is None or n.type in types) and gap.fullmatch(text[end:n.start]):
            end = n.end
    return end


def last_list_of(text: str, named: list[Named], pos: int, size: int) -> list[Named]:
    """The last list of exactly ``size`` names ending before ``pos`` (:func:`listed_before` at each
    name's end), or []: 合肥市和芜湖市的…分别是…，分别位列第一、第二 gives [合肥市, 芜湖市] for two."""
    lists = [listed_before(text, named, n.end) for n in named if n.end <= pos]
    return next((found for found in reversed(lists) if len(found) == size), [])


def listed_before(text: str, named: list[Named], end: int, type_: str | None = None,
                  gap: re.Pattern = LIST_GAP) -> list[Named]:
    """The names listed right before ``end``, joined by 、/和/及/与 (or ``gap``), in text order;
    with ``type_`` only names of that type: 北京、浙江、广东分列… gives [北京, 浙江, 广东]."""
    out: list[Named] = []
    opens = end      # where the first name listed so far starts, with the places written before it
    for n in reversed([m for m in named if m.end <= end]):
        if out and n.type == out[0].type == "Region" and n.end == opens:
            opens = n.start      # 广东省佛山市顺德区: one place written with the places above it
            continue
        if (type_ is None or n.type == type_) and gap.fullmatch(text[n.end:opens]):
            out.insert(0, n)
            opens = n.start
        else:
            break
    return out
