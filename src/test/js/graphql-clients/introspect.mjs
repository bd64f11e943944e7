// Fetches the schema from the endpoint given as the first argument with graphql-js's standard introspection query
// (every option on, as GraphiQL and code generators send it), builds a client schema from the answer and prints
// {status, queryFields, types} as JSON. Exits 1, printing the response, when the schema cannot be built.
import { buildClientSchema, getIntrospectionQuery } from 'graphql';

const query = getIntrospectionQuery({
  descriptions: true,
  specifiedByUrl: true,
  directiveIsRepeatable: true,
  schemaDescription: true,
  inputValueDeprecation: true,
});
const response = await fetch(process.argv[2], {
  method: 'POST',
  headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json, application/json' },
  body: JSON.stringify({ query }),
});
const body = await response.json();
try {
  const schema = buildClientSchema(body.data);
  console.log(JSON.stringify({
    status: response.status,
    queryFields: Object.keys(schema.getQueryType().getFields()),
    types: Object.keys(schema.getTypeMap()).length,
  }));
} catch (error) {
  console.log(JSON.stringify({ status: response.status, error: String(error), response: body }));
  process.exit(1);
}
