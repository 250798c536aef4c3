import { parse } from 'graphql';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { Client } from 'pg';
import pino from 'pino';
import { seedNetwork } from '../seed/seed';
import { createTestApp, dataOf, type TestApp } from '../test/app';
import { isTransactionControl } from '../test/database';
import { SCOPE_SETTINGS_SQL } from '../tenancy/database-scope';
import { MEMBER_LIST, ORGANISATION_TRAINING, RECORD_COHORT, COHORT_SIZE } from './workloads';
import { prepareCohorts } from './cohort-fixture';
import { createUser } from '../test/identities';
import { Role } from '../auth/role';

/**
 * The hottest requests' statements are served by indexes (issue 6): each statement a request
 * sends is EXPLAINed as the application role, under the same scope settings, with sequential
 * scans priced out. A Seq Scan that remains means no index can serve that predicate, which at
 * 100x the network is a full scan per request.
 */
const WATCHED = new Set([
  'person', 'dbs_check', 'person_centre_assignment', 'user_session', 'user_grant', 'app_user', 'centre', 'organisation',
  // Training's tables that grow with the network (sessions with time). The catalogue (course,
  // course_requirement: a dozen courses whatever the scale) is read whole, as it should be.
  'training_record', 'session_enrolment', 'course_session',
]);

type PlanNode = { 'Node Type': string; 'Relation Name'?: string; Plans?: PlanNode[] };

function seqScans(node: PlanNode): string[] {
  const own = node['Node Type'] === 'Seq Scan' && node['Relation Name'] && WATCHED.has(node['Relation Name']) ? [node['Relation Name']] : [];
  return [...own, ...(node.Plans ?? []).flatMap(seqScans)];
}

