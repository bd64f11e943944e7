// What is one entity connected to? Its facts as a graph: partners, funders and recipients, parks, tasks. Expand
// further by double-clicking a node in Neo4j Browser. The parameter takes a canonical name or any alias.
:param name => '连云港市';
MATCH (e:Entity)
WHERE e.name = $name OR $name IN e.aliases
MATCH path = (e)-[r]-(other)
WHERE type(r) <> 'MENTIONS'
RETURN path
LIMIT 150;
