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
MATCH (p:Entity)-[r:SERVES]->(served:Entity)
WHERE p.name IS NOT NULL AND served.name IS NOT NULL
WITH p, served, collect(CASE WHEN size(keys(r)) > 1 THEN r END) AS stated
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
       coalesce(d.title, d.sourcePath, d.iri) AS document
ORDER BY region_name, platform_name, served_region, document
