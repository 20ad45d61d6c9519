"""Namespaces and the rules that derive IRIs.

IRIs are derived, never random, so the same input always gives the same graph
and a second article about one agency lands on the same node.

>>> entity_iri("Agency", "上海市大数据中心")
'https://w3id.org/govkg/id/agency/上海市大数据中心'
>>> region_iri("310115")
'https://w3id.org/govkg/id/region/310115'
>>> entity_iri("Platform", "壮美广西·政务云 <x>")
'https://w3id.org/govkg/id/platform/壮美广西·政务云%20%3Cx%3E'
"""
from __future__ import annotations

import hashlib
import re
from typing import Iterable
from urllib.parse import quote

from rdflib import Namespace
from rdflib.namespace import OWL, PROV, RDF, RDFS, SH, XSD  # noqa: F401  (re-exported)

ONTOLOGY = "https://w3id.org/govkg/ontology#"
IDS = "https://w3id.org/govkg/id/"

GK = Namespace(ONTOLOGY)
ORG = Namespace("http://www.w3.org/ns/org#")
SDO = Namespace("https://schema.org/")
ELI = Namespace("http://data.europa.eu/eli/ontology#")

PREFIXES = {
    "gk": ONTOLOGY,
    "gkid": IDS,
    "rdf": str(RDF),
    "rdfs": str(RDFS),
    "owl": str(OWL),
    "xsd": str(XSD),
    "prov": str(PROV),
    "org": str(ORG),
    "schema": str(SDO),
    "eli": str(ELI),
    "sh": str(SH),
}

# ASCII characters that may stand in an IRI path segment as they are;
# every other ASCII character is percent-encoded, non-ASCII (Chinese) is kept.
_SAFE_ASCII = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._~")


def _iri_char(cp: int) -> bool:
    """A non-ASCII code point RFC 3987 allows in a path (``ucschar``): not the C1
    controls, surrogates, private use, the specials U+FFF0–FFFF (U+FFFD among
    them), the non-characters U+FDD0–FDEF and U+xFFFE/xFFFF, or the tags U+E0000–E0FFF."""
    if cp < 0x10000:
        return 0xA0 <= cp <= 0xD7FF or 0xF900 <= cp <= 0xFDCF or 0xFDF0 <= cp <= 0xFFEF
    return cp < 0xF0000 and (cp & 0xFFFF) <= 0xFFFD and not 0xE0000 <= cp < 0xE1000   # nor the tags


def iri_segment(text: str) -> str:
    """Percent-encode what an IRI segment cannot hold, keeping Chinese readable.

    Any text gives a valid IRI segment: what the IRI grammar forbids (spaces,
    controls, U+FFFD, private-use characters, non-characters, lone
    surrogates) is percent-encoded as its UTF-8 bytes.

    >>> iri_segment("一网通办")
    '一网通办'
    >>> iri_segment('a b/"c"')
    'a%20b%2F%22c%22'
    >>> iri_segment("政务\ufffd云\ue000")
    '政务%EF%BF%BD云%EE%80%80'
    """
    out = []
    for ch in text:
        if ord(ch) < 128:
            keep = ch in _SAFE_ASCII
        else:
            keep = _iri_char(ord(ch)) and ch != "\u3000" and not ch.isspace()
        out.append(ch if keep else quote(ch.encode("utf-8", "surrogatepass"), safe=""))
    return "".join(out)


def entity_iri(entity_type: str, name: str, scope: str | None = None) -> str:
    """IRI of a non-region entity: type and canonical name, under its document when the name
    says no place (市公安局 of one article is not 市公安局 of another). Pages write one title
    with brackets and a year range's dash of either width: one IRI for all (:func:`same_in_a_name`).

    >>> entity_iri("Agency", "市公安局", scope="d1") != entity_iri("Agency", "市公安局", scope="d2")
    True
    >>> entity_iri("Policy", "实施方案(2023-2025年)") == entity_iri("Policy", "实施方案（2023—2025年）")
    True
    """
    name = same_in_a_name(name)
    if scope:
        return f"{IDS}{entity_type.lower()}/{iri_segment(scope)}/{iri_segment(name)}"
    return f"{IDS}{entity_type.lower()}/{iri_segment(name)}"


