// title: All extracted relations, for review
// description: Every relation fact with its confidence, rule and inferred flag, least
//   confident first: the place to look for extraction mistakes.
// param: relation:property       optional  Relation type, e.g. operates
// param: max_confidence:decimal  optional  Only facts at or below this confidence, e.g. 0.75
// param: inferred:boolean        optional  true: only inferred facts; false: only stated ones
//
// Cypher twin of facts.rq: the same columns and rows, read from the
// Neo4j projection (docs/neo4j-mapping.md). Params are Cypher parameters; pass null
// for one left out (govkg.graph.neo4j.cypher_parameters does).
WITH {ISSUED_BY: 'issuedBy', PUBLISHED_BY: 'publishedBy', COMMISSIONED_BY: 'commissionedBy',
     DESIGNATES_AUTHORITY: 'designatesAuthority', COORDINATES: 'coordinates', OPERATES: 'operates',
     SUPERVISES: 'supervises', SERVES: 'serves', PART_OF: 'partOf', INTEGRATES_WITH: 'integratesWith',
     SHARES_DATA_WITH: 'sharesDataWith', IMPLEMENTS: 'implements', COOPERATES_WITH: 'cooperatesWith',
     JURISDICTION: 'jurisdiction', FEATURES: 'features', EVALUATES: 'evaluates', BASED_ON: 'basedOn',
     AMENDS: 'amends'} AS rel
MATCH (s:Entity)-[r]->(o:Entity)
WHERE rel[type(r)] IS NOT NULL AND r.confidence IS NOT NULL
  AND s.name IS NOT NULL AND o.name IS NOT NULL
WITH s, r, o, rel[type(r)] AS predicate, coalesce(r.inferred, false) AS is_inferred
WHERE ($relation IS NULL OR predicate = $relation
       OR 'https://w3id.org/govkg/ontology#' + predicate = $relation)
  AND ($max_confidence IS NULL OR r.confidence <= toFloat($max_confidence))
  AND ($inferred IS NULL OR is_inferred = toBoolean($inferred))
OPTIONAL MATCH (d:Document {iri: r.document})
RETURN DISTINCT r.confidence AS confidence, s.name AS subject_name, predicate, o.name AS object_name,
       r.rule AS rule, is_inferred, coalesce(d.title, d.iri) AS document
ORDER BY confidence, predicate, subject_name, object_name, document
