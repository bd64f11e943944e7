// Which places (and schools, hospitals) are paired for cooperation (南北结对帮扶)? The whole pairing network as a
// graph. Each PAIRS_WITH relationship carries the document and the sentence that state the pair: click one in
// Neo4j Browser to read them.
MATCH path = (:Entity)-[:PAIRS_WITH]->(:Entity)
RETURN path
LIMIT 300;
