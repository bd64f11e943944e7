// coopgraph schema: applied idempotently at every startup (GraphSchema), one statement per `;`.
// Identity is coopgraph's own `key` property on every label, never internal ids.

CREATE CONSTRAINT entity_key IF NOT EXISTS FOR (n:Entity) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT task_key IF NOT EXISTS FOR (n:Task) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT document_key IF NOT EXISTS FOR (n:Document) REQUIRE n.key IS UNIQUE;

// Per-type labels carry the same key, so lookups through a type label use an index too.
CREATE CONSTRAINT city_key IF NOT EXISTS FOR (n:City) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT county_key IF NOT EXISTS FOR (n:County) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT town_key IF NOT EXISTS FOR (n:Town) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT village_key IF NOT EXISTS FOR (n:Village) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT park_key IF NOT EXISTS FOR (n:Park) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT enterprise_key IF NOT EXISTS FOR (n:Enterprise) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT department_key IF NOT EXISTS FOR (n:Department) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT organization_key IF NOT EXISTS FOR (n:Organization) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT project_key IF NOT EXISTS FOR (n:Project) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT province_key IF NOT EXISTS FOR (n:Province) REQUIRE n.key IS UNIQUE;

// Places. A place the division table has is keyed by its code (鼓楼区 of 南京 is 320106, of 徐州 320302), with
// `code`, `level` (PROVINCE, CITY, COUNTY, TOWN, VILLAGE) and `province` (its province's code); one the table
// lacks, or a name several divisions share that the document did not decide, keeps its name as key, `code: null`,
// and for the latter `candidates` (the codes it may be). Provinces (:Entity:Province, type PROVINCE) exist only in
// the graph. Each coded place is linked to its parent division by (place)-[:IN_DIVISION]->(parent), up to its
// province: from the table, without a `document`, apart from the LOCATED_IN facts documents state. Ancestors no
// document mentions are created with the table's name, no aliases and no MENTIONS, when a place inside them is
// written; they go when no document mentions them and no place lies in them any more (removal, re-ingest).
CREATE INDEX entity_code IF NOT EXISTS FOR (n:Entity) ON (n.code);
CREATE INDEX entity_province IF NOT EXISTS FOR (n:Entity) ON (n.province);

// Exact lookups by canonical name (entity(name:)); aliases are found through the full-text index below, since a
// range index cannot serve membership in a list property.
CREATE INDEX entity_name IF NOT EXISTS FOR (n:Entity) ON (n.name);
CREATE INDEX task_document IF NOT EXISTS FOR (n:Task) ON (n.document);
CREATE INDEX task_deadline IF NOT EXISTS FOR (n:Task) ON (n.deadline);
CREATE INDEX task_due_date IF NOT EXISTS FOR (n:Task) ON (n.dueDate);
CREATE INDEX document_name IF NOT EXISTS FOR (n:Document) ON (n.name);
// A document's year (`year`, with `date` when a full date was found and `yearSource`: ISSUE_DATE, DOCUMENT_NUMBER,
// TITLE, TEXT or NONE); documents(year:) reads it.
CREATE INDEX document_year IF NOT EXISTS FOR (n:Document) ON (n.year);
// The API's data version reads the newest ingest time (ETag of GET responses).
CREATE INDEX document_ingested_at IF NOT EXISTS FOR (n:Document) ON (n.ingestedAt);

// Provenance: every fact relationship records the document that states it, so re-ingest and removal are exact.
CREATE INDEX pairs_with_document IF NOT EXISTS FOR ()-[r:PAIRS_WITH]-() ON (r.document);
CREATE INDEX funds_document IF NOT EXISTS FOR ()-[r:FUNDS]-() ON (r.document);
CREATE INDEX located_in_document IF NOT EXISTS FOR ()-[r:LOCATED_IN]-() ON (r.document);
CREATE INDEX co_builds_document IF NOT EXISTS FOR ()-[r:CO_BUILDS]-() ON (r.document);
// Every fact between entities carries `year`: the year its sentence states, else its document's (null when neither).
CREATE INDEX pairs_with_year IF NOT EXISTS FOR ()-[r:PAIRS_WITH]-() ON (r.year);
CREATE INDEX funds_year IF NOT EXISTS FOR ()-[r:FUNDS]-() ON (r.year);

// Chinese-aware search over names and aliases: cjk bigrams, so 工业园 finds 工业园区 names.
CREATE FULLTEXT INDEX entity_search IF NOT EXISTS FOR (n:Entity) ON EACH [n.name, n.searchAliases]
OPTIONS {indexConfig: {`fulltext.analyzer`: 'cjk'}};
// Task texts had a full-text index too, which no query read: every task of every document paid a Lucene document
// and every commit its refresh (a third of the index work of ingest). Dropped where an older version made it.
DROP INDEX task_search IF EXISTS;

// Substring fallback for queries the bigram index cannot answer (a single character, Latin fragments).
CREATE TEXT INDEX entity_name_text IF NOT EXISTS FOR (n:Entity) ON (n.name);
