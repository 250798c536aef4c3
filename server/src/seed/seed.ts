import { MikroORM } from '@mikro-orm/postgresql';
import type { Logger } from 'pino';
import { ormOptions } from '../db/orm-config';
import { Organisation } from '../modules/organisation/organisation.entity';
import type { Region } from '../modules/geo';
import { MODULES } from '../all-modules';
import { emptyNetwork, seededFaker, type SeedContext } from './seed-context';
import { DEMO_PASSWORD, type DemoAccount } from './steps/demo-accounts';

export const DEMO_ACCOUNTS_NOTE = `Demo accounts, all with the password ${DEMO_PASSWORD}: national@naccc.test, training@naccc.test, assessor@naccc.test, orgadmin1@naccc.test, orgadmin2@naccc.test, coordinator1@naccc.test.`;

export type SeedSummary = {
  organisations: number;
  centres: number;
  people: number;
  dbsChecks: number;
  centreAssignments: number;
  standardSets: number;
  standards: number;
  courses: number;
  courseSessions: number;
  enrolments: number;
  trainingRecords: number;
  byRegion: Partial<Record<Region, number>>;
  accounts: DemoAccount[];
  ms: number;
};

export type SeedOptions = { clientUrl: string; scale: number; logger: Logger; reset?: boolean };

/**
 * Seeds the synthetic national network, deterministically, in one transaction as the database
 * owner (tenancy policies do not bind the owner; the audit triggers still record every row,
 * stamped with request id "seed"). The steps are the modules' (their manifests' `seed`).
 */
export async function seedNetwork(options: SeedOptions): Promise<SeedSummary> {
  const started = Date.now();
  const orm = await MikroORM.init(ormOptions({ clientUrl: options.clientUrl, poolMax: 2 }));
  try {
    return await orm.em.fork().transactional(async (em) => {
      // Two servers starting together on an empty database: the second waits, then finds data.
      await em.execute(`select pg_advisory_xact_lock(hashtext('naccc:seed')), set_config('app.request_id', 'seed', true)`);
      if (options.reset) {
        await em.execute(
          // The catalogue, its sessions and the standards belong to no organisation: the cascade would not reach them.
          // (TRUNCATE fires no row triggers: the standards' guard against deleting published versions does not apply.)
          'truncate accreditation_action, finding, assessment, accreditation_transition, accreditation, user_session, user_grant, app_user, training_record, session_enrolment, course_session, course_requirement, course, standard, standard_area, standard_set, dbs_check, person_centre_assignment, person, retention_erasure, centre, organisation cascade',
        );
      } else if ((await em.count(Organisation, {}, { filters: false })) > 0) {
        throw new Error('The database already holds organisations; use --reset to replace them');
      }
      const ctx: SeedContext = { em, faker: seededFaker(), scale: options.scale, logger: options.logger };
      // Each module's steps, in module order: a step reads what earlier ones seeded.
      const network = emptyNetwork();
      for (const step of MODULES.flatMap((module) => module.seed ?? [])) await step.run(ctx, network);
      const { organisations, centres, accounts, people, standards, training } = network;
      const byRegion: Partial<Record<Region, number>> = {};
      for (const organisation of organisations) byRegion[organisation.region] = (byRegion[organisation.region] ?? 0) + organisation.centreCount;
      return { organisations: organisations.length, centres: centres.length, ...people, ...standards, ...training, byRegion, accounts, ms: Date.now() - started };
    });
  } finally {
    await orm.close(true);
  }
}

/** `pnpm start` on an empty database: the demo network, so the console has something to show. */
export async function seedDemoNetworkIfEmpty(options: Omit<SeedOptions, 'reset'>): Promise<void> {
  const orm = await MikroORM.init(ormOptions({ clientUrl: options.clientUrl, poolMax: 1 }));
  const existing = await orm.em.fork().count(Organisation, {}, { filters: false }).finally(() => orm.close(true));
  if (existing > 0) return;
  const summary = await seedNetwork(options).catch((error: unknown) => {
    // Another instance seeded while this one waited for the lock: nothing left to do.
    if (error instanceof Error && error.message.includes('already holds organisations')) return undefined;
    throw error;
  });
  if (!summary) return;
  options.logger.info(
    { organisations: summary.organisations, centres: summary.centres, people: summary.people, dbsChecks: summary.dbsChecks, ms: summary.ms },
    `seeded the synthetic network at scale ${options.scale}`,
  );
}
