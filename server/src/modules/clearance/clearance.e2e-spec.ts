import { createTestApp, dataOf, type TestApp, type TestSession } from '../../test/app';
import { graphql } from '../../test/gql';
import type { ClearanceStatus, DbsLevel } from '../../test/gql/graphql';
import { createUser } from '../../test/identities';
import { insertCentre, insertDbsCheck, insertOrganisation, insertPerson, plusDays, plusMonths, plusYears, type DbsSpec } from '../../test/safeguarding';
import { Role } from '../../auth/role';

/**
 * The clearance rules (DOMAIN.md, issue 5) as a table of cases against a fixed clock: each row is
 * one person (their centres, their DBS checks) and the status and expiry the platform must give
 * them. The list filter, the summary counts and the statement count are checked against the same
 * rows, so the one computation (the person_clearance view) cannot drift from what lists show.
 */

const ClearanceOfPerson = graphql(`
  query ClrPerson($id: ID!) {
    Person(id: $id) {
      id
      clearanceStatus
      clearanceExpiresOn
      clearanceAction
      requiredDbsLevel
      latestDbsLevel
    }
  }
`);

const PeopleByClearance = graphql(`
  query ClrPeopleByStatus($filter: PersonFilter) {
    allPeople(filter: $filter, perPage: 500, sortField: "id") {
      id
      clearanceStatus
    }
    _allPeopleMeta(filter: $filter) {
      count
    }
  }
`);

const SummaryTotals = graphql(`
  query ClrSummaryTotals($filter: ClearanceSummaryFilter) {
    clearanceSummary(filter: $filter) {
      totals {
        cleared
        expiring
        expired
        missingDbs
        wrongLevel
        notCleared
        needsNewCheck
        total
        cannotBeRostered
      }
    }
  }
`);

const Summary = graphql(`
  query ClrSummary($filter: ClearanceSummaryFilter) {
    clearanceSummary(filter: $filter) {
      totals {
        cleared
        expiring
        expired
        missingDbs
        wrongLevel
        notCleared
        needsNewCheck
        total
        cannotBeRostered
      }
      centres {
        centreId
        centreName
        counts {
          cleared
          expiring
          expired
          missingDbs
          wrongLevel
          notCleared
          needsNewCheck
          total
          cannotBeRostered
        }
      }
      expiringSoon {
        id
        clearanceExpiresOn
      }
      cannotBeRostered {
        id
        familyName
        givenName
        clearanceStatus
        clearanceAction
      }
    }
  }
`);

const ClearancePage = graphql(`
  query ClrPage($perPage: Int, $filter: PersonFilter) {
    allPeople(perPage: $perPage, filter: $filter) {
      id
      fullName
      clearanceStatus
      clearanceExpiresOn
      latestDbsLevel
      centreHistory {
        centreId
        startedOn
        endedOn
      }
      organisation {
        id
        name
      }
    }
    _allPeopleMeta(filter: $filter) {
      count
    }
  }
`);

const CentreName = graphql(`
  query ClrCentre($id: ID!) {
    Centre(id: $id) {
      id
    }
  }
`);

/** The request clock: London's date is 15 June 2026 (BST, so 11:00 UTC is midday). */
const NOW = new Date('2026-06-15T11:00:00Z');
const TODAY = '2026-06-15';
const daysAgo = (n: number) => plusDays(TODAY, -n);
const daysAhead = (n: number) => plusDays(TODAY, n);
const monthsAgo = (n: number) => plusMonths(TODAY, -n);
const yearsAgo = (n: number) => plusYears(TODAY, -n);
/** The issue date of a certificate that stops being current `n` days from today (3 years on). */
const expiringIn = (n: number) => plusYears(daysAhead(n), -3);

