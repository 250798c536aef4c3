import type { RequestContext } from '../../common/request-context';
import type { FieldWithAccess } from '../../db/read-model';
import { PERSON_TRAINING_FIELDS, TRAINING_FIELD_POLICY } from '../training';
import { CENTRE_ASSIGNMENT_READ_MODEL, PERSON_FIELDS, PERSON_READ_MODEL } from './person.read-model';

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
 * Every GraphQL type that carries a person's data, field by field. A person's fields and those of
 * their centre history have their access declared on the read model, beside where each is read,
 * sorted, filtered and exported (person.read-model.ts), so a field is placed in the policy where
 * it is declared; these tables are made from there at load. person-policy.e2e-spec.ts fails when
 * such a type gains a field that is not here, or when a new type carries a person (a field of one
 * of these types, or a `personId`) without being listed.
 */
export const PERSON_FIELD_POLICY = {
  // The read model's fields, and those the training module resolves on Person (training.policy.ts).
  Person: { ...PERSON_READ_MODEL.access, ...PERSON_TRAINING_FIELDS },
  CentreAssignment: CENTRE_ASSIGNMENT_READ_MODEL.access,
  DbsCheck: DBS_CHECK,
  // Training records, enrolments, a person's mandatory courses and the matrix: the training module's types (training.policy.ts).
  ...TRAINING_FIELD_POLICY,
} as const;

export type LeadsOnlyPersonField = FieldWithAccess<typeof PERSON_FIELDS, 'leads'>;

/** Fields of a person that only their leads see (null for everyone else). */
export const LEADS_ONLY_PERSON_FIELDS: readonly LeadsOnlyPersonField[] = (Object.keys(PERSON_FIELDS) as Array<keyof typeof PERSON_FIELDS>).filter(
  (field): field is LeadsOnlyPersonField => PERSON_FIELDS[field].access === 'leads',
);

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
