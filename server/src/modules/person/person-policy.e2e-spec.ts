import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { getNamedType, getNullableType, isObjectType, parse, type GraphQLObjectType } from 'graphql';
import { buildGraphQLSchema } from '../../schema/build-schema';
import { createTestApp, dataOf, type TestApp, type TestSession } from '../../test/app';
import { graphql } from '../../test/gql';
import { createUser } from '../../test/identities';
import { insertCentre, insertDbsCheck, insertOrganisation, insertPerson } from '../../test/safeguarding';
import { Role } from '../../auth/role';
import { PERSON_FIELD_POLICY, type FieldAccess } from './person.policy';

const PpUpdatePhone = graphql(`
  mutation PpUpdatePhone($id: ID!, $phone: String) {
    updatePerson(id: $id, phone: $phone) {
      id
      phone
    }
  }
`);

const PpRecordCheck = graphql(`
  mutation PpRecordCheck($personId: ID!) {
    createDbsCheck(
      personId: $personId
      jurisdiction: DBS
      level: ENHANCED_BARRED
      workforce: CHILD
      certificateNumber: "009988776655"
      issueDate: "2026-02-01"
      decision: CLEARED_AFTER_RISK_ASSESSMENT
      decidedBy: "Priya Safeguarding-Lead"
    ) {
      id
    }
  }
`);

const PpAuditTrail = graphql(`
  query PpAuditTrail($filter: AuditEventFilter) {
    allAuditEvents(filter: $filter, perPage: 500) {
      action
      entityType
      changes
    }
  }
`);

const PpDbsChecks = graphql(`
  query PpDbsChecks {
    allDbsChecks(perPage: 500) {
      id
      organisationId
    }
  }
`);

const PpExportOrganisation = graphql(`
  query PpExportOrganisation($id: ID!) {
    exportOrganisation(id: $id)
  }
`);

const PpPeopleCsv = graphql(`
  query PpPeopleCsv($filter: PersonFilter) {
    peopleCsv(filter: $filter)
  }
`);

/** 1 June 2026: the person's DBS (enhanced, issued 2022, at a supervised centre) does not let them be rostered, so they are on the dashboard's list. */
const NOW = new Date('2026-06-01T09:00:00Z');

type Person = Record<string, unknown>;

/**
 * The field-level policy for a person (person.policy.ts), role by role and field by field,
 * through every path a person takes: one record, a list, the dashboard's lists, a search, the
 * CSV export and the organisation export. The documents are built from the policy table itself,
 * and the table is held equal to the schema, so a new field is tested as soon as it is placed.
 */
