import { plainRows } from '../../common/listing';
import type { ServerModule } from '../../server-module';
import { DbsCheck } from './dbs-check.entity';
import { DbsCheckResolver } from './dbs-check.resolver';

/** DBS (and AccessNI) checks: the decision and its metadata, never disclosure content. Seeded with people. */
export const dbsModule: ServerModule = {
  name: 'dbs',
  entities: [DbsCheck],
  resolvers: [DbsCheckResolver],
  tenantTables: {
    dbs_check: {
      crossTenant: { resource: 'DbsCheck' },
      organisationExport: { key: 'dbsChecks' },
      retention: { erased: 'with the person, RETENTION_YEARS after they left; the certificate number is purged DBS_CERTIFICATE_RETENTION_MONTHS after the decision' },
    },
  },
  auditedTables: {
    dbs_check: {
      entityType: 'DbsCheck',
      kept: [],
      redacted: [
        'id',
        'created_at',
        'person_id',
        'organisation_id',
        'jurisdiction',
        'level',
        'workforce',
        'certificate_number',
        'certificate_purged_at',
        'issue_date',
        'decision',
        'decided_by',
        'decided_at',
        'on_update_service',
        'update_service_subscription_id',
        'last_status_check_date',
        'last_status_check_result',
      ],
      ignored: ['updated_at', 'version'],
  },
  },
  organisationExport: [
    {
      key: 'dbsChecks',
      // The organisation's own record of its decisions; head office sees clearance status on people instead.
      // Certificate numbers are not even readable here (write-only column): only metadata and decisions.
      read: async (ctx, organisationId, ownRecords) =>
        ownRecords
          ? await plainRows(ctx.em, DbsCheck, { organisation: organisationId }, { issueDate: 'asc', id: 'asc' })
          : [],
    },
  ],
};
