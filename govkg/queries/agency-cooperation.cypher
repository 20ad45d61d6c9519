// title: Which agencies cooperate with which
// description: gk:cooperatesWith is symmetric but stored once, in the direction extracted;
//   this lists both directions, with the evidence sentence and document.
// param: agency:resource  optional  Name, alias or IRI of an agency
//
// Cypher twin of agency-cooperation.rq: the same columns and rows, read from the
// Neo4j projection (docs/neo4j-mapping.md). Params are Cypher parameters; pass null
// for one left out (govkg.graph.neo4j.cypher_parameters does).
// One row per fact, then its provenance (the relationships of the documents whose
// assertion has an evidence sentence), as the .rq's OPTIONAL does.
// Row by row, not collected per fact: a relationship without provenance is kept only when no
// stated one of its type joins the same two nodes the same way, so the first rows come before
// every relationship is read.
// With $agency: from the entities it names, to their COOPERATES_WITH in either direction.
// Given a name, it starts from the nodes the name matches, found by index (docs/neo4j-mapping.md,
// "Starting from a name"); without one it lists.
CALL () {
  WITH 1 AS start WHERE $agency IS NULL
  MATCH (x:Entity)-[r:COOPERATES_WITH]->(y:Entity)
  RETURN x, r, y
  UNION ALL
  WITH 1 AS start WHERE $agency IS NOT NULL
  MATCH (n:Entity) WHERE n.iri = $agency OR n.name = $agency
    OR (n.aliasText CONTAINS $agency AND $agency IN n.aliases)
  MATCH (n)-[r:COOPERATES_WITH]-(:Entity)
  WITH DISTINCT r
  RETURN startNode(r) AS x, r, endNode(r) AS y
}
WITH x, y, r
WHERE r.evidence IS NOT NULL
   OR NOT EXISTS { MATCH (x)-[s:COOPERATES_WITH]->(y) WHERE s.evidence IS NOT NULL }
WITH x, y, CASE WHEN r.evidence IS NOT NULL THEN r END AS r
UNWIND [[x, y], [y, x]] AS pair
WITH pair[0] AS a, pair[1] AS b, r
WHERE a.name IS NOT NULL AND b.name IS NOT NULL
  AND ($agency IS NULL OR a.iri = $agency OR a.name = $agency OR $agency IN a.aliases)
OPTIONAL MATCH (d:Document {iri: r.document})
RETURN DISTINCT a.name AS agency_name, b.name AS partner_name, r.evidence AS sentence,
       coalesce(d.title, d.iri) AS document
ORDER BY agency_name, partner_name, document
