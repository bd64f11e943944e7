// Where does the money go? Every funding relationship as a graph; coopgraph's Browser style captions each FUNDS
// relationship with its amount in yuan (amountCny) where the document states one.
MATCH path = (:Entity)-[:FUNDS]->(:Entity)
RETURN path
LIMIT 300;
