// The coopgraph benchmark queries served by @neo4j/graphql, against the same database over Bolt.
// Usage: NEO4J_PASSWORD=... node server.mjs <bolt-uri> <port>. Prints "listening <port>" when ready; stops on SIGTERM.
// The password comes from the environment, not an argument, because any user can read a process's arguments.
import { readFileSync } from "node:fs";
import { createServer } from "node:http";
import { Neo4jGraphQL } from "@neo4j/graphql";
import { graphql, printSchema } from "graphql";
import neo4j from "neo4j-driver";

const [boltUri = "bolt://127.0.0.1:7687", port = "4000"] = process.argv.slice(2);
const typeDefs = readFileSync(new URL("./typeDefs.graphql", import.meta.url), "utf8");
const driver = neo4j.driver(boltUri, neo4j.auth.basic("neo4j", process.env.NEO4J_PASSWORD ?? ""), { disableLosslessIntegers: true });
const schema = await new Neo4jGraphQL({ typeDefs, driver }).getSchema();

if (process.env.PRINT_SCHEMA) {
  console.log(printSchema(schema));
  process.exit(0);
}

const server = createServer((req, res) => {
  let body = "";
  req.on("data", (chunk) => (body += chunk));
  req.on("end", async () => {
    try {
      const { query, variables } = JSON.parse(body);
      const result = await graphql({ schema, source: query, variableValues: variables, contextValue: {} });
      res.writeHead(200, { "Content-Type": "application/json" });
      res.end(JSON.stringify(result));
    } catch (error) {
      res.writeHead(400, { "Content-Type": "application/json" });
      res.end(JSON.stringify({ errors: [{ message: String(error) }] }));
    }
  });
});
server.keepAliveTimeout = 60_000;
server.listen(Number(port), "127.0.0.1", () => console.log(`listening ${port}`));
process.on("SIGTERM", async () => {
  server.close();
  await driver.close();
  process.exit(0);
});
