"""One article from file to :class:`~govkg.types.Extraction`: the stages in order.

read → normalize → segment → recognize → resolve → relate (+ statistics, dates)
"""
from __future__ import annotations

import re
from dataclasses import replace
from functools import cached_property
from pathlib import Path

from ..types import Entity, Extraction, Metric, RawText

from .normalize import Normalizer
from .recognize import recognize
from .recognize_agencies import SERVICE_CENTRES
from .anaphora import with_anaphora
from .named import Named, named_by_sentence, standing_for
from .relate import relate
from .relate_documents import authors_acts
from .resolve import resolve
from .resources import CHINA, COUNTRY, Resources, load_resources
from .segment import CLAUSE_OR_SENTENCE_MARKS, clause_start, segment, sentence_at
from .signature import signature_facts
from .dates import extract_dates
from .page_dates import published_on_page
from .rankings import ranking_report, ranked_by_report, rated_in_bulletin, table_columns, table_row_figures
from .page_subjects import (bulletin_place, case_counter, inspected, on_authors_channels, on_hotlines, on_page_platform,
                            opens_another_topic, page_platform, titled_author, titled_inspection, titled_platform)
from .statistics import extract_metrics, sentence_topic

EXTRACTOR = "govkg-rules/0.1"
#: How many sentences after a report is named a count of places with no subject of its own is still the report's.
REPORT_REACH = 8
#: How many sentences after its last figure a hotline's or centre's report still goes on.
CASES_REACH = 6


class Extractor:
    """Holds the loaded resources and runs every stage on one text."""

    def __init__(self, resources: Resources | None = None):
        self.resources = resources or load_resources()
        self.normalizer = Normalizer()

    @cached_property
    def fingerprint(self) -> str:
        """SHA-256 of what this extractor is made of (:func:`.fingerprint.extractor_hash`)."""
        return self.fingerprint_of(self.resources)

    @classmethod
    def fingerprint_of(cls, resources: Resources) -> str:
        """The fingerprint an extractor of this class has with ``resources`` (without building one)."""
        from .fingerprint import extractor_hash

        return extractor_hash(resources.data_dir, resources.use_ner, f"{cls.__module__}.{cls.__qualname__}")

    def extract_file(self, path: str | Path, doc_id: str | None = None) -> Extraction:
        from .read import read  # the reader pulls in HTML/PDF/DOCX libraries only when a file is read

        return self.extract(read(Path(path)), doc_id)

    def extract_text(self, text: str, source: str = "<text>", doc_id: str | None = None) -> Extraction:
        return self.extract(RawText(source, text, "utf-8"), doc_id)

    def extract(self, raw: RawText, doc_id: str | None = None) -> Extraction:
        doc = self.normalizer(raw, doc_id)
        sentences = segment(doc)
        mentions = recognize(sentences, self.resources)
        resolution = resolve(doc.text, sentences, mentions, self.resources)
        names = named_by_sentence(mentions, resolution)
        referred = with_anaphora(sentences, names, resolution.entities)     # with what 报告/该平台/本办法 stand for
        signed, signed_dates = signature_facts(sentences, referred)
        bulletin = titled_inspection(sentences, names)      # the inspection bulletin the page is, if any
        inspected_place = None if bulletin is None else bulletin_place(     # whose sites its figures count
            bulletin, resolution.entities, _with_country(resolution.places.get(getattr(sentence_at(sentences, bulletin.start), "index", 0), {})))
        relations = relate(doc.text, sentences, names, referred, resolution, self.resources, signed, bulletin)
        metrics, dates, ranked = [], list(signed_dates), []
        report, report_at, topic, columns = None, -REPORT_REACH - 1, None, None
        counter, counted_at, measured = None, -CASES_REACH - 1, {}
        subject_of_title = titled_platform(sentences, names, resolution.entities, self.resources)
        author = titled_author(sentences, names, resolution.entities)
        last_figures: list = []
        for s, previous in zip(sentences, [None, *sentences]):
            named = referred.get(s.index, [])
            summarized = report if s.index - report_at <= REPORT_REACH else None
            row = table_row_figures(s, named, columns) if columns else None
            header = table_columns(s)
            columns = header or (columns if row is not None else None)
            if row is not None or header:
                report_at = s.index        # a report's table, however long, is still the report's summary
            if opens_another_topic(s, counter):
                counter = None     # （二）公共资源交易情况。: the centre's report is over
            breakdown = _breaks_down(s, last_figures, resolution.entities)   # 其中，…2229家: the sentence before's
            figures = row if row is not None else \
                extract_metrics(doc.text, s, named, _with_country(resolution.places.get(s.index, {})), summarized, topic or subject_of_title,
                                breakdown or (counter if s.index - counted_at <= CASES_REACH else None) or author
                                or subject_of_title or inspected_place or bulletin or _goes_on(last_figures, resolution.entities),
                                resolution.entities)
            figures = inspected(figures, doc.text, s, named, bulletin, inspected_place)
            metrics += figures
            last_figures = figures
            for m in figures:
                measured[m.subject] = measured.get(m.subject, 0) + 1
            if figures:
                counter, counted_at = case_counter(measured, resolution.entities), s.index
            ranked += ranked_by_report(ranking_report(named, figures) or summarized, figures, named, s)
            ranked += rated_in_bulletin(bulletin, figures, named, s)
            if summarized is not None and any(m.unit == "名" for m in figures):
                report_at = s.index        # a report's ranking, however long, is still the report's summary
            dates += extract_dates(doc.text, s, named, previous)
            kept = topic if topic is not None and figures and figures[-1].subject == topic.key else None
            topic = sentence_topic(doc.text, s, named, figures) or kept   # a sentence about something else ends it
            if any(n.type == "Report" for n in named):
                report, report_at = [n for n in named if n.type == "Report"][-1], s.index
        stated = {(r.type, r.head, r.tail) for r in relations}     # (ranks rate places; authors implement policies)
        relations += tuple(_first_of_each([r for r in ranked + authors_acts(doc.text, sentences, referred, author)
                                           if (r.type, r.head, r.tail) not in stated], key=lambda r: (r.head, r.tail)))
        used = {r.head for r in relations} | {r.tail for r in relations}
        entities = tuple(_scoped_to(doc.doc_id, _with_written_forms(doc, e))
                         for e in resolution.entities.values() if e.mentions or e.key in used)
        if COUNTRY not in resolution.entities and any(m.subject == COUNTRY for m in metrics):
            entities += (Entity(COUNTRY, "Region", CHINA[1], region_code=CHINA[0], region_level=CHINA[2]),)
        metrics = on_page_platform(metrics, referred, page_platform(sentences, referred) if author is None else None, doc.text)
        metrics = _restated_once(on_authors_channels(on_hotlines(metrics, resolution.entities), resolution.entities, author), doc.text)
        published = {d.subject for d in dates if d.property == "publicationDate"}
        dates += [d for d in published_on_page(sentences, names, doc.text, doc.published) if d.subject not in published]   # (the text's own first)
        signed_days = {(d.subject, d.property) for d in signed_dates}
        dates = [d for d in dates if d in signed_dates or (d.subject, d.property) not in signed_days]
        #   (已经2023年3月30日…常务会议通过，现印发给你们 … 2023年4月16日: the signature dates the issue)
        dates = _first_of_each(dates, key=lambda d: (d.subject, d.property, d.value))
        return Extraction(doc, sentences, entities, relations, metrics, dates, EXTRACTOR)


