// title: How many entities of each class, and relations of each type
// description: One row per class (entities, documents, sentences, assertions, observations)
//   and per relation type, zero included; each node or triple counted once across documents.
//
// Cypher twin of counts-per-type.rq: the same columns and rows, read from the
// Neo4j projection (docs/neo4j-mapping.md). Params are Cypher parameters; pass null
// for one left out (govkg.graph.neo4j.cypher_parameters does).
// Sentences are not nodes: Document.sentences holds their number. Assertions are the fact
// relationships (one per document) plus the dates each MENTIONED_IN relationship states.
CALL () {
  UNWIND ['Agency', 'Organization', 'Region', 'Platform', 'Policy', 'Report'] AS label
  RETURN 'class' AS kind, label AS name, COUNT { MATCH (n:Entity) WHERE n.type = label } AS count
  UNION ALL
  RETURN 'class' AS kind, 'SourceDocument' AS name, COUNT { MATCH (d:Document) } AS count
  UNION ALL
  OPTIONAL MATCH (d:Document)
  RETURN 'class' AS kind, 'Sentence' AS name, coalesce(sum(d.sentences), 0) AS count
  UNION ALL
  WITH {ISSUED_BY: 'issuedBy', PUBLISHED_BY: 'publishedBy', COMMISSIONED_BY: 'commissionedBy',
     DESIGNATES_AUTHORITY: 'designatesAuthority', COORDINATES: 'coordinates', OPERATES: 'operates',
     SUPERVISES: 'supervises', SERVES: 'serves', PART_OF: 'partOf', INTEGRATES_WITH: 'integratesWith',
     SHARES_DATA_WITH: 'sharesDataWith', IMPLEMENTS: 'implements', COOPERATES_WITH: 'cooperatesWith',
     JURISDICTION: 'jurisdiction', FEATURES: 'features', EVALUATES: 'evaluates', BASED_ON: 'basedOn',
     AMENDS: 'amends'} AS rel
  RETURN 'class' AS kind, 'Assertion' AS name,
         COUNT { MATCH (:Entity)-[r]->(:Entity) WHERE rel[type(r)] IS NOT NULL AND size(keys(r)) > 1 }
         + COUNT { MATCH (:Entity)-[m:MENTIONED_IN]->(:Document)
                   UNWIND ['launchDate', 'publicationDate', 'issueDate'] AS property
                   WITH m, property WHERE m[property] IS NOT NULL } AS count
  UNION ALL
  RETURN 'class' AS kind, 'Observation' AS name, COUNT { MATCH (s:Statistic) } AS count
  UNION ALL
  WITH {ISSUED_BY: 'issuedBy', PUBLISHED_BY: 'publishedBy', COMMISSIONED_BY: 'commissionedBy',
     DESIGNATES_AUTHORITY: 'designatesAuthority', COORDINATES: 'coordinates', OPERATES: 'operates',
     SUPERVISES: 'supervises', SERVES: 'serves', PART_OF: 'partOf', INTEGRATES_WITH: 'integratesWith',
     SHARES_DATA_WITH: 'sharesDataWith', IMPLEMENTS: 'implements', COOPERATES_WITH: 'cooperatesWith',
     JURISDICTION: 'jurisdiction', FEATURES: 'features', EVALUATES: 'evaluates', BASED_ON: 'basedOn',
     AMENDS: 'amends'} AS rel
  UNWIND keys(rel) AS relType
  // a fact stated by several documents is several relationships: count (subject, object) pairs
  RETURN 'relation' AS kind, rel[relType] AS name,
         COUNT { MATCH (s)-[r]->(o) WHERE type(r) = relType RETURN DISTINCT s, o } AS count
}
RETURN kind, name, count
ORDER BY kind, count DESC, name
