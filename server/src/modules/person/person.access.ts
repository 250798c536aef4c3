import type { RequestContext } from '../../common/request-context';

/**
 * Whether the caller manages this person's safeguarding records (their organisation's admin, or
 * a coordinator of a centre they work at). Head office, the training team and assessors see
 * compliance status only, never DBS details.
 */
export function managesSafeguarding(ctx: RequestContext, person: { organisationId: string; centreIds: readonly string[] }): boolean {
  const { scope } = ctx;
  return scope.organisationIds.includes(person.organisationId) || person.centreIds.some((id) => scope.centreIds.includes(id));
}
