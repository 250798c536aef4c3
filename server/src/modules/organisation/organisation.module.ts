import type { ServerModule } from '../../server-module';
import { seedOrganisations } from '../../seed/steps/organisations';
import { Organisation } from './organisation.entity';
import { OrganisationResolver } from './organisation.resolver';

/** Member organisations: the tenants. */
export const organisationModule: ServerModule = {
  name: 'organisation',
  entities: [Organisation],
  resolvers: [OrganisationResolver],
  tenantTables: {
    organisation: {
      crossTenant: { resource: 'Organisation' },
      organisationExport: { notExported: 'the export document starts with the organisation itself, under `organisation`' },
      retention: { kept: 'an organisation leaves by its membership status; the record of who was a member stays' },
    },
  },
  auditedTables: {
    organisation: {
      entityType: 'Organisation',
      kept: ['id', 'created_at', 'name', 'charity_number', 'type', 'contact_email', 'membership_status', 'region'],
      redacted: [],
      ignored: ['updated_at', 'version'],
  },
  },
  seed: [{ name: 'organisations', run: async (ctx, network) => void network.organisations.push(...(await seedOrganisations(ctx))) }],
};
