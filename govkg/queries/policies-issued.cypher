// title: Policies: who issued, published and implements them, and what they build on
// description: For each policy: issuedBy, publishedBy, designatesAuthority, basedOn and
//   amends, plus the agencies that implement it (shown as implementedBy).
// param: policy:resource  optional  Name, alias or IRI of a policy
// param: other:resource   optional  Name, alias or IRI of the agency, region or policy on the other side
//
// Cypher twin of policies-issued.rq: the same columns and rows, read from the
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
  WITH 1 AS start WHERE $policy IS NULL AND $other IS NULL
  MATCH (pol:Policy)
  RETURN pol
  UNION ALL
  WITH 1 AS start WHERE $policy IS NOT NULL
  MATCH (pol:Entity) WHERE pol.iri = $policy OR pol.name = $policy
    OR (pol.aliasText CONTAINS $policy AND $policy IN pol.aliases)
  WITH pol WHERE pol:Policy
  RETURN pol
  UNION ALL
  WITH 1 AS start WHERE $policy IS NULL AND $other IS NOT NULL
  MATCH (x:Entity) WHERE x.iri = $other OR x.name = $other
    OR (x.aliasText CONTAINS $other AND $other IN x.aliases)
  CALL (x) {
    MATCH (pol:Policy)-[:ISSUED_BY|PUBLISHED_BY|DESIGNATES_AUTHORITY|BASED_ON|AMENDS]->(x)
    RETURN pol
    UNION
    MATCH (x)-[:IMPLEMENTS]->(pol:Policy)
    RETURN pol
  }
  RETURN DISTINCT pol
}
WITH pol
WHERE pol.name IS NOT NULL
CALL (pol) {
  MATCH (pol)-[r:ISSUED_BY|PUBLISHED_BY|DESIGNATES_AUTHORITY|BASED_ON|AMENDS]->(x:Entity)
  RETURN r, x, {ISSUED_BY: 'issuedBy', PUBLISHED_BY: 'publishedBy',
                DESIGNATES_AUTHORITY: 'designatesAuthority', BASED_ON: 'basedOn',
                AMENDS: 'amends'}[type(r)] AS relation
  UNION
  MATCH (x:Entity)-[r:IMPLEMENTS]->(pol)
  RETURN r, x, 'implementedBy' AS relation
}
WITH pol, x, relation, r, startNode(r) AS u, endNode(r) AS v
WHERE x.name IS NOT NULL
  AND ($other IS NULL OR x.iri = $other OR x.name = $other OR $other IN x.aliases)
  AND (size(keys(r)) > 1 OR NOT EXISTS { MATCH (u)-[s]->(v) WHERE type(s) = type(r) AND size(keys(s)) > 1 })
WITH pol, x, relation, CASE WHEN size(keys(r)) > 1 THEN r END AS r
OPTIONAL MATCH (d:Document {iri: r.document})
RETURN DISTINCT pol.name AS policy_name, relation, x.name AS other_name, x.type AS other_type,
       coalesce(d.title, d.iri) AS document
ORDER BY policy_name, relation, other_name, document
