// Runs one query twice through urql with its persisted-queries exchange against the endpoint given as the first
// argument, over GET ("get") or POST ("post"), recording every HTTP request the client makes. Prints
// {requests: [{method, sentQuery, sentHash, status}], results: [data...], errors: [...]}.
import { Client, fetchExchange } from '@urql/core';
import { persistedExchange } from '@urql/exchange-persisted';

const [url, mode] = process.argv.slice(2);
const requests = [];
async function recordingFetch(input, init) {
  const method = (init && init.method) || 'GET';
  const target = new URL(typeof input === 'string' ? input : input.url);
  const sent = method === 'GET' ? Object.fromEntries(target.searchParams) : JSON.parse(init.body);
  const extensions = typeof sent.extensions === 'string' ? JSON.parse(sent.extensions) : sent.extensions;
  const response = await fetch(input, init);
  requests.push({ method, sentQuery: Boolean(sent.query), sentHash: Boolean(extensions?.persistedQuery?.sha256Hash),
    status: response.status });
  return response;
}

const client = new Client({
  url,
  fetch: recordingFetch,
  preferGetMethod: false,
  exchanges: [persistedExchange({ preferGetForPersistedQueries: mode === 'get' ? 'force' : false }), fetchExchange],
});
// Distinct text per mode, so that each run starts with a hash the server has not seen.
const query = `query PersistedStats${mode} { stats { labels { name count } } }`;
const results = [];
const errors = [];
for (let i = 0; i < 2; i++) {
  const result = await client.query(query, {}, { requestPolicy: 'network-only' }).toPromise();
  results.push(result.data ?? null);
  if (result.error) {
    errors.push(result.error.message);
  }
}
console.log(JSON.stringify({ requests, results, errors }));
