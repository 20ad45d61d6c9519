// title: Which platform is part of which
// description: gk:partOf between platforms: mobile ends (移动端), sub-sites, portals of a
//   larger platform, with the evidence sentence.
// param: platform:resource  optional  Name, alias or IRI of a platform on either side
//
// Cypher twin of platform-components.rq: the same columns and rows, read from the
// Neo4j projection (docs/neo4j-mapping.md). Params are Cypher parameters; pass null
// for one left out (govkg.graph.neo4j.cypher_parameters does).
// One row per fact, then its provenance (the relationships of the documents whose
// assertion has an evidence sentence), as the .rq's OPTIONAL does.
// Row by row, not collected per fact: a relationship without provenance is kept only when no
// stated one of its type joins the same two nodes the same way, so the first rows come before
// every relationship is read.
// Given a name, it starts from the nodes the name matches, found by index (docs/neo4j-mapping.md,
// "Starting from a name"); without one it lists.
CALL () {
  WITH 1 AS start WHERE $platform IS NULL
  MATCH (part:Platform)-[r:PART_OF]->(whole:Entity)
  RETURN part, r, whole
  UNION ALL
  WITH 1 AS start WHERE $platform IS NOT NULL
  MATCH (x:Entity) WHERE x.iri = $platform OR x.name = $platform
    OR (x.aliasText CONTAINS $platform AND $platform IN x.aliases)
  MATCH (x)-[r:PART_OF]-(:Entity)
  WITH DISTINCT r
  WITH startNode(r) AS part, r, endNode(r) AS whole WHERE part:Platform
  RETURN part, r, whole
}
WITH part, r, whole
WHERE part.name IS NOT NULL AND whole.name IS NOT NULL
  AND ($platform IS NULL OR part.iri = $platform OR part.name = $platform OR $platform IN part.aliases
                         OR whole.iri = $platform OR whole.name = $platform OR $platform IN whole.aliases)
  AND (r.evidence IS NOT NULL
       OR NOT EXISTS { MATCH (part)-[s:PART_OF]->(whole) WHERE s.evidence IS NOT NULL })
WITH part, whole, CASE WHEN r.evidence IS NOT NULL THEN r END AS r
OPTIONAL MATCH (d:Document {iri: r.document})
RETURN DISTINCT part.name AS component_name, whole.name AS whole_name, r.evidence AS sentence,
       coalesce(d.title, d.iri) AS document
ORDER BY whole_name, component_name, document
