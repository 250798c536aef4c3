import { CentrePeopleResolver } from './centre-people.resolver';
import { wrap } from '@mikro-orm/core';
import { plainRows } from '../../common/listing';
import type { ServerModule } from '../../server-module';
import type { RequestContext } from '../../common/request-context';
import { preparedQuery } from '../../db/prepared-query';
import { demoScopes } from '../../seed/steps/demo-accounts';
import { seedPeople } from '../../seed/steps/people';
import { CentreAssignment } from './centre-assignment.entity';
import { PeopleCsvResolver } from './people-csv.resolver';
import { Person } from './person.entity';
import { withholdFromNonLeads } from './person.policy';
import { PersonResolver } from './person.resolver';

/** The people of member organisations, where they work, and (with the dbs module) their DBS histories. */
export const personModule: ServerModule = {
  name: 'person',
  entities: [Person, CentreAssignment],
  resolvers: [PersonResolver, PeopleCsvResolver, CentrePeopleResolver],
  tenantTables: {
    person: {
      crossTenant: { resource: 'Person' },
      organisationExport: { key: 'people' },
      retention: { erased: 'RETENTION_YEARS after they left, leaving an anonymised count in retention_erasure' },
    },
    person_centre_assignment: {
      crossTenant: { resource: 'Person' },
      organisationExport: { key: 'centreHistory' },
      retention: { erased: 'with the person' },
    },
  },
  auditedTables: {
    person: {
      entityType: 'Person',
      kept: [],
      redacted: [
        'id',
        'created_at',
        'organisation_id',
        'given_name',
        'family_name',
        'email',
        'phone',
        'person_type',
        'start_date',
        'leave_date',
        'status',
        'centre_ids',
        'notes',
      ],
      ignored: ['updated_at', 'version', 'centre_service_types'],
  },
  },
  organisationExport: [
    {
      key: 'people',
      read: async (ctx, organisationId, ownRecords) => {
        const people = await ctx.em.find(Person, { organisation: organisationId }, { orderBy: { familyName: 'asc', givenName: 'asc', id: 'asc' } });
        const clearance = ownRecords ? new Map<string, string>() : await clearanceStatuses(ctx, organisationId);
        return people.map((person) => {
          // The person field policy: head office's copy has no contact details, notes or DBS particulars, and each person's clearance status.
          const record = withholdFromNonLeads(ctx, { organisationId, centreIds: person.centreIds }, wrap(person).toObject());
          return ownRecords ? record : { ...record, clearanceStatus: clearance.get(person.id) ?? null };
        });
      },
    },
    {
      key: 'centreHistory',
      read: async (ctx, organisationId) =>
        plainRows(ctx.em, CentreAssignment, { organisation: organisationId }, { startedOn: 'asc', id: 'asc' }),
    },
  ],
  seed: [
    {
      name: 'people and their DBS histories',
      run: async (ctx, network) => {
        network.people = await seedPeople(ctx, network.organisations, network.centres, demoScopes(network.organisations, network.centres));
      },
    },
  ],
};

/** Each person's clearance status, from the one place it is computed (for a copy without DBS checks). */
async function clearanceStatuses(ctx: RequestContext, organisationId: string): Promise<Map<string, string>> {
  const rows = await preparedQuery<{ person_id: string; status: string }>(ctx.em, 'select person_id, status from person_clearance where organisation_id = $1', [organisationId]);
  return new Map(rows.map((row) => [row.person_id, row.status]));
}
