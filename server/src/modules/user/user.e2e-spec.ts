import { createTestApp, dataOf, type TestApp, type TestSession } from '../../test/app';
import { graphql } from '../../test/gql';
import { createUser } from '../../test/identities';
import { Role } from '../../auth/role';

const InviteCoordinator = graphql(`
  mutation InviteCoordinator($email: String!, $organisationId: ID!, $centreIds: [ID!]) {
    createUser(email: $email, displayName: "Pat Coordinator", role: CENTRE_COORDINATOR, organisationId: $organisationId, centreIds: $centreIds) {
      id
      email
      inviteToken
      grants {
        id
        role
        organisationId
        centreIds
      }
    }
  }
`);

const InviteWith = graphql(`
  mutation InviteOrgAdmin($email: String!, $displayName: String!, $organisationId: ID!) {
    createUser(email: $email, displayName: $displayName, role: ORG_ADMIN, organisationId: $organisationId) {
      id
    }
  }
`);

const Users = graphql(`
  query UsersOfOrganisation($filter: UserFilter) {
    allUsers(filter: $filter, sortField: "email") {
      email
      grants {
        role
      }
    }
    _allUsersMeta(filter: $filter) {
      count
    }
  }
`);

const AddGrant = graphql(`
  mutation AddAdminGrant($userId: ID!, $organisationId: ID!) {
    addGrant(userId: $userId, role: ORG_ADMIN, organisationId: $organisationId) {
      id
      grants {
        id
        role
      }
    }
  }
`);

const RemoveGrant = graphql(`
  mutation RemoveGrant($grantId: ID!) {
    removeGrant(grantId: $grantId) {
      id
    }
  }
`);

const DeactivateSelf = graphql(`
  mutation DeactivateSelf($id: ID!) {
    updateUser(id: $id, active: false) {
      id
    }
  }
`);

const AuditTrail = graphql(`
  query AuditTrail($filter: AuditEventFilter) {
    allAuditEvents(filter: $filter) {
      action
      entityType
      organisationId
      actorUserId
      changes
    }
  }
`);

describe('user administration by an organisation administrator', () => {
  let t: TestApp;
  let admin: TestSession;
  let adminId: string;
  let orgId: string;
  let centreId: string;

  beforeAll(async () => {
    t = await createTestApp();
    [{ id: orgId }] = (await t.db.ownerQuery<{ id: string }>(
      `insert into organisation (id, name, type, contact_email, region) values (gen_random_uuid(), 'Hope Family Contact', 'CHARITY', 'a@b.org', 'WALES') returning id`,
    )) as [{ id: string }];
    [{ id: centreId }] = (await t.db.ownerQuery<{ id: string }>(
      `insert into centre (id, organisation_id, name, postcode, latitude, longitude, region, service_types, referral_routes, languages)
       values (gen_random_uuid(), $1, 'Hope Centre', 'CF10 1AA', 51.48, -3.18, 'WALES', '{SUPPORTED_CONTACT}', '{}', '{Welsh}') returning id`,
      [orgId],
    )) as [{ id: string }];
    adminId = await createUser(t.db, { email: 'admin@hope.test', grants: [{ role: Role.ORG_ADMIN, organisationId: orgId }] });
    await createUser(t.db, { email: 'hq@naccc.test', grants: [{ role: Role.NATIONAL_ADMIN }] });
    admin = await t.signIn('admin@hope.test');
  });
  afterAll(() => t.close());

  it('invites a coordinator for one of its centres, and the grant change is audited', async () => {
    const invited = dataOf(await admin.graphql(InviteCoordinator, { email: 'pat@hope.test', organisationId: orgId, centreIds: [centreId] })).createUser!;
    expect(invited).toMatchObject({ email: 'pat@hope.test', grants: [{ role: 'CENTRE_COORDINATOR', organisationId: orgId, centreIds: [centreId] }] });
    expect(invited.inviteToken).toBeTruthy();
    const trail = dataOf(await admin.graphql(AuditTrail, { filter: { entityType: 'Grant' } })).allAuditEvents;
    expect(trail).toContainEqual(expect.objectContaining({ action: 'CREATE', entityType: 'Grant', organisationId: orgId, actorUserId: adminId }));
  });

  it('lists the people working for the organisation', async () => {
    const users = dataOf(await admin.graphql(Users, {}));
    expect(users.allUsers.map((u) => u.email)).toEqual(['admin@hope.test', 'pat@hope.test']);
    expect(users._allUsersMeta.count).toBe(2);
    expect(dataOf(await admin.graphql(Users, { filter: { role: 'CENTRE_COORDINATOR' } })).allUsers.map((u) => u.email)).toEqual(['pat@hope.test']);
  });

  it('promotes and demotes within its organisation, but never removes its own administrator role or account', async () => {
    const [pat] = await t.db.ownerQuery<{ id: string }>(`select id from app_user where email = 'pat@hope.test'`);
    const promoted = dataOf(await admin.graphql(AddGrant, { userId: pat!.id, organisationId: orgId })).addGrant!;
    const adminGrant = promoted.grants.find((g) => g.role === 'ORG_ADMIN')!;
    dataOf(await admin.graphql(RemoveGrant, { grantId: adminGrant.id }));
    expect(await t.db.ownerQuery(`select role from user_grant where user_id = $1`, [pat!.id])).toEqual([{ role: 'CENTRE_COORDINATOR' }]);

    const [own] = await t.db.ownerQuery<{ id: string }>(`select id from user_grant where user_id = $1`, [adminId]);
    expect((await admin.graphql(RemoveGrant, { grantId: own!.id })).errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
    expect((await admin.graphql(DeactivateSelf, { id: adminId })).errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'active' });
    expect(await t.db.ownerQuery(`select count(*)::int as n from user_grant where user_id = $1`, [adminId])).toEqual([{ n: 1 }]);
  });

  it('cannot change someone who also has a role elsewhere in the network', async () => {
    const [other] = await t.db.ownerQuery<{ id: string }>(
      `insert into organisation (id, name, type, contact_email, region) values (gen_random_uuid(), 'Elsewhere', 'CHARITY', 'e@b.org', 'LONDON') returning id`,
    );
    const sharedId = await createUser(t.db, {
      email: 'shared@naccc.test',
      grants: [
        { role: Role.ORG_ADMIN, organisationId: orgId },
        { role: Role.ORG_ADMIN, organisationId: other!.id },
      ],
    });
    const response = await admin.graphql(DeactivateSelf, { id: sharedId });
    expect(response.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(await t.db.ownerQuery('select active from app_user where id = $1', [sharedId])).toEqual([{ active: true }]);
  });

  it.each([
    [{ email: 'not an email' }, 'email'],
    [{ displayName: '   ' }, 'displayName'],
    [{ displayName: 'x'.repeat(121) }, 'displayName'],
    [{ email: `${'a'.repeat(250)}@hope.test` }, 'email'],
  ])('refuses %p as BAD_USER_INPUT naming %s, writing nothing', async (override, field) => {
    const before = await t.db.ownerQuery('select count(*)::int as n from app_user');
    const response = await admin.graphql(InviteWith, { email: 'sam@hope.test', displayName: 'Sam', organisationId: orgId, ...override });
    expect(response.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    expect(await t.db.ownerQuery('select count(*)::int as n from app_user')).toEqual(before);
  });
});
