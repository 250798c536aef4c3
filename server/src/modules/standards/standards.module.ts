import type { ServerModule } from '../../server-module';
import { seedStandards } from '../../seed/steps/national-standards';
import { Standard, StandardArea, StandardSet } from './standard-set.entity';
import { StandardAreaResolver, StandardSetResolver } from './standard-set.resolver';

/**
 * National Standards: the three sets NACCC accredits against, each versioned; a published version
 * never changes (the database holds it), a revision is a new version, an assessment names the
 * version it used. Network data (no organisation): no tenant tables, nothing in an organisation's export.
 */
export const standardsModule: ServerModule = {
  name: 'standards',
  entities: [StandardSet, StandardArea, Standard],
  resolvers: [StandardSetResolver, StandardAreaResolver],
  auditedTables: {
    standard_set: {
      entityType: 'StandardSet',
      kept: ['id', 'created_at', 'kind', 'version_label', 'effective_on', 'status', 'published_at'],
      redacted: [],
      ignored: ['updated_at', 'version'],
    },
    standard_area: {
      entityType: 'StandardArea',
      kept: ['id', 'created_at', 'set_id', 'position', 'number', 'title'],
      redacted: [],
      ignored: [],
    },
    standard: {
      entityType: 'Standard',
      kept: ['id', 'created_at', 'set_id', 'area_id', 'position', 'code', 'title', 'guidance'],
      redacted: [],
      ignored: [],
    },
  },
  seed: [
    {
      name: 'standards: the three sets of National Standards, current and past versions',
      run: async (ctx, network) => {
        network.standards = await seedStandards(ctx);
      },
    },
  ],
};