def _with_country(places: dict[str, str]) -> dict[str, str]:
    """What 全国/我国 stand for: the country, even on a page that never names it (全国正在运行的政府网站36916家)."""
    return places if "国" in places else {**places, "国": COUNTRY}


PLACELESS = re.compile(r"^(?:(省|市|区|县|州|自治区|全省|全市|我省|我市|本省|本市)(?!场|委书记)|"
                       r"(?:" + "|".join(SERVICE_CENTRES) + r")$)")


def _breaks_down(s, previous_figures, entities) -> Named | None:
    """其中，…: a sentence opening on 其中 breaks down the figure the sentence before gave; where it names
    nothing, its figures are of the same subject (全国正在运行的政府网站43143家。其中，…2229家)."""
    e = _previous_subject(previous_figures, entities) if s.text.lstrip().startswith("其中") else None
    return standing_for(e) if e is not None else None


def _goes_on(previous_figures, entities) -> Named | None:
    """A sentence naming nothing right after one that gave a place's or a body's figures goes on counting
    for it (…新建便民服务站42个。截至年底，共办理事项614件). A platform's figures go on only as
    :func:`~govkg.loaders.statistics.sentence_topic` lets them (not to 全年地区生产总值)."""
    e = _previous_subject(previous_figures, entities)
    return standing_for(e) if e is not None and e.type != "Platform" else None


def _previous_subject(previous_figures, entities) -> Entity | None:
    """What the last figure of the sentence before measured, if that sentence gave any."""
    return entities.get(previous_figures[-1].subject) if previous_figures else None


def _scoped_to(doc_id: str, entity: Entity) -> Entity:
    """A body or platform whose name says no place (市公安局, 省平台) belongs to its document only:
    two articles' 市公安局 are two nodes, never merged by their bare name."""
    if entity.type in ("Agency", "Platform", "Organization") and PLACELESS.match(entity.name):
        return replace(entity, scope=doc_id)
    return entity