_BRACKETS = str.maketrans({"(": "（", ")": "）"})
_YEAR_RANGE_DASH = re.compile(r"(?<=\d)[-‐‑–—―－~～](?=\d)")


def same_in_a_name(name: str) -> str:
    """``name`` with the marks pages write in two widths written one way: full-width brackets,
    an em dash between the years of a range.

    >>> same_in_a_name("数字政府白皮书(2023年)"), same_in_a_name("三年行动计划（2024-2026年）")
    ('数字政府白皮书（2023年）', '三年行动计划（2024—2026年）')
    """
    return _YEAR_RANGE_DASH.sub("—", name.translate(_BRACKETS))


def region_iri(code: str) -> str:
    """IRI of a region: its six-digit GB/T 2260 code."""
    return f"{IDS}region/{code}"


def document_iri(doc_id: str) -> str:
    """IRI of a source document; also the name of the graph holding its facts."""
    return f"{IDS}doc/{iri_segment(doc_id)}"


def sentence_iri(doc_id: str, index: int) -> str:
    return f"{document_iri(doc_id)}/sentence/{index}"


def digest(*parts: object, length: int = 12) -> str:
    """A short stable hash of some values, for IRIs of facts.

    >>> digest("a", 1) == digest("a", 1) != digest("a", 2)
    True
    """
    h = hashlib.sha256("\x1f".join(map(str, parts)).encode("utf-8"))
    return h.hexdigest()[:length]


#: What a document graph says about how it was built rather than about the article: the file's
#: bytes and the extractor (docs/rdf-model.md). Left out of its ``gk:graphHash``, so that a new govkg
#: that extracts the same facts from the same text leaves the hash, and the Neo4j projection, as they were.
BUILD_PROPERTIES = ("sourceHash", "extractorHash")
_UNHASHED = tuple(f" <{ONTOLOGY}{p}> ".encode("utf-8") for p in ("graphHash", *BUILD_PROPERTIES))
_UNHASHED_PATTERN = re.compile(b"|".join(re.escape(p) for p in _UNHASHED))   # one scan of a line, not three


def graph_hash(lines: Iterable[bytes]) -> str:
    """A document graph's ``gk:graphHash``: the SHA-256 of its N-Triples lines (UTF-8, without their
    line ends), sorted, joined by newlines, leaving out its own hash line and the lines of
    :data:`BUILD_PROPERTIES` (docs/rdf-model.md). The extractor states it (``to_ntriples``); the
    store's writer checks it (``writing.same_graph_hash``).

    >>> graph_hash([b'<http://ex.org/a> <http://ex.org/p> "x" .']) == hashlib.sha256(
    ...     b'<http://ex.org/a> <http://ex.org/p> "x" .').hexdigest()
    True
    >>> graph_hash([b'<http://ex.org/a> <http://ex.org/p> "x" .',
    ...             f'<http://ex.org/a> <{ONTOLOGY}sourceHash> "ab" .'.encode()]) == graph_hash(
    ...     [b'<http://ex.org/a> <http://ex.org/p> "x" .'])
    True
    """
    return hashlib.sha256(b"\n".join(line for line in lines if line and not is_unhashed(line))).hexdigest()


def is_unhashed(line: bytes) -> bool:
    """Whether an N-Triples line is left out of the graph hash (the hash itself, how the graph was built)."""
    return _UNHASHED_PATTERN.search(line) is not None


def assertion_iri(doc_id: str, predicate: str, subject: str, obj: str) -> str:
    """IRI of the provenance record of one extracted fact."""
    return f"{document_iri(doc_id)}/assertion/{digest(predicate, subject, obj)}"


def observation_iri(doc_id: str, subject: str, metric: str, value: object) -> str:
    """IRI of one statistic (gk:Observation)."""
    return f"{document_iri(doc_id)}/observation/{digest(subject, metric, value)}"
