import argon2 from 'argon2';
import pino from 'pino';
import { AccreditationAction, AccreditationState, nextState } from '../modules/accreditation';
import { ClearanceStatus, ROSTERABLE, TrainingState, type DbsClearanceStatus } from '../modules/clearance/clearance.enums';
import { postcodeDirectory } from '../modules/geo';
import { Region } from '../modules/geo';
import { runRetention } from '../modules/retention';
import { createTestDatabase, type TestDatabase } from '../test/database';
import { seedNetwork } from './seed';
import { SEED_AS_OF } from './seed-context';
import { DEMO_PASSWORD } from './steps/demo-accounts';

const logger = pino({ level: 'silent' });
const FINGERPRINT = `select
  (select md5(string_agg(o::text, '|' order by o.id)) from organisation o) as organisations,
  (select md5(string_agg(c::text, '|' order by c.id)) from centre c) as centres,
  (select md5(string_agg(p::text, '|' order by p.id)) from person p) as people,
  (select md5(string_agg(a::text, '|' order by a.id)) from person_centre_assignment a) as assignments,
  (select md5(string_agg(d::text, '|' order by d.id)) from dbs_check d) as checks,
  (select md5(string_agg(c::text, '|' order by c.id)) from course c) as courses,
  (select md5(string_agg(q::text, '|' order by q.id)) from course_requirement q) as requirements,
  (select md5(string_agg(s::text, '|' order by s.id)) from course_session s) as sessions,
  (select md5(string_agg(e::text, '|' order by e.id)) from session_enrolment e) as enrolments,
  (select md5(string_agg(r::text, '|' order by r.id)) from training_record r) as training,
  (select md5(string_agg(s::text, '|' order by s.id)) from standard_set s) as standard_sets,
  (select md5(string_agg(a::text, '|' order by a.id)) from standard_area a) as standard_areas,
  (select md5(string_agg(x::text, '|' order by x.id)) from standard x) as standards`;

type StatusCount = { status: ClearanceStatus; n: number };

/**
 * What the DBS alone says of a person (person_clearance's status before training is folded in):
 * a DBS reason not to roster is the status itself; otherwise EXPIRING or CLEARED by the DBS's
 * expiry, whatever the training says. The people seed plans DBS histories to these.
 */
const DBS_STATUS = `case when pc.status in ('CLEARED', 'EXPIRING', 'TRAINING_MISSING', 'TRAINING_EXPIRED', 'TRAINING_EXPIRING')
  then case when pc.expires_on <= app.today() + app.expiring_days() then 'EXPIRING' else 'CLEARED' end
  else pc.status end`;
const DBS_STATUSES = Object.values(ClearanceStatus).filter((status) => !status.startsWith('TRAINING_')) as DbsClearanceStatus[];

/**
 * What a test that seeds a whole network may take: pnpm seed at scale 1 takes well under 30 s,
 * but these run beside other test files on a busy machine, and the reset test seeds twice.
 */
const SEEDING_MS = 120_000;

