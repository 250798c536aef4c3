import type { RequiredEntityData } from '@mikro-orm/core';
import { ServiceType } from '../../modules/centre/centre.enums';
import { ClearanceStatus, type DbsClearanceStatus } from '../../modules/clearance/clearance.enums';
import { DbsCheck } from '../../modules/dbs/dbs-check.entity';
import { DbsJurisdiction, DbsLevel, DbsWorkforce } from '../../modules/dbs/dbs.enums';
import { Region } from '../../modules/geo';
import { OrganisationType } from '../../modules/organisation/organisation.enums';
import { CentreAssignment } from '../../modules/person/centre-assignment.entity';
import { Person } from '../../modules/person/person.entity';
import { PersonStatus, PersonType } from '../../modules/person/person.enums';
import { DRAMA_LANDLINES, DRAMA_MOBILE, PERSON_NOTES } from '../places';
import { SEED_AS_OF, apportion, insertInChunks, weightedPick, type SeedContext } from '../seed-context';
import { addMonths, dayOf, isoOf, londonInstant, type Day } from '../seed-dates';
import type { SeededCentre } from './centres';
import { planHistory, type PlannedCheck } from './dbs-histories';
import type { DemoScopes } from './demo-accounts';
import type { SeededOrganisation } from './organisations';

export const PEOPLE_AT_SCALE_1 = 5000;

export type PeopleSummary = { people: number; dbsChecks: number; centreAssignments: number };

/** A person before their dates and details: who they are, where they work, the state they should be in. */
type Skeleton = {
  type: PersonType;
  /** Where they work now (and worked when they left). */
  centres: SeededCentre[];
  left: boolean;
  /** Their clearance on the as-of day; for leavers, on the day they left. */
  target: DbsClearanceStatus;
};

const ASOF: Day = dayOf(SEED_AS_OF);
/** Start dates reach back about twelve years. */
const EARLIEST_START: Day = ASOF - 4380;
/** The certificate-number retention period the retention job applies (DBS_CERTIFICATE_RETENTION_MONTHS). */
const CERTIFICATE_RETENTION_MONTHS = 6;
const SUPERVISED: readonly ServiceType[] = [ServiceType.SUPERVISED_CONTACT, ServiceType.SUPERVISED_ASSESSMENT];

/**
 * The clearance mix of people still working (before the new starters who have no DBS yet): most
 * cleared, some within the 90-day warning window, a few expired, on the wrong level, waiting on
 * new information from the Update Service, or not cleared.
 */
const ACTIVE_TARGETS: Readonly<Record<DbsClearanceStatus, number>> = {
  [ClearanceStatus.CLEARED]: 79,
  [ClearanceStatus.EXPIRING]: 8,
  [ClearanceStatus.EXPIRED]: 4.5,
  [ClearanceStatus.MISSING_DBS]: 3.2,
  [ClearanceStatus.WRONG_LEVEL]: 3.5,
  [ClearanceStatus.NEEDS_NEW_CHECK]: 1.5,
  [ClearanceStatus.NOT_CLEARED]: 0.8,
};
/** Trustees who never work at a centre are not always checked. */
const TRUSTEE_TARGETS: Readonly<Record<DbsClearanceStatus, number>> = { ...ACTIVE_TARGETS, [ClearanceStatus.MISSING_DBS]: 12 };
/** AccessNI (Northern Ireland) has no Update Service, so no status check can find new information. */
const withoutUpdateService = (weights: Readonly<Record<DbsClearanceStatus, number>>) => ({ ...weights, [ClearanceStatus.NEEDS_NEW_CHECK]: 0 });

