import { wrap } from '@mikro-orm/core';
import { recordEvent } from '../../audit/audit.service';
import type { RequestContext } from '../../common/request-context';
import { MODULES } from '../../all-modules';
import { OrganisationService } from './organisation.service';

export const EXPORT_FORMAT = 'naccc-organisation-export/1';

/**
 * Everything an organisation owns, as one JSON document: for a subject access request, or for
 * handing records over when a centre closes. The organisation itself, then each module's part
 * (its manifest's `organisationExport`: centres, users' roles there, people, their centre
 * history, DBS decisions, the audit trail), so a new module's records join the export by being
 * declared. Read through the caller's scope like any other request (an org admin exports only
 * their own), never with secrets (password or token hashes), and audited with what it held.
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
    const ownRecords = ctx.scope.organisationIds.includes(organisation.id);
    const parts: Record<string, unknown[]> = {};
    // One after another: the request's transaction is one connection, which runs one query at a time.
    for (const part of MODULES.flatMap((module) => module.organisationExport ?? [])) {
      parts[part.key] = await part.read(ctx, organisation.id, ownRecords);
    }
    await recordEvent(ctx, {
      action: 'EXPORT',
      entityType: 'Organisation',
      entityId: organisation.id,
      organisationId: organisation.id,
      changes: { format: 'json', ...Object.fromEntries(Object.entries(parts).map(([key, rows]) => [key, rows.length])) },
    });
    return {
      format: EXPORT_FORMAT,
      exportedAt: new Date().toISOString(),
      organisation: wrap(organisation).toObject(['centres']),
      ...parts,
    };
  }
}
