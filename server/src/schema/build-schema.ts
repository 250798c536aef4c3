import 'reflect-metadata';
import type { GraphQLSchema } from 'graphql';
import { buildSchema } from 'type-graphql';
import { CentreResolver } from '../modules/centre/centre.resolver';
import { OrganisationResolver } from '../modules/organisation/organisation.resolver';

export const resolvers = [OrganisationResolver, CentreResolver] as const;

/** Built once per process (schema construction is not free) and shared by every request. */
export function buildGraphQLSchema(): Promise<GraphQLSchema> {
  return buildSchema({
    resolvers,
    // class-validator rules on every @Args/@Arg input; failures become BAD_USER_INPUT naming the field.
    validate: { forbidUnknownValues: false, stopAtFirstError: false },
    emitSchemaFile: false,
  });
}
