"""The records passed between pipeline stages.

Every stage of ``govkg.loaders`` takes and returns these frozen records, so a
stage can be read, tested and replaced on its own. Offsets are character
offsets into :attr:`Document.text` (the normalized text) unless said otherwise.
"""
from __future__ import annotations

from dataclasses import dataclass

#: The entity types of the ontology, in the order summaries print them.
ENTITY_TYPES = ("Agency", "Organization", "Region", "Platform", "Policy", "Report")

#: The relation types of the ontology (object properties of govkg.ttl).
RELATION_TYPES = (
    "issuedBy", "publishedBy", "commissionedBy", "designatesAuthority",
    "coordinates", "operates", "supervises", "serves", "partOf",
    "integratesWith", "sharesDataWith", "implements", "cooperatesWith",
    "jurisdiction", "features", "evaluates", "basedOn", "amends",
)

#: Relations whose direction carries no meaning.
SYMMETRIC_RELATIONS = frozenset({"cooperatesWith", "sharesDataWith"})

#: Date properties an entity can carry.
DATE_PROPERTIES = ("launchDate", "publicationDate", "issueDate", "effectiveDate")


@dataclass(frozen=True)
class RawText:
    """Text as read from a file, before any repair."""

    source: str            #: path or name the text came from
    text: str
    encoding: str          #: detected encoding ("utf-8", "gb18030", "big5", ...)
    title: str | None = None
    published: str | None = None   #: ISO date from the file's metadata, if any
    media_type: str = "text/plain"
    canonical_url: str | None = None   #: an HTML page's <link rel="canonical">, its identity when present
    source_hash: str | None = None     #: SHA-256 (hex) of the file's bytes, when read from a file


@dataclass(frozen=True)
class Document:
    """Normalized text of one article, with a map back to the original."""

    doc_id: str            #: stable id: a hash of the normalized text, or given by the user
    source: str
    text: str              #: normalized (Simplified, repaired) text
    original: str          #: the text as read
    offsets: tuple[int, ...]   #: offsets[i] = index in ``original`` of normalized char i
    encoding: str = "utf-8"
    title: str | None = None
    published: str | None = None

    def original_span(self, start: int, end: int) -> tuple[int, int]:
        """Map a normalized ``[start, end)`` span back to the original text."""
        if start >= end:
            pos = self.offsets[start] if start < len(self.offsets) else len(self.original)
            return pos, pos
        return self.offsets[start], self.offsets[end - 1] + 1


@dataclass(frozen=True)
class Sentence:
    index: int
    text: str
    start: int             #: offset of the first character in Document.text
    end: int
    section: str | None = None     #: the heading this sentence falls under
    is_heading: bool = False
    cut: bool = False      #: a piece of an over-long stretch without sentence punctuation


@dataclass(frozen=True)
class Mention:
    """A stretch of text that names something, before resolution."""

    text: str              #: surface form, without quotes or 《》
    type: str              #: one of ENTITY_TYPES
    start: int
    end: int
    sentence: int          #: Sentence.index
    source: str            #: which recognizer found it ("title", "dictionary", "pattern", "ner", ...)
    score: float = 1.0


@dataclass(frozen=True)
class Entity:
    """One real thing, after aliases are merged."""

    key: str               #: stable key: "Region:310115" or "Agency:上海市大数据中心"
    type: str
    name: str              #: canonical name
    aliases: tuple[str, ...] = ()
    region_code: str | None = None     #: GB/T 2260 six-digit code (regions)
    region_level: str | None = None    #: "country", "province", "prefecture", "county"
    mentions: tuple[Mention, ...] = ()
    scope: str | None = None   #: doc_id for a name that says no place (市公安局): it is that document's own


@dataclass(frozen=True)
class Relation:
    type: str              #: one of RELATION_TYPES
    head: str              #: Entity.key
    tail: str              #: Entity.key
    sentence: int          #: Sentence.index of the evidence
    start: int             #: span of the evidence in Document.text
    end: int
    confidence: float
    inferred: bool = False
    rule: str = ""         #: the rule that produced it, for provenance
    rating: str | None = None      #: for ``evaluates`` ("高")


@dataclass(frozen=True)
class Metric:
    """A statistic stated about an entity ("个人实名用户已超过2921万")."""

    subject: str           #: Entity.key
    name: str              #: metric name as worded ("个人实名用户")
    value: float           #: multiplied out (万, 亿) and percentages as fractions
    op: str                #: ">", ">=", "=", "<", "<=", "~"
    unit: str | None
    sentence: int
    start: int
    end: int
    as_of: str | None = None       #: ISO date the figure refers to, if stated
    confidence: float = 0.8


@dataclass(frozen=True)
class DateFact:
    subject: str           #: Entity.key
    property: str          #: one of DATE_PROPERTIES
    value: str             #: ISO date YYYY-MM-DD
    sentence: int
    start: int
    end: int
    confidence: float = 0.8


@dataclass(frozen=True)
class Extraction:
    """Everything extracted from one document."""

    document: Document
    sentences: tuple[Sentence, ...]
    entities: tuple[Entity, ...]
    relations: tuple[Relation, ...] = ()
    metrics: tuple[Metric, ...] = ()
    dates: tuple[DateFact, ...] = ()
    extractor: str = "govkg"

    def entity(self, key: str) -> Entity:
        for e in self.entities:
            if e.key == key:
                return e
        raise KeyError(key)
