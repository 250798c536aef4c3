import pino from 'pino';
import { RequestContext } from '../common/request-context';
import { Role } from '../auth/role';
import { createTestApp, dataOf, type TestApp, type TestSession } from '../test/app';
import { switchOffTenantFilter } from '../test/database';
import { graphql } from '../test/gql';
import { createUser } from '../test/identities';
import { insertCentre, insertDbsCheck, insertOrganisation, insertPerson } from '../test/safeguarding';
import { recordEvent, SERVER_WRITTEN_ACTIONS, type AuditedAction } from './audit.service';

const AiExportPeople = graphql(`
  query AiExportPeople($filter: PersonFilter) {
    peopleCsv(filter: $filter)
  }
`);

const AiExportOrganisation = graphql(`
  query AiExportOrganisation($id: ID!) {
    exportOrganisation(id: $id)
  }
`);

const AiExportTraining = graphql(`
  query AiExportTraining($records: TrainingRecordFilter, $matrix: TrainingMatrixFilter) {
    trainingRecordsCsv(filter: $records)
    trainingMatrixCsv(filter: $matrix)
  }
`);

const AiImportPeople = graphql(`
  mutation AiImportPeople($organisationId: ID!, $csv: String!) {
    importPeople(organisationId: $organisationId, csv: $csv) {
      imported
    }
  }
`);

const AiReveal = graphql(`
  mutation AiReveal($id: ID!, $reason: String!) {
    revealDbsCertificateNumber(id: $id, reason: $reason)
  }
`);

const AiInvite = graphql(`
  mutation AiInvite($email: String!, $organisationId: ID) {
    createUser(email: $email, displayName: "Invited Person", role: ORG_ADMIN, organisationId: $organisationId) {
      id
      inviteToken
    }
  }
`);

const AiAcceptInvite = graphql(`
  mutation AiAcceptInvite($token: String!, $password: String!) {
    acceptInvite(token: $token, password: $password)
  }
`);

const AiChangePassword = graphql(`
  mutation AiChangePassword($currentPassword: String!, $newPassword: String!) {
    changePassword(currentPassword: $currentPassword, newPassword: $newPassword)
  }
`);

const AiLogout = graphql(`
  mutation AiLogout {
    logout
  }
`);

const AiLogin = graphql(`
  mutation AiLogin($email: String!, $password: String!) {
    login(email: $email, password: $password) {
      id
    }
  }
`);

/** Every event the server writes, whoever writes it: the application, or the reveal's database function. */
type ServerWrittenEvent = AuditedAction | 'DBS_CERTIFICATE_REVEALED';

/**
 * The audit trail's integrity, proved with the application's tenant filter switched off: an
 * entry's organisation and actor come from the request's own scope and identity, and Postgres
 * refuses the application role any other (the audit_event insert policy).
 */
