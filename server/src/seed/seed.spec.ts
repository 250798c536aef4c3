import argon2 from 'argon2';
import pino from 'pino';
import { postcodeDirectory } from '../modules/geo/postcode-directory';
import { Region } from '../modules/geo/region';
import { createTestDatabase, type TestDatabase } from '../test/database';
import { seedNetwork } from './seed';
import { DEMO_PASSWORD } from './steps/demo-accounts';

const logger = pino({ level: 'silent' });
const FINGERPRINT = `select
  (select md5(string_agg(o::text, '|' order by o.id)) from organisation o) as organisations,
  (select md5(string_agg(c::text, '|' order by c.id)) from centre c) as centres`;

describe('the synthetic national network', () => {
  let db: TestDatabase;

  beforeAll(async () => {
    db = await createTestDatabase();
    await seedNetwork({ clientUrl: db.ownerUrl, scale: 1, logger });
  });
  afterAll(() => db.drop());

  it('has exactly 120 organisations and 350 centres at scale 1', async () => {
    expect(await db.ownerQuery('select (select count(*)::int from organisation) as o, (select count(*)::int from centre) as c')).toEqual([{ o: 120, c: 350 }]);
  });

  it('is identical every time for the same scale', async () => {
    const other = await createTestDatabase();
    try {
      await seedNetwork({ clientUrl: other.ownerUrl, scale: 1, logger });
      expect(await other.ownerQuery(FINGERPRINT)).toEqual(await db.ownerQuery(FINGERPRINT));
    } finally {
      await other.drop();
    }
  });

  it('spreads over every region of England, Wales, Northern Ireland, the Channel Islands and the Isle of Man', async () => {
    const rows = await db.ownerQuery<{ region: Region; n: number }>('select region, count(*)::int as n from centre group by region');
    expect(rows.map((r) => r.region).sort()).toEqual(Object.values(Region).sort());
    const byRegion = Object.fromEntries(rows.map((r) => [r.region, r.n]));
    expect(byRegion.LONDON).toBeGreaterThan(byRegion.ISLE_OF_MAN!);
  });

  it('places every centre at a valid postcode whose district gives its region and coordinates', async () => {
    const directory = postcodeDirectory();
    const centres = await db.ownerQuery<{ postcode: string; region: string; latitude: number; longitude: number }>('select postcode, region, latitude, longitude from centre');
    const wrong = centres.filter((centre) => {
      const found = directory.lookup(centre.postcode);
      return !found.ok || found.postcode !== centre.postcode || found.location.region !== centre.region || found.location.latitude !== centre.latitude || found.location.longitude !== centre.longitude;
    });
    expect(wrong).toEqual([]);
  });

  it('is mostly supported contact, with some supervised centres and services', async () => {
    const [mix] = await db.ownerQuery<{ supported: number; supervised: number; services: number }>(`select
      count(*) filter (where 'SUPPORTED_CONTACT' = any (service_types))::int as supported,
      count(*) filter (where 'SUPERVISED_CONTACT' = any (service_types))::int as supervised,
      count(*) filter (where kind = 'SERVICE')::int as services from centre`);
    expect(mix!.supported).toBeGreaterThan(350 * 0.8);
    expect(mix!.supervised).toBeGreaterThan(350 * 0.2);
    expect(mix!.supervised).toBeLessThan(mix!.supported);
    expect(mix!.services).toBeGreaterThan(0);
  });

  it('creates the demo accounts with the scopes the README promises', async () => {
    const grants = await db.ownerQuery<{ email: string; role: string; organisation_id: string | null; centre_ids: string[]; password_hash: string }>(
      'select u.email, g.role, g.organisation_id, g.centre_ids, u.password_hash from app_user u join user_grant g on g.user_id = u.id order by u.email',
    );
    const by = Object.fromEntries(grants.map((g) => [g.email, g]));
    expect(Object.keys(by)).toEqual(['assessor@naccc.test', 'coordinator1@naccc.test', 'national@naccc.test', 'orgadmin1@naccc.test', 'orgadmin2@naccc.test', 'training@naccc.test']);
    expect(await argon2.verify(by['national@naccc.test']!.password_hash, DEMO_PASSWORD)).toBe(true);
    const centreCount = async (organisationId: string | null) =>
      (await db.ownerQuery<{ n: number }>('select count(*)::int as n from centre where organisation_id = $1', [organisationId]))[0]!.n;
    expect(by['orgadmin1@naccc.test']!.organisation_id).not.toEqual(by['orgadmin2@naccc.test']!.organisation_id);
    expect(await centreCount(by['orgadmin1@naccc.test']!.organisation_id)).toBeGreaterThanOrEqual(2);
    expect(await centreCount(by['orgadmin2@naccc.test']!.organisation_id)).toBeGreaterThanOrEqual(2);
    const coordinator = by['coordinator1@naccc.test']!;
    expect(coordinator.organisation_id).toBe(by['orgadmin1@naccc.test']!.organisation_id);
    expect(await db.ownerQuery('select organisation_id from centre where id = any($1::uuid[])', [coordinator.centre_ids])).toEqual([{ organisation_id: coordinator.organisation_id }]);
    expect(by['assessor@naccc.test']!.centre_ids).toHaveLength(3);
  });

  it('refuses to seed over existing data unless asked to reset', async () => {
    await expect(seedNetwork({ clientUrl: db.ownerUrl, scale: 0.1, logger })).rejects.toThrow(/--reset/);
    const summary = await seedNetwork({ clientUrl: db.ownerUrl, scale: 0.1, logger, reset: true });
    expect(summary).toMatchObject({ organisations: 12, centres: 35 });
    await seedNetwork({ clientUrl: db.ownerUrl, scale: 1, logger, reset: true });
  });

  it('never creates demo accounts in production, and leaves nothing behind when refusing', async () => {
    const before = await db.ownerQuery(FINGERPRINT);
    const previous = process.env.NODE_ENV;
    process.env.NODE_ENV = 'production';
    try {
      await expect(seedNetwork({ clientUrl: db.ownerUrl, scale: 0.1, logger, reset: true })).rejects.toThrow(/never created when NODE_ENV=production/);
    } finally {
      process.env.NODE_ENV = previous;
    }
    expect(await db.ownerQuery(FINGERPRINT)).toEqual(before);
  });
});
