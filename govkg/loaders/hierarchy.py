"""The GB/T 2260 region hierarchy as RDF: every region a document names, with its parents.

A document graph that names 南山区 also says, from the gazetteer, that 南山区
is ``gk:partOf`` 深圳市, 深圳市 of 广东省 and 广东省 of China, with each parent's
type, name, code and level. These are reference facts, not extracted ones:
they carry no provenance record and no ``gk:mentionedIn``. They make
``gk:partOf*`` reach a province from any of its counties (the
``platforms-serving-region`` query) and give ``region-hierarchy`` its parents.

>>> from govkg.loaders.resources import load_resources
>>> g = load_resources(use_ner=False).gazetteer
>>> [o.strip("<>").rsplit("/", 1)[-1] for s, p, o in region_hierarchy([("440305", None)], g) if p == gk("partOf")]
['440300', '440000', '100000']
"""
from __future__ import annotations

from typing import Iterable, Iterator

from ..ontology.namespace import region_iri
from .resources import Gazetteer
from .to_rdf import LABEL, TYPE, Triple, gk, iri, text


def region_hierarchy(regions: Iterable[tuple[str, object]], gazetteer: Gazetteer) -> Iterator[Triple]:
    """Triples (N-Triples terms) linking each region code to its parent, up to China, with each parent described.

    ``regions`` are (code, anything) pairs, such as the region entities' codes.
    """
    for code, _ in regions:
        if code not in gazetteer.regions:
            continue
        child = code
        for parent in gazetteer.ancestors(code):
            yield iri(region_iri(child)), gk("partOf"), iri(region_iri(parent))
            yield from _describe(gazetteer.region(parent))
            child = parent


def _describe(region) -> Iterator[Triple]:
    u = iri(region_iri(region.code))
    yield u, TYPE, gk("Region")
    yield u, gk("name"), text(region.name)
    yield u, LABEL, text(region.name)
    yield u, gk("regionCode"), text(region.code, None)
    yield u, gk("regionLevel"), text(region.level, None)


def document_regions(x) -> list[tuple[str, object]]:
    """(code, entity) of the regions an extraction names."""
    return [(e.region_code, e) for e in x.entities if e.type == "Region" and e.region_code]
