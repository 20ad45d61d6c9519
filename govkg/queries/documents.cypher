// title: Source documents and what each contributes
// description: Each document with its title, path and date, and how many sentences, mentioned
//   entities, relations (extracted facts), dates and statistics its graph holds.
// param: document:resource  optional  IRI, title or source path of a document
//
// Cypher twin of documents.rq: the same columns and rows, read from the
// Neo4j projection (docs/neo4j-mapping.md). Params are Cypher parameters; pass null
// for one left out (govkg.graph.neo4j.cypher_parameters does).
// The counts are kept on the :Document node when it is loaded (govkg/graph/neo4j_load.py,
// document_properties): counting through MENTIONED_IN at query time took 5 s for 1,000 documents.
// Given a name, it starts from the nodes the name matches, found by index (docs/neo4j-mapping.md,
// "Starting from a name"); without one it lists.
CALL () {
  WITH 1 AS start WHERE $document IS NULL
  MATCH (d:Document)
  RETURN d
  UNION ALL
  WITH 1 AS start WHERE $document IS NOT NULL
  MATCH (d:Document) WHERE d.iri = $document OR d.title = $document OR d.sourcePath = $document
  RETURN d
}
WITH d
RETURN d.iri AS doc, d.title AS title, d.sourcePath AS source_path, toString(d.published) AS published,
       coalesce(d.sentences, 0) AS sentences, coalesce(d.entities, 0) AS entities,
       coalesce(d.relations, 0) AS relations, coalesce(d.dates, 0) AS dates,
       coalesce(d.statistics, 0) AS statistics
ORDER BY source_path, doc
