import { getMetadataStorage } from 'type-graphql';
import { buildGraphQLSchema } from '../schema/build-schema';

/**
 * Who may call what, as declared on the resolvers. A change to access control shows up here as
 * a snapshot diff in review. "signed in" means any grant; "PUBLIC" means no sign-in at all.
 */
describe('access matrix', () => {
  it('lists every query and mutation with the roles allowed', async () => {
    const schema = await buildGraphQLSchema();
    const storage = getMetadataStorage();
    const rolesOf = (target: Function, methodName: string): string => {
      const declared = storage.authorizedFields.find((a) => a.target === target && a.fieldName === methodName);
      if (!declared) return 'PUBLIC';
      return declared.roles.length ? [...declared.roles].sort().join(', ') : 'signed in';
    };
    const matrix: Record<string, string> = {};
    for (const [kind, resolvers] of [['query', storage.queries], ['mutation', storage.mutations]] as const) {
      for (const resolver of resolvers) matrix[`${kind} ${resolver.schemaName}`] = rolesOf(resolver.target, resolver.methodName);
    }
    // Every operation of the built schema is in the matrix (nothing slips in unlisted).
    const operations = [
      ...Object.keys(schema.getQueryType()!.getFields()).map((name) => `query ${name}`),
      ...Object.keys(schema.getMutationType()!.getFields()).map((name) => `mutation ${name}`),
    ].sort();
    expect(Object.keys(matrix).sort()).toEqual(operations);
    expect(Object.fromEntries(Object.entries(matrix).sort(([a], [b]) => a.localeCompare(b)))).toMatchSnapshot();
  });

  it('leaves only signing in and accepting an invitation open to the public', async () => {
    await buildGraphQLSchema();
    const storage = getMetadataStorage();
    const open = [...storage.queries, ...storage.mutations]
      .filter((r) => !storage.authorizedFields.some((a) => a.target === r.target && a.fieldName === r.methodName))
      .map((r) => r.schemaName)
      .sort();
    expect(open).toEqual(['acceptInvite', 'login', 'logout']);
  });
});
