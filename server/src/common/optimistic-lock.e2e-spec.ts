import { parse } from 'graphql';
import { Role } from '../auth/role';
import { createTestApp, dataOf, returnedNothing, type TestApp } from '../test/app';
import { createUser } from '../test/identities';

/**
 * Every versioned edit, through one mechanism (requireVersion): the version the edit is based on
 * is checked against the record's, a stale one is a CONFLICT with the record type's own sentence
 * and changes nothing, and no version (or null) means no check. Each accepted edit increments it.
 */
type Ids = { organisation: string; centre: string; user: string; person: string; dbsCheck: string };

const EDITS: Array<{ mutation: string; table: string; id: keyof Ids; variables: string; change: Record<string, unknown>; asOrgAdmin: boolean; message: string }> = [
  {
    mutation: 'updateOrganisation', table: 'organisation', id: 'organisation', variables: '$name: String', change: { name: 'Renamed Trust' }, asOrgAdmin: false,
    message: 'This organisation was changed by someone else since you opened it; reload to see their changes',
  },
  {
    mutation: 'updateCentre', table: 'centre', id: 'centre', variables: '$openingPattern: String', change: { openingPattern: 'Sundays' }, asOrgAdmin: false,
    message: 'This centre was changed by someone else since you opened it; reload to see their changes',
  },
  {
    mutation: 'updateUser', table: 'app_user', id: 'user', variables: '$displayName: String', change: { displayName: 'Renamed' }, asOrgAdmin: false,
    message: 'This user was changed by someone else since you opened it; reload to see their changes',
  },
  {
    mutation: 'updatePerson', table: 'person', id: 'person', variables: '$notes: String', change: { notes: 'Weekends' }, asOrgAdmin: true,
    message: 'This person was changed by someone else since you opened the record; reload to see their changes',
  },
  {
    mutation: 'updateDbsCheck', table: 'dbs_check', id: 'dbsCheck', variables: '$decidedBy: String', change: { decidedBy: 'Another Lead' }, asOrgAdmin: true,
    message: 'This DBS check was changed by someone else since you opened it; reload to see their changes',
  },
];

describe('optimistic locking of every versioned edit', () => {
  let t: TestApp;
  let hq: string;
  let orgAdmin: string;
  let ids: Ids;

  beforeAll(async () => {
    t = await createTestApp();
    await createUser(t.db, { email: 'hq@naccc.test', grants: [{ role: Role.NATIONAL_ADMIN }] });
    hq = (await t.signIn('hq@naccc.test')).cookie;
    const [organisation] = await t.db.ownerQuery<{ id: string }>(
      `insert into organisation (id, name, type, contact_email, region) values (gen_random_uuid(), 'Versioned Trust', 'CHARITY', 'a@b.org', 'LONDON') returning id`,
    );
    const [centre] = await t.db.ownerQuery<{ id: string }>(
      `insert into centre (id, organisation_id, name, address_line1, town, postcode, latitude, longitude, region, service_types, referral_routes, languages)
       values (gen_random_uuid(), $1, 'Versioned Centre', 'Hall', 'London', 'E1 6AN', 51.5, -0.07, 'LONDON', '{SUPPORTED_CONTACT}', '{}', '{}') returning id`,
      [organisation!.id],
    );
    const user = await createUser(t.db, { email: 'target@naccc.test', grants: [{ role: Role.CENTRE_COORDINATOR, organisationId: organisation!.id, centreIds: [centre!.id] }] });
    const [person] = await t.db.ownerQuery<{ id: string }>(
      `insert into person (id, organisation_id, given_name, family_name, person_type, start_date, centre_ids)
       values (gen_random_uuid(), $1, 'Target', 'Person', 'VOLUNTEER', '2025-01-06', $2) returning id`,
      [organisation!.id, [centre!.id]],
    );
    await t.db.ownerQuery(`insert into person_centre_assignment (id, person_id, organisation_id, centre_id, started_on) values (gen_random_uuid(), $1, $2, $3, '2025-01-06')`, [
      person!.id,
      organisation!.id,
      centre!.id,
    ]);
    const [dbsCheck] = await t.db.ownerQuery<{ id: string }>(
      `insert into dbs_check (id, person_id, organisation_id, jurisdiction, level, workforce, certificate_number, issue_date, decision, decided_by, decided_at)
       values (gen_random_uuid(), $1, $2, 'DBS', 'ENHANCED_BARRED', 'CHILD', '001234567890', '2025-01-10', 'CLEARED', 'Lead', '2025-01-20T10:00:00Z') returning id`,
      [person!.id, organisation!.id],
    );
    ids = { organisation: organisation!.id, centre: centre!.id, user, person: person!.id, dbsCheck: dbsCheck!.id };
    await createUser(t.db, { email: 'orgadmin@naccc.test', grants: [{ role: Role.ORG_ADMIN, organisationId: organisation!.id }] });
    orgAdmin = (await t.signIn('orgadmin@naccc.test')).cookie;
  });
  afterAll(() => t.close());

  it.each(EDITS)('$mutation: the current version is accepted, a stale one is a CONFLICT saying so, null is no check', async (edit) => {
    const [field] = Object.keys(edit.change);
    const document = parse(`mutation Edit($id: ID!, $version: Int, ${edit.variables}) { ${edit.mutation}(id: $id, version: $version, ${field}: $${field}) { version ${field} } }`);
    const send = (variables: Record<string, unknown>) => t.graphql(document, { id: ids[edit.id], ...variables }, { cookie: edit.asOrgAdmin ? orgAdmin : hq });
    const row = async () => (await t.db.ownerQuery<Record<string, unknown>>(`select * from ${edit.table} where id = $1`, [ids[edit.id]]))[0]!;

    expect(dataOf(await send({ version: 1, ...edit.change }))).toEqual({ [edit.mutation]: { version: 2, ...edit.change } });

    const before = await row();
    const stale = await send({ version: 1, [field!]: 'Stale' });
    expect(returnedNothing(stale)).toBe(true);
    expect(stale.errors).toEqual([expect.objectContaining({ message: edit.message, extensions: { code: 'CONFLICT' } })]);
    expect(await row()).toEqual(before);

    expect(dataOf(await send({ version: null, [field!]: 'Unchecked' }))).toEqual({ [edit.mutation]: { version: 3, [field!]: 'Unchecked' } });
    expect(dataOf(await send({ [field!]: 'Unchecked again' }))).toEqual({ [edit.mutation]: { version: 4, [field!]: 'Unchecked again' } });
  });
});
