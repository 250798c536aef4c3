import { Faker, en, en_GB } from '@faker-js/faker';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Logger } from 'pino';
import { preparedQuery } from '../db/prepared-query';
import type { SeededCentre } from './steps/centres';
import type { DemoAccount } from './steps/demo-accounts';
import type { SeededOrganisation } from './steps/organisations';
import type { PeopleSummary } from './steps/people';
import type { StandardsSummary } from './steps/national-standards';
import type { TrainingSummary } from './steps/training';

/** The fixed seed: the same scale always produces the same network, row for row. */
export const SEED = 1991;
/** Synthetic timestamps are relative to this instant, never to the clock. */
export const SEED_EPOCH = new Date('2026-01-05T09:00:00Z');
/**
 * The day the seeded people and their DBS histories are "as of" (a London calendar date): start
 * and leave dates, DBS issue dates, Update Service status checks and certificate purges all lie
 * before it, and every clearance state appears when `app.today` is set to it (seed.spec.ts).
 *
 * It is the day these histories were written, so the console, which runs on the real date,
 * showed exactly this mix then. Afterwards the network ages like one nobody looks after: within
 * 90 days today's EXPIRING people are EXPIRED and some CLEARED ones become EXPIRING; purges and
 * erasures fall due to the retention job. Moving it forward (one line) regenerates plausible
 * histories for the new day; the seed stays deterministic either way.
 */
export const SEED_AS_OF = '2026-11-23';

/**
 * What the steps have seeded so far, passed from step to step in module order (a step reads
 * what earlier ones made, e.g. people are placed at the seeded centres, and adds its own).
 */
export type SeededNetwork = {
  organisations: SeededOrganisation[];
  centres: SeededCentre[];
  accounts: DemoAccount[];
  people: PeopleSummary;
  standards: StandardsSummary;
  training: TrainingSummary;
};

export function emptyNetwork(): SeededNetwork {
  return {
    organisations: [],
    centres: [],
    accounts: [],
    people: { people: 0, dbsChecks: 0, centreAssignments: 0 },
    standards: { standardSets: 0, standards: 0 },
    training: { courses: 0, courseSessions: 0, enrolments: 0, trainingRecords: 0 },
  };
}

/** Shared by every seed step: one seeded generator, the transaction's EntityManager, the scale. */
export type SeedContext = {
  em: EntityManager;
  faker: Faker;
  scale: number;
  logger: Logger;
};

export function seededFaker(seed = SEED): Faker {
  const faker = new Faker({ locale: [en_GB, en] });
  faker.seed(seed);
  return faker;
}

/** Picks a key with probability proportional to its weight, using the seeded generator. */
export function weightedPick<K extends string>(faker: Faker, weights: Readonly<Record<K, number>>): K {
  const entries = Object.entries(weights) as [K, number][];
  const total = entries.reduce((sum, [, weight]) => sum + weight, 0);
  let roll = faker.number.float({ min: 0, max: total });
  for (const [key, weight] of entries) {
    roll -= weight;
    if (roll <= 0) return key;
  }
  return entries[entries.length - 1]![0];
}

/**
 * Splits `total` into whole shares proportional to `weights` (largest remainder), giving every
 * key at least `minimum` where the total allows: so even a small network has a centre in the
 * Isle of Man.
 */
export function apportion<K extends string>(total: number, weights: Readonly<Record<K, number>>, minimum = 0): Record<K, number> {
  const keys = Object.keys(weights) as K[];
  const floor = total >= keys.length * minimum ? minimum : 0;
  const rest = total - floor * keys.length;
  const sum = keys.reduce((s, k) => s + weights[k], 0);
  const exact = keys.map((k) => ({ k, value: (weights[k] / sum) * rest }));
  const shares = Object.fromEntries(exact.map(({ k, value }) => [k, floor + Math.floor(value)])) as Record<K, number>;
  let left = total - keys.reduce((s, k) => s + shares[k], 0);
  for (const { k } of [...exact].sort((a, b) => (b.value % 1) - (a.value % 1) || a.k.localeCompare(b.k))) {
    if (left-- <= 0) break;
    shares[k] += 1;
  }
  return shares;
}

export async function insertInChunks<T>(rows: T[], size: number, insert: (chunk: T[]) => Promise<unknown>): Promise<void> {
  for (let i = 0; i < rows.length; i += size) await insert(rows.slice(i, i + size));
}

/**
 * Rows in bulk: one INSERT ... SELECT per 2,000, the rows travelling as one JSON parameter read by
 * `columns` (name to SQL type; other keys of a row are ignored). For tens of thousands of rows, a
 * second or two less than MikroORM's insertMany, which writes every value into the statement's
 * text. The audit triggers record each row, as they do for the rest of the seed.
 */
export async function insertJsonRows(em: EntityManager, table: string, columns: Readonly<Record<string, string>>, rows: readonly object[]): Promise<void> {
  const names = Object.keys(columns).join(', ');
  const text = `insert into ${table} (${names}) select ${names} from jsonb_to_recordset($1::jsonb) as x(${Object.entries(columns).map(([name, type]) => `${name} ${type}`).join(', ')})`;
  await insertInChunks([...rows], 2000, (chunk) => preparedQuery(em, text, [JSON.stringify(chunk)]));
}
