import type { ServerModule } from '../../server-module';
import { scheduleNightly } from '../../common/nightly';
import { Accreditation, AccreditationTransition } from './accreditation.entity';
import { runAccreditationJob } from './accreditation.job';
import { AccreditationResolver, AccreditationTransitionResolver, CentreAccreditationResolver } from './accreditation.resolver';
import { seedAccreditation } from './accreditation.seed';
import { plainRows } from '../../common/listing';

/**
 * Accreditation: each centre's Accreditation (supported contact) and Enhanced Accreditation
 * (supervised) as a state machine with its history, the nightly job that takes the steps dates
 * take, and whether the public may see a centre (computed from consent and accreditation).
 */
export const accreditationModule: ServerModule = {
  name: 'accreditation',
  entities: [Accreditation, AccreditationTransition],
  resolvers: [AccreditationResolver, AccreditationTransitionResolver, CentreAccreditationResolver],
  tenantTables: {
    accreditation: {
      crossTenant: { resource: 'Accreditation' },
      organisationExport: { key: 'accreditations' },
      retention: { kept: "a centre's accreditation is the network's record of its standing, not personal data; it goes with the centre" },
    },
    accreditation_transition: {
      crossTenant: { notWalked: "read only as an accreditation's history, which the Accreditation walk reads" },
      organisationExport: { key: 'accreditationHistory' },
      retention: { kept: 'the history of an accreditation is kept with it (who decided is a user, whose name goes with their account)' },
    },
  },
  auditedTables: {
    accreditation: {
      entityType: 'Accreditation',
      kept: ['id', 'created_at', 'centre_id', 'organisation_id', 'kind', 'state', 'candidate_since', 'awarded_on', 'expires_on', 'state_changed_on'],
      redacted: [],
      ignored: ['updated_at', 'version'],
    },
    // The reason is free text and may name people: the trail notes a reason was given, the history keeps it.
    accreditation_transition: {
      entityType: 'AccreditationTransition',
      kept: ['id', 'created_at', 'accreditation_id', 'centre_id', 'organisation_id', 'action', 'from_state', 'to_state', 'actor_user_id', 'occurred_at', 'on_date'],
      redacted: ['reason'],
      ignored: [],
    },
  },
  organisationExport: [
    { key: 'accreditations', read: (ctx, organisationId) => plainRows(ctx.em, Accreditation, { organisation: organisationId }, { kind: 'asc', id: 'asc' }) },
    { key: 'accreditationHistory', read: (ctx, organisationId) => plainRows(ctx.em, AccreditationTransition, { organisation: organisationId }, { occurredAt: 'asc', id: 'asc' }) },
  ],
  jobs: [
    {
      name: 'accreditation',
      start: ({ ownerUrl, logger }) =>
        scheduleNightly({ name: 'accreditation', logger, run: (now) => runAccreditationJob({ ownerUrl, now, logger: logger.child({ component: 'accreditation' }) }) }),
    },
  ],
  seed: [{ name: 'accreditation: every centre’s history', run: (ctx, network) => seedAccreditation(ctx, network) }],
};
