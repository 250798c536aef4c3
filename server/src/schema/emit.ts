/** `pnpm schema`: writes schema/schema.graphql and schema/introspection.json from the resolvers. */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { buildGraphQLSchema } from './build-schema';
import { SCHEMA_DIR, renderSchemaFiles } from './schema-files';

async function main() {
  const files = renderSchemaFiles(await buildGraphQLSchema());
  mkdirSync(SCHEMA_DIR, { recursive: true });
  for (const [name, content] of Object.entries(files)) {
    writeFileSync(path.join(SCHEMA_DIR, name), content);
    console.log(`wrote schema/${name}`);
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
