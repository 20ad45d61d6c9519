// title: The region hierarchy (GB/T 2260)
// description: Each region with its code, level and parent region (gk:partOf between
//   regions). With region set: that region and everything below it.
// param: region:resource  optional  Name, alias, six-digit code or IRI of a region
//
// Cypher twin of region-hierarchy.rq: the same columns and rows, read from the
// Neo4j projection (docs/neo4j-mapping.md). Params are Cypher parameters; pass null
// for one left out (govkg.graph.neo4j.cypher_parameters does).
// With $region: from the regions it names, down the hierarchy (DISTINCT endpoints let the server
// visit each region once, though every document states its own PART_OF).
// Given a name, it starts from the nodes the name matches, found by index (docs/neo4j-mapping.md,
// "Starting from a name"); without one it lists.
CALL () {
  WITH 1 AS start WHERE $region IS NULL
  MATCH (r:Region)
  RETURN r
  UNION
  WITH 1 AS start WHERE $region IS NOT NULL
  MATCH (within:Entity)
  WHERE within.iri = $region OR within.name = $region OR within.regionCode = $region
        OR (within.aliasText CONTAINS $region AND $region IN within.aliases)
  MATCH (r:Region)-[:PART_OF*0..]->(within)
  RETURN DISTINCT r
}
WITH r WHERE r.name IS NOT NULL AND r.regionCode IS NOT NULL
OPTIONAL MATCH (r)-[:PART_OF]->(parent:Entity)
WHERE parent.regionCode IS NOT NULL AND parent.name IS NOT NULL
RETURN DISTINCT r.regionCode AS region_code, r.name AS region_name, r.regionLevel AS region_level,
       parent.regionCode AS parent_code, parent.name AS parent_name
ORDER BY region_code, parent_code
