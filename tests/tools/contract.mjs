// Merges the contract fragments (src/shared/api/contract/*.yaml, base.yaml first) into the one OpenAPI
// document, openapi.json, and generates the client's types from it (src/shared/api/schema.d.ts).
// `--check` regenerates in memory and fails when either committed file is stale, so CI catches a fragment
// edited without regenerating.
import { readdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import openapiTS, { astToString } from 'openapi-typescript';
import { parse } from 'yaml';
import * as prettier from 'prettier';

const dir = 'src/shared/api/contract';
const documentPath = join(dir, 'openapi.json');
const typesPath = 'src/shared/api/schema.d.ts';
const check = process.argv.includes('--check');

const fragments = readdirSync(dir)
  .filter((name) => name.endsWith('.yaml'))
  .sort((a, b) => (a === 'base.yaml' ? -1 : b === 'base.yaml' ? 1 : a.localeCompare(b)));

const document = parse(readFileSync(join(dir, 'base.yaml'), 'utf8'));
for (const name of fragments.slice(1)) {
  const fragment = parse(readFileSync(join(dir, name), 'utf8'));
  for (const [path, item] of Object.entries(fragment.paths ?? {})) {
    if (document.paths[path]) throw new Error(`${name}: path ${path} is already defined`);
    document.paths[path] = item;
  }
  for (const [kind, entries] of Object.entries(fragment.components ?? {})) {
    document.components[kind] ??= {};
    for (const [key, value] of Object.entries(entries)) {
      if (document.components[kind][key])
        throw new Error(`${name}: components.${kind}.${key} is already defined`);
      document.components[kind][key] = value;
    }
  }
  document.tags = [...(document.tags ?? []), ...(fragment.tags ?? [])];
}

// What every write shares, stated once rather than in each fragment (and so never missing from one): a body
// that is not a JSON object answers 400, and a write of a signed-in caller without the session's CSRF token
// answers 403. Sign-in (`security: []`) has no session yet, hence no token to carry.
for (const item of Object.values(document.paths)) {
  for (const [method, operation] of Object.entries(item)) {
    if (!['post', 'put', 'patch', 'delete'].includes(method)) continue;
    operation.responses ??= {};
    if (operation.requestBody) operation.responses['400'] ??= { $ref: '#/components/responses/BadRequest' };
    const isPublic = Array.isArray(operation.security) && operation.security.length === 0;
    if (!isPublic) operation.responses['403'] ??= { $ref: '#/components/responses/Forbidden' };
  }
}

const documentText = await prettier.format(JSON.stringify(document), { parser: 'json' });
const ast = await openapiTS(document, { alphabetize: false, exportType: true });
const typesText = await prettier.format(
  '// Generated from src/shared/api/contract by `npm run contract`; do not edit.\n' + astToString(ast),
  { parser: 'typescript', singleQuote: true, printWidth: 110 },
);

if (check) {
  const stale = [
    [documentPath, documentText],
    [typesPath, typesText],
  ].filter(([path, text]) => !existsSync(path) || readFileSync(path, 'utf8') !== text);
  if (stale.length) {
    console.error(`Stale: ${stale.map(([p]) => p).join(', ')}. Run \`npm run contract\` and commit.`);
    process.exit(1);
  }
  console.log('contract: openapi.json and schema.d.ts are current');
} else {
  writeFileSync(documentPath, documentText);
  writeFileSync(typesPath, typesText);
  console.log(`contract: merged ${fragments.join(', ')} into ${documentPath}; types in ${typesPath}`);
}
