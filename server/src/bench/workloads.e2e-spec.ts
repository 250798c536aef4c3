import { parse } from 'graphql';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { seedNetwork } from '../seed/seed';
import { createTestApp, dataOf, type TestApp } from '../test/app';
import pino from 'pino';
import { prepareCohorts } from './cohort-fixture';
import { fixtureOf, RECORD_COHORT, WORKLOADS, type OwnerQuery, type ReadyWorkload } from './workloads';

/**
 * The fast guard of issue 6: each benchmark workload's document, on a small seeded network, sends
 * exactly the pinned number of SQL statements. Not timed (timings belong in `pnpm bench`), but an
 * N+1 regression or an extra round trip fails CI. Lower a pin when a change saves a statement.
 */
const PINNED: Record<string, { data: number; control: number }> = {
  // the session; the page with each row's clearance and training status, centre history and the
  // total in one statement (people.read.ts; organisation { id } is answered without a query)
  W1: { data: 2, control: 3 },
  // the session; the organisation; its centres; their people with their training records (one
  // statement for every centre: the people read model builds each person's records in it):
  // 1 + 3 list levels, the session included
  W2: { data: 4, control: 3 },
  // the session; the session row locked and its places counted; its enrolments; every row
  // inserted or corrected in one statement; the session marked completed (returning the row the
  // answer's session is made from); the records read back with the fields selected. As many as
  // the raw baseline. Control: the mutation's @Transaction is a savepoint inside the request's
  // transaction
  W5: { data: 6, control: 5 },
  // login: the public rate limit's count, the sign-in throttle, the user, the session, the last
  // sign-in, the audit entry; then me: the session, the user with grants, the grants' organisations.
  // Control: the sign-in's transaction also names the account it has just proved as the actor.
  W6: { data: 9, control: 7 },
};

describe('benchmark workloads: SQL statements per request', () => {
  let t: TestApp;
  let owner: OwnerQuery;
  // Seeding (the training records among it) can take most of a minute on a busy 2-core machine.
  beforeAll(async () => {
    t = await createTestApp();
    await seedNetwork({ clientUrl: t.db.ownerUrl, scale: 0.1, logger: pino({ level: 'silent' }) });
    owner = (text, values) => t.db.ownerQuery(text, values);
  }, 180_000);
  afterAll(() => t.close());

  const ready = WORKLOADS.filter((w): w is ReadyWorkload => w.status === 'ready');

  const send = (document: string, variables: Record<string, unknown>, cookie?: string) =>
    t.graphql(parse(document) as TypedDocumentNode<Record<string, unknown>, Record<string, unknown>>, variables, cookie ? { cookie } : {});

  it('has a pin for every ready workload', () => {
    expect(ready.map((w) => w.id).filter((id) => !PINNED[id])).toEqual([]);
  });

  it.each(ready.map((w) => [w.id, w] as const))('%s sends the pinned number of statements', async (_id, workload) => {
    const session = workload.as === 'anonymous' ? undefined : await t.signIn(workload.as, 'naccc-demo');
    const fixture = await fixtureOf(workload, owner, { concurrency: 1 });
    const lease = fixture.next();
    const { data, control } = await t.db.sql.during(async () => {
      let cookie = session?.cookie;
      if (workload.signsIn) {
        const response = await fetch(`${t.url}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ query: workload.signsIn.document, variables: workload.signsIn.variables }),
        });
        cookie = response.headers.getSetCookie()[0]?.split(';')[0];
      }
      const response = await send(workload.document, lease.variables, cookie);
      lease.done(response);
      const answer = dataOf(response);
      // A guard over an empty answer would count nothing worth counting.
      expect(Object.values(answer).every((value) => value !== null && (!Array.isArray(value) || value.length > 0))).toBe(true);
    });
    await fixture.cleanUp?.();
    // The statements are shown when the count is not the pinned one.
    const pin = PINNED[workload.id]!;
    expect({ data: data.length, control: control.length, statements: data.length === pin.data ? 'as pinned' : data }).toEqual({ ...pin, statements: 'as pinned' });
  });

  it("W2's answer has something at every level: centres, their people, and training records", async () => {
    const workload = ready.find((w) => w.id === 'W2')!;
    const session = await t.signIn(workload.as, 'naccc-demo');
    const { variables } = (await fixtureOf(workload, owner, { concurrency: 1 })).next();
    type Answer = { Organisation: { centres: Array<{ people: Array<{ trainingRecords: unknown[] }> }> } };
    const answer = dataOf(await send(workload.document, variables, session.cookie)) as unknown as Answer;
    const people = answer.Organisation.centres.flatMap((centre) => centre.people);
    expect(answer.Organisation.centres.length).toBeGreaterThan(1);
    expect(people.length).toBeGreaterThan(answer.Organisation.centres.length);
    expect(people.filter((person) => person.trainingRecords.length).length).toBeGreaterThan(0);
  });

  it('W5 sends as many statements for 5 people as for 40, first recording or correction', async () => {
    const session = await t.signIn('training@naccc.test', 'naccc-demo');
    const counted: Record<string, { data: number; control: number; written: number }> = {};
    for (const people of [5, 40]) {
      const fixture = await prepareCohorts(owner, { sessions: 1, people });
      for (const pass of ['first', 'correction']) {
        const lease = fixture.next();
        const { data, control, result } = await t.db.sql.during(async () => {
          const response = await send(RECORD_COHORT, lease.variables, session.cookie);
          lease.done(response);
          return dataOf(response).recordCohortAttendance as { created: number; corrected: number; records: unknown[] };
        });
        expect(result.records).toHaveLength(people);
        counted[`${people} people, ${pass}`] = { data: data.length, control: control.length, written: pass === 'first' ? result.created : result.corrected };
      }
      await fixture.cleanUp();
    }
    const expected = (written: number) => ({ ...PINNED.W5!, written });
    expect(counted).toEqual({
      '5 people, first': expected(5),
      '5 people, correction': expected(5),
      '40 people, first': expected(40),
      '40 people, correction': expected(40),
    });
  });
});
