"""Relations between resolved entities, sentence by sentence, each with its evidence.

This module runs every rule; the rules live beside it:

* **verb rules** (``relate_verbs``, worded in ``data/verb_rules.tsv``) — HEAD … verb … TAIL
  inside one clause (no 。；between), e.g. Agency …统筹… Platform → coordinates;
  a list joined by 、 shares the relation of its first member;
* **constructions** (``relate_clauses``, ``relate_cooperation``) — 与A召开座谈会, 由A建设, 受A委托,
  根据《A》制定《B》, a report's ratings in the sentences that summarize it; what a place builds and
  what a platform is made of (``relate_parts``); documents, hotlines and places (``relate_documents``,
  ``relate_hotlines``, ``relate_places``);
* **name and knowledge rules** (``relate_names``) — 天津网信办 → jurisdiction 天津;
  “一网通办”总门户 → partOf 一网通办; 粤省事 serves 广东 (inferred); places
  from GB/T 2260; a title's issuer;
* **signatures** (``signature``) — the bodies signing a notice issue it.
"""
from __future__ import annotations

from dataclasses import replace

from ..types import Relation, Sentence
from .named import Named
from .recognize_titles import fills_its_line
from .relate_described import described_makers
from .relate_partners import lead_and_partners
from .relate_clauses import (carried_over, commissioned, implicit_evaluation, managed_by, passive, roles,
                             roles_named_after, task_leads, under_lead)
from .relate_cooperation import cooperation
from .relate_documents import (amends, based_on, bulletin_features, bulletin_lists, bulletin_scope, field_issuer,
                               issued_here, issuer_before_title, issuer_field, released_too)
from .relate_hotlines import main_hotline, merged_lines, taken_in_lines
from .relate_known import (jurisdiction, knowledge, region_hierarchy, teams_part_of_bodies, title_issuers, towns_of_the_county,
                          zones_in_places)
from .relate_measures import joined_in_measures
from .relate_names import name_relations, own_place_platforms, unmentioned_platforms
from .relate_parts import composed_of, listed_parts, place_builds
from .relate_places import place_issues, places_accounts, places_together
from .relate_verbs import verb_relations
from .resolve import Resolution
from .resources import Resources

__all__ = ["Named", "relate"]


