import { plainRows } from '../common/listing';
import type { ServerModule } from '../server-module';
import { AuditEvent } from './audit-event.entity';
import { AuditResolver } from './audit.resolver';

/** The append-only audit trail. Listed last: the organisation export ends with it. */
export const auditModule: ServerModule = {
  name: 'audit',
  entities: [AuditEvent],
  resolvers: [AuditResolver],
  tenantTables: {
    audit_event: {
      crossTenant: { resource: 'AuditEvent' },
      organisationExport: { key: 'auditEvents' },
      retention: { kept: 'append-only for ever; entries about people and DBS checks hold no values, so erasing a person leaves nothing of them here' },
    },
  },
  organisationExport: [
    {
      key: 'auditEvents',
      read: async (ctx, organisationId) =>
        plainRows(ctx.em, AuditEvent, { organisationId }, { occurredAt: 'asc', id: 'asc' }),
    },
  ],
};
