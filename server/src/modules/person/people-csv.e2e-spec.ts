import { parse } from 'csv-parse/sync';
import { createTestApp, dataOf, type TestApp, type TestSession } from '../../test/app';
import { graphql } from '../../test/gql';
import { createUser } from '../../test/identities';
import { Role } from '../../auth/role';

const ExportPeople = graphql(`
  query ExportPeopleCsv($filter: PersonFilter) {
    peopleCsv(filter: $filter)
  }
`);

const ImportPeople = graphql(`
  mutation ImportPeopleCsv($organisationId: ID!, $csv: String!, $dryRun: Boolean) {
    importPeople(organisationId: $organisationId, csv: $csv, dryRun: $dryRun) {
      imported
      rows
      errors {
        row
        field
        message
      }
    }
  }
`);

/** 10:00 on 1 June 2026 in London: clearance and start dates are measured from here. */
const NOW = new Date('2026-06-01T09:00:00Z');

const HEADER = 'Given name,Family name,Email,Phone,Type,Start date,Centres,Notes';

describe('people as CSV', () => {
  let t: TestApp;
  let hq: TestSession;
  let training: TestSession;
  let adminA: TestSession;
  let adminB: TestSession;
  let coordinator: TestSession;
  let assessor: TestSession;
  let orgA: string;
  let orgB: string;
  let meadows: string;
  let beeston: string;
  let roath: string;

  const one = async <Row extends Record<string, unknown>>(text: string, values?: unknown[]) => (await t.db.ownerQuery<Row>(text, values))[0]!;
  const count = async (text: string, values?: unknown[]) => Number((await one<{ n: string }>(text, values)).n);

  async function organisation(name: string): Promise<string> {
    return (await one<{ id: string }>(
      `insert into organisation (id, name, type, contact_email, region) values (gen_random_uuid(), $1, 'CHARITY', 'info@example.org.uk', 'EAST_MIDLANDS') returning id`,
      [name],
    )).id;
  }

  async function centre(organisationId: string, name: string, serviceTypes: string[]): Promise<string> {
    return (await one<{ id: string }>(
      `insert into centre (id, organisation_id, name, postcode, latitude, longitude, region, service_types, referral_routes, languages)
       values (gen_random_uuid(), $1, $2, 'NG1 5FS', 52.95, -1.15, 'EAST_MIDLANDS', $3, '{}', '{}') returning id`,
      [organisationId, name, serviceTypes],
    )).id;
  }

  async function person(organisationId: string, spec: { given: string; family: string; email?: string; phone?: string; centres: string[]; left?: string }): Promise<string> {
    const { id } = await one<{ id: string }>(
      `insert into person (id, organisation_id, given_name, family_name, email, phone, person_type, start_date, status, leave_date, centre_ids)
       values (gen_random_uuid(), $1, $2, $3, $4, $5, 'VOLUNTEER', '2020-01-06', $6, $7, $8) returning id`,
      [organisationId, spec.given, spec.family, spec.email ?? null, spec.phone ?? null, spec.left ? 'LEFT' : 'ACTIVE', spec.left ?? null, spec.centres],
    );
    for (const centreId of spec.centres) {
      await t.db.ownerQuery(
        `insert into person_centre_assignment (id, person_id, organisation_id, centre_id, started_on) values (gen_random_uuid(), $1, $2, $3, '2020-01-06')`,
        [id, organisationId, centreId],
      );
    }
    return id;
  }

  async function dbsCheck(personId: string, level: string, issueDate: string): Promise<void> {
    await t.db.ownerQuery(
      `insert into dbs_check (id, person_id, organisation_id, jurisdiction, level, workforce, certificate_number, issue_date, decision, decided_by, decided_at)
       select gen_random_uuid(), id, organisation_id, 'DBS', $2, 'CHILD', '001234567890', $3, 'CLEARED', 'Safeguarding Lead', $3::date + 5 from person where id = $1`,
      [personId, level, issueDate],
    );
  }

  /** The exported file as rows of cells, checking the framing on the way. */
  function cellsOf(csv: string): string[][] {
    expect(csv.startsWith('\ufeff')).toBe(true);
    expect(csv).toMatch(/\r\n$/);
    return parse(csv, { bom: true }) as string[][];
  }

  const exportAs = async (session: TestSession, filter?: Record<string, unknown>) => cellsOf(dataOf(await session.graphql(ExportPeople, { filter })).peopleCsv);
  const peopleIn = (organisationId: string) => count('select count(*) as n from person where organisation_id = $1', [organisationId]);

  beforeAll(async () => {
    t = await createTestApp({ now: NOW });
    orgA = await organisation('Nottingham Family Contact');
    orgB = await organisation('Cardiff Contact Services');
    meadows = await centre(orgA, 'Meadows Child Contact Centre', ['SUPPORTED_CONTACT']);
    beeston = await centre(orgA, 'Beeston Supervised Contact', ['SUPERVISED_CONTACT']);
    roath = await centre(orgB, 'Roath Contact Centre', ['SUPPORTED_CONTACT']);
    await createUser(t.db, { email: 'hq@naccc.test', grants: [{ role: Role.NATIONAL_ADMIN }] });
    await createUser(t.db, { email: 'training@naccc.test', grants: [{ role: Role.TRAINING_TEAM }] });
    await createUser(t.db, { email: 'admin-a@naccc.test', grants: [{ role: Role.ORG_ADMIN, organisationId: orgA }] });
    await createUser(t.db, { email: 'admin-b@naccc.test', grants: [{ role: Role.ORG_ADMIN, organisationId: orgB }] });
    await createUser(t.db, { email: 'coordinator@naccc.test', grants: [{ role: Role.CENTRE_COORDINATOR, organisationId: orgA, centreIds: [meadows] }] });
    await createUser(t.db, { email: 'assessor@naccc.test', grants: [{ role: Role.ASSESSOR, centreIds: [meadows] }] });
    hq = await t.signIn('hq@naccc.test');
    training = await t.signIn('training@naccc.test');
    adminA = await t.signIn('admin-a@naccc.test');
    adminB = await t.signIn('admin-b@naccc.test');
    coordinator = await t.signIn('coordinator@naccc.test');
    assessor = await t.signIn('assessor@naccc.test');

    // Cleared at both centres (the supervised one needs enhanced with the barred list).
    const injection = await person(orgA, { given: "=HYPERLINK(\"http://evil.example\",\"x\")", family: '@Injection', email: 'inject@example.org', phone: '+44 115 496 0000', centres: [meadows, beeston] });
    await dbsCheck(injection, 'ENHANCED_BARRED', '2025-01-06');
    // Expiring: three years from 01/07/2023 is within 90 days of 01/06/2026.
    const ada = await person(orgA, { given: 'Ada', family: 'Lovelace, Countess', centres: [meadows] });
    await dbsCheck(ada, 'ENHANCED', '2023-07-01');
    await person(orgA, { given: 'Bob', family: 'Quote "The Boss"', email: 'bob@example.org', centres: [beeston] });
    await person(orgA, { given: 'Len', family: 'Leaver', centres: [], left: '2024-03-31' });
    await person(orgB, { given: 'Cerys', family: 'Jones', email: 'cerys@example.org', centres: [roath] });

    // Mandatory training: a course everyone must hold, renewed every three years. The injection
    // row completed it in January 2024 (current until 10/01/2027); Ada in July 2023, so it expires
    // within 90 days (her DBS does too, which the clearance status names first); nobody else has.
    const course = (await one<{ id: string }>(
      `insert into course (id, code, title, ocn_level, credit_value, guided_learning_hours, delivery, validity_months)
       values (gen_random_uuid(), 'SAF-1', 'Safeguarding children and young people', 'LEVEL_2', 3, 9, 'IN_PERSON', 36) returning id`,
    )).id;
    await t.db.ownerQuery(`insert into course_requirement (id, course_id) values (gen_random_uuid(), $1)`, [course]);
    for (const [personId, completedOn] of [[injection, '2024-01-10'], [ada, '2023-07-20']] as const) {
      await t.db.ownerQuery(
        `insert into training_record (id, person_id, organisation_id, source, course_id, completed_on, outcome, credits, hours)
         select gen_random_uuid(), id, organisation_id, 'NACCC', $2, $3, 'PASSED', 3, 9 from person where id = $1`,
        [personId, course, completedOn],
      );
    }
  });

  afterAll(() => t.close());

  describe('export', () => {
    it("gives an organisation's admin their people, UK dates, clearance, DBS levels, formulas defused, and never a certificate number", async () => {
      const response = await adminA.graphql(ExportPeople, { filter: { organisationId: orgA } });
      const csv = dataOf(response).peopleCsv;
      expect(csv).not.toMatch(/001234567890|0012 3456/);
      const [header, ...rows] = cellsOf(csv);
      expect(header).toEqual([
        'Given name', 'Family name', 'Email', 'Phone', 'Type', 'Status', 'Start date', 'Leave date', 'Centres',
        'Clearance status', 'DBS expires on', 'Action needed', 'Mandatory training', 'Training due', 'Training expires on', 'Latest DBS level',
      ]);
      expect(rows.map((row) => row[1])).toEqual(["'@Injection", 'Leaver', 'Lovelace, Countess', 'Quote "The Boss"']);
      expect(rows[0]).toEqual([
        `'=HYPERLINK("http://evil.example","x")`, "'@Injection", 'inject@example.org', "'+44 115 496 0000", 'Volunteer', 'Active', '06/01/2020', '',
        'Beeston Supervised Contact; Meadows Child Contact Centre', 'Cleared', '06/01/2028', '', 'Current', '', '10/01/2027', "Enhanced with children's barred list",
      ]);
      expect(rows[1]).toEqual([
        'Len', 'Leaver', '', '', 'Volunteer', 'Left', '06/01/2020', '31/03/2024', '', 'Missing DBS', '', 'Do not roster: apply for an enhanced DBS check',
        'Missing', 'Safeguarding children and young people (SAF-1)', '', '',
      ]);
      expect(rows[2]).toEqual([
        'Ada', 'Lovelace, Countess', '', '', 'Volunteer', 'Active', '06/01/2020', '', 'Meadows Child Contact Centre', 'Expiring', '01/07/2026',
        'Renew by 01/07/2026: an enhanced DBS check, or an Update Service status check', 'Expiring', '', '20/07/2026', 'Enhanced',
      ]);
    });

    it('gives head office and the training team compliance status only: no contact details, no DBS level', async () => {
      for (const session of [hq, training]) {
        const [header, ...rows] = await exportAs(session);
        expect(header).toEqual([
          'Given name', 'Family name', 'Type', 'Status', 'Start date', 'Leave date', 'Centres', 'Clearance status', 'DBS expires on', 'Action needed',
          'Mandatory training', 'Training due', 'Training expires on',
        ]);
        expect(rows.map((row) => row[0])).toEqual(expect.arrayContaining(['Cerys', 'Ada']));
        expect(rows).toHaveLength(5);
        expect(rows.every((row) => row.length === 13)).toBe(true);
        // Training is not safeguarding data: head office and the training team see it.
        expect(rows.find((row) => row[0] === 'Ada')!.slice(10)).toEqual(['Expiring', '', '20/07/2026']);
        expect(JSON.stringify(rows)).not.toMatch(/Enhanced with children's barred list"|"Enhanced"|@example\.org|496 0000/);
      }
      const [, ...filtered] = await exportAs(hq, { organisationId: orgB });
      expect(filtered.map((row) => row.slice(0, 2))).toEqual([['Cerys', 'Jones']]);
    });

    it("gives a coordinator the people of their centres, with only their centres' names; an assessor no DBS levels", async () => {
      const [header, ...rows] = await exportAs(coordinator);
      expect(header).toContain('Latest DBS level');
      expect(rows.map((row) => row[0])).toEqual([`'=HYPERLINK("http://evil.example","x")`, 'Ada']);
      expect(rows[0]![8]).toBe('Meadows Child Contact Centre');
      expect(rows[0]![15]).toBe("Enhanced with children's barred list");

      const [assessorHeader, ...assessed] = await exportAs(assessor);
      expect(assessorHeader).not.toContain('Latest DBS level');
      expect(assessorHeader).not.toContain('Email');
      expect(assessorHeader).not.toContain('Phone');
      expect(JSON.stringify(assessed)).not.toMatch(/@example\.org|496 0000/);
      expect(assessed.map((row) => row[0])).toEqual([`'=HYPERLINK("http://evil.example","x")`, 'Ada']);
    });

    it('applies the list filter (clearance status, type, status, text)', async () => {
      const names = async (filter: Record<string, unknown>) => (await exportAs(adminA, filter)).slice(1).map((row) => row[0]);
      expect(await names({ clearanceStatus: 'MISSING_DBS' })).toEqual(['Len', 'Bob']);
      expect(await names({ status: 'LEFT' })).toEqual(['Len']);
      expect(await names({ q: 'lovelace' })).toEqual(['Ada']);
      expect(await names({ centreId: beeston })).toEqual([`'=HYPERLINK("http://evil.example","x")`, 'Bob']);
    });

    it('is audited, and costs the same few statements however many people it holds', async () => {
      const before = await count(`select count(*) as n from audit_event where action = 'EXPORT' and entity_type = 'Person' and organisation_id = $1`, [orgA]);
      const { data } = await t.db.sql.during(() => adminA.graphql(ExportPeople, {}));
      // The session, the people with their centres and clearance, the audit entry.
      expect(data).toHaveLength(3);
      expect(await count(`select count(*) as n from audit_event where action = 'EXPORT' and entity_type = 'Person' and organisation_id = $1`, [orgA])).toBe(before + 1);
    });

    it("is audited in the trail of each organisation whose people it holds, with how many, in one statement", async () => {
      const exports = () =>
        t.db.ownerQuery<{ organisation_id: string | null; changes: Record<string, unknown> }>(
          `select organisation_id, changes from audit_event where action = 'EXPORT' and entity_type = 'Person' and request_id = $1 order by organisation_id`,
          [lastRequest],
        );
      let lastRequest = '';
      const { data } = await t.db.sql.during(() => hq.graphql(ExportPeople, {}));
      expect(data).toHaveLength(3);
      lastRequest = (await one<{ request_id: string }>(`select request_id from audit_event where action = 'EXPORT' order by occurred_at desc limit 1`)).request_id;
      const entries = await exports();
      expect(new Map(entries.map((e) => [e.organisation_id, e.changes]))).toEqual(
        new Map([
          [orgA, { format: 'csv', people: 4, peopleInFile: 5 }],
          [orgB, { format: 'csv', people: 1, peopleInFile: 5 }],
        ]),
      );
    });

    it("writes an export that matched nobody in the caller's own trail, never in the organisation named by the filter", async () => {
      const inB = () => count(`select count(*) as n from audit_event where organisation_id = $1`, [orgB]);
      const before = await inB();
      for (const session of [adminA, coordinator, assessor]) {
        const [, ...rows] = await exportAs(session, { organisationId: orgB });
        expect(rows).toEqual([]);
      }
      expect(await inB()).toBe(before);
      const latest = await t.db.ownerQuery<{ organisation_id: string | null; changes: Record<string, unknown> }>(
        `select organisation_id, changes from audit_event where action = 'EXPORT' and entity_type = 'Person' order by occurred_at desc limit 3`,
      );
      expect(latest.map((e) => e.changes)).toEqual([0, 0, 0].map(() => ({ format: 'csv', people: 0, peopleInFile: 0 })));
      expect(latest.every((e) => e.organisation_id === null || e.organisation_id === orgA)).toBe(true);
    });
  });

  describe('import', () => {
    it('creates every person of a valid file, with their centres, normalised as createPerson does, and audited', async () => {
      const csv = [
        'given_name,SURNAME,e-mail,Phone,type,Start Date,Centres,notes',
        ' Grace ,Hopper,Grace.Hopper@Example.org,0115 496 0001,Volunteer,3/2/2025,Meadows Child Contact Centre; beeston supervised contact,"Speaks Welsh,\nand French"',
        'Alan,Turing,,,sessional worker,2025-04-01,,',
        "Edsger,Dijkstra,edsger@example.org,'+44 115 496 0002,STAFF,01/06/2027,Meadows Child Contact Centre,",
      ].join('\r\n');
      const result = dataOf(await adminA.graphql(ImportPeople, { organisationId: orgA, csv })).importPeople;
      expect(result).toEqual({ imported: 3, rows: 3, errors: [] });

      const people = await t.db.ownerQuery(
        `select given_name, family_name, email, phone, person_type, start_date::text as start_date, status, notes,
                (select array_agg(c.name order by c.name) from centre c where c.id = any (p.centre_ids)) as centres,
                (select array_agg(a.started_on::text) from person_centre_assignment a where a.person_id = p.id) as spells
         from person p where organisation_id = $1 and family_name in ('Hopper', 'Turing', 'Dijkstra') order by family_name`,
        [orgA],
      );
      expect(people).toEqual([
        { given_name: 'Edsger', family_name: 'Dijkstra', email: 'edsger@example.org', phone: '+44 115 496 0002', person_type: 'STAFF', start_date: '2027-06-01', status: 'ACTIVE', notes: null, centres: ['Meadows Child Contact Centre'], spells: ['2027-06-01'] },
        { given_name: 'Grace', family_name: 'Hopper', email: 'grace.hopper@example.org', phone: '0115 496 0001', person_type: 'VOLUNTEER', start_date: '2025-02-03', status: 'ACTIVE', notes: 'Speaks Welsh,\nand French', centres: ['Beeston Supervised Contact', 'Meadows Child Contact Centre'], spells: ['2025-02-03', '2025-02-03'] },
        { given_name: 'Alan', family_name: 'Turing', email: null, phone: null, person_type: 'SESSIONAL_WORKER', start_date: '2025-04-01', status: 'ACTIVE', notes: null, centres: null, spells: null },
      ]);
      const { request_id } = await one<{ request_id: string }>(`select request_id from audit_event where action = 'IMPORT' and organisation_id = $1`, [orgA]);
      const audit = await t.db.ownerQuery<{ action: string; entity_type: string; changes: Record<string, unknown> }>(
        `select action, entity_type, changes from audit_event where request_id = $1 order by action`,
        [request_id],
      );
      expect(audit.map((e) => `${e.entity_type} ${e.action}`)).toEqual(['Person CREATE', 'Person CREATE', 'Person CREATE', 'Person IMPORT']);
      expect(audit[3]!.changes).toEqual({ people: 3 });
      expect(JSON.stringify(audit)).not.toMatch(/Hopper|Turing|Dijkstra/);
    });

    it('writes nothing when any row is invalid, and reports every problem by line and column', async () => {
      const before = await peopleIn(orgA);
      const csv = [
        HEADER,
        'Katherine,Johnson,katherine@example.org,,Volunteer,01/02/2024,,',
        'Dorothy,Vaughan,,,Astronaut,31/02/2024,,',
        'Mary,Jackson,,,Volunteer,01/02/2024,Nowhere Centre,"A note',
        'over two lines"',
        ' ,Hamilton,not-an-email,12,Volunteer,,,',
        'Annie,Easley,,,Volunteer,01/01/1900,,',
        'Too,Few,Cells',
        'Joan,Clarke,,,Volunteer,03/06/2027,,',
      ].join('\n');
      const result = dataOf(await adminA.graphql(ImportPeople, { organisationId: orgA, csv })).importPeople;
      expect(result.imported).toBe(0);
      expect(result.rows).toBe(7);
      expect(result.errors).toEqual([
        { row: 3, field: 'type', message: 'type must be one of volunteer, staff, coordinator, trustee, sessional worker' },
        { row: 3, field: 'start date', message: 'start date must be a date written as dd/mm/yyyy' },
        { row: 4, field: 'centres', message: `"Nowhere Centre" is not one of this organisation's centres that you manage` },
        { row: 6, field: 'given name', message: 'given name must not be blank' },
        { row: 6, field: 'start date', message: 'start date must be given' },
        { row: 6, field: 'email', message: 'email must be an email address' },
        { row: 6, field: 'phone', message: 'phone must be a phone number (digits, spaces, brackets, + and -)' },
        { row: 7, field: 'start date', message: 'The start date cannot be before 01/01/1950' },
        { row: 8, field: null, message: 'This row has 3 cells where the header has 8: check for a stray comma or a cell that should be quoted' },
        { row: 9, field: 'start date', message: 'The start date cannot be after 02/06/2027' },
      ]);
      expect(await peopleIn(orgA)).toBe(before);
      expect(await count(`select count(*) as n from person where family_name in ('Johnson', 'Clarke')`)).toBe(0);
    });

    it('reports emails already used in the organisation and repeated within the file, merging nothing', async () => {
      const before = await peopleIn(orgA);
      const csv = [
        HEADER,
        'Hedy,Lamarr,hedy@example.org,,Volunteer,01/02/2024,,',
        'Another,Injection,INJECT@example.org,,Volunteer,01/02/2024,,',
        'Hedy,Again,Hedy@Example.org,,Volunteer,01/02/2024,,',
        // Another organisation's person may share an email: that is not a clash.
        'Cerys,Jones,cerys@example.org,,Volunteer,01/02/2024,,',
      ].join('\n');
      const result = dataOf(await adminA.graphql(ImportPeople, { organisationId: orgA, csv })).importPeople;
      expect(result).toEqual({
        imported: 0,
        rows: 4,
        errors: [
          { row: 3, field: 'email', message: 'Another person in this organisation already has this email address' },
          { row: 4, field: 'email', message: 'Row 2 of this file has the same email address; each person needs their own' },
        ],
      });
      expect(await peopleIn(orgA)).toBe(before);
    });

    it('lets a coordinator name only their own centres, and at least one of them', async () => {
      const before = await peopleIn(orgA);
      const refused = dataOf(
        await coordinator.graphql(ImportPeople, {
          organisationId: orgA,
          csv: [HEADER, 'Rosalind,Franklin,,,Volunteer,01/02/2024,Meadows Child Contact Centre,', 'Lise,Meitner,,,Volunteer,01/02/2024,Beeston Supervised Contact,', 'Emmy,Noether,,,Volunteer,01/02/2024,,'].join('\n'),
        }),
      ).importPeople;
      expect(refused.imported).toBe(0);
      expect(refused.errors).toEqual([
        { row: 3, field: 'centres', message: `"Beeston Supervised Contact" is not one of this organisation's centres that you manage` },
        { row: 4, field: 'centres', message: 'Keep at least one of your own centres; an organisation administrator can move this person elsewhere' },
      ]);
      expect(await peopleIn(orgA)).toBe(before);

      const accepted = dataOf(
        await coordinator.graphql(ImportPeople, { organisationId: orgA, csv: [HEADER, 'Rosalind,Franklin,rosalind@example.org,,Volunteer,01/02/2024,Meadows Child Contact Centre,'].join('\n') }),
      ).importPeople;
      expect(accepted).toEqual({ imported: 1, rows: 1, errors: [] });
      expect(await one(`select centre_ids from person where email = 'rosalind@example.org'`)).toEqual({ centre_ids: [meadows] });
    });

    it("catches a coordinator's clash with someone they cannot see, and writes nothing", async () => {
      const before = await peopleIn(orgA);
      // Bob works at Beeston only: the coordinator of Meadows cannot see him, the unique index can.
      const result = dataOf(
        await coordinator.graphql(ImportPeople, {
          organisationId: orgA,
          csv: [HEADER, 'Marie,Curie,marie@example.org,,Volunteer,01/02/2024,Meadows Child Contact Centre,', 'Bobby,Clash,BOB@example.org,,Volunteer,01/02/2024,Meadows Child Contact Centre,'].join('\n'),
        }),
      ).importPeople;
      expect(result).toEqual({ imported: 0, rows: 2, errors: [{ row: 3, field: 'email', message: 'Another person in this organisation already has this email address' }] });
      expect(await peopleIn(orgA)).toBe(before);
      expect(await count(`select count(*) as n from person where email = 'marie@example.org'`)).toBe(0);
    });

    it("refuses another organisation's import as not found, and head office's as forbidden, writing nothing", async () => {
      const csv = [HEADER, 'Ada,Yonath,,,Volunteer,01/02/2024,,'].join('\n');
      const beforeA = await peopleIn(orgA);
      const beforeB = await peopleIn(orgB);
      for (const [session, organisationId, code] of [
        [adminB, orgA, 'NOT_FOUND'],
        [coordinator, orgB, 'NOT_FOUND'],
        [assessor, orgA, 'FORBIDDEN'],
        [hq, orgA, 'FORBIDDEN'],
        [adminA, '00000000-0000-4000-8000-000000000000', 'NOT_FOUND'],
        [adminA, 'not-an-id', 'NOT_FOUND'],
      ] as const) {
        const response = await session.graphql(ImportPeople, { organisationId, csv });
        expect(response.data).toBeNull();
        expect(response.errors?.[0]?.extensions?.code).toBe(code);
      }
      expect(await peopleIn(orgA)).toBe(beforeA);
      expect(await peopleIn(orgB)).toBe(beforeB);
    });

    it('checks everything but writes nothing on a dry run', async () => {
      const fingerprint = () =>
        one(`select (select count(*)::int from person) as people, (select count(*)::int from person_centre_assignment) as spells, (select count(*)::int from audit_event) as audit`);
      const before = await fingerprint();
      const result = dataOf(
        await adminA.graphql(ImportPeople, { organisationId: orgA, csv: [HEADER, 'Barbara,Liskov,barbara@example.org,,Volunteer,01/02/2024,Meadows Child Contact Centre,', 'Frances,Allen,,,Trustee,01/02/2024,,'].join('\n'), dryRun: true }),
      ).importPeople;
      expect(result).toEqual({ imported: 0, rows: 2, errors: [] });
      expect(await fingerprint()).toEqual(before);
    });

    it.each([
      ['unreadable CSV', `${HEADER}\nA,"B,,,Volunteer,01/02/2024,,`, /could not be read as CSV \(at line 2\)/],
      ['a missing required column', 'Given name,Family name,Start date\nA,B,01/02/2024', /missing the column type/],
      ['an unknown column', `${HEADER},Shoe size\nA,B,,,Volunteer,01/02/2024,,,9`, /Unknown column "Shoe size"/],
      ['a column named twice', 'Given name,First name,Family name,Type,Start date\nA,A,B,Volunteer,01/02/2024', /given name column twice/],
      ['a header and no people', `${HEADER}\n\n`, /no rows of people/],
      ['an empty file', '', /empty/],
      ['more than 5,000 rows', `${HEADER}\n${'A,B,,,Volunteer,01/02/2024,,\n'.repeat(5001)}`, /5,001 rows of people; import at most 5,000/],
      ['more than 1,000,000 characters', `${HEADER}\nA,B,,,Volunteer,01/02/2024,,"${'x'.repeat(1_000_000)}"`, /at most 1,000,000 characters/],
      ['control characters', `${HEADER}\nA\u0000,B,,,Volunteer,01/02/2024,,`, /control characters/],
    ])('refuses %s as BAD_USER_INPUT naming csv, writing nothing', async (_label, csv, message) => {
      const before = await peopleIn(orgA);
      const response = await adminA.graphql(ImportPeople, { organisationId: orgA, csv });
      expect(response.data).toBeNull();
      expect(response.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'csv' });
      expect(response.errors?.[0]?.message).toMatch(message);
      expect(await peopleIn(orgA)).toBe(before);
    });

    it('imports 5,000 people in a bounded number of statements', async () => {
      const organisationId = await organisation('Large Import Trust');
      const big = await centre(organisationId, 'Large Centre', ['SUPPORTED_CONTACT']);
      await createUser(t.db, { email: 'admin-large@naccc.test', grants: [{ role: Role.ORG_ADMIN, organisationId }] });
      const admin = await t.signIn('admin-large@naccc.test');
      const rows = Array.from({ length: 5000 }, (_, i) => `Volunteer${i},Surname${i},person${i}@example.org,0115 496 ${String(i).padStart(4, '0')},Volunteer,01/02/2024,Large Centre,`);
      const csv = [HEADER, ...rows].join('\r\n');
      const { result, data } = await t.db.sql.during(() => admin.graphql(ImportPeople, { organisationId, csv }));
      expect(dataOf(result).importPeople).toEqual({ imported: 5000, rows: 5000, errors: [] });
      // The session, the organisation, its centres, taken emails, the people, their spells, the audit entry.
      expect(data).toHaveLength(7);
      expect(await count('select count(*) as n from person where organisation_id = $1', [organisationId])).toBe(5000);
      expect(await count('select count(*) as n from person_centre_assignment where centre_id = $1', [big])).toBe(5000);
      expect(await count(`select count(*) as n from audit_event where organisation_id = $1 and action = 'CREATE' and entity_type = 'Person'`, [organisationId])).toBe(5000);

      // And back out: the same three statements as for a handful of people.
      const exported = await t.db.sql.during(() => admin.graphql(ExportPeople, { filter: { organisationId } }));
      const exportedRows = cellsOf(dataOf(exported.result).peopleCsv);
      expect(exportedRows).toHaveLength(5001);
      expect(exportedRows[1]![3]).toBe('0115 496 0000');
      expect(exported.data).toHaveLength(3);
    });

    it('refuses an export of more than 20,000 people, asking for a narrower filter', async () => {
      const organisationId = await organisation('Very Large Trust');
      await t.db.ownerQuery(
        `insert into person (id, organisation_id, given_name, family_name, person_type, start_date)
         select gen_random_uuid(), $1, 'Many', 'Person ' || n, 'VOLUNTEER', '2020-01-01' from generate_series(1, 20001) as n`,
        [organisationId],
      );
      const response = await hq.graphql(ExportPeople, { filter: { organisationId } });
      expect(response.data).toBeNull();
      expect(response.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'filter' }, message: expect.stringMatching(/More than 20,000 people match/) });
    });
  });
});