/** What the demo accounts' scopes are guaranteed to show, whatever the dice say. */
const DEMO_CASES: Record<'coordinatedCentre' | 'restOfOrganisation' | 'secondOrganisation', DbsClearanceStatus[]> = {
  coordinatedCentre: [
    ClearanceStatus.EXPIRING,
    ClearanceStatus.EXPIRING,
    ClearanceStatus.EXPIRED,
    ClearanceStatus.MISSING_DBS,
    ClearanceStatus.WRONG_LEVEL,
    ClearanceStatus.NEEDS_NEW_CHECK,
    ClearanceStatus.NOT_CLEARED,
  ],
  restOfOrganisation: [ClearanceStatus.EXPIRING, ClearanceStatus.EXPIRED, ClearanceStatus.WRONG_LEVEL, ClearanceStatus.MISSING_DBS],
  secondOrganisation: [ClearanceStatus.EXPIRING, ClearanceStatus.EXPIRED, ClearanceStatus.MISSING_DBS, ClearanceStatus.WRONG_LEVEL],
};

/**
 * The people of every organisation, about 5,000 at scale 1, shared out in proportion to centres:
 * a coordinator per centre, a few trustees per organisation (most at no centre; councils have
 * none), and otherwise mostly volunteers, then sessional workers and staff. About 8% have left,
 * some more than six years ago (the retention job's work). Each has their centre history (some
 * moved between centres of their organisation) and a DBS history (see dbs-histories.ts) that puts
 * every clearance state in the data on SEED_AS_OF, with certificate numbers purged six months
 * after the decision as the retention job would have done.
 *
 * Leaving is recorded as PersonService records it: status and leave date, the centres and their
 * spells left as they were.
 */
