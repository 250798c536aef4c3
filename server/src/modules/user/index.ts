/**
 * The user module's public surface (besides its entities): the sign-in resolver, which the schema
 * build constructs with the configured session policy.
 */
export { SessionResolver } from './session.resolver';
