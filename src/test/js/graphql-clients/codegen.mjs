// Generates TypeScript types with GraphQL Code Generator from the SDL served at the first argument, for the
// operations in operations.graphql, then type-checks them with tsc together with client.ts (which must compile) and
// misuse.ts (which must not: the generated types are real). Prints {generatedLines, clientErrors, misuseErrors}.
import { readFileSync, writeFileSync, mkdirSync, copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { codegen } from '@graphql-codegen/core';
import * as operationsPlugin from '@graphql-codegen/typescript-operations';
import { parse } from 'graphql';
import ts from 'typescript';

const [schemaUrl, outDir] = process.argv.slice(2);
const response = await fetch(schemaUrl);
if (!response.ok) {
  throw new Error(`GET ${schemaUrl} answered ${response.status}`);
}
const schema = parse(await response.text());
const operations = readFileSync('operations.graphql', 'utf8');
const generated = await codegen({
  schema,
  documents: [{ location: 'operations.graphql', document: parse(operations) }],
  filename: 'generated.ts',
  config: { enumsAsTypes: true },
  plugins: [{ typescriptOperations: {} }],
  pluginMap: { typescriptOperations: operationsPlugin },
});
mkdirSync(outDir, { recursive: true });
writeFileSync(join(outDir, 'generated.ts'), generated);
copyFileSync('client.ts', join(outDir, 'client.ts'));
copyFileSync('misuse.ts', join(outDir, 'misuse.ts'));

function errors(file) {
  const program = ts.createProgram([join(outDir, file)], { strict: true, noEmit: true, target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.ES2022, moduleResolution: ts.ModuleResolutionKind.Bundler, skipLibCheck: true });
  return ts.getPreEmitDiagnostics(program)
    .map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'));
}

console.log(JSON.stringify({
  generatedLines: generated.split('\n').length,
  clientErrors: errors('client.ts'),
  misuseErrors: errors('misuse.ts'),
}));
