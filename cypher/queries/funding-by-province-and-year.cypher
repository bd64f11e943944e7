// How much did the places of one province send to the places of another, year by year? One row per funder
// province, recipient province and year: the sum in yuan and in 万元, the number of stated transfers and the
// documents. A place's province is found by following IN_DIVISION (the division table's hierarchy) up to the
// :Province; funders and recipients with no division code (departments, enterprises) are left out. A transfer's year
// is the year its sentence states, else its document's; transfers with neither come last, under a null year.
MATCH (funder:Entity)-[f:FUNDS]->(recipient:Entity)
MATCH (funder)-[:IN_DIVISION*0..4]->(funderProvince:Province)
MATCH (recipient)-[:IN_DIVISION*0..4]->(recipientProvince:Province)
WITH funderProvince, recipientProvince, f.year AS year, sum(coalesce(f.amountCny, 0)) AS totalCny,
     count(f) AS transfers, collect(DISTINCT f.document) AS documents
RETURN funderProvince.name AS funderProvince, recipientProvince.name AS recipientProvince, year, totalCny,
       totalCny / 10000.0 AS totalWan, transfers, documents
ORDER BY year IS NULL, year, funderProvince, recipientProvince;
