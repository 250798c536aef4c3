import { Client } from 'pg';
import { createTestDatabase, type TestDatabase } from '../../test/database';
import { DBS_CERTIFICATES_PURGED, PEOPLE_ERASED, RETENTION_LOCK, runRetention } from './retention.job';
import pino from 'pino';
import { nextLondonTime, scheduleNightlyRetention } from './retention.schedule';

const POLICY = { certificateRetentionMonths: 6, retentionYears: 6 };

/** A fixed clock: 10:00 in London on that date (BST or GMT alike, the date is the same). */
const on = (date: string) => new Date(`${date}T09:00:00Z`);

describe('retention job', () => {
  let db: TestDatabase;

  beforeAll(async () => {
    db = await createTestDatabase();
  });
  afterAll(() => db.drop());

  const one = async <Row extends Record<string, unknown>>(text: string, values?: unknown[]) => (await db.ownerQuery<Row>(text, values))[0]!;

  async function organisation(name: string): Promise<{ id: string; centre: string }> {
    const { id } = await one<{ id: string }>(
      `insert into organisation (id, name, type, contact_email, region) values (gen_random_uuid(), $1, 'CHARITY', 'info@example.org.uk', 'LONDON') returning id`,
      [name],
    );
    const centre = await one<{ id: string }>(
      `insert into centre (id, organisation_id, name, postcode, latitude, longitude, region, service_types, referral_routes, languages)
       values (gen_random_uuid(), $1, $2, 'E1 6AN', 51.5, -0.07, 'LONDON', '{SUPPORTED_CONTACT}', '{}', '{}') returning id`,
      [id, `${name} Centre`],
    );
    return { id, centre: centre.id };
  }

  async function person(org: { id: string; centre: string }, spec: { family: string; type?: string; start?: string; left?: string | null }): Promise<string> {
    const { id } = await one<{ id: string }>(
      `insert into person (id, organisation_id, given_name, family_name, email, person_type, start_date, leave_date, status, centre_ids)
       values (gen_random_uuid(), $1, 'Ada', $2, lower($2) || '@example.org', $3, $4, $5, $6, $7) returning id`,
      [org.id, spec.family, spec.type ?? 'VOLUNTEER', spec.start ?? '2000-01-01', spec.left ?? null, spec.left ? 'LEFT' : 'ACTIVE', spec.left ? [] : [org.centre]],
    );
    await db.ownerQuery(
      `insert into person_centre_assignment (id, person_id, organisation_id, centre_id, started_on, ended_on) values (gen_random_uuid(), $1, $2, $3, $4, $5)`,
      [id, org.id, org.centre, spec.start ?? '2000-01-01', spec.left ?? null],
    );
    return id;
  }

  async function dbsCheck(personId: string, decidedAt: string, number = '001234567890'): Promise<string> {
    const { id } = await one<{ id: string }>(
      `insert into dbs_check (id, person_id, organisation_id, jurisdiction, level, workforce, certificate_number, issue_date, decision, decided_by, decided_at)
       select gen_random_uuid(), p.id, p.organisation_id, 'DBS', 'ENHANCED', 'CHILD', $2, ($3::timestamptz)::date - 7, 'CLEARED', 'Safeguarding Lead', $3
       from person p where p.id = $1 returning id`,
      [personId, number, decidedAt],
    );
    return id;
  }

  const checkRow = (id: string) =>
    one<{ certificate_number: string | null; certificate_purged_at: Date | null; decision: string; level: string; version: number }>(
      'select certificate_number, certificate_purged_at, decision, level, version from dbs_check where id = $1',
      [id],
    );

  /** Every table the job may touch, fingerprinted. */
  const snapshot = () =>
    one(`select
      (select md5(coalesce(string_agg(p::text, '|' order by p.id), '')) from person p) as people,
      (select md5(coalesce(string_agg(c::text, '|' order by c.id), '')) from dbs_check c) as checks,
      (select md5(coalesce(string_agg(a::text, '|' order by a.id), '')) from person_centre_assignment a) as spells,
      (select md5(coalesce(string_agg(r::text, '|' order by r.id), '')) from retention_erasure r) as erasures,
      (select count(*)::int from audit_event) as audit_events`);

  const run = (date: string) => runRetention({ ownerUrl: db.ownerUrl, policy: POLICY, now: on(date) });

  describe('DBS certificate numbers', () => {
    it('are kept until the decision is six months old, then purged on that day; the decision stays', async () => {
      const org = await organisation('Purge Boundary Trust');
      const decided = await dbsCheck(await person(org, { family: 'Boundary' }), '2026-01-15T14:00:00Z');

      expect((await run('2026-07-14')).certificatesPurged).toBe(0);
      expect(await checkRow(decided)).toMatchObject({ certificate_number: '001234567890', certificate_purged_at: null });

      const outcome = await run('2026-07-15');
      expect(outcome).toMatchObject({ ran: true, today: '2026-07-15', certificatesPurged: 1, peopleErased: 0 });
      expect(await checkRow(decided)).toEqual({
        certificate_number: null,
        certificate_purged_at: on('2026-07-15'),
        decision: 'CLEARED',
        level: 'ENHANCED',
        version: 1,
      });
    });

    it("measures the six months on London's calendar (a decision late on a summer evening counts from the next day in UTC terms)", async () => {
      const org = await organisation('London Calendar Trust');
      // 23:30 UTC on 30 June is 00:30 on 1 July in London (BST).
      const decided = await dbsCheck(await person(org, { family: 'Midnight' }), '2026-06-30T23:30:00Z');
      await run('2026-12-31');
      expect((await checkRow(decided)).certificate_number).toBe('001234567890');
      await run('2027-01-01');
      expect((await checkRow(decided)).certificate_number).toBeNull();
    });
  });

  describe('people who left', () => {
    it('are erased on the day the retention period ends, leaving counts by organisation, type and year, and no names', async () => {
      const first = await organisation('Erasure Trust One');
      const second = await organisation('Erasure Trust Two');
      const gone = [
        await person(first, { family: 'Lovelace', type: 'VOLUNTEER', left: '2020-03-31' }),
        await person(first, { family: 'Babbage', type: 'VOLUNTEER', left: '2020-02-10' }),
        await person(first, { family: 'Hopper', type: 'STAFF', left: '2019-11-05' }),
        await person(second, { family: 'Turing', type: 'TRUSTEE', left: '2020-01-01' }),
      ];
      // Their checks are old enough to have been purged already, or not: they go either way.
      for (const id of gone) await dbsCheck(id, '2018-05-01T10:00:00Z');
      const stays = [
        await person(first, { family: 'Recent', left: '2020-04-01' }),
        await person(first, { family: 'Active', start: '2001-01-01' }),
        await person(second, { family: 'Tomorrow', left: '2020-04-01' }),
      ];
      const keptCheck = await dbsCheck(stays[1]!, '2026-03-01T10:00:00Z');

      const dayBefore = await run('2026-03-30');
      expect(dayBefore).toMatchObject({ peopleErased: 3 });
      const onTheDay = await run('2026-03-31');
      expect(onTheDay).toMatchObject({ peopleErased: 1, organisations: [expect.objectContaining({ organisationId: first.id, peopleErased: 1 })] });

      expect(await db.ownerQuery('select id from person where id = any ($1::uuid[])', [gone])).toEqual([]);
      expect(await db.ownerQuery('select id from dbs_check where person_id = any ($1::uuid[])', [gone])).toEqual([]);
      expect(await db.ownerQuery('select id from person_centre_assignment where person_id = any ($1::uuid[])', [gone])).toEqual([]);
      expect((await db.ownerQuery('select id from person where id = any ($1::uuid[])', [stays])).length).toBe(3);
      expect((await checkRow(keptCheck)).certificate_number).toBe('001234567890');

      const counts = await db.ownerQuery(
        `select organisation_id, person_type, year_left, erased_count from retention_erasure
         where organisation_id = any ($1::uuid[]) order by organisation_id = $2 desc, year_left, person_type`,
        [[first.id, second.id], first.id],
      );
      expect(counts).toEqual([
        { organisation_id: first.id, person_type: 'STAFF', year_left: 2019, erased_count: 1 },
        { organisation_id: first.id, person_type: 'VOLUNTEER', year_left: 2020, erased_count: 1 },
        { organisation_id: first.id, person_type: 'VOLUNTEER', year_left: 2020, erased_count: 1 },
        { organisation_id: second.id, person_type: 'TRUSTEE', year_left: 2020, erased_count: 1 },
      ]);
      // The table cannot hold a name or a person's id: these are all its columns.
      const columns = await db.ownerQuery<{ column_name: string }>(
        `select column_name from information_schema.columns where table_name = 'retention_erasure' order by ordinal_position`,
      );
      expect(columns.map((c) => c.column_name)).toEqual(['id', 'organisation_id', 'person_type', 'year_left', 'erased_count', 'erased_at']);

      // Nothing in the append-only trail names them, before or after the erasure.
      for (const name of ['Lovelace', 'Babbage', 'Hopper', 'Turing', 'lovelace@example.org']) {
        expect(await db.ownerQuery('select id from audit_event where changes::text ilike $1', [`%${name}%`])).toEqual([]);
      }
    });

    it('are audited once per organisation and kind with counts only, besides each row change', async () => {
      const org = await organisation('Audited Trust');
      const leaver = await person(org, { family: 'Audited', left: '2019-06-01' });
      const leaverCheck = await dbsCheck(leaver, '2019-05-01T10:00:00Z');
      const stayer = await person(org, { family: 'Staying' });
      await dbsCheck(stayer, '2025-01-10T10:00:00Z');
      await dbsCheck(stayer, '2025-02-10T10:00:00Z', '009999999999');

      const outcome = await run('2025-09-01');
      expect(outcome.organisations.find((o) => o.organisationId === org.id)).toEqual({ organisationId: org.id, certificatesPurged: 2, peopleErased: 1 });

      const summaries = await db.ownerQuery(
        `select action, entity_type, entity_id, actor_user_id, changes, request_id from audit_event
         where organisation_id = $1 and action in ($2, $3) order by action`,
        [org.id, DBS_CERTIFICATES_PURGED, PEOPLE_ERASED],
      );
      expect(summaries).toEqual([
        { action: DBS_CERTIFICATES_PURGED, entity_type: 'DbsCheck', entity_id: null, actor_user_id: null, changes: { certificatesPurged: 2 }, request_id: outcome.runId },
        { action: PEOPLE_ERASED, entity_type: 'Person', entity_id: null, actor_user_id: null, changes: { peopleErased: 1 }, request_id: outcome.runId },
      ]);
      const rowChanges = await db.ownerQuery<{ action: string; entity_type: string; entity_id: string; changes: Record<string, unknown> }>(
        `select action, entity_type, entity_id, changes from audit_event where request_id = $1 and organisation_id = $2 and action in ('UPDATE', 'DELETE')
         order by entity_type, action`,
        [outcome.runId, org.id],
      );
      expect(rowChanges.map((e) => `${e.entity_type} ${e.action}`)).toEqual(['DbsCheck DELETE', 'DbsCheck UPDATE', 'DbsCheck UPDATE', 'Person DELETE']);
      const personDelete = rowChanges.find((e) => e.entity_type === 'Person')!;
      expect(personDelete.entity_id).toBe(leaver);
      expect(personDelete.changes).toMatchObject({ given_name: { redacted: true }, family_name: { redacted: true }, email: { redacted: true } });
      const purge = rowChanges.find((e) => e.entity_type === 'DbsCheck' && e.action === 'UPDATE')!;
      expect(purge.changes).toEqual({ certificate_number: { redacted: true }, certificate_purged_at: { redacted: true } });
      expect(rowChanges.find((e) => e.action === 'DELETE' && e.entity_type === 'DbsCheck')!.entity_id).toBe(leaverCheck);
    });
  });

  it('is idempotent: a second run the same day changes nothing and writes no audit entry', async () => {
    const org = await organisation('Idempotent Trust');
    await dbsCheck(await person(org, { family: 'Twice', left: '2018-01-01' }), '2017-12-01T10:00:00Z');
    await dbsCheck(await person(org, { family: 'Once' }), '2024-01-01T10:00:00Z');
    const first = await run('2025-06-01');
    expect(first.peopleErased).toBeGreaterThan(0);
    expect(first.certificatesPurged).toBeGreaterThan(0);
    const before = await snapshot();
    expect(await run('2025-06-01')).toMatchObject({ ran: true, certificatesPurged: 0, peopleErased: 0, organisations: [] });
    expect(await snapshot()).toEqual(before);
  });

  it('leaves what is not yet due alone: recent leavers, active people, recent decisions, already purged numbers', async () => {
    const org = await organisation('Untouched Trust');
    await dbsCheck(await person(org, { family: 'Left Recently', left: '2024-12-31' }), '2025-01-05T10:00:00Z');
    await dbsCheck(await person(org, { family: 'Long Serving', start: '1999-01-01' }), '2025-01-01T10:00:00Z');
    // Already purged (and its person still active): not touched again, nor its purge date moved.
    const purged = await dbsCheck(await person(org, { family: 'Purged Before' }), '2020-01-01T10:00:00Z');
    await db.ownerQuery(`update dbs_check set certificate_number = null, certificate_purged_at = '2020-07-01T00:00:00Z' where id = $1`, [purged]);
    const before = await snapshot();
    const outcome = await run('2025-06-30');
    expect(outcome).toMatchObject({ certificatesPurged: 0, peopleErased: 0 });
    expect(await snapshot()).toEqual(before);
  });

  it('skips, changing nothing, while another instance holds the lock', async () => {
    const org = await organisation('Locked Trust');
    await dbsCheck(await person(org, { family: 'Waiting', left: '2010-01-01' }), '2009-01-01T10:00:00Z');
    const other = new Client({ connectionString: db.ownerUrl });
    await other.connect();
    try {
      await other.query('begin');
      await other.query('select pg_advisory_xact_lock(hashtext($1))', [RETENTION_LOCK]);
      const before = await snapshot();
      expect(await run('2026-01-01')).toMatchObject({ ran: false, peopleErased: 0, certificatesPurged: 0 });
      expect(await snapshot()).toEqual(before);
    } finally {
      await other.query('rollback');
      await other.end();
    }
    expect((await run('2026-01-01')).peopleErased).toBe(1);
  });

  it("keeps the counts readable by the organisation's admins and head office only, and writable by nobody but the owner", async () => {
    const mine = await organisation('Counted Trust');
    const theirs = await organisation('Other Counted Trust');
    await person(mine, { family: 'Counted', left: '2001-01-01' });
    await person(theirs, { family: 'Other', left: '2001-01-01' });
    await run('2026-02-01');
    const app = new Client({ connectionString: db.appUrl });
    await app.connect();
    const asScope = async (settings: Record<string, string>) => {
      await app.query('begin');
      for (const [name, value] of Object.entries(settings)) await app.query('select set_config($1, $2, true)', [name, value]);
      const { rows } = await app.query<{ organisation_id: string }>('select organisation_id from retention_erasure where organisation_id = any ($1::uuid[])', [[mine.id, theirs.id]]);
      await app.query('rollback');
      return new Set(rows.map((row) => row.organisation_id));
    };
    try {
      expect(await asScope({ 'app.org_ids': `{${mine.id}}` })).toEqual(new Set([mine.id]));
      expect(await asScope({ 'app.national_admin': 'true', 'app.national': 'true' })).toEqual(new Set([mine.id, theirs.id]));
      expect(await asScope({ 'app.national': 'true' })).toEqual(new Set());
      expect(await asScope({ 'app.member_org_ids': `{${mine.id}}`, 'app.centre_ids': `{${mine.centre}}` })).toEqual(new Set());
      await app.query('begin');
      await app.query(`select set_config('app.national_admin', 'true', true), set_config('app.org_ids', $1, true)`, [`{${mine.id}}`]);
      await expect(
        app.query(`insert into retention_erasure (id, organisation_id, person_type, year_left, erased_count, erased_at) values (gen_random_uuid(), $1, 'STAFF', 2000, 5, now())`, [mine.id]),
      ).rejects.toThrow(/row-level security/);
      await app.query('rollback');
    } finally {
      await app.end();
    }
  });
});

