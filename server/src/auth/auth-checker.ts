import type { AuthCheckerFn } from 'type-graphql';
import type { RequestContext } from '../common/request-context';
import { Forbidden, Unauthenticated } from '../common/errors';
import type { Role } from './role';

/**
 * type-graphql's `@Authorized(...roles)`: no roles means any signed-in user; otherwise the caller
 * must hold a grant with one of the roles. Scope (which organisation, which centres) is then the
 * tenant filter's and the services' job. Signed-out callers always get UNAUTHENTICATED, so the
 * console knows to show the sign-in page rather than "forbidden".
 */
export const authChecker: AuthCheckerFn<RequestContext, Role> = ({ context }, roles) => {
  const identity = context.identity;
  if (!identity) throw new Unauthenticated();
  if (roles.length === 0) return true;
  if (identity.grants.some((grant) => roles.includes(grant.role))) return true;
  throw new Forbidden('Your role does not allow this');
};
