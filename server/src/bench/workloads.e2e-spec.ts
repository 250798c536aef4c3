import { parse } from 'graphql';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { seedNetwork } from '../seed/seed';
import { createTestApp, dataOf, type TestApp } from '../test/app';
import pino from 'pino';
import { WORKLOADS, type ReadyWorkload } from './workloads';

/**
 * The fast guard of issue 6: each benchmark workload's document, on a small seeded network, sends
 * exactly the pinned number of SQL statements. Not timed (timings belong in `pnpm bench`), but an
 * N+1 regression or an extra round trip fails CI. Lower a pin when a change saves a statement.
 */
const PINNED: Record<string, { data: number; control: number }> = {
  // the session; the page with each row's clearance, centre history and the total in one
  // statement (people.read.ts; organisation { id } is answered without a query)
  W1: { data: 2, control: 3 },
  // login: the public rate limit's count, the sign-in throttle, the user, the session, the last
  // sign-in, the audit entry; then me: the session, the user with grants, the grants' organisations.
  // Control: the sign-in's transaction also names the account it has just proved as the actor.
  W6: { data: 9, control: 7 },
};

describe('benchmark workloads: SQL statements per request', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
    await seedNetwork({ clientUrl: t.db.ownerUrl, scale: 0.1, logger: pino({ level: 'silent' }) });
  });
  afterAll(() => t.close());

  const ready = WORKLOADS.filter((w): w is ReadyWorkload => w.status === 'ready');

  it('has a pin for every ready workload', () => {
    expect(ready.map((w) => w.id).filter((id) => !PINNED[id])).toEqual([]);
  });

  it.each(ready.map((w) => [w.id, w] as const))('%s sends the pinned number of statements', async (_id, workload) => {
    const session = workload.as === 'anonymous' ? undefined : await t.signIn(workload.as, 'naccc-demo');
    const send = (document: string, variables: Record<string, unknown>, cookie?: string) =>
      t.graphql(parse(document) as TypedDocumentNode<Record<string, unknown>, Record<string, unknown>>, variables, cookie ? { cookie } : {});
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
      const answer = dataOf(await send(workload.document, workload.variables, cookie));
      // A guard over an empty answer would count nothing worth counting.
      expect(Object.values(answer).every((value) => value !== null && (!Array.isArray(value) || value.length > 0))).toBe(true);
    });
    expect({ data: data.length, control: control.length }).toEqual(PINNED[workload.id]);
  });
});
