// title: Reports: what they feature and evaluate, who published and commissioned them
// description: For each report: features and evaluates (with the rating, when stated),
//   publishedBy, commissionedBy and issuedBy, with the document that says so.
// param: report:resource  optional  Name, alias or IRI of a report
// param: other:resource   optional  Name, alias or IRI of the platform, region, agency or organization on the other side
//
// Cypher twin of report-features.rq: the same columns and rows, read from the
// Neo4j projection (docs/neo4j-mapping.md). Params are Cypher parameters; pass null
// for one left out (govkg.graph.neo4j.cypher_parameters does).
// One row per fact, then its provenance (the relationships that carry an assertion's
// properties, not just `document`), as the .rq's OPTIONAL does.
// Row by row, not collected per fact: a relationship without provenance is kept only when no
// stated one of its type joins the same two nodes the same way, so the first rows come before
// every relationship is read.
// Given a name, it starts from the nodes the name matches, found by index (docs/neo4j-mapping.md,
// "Starting from a name"); without one it lists.
CALL () {
  WITH 1 AS start WHERE $report IS NULL AND $other IS NULL
  MATCH (rep:Report)-[r:FEATURES|EVALUATES|PUBLISHED_BY|COMMISSIONED_BY|ISSUED_BY]->(x:Entity)
  RETURN rep, r, x
  UNION ALL
  WITH 1 AS start WHERE $report IS NOT NULL
  MATCH (rep:Entity) WHERE rep.iri = $report OR rep.name = $report
    OR (rep.aliasText CONTAINS $report AND $report IN rep.aliases)
  MATCH (rep:Report)-[r:FEATURES|EVALUATES|PUBLISHED_BY|COMMISSIONED_BY|ISSUED_BY]->(x:Entity)
  RETURN rep, r, x
  UNION ALL
  WITH 1 AS start WHERE $report IS NULL AND $other IS NOT NULL
  MATCH (x:Entity) WHERE x.iri = $other OR x.name = $other
    OR (x.aliasText CONTAINS $other AND $other IN x.aliases)
  MATCH (rep:Report)-[r:FEATURES|EVALUATES|PUBLISHED_BY|COMMISSIONED_BY|ISSUED_BY]->(x)
  RETURN rep, r, x
}
WITH rep, r, x
WHERE rep.name IS NOT NULL AND x.name IS NOT NULL
  AND ($report IS NULL OR rep.iri = $report OR rep.name = $report OR $report IN rep.aliases)
  AND ($other IS NULL OR x.iri = $other OR x.name = $other OR $other IN x.aliases)
  AND (size(keys(r)) > 1
       OR NOT EXISTS { MATCH (rep)-[s]->(x) WHERE type(s) = type(r) AND size(keys(s)) > 1 })
WITH rep, x, {FEATURES: 'features', EVALUATES: 'evaluates', PUBLISHED_BY: 'publishedBy',
              COMMISSIONED_BY: 'commissionedBy', ISSUED_BY: 'issuedBy'}[type(r)] AS relation,
     CASE WHEN size(keys(r)) > 1 THEN r END AS r
OPTIONAL MATCH (d:Document {iri: r.document})
RETURN DISTINCT rep.name AS report_name, relation, x.name AS other_name, x.type AS other_type,
       r.rating AS rating, coalesce(d.title, d.iri) AS document
ORDER BY report_name, relation, other_name, document
