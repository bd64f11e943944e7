// Which tasks have a deadline, and which units lead or carry them? Every dated task, grouped by its deadline as the
// document writes it, with the responsible units.
MATCH (t:Task)
WHERE t.deadline IS NOT NULL
OPTIONAL MATCH (t)<-[:LEADS|RESPONSIBLE_FOR|CO_RESPONSIBLE]-(unit:Entity)
RETURN t.deadline AS deadline, t.document AS document, t.taskId AS task, t.text AS text,
       collect(DISTINCT unit.name) AS units
ORDER BY deadline, document, task
LIMIT 300;
