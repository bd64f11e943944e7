// Which places of one province are paired with places of another, and since when? One row per pair of places: their
// names, division codes and provinces, the first and last year a statement of the pairing is dated, and the
// documents. A province is written as the graph names it (江苏省), by a short form it is known by (江苏) or by its
// code (320000); give the same province twice for the pairings within it.
:param provinceA => '江苏省';
:param provinceB => '陕西省';
MATCH (provinceA:Province) WHERE $provinceA IN [provinceA.name, provinceA.code] + coalesce(provinceA.aliases, [])
MATCH (provinceB:Province) WHERE $provinceB IN [provinceB.name, provinceB.code] + coalesce(provinceB.aliases, [])
MATCH (a:Entity)-[:IN_DIVISION*0..4]->(provinceA)
MATCH (a)-[r:PAIRS_WITH]-(b:Entity)-[:IN_DIVISION*0..4]->(provinceB)
// Within one province each pair would come twice, once from either end.
WHERE provinceA <> provinceB OR a.key < b.key
RETURN a.name AS place, a.code AS code, provinceA.name AS province, b.name AS partner, b.code AS partnerCode,
       provinceB.name AS partnerProvince, min(r.year) AS firstYear, max(r.year) AS lastYear,
       count(r) AS statements, collect(DISTINCT r.document) AS documents
ORDER BY firstYear, place, partner;
