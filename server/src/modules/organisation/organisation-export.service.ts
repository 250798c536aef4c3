import { wrap } from '@mikro-orm/core';
import { recordEvent } from '../../audit/audit.service';
import { AuditEvent } from '../../audit/audit-event.entity';
import type { RequestContext } from '../../common/request-context';
import { Centre } from '../centre/centre.entity';
import { DbsCheck } from '../dbs/dbs-check.entity';
import { CentreAssignment } from '../person/centre-assignment.entity';
import { Person } from '../person/person.entity';
import { User } from '../user/user.entity';
import { OrganisationService } from './organisation.service';

export const EXPORT_FORMAT = 'naccc-organisation-export/1';

/**
 * Everything an organisation owns (its centres, users' roles there, people, their centre history
 * and DBS decisions, and its audit trail), as one JSON document: for a subject access request, or for
 * handing records over when a centre closes. Read through the caller's scope like any other
 * request (an org admin exports only their own), never with secrets (password or token hashes),
 * and the export itself is audited.
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
    // Certificate numbers are not even readable here (write-only column): only metadata and decisions.
    const dbsChecks = await ctx.em.find(DbsCheck, { organisation }, { orderBy: { issueDate: 'asc', id: 'asc' } });
    const auditEvents = await ctx.em.find(AuditEvent, { organisationId: organisation.id }, { orderBy: { occurredAt: 'asc', id: 'asc' } });
    await recordEvent(ctx, { action: 'EXPORT', entityType: 'Organisation', entityId: organisation.id, organisationId: organisation.id });
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
      people: people.map((person) => wrap(person).toObject()),
      centreHistory: centreHistory.map((spell) => wrap(spell).toObject()),
      dbsChecks: dbsChecks.map((check) => wrap(check).toObject()),
      auditEvents: auditEvents.map((event) => wrap(event).toObject()),
    };
  }
}
