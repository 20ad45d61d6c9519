// title: Where a fact comes from
// description: The provenance records (gk:Assertion) of facts: document, evidence sentence,
//   span, confidence, rule, and whether it was inferred. Dates are facts too.
// param: subject:resource    optional  Name, alias or IRI of the fact's subject
// param: predicate:property  optional  Relation type or date property (operates, launchDate) or its IRI
// param: object:resource     optional  Name, alias or IRI of the object, or a date (2018-10-17)
//
// Cypher twin of fact-provenance.rq: the same columns and rows, read from the
// Neo4j projection (docs/neo4j-mapping.md). Params are Cypher parameters; pass null
// for one left out (govkg.graph.neo4j.cypher_parameters does).
// Relation facts are relationships, with their provenance as properties. Date facts are the
// dates on MENTIONED_IN; the projection keeps only their sentence (<dateProperty>Evidence) and
// document, so for date rows start, end, confidence, rule and inferred are null here (the .rq
// has them): the one known difference between the twins.
// Given a name, it starts from the nodes the name matches, found by index (docs/neo4j-mapping.md,
// "Starting from a name"); without one it lists.
WITH {ISSUED_BY: 'issuedBy', PUBLISHED_BY: 'publishedBy', COMMISSIONED_BY: 'commissionedBy',
     DESIGNATES_AUTHORITY: 'designatesAuthority', COORDINATES: 'coordinates', OPERATES: 'operates',
     SUPERVISES: 'supervises', SERVES: 'serves', PART_OF: 'partOf', INTEGRATES_WITH: 'integratesWith',
     SHARES_DATA_WITH: 'sharesDataWith', IMPLEMENTS: 'implements', COOPERATES_WITH: 'cooperatesWith',
     JURISDICTION: 'jurisdiction', FEATURES: 'features', EVALUATES: 'evaluates', BASED_ON: 'basedOn',
     AMENDS: 'amends'} AS rel
// Where it starts: the subjects named by $subject (all entities without it); with only $object
// given, the entities stating a fact about that object or (for a YYYY-MM-DD object) that date.
CALL () {
  WITH 1 AS start WHERE $subject IS NULL AND $object IS NULL
  MATCH (s:Entity) WHERE s.name IS NOT NULL
  RETURN s
  UNION
  WITH 1 AS start WHERE $subject IS NOT NULL
  MATCH (s:Entity) WHERE s.iri = $subject OR s.name = $subject
    OR (s.aliasText CONTAINS $subject AND $subject IN s.aliases)
  WITH s WHERE s.name IS NOT NULL
  RETURN s
  UNION
  WITH 1 AS start WHERE $subject IS NULL AND $object IS NOT NULL
  MATCH (o:Entity) WHERE o.iri = $object OR o.name = $object
    OR (o.aliasText CONTAINS $object AND $object IN o.aliases)
  MATCH (s:Entity)-[]->(o) WHERE s.name IS NOT NULL
  RETURN s
  UNION
  WITH 1 AS start WHERE $subject IS NULL AND $object =~ '[0-9]{4}-[0-9]{2}-[0-9]{2}'
  MATCH (s:Entity)-[m:MENTIONED_IN]->(:Document)
  WHERE s.name IS NOT NULL AND any(p IN ['launchDate', 'publicationDate', 'issueDate', 'effectiveDate'] WHERE toString(m[p]) = $object)
  RETURN s
}
CALL (s, rel) {
  MATCH (s)-[r]->(o:Entity)
  WHERE rel[type(r)] IS NOT NULL AND size(keys(r)) > 1     // more than `document`: an assertion
  RETURN rel[type(r)] AS relation, o.name AS object_value, o AS object_node, r.document AS doc_iri,
         r.evidence AS sentence, r.start AS start, r.end AS end, r.confidence AS confidence,
         r.rule AS rule, r.inferred AS inferred, r.rating AS rating
  UNION ALL
  MATCH (s)-[m:MENTIONED_IN]->(d:Document)
  UNWIND ['launchDate', 'publicationDate', 'issueDate', 'effectiveDate'] AS relation
  WITH m, d, relation WHERE m[relation] IS NOT NULL
  RETURN relation, toString(m[relation]) AS object_value, null AS object_node, d.iri AS doc_iri,
         m[relation + 'Evidence'] AS sentence, null AS start, null AS end, null AS confidence,
         null AS rule, null AS inferred, null AS rating
}
WITH s, relation, object_value, object_node, doc_iri, sentence, start, end, confidence, rule, inferred, rating
WHERE ($predicate IS NULL OR relation = $predicate
       OR 'https://w3id.org/govkg/ontology#' + relation = $predicate)
  AND ($object IS NULL OR object_value = $object
       OR (object_node IS NOT NULL
           AND (object_node.iri = $object OR object_node.name = $object OR $object IN object_node.aliases)))
OPTIONAL MATCH (d:Document {iri: doc_iri})
RETURN DISTINCT s.name AS subject_name, relation, object_value,
       coalesce(d.title, d.iri) AS document, sentence, start, end, confidence, rule,
       inferred, rating
ORDER BY subject_name, relation, object_value, document