describe('nightly schedule', () => {
  it('runs the job when London reaches three in the morning, and stops cleanly', async () => {
    const db = await createTestDatabase();
    try {
      const [org] = await db.ownerQuery<{ id: string }>(
        `insert into organisation (id, name, type, contact_email, region) values (gen_random_uuid(), 'Nightly Trust', 'CHARITY', 'a@b.org', 'LONDON') returning id`,
      );
      await db.ownerQuery(
        `insert into person (id, organisation_id, given_name, family_name, person_type, start_date, leave_date, status)
         values (gen_random_uuid(), $1, 'Long', 'Gone', 'STAFF', '1990-01-01', '2001-01-01', 'LEFT')`,
        [org!.id],
      );
      // A clock 50 ms before the next 03:00 in London.
      const offset = nextLondonTime(new Date(), 3, 0).getTime() - Date.now() - 50;
      const schedule = scheduleNightlyRetention({ ownerUrl: db.ownerUrl, policy: POLICY, logger: pino({ level: 'silent' }), now: () => new Date(Date.now() + offset) });
      const erased = async () => Number((await db.ownerQuery<{ n: number }>('select count(*)::int as n from retention_erasure'))[0]!.n);
      for (let waited = 0; waited < 5000 && (await erased()) === 0; waited += 50) await new Promise((resolve) => setTimeout(resolve, 50));
      await schedule.stop();
      expect(await erased()).toBe(1);
      expect(await db.ownerQuery(`select id from person where organisation_id = $1`, [org!.id])).toEqual([]);
    } finally {
      await db.drop();
    }
  });

  it.each([
    ['winter, before three', '2026-01-10T01:00:00Z', '2026-01-10T03:00:00.000Z'],
    ['winter, after three', '2026-01-10T03:00:00Z', '2026-01-11T03:00:00.000Z'],
    ['summer (BST): three in London is two UTC', '2026-07-10T00:00:00Z', '2026-07-10T02:00:00.000Z'],
    ['summer, late evening UTC is already tomorrow in London', '2026-07-10T23:30:00Z', '2026-07-11T02:00:00.000Z'],
    ['the night the clocks go forward (29/03/2026)', '2026-03-28T12:00:00Z', '2026-03-29T02:00:00.000Z'],
    ['the night the clocks go back (25/10/2026)', '2026-10-24T12:00:00Z', '2026-10-25T03:00:00.000Z'],
  ])('%s', (_label, after, expected) => {
    expect(nextLondonTime(new Date(after), 3, 0).toISOString()).toBe(expected);
  });
});
