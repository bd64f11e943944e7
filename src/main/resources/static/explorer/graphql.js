// The explorer's only way to the data: coopgraph's public GraphQL endpoint.

export async function graphql(query, variables = {}) {
  const response = await fetch('/graphql', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Accept: 'application/graphql-response+json, application/json' },
    body: JSON.stringify({ query, variables }),
  });
  const body = await response.json().catch(() => ({}));
  if (body.errors && body.errors.length) {
    throw new Error(body.errors.map((e) => e.message).join('; '));
  }
  if (!response.ok || !body.data) {
    throw new Error(`GraphQL request failed (HTTP ${response.status})`);
  }
  return body.data;
}

const RELATED_FIELDS = `
  type direction amountCny year evidence document start end
  node {
    id name
    ... on Entity { type aliases province { name } }
    ... on Task { taskId text deadline document }
  }`;

export const SEARCH = `
  query Search($text: String!, $types: [EntityType!], $first: Int) {
    search(text: $text, types: $types, first: $first) { id name type aliases }
  }`;

export const ENTITY = `
  query Entity($name: String!) {
    entity(name: $name) { id name type aliases province { name } related { ${RELATED_FIELDS} } }
  }`;

/** One request that loads the funding relations of many entities, one aliased field per entity. */
export function fundingOf(names) {
  const declarations = names.map((_, i) => `$n${i}: String!`).join(', ');
  const fields = names
    .map((_, i) => `e${i}: entity(name: $n${i}) { id name type aliases province { name } related(types: [FUNDS]) { ${RELATED_FIELDS} } }`)
    .join('\n');
  const variables = Object.fromEntries(names.map((name, i) => [`n${i}`, name]));
  return { query: `query Funding(${declarations}) {\n${fields}\n}`, variables };
}
