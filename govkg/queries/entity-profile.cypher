// title: Everything known about one entity
// description: Names, codes, dates, relations in both directions (incoming ones marked ←),
//   statistics and the documents mentioning it. Without a name: every entity.
// param: name:resource  optional  Name, alias or IRI of the entity (regions: also the six-digit code)
//
// Cypher twin of entity-profile.rq: the same columns and rows, read from the
// Neo4j projection (docs/neo4j-mapping.md). Params are Cypher parameters; pass null
// for one left out (govkg.graph.neo4j.cypher_parameters does).
// Decimal values print as in SPARQL's STR(): whole numbers without ".0".
// Given a name, it starts from the nodes the name matches, found by index (docs/neo4j-mapping.md,
// "Starting from a name"); without one it lists.
WITH {ISSUED_BY: 'issuedBy', PUBLISHED_BY: 'publishedBy', COMMISSIONED_BY: 'commissionedBy',
     DESIGNATES_AUTHORITY: 'designatesAuthority', COORDINATES: 'coordinates', OPERATES: 'operates',
     SUPERVISES: 'supervises', SERVES: 'serves', PART_OF: 'partOf', INTEGRATES_WITH: 'integratesWith',
     SHARES_DATA_WITH: 'sharesDataWith', IMPLEMENTS: 'implements', COOPERATES_WITH: 'cooperatesWith',
     JURISDICTION: 'jurisdiction', FEATURES: 'features', EVALUATES: 'evaluates', BASED_ON: 'basedOn',
     AMENDS: 'amends'} AS rel
CALL () {
  WITH 1 AS start WHERE $name IS NULL
  MATCH (e:Entity)
  RETURN e
  UNION ALL
  WITH 1 AS start WHERE $name IS NOT NULL
  MATCH (e:Entity) WHERE e.iri = $name OR e.name = $name OR e.regionCode = $name
    OR (e.aliasText CONTAINS $name AND $name IN e.aliases)
  RETURN e
}
WITH rel, e
WHERE e.name IS NOT NULL
CALL (e, rel) {
  UNWIND e.aliases AS alias
  RETURN 'alias' AS property, alias AS value
  UNION
  MATCH (e)-[m:MENTIONED_IN]->(:Document)
  UNWIND ['regionCode', 'regionLevel', 'launchDate', 'publicationDate', 'issueDate', 'effectiveDate'] AS property
  WITH property, m[property] AS v WHERE v IS NOT NULL
  RETURN property, toString(v) AS value
  UNION
  MATCH (e)-[r]->(o:Entity) WHERE rel[type(r)] IS NOT NULL AND o.name IS NOT NULL
  RETURN rel[type(r)] AS property, o.name AS value
  UNION
  MATCH (e)<-[r]-(o:Entity) WHERE rel[type(r)] IS NOT NULL AND o.name IS NOT NULL
  RETURN '← ' + rel[type(r)] AS property, o.name AS value
  UNION
  MATCH (e)-[:HAS_STATISTIC]->(s:Statistic)
  WHERE s.metric IS NOT NULL AND s.comparison IS NOT NULL AND s.value IS NOT NULL
  RETURN 'statistic' AS property,
         s.metric + ' ' + s.comparison + ' '
         + CASE WHEN s.value = floor(s.value) AND abs(s.value) < 1.0e18
                THEN toString(toInteger(s.value)) ELSE toString(s.value) END
         + coalesce(' ' + s.unit, '') + coalesce(' (' + toString(s.asOf) + ')', '') AS value
  UNION
  MATCH (e)-[m:MENTIONED_IN]->(d:Document) WHERE m.reference IS NULL   // not a parent region only
  RETURN 'mentionedIn' AS property, coalesce(d.title, d.iri) AS value
}
RETURN DISTINCT e.name AS entity_name, e.type AS type, property, value
ORDER BY entity_name, type, property, value
