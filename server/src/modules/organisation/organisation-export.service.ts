import { wrap } from '@mikro-orm/core';
import { recordEvent } from '../../audit/audit.service';
import { AuditEvent } from '../../audit/audit-event.entity';
import type { RequestContext } from '../../common/request-context';
import { Centre } from '../centre/centre.entity';
import { DbsCheck } from '../dbs/dbs-check.entity';
import { CentreAssignment } from '../person/centre-assignment.entity';
import { Person } from '../person/person.entity';
import { withholdFromNonLeads } from '../person/person.policy';
import { preparedQuery } from '../../db/prepared-query';
import { User } from '../user/user.entity';
import { OrganisationService } from './organisation.service';

export const EXPORT_FORMAT = 'naccc-organisation-export/1';

/**
 * Everything an organisation owns (its centres, users' roles there, people, their centre history
 * and DBS decisions, and its audit trail), as one JSON document: for a subject access request, or for
 * handing records over when a centre closes. Read through the caller's scope like any other
 * request (an org admin exports only their own), never with secrets (password or token hashes),
 * and the export itself is audited with what it held.
 *
 * People follow the field-level policy (person.policy.ts): the organisation's own administrators
 * get everything, DBS decisions included (it is their subject-access and closure record); head
 * office gets each person's clearance status, no contact details, notes or DBS particulars, and
 * no DBS checks at all.
 */
export class OrganisationExportService {
  private readonly organisations = new OrganisationService();

  async export(ctx: RequestContext, organisationId: string): Promise<Record<string, unknown>> {
    const organisation = await this.organisations.get(ctx, organisationId);
    // One after another: the request's transaction is one connection, which runs one query at a time.
    const centres = await ctx.em.find(Centre, { organisation }, { orderBy: { name: 'asc', id: 'asc' } });
    const users = await ctx.em.find(User, { grants: { organisation } }, { populate: ['grants'], orderBy: { email: 'asc' } });
    const people = await ctx.em.find(Person, { organisation }, { orderBy: { familyName: 'asc', givenName: 'asc', id: 'asc' } });
    const centreHistory = await ctx.em.find(CentreAssignment, { organisation }, { orderBy: { startedOn: 'asc', id: 'asc' } });
    const ownRecords = ctx.scope.organisationIds.includes(organisation.id);
    // Certificate numbers are not even readable here (write-only column): only metadata and decisions.
    const dbsChecks = ownRecords ? await ctx.em.find(DbsCheck, { organisation }, { orderBy: { issueDate: 'asc', id: 'asc' } }) : [];
    const clearance = ownRecords ? new Map<string, string>() : await clearanceStatuses(ctx, organisation.id);
    const auditEvents = await ctx.em.find(AuditEvent, { organisationId: organisation.id }, { orderBy: { occurredAt: 'asc', id: 'asc' } });
    await recordEvent(ctx, {
      action: 'EXPORT',
      entityType: 'Organisation',
      entityId: organisation.id,
      organisationId: organisation.id,
      changes: { format: 'json', centres: centres.length, users: users.length, people: people.length, dbsChecks: dbsChecks.length, auditEvents: auditEvents.length },
    });
    return {
      format: EXPORT_FORMAT,
      exportedAt: new Date().toISOString(),
      organisation: wrap(organisation).toObject(['centres']),
      centres: centres.map((centre) => wrap(centre).toObject()),
      users: users.map((user) => ({
        id: user.id,
        email: user.email,
        displayName: user.displayName,
        active: user.active,
        lastLoginAt: user.lastLoginAt,
        createdAt: user.createdAt,
        // Only this organisation's grants: the person's roles elsewhere are not this organisation's records.
        grants: user.grants
          .getItems()
          .filter((grant) => grant.organisation?.id === organisation.id)
          .map((grant) => ({ role: grant.role, centreIds: grant.centreIds, createdAt: grant.createdAt })),
      })),
      people: people.map((person) => {
        const record = withholdFromNonLeads(ctx, { organisationId: organisation.id, centreIds: person.centreIds }, wrap(person).toObject());
        return ownRecords ? record : { ...record, clearanceStatus: clearance.get(person.id) ?? null };
      }),
      centreHistory: centreHistory.map((spell) => wrap(spell).toObject()),
      dbsChecks: dbsChecks.map((check) => wrap(check).toObject()),
      auditEvents: auditEvents.map((event) => wrap(event).toObject()),
    };
  }
}

/** Each person's clearance status, from the one place it is computed (for a copy without DBS checks). */
async function clearanceStatuses(ctx: RequestContext, organisationId: string): Promise<Map<string, string>> {
  const rows = await preparedQuery<{ person_id: string; status: string }>(
    ctx.em,
    'select person_id, status from person_clearance where organisation_id = $1',
    [organisationId],
  );
  return new Map(rows.map((row) => [row.person_id, row.status]));
}
