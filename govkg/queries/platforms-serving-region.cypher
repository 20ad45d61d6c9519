// title: Which platforms serve a region (and its sub-regions)
// description: Platforms that serve or cover a region, directly or through one of its
//   sub-regions (gk:partOf*, the GB/T 2260 hierarchy), with the document that says so.
// param: region:resource  optional  Name, alias, six-digit code or IRI of a region
//
// Cypher twin of platforms-serving-region.rq: the same columns and rows, read from the
// Neo4j projection (docs/neo4j-mapping.md). Params are Cypher parameters; pass null
// for one left out (govkg.graph.neo4j.cypher_parameters does).
// One row per fact, then its provenance (the relationships that carry an assertion's
// properties, not just `document`), as the .rq's OPTIONAL does.
// The stated relationships are collected per (platform, region) pair by a COLLECT subquery,
// pair by pair, so the first rows come before every relationship is read, and the regions
// above each served region are walked once per pair.
// Given a name, it starts from the nodes the name matches, found by index (docs/neo4j-mapping.md,
// "Starting from a name"); without one it lists.
CALL () {
  WITH 1 AS start WHERE $region IS NULL
  MATCH (p:Entity)-[r:SERVES]->(served:Entity)
  RETURN p, r, served
  UNION ALL
  WITH 1 AS start WHERE $region IS NOT NULL
  MATCH (named:Entity) WHERE named.iri = $region OR named.name = $region OR named.regionCode = $region
    OR (named.aliasText CONTAINS $region AND $region IN named.aliases)
  MATCH (served:Entity)-[:PART_OF*0..]->(named)
  WITH DISTINCT served
  MATCH (p:Entity)-[r:SERVES]->(served)
  RETURN p, r, served
}
WITH DISTINCT p, served
WHERE p.name IS NOT NULL AND served.name IS NOT NULL
WITH p, served, COLLECT { MATCH (p)-[s:SERVES]->(served) WHERE size(keys(s)) > 1 RETURN s } AS stated
CALL (served) {
  MATCH (served)-[:PART_OF*0..]->(region:Region)
  RETURN DISTINCT region
}
WITH p, served, region, stated
WHERE region.name IS NOT NULL
  AND ($region IS NULL OR region.iri = $region OR region.name = $region OR $region IN region.aliases
       OR region.regionCode = $region)
UNWIND CASE size(stated) WHEN 0 THEN [null] ELSE stated END AS r
OPTIONAL MATCH (d:Document {iri: r.document})
RETURN DISTINCT region.name AS region_name, p.name AS platform_name, served.name AS served_region,
       CASE WHEN served = region THEN 'direct' ELSE 'sub-region' END AS via,
       coalesce(d.title, d.iri) AS document
ORDER BY region_name, platform_name, served_region, document
