// title: Which agency coordinates or operates which platform
// description: Agencies that coordinate (统筹, 牵头, 负责) or operate (建设, 运营) a platform,
//   with the evidence sentence and the document it comes from.
// param: agency:resource    optional  Name, alias or IRI of an agency to restrict to
// param: platform:resource  optional  Name, alias or IRI of a platform to restrict to
//
// Cypher twin of agency-coordinates-platform.rq: the same columns and rows, read from the
// Neo4j projection (docs/neo4j-mapping.md). Params are Cypher parameters; pass null
// for one left out (govkg.graph.neo4j.cypher_parameters does).
// One row per fact, then its provenance (the relationships of the documents whose
// assertion has an evidence sentence), as the .rq's OPTIONAL does.
// Row by row, not collected per fact: a relationship without provenance is kept only when no
// stated one of its type joins the same two nodes the same way, so the first rows come before
// every relationship is read.
// Starts from the entities a parameter names, when one is given (an index-free scan of the
// entities is cheaper than walking every COORDINATES and OPERATES relationship).
// Given a name, it starts from the nodes the name matches, found by index (docs/neo4j-mapping.md,
// "Starting from a name"); without one it lists.
CALL () {
  WITH 1 AS start WHERE $agency IS NULL AND $platform IS NULL
  MATCH (a:Entity)-[r:COORDINATES|OPERATES]->(p:Entity)
  RETURN a, r, p
  UNION ALL
  WITH 1 AS start WHERE $agency IS NOT NULL
  MATCH (a:Entity) WHERE a.iri = $agency OR a.name = $agency
    OR (a.aliasText CONTAINS $agency AND $agency IN a.aliases)
  MATCH (a)-[r:COORDINATES|OPERATES]->(p:Entity)
  RETURN a, r, p
  UNION ALL
  WITH 1 AS start WHERE $agency IS NULL AND $platform IS NOT NULL
  MATCH (p:Entity) WHERE p.iri = $platform OR p.name = $platform
    OR (p.aliasText CONTAINS $platform AND $platform IN p.aliases)
  MATCH (a:Entity)-[r:COORDINATES|OPERATES]->(p)
  RETURN a, r, p
}
WITH a, r, p
WHERE a.name IS NOT NULL AND p.name IS NOT NULL
  AND ($agency IS NULL OR a.iri = $agency OR a.name = $agency OR $agency IN a.aliases)
  AND ($platform IS NULL OR p.iri = $platform OR p.name = $platform OR $platform IN p.aliases)
  AND (r.evidence IS NOT NULL
       OR NOT EXISTS { MATCH (a)-[s]->(p) WHERE type(s) = type(r) AND s.evidence IS NOT NULL })
WITH a, p, CASE type(r) WHEN 'COORDINATES' THEN 'coordinates' ELSE 'operates' END AS relation,
     CASE WHEN r.evidence IS NOT NULL THEN r END AS r
OPTIONAL MATCH (d:Document {iri: r.document})
RETURN DISTINCT a.name AS agency_name, relation, p.name AS platform_name, r.confidence AS confidence,
       r.evidence AS sentence, coalesce(d.title, d.iri) AS document
ORDER BY agency_name, relation, platform_name, document
