"""The ontology and the shapes parse, and cover every relation type."""
from __future__ import annotations

import pytest
import rdflib
from rdflib.namespace import OWL, RDF, RDFS, SH

from govkg.ontology import ONTOLOGY_FILE, SHAPES_FILE
from govkg.ontology.namespace import GK, ORG, SDO
from govkg.types import DATE_PROPERTIES, ENTITY_TYPES, RELATION_TYPES, SYMMETRIC_RELATIONS

DATATYPE_PROPERTIES = (
    "name", "alias", "regionCode", "regionLevel", "launchDate", "publicationDate", "issueDate",
    "title", "sourcePath", "contentHash", "encoding", "charCount", "published", "text", "index",
    "start", "end", "section", "metricName", "value", "unit", "comparison", "asOf", "confidence",
    "inferred", "rule", "rating",
)
LINK_PROPERTIES = ("subject", "predicate", "evidence", "inDocument", "mentionedIn", "observedEntity")
CLASSES = (*ENTITY_TYPES, "GovDocument", "SourceDocument", "Sentence", "Assertion", "Observation")


@pytest.fixture(scope="module")
def ontology() -> rdflib.Graph:
    return rdflib.Graph().parse(data=ONTOLOGY_FILE.read_text(encoding="utf-8"), format="turtle")


@pytest.fixture(scope="module")
def shapes() -> rdflib.Graph:
    return rdflib.Graph().parse(data=SHAPES_FILE.read_text(encoding="utf-8"), format="turtle")


def _labels(g: rdflib.Graph, node) -> set[str]:
    return {label.language for label in g.objects(node, RDFS.label)}


def _classes_of(g: rdflib.Graph, node) -> set:
    """A class or the members of an owl:unionOf."""
    union = g.value(node, OWL.unionOf)
    if union is None:
        return {node}
    return set(rdflib.collection.Collection(g, union))


def test_ontology_header(ontology):
    header = ontology.value(predicate=RDF.type, object=OWL.Ontology)
    assert ontology.value(header, OWL.versionInfo)
    dcterms = rdflib.Namespace("http://purl.org/dc/terms/")
    for prop in (dcterms.title, dcterms.description, dcterms.license):
        assert ontology.value(header, prop) is not None, prop


@pytest.mark.parametrize("name", CLASSES)
def test_every_class_is_declared_and_labelled(ontology, name):
    assert (GK[name], RDF.type, OWL.Class) in ontology
    assert {"zh", "en"} <= _labels(ontology, GK[name])
    assert ontology.value(GK[name], RDFS.comment) is not None


@pytest.mark.parametrize("relation", RELATION_TYPES)
def test_every_relation_is_an_object_property_with_domain_range_labels(ontology, relation):
    prop = GK[relation]
    assert (prop, RDF.type, OWL.ObjectProperty) in ontology
    assert ontology.value(prop, RDFS.domain) is not None
    assert ontology.value(prop, RDFS.range) is not None
    assert {"zh", "en"} <= _labels(ontology, prop)
    assert ontology.value(prop, RDFS.comment) is not None


def test_symmetric_relations(ontology):
    symmetric = {str(p).split("#")[1] for p in ontology.subjects(RDF.type, OWL.SymmetricProperty)}
    assert symmetric == set(SYMMETRIC_RELATIONS)


def test_ranges_follow_the_rdf_model(ontology):
    def range_of(rel):
        return {str(c).split("#")[1] for c in _classes_of(ontology, ontology.value(GK[rel], RDFS.range))}

    assert range_of("issuedBy") == {"Agency", "Region"}
    assert range_of("publishedBy") == {"Organization", "Agency"}
    assert range_of("supervises") == {"Agency", "Platform"}
    assert range_of("serves") == {"Region"}
    assert range_of("partOf") == {"Platform", "Region", "Agency"}


@pytest.mark.parametrize("name", (*DATATYPE_PROPERTIES, *DATE_PROPERTIES))
def test_datatype_properties(ontology, name):
    assert (GK[name], RDF.type, OWL.DatatypeProperty) in ontology
    assert "en" in _labels(ontology, GK[name])


@pytest.mark.parametrize("name", LINK_PROPERTIES)
def test_link_properties(ontology, name):
    assert (GK[name], RDF.type, OWL.ObjectProperty) in ontology


def test_object_is_a_plain_property_because_dates_are_literals(ontology):
    assert (GK.object, RDF.type, RDF.Property) in ontology


def test_alignment(ontology):
    assert (GK.Agency, RDFS.subClassOf, ORG.Organization) in ontology
    assert (GK.Agency, RDFS.subClassOf, SDO.GovernmentOrganization) in ontology
    assert (GK.Platform, RDFS.subClassOf, SDO.GovernmentService) in ontology
    assert (GK.Region, RDFS.subClassOf, SDO.AdministrativeArea) in ontology
    assert (GK.Policy, RDFS.subClassOf, GK.GovDocument) in ontology
    assert (GK.Report, RDFS.subClassOf, GK.GovDocument) in ontology
    assert (GK.serves, RDFS.subPropertyOf, SDO.areaServed) in ontology
    assert (GK.name, RDFS.subPropertyOf, SDO.name) in ontology
    assert (GK.alias, RDFS.subPropertyOf, SDO.alternateName) in ontology
    assert (ORG.subOrganizationOf, OWL.propertyChainAxiom, None) in ontology


def test_shapes_parse_and_target_every_class(shapes):
    targeted = {str(c).split("#")[1] for c in shapes.objects(None, SH.targetClass)}
    assert set(CLASSES) - {"GovDocument"} <= targeted


def test_shapes_check_the_domain_of_every_relation(shapes):
    domains = {str(p).split("#")[1] for p in shapes.objects(None, SH.targetSubjectsOf)}
    assert set(RELATION_TYPES) <= domains


def test_every_shape_constraint_has_an_english_message(shapes):
    for shape in set(shapes.subjects(SH.path, None)):
        assert shapes.value(shape, SH.message) is not None, shape
