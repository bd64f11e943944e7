// Runs graphql-http's server audits against the URL given as the first argument and prints one JSON line per
// audit: {id, name, status, reason}. Exit code 0 whatever the results: the Java test decides what must pass.
import { serverAudits } from 'graphql-http';

const url = process.argv[2];
const results = [];
for (const audit of serverAudits({ url, fetchFn: fetch })) {
  const result = await audit.fn();
  results.push({ id: audit.id, name: audit.name, status: result.status, reason: result.reason ?? null });
}
console.log(JSON.stringify(results));
