// How much does each funder give each recipient in total? Sums in yuan and in 万元 (ten thousand yuan), the number
// of stated transfers (those without an amount count as transfers but add nothing), and the documents that state them.
MATCH (funder:Entity)-[f:FUNDS]->(recipient:Entity)
WITH funder, recipient, sum(coalesce(f.amountCny, 0)) AS totalCny, count(f) AS transfers,
     collect(DISTINCT f.document) AS documents
RETURN funder.name AS funder, recipient.name AS recipient, totalCny, totalCny / 10000.0 AS totalWan, transfers,
       documents
ORDER BY totalCny DESC, funder, recipient;
