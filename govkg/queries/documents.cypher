// title: Source documents and what each contributes
// description: Each document with its title, path and date, and how many sentences, mentioned
//   entities, relations (extracted facts), dates and statistics its graph holds.
// param: document  optional  IRI, title or source path of a document
//
// Cypher twin of documents.rq: the same columns and rows, read from the
// Neo4j projection (docs/neo4j-mapping.md). Params are Cypher parameters; pass null
// for one left out (govkg.graph.neo4j.cypher_parameters does).
WITH {ISSUED_BY: 'issuedBy', PUBLISHED_BY: 'publishedBy', COMMISSIONED_BY: 'commissionedBy',
     DESIGNATES_AUTHORITY: 'designatesAuthority', COORDINATES: 'coordinates', OPERATES: 'operates',
     SUPERVISES: 'supervises', SERVES: 'serves', PART_OF: 'partOf', INTEGRATES_WITH: 'integratesWith',
     SHARES_DATA_WITH: 'sharesDataWith', IMPLEMENTS: 'implements', COOPERATES_WITH: 'cooperatesWith',
     JURISDICTION: 'jurisdiction', FEATURES: 'features', EVALUATES: 'evaluates', BASED_ON: 'basedOn',
     AMENDS: 'amends'} AS rel
MATCH (d:Document)
WHERE ($document IS NULL OR d.iri = $document
       OR coalesce(d.title, '') = $document OR coalesce(d.sourcePath, '') = $document)
RETURN d.iri AS doc, d.title AS title, d.sourcePath AS source_path, toString(d.published) AS published,
       coalesce(d.sentences, 0) AS sentences,
       COUNT { MATCH (:Entity)-[m:MENTIONED_IN]->(d) WHERE m.reference IS NULL } AS entities,
       // from the entities the document mentions: each fact's head is one of them
       COUNT { MATCH (h:Entity)-[:MENTIONED_IN]->(d) MATCH (h)-[r]->(:Entity)
               WHERE rel[type(r)] IS NOT NULL AND r.document = d.iri AND size(keys(r)) > 1 } AS relations,
       COUNT { MATCH (:Entity)-[m:MENTIONED_IN]->(d)
               UNWIND ['launchDate', 'publicationDate', 'issueDate'] AS property
               WITH m, property WHERE m[property] IS NOT NULL } AS dates,
       COUNT { MATCH (s:Statistic) WHERE s.document = d.iri } AS statistics
ORDER BY source_path, doc
