// Which parks are built jointly, by whom, and where are they? Each co-built park with its builders and the chain of
// places it lies in (park → county → city), taking the longest chain the documents state.
MATCH (builder:Entity)-[:CO_BUILDS]->(park:Entity)
WITH park, collect(DISTINCT builder.name) AS builders
OPTIONAL MATCH chain = (park)-[:LOCATED_IN*1..3]->(:Entity)
WITH park, builders, chain
ORDER BY length(chain) DESC
WITH park, builders, head(collect([n IN tail(nodes(chain)) | n.name])) AS locatedIn
RETURN park.name AS park, park.type AS type, builders, locatedIn
ORDER BY park;