def relate(text: str, sentences: tuple[Sentence, ...], by_sentence: dict[int, list[Named]],
           referred: dict[int, list[Named]], resolution: Resolution, resources: Resources,
           signed: list[Relation] = (), bulletin: Named | None = None) -> tuple[Relation, ...]:
    """Every relation the rules find, deduplicated (best confidence kept).

    ``by_sentence`` holds the names of each sentence, ``referred`` the same with what
    referring words stand for (:func:`~govkg.loaders.anaphora.with_anaphora`), and
    ``signed`` the relations of the document's signature blocks, and ``bulletin`` the inspection
    bulletin the page is, if it is one (:func:`~govkg.loaders.page_subjects.titled_inspection`).
    """
    entities = resolution.entities
    found: list[Relation] = []
    last_of_type: dict[str, Named] = {}
    page_line = main_hotline(by_sentence)    # the 12345 line bare-numbered lines are merged into
    document = None      # the document whose title heads the text being read
    body_begun = False   # whether that document's first paragraph has been read
    field_above = None   # the issuer a page's field names above the title of its document, if any
    for s in sentences:
        previous, named = referred.get(s.index - 1, []), referred.get(s.index, [])
        if s.is_heading:    # a heading that is a document's title
            titled = next((n for n in by_sentence.get(s.index, []) if n.type in ("Policy", "Report")
                           and fills_its_line(text, s, n.start, n.end)), None)
            document, body_begun = (titled, False) if titled else (document, body_begun)
        handed_out = issued_here(text, s, by_sentence.get(s.index, []))
        if handed_out is not None:
            document, body_begun = handed_out, False
        first_paragraph = document is not None and not body_begun and handed_out is None and not s.is_heading
        body_begun = body_begun or (first_paragraph and _opens_paragraph(text, s) and len(s.text.strip()) > 30)
        body = field_issuer(text, s, named)
        field = (s, body) if body is not None else field_above
        if field is not None and document is not None:
            found.append(issuer_field(document, field[1], field[0]))
        field_above = field if document is None else None     # (a table of fields above the title it names)
        found += issuer_before_title(text, s, named)
        lines = taken_in_lines(text, named)   # (lines listed by their numbers: related by what took them in)
        found += verb_relations(text, s, named, resources.verb_rules, lines)
        found += cooperation(text, s, named) + lead_and_partners(text, s, named) + described_makers(text, s, named)
        found += places_together(text, s, named) + places_accounts(text, s, named)
        found += based_on(text, s, named, document, first_paragraph)
        found += commissioned(text, s, named)
        found += amends(text, s, named)
        found += under_lead(text, s, named)
        found += task_leads(text, s, named, previous)
        found += roles(text, s, named, resources)
        found += roles_named_after(text, s, named, resources)
        found += passive(text, s, named)
        found += managed_by(text, s, named)
        found += place_builds(text, s, named, resolution.places.get(s.index, {}))
        found += place_issues(text, s, named, resolution.places.get(s.index, {}))
        found += name_relations(s, named, entities, resources)
        found += own_place_platforms(s, named, entities, resolution.places.get(s.index, {}), resources)
        found += carried_over(text, s, named, last_of_type)
        found += joined_in_measures(text, s, named)
        found += listed_parts(text, s, named, last_of_type)
        found += composed_of(text, s, named)
        found += merged_lines(text, s, named, lines, page_line)
        found += implicit_evaluation(text, s, named, last_of_type, resources.rating_phrases, resources.rating_leads)
        for n in named:   # (what a referring word stands for counts as named: 报告显示… makes that report the last)
            last_of_type[n.type] = n
    found += title_issuers(entities, resolution, sentences)
    found += signed
    found += jurisdiction(entities, resolution, sentences)
    found += knowledge(entities, resources, sentences)
    found += unmentioned_platforms(entities, by_sentence, sentences, resources.gazetteer)
    found += region_hierarchy(entities, resources, sentences)
    found += towns_of_the_county(entities, resolution, sentences, resources.gazetteer)
    found += zones_in_places(entities, sentences) + teams_part_of_bodies(entities, sentences)
    found += bulletin_features(sentences, by_sentence, bulletin)
    found += bulletin_lists(sentences, by_sentence, bulletin)
    found += bulletin_scope(sentences, bulletin, resolution.places)
    found += released_too(text, found, entities)
    return _dedupe(found)


def _opens_paragraph(text: str, s: Sentence) -> bool:
    return s.start == 0 or text[:s.start].rstrip(" \u3000\t").endswith("\n")


def _dedupe(relations: list[Relation]) -> tuple[Relation, ...]:
    """One relation per kind and pair (the stated, then the most confident); no integratesWith
    between a store on an app and the app its name puts it in (鄂汇办·武昌旗舰店 is in 鄂汇办,
    not connected to it; what the text says they share stays)."""
    best: dict[tuple, Relation] = {}
    stores = {(r.head, r.tail) for r in relations if r.type == "partOf" and r.rule == "platform-name"}
    for r in relations:
        if r.head == r.tail:
            continue
        if r.type == "integratesWith" and ((r.head, r.tail) in stores or (r.tail, r.head) in stores):
            continue
        k = (r.type, r.head, r.tail)
        if r.type in ("cooperatesWith", "sharesDataWith"):
            k = (r.type,) + tuple(sorted((r.head, r.tail)))
        old = best.get(k)
        kept, other = (r, old) if old is None or (old.inferred and not r.inferred) or \
            (old.inferred == r.inferred and r.confidence > old.confidence) else (old, r)
        if other is not None and kept.rating is None and other.rating:
            kept = replace(kept, rating=other.rating)   # (the rule that read the grade need not be the surest)
        best[k] = kept
    return tuple(best.values())