#: Marks the normalizer widens next to Chinese text (normalize.HALF_TO_FULL), back to their half-width form.
WIDE_TO_HALF = {"：": ":", "，": ",", "；": ";", "？": "?", "！": "!", "（": "(", "）": ")"}


def _with_written_forms(doc, entity: Entity) -> Entity:
    """The entity with its names as the source writes their punctuation (《蓝皮书:报告》, not
    蓝皮书：报告) among its aliases: what a reader searches for is what the article has."""
    written = []
    for m in entity.mentions:
        at = doc.text.find(m.text, m.start, m.end)      # a title's span holds its 《》 too
        if at < 0:
            continue
        form = "".join(WIDE_TO_HALF[c] if c in WIDE_TO_HALF and doc.original[doc.offsets[i]] == WIDE_TO_HALF[c] else c
                       for i, c in enumerate(m.text, start=at))
        if form != m.text and form not in written and form not in entity.aliases:
            written.append(form)
    return replace(entity, aliases=entity.aliases + tuple(written)) if written else entity


def _restated_once(metrics, text: str) -> tuple:
    """Each figure once: a subject's value given again is the same fact restated (the summary's 办件68.87万件,
    then the detail's), but two equal figures in one sentence may be two measures (:func:`_two_measures`)."""
    first_at: dict = {}
    out = []
    for m in metrics:
        key = (m.subject, m.value)
        if key not in first_at:
            first_at[key] = m
        elif first_at[key].sentence != m.sentence or not _two_measures(first_at[key], m, text):
            continue
        out.append(m)
    return tuple(out)


#: How a rate's name ends (网上可办率, “不见面开标”占比, 事项比例): a measure of its own.
RATE_NAME = re.compile(r"(?:率|占比|比例|比重)$")


#: How long a count's name may be to stand for a measure of the subject's own (登记交办, 已办结); a longer one
#: holds a body the page did not recognize (…，思茅市网管中心编制3人: another's count).
SHORT_MEASURE = 6


def _two_measures(first: Metric, again: Metric, text: str) -> bool:
    """Two equal figures in one sentence that are two measures: two rates each named as a rate, or two
    counts each named by a short measure of its own (登记交办14691件，已办结14691件), named differently (not
    可办率达100%，实现100%网上可办, nor 合格率100%（100%）: one fact said twice)."""
    if first.start == again.start or first.name == again.name:
        return False
    if again.unit == "%":
        return RATE_NAME.search(first.name) is not None and RATE_NAME.search(again.name) is not None
    if SUBSET_OR_EARLIER.search(text[clause_start(text, again.start, CLAUSE_OR_SENTENCE_MARKS):again.start]):
        return False     # …窗口20个，其中“一窗受理”窗口20个; 受理1.2万件，去年同月为1.2万件: a part or a past level
    return first.name != first.unit and again.name != again.unit and len(again.name) <= SHORT_MEASURE


#: Opening the clause of an equal second figure: a part of the first (其中) or the same measure at an earlier time.
SUBSET_OR_EARLIER = re.compile(r"其中|去年|上年|前年|同期|上月|上季度|上半年|同比|环比")


def _first_of_each(items, key) -> tuple:
    """The items in order, keeping the first of those with the same key (a fact stated twice)."""
    seen, out = set(), []
    for x in items:
        if key(x) not in seen:
            seen.add(key(x))
            out.append(x)
    return tuple(out)


def to_eval_json(extraction: Extraction) -> dict:
    """The extraction in the schema of the evaluation (entities, relations, metrics, dates)."""
    ids = {e.key: f"e{i + 1}" for i, e in enumerate(extraction.entities)}
    text = extraction.document.text
    return {
        "doc": extraction.document.source,
        "entities": [{"id": ids[e.key], "type": e.type, "name": e.name, "aliases": list(e.aliases)}
                     for e in extraction.entities],
        "relations": [{"type": r.type, "head": ids[r.head], "tail": ids[r.tail],
                       "evidence": extraction.sentences[r.sentence].text, "confidence": r.confidence,
                       **({"inferred": True} if r.inferred else {}), **({"rating": r.rating} if r.rating else {})}
                      for r in extraction.relations if r.head in ids and r.tail in ids],
        "metrics": [{"subject": ids[m.subject], "metric": m.name, "value": m.value, "op": m.op,
                     **({"unit": m.unit} if m.unit else {}), "evidence": text[m.start:m.end]}
                    for m in extraction.metrics if m.subject in ids],
        "dates": [{"subject": ids[d.subject], "property": d.property, "value": d.value}
                  for d in extraction.dates if d.subject in ids],
    }
