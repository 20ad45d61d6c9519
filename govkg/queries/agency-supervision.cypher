// title: Which agency supervises or contains which
// description: gk:supervises (an agency directs an agency or platform) and gk:partOf between
//   agencies (下属), shown from the superior side: "supervises" or "hasPart".
// param: agency:resource  optional  Name, alias or IRI of an agency on either side
//
// Cypher twin of agency-supervision.rq: the same columns and rows, read from the
// Neo4j projection (docs/neo4j-mapping.md). Params are Cypher parameters; pass null
// for one left out (govkg.graph.neo4j.cypher_parameters does).
// One row per fact, then its provenance (the relationships of the documents whose
// assertion has an evidence sentence), as the .rq's OPTIONAL does.
// Row by row, not collected per fact: a relationship without provenance is kept only when no
// stated one of its type joins the same two nodes the same way, so the first rows come before
// every relationship is read.
// SUPERVISES points from the superior; PART_OF (between agencies) from the subordinate.
// Given a name, it starts from the nodes the name matches, found by index (docs/neo4j-mapping.md,
// "Starting from a name"); without one it lists.
CALL () {
  WITH 1 AS start WHERE $agency IS NULL
  MATCH (x:Entity)-[r:SUPERVISES|PART_OF]->(y:Entity)
  RETURN x, r, y
  UNION ALL
  WITH 1 AS start WHERE $agency IS NOT NULL
  MATCH (n:Entity) WHERE n.iri = $agency OR n.name = $agency
    OR (n.aliasText CONTAINS $agency AND $agency IN n.aliases)
  MATCH (n)-[r:SUPERVISES|PART_OF]-(:Entity)
  WITH DISTINCT r
  RETURN startNode(r) AS x, r, endNode(r) AS y
}
WITH x, r, y
WHERE (type(r) = 'SUPERVISES' OR x:Agency)
  AND (r.evidence IS NOT NULL
       OR NOT EXISTS { MATCH (x)-[s]->(y) WHERE type(s) = type(r) AND s.evidence IS NOT NULL })
WITH x, y, type(r) = 'SUPERVISES' AS supervises, CASE WHEN r.evidence IS NOT NULL THEN r END AS r
WITH CASE WHEN supervises THEN x ELSE y END AS sup, CASE WHEN supervises THEN y ELSE x END AS sub,
     CASE WHEN supervises THEN 'supervises' ELSE 'hasPart' END AS relation, r
WHERE sup.name IS NOT NULL AND sub.name IS NOT NULL
  AND ($agency IS NULL OR sup.iri = $agency OR sup.name = $agency OR $agency IN sup.aliases
                       OR sub.iri = $agency OR sub.name = $agency OR $agency IN sub.aliases)
OPTIONAL MATCH (d:Document {iri: r.document})
RETURN DISTINCT sup.name AS superior_name, relation, sub.name AS subordinate_name,
       CASE WHEN sub:Agency THEN 'Agency' WHEN sub:Platform THEN 'Platform' END AS subordinate_type,
       r.evidence AS sentence, coalesce(d.title, d.iri) AS document
ORDER BY superior_name, relation, subordinate_name, document
