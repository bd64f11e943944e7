// What is one department responsible for, in which role, and by when? Its tasks with their deadlines as written
// (6月底前 ...). Role is LEADS (牵头单位), CO_RESPONSIBLE (共同责任单位) or RESPONSIBLE_FOR. The parameter takes a
// canonical name or an alias (市发改委).
:param department => '连云港市发展和改革委员会';
MATCH (d:Entity)
WHERE d.name = $department OR $department IN d.aliases
MATCH (d)-[r:RESPONSIBLE_FOR|LEADS|CO_RESPONSIBLE]->(t:Task)
RETURN t.document AS document, t.taskId AS task, type(r) AS role, t.deadline AS deadline, t.text AS text
ORDER BY document, task;