type CentreKey = 'SUP' | 'SUPV' | 'ASSESS';
/** No course is mandatory in this suite, so every status here is the DBS's (training's are tested in the training module). */
type DbsStatus = Exclude<ClearanceStatus, `TRAINING_${string}`>;
const STATUSES: DbsStatus[] = ['CLEARED', 'EXPIRING', 'EXPIRED', 'MISSING_DBS', 'WRONG_LEVEL', 'NOT_CLEARED', 'NEEDS_NEW_CHECK'];
const ROSTERABLE: ClearanceStatus[] = ['CLEARED', 'EXPIRING'];
const COUNT_KEY = {
  CLEARED: 'cleared',
  EXPIRING: 'expiring',
  EXPIRED: 'expired',
  MISSING_DBS: 'missingDbs',
  WRONG_LEVEL: 'wrongLevel',
  NOT_CLEARED: 'notCleared',
  NEEDS_NEW_CHECK: 'needsNewCheck',
} as const;

type Case = {
  label: string;
  centres: CentreKey[];
  /** In the order they are recorded (not necessarily the order they were issued). */
  checks: DbsSpec[];
  status: DbsStatus;
  expiresOn: string | null;
  required: DbsLevel;
  /** The level of the check that counts (the latest by issue date). */
  latest?: DbsLevel;
  left?: boolean;
};

const E = 'ENHANCED' as const;
const EB = 'ENHANCED_BARRED' as const;