describe('query plans of the hottest requests', () => {
  let t: TestApp;
  let app: Client;
  // Seeding (the training records among it) can take most of a minute on a busy 2-core machine.
  beforeAll(async () => {
    t = await createTestApp();
    await seedNetwork({ clientUrl: t.db.ownerUrl, scale: 0.3, logger: pino({ level: 'silent' }) });
    await t.db.ownerQuery('analyze');
    app = new Client({ connectionString: t.db.appUrl });
    await app.connect();
  }, 180_000);
  afterAll(async () => {
    await app.end();
    await t.close();
  });

  /**
   * Sends a request, then EXPLAINs every data statement it sent under the settings it ran with
   * (EXPLAIN alone runs nothing, so a write's plan is read without writing).
   */
  async function plansOf(email: string, document: string, variables: Record<string, unknown>): Promise<Array<{ sql: string; seqScans: string[] }>> {
    const session = await t.signIn(email, 'naccc-demo');
    await t.db.sql.during(async () => {
      dataOf(await session.graphql(parse(document) as TypedDocumentNode<Record<string, unknown>, Record<string, unknown>>, variables));
    });
    const calls = [...t.db.sql.calls];
    const settings = calls.find((call) => call.sql.startsWith(SCOPE_SETTINGS_SQL.slice(0, 20)));
    const results: Array<{ sql: string; seqScans: string[] }> = [];
    for (const call of calls.filter((c) => !isTransactionControl(c.sql) && /^\s*(select|with|insert|update|delete)\b/i.test(c.sql))) {
      await app.query('begin');
      try {
        if (settings) await app.query(settings.sql, [...settings.params]);
        await app.query('set local enable_seqscan = off');
        const { rows } = await app.query<{ 'QUERY PLAN': Array<{ Plan: PlanNode }> }>(await explainable(call.sql, call.params));
        results.push({ sql: call.sql, seqScans: seqScans(rows[0]!['QUERY PLAN'][0]!.Plan) });
      } finally {
        await app.query('rollback');
      }
    }
    return results;
  }

  /**
   * MikroORM's statements carry their values (`?`, written in); prepared ones ($1...) are planned
   * once and reused, so the plan to check is the generic one, made without the values.
   */
  async function explainable(sql: string, params: readonly unknown[]): Promise<string> {
    if (!/\$1\b/.test(sql)) return `explain (format json) ${t.db.orm.em.getPlatform().formatQuery(sql, [...params])}`;
    await app.query('deallocate all');
    await app.query('set local plan_cache_mode = force_generic_plan');
    await app.query(`prepare watched as ${sql}`);
    // The values as the driver sends them: arrays (of ids or statuses, no commas) as array literals.
    const text = (value: unknown) => (Array.isArray(value) ? `{${value.join(',')}}` : value instanceof Date ? value.toISOString() : String(value));
    const literals = params.map((value) => (value === null ? 'null' : app.escapeLiteral(text(value))));
    return `explain (format json) execute watched (${literals.join(', ')})`;
  }

  it('would notice a statement no index can serve (the check can fail)', async () => {
    await app.query('begin');
    try {
      await app.query(`select set_config('app.national', 'true', true)`);
      await app.query('set local enable_seqscan = off');
      const { rows } = await app.query<{ 'QUERY PLAN': Array<{ Plan: PlanNode }> }>(`explain (format json) select id from person where phone = '0113 496 0000'`);
      expect(seqScans(rows[0]!['QUERY PLAN'][0]!.Plan)).toEqual(['person']);
    } finally {
      await app.query('rollback');
    }
  });

  it.each([
    ['W1, an org admin', 'orgadmin1@naccc.test'],
    ['W1, a centre coordinator', 'coordinator1@naccc.test'],
  ])('%s: every statement of the member list is index-served', async (_label, email) => {
    const plans = await plansOf(email, MEMBER_LIST, { page: 0, perPage: 25, filter: {} });
    expect(plans.length).toBeGreaterThanOrEqual(2);
    expect(plans.filter((p) => p.seqScans.length)).toEqual([]);
  });

  it('W1, someone with grants of two kinds (one organisation, and a centre of another): the union of both is index-served', async () => {
    const [grants] = await t.db.ownerQuery<{ organisation_id: string; centre_ids: string[]; member_of: string }>(
      `select a.organisation_id, c.centre_ids, c.organisation_id as member_of
       from user_grant a join app_user ua on ua.id = a.user_id, user_grant c join app_user uc on uc.id = c.user_id
       where ua.email = 'orgadmin2@naccc.test' and a.role = 'ORG_ADMIN' and uc.email = 'coordinator1@naccc.test' and c.role = 'CENTRE_COORDINATOR'`,
    );
    await createUser(t.db, {
      email: 'two-kinds@naccc.test',
      password: 'naccc-demo',
      grants: [
        { role: Role.ORG_ADMIN, organisationId: grants!.organisation_id },
        { role: Role.CENTRE_COORDINATOR, organisationId: grants!.member_of, centreIds: grants!.centre_ids },
      ],
    });
    const plans = await plansOf('two-kinds@naccc.test', MEMBER_LIST, { page: 0, perPage: 25, filter: {} });
    expect(plans.some((p) => / union all /.test(p.sql))).toBe(true);
    expect(plans.filter((p) => p.seqScans.length)).toEqual([]);
  });

  it('W2, an org admin: every statement of the organisation > centres > people > training records is index-served', async () => {
    const [grant] = await t.db.ownerQuery<{ organisation_id: string }>(
      `select g.organisation_id from user_grant g join app_user u on u.id = g.user_id where u.email = 'orgadmin1@naccc.test' and g.role = 'ORG_ADMIN'`,
    );
    const plans = await plansOf('orgadmin1@naccc.test', ORGANISATION_TRAINING, { id: grant!.organisation_id });
    expect(plans.some((p) => /from training_record r/.test(p.sql))).toBe(true);
    expect(plans.filter((p) => p.seqScans.length)).toEqual([]);
  });

  it('W5, the training team: every statement of recording a cohort of 30, writes included, is index-served', async () => {
    const cohorts = await prepareCohorts((text, values) => t.db.ownerQuery(text, values), { sessions: 1, people: COHORT_SIZE });
    try {
      const lease = cohorts.next();
      const plans = await plansOf('training@naccc.test', RECORD_COHORT, lease.variables);
      expect(plans.some((p) => /^\s*insert into training_record/.test(p.sql))).toBe(true);
      expect(plans.some((p) => /^\s*update course_session/.test(p.sql))).toBe(true);
      expect(plans.filter((p) => p.seqScans.length)).toEqual([]);
    } finally {
      await cohorts.cleanUp();
    }
  });

  it("W5: the statements inside app.hold_session_places (which EXPLAIN of its caller does not show) are index-served", async () => {
    const [session] = await t.db.ownerQuery<{ id: string }>('select id from course_session limit 1');
    const owner = new Client({ connectionString: t.db.ownerUrl });
    await owner.connect();
    try {
      await owner.query('begin');
      await owner.query('set local enable_seqscan = off');
      for (const sql of ['select 1 from course_session where id = $1 for update', 'select count(*)::int from session_enrolment where session_id = $1']) {
        await owner.query('deallocate all');
        await owner.query(`prepare watched as ${sql}`);
        const { rows } = await owner.query<{ 'QUERY PLAN': Array<{ Plan: PlanNode }> }>(`explain (format json) execute watched (${owner.escapeLiteral(session?.id ?? '00000000-0000-0000-0000-000000000000')})`);
        expect({ sql, seqScans: seqScans(rows[0]!['QUERY PLAN'][0]!.Plan) }).toEqual({ sql, seqScans: [] });
      }
    } finally {
      await owner.query('rollback');
      await owner.end();
    }
  });

  it('the clearance dashboard of an org admin is index-served', async () => {
    const plans = await plansOf('orgadmin1@naccc.test', 'query { clearanceSummary { totals { total } centres { centreId counts { total } } expiringSoon { id clearanceStatus } cannotBeRostered { id clearanceAction } } }', {});
    expect(plans.filter((p) => p.seqScans.length)).toEqual([]);
  });
});
