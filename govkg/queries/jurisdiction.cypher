// title: Which region each agency belongs to
// description: gk:jurisdiction (agency → the region it belongs to or governs). With region
//   set, agencies of its sub-regions are listed too.
// param: agency:resource  optional  Name, alias or IRI of an agency
// param: region:resource  optional  Name, alias, six-digit code or IRI of a region (sub-regions included)
//
// Cypher twin of jurisdiction.rq: the same columns and rows, read from the
// Neo4j projection (docs/neo4j-mapping.md). Params are Cypher parameters; pass null
// for one left out (govkg.graph.neo4j.cypher_parameters does).
// One row per fact, then its provenance (the relationships that carry an assertion's
// properties, not just `document`), as the .rq's OPTIONAL does.
// Row by row, not collected per fact: a relationship without provenance is kept only when no
// stated one of its type joins the same two nodes the same way, so the first rows come before
// every relationship is read.
// With $region: from the regions it names, down the hierarchy to the regions within (each once),
// then their agencies; with only $agency, from the agencies it names; else every JURISDICTION.
// Given a name, it starts from the nodes the name matches, found by index (docs/neo4j-mapping.md,
// "Starting from a name"); without one it lists.
CALL () {
  WITH 1 AS start WHERE $region IS NULL AND $agency IS NULL
  MATCH (a:Entity)-[r:JURISDICTION]->(region:Entity)
  RETURN a, r, region
  UNION ALL
  WITH 1 AS start WHERE $region IS NULL AND $agency IS NOT NULL
  MATCH (a:Entity) WHERE a.iri = $agency OR a.name = $agency
    OR (a.aliasText CONTAINS $agency AND $agency IN a.aliases)
  MATCH (a)-[r:JURISDICTION]->(region:Entity)
  RETURN a, r, region
  UNION ALL
  WITH 1 AS start WHERE $region IS NOT NULL
  MATCH (within:Entity)
  WHERE within.iri = $region OR within.name = $region OR within.regionCode = $region
        OR (within.aliasText CONTAINS $region AND $region IN within.aliases)
  MATCH (region:Entity)-[:PART_OF*0..]->(within)
  WITH DISTINCT region
  MATCH (a:Entity)-[r:JURISDICTION]->(region)
  RETURN a, r, region
}
WITH a, r, region
WHERE a.name IS NOT NULL AND region.name IS NOT NULL
  AND ($agency IS NULL OR a.iri = $agency OR a.name = $agency OR $agency IN a.aliases)
  AND (size(keys(r)) > 1 OR NOT EXISTS { MATCH (a)-[s:JURISDICTION]->(region) WHERE size(keys(s)) > 1 })
WITH a, region, CASE WHEN size(keys(r)) > 1 THEN r END AS r
OPTIONAL MATCH (d:Document {iri: r.document})
RETURN DISTINCT a.name AS agency_name, region.name AS region_name, region.regionCode AS region_code,
       region.regionLevel AS region_level, r.inferred AS inferred,
       coalesce(d.title, d.iri) AS document
ORDER BY agency_name, region_name, document
