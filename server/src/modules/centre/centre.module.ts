import { plainRows } from '../../common/listing';
import type { ServerModule } from '../../server-module';
import { seedCentres } from '../../seed/steps/centres';
import { Centre } from './centre.entity';
import { CentreResolver } from './centre.resolver';

/** Child contact centres and services, run by member organisations. */
export const centreModule: ServerModule = {
  name: 'centre',
  entities: [Centre],
  resolvers: [CentreResolver],
  tenantTables: {
    centre: {
      crossTenant: { resource: 'Centre' },
      organisationExport: { key: 'centres' },
      retention: { kept: 'a centre is a public venue, not personal data; it is removed when it closes' },
    },
  },
  auditedTables: {
    centre: {
      entityType: 'Centre',
      kept: [
        'id',
        'created_at',
        'organisation_id',
        'name',
        'kind',
        'address_line1',
        'address_line2',
        'town',
        'postcode',
        'latitude',
        'longitude',
        'region',
        'service_types',
        'referral_routes',
        'opening_pattern',
        'accessibility_notes',
        'languages',
        'fees_note',
        'publicly_listed',
      ],
      redacted: [],
      ignored: ['updated_at', 'version'],
  },
  },
  organisationExport: [
    {
      key: 'centres',
      read: async (ctx, organisationId) =>
        plainRows(ctx.em, Centre, { organisation: organisationId }, { name: 'asc', id: 'asc' }),
    },
  ],
  seed: [{ name: 'centres', run: async (ctx, network) => void network.centres.push(...(await seedCentres(ctx, network.organisations))) }],
};
