// title: Launch, publication, issue and effective dates
// description: gk:launchDate (platforms), gk:publicationDate, gk:issueDate and gk:effectiveDate (policies,
//   reports), oldest first, with the sentence that states each.
// param: entity:resource         optional  Name, alias or IRI of the entity
// param: property:property  optional  launchDate, publicationDate, issueDate or effectiveDate
// param: since:date     optional  Only dates on or after this day (YYYY-MM-DD)
// param: until:date     optional  Only dates on or before this day (YYYY-MM-DD)
//
// Cypher twin of dates.rq: the same columns and rows, read from the
// Neo4j projection (docs/neo4j-mapping.md). Params are Cypher parameters; pass null
// for one left out (govkg.graph.neo4j.cypher_parameters does).
// Per-document dates live on MENTIONED_IN (docs/neo4j-mapping.md, "Additions"), with
// <dateProperty>Evidence, the sentence that states the date.
// Given a name, it starts from the nodes the name matches, found by index (docs/neo4j-mapping.md,
// "Starting from a name"); without one it lists.
CALL () {
  WITH 1 AS start WHERE $entity IS NULL
  MATCH (e:Entity)-[m:MENTIONED_IN]->(d:Document)
  RETURN e, m, d
  UNION ALL
  WITH 1 AS start WHERE $entity IS NOT NULL
  MATCH (e:Entity) WHERE e.iri = $entity OR e.name = $entity
    OR (e.aliasText CONTAINS $entity AND $entity IN e.aliases)
  MATCH (e)-[m:MENTIONED_IN]->(d:Document)
  RETURN e, m, d
}
WITH e, m, d
WHERE e.name IS NOT NULL
UNWIND ['launchDate', 'publicationDate', 'issueDate', 'effectiveDate'] AS date_property
WITH e, m, d, date_property, m[date_property] AS day
WHERE day IS NOT NULL
  AND ($property IS NULL OR date_property = $property
       OR 'https://w3id.org/govkg/ontology#' + date_property = $property)
  AND ($since IS NULL OR day >= date($since))
  AND ($until IS NULL OR day <= date($until))
RETURN DISTINCT toString(day) AS date, e.name AS entity_name, e.type AS type, date_property,
       m[date_property + 'Evidence'] AS sentence, coalesce(d.title, d.iri) AS document
ORDER BY date, entity_name, date_property, document