export async function seedPeople(ctx: SeedContext, organisations: SeededOrganisation[], centres: SeededCentre[], demo: DemoScopes): Promise<PeopleSummary> {
  const { faker, em } = ctx;
  const centresOf = new Map<string, SeededCentre[]>(organisations.map((o) => [o.id, []]));
  for (const centre of centres) centresOf.get(centre.organisationId)!.push(centre);
  const total = Math.max(organisations.length * 5, Math.round(PEOPLE_AT_SCALE_1 * ctx.scale));
  const shares = apportion(total, Object.fromEntries(organisations.map((o) => [o.id, centresOf.get(o.id)!.length])));

  const people: RequiredEntityData<Person>[] = [];
  const assignments: RequiredEntityData<CentreAssignment>[] = [];
  const checks: RequiredEntityData<DbsCheck>[] = [];
  const counts: PeopleSummary = { people: 0, dbsChecks: 0, centreAssignments: 0 };
  // Rows go to the database as they accumulate, people before what refers to them, so memory
  // stays flat at scale 100.
  const flush = async () => {
    counts.people += people.length;
    counts.centreAssignments += assignments.length;
    counts.dbsChecks += checks.length;
    await insertInChunks(people.splice(0), 1000, (chunk) => em.insertMany(Person, chunk));
    await insertInChunks(assignments.splice(0), 2000, (chunk) => em.insertMany(CentreAssignment, chunk));
    await insertInChunks(checks.splice(0), 1000, (chunk) => em.insertMany(DbsCheck, chunk));
  };

  for (const organisation of organisations) {
    const own = centresOf.get(organisation.id)!;
    const skeletons = skeletonsFor(ctx, organisation, own, shares[organisation.id]!);
    if (organisation.id === demo.first.id) {
      const atCoordinated = (s: Skeleton) => s.centres.some((c) => c.id === demo.coordinated);
      insist(skeletons.filter((s) => atCoordinated(s)), DEMO_CASES.coordinatedCentre, organisation);
      insist(skeletons.filter((s) => !atCoordinated(s) && s.centres.length > 0), DEMO_CASES.restOfOrganisation, organisation);
    } else if (organisation.id === demo.second.id) {
      insist(skeletons.filter((s) => s.centres.length > 0), DEMO_CASES.secondOrganisation, organisation);
    }

    const emails = new Set<string>();
    const jurisdiction = organisation.region === Region.NORTHERN_IRELAND ? DbsJurisdiction.ACCESS_NI : DbsJurisdiction.DBS;
    // Who signs off DBS decisions: the safeguarding lead (the first coordinator) since they
    // started, a predecessor who has since gone before that; the lead's own, the chair of
    // trustees (the first trustee, or the council's service manager).
    const lead = { given: faker.person.firstName(), family: faker.person.lastName() };
    const chair = { given: faker.person.firstName(), family: faker.person.lastName() };
    const formerLead = faker.person.fullName();
    const chairIndex = skeletons.findIndex((s) => s.type === PersonType.TRUSTEE);
    let leadStart = ASOF;

    skeletons.forEach((skeleton, index) => {
      const id = faker.string.uuid();
      const isLead = index === 0;
      const named = isLead ? lead : index === chairIndex ? chair : null;
      const given = named?.given ?? faker.person.firstName();
      const family = named?.family ?? faker.person.lastName();

      // Dates: start, leave, then the DBS history, which may need an earlier start.
      let start = startDay(faker, skeleton);
      const leave = skeleton.left ? faker.number.int({ min: start + 60, max: ASOF - 1 }) : null;
      const history = planHistory(faker, {
        target: skeleton.target,
        asOf: leave ?? ASOF,
        start,
        required: requiredLevel(skeleton.centres),
        paid: skeleton.type === PersonType.COORDINATOR || skeleton.type === PersonType.STAFF,
        updateServiceAvailable: jurisdiction === DbsJurisdiction.DBS,
        earliestStart: EARLIEST_START,
      });
      start = history.start;
      if (isLead) leadStart = start;
      const until = leave ?? ASOF;

      const createdAt = londonInstant(start - faker.number.int({ min: 1, max: 21 }), faker.number.int({ min: 540, max: 1020 }));
      people.push({
        id,
        organisation: organisation.id,
        givenName: given,
        familyName: family,
        email: faker.number.float() < (skeleton.type === PersonType.TRUSTEE ? 0.8 : 0.88) ? uniqueEmail(ctx, emails, given, family) : null,
        phone: faker.number.float() < 0.85 ? phoneNumber(ctx, organisation.region) : null,
        personType: skeleton.type,
        startDate: isoOf(start),
        leaveDate: leave === null ? null : isoOf(leave),
        status: skeleton.left ? PersonStatus.LEFT : PersonStatus.ACTIVE,
        centreIds: skeleton.centres.map((c) => c.id),
        notes: faker.number.float() < 0.06 ? faker.helpers.arrayElement(PERSON_NOTES) : null,
        createdAt,
        updatedAt: leave === null ? createdAt : londonInstant(Math.min(leave + faker.number.int({ min: 0, max: 10 }), ASOF - 1), faker.number.int({ min: 540, max: 1020 })),
      });

      // Centre history: the main centre since they started (or since a move from another of the
      // organisation's centres), a second centre from some later day.
      skeleton.centres.forEach((centre, i) => {
        let from = i === 0 ? start : faker.number.int({ min: start, max: Math.max(start, until - 1) });
        if (i === 0 && own.length > skeleton.centres.length && until - start >= 240 && faker.number.float() < 0.12) {
          const before = faker.helpers.arrayElement(own.filter((c) => !skeleton.centres.includes(c)));
          from = faker.number.int({ min: start + 90, max: until - 60 });
          assignments.push({ id: faker.string.uuid(), person: id, organisation: organisation.id, centre: before.id, startedOn: isoOf(start), endedOn: isoOf(from) });
        }
        assignments.push({ id: faker.string.uuid(), person: id, organisation: organisation.id, centre: centre.id, startedOn: isoOf(from), endedOn: null });
      });

      const subscription = history.checks.some((c) => c.onUpdateService) ? `C${faker.string.numeric(10)}` : null;
      const decider = (decided: Day) => (isLead ? `${chair.given} ${chair.family}` : decided < leadStart ? formerLead : `${lead.given} ${lead.family}`);
      for (const check of history.checks) {
        checks.push(checkRow(ctx, check, { id, organisation, jurisdiction, type: skeleton.type, subscription, asOf: until, decider }));
      }
    });
    if (people.length >= 1000) await flush();
  }
  await flush();
  return counts;
}

