import 'reflect-metadata';
import type { GraphQLSchema } from 'graphql';
import { buildSchema } from 'type-graphql';
import { authChecker } from '../auth/auth-checker';
import { DateTimeISO } from '../common/scalars';
import { validateArguments } from '../common/validation';
import { DEFAULT_SESSION_POLICY, SessionService, type SessionPolicy } from '../auth/session.service';
import { MODULES } from '../all-modules';
import { SessionResolver } from '../modules/user';
import type { ResolverClass } from '../server-module';

/** Every resolver, from the modules' manifests. */
export const resolvers = MODULES.flatMap((module) => module.resolvers ?? []) as [ResolverClass, ...ResolverClass[]];

/**
 * Built once per process (schema construction is not free) and shared by every request.
 * Resolvers are plain classes; the few that need configuration are constructed here.
 */
export function buildGraphQLSchema(options: { sessionPolicy?: SessionPolicy } = {}): Promise<GraphQLSchema> {
  const instances = new Map<ResolverClass, object>([
    [SessionResolver, new SessionResolver(new SessionService(options.sessionPolicy ?? DEFAULT_SESSION_POLICY))],
  ]);
  return buildSchema({
    resolvers,
    authChecker,
    container: { get: (someClass: new () => object) => instances.get(someClass) ?? new someClass() },
    // class-validator rules on every @Args/@Arg input; failures become BAD_USER_INPUT naming the field.
    validateFn: validateArguments,
    // Date-typed fields use the platform's DateTimeISO (common/scalars.ts), not type-graphql's own.
    scalarsMap: [{ type: Date, scalar: DateTimeISO }],
    emitSchemaFile: false,
  });
}
