// Everything one document states: each fact with its relation, subject, object (an entity or a task), the amount
// where there is one, and the evidence sentence, in the order the document states them. List the documents with
// `MATCH (d:Document) RETURN d.name, d.title`. A unit's responsibility for a task has the task's evidence.
:param document => 'wuxi-lianyungang-2023-plan.txt';
MATCH (:Document {name: $document})-[:MENTIONS]->(subject:Entity)
MATCH (subject)-[r]->(object)
WHERE r.document = $document
RETURN type(r) AS relation, subject.name AS subject,
       CASE WHEN object:Task THEN object.taskId + ' ' + object.text ELSE object.name END AS object,
       r.amountCny AS amountCny, coalesce(r.evidence, object.evidence) AS evidence,
       coalesce(r.start, object.start) AS start
ORDER BY start, relation, subject;
