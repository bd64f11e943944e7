// Which pairings began in or after a given year? A pairing begins in the earliest year a statement of it is dated
// (the year its sentence states, else its document's); pairings no statement dates are left out. One row per pair,
// with the provinces of its places (null for a party with no division code) and the documents.
:param since => 2022;
MATCH (a:Entity)-[r:PAIRS_WITH]-(b:Entity)
WHERE a.key < b.key
WITH a, b, min(r.year) AS firstYear, max(r.year) AS lastYear, collect(DISTINCT r.document) AS documents
WHERE firstYear >= $since
OPTIONAL MATCH (a)-[:IN_DIVISION*0..4]->(provinceA:Province)
OPTIONAL MATCH (b)-[:IN_DIVISION*0..4]->(provinceB:Province)
RETURN a.name AS place, provinceA.name AS province, b.name AS partner, provinceB.name AS partnerProvince, firstYear,
       lastYear, documents
ORDER BY firstYear, place, partner;
