// title: Which agencies and platforms are connected to a platform
// description: Agencies (or platforms) onboarded to a platform (gk:integratesWith: 接入, 对接),
//   and platforms it shares data with (gk:sharesDataWith, both directions).
// param: platform:resource  optional  Name, alias or IRI of the platform
// param: partner:resource   optional  Name, alias or IRI of the connected agency or platform
//
// Cypher twin of platforms-integrated-with-agency.rq: the same columns and rows, read from the
// Neo4j projection (docs/neo4j-mapping.md). Params are Cypher parameters; pass null
// for one left out (govkg.graph.neo4j.cypher_parameters does).
// One row per fact, then its provenance (the relationships of the documents whose
// assertion has an evidence sentence), as the .rq's OPTIONAL does.
// Row by row, not collected per fact: a relationship without provenance is kept only when no
// stated one of its type joins the same two nodes the same way, so the first rows come before
// every relationship is read.
// INTEGRATES_WITH from the platform; SHARES_DATA_WITH (symmetric) in both directions.
// Given a name, it starts from the nodes the name matches, found by index (docs/neo4j-mapping.md,
// "Starting from a name"); without one it lists.
CALL () {
  WITH 1 AS start WHERE $platform IS NULL AND $partner IS NULL
  MATCH (m:Entity)-[r:INTEGRATES_WITH|SHARES_DATA_WITH]->(n:Entity)
  RETURN m, r, n
  UNION ALL
  WITH 1 AS start WHERE $platform IS NOT NULL OR $partner IS NOT NULL
  WITH coalesce($platform, $partner) AS named
  MATCH (x:Entity) WHERE x.iri = named OR x.name = named OR (x.aliasText CONTAINS named AND named IN x.aliases)
  MATCH (x)-[r:INTEGRATES_WITH|SHARES_DATA_WITH]-(:Entity)
  WITH DISTINCT r
  RETURN startNode(r) AS m, r, endNode(r) AS n
}
WITH m, n, r
WHERE r.evidence IS NOT NULL
   OR NOT EXISTS { MATCH (m)-[s]->(n) WHERE type(s) = type(r) AND s.evidence IS NOT NULL }
WITH m, n, CASE type(r) WHEN 'INTEGRATES_WITH' THEN 'integratesWith' ELSE 'sharesDataWith' END AS relation,
     CASE WHEN r.evidence IS NOT NULL THEN r END AS r
UNWIND CASE relation WHEN 'integratesWith' THEN [[m, n]] ELSE [[m, n], [n, m]] END AS pair
WITH pair[0] AS p, pair[1] AS x, relation, r
WHERE p:Platform AND p.name IS NOT NULL AND x.name IS NOT NULL
  AND ($platform IS NULL OR p.iri = $platform OR p.name = $platform OR $platform IN p.aliases)
  AND ($partner IS NULL OR x.iri = $partner OR x.name = $partner OR $partner IN x.aliases)
OPTIONAL MATCH (d:Document {iri: r.document})
RETURN DISTINCT p.name AS platform_name, relation, x.name AS partner_name, x.type AS partner_type,
       r.evidence AS sentence, coalesce(d.title, d.iri) AS document
ORDER BY platform_name, relation, partner_name, document
