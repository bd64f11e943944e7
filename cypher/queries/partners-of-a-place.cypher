// Whom does one place pair with, and where is that said? One row per stated pair, with the document and the
// evidence sentence. The parameter takes a canonical name or any alias (连云港 finds 连云港市).
:param place => '连云港市';
MATCH (p:Entity)
WHERE p.name = $place OR $place IN p.aliases
MATCH (p)-[r:PAIRS_WITH]-(partner:Entity)
RETURN partner.name AS partner, partner.type AS type, r.document AS document, r.evidence AS evidence
ORDER BY partner, document;
