// title: How many entities of each class, and relations of each type
// description: One row per class (entities, documents, sentences, assertions, observations)
//   and per relation type, zero included; each node or triple counted once across documents.
//
// Cypher twin of counts-per-type.rq: the same columns and rows, read from the
// Neo4j projection (docs/neo4j-mapping.md). Params are Cypher parameters; pass null
// for one left out (govkg.graph.neo4j.cypher_parameters does).
// Sentences are not nodes: Document.sentences holds their number. Assertions are the fact
// relationships with provenance plus the dates stated on MENTIONED_IN: the loader keeps both
// numbers on each :Document (relations, dates), so nothing here walks the relationships but
// the per-type count of distinct (subject, object) pairs, one pass over the fact types.
// Each entity's label is its type, so the label counts are the server's own counts.
CALL () {
  RETURN 'class' AS kind, 'Agency' AS name, COUNT { MATCH (n:Agency) } AS count
  UNION ALL
  RETURN 'class' AS kind, 'Organization' AS name, COUNT { MATCH (n:Organization) } AS count
  UNION ALL
  RETURN 'class' AS kind, 'Region' AS name, COUNT { MATCH (n:Region) } AS count
  UNION ALL
  RETURN 'class' AS kind, 'Platform' AS name, COUNT { MATCH (n:Platform) } AS count
  UNION ALL
  RETURN 'class' AS kind, 'Policy' AS name, COUNT { MATCH (n:Policy) } AS count
  UNION ALL
  RETURN 'class' AS kind, 'Report' AS name, COUNT { MATCH (n:Report) } AS count
  UNION ALL
  RETURN 'class' AS kind, 'SourceDocument' AS name, COUNT { MATCH (d:Document) } AS count
  UNION ALL
  OPTIONAL MATCH (d:Document)
  WITH sum(d.sentences) AS sentences, sum(d.relations) + sum(d.dates) AS assertions
  UNWIND [['Sentence', sentences], ['Assertion', assertions]] AS pair
  RETURN 'class' AS kind, pair[0] AS name, coalesce(pair[1], 0) AS count
  UNION ALL
  RETURN 'class' AS kind, 'Observation' AS name, COUNT { MATCH (s:Statistic) } AS count
  UNION ALL
  // a fact stated by several documents is several relationships: count (subject, object) pairs
  OPTIONAL MATCH (s)-[r:ISSUED_BY|PUBLISHED_BY|COMMISSIONED_BY|DESIGNATES_AUTHORITY|COORDINATES|OPERATES|SUPERVISES|SERVES|PART_OF|INTEGRATES_WITH|SHARES_DATA_WITH|IMPLEMENTS|COOPERATES_WITH|JURISDICTION|FEATURES|EVALUATES|BASED_ON|AMENDS]->(o)
  WITH DISTINCT type(r) AS relType, s, o
  WITH relType, count(o) AS n
  WITH collect({type: relType, n: n}) AS counted
  WITH counted, {ISSUED_BY: 'issuedBy', PUBLISHED_BY: 'publishedBy', COMMISSIONED_BY: 'commissionedBy',
     DESIGNATES_AUTHORITY: 'designatesAuthority', COORDINATES: 'coordinates', OPERATES: 'operates',
     SUPERVISES: 'supervises', SERVES: 'serves', PART_OF: 'partOf', INTEGRATES_WITH: 'integratesWith',
     SHARES_DATA_WITH: 'sharesDataWith', IMPLEMENTS: 'implements', COOPERATES_WITH: 'cooperatesWith',
     JURISDICTION: 'jurisdiction', FEATURES: 'features', EVALUATES: 'evaluates', BASED_ON: 'basedOn',
     AMENDS: 'amends'} AS rel
  UNWIND keys(rel) AS relType
  RETURN 'relation' AS kind, rel[relType] AS name,
         coalesce(head([c IN counted WHERE c.type = relType | c.n]), 0) AS count
}
RETURN kind, name, count
ORDER BY kind, count DESC, name