describe('the synthetic national network', () => {
  let db: TestDatabase;

  beforeAll(async () => {
    db = await createTestDatabase();
    await seedNetwork({ clientUrl: db.ownerUrl, scale: 1, logger });
  }, SEEDING_MS);
  afterAll(() => db.drop());

  it('has exactly 120 organisations and 350 centres at scale 1', async () => {
    expect(await db.ownerQuery('select (select count(*)::int from organisation) as o, (select count(*)::int from centre) as c')).toEqual([{ o: 120, c: 350 }]);
  });

  /** Runs `text` with the clearance clock fixed to `today`, in the owner's session, then unfixes it. */
  async function asOf<Row extends Record<string, unknown>>(today: string, text: string, values?: unknown[]): Promise<Row[]> {
    await db.ownerQuery(`select set_config('app.today', $1, false)`, [today]);
    try {
      return await db.ownerQuery<Row>(text, values);
    } finally {
      await db.ownerQuery(`select set_config('app.today', '', false)`);
    }
  }

  it('is identical every time for the same scale, people and DBS histories included', async () => {
    const other = await createTestDatabase();
    try {
      const summary = await seedNetwork({ clientUrl: other.ownerUrl, scale: 1, logger });
      const fingerprint = await other.ownerQuery<Record<string, string>>(FINGERPRINT);
      expect(Object.values(fingerprint[0]!).every((hash) => /^[0-9a-f]{32}$/.test(hash))).toBe(true);
      expect(fingerprint).toEqual(await db.ownerQuery(FINGERPRINT));
      expect(summary).toMatchObject({ people: 5000, courses: 12, standardSets: 4 });
      expect(summary.dbsChecks).toBeGreaterThan(5000);
      expect(summary.trainingRecords).toBeGreaterThan(36_000);
    } finally {
      await other.drop();
    }
  }, SEEDING_MS);

  it('has the three sets of National Standards, each published once at 30-40 standards in areas, and an older supported version retired', async () => {
    const sets = await db.ownerQuery<{ kind: string; version_label: string; status: string; effective_on: string; standards: number; areas: string[] }>(`
      select s.kind, s.version_label, s.status, to_char(s.effective_on, 'YYYY-MM-DD') as effective_on,
             (select count(*)::int from standard x where x.set_id = s.id) as standards,
             (select array_agg(a.number || ' ' || a.title order by a.position) from standard_area a where a.set_id = s.id) as areas
      from standard_set s order by s.kind, s.version_label`);
    expect(sets.map((s) => [s.kind, s.version_label, s.status, s.effective_on])).toEqual([
      ['SUPERVISED_CENTRES', '2024', 'PUBLISHED', '2024-04-01'],
      ['SUPERVISED_SERVICES', '2024', 'PUBLISHED', '2024-04-01'],
      ['SUPPORTED_CENTRES', '2019', 'RETIRED', '2019-04-01'],
      ['SUPPORTED_CENTRES', '2024', 'PUBLISHED', '2024-04-01'],
    ]);
    for (const set of sets.filter((s) => s.status === 'PUBLISHED')) {
      expect(set.standards).toBeGreaterThanOrEqual(30);
      expect(set.standards).toBeLessThanOrEqual(40);
      expect(set.areas).toEqual([
        '1 Service management', '2 Staffing', '3 Training', '4 HR and recruitment', '5 Operating procedures',
        '6 Policies: safeguarding, equality and diversity, data protection', '7 Health and safety', '8 Finances',
      ]);
    }
    // The versions differ: some standards of 2024 are not in 2019, and some are worded differently.
    const [versions] = await db.ownerQuery<{ only_2024: number; only_2019: number }>(`
      with v as (select s.version_label, x.title from standard x join standard_set s on s.id = x.set_id where s.kind = 'SUPPORTED_CENTRES')
      select (select count(*)::int from v n where n.version_label = '2024' and not exists (select 1 from v o where o.version_label = '2019' and o.title = n.title)) as only_2024,
             (select count(*)::int from v o where o.version_label = '2019' and not exists (select 1 from v n where n.version_label = '2024' and n.title = o.title)) as only_2019`);
    expect(versions!.only_2024).toBeGreaterThanOrEqual(4);
    expect(versions!.only_2019).toBeGreaterThanOrEqual(2);
    // Codes run "area.n" without gaps.
    expect(await db.ownerQuery(`select x.code from standard x join standard_area a on a.id = x.area_id where x.code <> a.number || '.' || x.position`)).toEqual([]);
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
      // The network's seeded assessors have no password (they cannot sign in); the demo accounts do.
      'select u.email, g.role, g.organisation_id, g.centre_ids, u.password_hash from app_user u join user_grant g on g.user_id = u.id where u.password_hash is not null order by u.email',
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

  it('gives every centre an accreditation history that the state machine allows, every state present, mostly accredited', async () => {
    const centresWithout = await db.ownerQuery<{ n: number }>('select count(*)::int as n from centre c where not exists (select 1 from accreditation a where a.centre_id = c.id)');
    expect(centresWithout[0]!.n).toBe(0);
    const states = Object.fromEntries((await db.ownerQuery<{ state: string; n: number }>('select state, count(*)::int as n from accreditation group by state')).map((r) => [r.state, r.n]));
    expect(Object.keys(states).sort()).toEqual(Object.values(AccreditationState).sort());
    const total = Object.values(states).reduce((a, b) => a + b, 0);
    expect(states.ACCREDITED! / total).toBeGreaterThan(0.6);
    // Every history replays through the transition table to the state stored, dated in order.
    const histories = await db.ownerQuery<{ state: string; steps: Array<{ action: AccreditationAction | null; from: AccreditationState | null; to: AccreditationState; on: string }> }>(
      `select a.state, json_agg(json_build_object('action', t.action, 'from', t.from_state, 'to', t.to_state, 'on', t.on_date) order by t.on_date, t.occurred_at, t.created_at) as steps
       from accreditation a join accreditation_transition t on t.accreditation_id = a.id group by a.id, a.state`,
    );
    for (const { state, steps } of histories) {
      expect(steps[0]).toMatchObject({ action: null, from: null, to: 'CANDIDATE' });
      let at: AccreditationState = AccreditationState.CANDIDATE;
      for (const step of steps.slice(1)) {
        expect(step.from).toBe(at);
        expect(nextState(at, step.action!)).toBe(step.to);
        at = step.to;
      }
      expect(at).toBe(state);
    }
  });

  it('has visits behind the awards, findings and actions (most signed off, some open, a few overdue), and the demo accounts something to do', async () => {
    const [counts] = await db.ownerQuery<{ assessments: number; findings: number; actions: number; overdue: number; open: number }>(
      `select (select count(*)::int from assessment) as assessments, (select count(*)::int from finding) as findings, (select count(*)::int from accreditation_action) as actions,
              (select count(*)::int from accreditation_action where status in ('OPEN', 'RETURNED') and due_on < $1) as overdue,
              (select count(*)::int from accreditation_action where status <> 'SIGNED_OFF' and due_on >= $1) as open`,
      [SEED_AS_OF],
    );
    expect(counts!.assessments).toBeGreaterThan(400);
    expect(counts!.findings).toBeGreaterThan(counts!.assessments * 30);
    expect(counts!.overdue).toBeGreaterThan(0);
    expect(counts!.open).toBeGreaterThan(0);
    expect(counts!.overdue + counts!.open).toBeLessThan(counts!.actions / 2);
    const assessor = await db.ownerQuery<{ status: string }>(
      `select a.status from assessment a join app_user u on u.id = a.assessor_user_id where u.email = 'assessor@naccc.test' order by a.status`,
    );
    expect(assessor.map((a) => a.status)).toEqual(['IN_PROGRESS', 'IN_PROGRESS', 'PLANNED']);
    const demoOpen = await db.ownerQuery<{ email: string; n: number }>(
      `select u.email, count(x.id)::int as n from app_user u join user_grant g on g.user_id = u.id and g.role = 'ORG_ADMIN'
       left join accreditation_action x on x.organisation_id = g.organisation_id and x.status <> 'SIGNED_OFF' group by u.email order by u.email`,
    );
    for (const { n } of demoOpen) expect(n).toBeGreaterThan(0);
  });

  it('has about 5,000 people at scale 1, shared out in proportion to centres', async () => {
    const [{ n }] = (await db.ownerQuery<{ n: number }>('select count(*)::int as n from person')) as [{ n: number }];
    expect(n).toBeGreaterThanOrEqual(4800);
    expect(n).toBeLessThanOrEqual(5200);
    const perOrganisation = await db.ownerQuery<{ centres: number; people: number; coordinators: number }>(`
      select (select count(*)::int from centre c where c.organisation_id = o.id) as centres,
             (select count(*)::int from person p where p.organisation_id = o.id) as people,
             (select count(*)::int from person p where p.organisation_id = o.id and p.person_type = 'COORDINATOR') as coordinators
      from organisation o`);
    for (const row of perOrganisation) {
      expect(row.coordinators).toBe(row.centres);
      expect(row.people / row.centres).toBeGreaterThan(10);
      expect(row.people / row.centres).toBeLessThan(20);
    }
  });

  it('is a realistic mix: mostly volunteers, a coordinator per centre, trustees, some who left (a few long enough ago for the retention job)', async () => {
    const types = Object.fromEntries(
      (await db.ownerQuery<{ person_type: string; share: number }>(`select person_type, count(*)::float / sum(count(*)) over () as share from person group by person_type`)).map((r) => [r.person_type, r.share]),
    );
    expect(types.VOLUNTEER).toBeGreaterThan(0.55);
    expect(types.VOLUNTEER).toBeLessThan(0.72);
    for (const type of ['STAFF', 'SESSIONAL_WORKER', 'TRUSTEE', 'COORDINATOR']) {
      expect(types[type]).toBeGreaterThan(0.04);
      expect(types[type]).toBeLessThan(0.15);
    }
    const [facts] = await db.ownerQuery<Record<string, number>>(`select
      count(*) filter (where status = 'LEFT')::float / count(*) as left_share,
      count(*) filter (where status = 'LEFT' and leave_date is null)::int as left_without_date,
      count(*) filter (where status = 'ACTIVE' and leave_date is not null)::int as active_with_leave_date,
      count(*) filter (where status = 'LEFT' and leave_date <= $1::date - interval '6 years')::int as left_six_years_ago,
      count(*) filter (where start_date > $1::date or leave_date >= $1::date)::int as after_as_of,
      min(start_date) > $1::date - interval '13 years' as starts_within_twelve_years,
      count(*) filter (where person_type = 'TRUSTEE' and centre_ids = '{}')::float / count(*) filter (where person_type = 'TRUSTEE') as trustees_at_no_centre,
      count(*) filter (where email is null)::float / count(*) as without_email,
      count(*) filter (where phone is not null)::float / count(*) as with_phone,
      count(*) filter (where phone !~ '^(07700 900|020 7946 0|0[0-9]{3} 49[68] 0|01632 960|02[89] [0-9]{4} 0)[0-9]{3}$')::int as phones_outside_drama_ranges,
      count(*) filter (where email !~ '@example\\.(com|org|net)$')::int as emails_outside_example_domains
      from person`, [SEED_AS_OF]);
    expect(facts!.left_share).toBeGreaterThan(0.06);
    expect(facts!.left_share).toBeLessThan(0.1);
    expect(facts).toMatchObject({ left_without_date: 0, active_with_leave_date: 0, after_as_of: 0, starts_within_twelve_years: true, phones_outside_drama_ranges: 0, emails_outside_example_domains: 0 });
    expect(facts!.left_six_years_ago).toBeGreaterThan(10);
    expect(facts!.trustees_at_no_centre).toBeGreaterThan(0.5);
    expect(facts!.without_email).toBeGreaterThan(0.05);
    expect(facts!.with_phone).toBeGreaterThan(0.75);
  });

  it("keeps each person's centres in their organisation, matching their open spells, with some past moves", async () => {
    const [facts] = await db.ownerQuery<Record<string, number>>(`select
      (select count(*)::int from person_centre_assignment a join centre c on c.id = a.centre_id where c.organisation_id <> a.organisation_id) as spells_elsewhere,
      (select count(*)::int from person_centre_assignment a join person p on p.id = a.person_id where p.organisation_id <> a.organisation_id) as spells_of_another_tenant,
      (select count(*)::int from person p where (select array_agg(x order by x) from unnest(p.centre_ids) x) is distinct from
        (select array_agg(a.centre_id order by a.centre_id) from person_centre_assignment a where a.person_id = p.id and a.ended_on is null)) as centres_not_open_spells,
      (select count(*)::int from person_centre_assignment a join person p on p.id = a.person_id
        where a.started_on < p.start_date or a.ended_on < a.started_on or a.started_on > coalesce(p.leave_date, $1::date)) as spells_out_of_dates,
      (select count(*)::int from person_centre_assignment a where a.ended_on is not null
        and exists (select 1 from person_centre_assignment b where b.person_id = a.person_id and b.ended_on is null and b.centre_id <> a.centre_id and b.started_on = a.ended_on)) as moves,
      (select count(*)::int from person where cardinality(centre_ids) = 2) as at_two_centres`, [SEED_AS_OF]);
    expect(facts).toMatchObject({ spells_elsewhere: 0, spells_of_another_tenant: 0, centres_not_open_spells: 0, spells_out_of_dates: 0 });
    expect(facts!.moves).toBeGreaterThan(100);
    expect(facts!.at_two_centres).toBeGreaterThan(200);
  });

  it(`shows every DBS clearance state among people still working on ${SEED_AS_OF}, mostly cleared`, async () => {
    const rows = await asOf<StatusCount>(
      SEED_AS_OF,
      `select ${DBS_STATUS} as status, count(*)::int as n from person_clearance pc join person p on p.id = pc.person_id where p.status = 'ACTIVE' group by 1`,
    );
    const by = Object.fromEntries(rows.map((r) => [r.status, r.n])) as Record<DbsClearanceStatus, number>;
    expect(Object.keys(by).sort()).toEqual([...DBS_STATUSES].sort());
    const total = rows.reduce((sum, r) => sum + r.n, 0);
    expect(by.CLEARED / total).toBeGreaterThan(0.7);
    expect(by.EXPIRING / total).toBeGreaterThan(0.04);
    expect(by.NOT_CLEARED / total).toBeLessThan(0.02);
    const cannotBeRostered = rows.filter((r) => !ROSTERABLE.includes(r.status)).reduce((sum, r) => sum + r.n, 0);
    expect(cannotBeRostered / total).toBeGreaterThan(0.05);
    expect(cannotBeRostered / total).toBeLessThan(0.25);
  });

  it('keeps DBS histories as the code of practice and the retention job would: 12-digit numbers purged six months after the decision, AccessNI in Northern Ireland', async () => {
    const [facts] = await db.ownerQuery<Record<string, number>>(`select
      count(*) filter (where certificate_number is not null and certificate_number !~ '^[0-9]{12}$')::int as malformed_numbers,
      count(*) filter (where (certificate_number is null) <> (certificate_purged_at is not null))::int as number_and_purge_disagree,
      count(*) filter (where (certificate_purged_at is not null) <> (((decided_at at time zone 'Europe/London')::date + interval '6 months')::date <= $1::date))::int as purged_off_schedule,
      count(*) filter (where certificate_number is not null)::int as kept_numbers,
      count(*) filter (where issue_date >= $1::date or decided_at >= $1::date or last_status_check_date >= $1::date)::int as after_as_of,
      count(*) filter (where decided_at::date < issue_date or last_status_check_date < issue_date)::int as out_of_order,
      count(*) filter (where on_update_service and last_status_check_result = 'NO_NEW_INFORMATION' and issue_date < $1::date - interval '3 years' and last_status_check_date > $1::date - interval '9 months')::int as old_but_current,
      count(*) filter (where on_update_service and update_service_subscription_id is null)::int as subscribed_without_id,
      count(*) filter (where jurisdiction = 'ACCESS_NI' and on_update_service)::int as access_ni_on_update_service,
      (select count(*)::int from dbs_check d join organisation o on o.id = d.organisation_id where (d.jurisdiction = 'ACCESS_NI') <> (o.region = 'NORTHERN_IRELAND')) as wrong_jurisdiction,
      (select count(*)::int from dbs_check d join person p on p.id = d.person_id where p.organisation_id <> d.organisation_id) as checks_of_another_tenant,
      (select count(*)::int from (select person_id from dbs_check group by person_id having count(*) > 1) s) as with_superseded_checks,
      (select count(*)::int from dbs_check d where d.decided_at < (select min(e.decided_at) from dbs_check e where e.person_id = d.person_id and e.issue_date > d.issue_date) is false) as decided_after_successor
      from dbs_check`, [SEED_AS_OF]);
    expect(facts).toMatchObject({
      malformed_numbers: 0,
      number_and_purge_disagree: 0,
      purged_off_schedule: 0,
      after_as_of: 0,
      out_of_order: 0,
      subscribed_without_id: 0,
      access_ni_on_update_service: 0,
      wrong_jurisdiction: 0,
      checks_of_another_tenant: 0,
      decided_after_successor: 0,
    });
    expect(facts!.kept_numbers).toBeGreaterThan(100);
    expect(facts!.old_but_current).toBeGreaterThan(100);
    expect(facts!.with_superseded_checks).toBeGreaterThan(1000);
    expect((await db.ownerQuery(`select 1 from dbs_check where jurisdiction = 'ACCESS_NI' limit 1`)).length).toBe(1);
  });

  it("gives the demo accounts' scopes several DBS clearance states, including someone expiring and someone who cannot be rostered", async () => {
    const scopes = await db.ownerQuery<{ email: string; organisation_id: string; centre_ids: string[] }>(
      `select u.email, g.organisation_id, g.centre_ids from app_user u join user_grant g on g.user_id = u.id where u.email in ('orgadmin1@naccc.test', 'orgadmin2@naccc.test', 'coordinator1@naccc.test')`,
    );
    for (const scope of scopes) {
      const coordinator = scope.email.startsWith('coordinator');
      const rows = await asOf<StatusCount>(
        SEED_AS_OF,
        `select ${DBS_STATUS} as status, count(*)::int as n from person p join person_clearance pc on pc.person_id = p.id
         where p.status = 'ACTIVE' and ${coordinator ? 'p.centre_ids && $1::uuid[]' : 'p.organisation_id = $1'} group by 1`,
        [coordinator ? scope.centre_ids : scope.organisation_id],
      );
      const states = rows.map((r) => r.status);
      expect({ scope: scope.email, several: states.length >= 4 }).toEqual({ scope: scope.email, several: true });
      expect(states).toContain(ClearanceStatus.CLEARED);
      expect(states).toContain(ClearanceStatus.EXPIRING);
      expect(states.some((status) => !ROSTERABLE.includes(status))).toBe(true);
    }
  });

  /** The brief's catalogue, written out here so the test checks the seed against it rather than against itself. */
  const CATALOGUE: ReadonlyArray<[code: string, title: string, level: string, credits: number, hours: number, delivery: string, validity: number | null, active: boolean, requirements: string[]]> = [
    ['CRD-3', 'Coordinating a child contact centre', 'LEVEL_3', 6, 24, 'BLENDED', null, true, ['COORDINATOR/*']],
    ['CVT-1', 'Core volunteer training', 'LEVEL_1', 3, 12, 'BLENDED', 36, true, ['*/SUPPORTED_CONTACT']],
    ['DAA-2', 'Domestic abuse awareness', 'LEVEL_2', 2, 8, 'ONLINE', 36, true, []],
    ['DPE-E', 'Data protection essentials', 'ENTRY', 1, 3, 'ONLINE', 24, true, ['COORDINATOR/*', 'STAFF/*']],
    ['EDI-1', 'Equality, diversity and inclusion', 'LEVEL_1', 2, 6, 'ONLINE', null, true, []],
    ['HEC-1', 'Handovers and escorted contact', 'LEVEL_1', 2, 6, 'IN_PERSON', null, true, []],
    ['LSW-2', 'Life-story work with children', 'LEVEL_2', 3, 12, 'BLENDED', null, false, []],
    ['OBS-3', 'Observation and report writing', 'LEVEL_3', 4, 18, 'BLENDED', null, true, ['*/SUPERVISED_ASSESSMENT']],
    ['PFA-E', 'Paediatric first aid', 'ENTRY', 1, 6, 'IN_PERSON', 36, true, []],
    ['SAF-1', 'Safeguarding children and young people', 'LEVEL_2', 3, 9, 'IN_PERSON', 36, true, ['*/*']],
    ['SCP-3', 'Supervised contact practice', 'LEVEL_3', 6, 30, 'IN_PERSON', null, true, ['*/SUPERVISED_ASSESSMENT', '*/SUPERVISED_CONTACT']],
    ['TRU-E', 'Trustee essentials', 'ENTRY', 1, 3, 'ONLINE', null, true, ['TRUSTEE/*']],
  ];

  it("has the catalogue's 12 courses, described, with exactly its requirement rows", async () => {
    const courses = await db.ownerQuery<{ code: string; title: string; ocn_level: string; credit_value: number; hours: number; delivery: string; validity_months: number | null; active: boolean; requirements: string[]; description: string }>(`
      select c.code, c.title, c.ocn_level, c.credit_value, c.guided_learning_hours::float8 as hours, c.delivery, c.validity_months, c.active, c.description,
             coalesce((select array_agg(coalesce(q.person_type, '*') || '/' || coalesce(q.service_type, '*') order by coalesce(q.person_type, '*') || '/' || coalesce(q.service_type, '*'))
                       from course_requirement q where q.course_id = c.id), '{}') as requirements
      from course c order by c.code`);
    expect(courses.map((c) => [c.code, c.title, c.ocn_level, c.credit_value, c.hours, c.delivery, c.validity_months, c.active, c.requirements])).toEqual(CATALOGUE);
    for (const { code, description } of courses) {
      expect({ code, length: description.length > 60 && description.length < 400 }).toEqual({ code, length: true });
      expect({ code, american: /\b(center|organiz|behavior|color|program)\w*/i.test(description) }).toEqual({ code, american: false });
    }
  });

  it(`gives people still working on ${SEED_AS_OF} a realistic mix of mandatory training: mostly current, some expiring, expired or missing`, async () => {
    const rows = await asOf<{ state: TrainingState; n: number }>(
      SEED_AS_OF,
      `select pc.training_status as state, count(*)::int as n from person_clearance pc join person p on p.id = pc.person_id where p.status = 'ACTIVE' group by 1`,
    );
    const total = rows.reduce((sum, r) => sum + r.n, 0);
    const share = Object.fromEntries(rows.map((r) => [r.state, r.n / total])) as Record<TrainingState, number>;
    expect(Object.keys(share).sort()).toEqual(Object.values(TrainingState).sort());
    expect(share.CURRENT).toBeGreaterThan(0.65);
    expect(share.CURRENT).toBeLessThan(0.9);
    expect(share.EXPIRING).toBeGreaterThan(0.04);
    expect(share.EXPIRED).toBeGreaterThan(0.03);
    expect(share.MISSING).toBeGreaterThan(0.03);
    for (const state of [TrainingState.EXPIRING, TrainingState.EXPIRED, TrainingState.MISSING]) expect(share[state]).toBeLessThan(0.15);
  });

  it('folds training into each clearance status after the DBS (a DBS reason first, then training missing or expired, then a DBS expiring, then training expiring), and every combined state appears', async () => {
    const rows = await asOf<{ dbs: DbsClearanceStatus; training: TrainingState; status: ClearanceStatus; n: number }>(
      SEED_AS_OF,
      `select ${DBS_STATUS} as dbs, pc.training_status as training, pc.status, count(*)::int as n
       from person_clearance pc join person p on p.id = pc.person_id where p.status = 'ACTIVE' group by 1, 2, 3`,
    );
    const expected = ({ dbs, training }: { dbs: DbsClearanceStatus; training: TrainingState }): ClearanceStatus => {
      if (dbs !== ClearanceStatus.CLEARED && dbs !== ClearanceStatus.EXPIRING) return dbs;
      if (training === TrainingState.MISSING) return ClearanceStatus.TRAINING_MISSING;
      if (training === TrainingState.EXPIRED) return ClearanceStatus.TRAINING_EXPIRED;
      if (dbs === ClearanceStatus.EXPIRING) return ClearanceStatus.EXPIRING;
      return training === TrainingState.EXPIRING ? ClearanceStatus.TRAINING_EXPIRING : ClearanceStatus.CLEARED;
    };
    expect(rows.filter((r) => r.status !== expected(r))).toEqual([]);
    expect([...new Set(rows.map((r) => r.status))].sort()).toEqual(Object.values(ClearanceStatus).sort());
    // Each rule of precedence is met by someone.
    const some = (test: (r: (typeof rows)[number]) => boolean) => rows.some((r) => test(r) && r.n > 0);
    expect(some((r) => !ROSTERABLE.includes(r.dbs) && r.training !== TrainingState.CURRENT)).toBe(true);
    expect(some((r) => r.dbs === ClearanceStatus.EXPIRING && r.training === TrainingState.MISSING)).toBe(true);
    expect(some((r) => r.dbs === ClearanceStatus.EXPIRING && r.training === TrainingState.EXPIRING)).toBe(true);
    const total = rows.reduce((sum, r) => sum + r.n, 0);
    const cannotBeRostered = rows.filter((r) => !ROSTERABLE.includes(r.status)).reduce((sum, r) => sum + r.n, 0);
    expect(cannotBeRostered / total).toBeGreaterThan(0.1);
    expect(cannotBeRostered / total).toBeLessThan(0.3);
  });

  it('has about 40,000 training records at scale 1: mostly NACCC cohorts of completed sessions, some external training, the odd absence or fail', async () => {
    const [facts] = await db.ownerQuery<Record<'total' | 'in_sessions' | 'external' | 'completing', number> & Record<string, number>>(`select
      count(*)::int as total,
      count(*) filter (where session_id is not null)::int as in_sessions,
      count(*) filter (where source = 'EXTERNAL')::int as external,
      count(*) filter (where outcome in ('ATTENDED', 'PASSED', 'CREDITS_AWARDED'))::int as completing,
      count(*) filter (where outcome = 'DID_NOT_ATTEND')::int as absent,
      count(*) filter (where outcome = 'FAILED')::int as failed,
      count(*) filter (where completed_on >= $1::date)::int as after_as_of,
      count(*) filter (where outcome = 'DID_NOT_ATTEND' and hours <> 0)::int as absent_with_hours,
      count(*) filter (where credits > 0 and outcome not in ('PASSED', 'CREDITS_AWARDED'))::int as credits_without_pass,
      (select count(*)::int from training_record r join person p on p.id = r.person_id where p.organisation_id <> r.organisation_id) as of_another_tenant,
      (select count(*)::int from training_record r join person p on p.id = r.person_id where r.completed_on >= coalesce(p.leave_date, $1::date)) as after_leaving,
      (select count(*)::int from training_record r join course c on c.id = r.course_id where r.credits > c.credit_value or r.hours > c.guided_learning_hours) as beyond_course,
      (select count(*)::int from training_record r join course_session s on s.id = r.session_id
        where r.course_id <> s.course_id or s.status <> 'COMPLETED' or r.completed_on <> (s.ends_at at time zone 'Europe/London')::date
           or r.hours > extract(epoch from s.ends_at - s.starts_at) / 3600) as unlike_their_session,
      (select count(*)::int from training_record r where r.session_id is not null
        and not exists (select 1 from session_enrolment e where e.session_id = r.session_id and e.person_id = r.person_id and e.status = 'CONFIRMED')) as not_enrolled
      from training_record`, [SEED_AS_OF]);
    const f = facts!;
    expect(f.total).toBeGreaterThan(36_000);
    expect(f.total).toBeLessThan(44_000);
    expect(f.in_sessions / f.total).toBeGreaterThan(0.5);
    expect(f.external / f.total).toBeGreaterThan(0.05);
    expect(f.external / f.total).toBeLessThan(0.2);
    expect(f.completing / f.total).toBeGreaterThan(0.9);
    expect(f.absent).toBeGreaterThan(200);
    expect(f.failed).toBeGreaterThan(100);
    expect(f).toMatchObject({ after_as_of: 0, absent_with_hours: 0, credits_without_pass: 0, of_another_tenant: 0, after_leaving: 0, beyond_course: 0, unlike_their_session: 0, not_enrolled: 0 });
    const providers = await db.ownerQuery<{ external_provider: string }>(`select distinct external_provider from training_record where source = 'EXTERNAL'`);
    expect(providers.some((p) => p.external_provider.endsWith('Safeguarding Children Partnership'))).toBe(true);
  });

  it('timetables sessions over the last three years and the next four months, in every region and online; past ones completed with their cohort, a few cancelled', async () => {
    const [facts] = await db.ownerQuery<Record<string, number | boolean>>(`select
      count(*) filter (where status = 'COMPLETED')::int as completed,
      count(*) filter (where status = 'SCHEDULED' and starts_at > $1::date)::int as upcoming,
      count(*) filter (where status = 'CANCELLED' and starts_at < $1::date)::int as cancelled_past,
      count(*) filter (where status = 'CANCELLED' and starts_at > $1::date)::int as cancelled_upcoming,
      count(*) filter (where (status = 'COMPLETED' and ends_at >= $1::date) or (status = 'SCHEDULED' and starts_at < $1::date))::int as out_of_step,
      min(starts_at) > $1::date - interval '40 months' and min(starts_at) < $1::date - interval '34 months' as from_three_years_ago,
      max(starts_at) < $1::date + interval '4 months 5 days' and max(starts_at) > $1::date + interval '3 months' as to_four_months_ahead,
      count(distinct region)::int as regions,
      count(*) filter (where online_link is not null)::int as online,
      count(*) filter (where online_link !~ '^https://')::int as links_not_https,
      (select count(*)::int from course_session s join course c on c.id = s.course_id
        where (c.delivery = 'ONLINE') <> (s.venue is null and s.region is null) or (c.delivery = 'IN_PERSON') <> (s.online_link is null)) as delivery_mismatch,
      (select count(*)::int from course_session s join course c on c.id = s.course_id where not c.active and s.starts_at > $1::date) as retired_upcoming,
      (select count(*)::int from course_session s where s.status = 'COMPLETED' and not exists (select 1 from training_record r where r.session_id = s.id)) as completed_without_cohort,
      (select count(*)::int from course_session s where s.status = 'CANCELLED' and exists (select 1 from session_enrolment e where e.session_id = s.id)) as cancelled_with_places,
      (select count(*)::int from course_session s where s.capacity < (select count(*) from session_enrolment e where e.session_id = s.id)) as over_capacity
      from course_session`, [SEED_AS_OF]);
    expect(facts).toMatchObject({
      out_of_step: 0,
      from_three_years_ago: true,
      to_four_months_ahead: true,
      regions: Object.values(Region).length,
      links_not_https: 0,
      delivery_mismatch: 0,
      retired_upcoming: 0,
      completed_without_cohort: 0,
      cancelled_with_places: 0,
      over_capacity: 0,
    });
    expect(facts!.completed).toBeGreaterThan(300);
    expect(facts!.upcoming).toBeGreaterThan(30);
    expect(facts!.online).toBeGreaterThan(50);
    expect(facts!.cancelled_past).toBeGreaterThan(0);
    expect(facts!.cancelled_upcoming).toBeGreaterThan(0);

    const [places] = await db.ownerQuery<Record<string, number>>(`select
      count(*) filter (where e.status = 'REQUESTED')::int as requested,
      count(*) filter (where e.status = 'CONFIRMED')::int as confirmed,
      count(distinct e.organisation_id)::int as organisations,
      count(*) filter (where p.status <> 'ACTIVE')::int as leavers,
      count(*)::float / (select sum(capacity) from course_session where status = 'SCHEDULED' and starts_at > $1::date) as filled
      from session_enrolment e join course_session s on s.id = e.session_id join person p on p.id = e.person_id
      where s.starts_at > $1::date`, [SEED_AS_OF]);
    expect(places!.requested).toBeGreaterThan(50);
    expect(places!.confirmed).toBeGreaterThan(50);
    expect(places!.organisations).toBeGreaterThan(60);
    expect(places!.leavers).toBe(0);
    expect(places!.filled).toBeGreaterThan(0.1);
    expect(places!.filled).toBeLessThan(0.8);
    expect(await db.ownerQuery(`select count(*) filter (where e.status <> 'CONFIRMED')::int as n from session_enrolment e join course_session s on s.id = e.session_id where s.status = 'COMPLETED'`)).toEqual([{ n: 0 }]);
  });

  it("shows every training state in each demo scope among people whose DBS is in order, and a place asked for on an upcoming session", async () => {
    const scopes = await db.ownerQuery<{ email: string; organisation_id: string; centre_ids: string[] }>(
      `select u.email, g.organisation_id, g.centre_ids from app_user u join user_grant g on g.user_id = u.id where u.email in ('orgadmin1@naccc.test', 'orgadmin2@naccc.test', 'coordinator1@naccc.test')`,
    );
    expect(scopes).toHaveLength(3);
    for (const scope of scopes) {
      const coordinator = scope.email.startsWith('coordinator');
      const inScope = coordinator ? 'p.centre_ids && $1::uuid[]' : 'p.organisation_id = $1';
      const states = await asOf<{ state: TrainingState }>(
        SEED_AS_OF,
        `select distinct pc.training_status as state from person p join person_clearance pc on pc.person_id = p.id
         where p.status = 'ACTIVE' and ${inScope} and ${DBS_STATUS} = 'CLEARED' order by 1`,
        [coordinator ? scope.centre_ids : scope.organisation_id],
      );
      expect({ scope: scope.email, states: states.map((s) => s.state) }).toEqual({ scope: scope.email, states: [...Object.values(TrainingState)].sort() });
      const requested = await db.ownerQuery<{ n: number }>(
        `select count(*)::int as n from session_enrolment e join course_session s on s.id = e.session_id join person p on p.id = e.person_id
         where e.status = 'REQUESTED' and s.status = 'SCHEDULED' and s.starts_at > $2::date + interval '21 days' and ${inScope}`,
        [coordinator ? scope.centre_ids : scope.organisation_id, SEED_AS_OF],
      );
      expect({ scope: scope.email, requested: requested[0]!.n > 0 }).toEqual({ scope: scope.email, requested: true });
    }
  });

  it(`leaves the retention job on ${SEED_AS_OF} no certificate number to purge, and people who left more than six years ago to erase`, async () => {
    const other = await createTestDatabase();
    try {
      await seedNetwork({ clientUrl: other.ownerUrl, scale: 0.2, logger });
      const outcome = await runRetention({ ownerUrl: other.ownerUrl, policy: { certificateRetentionMonths: 6, retentionYears: 6 }, now: new Date(`${SEED_AS_OF}T12:00:00Z`) });
      expect(outcome).toMatchObject({ ran: true, today: SEED_AS_OF, certificatesPurged: 0 });
      expect(outcome.peopleErased).toBeGreaterThan(0);
    } finally {
      await other.drop();
    }
  }, SEEDING_MS);

  it('refuses to seed over existing data unless asked to reset', async () => {
    await expect(seedNetwork({ clientUrl: db.ownerUrl, scale: 0.1, logger })).rejects.toThrow(/--reset/);
    const summary = await seedNetwork({ clientUrl: db.ownerUrl, scale: 0.1, logger, reset: true });
    expect(summary).toMatchObject({ organisations: 12, centres: 35, people: 500 });
    expect(await db.ownerQuery('select count(*)::int as n from person')).toEqual([{ n: 500 }]);
    await seedNetwork({ clientUrl: db.ownerUrl, scale: 1, logger, reset: true });
  }, SEEDING_MS);

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
