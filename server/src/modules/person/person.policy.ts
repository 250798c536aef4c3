import type { RequestContext } from '../../common/request-context';
import type { CentreAssignmentView, PersonView } from './person.view';

/**
 * Who sees what of a person: the field-level policy, one table for every path a person's data
 * can take (lists, one record, nested fields, the dashboard's lists, CSV exports and the
 * organisation export). The README's "Who sees what of a person" table is this table in words,
 * and a test keeps the two equal.
 *
 * - `everyone`: everyone who may see the person at all: head office and the training team (the
 *   whole network), assessors (people working at their assessed centres), and the person's
 *   safeguarding leads. What their work needs: who the person is, where and as what they work,
 *   since when, and whether they can be rostered (clearance status, when it runs out, the action).
 * - `leads`: the person's safeguarding leads only: administrators of their organisation and
 *   coordinators of a centre they work at. Contact details, notes and DBS particulars; anyone
 *   else gets null. (Certificate numbers are not here at all: only the audited reveal reads one.)
 *
 * The data-minimisation choice (UK GDPR article 5(1)(c); the DBS code of practice): head office
 * monitors compliance, so it sees the status and never the disclosure decision or how to reach
 * the person; it contacts organisations, not their volunteers.
 */
export type FieldAccess = 'everyone' | 'leads';

const PERSON = {
  id: 'everyone',
  createdAt: 'everyone',
  updatedAt: 'everyone',
  version: 'everyone',
  organisationId: 'everyone',
  organisation: 'everyone',
  givenName: 'everyone',
  familyName: 'everyone',
  fullName: 'everyone',
  email: 'leads',
  phone: 'leads',
  personType: 'everyone',
  startDate: 'everyone',
  leaveDate: 'everyone',
  status: 'everyone',
  centreIds: 'everyone',
  notes: 'leads',
  centreHistory: 'everyone',
  clearanceStatus: 'everyone',
  clearanceExpiresOn: 'everyone',
  clearanceAction: 'everyone',
  requiredDbsLevel: 'everyone',
  latestDbsLevel: 'leads',
} as const satisfies Record<keyof PersonView, FieldAccess>;

const CENTRE_ASSIGNMENT = {
  centreId: 'everyone',
  startedOn: 'everyone',
  endedOn: 'everyone',
} as const satisfies Record<keyof CentreAssignmentView, FieldAccess>;

/** A DBS check is a safeguarding record through and through (its queries are for leads only, too). */
const DBS_CHECK = {
  id: 'leads',
  createdAt: 'leads',
  updatedAt: 'leads',
  version: 'leads',
  personId: 'leads',
  organisationId: 'leads',
  jurisdiction: 'leads',
  level: 'leads',
  workforce: 'leads',
  certificateNumber: 'leads',
  certificateHeld: 'leads',
  certificatePurgedAt: 'leads',
  issueDate: 'leads',
  decision: 'leads',
  decidedBy: 'leads',
  decidedAt: 'leads',
  onUpdateService: 'leads',
  updateServiceSubscriptionId: 'leads',
  lastStatusCheckDate: 'leads',
  lastStatusCheckResult: 'leads',
} as const satisfies Record<string, FieldAccess>;

/**
 * Every GraphQL type that carries a person's data, field by field. person-policy.spec.ts fails
 * when such a type gains a field that is not here, or when a new type carries a person (a field
 * of one of these types, or a `personId`) without being listed.
 */
export const PERSON_FIELD_POLICY = {
  Person: PERSON,
  CentreAssignment: CENTRE_ASSIGNMENT,
  DbsCheck: DBS_CHECK,
} as const;

/** Fields of a person that only their leads see (null for everyone else). */
export const LEADS_ONLY_PERSON_FIELDS = (Object.keys(PERSON) as Array<keyof typeof PERSON>).filter(
  (field): field is LeadsOnlyPersonField => PERSON[field] === 'leads',
);

export type LeadsOnlyPersonField = { [K in keyof typeof PERSON]: (typeof PERSON)[K] extends 'leads' ? K : never }[keyof typeof PERSON];

/**
 * Whether the caller is one of this person's safeguarding leads: an administrator of their
 * organisation, or a coordinator of a centre they work at now. Decided person by person, so
 * someone with grants of several kinds (an org admin who also assesses elsewhere) sees in full
 * only the people they lead.
 */
export function leadsSafeguardingOf(ctx: RequestContext, person: { organisationId: string; centreIds: readonly string[] }): boolean {
  const { scope } = ctx;
  return scope.organisationIds.includes(person.organisationId) || person.centreIds.some((id) => scope.centreIds.includes(id));
}

/** Whether the caller leads anybody's safeguarding at all (a member role): columns only leads see are worth sending. */
export function leadsAnyone(ctx: RequestContext): boolean {
  return ctx.scope.organisationIds.length > 0 || ctx.scope.centreIds.length > 0;
}

/** Whether every person the caller can see is one they lead (no national or assessor grant beside a member one). */
export function leadsEveryoneTheySee(ctx: RequestContext): boolean {
  return leadsAnyone(ctx) && !ctx.scope.national && ctx.scope.assessedCentreIds.length === 0;
}

/**
 * A record of `whose` as this caller may see it: the fields only the person's leads see are null
 * for anyone else (changed in place, and returned).
 */
export function withholdFromNonLeads<T extends Partial<Record<LeadsOnlyPersonField, unknown>>>(
  ctx: RequestContext,
  whose: { organisationId: string; centreIds: readonly string[] },
  record: T,
): T {
  if (!leadsSafeguardingOf(ctx, whose)) {
    for (const field of LEADS_ONLY_PERSON_FIELDS) if (field in record) (record as Record<string, unknown>)[field] = null;
  }
  return record;
}
