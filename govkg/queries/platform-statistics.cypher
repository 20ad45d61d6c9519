// title: Statistics stated about platforms (and other entities)
// description: Each gk:Observation: metric, comparison, value, unit and date, with the
//   sentence that states it and its document.
// param: entity:resource  optional  Name, alias or IRI of the platform (or other entity)
// param: metric  optional  Part of a metric name, e.g. 实名用户
//
// Cypher twin of platform-statistics.rq: the same columns and rows, read from the
// Neo4j projection (docs/neo4j-mapping.md). Params are Cypher parameters; pass null
// for one left out (govkg.graph.neo4j.cypher_parameters does).
// Given a name, it starts from the nodes the name matches, found by index (docs/neo4j-mapping.md,
// "Starting from a name"); without one it lists.
CALL () {
  WITH 1 AS start WHERE $entity IS NULL
  MATCH (e:Entity)-[:HAS_STATISTIC]->(s:Statistic)
  RETURN e, s
  UNION ALL
  WITH 1 AS start WHERE $entity IS NOT NULL
  MATCH (e:Entity) WHERE e.iri = $entity OR e.name = $entity
    OR (e.aliasText CONTAINS $entity AND $entity IN e.aliases)
  MATCH (e)-[:HAS_STATISTIC]->(s:Statistic)
  RETURN e, s
}
WITH e, s
WHERE e.name IS NOT NULL AND s.metric IS NOT NULL AND s.value IS NOT NULL AND s.comparison IS NOT NULL
  AND ($metric IS NULL OR s.metric CONTAINS $metric)
OPTIONAL MATCH (d:Document {iri: s.document})
RETURN DISTINCT e.name AS entity_name, s.metric AS metric_name, s.comparison AS op, s.value AS value,
       s.unit AS unit, toString(s.asOf) AS as_of, s.evidence AS sentence,
       coalesce(d.title, d.iri) AS document
ORDER BY entity_name, metric_name, as_of, document