/** Who works for one organisation: types, centres, whether they left, the state to be in. */
function skeletonsFor(ctx: SeedContext, organisation: SeededOrganisation, own: SeededCentre[], count: number): Skeleton[] {
  const { faker } = ctx;
  const council = organisation.type === OrganisationType.LOCAL_AUTHORITY;
  const coordinators = Math.min(own.length, count);
  const trustees = council ? 0 : Math.max(0, Math.min(faker.number.int({ min: 3, max: 6 }), count - coordinators - 1));
  const types: PersonType[] = [...Array<PersonType>(coordinators).fill(PersonType.COORDINATOR), ...Array<PersonType>(trustees).fill(PersonType.TRUSTEE)];
  const rest = council
    ? { [PersonType.STAFF]: 35, [PersonType.SESSIONAL_WORKER]: 20, [PersonType.VOLUNTEER]: 45 }
    : { [PersonType.VOLUNTEER]: 70, [PersonType.SESSIONAL_WORKER]: 10, [PersonType.STAFF]: 7 };
  while (types.length < count) types.push(weightedPick(faker, rest));

  const northernIreland = organisation.region === Region.NORTHERN_IRELAND;
  return types.map((type, i) => {
    const centres = type === PersonType.COORDINATOR ? [own[i]!] : type === PersonType.TRUSTEE && faker.number.float() < 0.7 ? [] : [faker.helpers.arrayElement(own)];
    const second = own.length > 1 && type !== PersonType.TRUSTEE && faker.number.float() < (type === PersonType.COORDINATOR ? 0.12 : 0.15);
    if (second) centres.push(faker.helpers.arrayElement(own.filter((c) => c !== centres[0])));
    // Coordinators stay, so every centre keeps one.
    const left = type !== PersonType.COORDINATOR && faker.number.float() < 0.087;
    let weights = type === PersonType.TRUSTEE && centres.length === 0 ? TRUSTEE_TARGETS : ACTIVE_TARGETS;
    if (northernIreland) weights = withoutUpdateService(weights);
    const target = left
      ? faker.number.float() < 0.06
        ? ClearanceStatus.MISSING_DBS
        : ClearanceStatus.CLEARED
      : weightedPick(faker, weights);
    // The first coordinator is the safeguarding lead, who signs the others' checks off: cleared.
    if (i === 0) return { type, centres, left, target: ClearanceStatus.CLEARED };
    return { type, centres, left, target };
  });
}

/** Gives the first people of a demo scope the states the demo needs (volunteers and staff, not coordinators). */
function insist(candidates: Skeleton[], cases: DbsClearanceStatus[], organisation: SeededOrganisation): void {
  const eligible = candidates.filter((s) => !s.left && s.type !== PersonType.COORDINATOR && s.type !== PersonType.TRUSTEE);
  cases.forEach((target, i) => {
    const skeleton = eligible[i];
    if (!skeleton) return;
    skeleton.target = target === ClearanceStatus.NEEDS_NEW_CHECK && organisation.region === Region.NORTHERN_IRELAND ? ClearanceStatus.EXPIRED : target;
  });
}

/** Most started in the last few years; coordinators, staff and trustees tend to stay longer. New starters have no DBS yet. */
function startDay(faker: SeedContext['faker'], skeleton: Skeleton): Day {
  if (!skeleton.left && skeleton.target === ClearanceStatus.MISSING_DBS && skeleton.type !== PersonType.TRUSTEE) {
    return ASOF - faker.number.int({ min: 0, max: 50 });
  }
  const settled = skeleton.type === PersonType.COORDINATOR || skeleton.type === PersonType.STAFF || skeleton.type === PersonType.TRUSTEE;
  const daysAgo = Math.floor((ASOF - EARLIEST_START) * faker.number.float() ** (settled ? 1.1 : 1.5));
  // A leaver worked at least a couple of months, and left before the as-of day.
  return skeleton.left && daysAgo < 120 ? ASOF - 120 - faker.number.int({ min: 0, max: 300 }) : ASOF - daysAgo;
}