const CASES: Case[] = [
  { label: 'no DBS check at a supported centre', centres: ['SUP'], checks: [], status: 'MISSING_DBS', expiresOn: null, required: E },
  { label: 'no DBS check and no centre yet', centres: [], checks: [], status: 'MISSING_DBS', expiresOn: null, required: E },
  { label: 'enhanced, cleared a year ago, at a supported centre', centres: ['SUP'], checks: [{ level: E, issueDate: yearsAgo(1) }], status: 'CLEARED', expiresOn: plusYears(yearsAgo(1), 3), required: E },
  { label: 'enhanced, no centre', centres: [], checks: [{ level: E, issueDate: yearsAgo(1) }], status: 'CLEARED', expiresOn: plusYears(yearsAgo(1), 3), required: E },
  { label: 'cleared after a risk assessment counts as cleared', centres: ['SUP'], checks: [{ level: E, issueDate: monthsAgo(3), decision: 'CLEARED_AFTER_RISK_ASSESSMENT' }], status: 'CLEARED', expiresOn: plusYears(monthsAgo(3), 3), required: E },
  { label: 'not cleared', centres: ['SUPV'], checks: [{ level: EB, issueDate: monthsAgo(2), decision: 'NOT_CLEARED' }], status: 'NOT_CLEARED', expiresOn: plusYears(monthsAgo(2), 3), required: EB },
  { label: 'enhanced (no barred list) at a supervised centre', centres: ['SUPV'], checks: [{ level: E, issueDate: monthsAgo(2) }], status: 'WRONG_LEVEL', expiresOn: plusYears(monthsAgo(2), 3), required: EB },
  { label: 'enhanced (no barred list) at a supervised assessment service', centres: ['ASSESS'], checks: [{ level: E, issueDate: monthsAgo(2) }], status: 'WRONG_LEVEL', expiresOn: plusYears(monthsAgo(2), 3), required: EB },
  { label: 'standard at a supported centre', centres: ['SUP'], checks: [{ level: 'STANDARD', issueDate: monthsAgo(2) }], status: 'WRONG_LEVEL', expiresOn: plusYears(monthsAgo(2), 3), required: E },
  { label: 'basic at a supported centre', centres: ['SUP'], checks: [{ level: 'BASIC', issueDate: monthsAgo(2) }], status: 'WRONG_LEVEL', expiresOn: plusYears(monthsAgo(2), 3), required: E },
  { label: 'enhanced with barred list at a supervised centre', centres: ['SUPV'], checks: [{ level: EB, issueDate: monthsAgo(2) }], status: 'CLEARED', expiresOn: plusYears(monthsAgo(2), 3), required: EB },
  { label: 'enhanced with barred list at a supported centre (more than needed)', centres: ['SUP'], checks: [{ level: EB, issueDate: monthsAgo(2) }], status: 'CLEARED', expiresOn: plusYears(monthsAgo(2), 3), required: E },
  { label: 'enhanced at a supported and a supervised centre: needs the barred list', centres: ['SUP', 'SUPV'], checks: [{ level: E, issueDate: monthsAgo(2) }], status: 'WRONG_LEVEL', expiresOn: plusYears(monthsAgo(2), 3), required: EB },
  { label: 'enhanced with barred list at a supported and a supervised centre', centres: ['SUP', 'SUPV'], checks: [{ level: EB, issueDate: monthsAgo(2) }], status: 'CLEARED', expiresOn: plusYears(monthsAgo(2), 3), required: EB },
  { label: 'issued exactly three years ago: expired today', centres: ['SUP'], checks: [{ level: E, issueDate: yearsAgo(3) }], status: 'EXPIRED', expiresOn: TODAY, required: E },
  { label: 'issued three years ago tomorrow: expiring, the last day current', centres: ['SUP'], checks: [{ level: E, issueDate: plusDays(yearsAgo(3), 1) }], status: 'EXPIRING', expiresOn: daysAhead(1), required: E },
  { label: 'stops being current in exactly 90 days: expiring', centres: ['SUP'], checks: [{ level: E, issueDate: expiringIn(90) }], status: 'EXPIRING', expiresOn: daysAhead(90), required: E },
  { label: 'stops being current in 91 days: cleared', centres: ['SUP'], checks: [{ level: E, issueDate: expiringIn(91) }], status: 'CLEARED', expiresOn: daysAhead(91), required: E },
  { label: 'stops being current in 60 days: expiring (in the default window)', centres: ['SUP'], checks: [{ level: E, issueDate: expiringIn(60) }], status: 'EXPIRING', expiresOn: daysAhead(60), required: E },
  { label: 'issued five years ago', centres: ['SUP'], checks: [{ level: E, issueDate: yearsAgo(5) }], status: 'EXPIRED', expiresOn: plusYears(yearsAgo(5), 3), required: E },
  {
    label: 'Update Service, no new information six months ago: a five-year-old certificate is current until the check + 12 months',
    centres: ['SUP'],
    checks: [{ level: E, issueDate: yearsAgo(5), statusCheck: { on: monthsAgo(6), result: 'NO_NEW_INFORMATION' } }],
    status: 'CLEARED',
    expiresOn: plusMonths(monthsAgo(6), 12),
    required: E,
  },
  {
    label: 'Update Service, no new information 12 months less a day ago: expiring tomorrow',
    centres: ['SUP'],
    checks: [{ level: E, issueDate: yearsAgo(5), statusCheck: { on: plusDays(monthsAgo(12), 1), result: 'NO_NEW_INFORMATION' } }],
    status: 'EXPIRING',
    expiresOn: daysAhead(1),
    required: E,
  },
  {
    label: 'Update Service, no new information exactly 12 months ago: expired today',
    centres: ['SUP'],
    checks: [{ level: E, issueDate: yearsAgo(5), statusCheck: { on: monthsAgo(12), result: 'NO_NEW_INFORMATION' } }],
    status: 'EXPIRED',
    expiresOn: TODAY,
    required: E,
  },
  {
    label: 'Update Service, no new information 13 months ago: expired',
    centres: ['SUP'],
    checks: [{ level: E, issueDate: yearsAgo(5), statusCheck: { on: monthsAgo(13), result: 'NO_NEW_INFORMATION' } }],
    status: 'EXPIRED',
    expiresOn: plusMonths(monthsAgo(13), 12),
    required: E,
  },
  { label: 'on the Update Service with no status check yet, four years old', centres: ['SUP'], checks: [{ level: E, issueDate: yearsAgo(4), onUpdateService: true }], status: 'EXPIRED', expiresOn: plusYears(yearsAgo(4), 3), required: E },
  {
    label: 'a status check never shortens a certificate: current until three years after issue',
    centres: ['SUP'],
    checks: [{ level: E, issueDate: yearsAgo(1), statusCheck: { on: monthsAgo(11), result: 'NO_NEW_INFORMATION' } }],
    status: 'CLEARED',
    expiresOn: plusYears(yearsAgo(1), 3),
    required: E,
  },
  {
    label: 'Update Service found new information: a new check is needed',
    centres: ['SUP'],
    checks: [{ level: E, issueDate: yearsAgo(1), statusCheck: { on: monthsAgo(1), result: 'NEW_INFORMATION' } }],
    status: 'NEEDS_NEW_CHECK',
    expiresOn: plusYears(yearsAgo(1), 3),
    required: E,
  },
  {
    label: 'new information on an expired certificate: still a new check needed',
    centres: ['SUP'],
    checks: [{ level: E, issueDate: yearsAgo(5), statusCheck: { on: monthsAgo(2), result: 'NEW_INFORMATION' } }],
    status: 'NEEDS_NEW_CHECK',
    expiresOn: plusYears(yearsAgo(5), 3),
    required: E,
  },
  {
    label: 'the latest counts: an older barred-list check superseded by a newer enhanced one at a supervised centre',
    centres: ['SUPV'],
    checks: [{ level: EB, issueDate: yearsAgo(2) }, { level: E, issueDate: monthsAgo(2) }],
    status: 'WRONG_LEVEL',
    expiresOn: plusYears(monthsAgo(2), 3),
    required: EB,
    latest: E,
  },
  {
    label: 'the latest by issue date, not by when it was recorded',
    centres: ['SUPV'],
    checks: [{ level: E, issueDate: monthsAgo(2) }, { level: EB, issueDate: yearsAgo(2) }],
    status: 'WRONG_LEVEL',
    expiresOn: plusYears(monthsAgo(2), 3),
    required: EB,
    latest: E,
  },
  {
    label: 'the latest counts: cleared, then not cleared',
    centres: ['SUP'],
    checks: [{ level: E, issueDate: yearsAgo(2) }, { level: E, issueDate: monthsAgo(1), decision: 'NOT_CLEARED' }],
    status: 'NOT_CLEARED',
    expiresOn: plusYears(monthsAgo(1), 3),
    required: E,
  },
  {
    label: 'the latest counts: not cleared, then cleared',
    centres: ['SUP'],
    checks: [{ level: E, issueDate: yearsAgo(2), decision: 'NOT_CLEARED' }, { level: E, issueDate: monthsAgo(1) }],
    status: 'CLEARED',
    expiresOn: plusYears(monthsAgo(1), 3),
    required: E,
  },
  {
    label: 'an expired check renewed by a fresh one',
    centres: ['SUP'],
    checks: [{ level: E, issueDate: yearsAgo(5) }, { level: E, issueDate: monthsAgo(1) }],
    status: 'CLEARED',
    expiresOn: plusYears(monthsAgo(1), 3),
    required: E,
  },
  {
    label: 'two certificates issued the same day: the later decision counts',
    centres: ['SUP'],
    checks: [
      { level: E, issueDate: monthsAgo(4), decision: 'CLEARED', decidedAt: `${plusDays(monthsAgo(4), 9)}T10:00:00Z` },
      { level: E, issueDate: monthsAgo(4), decision: 'NOT_CLEARED', decidedAt: `${plusDays(monthsAgo(4), 3)}T10:00:00Z` },
    ],
    status: 'CLEARED',
    expiresOn: plusYears(monthsAgo(4), 3),
    required: E,
  },
  { label: 'not cleared comes before wrong level and expiry', centres: ['SUPV'], checks: [{ level: 'BASIC', issueDate: yearsAgo(5), decision: 'NOT_CLEARED' }], status: 'NOT_CLEARED', expiresOn: plusYears(yearsAgo(5), 3), required: EB },
  { label: 'wrong level comes before expiry', centres: ['SUP'], checks: [{ level: 'STANDARD', issueDate: yearsAgo(5) }], status: 'WRONG_LEVEL', expiresOn: plusYears(yearsAgo(5), 3), required: E },
  { label: 'someone who left, with a current DBS (listed, not in the summary)', centres: ['SUP'], checks: [{ level: E, issueDate: yearsAgo(1) }], status: 'CLEARED', expiresOn: plusYears(yearsAgo(1), 3), required: E, left: true },
  { label: 'someone who left without a DBS (listed, not in the summary)', centres: ['SUPV'], checks: [], status: 'MISSING_DBS', expiresOn: null, required: EB, left: true },
];