describe("the audit trail: nobody writes into another organisation's", () => {
  let t: TestApp;
  let orgA: string;
  let orgB: string;
  let centreA: string;
  let checkB: string;
  const users: Record<'hq' | 'training' | 'adminA' | 'coordinatorA' | 'assessorA' | 'adminB', string> = {} as never;
  const sessions: Partial<Record<keyof typeof users, TestSession>> = {};

  beforeAll(async () => {
    t = await createTestApp();
    switchOffTenantFilter(t.db.orm);
    orgA = await insertOrganisation(t.db, 'Organisation A');
    orgB = await insertOrganisation(t.db, 'Organisation B');
    centreA = await insertCentre(t.db, orgA, 'Centre A');
    const centreB = await insertCentre(t.db, orgB, 'Centre B');
    const personA = await insertPerson(t.db, orgA, { familyName: 'Adebayo', centreIds: [centreA] });
    await insertDbsCheck(t.db, personA, { level: 'ENHANCED', issueDate: '2025-01-10' });
    const personB = await insertPerson(t.db, orgB, { familyName: 'Brennan', centreIds: [centreB] });
    checkB = await insertDbsCheck(t.db, personB, { level: 'ENHANCED', issueDate: '2025-01-10' });
    // A training record of B's, so a training export naming B has something to leak.
    await t.db.ownerQuery(
      `insert into training_record (id, person_id, organisation_id, source, external_course, external_provider, completed_on, outcome)
       values (gen_random_uuid(), $1, $2, 'EXTERNAL', 'Paediatric first aid', 'St John Ambulance', '2025-03-01', 'ATTENDED')`,
      [personB, orgB],
    );
    users.hq = await createUser(t.db, { email: 'hq@naccc.test', grants: [{ role: Role.NATIONAL_ADMIN }] });
    users.training = await createUser(t.db, { email: 'training@naccc.test', grants: [{ role: Role.TRAINING_TEAM }] });
    users.adminA = await createUser(t.db, { email: 'admin-a@a.test', grants: [{ role: Role.ORG_ADMIN, organisationId: orgA }] });
    users.coordinatorA = await createUser(t.db, {
      email: 'coordinator-a@a.test',
      grants: [{ role: Role.CENTRE_COORDINATOR, organisationId: orgA, centreIds: [centreA] }],
    });
    users.assessorA = await createUser(t.db, { email: 'assessor@naccc.test', grants: [{ role: Role.ASSESSOR, centreIds: [centreA] }] });
    await createUser(t.db, { email: 'volunteer-admin@a.test', grants: [{ role: Role.ORG_ADMIN, organisationId: orgA }] });
    users.adminB = await createUser(t.db, { email: 'admin-b@b.test', grants: [{ role: Role.ORG_ADMIN, organisationId: orgB }] });
    sessions.adminA = await t.signIn('admin-a@a.test');
    sessions.coordinatorA = await t.signIn('coordinator-a@a.test');
    sessions.assessorA = await t.signIn('assessor@naccc.test');
  });
  afterAll(() => t.close());

  const trailOf = (organisationId: string) =>
    t.db.ownerQuery<{ action: string; actor_user_id: string | null }>(`select action, actor_user_id from audit_event where organisation_id = $1`, [organisationId]);

  describe('the database refuses an entry outside the request’s scope', () => {
    /** A request context of someone holding these grants, inside its own transaction, rolled back afterwards. */
    async function asRequest(userId: string, grants: Array<{ role: Role; organisationId?: string | null; centreIds?: string[] }>, work: (ctx: RequestContext) => Promise<void>) {
      const identity = {
        sessionId: 'spec',
        userId,
        email: 'spec@naccc.test',
        displayName: 'Spec',
        grants: grants.map((grant) => ({ role: grant.role, organisationId: grant.organisationId ?? null, centreIds: grant.centreIds ?? [] })),
      };
      const ctx = new RequestContext(t.db.orm.em.fork(), 'audit-integrity', pino({ level: 'silent' }), '127.0.0.1', identity);
      await ctx.beginRequestTransaction();
      try {
        await work(ctx);
      } finally {
        await ctx.em.rollback();
      }
    }

    // Functions: the ids exist only once beforeAll has run.
    const members = [
      ['an org admin of A', () => users.adminA, () => [{ role: Role.ORG_ADMIN, organisationId: orgA }]],
      ['a coordinator at A', () => users.coordinatorA, () => [{ role: Role.CENTRE_COORDINATOR, organisationId: orgA, centreIds: [centreA] }]],
      ['an assessor of a centre of A', () => users.assessorA, () => [{ role: Role.ASSESSOR, centreIds: [centreA] }]],
    ] as const;

    const everyAction: ServerWrittenEvent[] = [...SERVER_WRITTEN_ACTIONS, 'DBS_CERTIFICATE_REVEALED'];

    it.each(members)('for %s, every event type naming organisation B is refused; naming A or nobody is accepted', async (_who, user, grants) => {
      const before = await trailOf(orgB);
      for (const action of everyAction) {
        await asRequest(user(), grants(), async (ctx) => {
          await expect(recordEvent(ctx, { action: action as AuditedAction, entityType: 'Person', organisationId: orgB })).rejects.toThrow(/row-level security/);
        });
        await asRequest(user(), grants(), async (ctx) => {
          await recordEvent(ctx, { action: action as AuditedAction, entityType: 'Person', organisationId: orgA });
        });
        await asRequest(user(), grants(), async (ctx) => {
          await recordEvent(ctx, { action: action as AuditedAction, entityType: 'Person', organisationId: null });
        });
      }
      expect(await trailOf(orgB)).toEqual(before);
    });

    it('refuses the row-change triggers of a write that would land in B (through the same policy)', async () => {
      await asRequest(users.adminA, [{ role: Role.ORG_ADMIN, organisationId: orgA }], async (ctx) => {
        // As if the application let the write through: the policy on audit_event still stands.
        await expect(
          ctx.em.execute(`insert into audit_event (id, occurred_at, actor_user_id, organisation_id, action, entity_type)
                          values (gen_random_uuid(), now(), app.uuid_or_null('app.user_id'), ?, 'UPDATE', 'Centre')`, [orgB]),
        ).rejects.toThrow(/row-level security/);
      });
    });

    it('refuses an entry in anyone else’s name, whatever its organisation', async () => {
      await asRequest(users.adminA, [{ role: Role.ORG_ADMIN, organisationId: orgA }], async (ctx) => {
        await expect(
          ctx.em.execute(`insert into audit_event (id, occurred_at, actor_user_id, organisation_id, action, entity_type)
                          values (gen_random_uuid(), now(), ?, ?, 'EXPORT', 'Person')`, [users.adminB, orgA]),
        ).rejects.toThrow(/row-level security/);
      });
    });

    it('lets head office and the training team write into any organisation’s trail (their scope is the network)', async () => {
      for (const [user, role] of [[users.hq, Role.NATIONAL_ADMIN], [users.training, Role.TRAINING_TEAM]] as const) {
        await asRequest(user, [{ role }], async (ctx) => {
          await recordEvent(ctx, { action: 'EXPORT', entityType: 'Person', organisationId: orgB });
        });
      }
    });
  });

  describe('no server-written event lands in another organisation’s trail through the API', () => {
    /**
     * Each event type, attempted against organisation B by the roles of organisation A. Typed by
     * the list of events, so a new event type fails to compile until it is tried here too.
     */
    const attempts: Record<ServerWrittenEvent, () => Promise<void>> = {
      LOGIN: async () => {
        await t.signIn('admin-a@a.test');
      },
      LOGIN_FAILED: async () => {
        await t.graphql(AiLogin, { email: 'admin-b@b.test', password: 'not the password at all' });
      },
      LOGOUT: async () => {
        const session = await t.signIn('coordinator-a@a.test');
        dataOf(await session.graphql(AiLogout, {}));
      },
      PASSWORD_SET: async () => {
        const session = await t.signIn('volunteer-admin@a.test');
        dataOf(await session.graphql(AiChangePassword, { currentPassword: 'correct horse battery staple', newPassword: 'a brand new passphrase' }));
        const invited = dataOf(await sessions.adminA!.graphql(AiInvite, { email: 'new-admin@a.test', organisationId: orgA })).createUser!;
        dataOf(await t.graphql(AiAcceptInvite, { token: invited.inviteToken!, password: 'another brand new passphrase' }));
      },
      INVITE_ISSUED: async () => {
        const refused = await sessions.adminA!.graphql(AiInvite, { email: 'intruder@b.test', organisationId: orgB });
        expect(refused.errors?.[0]?.extensions?.code).toMatch(/FORBIDDEN|NOT_FOUND|BAD_USER_INPUT/);
      },
      EXPORT: async () => {
        for (const who of ['adminA', 'coordinatorA', 'assessorA'] as const) {
          expect(dataOf(await sessions[who]!.graphql(AiExportPeople, { filter: { organisationId: orgB } })).peopleCsv).not.toMatch(/Brennan/);
        }
        const refused = await sessions.adminA!.graphql(AiExportOrganisation, { id: orgB });
        expect(refused.errors?.[0]?.extensions?.code).toMatch(/FORBIDDEN|NOT_FOUND/);
        // The training exports (entity types TrainingRecord and TrainingMatrix) follow the same rule.
        for (const who of ['adminA', 'coordinatorA', 'assessorA'] as const) {
          const files = dataOf(await sessions[who]!.graphql(AiExportTraining, { records: { organisationId: orgB }, matrix: { organisationId: orgB } }));
          expect(files.trainingRecordsCsv + files.trainingMatrixCsv).not.toMatch(/Brennan|Paediatric/);
        }
      },
      IMPORT: async () => {
        const csv = 'Given name,Family name,Type,Start date\nIvy,Intruder,Volunteer,01/02/2025';
        for (const who of ['adminA', 'coordinatorA'] as const) {
          const refused = await sessions[who]!.graphql(AiImportPeople, { organisationId: orgB, csv });
          expect(refused.errors?.[0]?.extensions?.code).toMatch(/FORBIDDEN|NOT_FOUND/);
        }
      },
      DBS_CERTIFICATE_REVEALED: async () => {
        const answer = await sessions.adminA!.graphql(AiReveal, { id: checkB, reason: 'Trying to read another organisation’s number' });
        expect(answer.data?.revealDbsCertificateNumber ?? null).toBeNull();
      },
    };

    it.each(Object.keys(attempts) as ServerWrittenEvent[])('%s', async (event) => {
      const before = await trailOf(orgB);
      const others = await t.db.ownerQuery<{ n: string }>(`select count(*) as n from audit_event where organisation_id is distinct from $1`, [orgB]);
      await attempts[event]();
      expect(await trailOf(orgB)).toEqual(before);
      // The attempt was not silent either: it is in the actor's own trail or the network's.
      const after = await t.db.ownerQuery<{ n: string }>(`select count(*) as n from audit_event where organisation_id is distinct from $1`, [orgB]);
      if (!['INVITE_ISSUED', 'IMPORT', 'DBS_CERTIFICATE_REVEALED'].includes(event)) expect(Number(after[0]!.n)).toBeGreaterThan(Number(others[0]!.n));
    });

    it('records a sign-in and an accepted invitation in the name of the account proved, and a failed sign-in in nobody’s', async () => {
      const entries = await t.db.ownerQuery<{ action: string; actor_user_id: string | null; entity_id: string | null }>(
        `select action, actor_user_id, entity_id from audit_event where action in ('LOGIN', 'LOGIN_FAILED', 'PASSWORD_SET') order by occurred_at`,
      );
      expect(entries.filter((e) => e.action === 'LOGIN').every((e) => e.actor_user_id === e.entity_id)).toBe(true);
      expect(entries.filter((e) => e.action === 'PASSWORD_SET').every((e) => e.actor_user_id === e.entity_id)).toBe(true);
      expect(entries.filter((e) => e.action === 'LOGIN_FAILED').every((e) => e.actor_user_id === null)).toBe(true);
      expect(entries.map((e) => e.action)).toEqual(expect.arrayContaining(['LOGIN', 'LOGIN_FAILED', 'PASSWORD_SET']));
    });
  });
});
