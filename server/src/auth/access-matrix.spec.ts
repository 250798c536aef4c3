import { buildGraphQLSchema } from '../schema/build-schema';
import { accessRules, type OperationAccess } from '../schema/schema-files';

/**
 * Who may call what, as declared on the resolvers. A change to access control shows up here as
 * a snapshot diff in review. "signed in" means any grant; "PUBLIC" means no sign-in at all.
 * The same rules are written to schema/access.json, which the console's canAccess reads.
 */
describe('access matrix', () => {
  const words = (access: OperationAccess) => (access === 'public' ? 'PUBLIC' : access === 'signed in' ? access : access.roles.join(', '));

  it('lists every query and mutation with the roles allowed', async () => {
    const schema = await buildGraphQLSchema();
    const rules = accessRules();
    const matrix: Record<string, string> = {};
    for (const kind of ['query', 'mutation'] as const) {
      for (const [name, access] of Object.entries(rules[kind])) matrix[`${kind} ${name}`] = words(access);
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
    const rules = accessRules();
    const open = [...Object.entries(rules.query), ...Object.entries(rules.mutation)]
      .filter(([, access]) => access === 'public')
      .map(([name]) => name)
      .sort();
    expect(open).toEqual(['acceptInvite', 'login', 'logout']);
  });
});