describe('clearance', () => {
  let t: TestApp;
  let organisation: string;
  const centre = {} as Record<CentreKey, string>;
  let admin: TestSession;
  let coordinator: TestSession;
  /** CASES[i] is person personIds[i]. */
  const personIds: string[] = [];
  const caseOf = (id: string) => CASES[personIds.indexOf(id)]!;
  const sorted = (ids: string[]) => [...ids].sort();

  beforeAll(async () => {
    t = await createTestApp({ now: NOW });
    organisation = await insertOrganisation(t.db, 'Clearance Trust');
    centre.SUP = await insertCentre(t.db, organisation, 'Meadows Supported Centre', ['SUPPORTED_CONTACT']);
    centre.SUPV = await insertCentre(t.db, organisation, 'Riverside Supervised Centre', ['SUPPORTED_CONTACT', 'SUPERVISED_CONTACT']);
    centre.ASSESS = await insertCentre(t.db, organisation, 'Assessment Service', ['SUPERVISED_ASSESSMENT', 'HANDOVER']);
    for (const [index, row] of CASES.entries()) {
      const id = await insertPerson(t.db, organisation, {
        givenName: `Case${index}`,
        familyName: `Person${String(index).padStart(2, '0')}`,
        centreIds: row.centres.map((key) => centre[key]),
        startDate: '2015-01-05',
        ...(row.left ? { status: 'LEFT' as const, leaveDate: daysAgo(10) } : {}),
      });
      for (const check of row.checks) await insertDbsCheck(t.db, id, check);
      personIds.push(id);
    }
    await createUser(t.db, { email: 'admin@clearance.test', grants: [{ role: Role.ORG_ADMIN, organisationId: organisation }] });
    await createUser(t.db, { email: 'coordinator@clearance.test', grants: [{ role: Role.CENTRE_COORDINATOR, organisationId: organisation, centreIds: [centre.SUP] }] });
    admin = await t.signIn('admin@clearance.test');
    coordinator = await t.signIn('coordinator@clearance.test');
  });
  afterAll(() => t.close());

  describe('the rules, one person per row (today is 15 June 2026)', () => {
    it.each(CASES.map((row, index) => [row.label, index] as const))('%s', async (_label, index) => {
      const row = CASES[index]!;
      const { Person } = dataOf(await admin.graphql(ClearanceOfPerson, { id: personIds[index]! }));
      expect(Person).toEqual({
        id: personIds[index],
        clearanceStatus: row.status,
        clearanceExpiresOn: row.expiresOn,
        clearanceAction: row.status === 'CLEARED' ? null : expect.any(String),
        requiredDbsLevel: row.required,
        latestDbsLevel: row.latest ?? row.checks.at(-1)?.level ?? null,
      });
    });
  });

  it('says what to do, with the date and the level needed', async () => {
    const action = async (label: string) => {
      const index = CASES.findIndex((row) => row.label === label);
      return dataOf(await admin.graphql(ClearanceOfPerson, { id: personIds[index]! })).Person!.clearanceAction;
    };
    expect(await action('stops being current in exactly 90 days: expiring')).toBe(
      "Renew by 13/09/2026: an enhanced DBS check, or an Update Service status check",
    );
    expect(await action('issued exactly three years ago: expired today')).toMatch(/^Do not roster: DBS not current since 15\/06\/2026/);
    expect(await action('enhanced (no barred list) at a supervised centre')).toBe("Do not roster: their centres need an enhanced DBS check with a children's barred list check");
    expect(await action('no DBS check at a supported centre')).toBe('Do not roster: apply for an enhanced DBS check');
  });

  it("a coordinator who cannot see the person's supervised centre still gets the level that centre needs", async () => {
    const index = CASES.findIndex((row) => row.label === 'enhanced at a supported and a supervised centre: needs the barred list');
    const hidden = await coordinator.graphql(CentreName, { id: centre.SUPV });
    expect(hidden.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const { Person } = dataOf(await coordinator.graphql(ClearanceOfPerson, { id: personIds[index]! }));
    expect(Person).toMatchObject({ clearanceStatus: 'WRONG_LEVEL', requiredDbsLevel: 'ENHANCED_BARRED', latestDbsLevel: 'ENHANCED' });
  });

  it.each(STATUSES)('allPeople(filter: { clearanceStatus: %s }) lists exactly the people with that status, with a matching count', async (status) => {
    const filter = { organisationId: organisation, clearanceStatus: status };
    const { allPeople, _allPeopleMeta } = dataOf(await admin.graphql(PeopleByClearance, { filter }));
    const expected = personIds.filter((_id, index) => CASES[index]!.status === status);
    expect(expected.length).toBeGreaterThan(0);
    expect(sorted(allPeople.map((p) => p.id))).toEqual(sorted(expected));
    expect(allPeople.every((p) => p.clearanceStatus === status)).toBe(true);
    expect(_allPeopleMeta.count).toBe(expected.length);
  });

  it('the filter agrees with Person.clearanceStatus for everyone, and the statuses partition the people', async () => {
    const everyone = dataOf(await admin.graphql(PeopleByClearance, { filter: { organisationId: organisation } })).allPeople;
    expect(everyone).toHaveLength(CASES.length);
    let seen = 0;
    for (const status of STATUSES) {
      const filtered = dataOf(await admin.graphql(PeopleByClearance, { filter: { organisationId: organisation, clearanceStatus: status } })).allPeople;
      expect(sorted(filtered.map((p) => p.id))).toEqual(sorted(everyone.filter((p) => p.clearanceStatus === status).map((p) => p.id)));
      seen += filtered.length;
    }
    expect(seen).toBe(everyone.length);
  });

  it.each([true, false])('allPeople(filter: { rosterable: %s }) splits the people by whether they can be rostered', async (rosterable) => {
    const filter = { organisationId: organisation, rosterable };
    const { allPeople, _allPeopleMeta } = dataOf(await admin.graphql(PeopleByClearance, { filter }));
    const expected = personIds.filter((_id, index) => ROSTERABLE.includes(CASES[index]!.status) === rosterable);
    expect(expected.length).toBeGreaterThan(0);
    expect(sorted(allPeople.map((p) => p.id))).toEqual(sorted(expected));
    expect(_allPeopleMeta.count).toBe(expected.length);
  });

  describe('clearanceSummary', () => {
    const active = () => personIds.map((id, index) => ({ id, row: CASES[index]! })).filter(({ row }) => !row.left);
    const countsOf = (rows: Case[]) => {
      const counts = { cleared: 0, expiring: 0, expired: 0, missingDbs: 0, wrongLevel: 0, notCleared: 0, needsNewCheck: 0, total: 0, cannotBeRostered: 0 };
      for (const row of rows) {
        counts[COUNT_KEY[row.status]] += 1;
        counts.total += 1;
        if (!ROSTERABLE.includes(row.status)) counts.cannotBeRostered += 1;
      }
      return counts;
    };

    it('counts every active person once in the totals, and at each of their centres', async () => {
      const { clearanceSummary } = dataOf(await admin.graphql(Summary, { filter: { organisationId: organisation } }));
      expect(clearanceSummary.totals).toEqual(countsOf(active().map(({ row }) => row)));
      expect(clearanceSummary.centres.map((c) => c.centreName)).toEqual(['Assessment Service', 'Meadows Supported Centre', 'Riverside Supervised Centre']);
      for (const key of ['SUP', 'SUPV', 'ASSESS'] as const) {
        const at = clearanceSummary.centres.find((c) => c.centreId === centre[key])!;
        expect(at.counts).toEqual(countsOf(active().filter(({ row }) => row.centres.includes(key)).map(({ row }) => row)));
      }
      // People at two centres count at both, but once in the totals.
      const twoCentres = active().filter(({ row }) => row.centres.length === 2).length;
      const noCentre = active().filter(({ row }) => row.centres.length === 0).length;
      expect(twoCentres).toBeGreaterThan(0);
      const centreSum = clearanceSummary.centres.reduce((sum, c) => sum + c.counts.total, 0);
      expect(centreSum).toBe(clearanceSummary.totals.total - noCentre + twoCentres);
    });

    it('asked for the totals only (head office), runs the aggregate alone: no centres or people loaded', async () => {
      const full = await t.db.sql.during(() => admin.graphql(Summary, { filter: { organisationId: organisation } }));
      const totalsOnly = await t.db.sql.during(() => admin.graphql(SummaryTotals, { filter: { organisationId: organisation } }));
      expect(dataOf(totalsOnly.result).clearanceSummary.totals).toEqual(dataOf(full.result).clearanceSummary.totals);
      // The session, then the aggregate; the full summary also loads centres, two lists and their clearance.
      expect(totalsOnly.data).toHaveLength(2);
      expect(full.data.length).toBeGreaterThan(totalsOnly.data.length);
    });

    it('lists who expires soon, soonest first, and who cannot be rostered, by name', async () => {
      const { clearanceSummary } = dataOf(await admin.graphql(Summary, { filter: { organisationId: organisation } }));
      const expiring = active()
        .filter(({ row }) => row.status === 'EXPIRING')
        .sort((a, b) => a.row.expiresOn!.localeCompare(b.row.expiresOn!) || a.id.localeCompare(b.id));
      expect(clearanceSummary.expiringSoon).toEqual(expiring.map(({ id, row }) => ({ id, clearanceExpiresOn: row.expiresOn })));
      const blocked = active().filter(({ row }) => !ROSTERABLE.includes(row.status));
      expect(sorted(clearanceSummary.cannotBeRostered.map((p) => p.id))).toEqual(sorted(blocked.map(({ id }) => id)));
      const names = clearanceSummary.cannotBeRostered.map((p) => p.familyName);
      expect(names).toEqual([...names].sort());
      for (const person of clearanceSummary.cannotBeRostered) {
        expect(person.clearanceStatus).toBe(caseOf(person.id).status);
        expect(person.clearanceAction).toMatch(/^Do not roster/);
      }
    });

    it('agrees with Person.clearanceStatus person by person', async () => {
      const { clearanceSummary } = dataOf(await admin.graphql(Summary, { filter: { organisationId: organisation } }));
      const everyone = dataOf(await admin.graphql(PeopleByClearance, { filter: { organisationId: organisation, status: 'ACTIVE' } })).allPeople;
      for (const status of STATUSES) {
        expect(clearanceSummary.totals[COUNT_KEY[status]]).toBe(everyone.filter((p) => p.clearanceStatus === status).length);
      }
    });

    it("narrowed to one centre, counts that centre's people only", async () => {
      const { clearanceSummary } = dataOf(await admin.graphql(Summary, { filter: { centreId: centre.SUPV } }));
      const atSupervised = active().filter(({ row }) => row.centres.includes('SUPV')).map(({ row }) => row);
      expect(clearanceSummary.totals).toEqual(countsOf(atSupervised));
      expect(clearanceSummary.centres.map((c) => c.centreId)).toEqual([centre.SUPV]);
    });

    it("a coordinator's summary covers the people of their centre, with the level the person's other centres need", async () => {
      const { clearanceSummary } = dataOf(await coordinator.graphql(Summary, {}));
      const atSupported = active().filter(({ row }) => row.centres.includes('SUP'));
      expect(clearanceSummary.totals).toEqual(countsOf(atSupported.map(({ row }) => row)));
      expect(clearanceSummary.centres.map((c) => c.centreId)).toEqual([centre.SUP]);
      // The person at SUP and SUPV with an enhanced check counts as WRONG_LEVEL for the coordinator too.
      expect(clearanceSummary.totals.wrongLevel).toBe(atSupported.filter(({ row }) => row.status === 'WRONG_LEVEL').length);
      expect(atSupported.some(({ row }) => row.status === 'WRONG_LEVEL' && row.centres.includes('SUPV'))).toBe(true);
    });
  });

  describe('statements per page', () => {
    let statementsOrg: string;

    beforeAll(async () => {
      statementsOrg = await insertOrganisation(t.db, 'Statements Trust');
      const north = await insertCentre(t.db, statementsOrg, 'North Centre', ['SUPPORTED_CONTACT']);
      const south = await insertCentre(t.db, statementsOrg, 'South Centre', ['SUPERVISED_CONTACT']);
      for (let index = 0; index < 30; index++) {
        const id = await insertPerson(t.db, statementsOrg, {
          familyName: `Volunteer${String(index).padStart(2, '0')}`,
          centreIds: index % 3 === 0 ? [north, south] : [index % 2 ? north : south],
        });
        if (index % 5 !== 0) await insertDbsCheck(t.db, id, { level: index % 2 ? E : EB, issueDate: plusDays(yearsAgo(2), index) });
        if (index % 4 === 0) await insertDbsCheck(t.db, id, { level: E, issueDate: yearsAgo(4) });
      }
      await createUser(t.db, { email: 'admin@statements.test', grants: [{ role: Role.ORG_ADMIN, organisationId: statementsOrg }] });
    });

    it('loads a page of people with clearance, centre history and organisation in the same few statements for 5 or 25 people', async () => {
      const session = await t.signIn('admin@statements.test');
      const page = async (perPage: number) => {
        const { result, data, control } = await t.db.sql.during(() => session.graphql(ClearancePage, { perPage, filter: { organisationId: statementsOrg } }));
        const { allPeople } = dataOf(result);
        expect(allPeople).toHaveLength(perPage);
        expect(allPeople.every((p) => p.organisation.name === 'Statements Trust' && p.centreHistory.length > 0 && p.clearanceStatus)).toBe(true);
        return { data, control };
      };
      const five = await page(5);
      const twentyFive = await page(25);
      // The session lookup; the page with each row's clearance, centre history and the total (one
      // statement, see people.read.ts); one batch for the organisations; never one per person.
      // Begin, the scope settings and commit are counted apart.
      expect(twentyFive.data).toHaveLength(3);
      expect(five.data).toHaveLength(twentyFive.data.length);
      expect(twentyFive.control).toHaveLength(3);
    });
  });
});

describe('clearance with a 30-day warning window (CLEARANCE_EXPIRING_DAYS=30)', () => {
  let t: TestApp;
  let admin: TestSession;
  const person = {} as Record<number, string>;

  beforeAll(async () => {
    t = await createTestApp({ now: NOW, expiringDays: 30 });
    const organisation = await insertOrganisation(t.db, 'Window Trust');
    const supported = await insertCentre(t.db, organisation, 'Window Centre', ['SUPPORTED_CONTACT']);
    for (const days of [0, 1, 30, 31, 60, 90]) {
      person[days] = await insertPerson(t.db, organisation, { familyName: `In${days}Days`, centreIds: [supported] });
      await insertDbsCheck(t.db, person[days]!, { level: E, issueDate: expiringIn(days) });
    }
    await createUser(t.db, { email: 'admin@window.test', grants: [{ role: Role.ORG_ADMIN, organisationId: organisation }] });
    admin = await t.signIn('admin@window.test');
  });
  afterAll(() => t.close());

  it.each<[number, ClearanceStatus]>([
    [0, 'EXPIRED'],
    [1, 'EXPIRING'],
    [30, 'EXPIRING'],
    [31, 'CLEARED'],
    [60, 'CLEARED'],
    [90, 'CLEARED'],
  ])('a DBS that stops being current in %i days is %s', async (days, status) => {
    const { Person } = dataOf(await admin.graphql(ClearanceOfPerson, { id: person[days]! }));
    expect(Person).toMatchObject({ clearanceStatus: status, clearanceExpiresOn: daysAhead(days) });
  });

  it('the summary and the filter use the same window', async () => {
    const { clearanceSummary } = dataOf(await admin.graphql(Summary, {}));
    expect(clearanceSummary.totals).toMatchObject({ expired: 1, expiring: 2, cleared: 3, total: 6, cannotBeRostered: 1 });
    expect(clearanceSummary.expiringSoon.map((p) => p.id)).toEqual([person[1], person[30]]);
    const { allPeople } = dataOf(await admin.graphql(PeopleByClearance, { filter: { clearanceStatus: 'EXPIRING' } }));
    expect(sorted(allPeople.map((p) => p.id))).toEqual(sorted([person[1]!, person[30]!]));
  });

  const sorted = (ids: string[]) => [...ids].sort();
});