/** The level their centres need: the barred list wherever any of them offers supervised work (app.required_dbs_level). */
function requiredLevel(centres: SeededCentre[]): DbsLevel {
  return centres.some((c) => c.serviceTypes.some((t) => SUPERVISED.includes(t))) ? DbsLevel.ENHANCED_BARRED : DbsLevel.ENHANCED;
}

type CheckOwner = {
  id: string;
  organisation: SeededOrganisation;
  jurisdiction: DbsJurisdiction;
  type: PersonType;
  subscription: string | null;
  /** The end of their history: the as-of day, or the day they left. */
  asOf: Day;
  decider: (decided: Day) => string;
};

function checkRow(ctx: SeedContext, check: PlannedCheck, owner: CheckOwner): RequiredEntityData<DbsCheck> {
  const { faker } = ctx;
  const decidedDay = Math.min(check.issue + faker.number.int({ min: 1, max: 14 }), owner.asOf - 1);
  const decidedAt = londonInstant(decidedDay, faker.number.int({ min: 540, max: 1020 }));
  // The retention job purges the number six months after the decision, at its nightly run.
  const purgeDay = addMonths(decidedDay, CERTIFICATE_RETENTION_MONTHS);
  const purgedAt = purgeDay <= ASOF ? londonInstant(purgeDay, 180 + faker.number.int({ min: 0, max: 5 })) : null;
  const statusCheckedAt = check.statusCheck ? londonInstant(check.statusCheck.day, faker.number.int({ min: 540, max: 1020 })) : null;
  const updatedAt = new Date(Math.max(decidedAt.getTime(), purgedAt?.getTime() ?? 0, statusCheckedAt?.getTime() ?? 0));
  return {
    id: faker.string.uuid(),
    person: owner.id,
    organisation: owner.organisation.id,
    jurisdiction: owner.jurisdiction,
    level: check.level,
    workforce: workforceFor(ctx, check.level, owner.type),
    certificateNumber: purgedAt ? null : owner.jurisdiction === DbsJurisdiction.DBS ? `00${faker.string.numeric(10)}` : faker.string.numeric({ length: 12, allowLeadingZeros: false }),
    certificatePurgedAt: purgedAt,
    issueDate: isoOf(check.issue),
    decision: check.decision,
    decidedBy: owner.decider(decidedDay),
    decidedAt,
    onUpdateService: check.onUpdateService,
    updateServiceSubscriptionId: check.onUpdateService ? owner.subscription : null,
    lastStatusCheckDate: check.statusCheck ? isoOf(check.statusCheck.day) : null,
    lastStatusCheckResult: check.statusCheck?.result ?? null,
    createdAt: decidedAt,
    updatedAt,
  };
}

/** Enhanced checks name a workforce; basic and standard ones have none to name. */
function workforceFor(ctx: SeedContext, level: DbsLevel, type: PersonType): DbsWorkforce {
  if (level === DbsLevel.BASIC || level === DbsLevel.STANDARD) return DbsWorkforce.OTHER;
  const both = type === PersonType.TRUSTEE || type === PersonType.SESSIONAL_WORKER ? 0.45 : 0.2;
  return ctx.faker.number.float() < both ? DbsWorkforce.CHILD_AND_ADULT : DbsWorkforce.CHILD;
}

/** A synthetic address at a reserved domain (example.com, .org, .net), unique within the organisation. */
function uniqueEmail(ctx: SeedContext, taken: Set<string>, given: string, family: string): string {
  let email = ctx.faker.internet.exampleEmail({ firstName: given, lastName: family }).toLowerCase();
  for (let n = 2; taken.has(email); n++) email = email.replace(/(\d*)@/, `${n}@`);
  taken.add(email);
  return email;
}

function phoneNumber(ctx: SeedContext, region: Region): string {
  const { faker } = ctx;
  const prefix = faker.number.float() < 0.7 ? DRAMA_MOBILE : faker.helpers.arrayElement(DRAMA_LANDLINES[region]);
  return `${prefix}${faker.string.numeric(3)}`;
}
