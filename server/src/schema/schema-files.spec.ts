import { readFileSync } from 'node:fs';
import path from 'node:path';
import { buildGraphQLSchema } from './build-schema';
import { SCHEMA_DIR, renderSchemaFiles } from './schema-files';

describe('committed schema files', () => {
  it('match what the resolvers produce (run `pnpm schema` after changing a resolver or type)', async () => {
    const expected = renderSchemaFiles(await buildGraphQLSchema());
    for (const [name, content] of Object.entries(expected)) {
      const committed = readFileSync(path.join(SCHEMA_DIR, name), 'utf8');
      expect({ file: name, content: committed }).toEqual({ file: name, content });
    }
  });
});
