import type { ServerModule } from '../../server-module';
import { RetentionErasure } from './retention-erasure.entity';
import { scheduleNightlyRetention } from './retention.schedule';

/** Erasing people and purging certificate numbers when their time is up, nightly. */
export const retentionModule: ServerModule = {
  name: 'retention',
  entities: [RetentionErasure],
  tenantTables: {
    retention_erasure: {
      crossTenant: { notWalked: 'no API resource: anonymised counts written by the retention job as the owner; row-level security (head office all, an org admin their own) is tested in retention.spec.ts' },
      organisationExport: { notExported: 'anonymised counts of people erased, not records of the organisation' },
      retention: { kept: 'anonymised counts (organisation, type, year left): the evidence that erasure happened' },
    },
  },
  jobs: [{ name: 'retention', start: ({ ownerUrl, config, logger }) => scheduleNightlyRetention({ ownerUrl, policy: config.safeguarding, logger }) }],
};