describe('who sees what of a person', () => {
  let t: TestApp;
  let orgA: string;
  let orgB: string;
  let centreA: string;
  let person: string;
  let personB: string;
  let checkA: string;
  let checkB: string;
  const as: Record<string, TestSession> = {};

  /** The policed type of each object field a person's selection reaches (organisation is the organisation's, not the person's). */
  const NESTED: Record<string, Record<string, keyof typeof PERSON_FIELD_POLICY>> = {
    Person: { centreHistory: 'CentreAssignment', training: 'PersonTraining', trainingRecords: 'TrainingRecord' },
    PersonTraining: { mandatory: 'MandatoryCourse' },
  };
  const selectionOf = (type: keyof typeof PERSON_FIELD_POLICY): string =>
    Object.keys(PERSON_FIELD_POLICY[type])
      .map((field) => {
        if (type === 'Person' && field === 'organisation') return 'organisation { id name }';
        const nested = NESTED[type]?.[field];
        return nested ? `${field} { ${selectionOf(nested)} }` : field;
      })
      .join(' ');
  /** Every field of Person, with the sub-fields of its objects, as the policy lists them. */
  const everyField = selectionOf('Person');
  const untyped = (text: string) => parse(text) as unknown as TypedDocumentNode<Record<string, unknown>, Record<string, unknown>>;
  const OnePerson = untyped(`query PpOne($id: ID!) { Person(id: $id) { ${everyField} } }`);
  const ListPeople = untyped(`query PpList($filter: PersonFilter, $sortField: String) { allPeople(filter: $filter, sortField: $sortField, perPage: 100) { ${everyField} } }`);
  const Summary = untyped(`query PpSummary { clearanceSummary { cannotBeRostered { ${everyField} } } }`);

  beforeAll(async () => {
    t = await createTestApp({ now: NOW });
    orgA = await insertOrganisation(t.db, 'Organisation A');
    orgB = await insertOrganisation(t.db, 'Organisation B');
    centreA = await insertCentre(t.db, orgA, 'Supervised Centre A', ['SUPERVISED_CONTACT']);
    const otherCentreA = await insertCentre(t.db, orgA, 'Other Centre A');
    const centreB = await insertCentre(t.db, orgB, 'Centre B');
    person = await insertPerson(t.db, orgA, { givenName: 'Dana', familyName: 'Okafor', email: 'dana.okafor@example.org', centreIds: [centreA] });
    await t.db.ownerQuery(`update person set phone = '0115 496 0123', notes = 'Prefers Saturday sessions' where id = $1`, [person]);
    checkA = await insertDbsCheck(t.db, person, { level: 'ENHANCED', issueDate: '2022-05-01' });
    personB = await insertPerson(t.db, orgB, { givenName: 'Bryn', familyName: 'Evans', email: 'bryn@example.org', centreIds: [centreB] });
    checkB = await insertDbsCheck(t.db, personB, { level: 'ENHANCED', issueDate: '2022-05-01' });
    // Training, so its nested fields carry something to withhold or show: a course mandatory for
    // everyone, which she completed, and an external course her organisation recorded.
    const [course] = await t.db.ownerQuery<{ id: string }>(
      `insert into course (id, code, title, ocn_level, credit_value, guided_learning_hours, delivery, validity_months)
       values (gen_random_uuid(), 'CVT-1', 'Core volunteer training', 'LEVEL_1', 3, 12, 'BLENDED', 36) returning id`,
    );
    await t.db.ownerQuery(`insert into course_requirement (id, course_id) values (gen_random_uuid(), $1)`, [course!.id]);
    await t.db.ownerQuery(
      `insert into training_record (id, person_id, organisation_id, source, course_id, completed_on, outcome, credits, hours, certificate_ref)
       values (gen_random_uuid(), $1, $2, 'NACCC', $3, '2025-09-01', 'PASSED', 3, 12, 'OCN-0001')`,
      [person, orgA, course!.id],
    );
    await t.db.ownerQuery(
      `insert into training_record (id, person_id, organisation_id, source, external_course, external_provider, completed_on, outcome, hours)
       values (gen_random_uuid(), $1, $2, 'EXTERNAL', 'Paediatric first aid', 'St John Ambulance', '2026-03-01', 'ATTENDED', 6)`,
      [person, orgA],
    );

    const accounts: Array<[string, Array<{ role: Role; organisationId?: string; centreIds?: string[] }>]> = [
      ['adminA', [{ role: Role.ORG_ADMIN, organisationId: orgA }]],
      ['coordinatorA', [{ role: Role.CENTRE_COORDINATOR, organisationId: orgA, centreIds: [centreA] }]],
      ['otherCoordinatorA', [{ role: Role.CENTRE_COORDINATOR, organisationId: orgA, centreIds: [otherCentreA] }]],
      ['assessor', [{ role: Role.ASSESSOR, centreIds: [centreA] }]],
      ['hq', [{ role: Role.NATIONAL_ADMIN }]],
      ['training', [{ role: Role.TRAINING_TEAM }]],
      ['adminB', [{ role: Role.ORG_ADMIN, organisationId: orgB }]],
      // Grants of two kinds: full sight of the people they lead, limited sight of the rest.
      ['adminBAssessingA', [{ role: Role.ORG_ADMIN, organisationId: orgB }, { role: Role.ASSESSOR, centreIds: [centreA] }]],
      ['hqAndAdminB', [{ role: Role.NATIONAL_ADMIN }, { role: Role.ORG_ADMIN, organisationId: orgB }]],
    ];
    for (const [name, grants] of accounts) {
      await createUser(t.db, { email: `${name.toLowerCase()}@policy.test`, grants });
      as[name] = await t.signIn(`${name.toLowerCase()}@policy.test`);
    }
  });
  afterAll(() => t.close());

  const readAs = async (who: string): Promise<Person> => dataOf(await as[who]!.graphql(OnePerson, { id: person })).Person as Person;

  /** Who leads Dana's safeguarding (sees every field), and who sees her with the limited set. */
  const LEADS = ['adminA', 'coordinatorA'];
  const LIMITED = ['hq', 'training', 'assessor', 'adminBAssessingA', 'hqAndAdminB'];

  describe('one person, field by field', () => {
    it('gives her leads every field the model holds', async () => {
      const full = await readAs('adminA');
      expect(full).toMatchObject({ email: 'dana.okafor@example.org', phone: '0115 496 0123', notes: 'Prefers Saturday sessions', latestDbsLevel: 'ENHANCED' });
      expect(full).toMatchObject({
        trainingStatus: 'CURRENT',
        training: { mandatory: [{ courseCode: 'CVT-1', state: 'CURRENT', completedOn: '2025-09-01', expiresOn: '2028-09-01' }], hoursLast12Months: 18, creditsLast12Months: 3 },
        trainingRecords: [{ courseTitle: 'Paediatric first aid', source: 'EXTERNAL' }, { courseCode: 'CVT-1', certificateRef: 'OCN-0001' }],
      });
      expect(await readAs('coordinatorA')).toEqual(full);
    });

    it.each(LIMITED)('gives %s what their work needs, and null for every field only leads see', async (who) => {
      const full = await readAs('adminA');
      const seen = await readAs(who);
      for (const [field, access] of Object.entries(PERSON_FIELD_POLICY.Person) as Array<[string, FieldAccess]>) {
        expect([field, seen[field]]).toEqual([field, access === 'leads' ? null : full[field]]);
      }
    });

    it('is not found at all by someone who cannot see her', async () => {
      for (const who of ['adminB', 'otherCoordinatorA']) {
        expect((await as[who]!.graphql(OnePerson, { id: person })).data?.Person ?? null).toBeNull();
      }
    });
  });

  describe('the same policy on every other path', () => {
    it.each([...LEADS, ...LIMITED])('holds for %s in lists and on the dashboard', async (who) => {
      const single = await readAs(who);
      const listed = (dataOf(await as[who]!.graphql(ListPeople, { filter: { ids: [person] } })).allPeople as Person[])[0];
      const dashboard = (dataOf(await as[who]!.graphql(Summary, {})).clearanceSummary as { cannotBeRostered: Person[] }).cannotBeRostered.find((p) => p.id === person);
      expect(listed).toEqual(single);
      expect(dashboard).toEqual(single);
    });

    it('searches email addresses only for those who may read them', async () => {
      const found = async (who: string) => (dataOf(await as[who]!.graphql(ListPeople, { filter: { q: 'okafor@example' } })).allPeople as Person[]).map((p) => p.id);
      expect(await found('adminA')).toEqual([person]);
      expect(await found('coordinatorA')).toEqual([person]);
      for (const who of ['hq', 'training', 'assessor', 'adminBAssessingA', 'hqAndAdminB']) expect(await found(who)).toEqual([]);
      // Someone with two kinds of grant finds by email exactly the people they lead.
      const bryn = async (who: string) => (dataOf(await as[who]!.graphql(ListPeople, { filter: { q: 'bryn@example' } })).allPeople as Person[]).map((p) => p.id);
      expect(await bryn('hqAndAdminB')).toEqual([personB]);
      expect(await bryn('hq')).toEqual([]);
    });

    it('sorts by email only for those who read every address they see (otherwise by name)', async () => {
      const order = async (who: string) =>
        (dataOf(await as[who]!.graphql(ListPeople, { sortField: 'email' })).allPeople as Person[]).map((p) => p.familyName);
      expect(await order('hq')).toEqual(['Evans', 'Okafor']);
      expect(await order('adminA')).toEqual(['Okafor']);
    });

    it('leaves the columns a role may not see out of the CSV file, and empties them on rows of people it does not lead', async () => {
      const rows = async (who: string) => (dataOf(await as[who]!.graphql(PpPeopleCsv, {})).peopleCsv as string).replace(/^\uFEFF/, '').split('\r\n').filter(Boolean);
      const [hqHeader, ...hqRows] = await rows('hq');
      expect(hqHeader).not.toMatch(/Email|Phone|Latest DBS level/);
      expect(hqRows.join('\n')).not.toMatch(/example\.org|496 0123/);
      const [mixedHeader, ...mixedRows] = await rows('hqAndAdminB');
      expect(mixedHeader).toMatch(/Email,Phone/);
      expect(mixedRows.find((row) => row.startsWith('Bryn'))).toMatch(/bryn@example\.org/);
      expect(mixedRows.find((row) => row.startsWith('Dana'))).not.toMatch(/example\.org|496 0123/);
    });

    it("gives head office an organisation export with clearance status only, and the organisation's admin the DBS decisions", async () => {
      const hqCopy = dataOf(await as.hq!.graphql(PpExportOrganisation, { id: orgA })).exportOrganisation as { people: Person[]; dbsChecks: unknown[] };
      expect(hqCopy.dbsChecks).toEqual([]);
      expect(hqCopy.people).toHaveLength(1);
      expect(hqCopy.people[0]).toMatchObject({ givenName: 'Dana', email: null, phone: null, notes: null, clearanceStatus: (await readAs('hq')).clearanceStatus });
      expect(JSON.stringify(hqCopy)).not.toMatch(/okafor@example\.org|496 0123|Saturday|Safeguarding Lead|ENHANCED/);

      const ownCopy = dataOf(await as.adminA!.graphql(PpExportOrganisation, { id: orgA })).exportOrganisation as { people: Person[]; dbsChecks: Array<Record<string, unknown>> };
      expect(ownCopy.people[0]).toMatchObject({ email: 'dana.okafor@example.org', phone: '0115 496 0123', notes: 'Prefers Saturday sessions' });
      expect(ownCopy.dbsChecks).toEqual([expect.objectContaining({ id: checkA, decision: 'CLEARED', decidedBy: 'Safeguarding Lead' })]);
      // Every field of an exported person is placed in the policy.
      for (const record of [...hqCopy.people, ...ownCopy.people]) {
        expect(Object.keys(record).filter((key) => !(key in PERSON_FIELD_POLICY.Person))).toEqual([]);
      }
      const [entry] = await t.db.ownerQuery<{ changes: Record<string, number> }>(
        `select changes from audit_event where action = 'EXPORT' and entity_type = 'Organisation' and organisation_id = $1 order by occurred_at limit 1`,
        [orgA],
      );
      expect(entry!.changes).toMatchObject({ format: 'json', people: 1, dbsChecks: 0 });
    });

    it('lists DBS checks only to their leads, whatever other grants the caller holds', async () => {
      const ids = async (who: string) => {
        const answer = await as[who]!.graphql(PpDbsChecks, {});
        return answer.errors ? answer.errors[0]!.extensions!.code : (answer.data!.allDbsChecks as Array<{ id: string }>).map((c) => c.id).sort();
      };
      expect(await ids('adminA')).toEqual([checkA]);
      expect(await ids('adminBAssessingA')).toEqual([checkB]);
      expect(await ids('hqAndAdminB')).toEqual([checkB]);
      expect(await ids('hq')).toBe('FORBIDDEN');
      expect(await ids('assessor')).toBe('FORBIDDEN');
    });
  });

  describe('the audit trail of people and DBS checks', () => {
    it('says which fields changed, who and when, and keeps no value: head office reads no DBS particulars there', async () => {
      dataOf(await as.adminA!.graphql(PpUpdatePhone, { id: person, phone: '0115 496 0999' }));
      dataOf(await as.coordinatorA!.graphql(PpRecordCheck, { personId: person }));
      const trail = dataOf(await as.hq!.graphql(PpAuditTrail, {})).allAuditEvents.filter((e) => ['Person', 'DbsCheck'].includes(e.entityType) && ['CREATE', 'UPDATE', 'DELETE'].includes(e.action));
      expect(trail.length).toBeGreaterThanOrEqual(6);
      for (const entry of trail) {
        for (const change of Object.values(entry.changes as Record<string, unknown>)) expect(change).toEqual({ redacted: true });
      }
      expect(trail.find((e) => e.entityType === 'Person' && e.action === 'UPDATE')!.changes).toEqual({ phone: { redacted: true } });
      expect(JSON.stringify(trail)).not.toMatch(/Priya|ENHANCED|CLEARED|2026-02-01|0115|Okafor|Dana/);
    });
  });

  describe('regression guard', () => {
    it('places every field of every person-bearing type in the policy, and nothing else', async () => {
      const schema = await buildGraphQLSchema();
      for (const [typeName, fields] of Object.entries(PERSON_FIELD_POLICY)) {
        const type = schema.getType(typeName) as GraphQLObjectType;
        expect([typeName, Object.keys(type.getFields()).sort()]).toEqual([typeName, Object.keys(fields).sort()]);
      }
    });

    it('can withhold every field only leads see (each is nullable in the schema)', async () => {
      const type = (await buildGraphQLSchema()).getType('Person') as GraphQLObjectType;
      for (const [field, access] of Object.entries(PERSON_FIELD_POLICY.Person)) {
        if (access === 'leads') expect([field, getNullableType(type.getFields()[field]!.type) === type.getFields()[field]!.type]).toEqual([field, true]);
      }
    });

    it('finds no other type carrying a person: a new one (say, a training record) is placed in the policy first', async () => {
      const schema = await buildGraphQLSchema();
      const policed = new Set(Object.keys(PERSON_FIELD_POLICY));
      // Types that hold people only through fields of a policed type (whose fields the policy governs):
      // a centre's people, a session's enrolments, a recorded cohort's records, the matrix's rows.
      const carriers = new Set(['Query', 'Mutation', 'ClearanceSummary', 'Centre', 'CourseSession', 'CohortAttendanceResult', 'TrainingMatrix']);
      const unplaced = Object.values(schema.getTypeMap())
        .filter(isObjectType)
        .filter((type) => !type.name.startsWith('__') && !policed.has(type.name) && !carriers.has(type.name))
        .filter((type) => Object.values(type.getFields()).some((field) => field.name === 'personId' || policed.has(getNamedType(field.type).name)))
        .map((type) => type.name);
      expect(unplaced).toEqual([]);
    });

    it("places every object a person-bearing type holds too: what is nested in a person's data is theirs", async () => {
      const schema = await buildGraphQLSchema();
      const policed = new Set(Object.keys(PERSON_FIELD_POLICY));
      // Person.organisation is the organisation's record (its own rules apply), not the person's.
      const references = new Set(['Organisation']);
      const unplaced = [...policed].flatMap((typeName) =>
        Object.values((schema.getType(typeName) as GraphQLObjectType).getFields())
          .map((field) => getNamedType(field.type))
          .filter((type) => isObjectType(type) && !policed.has(type.name) && !references.has(type.name))
          .map((type) => `${typeName} > ${type.name}`),
      );
      expect(unplaced).toEqual([]);
    });

    it("matches the README's table of who sees what, field by field", () => {
      const readme = readFileSync(path.resolve(__dirname, '../../../../README.md'), 'utf8');
      const table = readme.split('<!-- person-field-policy -->')[1]?.split('<!-- /person-field-policy -->')[0];
      expect(table).toBeDefined();
      const rows = new Map(
        table!
          .split('\n')
          .filter((line) => line.startsWith('| `'))
          .map((line) => line.split('|').map((cell) => cell.trim()))
          .map(([, field, seenBy]) => [/`([^`]+)`/.exec(field!)![1]!, seenBy!.startsWith('everyone') ? 'everyone' : 'leads']),
      );
      // DbsCheck is one row in words ("every field"): all of its fields are for leads.
      expect(rows.get('DbsCheck.*')).toBe('leads');
      // A type whose fields are all seen alike may be one such row (`Type.*`); any other, field by field.
      const policy = new Map<string, string>();
      for (const [type, fields] of Object.entries(PERSON_FIELD_POLICY)) {
        const whole = rows.get(`${type}.*`);
        if (whole) {
          expect([type, [...new Set(Object.values(fields))]]).toEqual([type, [whole]]);
          rows.delete(`${type}.*`);
        } else {
          for (const [field, access] of Object.entries(fields)) policy.set(`${type}.${field}`, access);
        }
      }
      expect(policy).toEqual(rows);
    });
  });
});
