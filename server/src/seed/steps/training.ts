import type { Faker } from '@faker-js/faker';
import { preparedQuery } from '../../db/prepared-query';
import { ServiceType } from '../../modules/centre/centre.enums';
import { ClearanceStatus, TrainingState } from '../../modules/clearance/clearance.enums';
import { Region } from '../../modules/geo';
import { PersonStatus, PersonType } from '../../modules/person/person.enums';
import { CourseDelivery, EnrolmentStatus, SessionStatus, TrainingOutcome, TrainingSource } from '../../modules/training/training.enums';
import { SEED_AS_OF, insertJsonRows, weightedPick, type SeedContext } from '../seed-context';
import { addMonths, dayOf, isoOf, londonInstant, type Day } from '../seed-dates';
import type { DemoScopes } from './demo-accounts';
import { townOf, type SeededOrganisation } from './organisations';
import { mandatoryCourses, seedCatalogue, type SeededCourse } from './training-catalogue';

export type TrainingSummary = { courses: number; courseSessions: number; enrolments: number; trainingRecords: number };

const ASOF: Day = dayOf(SEED_AS_OF);
/** The training team has kept its sessions on the platform since about three years before the as-of day; older completions were entered from its paper register. */
const SESSIONS_SINCE: Day = addMonths(ASOF, -38);
/** Sessions are timetabled about four months ahead. */
const HORIZON: Day = ASOF + 120;
/** When life-story work left the catalogue (its last sessions ran before). */
const RETIRED_ON: Day = addMonths(ASOF, -15);
/** How far from the day wished for a completion (or an upcoming place) moves to join a session with places left before another session is timetabled. */
const PAST_REACH = 180;
const UPCOMING_REACH = 45;
/** Training starts with induction, in someone's first week or so. */
const INDUCTION_DAYS = 7;
/** The warning window of person_clearance (app.expiring_days); stateSpan keeps five days clear of each boundary, so month arithmetic cannot move anyone. */
const EXPIRING_DAYS = 90;

/**
 * Where active people stand on their mandatory training on the as-of day (the worst of their
 * courses). Someone can only be out of date on a course they took more than its validity ago, so
 * those who have been there a while carry the expired and expiring; new starters mostly have
 * something still to do.
 */
const targets = (current: number, expiring: number, expired: number, missing: number): Readonly<Record<TrainingState, number>> => ({
  [TrainingState.CURRENT]: current,
  [TrainingState.EXPIRING]: expiring,
  [TrainingState.EXPIRED]: expired,
  [TrainingState.MISSING]: missing,
});
const SETTLED_TARGETS = targets(74, 12, 9, 5);
const RECENT_TARGETS = targets(93, 2, 1, 4);
const NEW_STARTER_TARGETS = targets(30, 0, 0, 70);
/** Leavers, on the day they left. */
const LEAVER_TARGETS = targets(85, 0, 5, 10);

/** How a completion is recorded: OCN credits for most, a pass for some, attendance only for those who did not register with OCN. */
type Completing = TrainingOutcome.CREDITS_AWARDED | TrainingOutcome.PASSED | TrainingOutcome.ATTENDED;
const COMPLETED: Readonly<Record<Completing, number>> = { [TrainingOutcome.CREDITS_AWARDED]: 55, [TrainingOutcome.PASSED]: 30, [TrainingOutcome.ATTENDED]: 15 };

/** Training elsewhere that organisations record for their people: what, and who ran it (some named after the organisation's town). */
const EXTERNAL_COURSES: ReadonlyArray<{ course: string; provider: (town: string) => string; hours: number }> = [
  { course: 'Safeguarding children: level 1 awareness', provider: (town) => `${town} Safeguarding Children Partnership`, hours: 3 },
  { course: 'Working together to safeguard children', provider: (town) => `${town} Safeguarding Children Partnership`, hours: 6 },
  { course: 'Emergency first aid at work', provider: () => 'St John Ambulance', hours: 6 },
  { course: 'Emergency first aid at work', provider: () => 'British Red Cross', hours: 6 },
  { course: 'Mental health first aid', provider: () => 'MHFA England', hours: 7 },
  { course: 'Prevent duty awareness (e-learning)', provider: () => 'Home Office', hours: 1.5 },
  { course: 'Domestic abuse, stalking and harassment (DASH) risk checklist', provider: () => 'SafeLives', hours: 3 },
  { course: 'Understanding autism', provider: () => 'National Autistic Society', hours: 2 },
  { course: 'Data protection for small charities', provider: () => 'NCVO', hours: 2.5 },
  { course: 'Trauma-informed practice', provider: (town) => `${town} Council`, hours: 5 },
  { course: 'Attachment and child development', provider: () => 'The Open University (OpenLearn)', hours: 4 },
  { course: 'Food hygiene, level 2', provider: () => 'Chartered Institute of Environmental Health', hours: 3 },
];

/** Where the specialist courses are held: a hub city for each part of the network, within a day's travel (the core courses run in every region). */
const HUB_CITY: Partial<Record<Region, string>> = {
  [Region.LONDON]: 'London',
  [Region.WEST_MIDLANDS]: 'Birmingham',
  [Region.NORTH_WEST]: 'Manchester',
  [Region.YORKSHIRE_AND_THE_HUMBER]: 'Leeds',
  [Region.SOUTH_WEST]: 'Bristol',
  [Region.WALES]: 'Cardiff',
  [Region.NORTHERN_IRELAND]: 'Belfast',
};
const HUB: Readonly<Record<Region, Region>> = {
  [Region.LONDON]: Region.LONDON,
  [Region.SOUTH_EAST]: Region.LONDON,
  [Region.EAST_OF_ENGLAND]: Region.LONDON,
  [Region.WEST_MIDLANDS]: Region.WEST_MIDLANDS,
  [Region.EAST_MIDLANDS]: Region.WEST_MIDLANDS,
  [Region.NORTH_WEST]: Region.NORTH_WEST,
  [Region.ISLE_OF_MAN]: Region.NORTH_WEST,
  [Region.YORKSHIRE_AND_THE_HUMBER]: Region.YORKSHIRE_AND_THE_HUMBER,
  [Region.NORTH_EAST]: Region.YORKSHIRE_AND_THE_HUMBER,
  [Region.SOUTH_WEST]: Region.SOUTH_WEST,
  [Region.CHANNEL_ISLANDS]: Region.SOUTH_WEST,
  [Region.WALES]: Region.WALES,
  [Region.NORTHERN_IRELAND]: Region.NORTHERN_IRELAND,
};

const TRAINING_VENUES = [
  'Voluntary Action Centre',
  'Friends Meeting House',
  'Council for Voluntary Service, training suite',
  'Methodist Central Hall, Wesley Room',
  'YMCA conference rooms',
  'The Learning and Development Centre',
  'Community Hub, first-floor training room',
  'Guildhall committee rooms',
];

type PersonRow = {
  id: string;
  organisation_id: string;
  person_type: PersonType;
  status: PersonStatus;
  start_date: string;
  leave_date: string | null;
  centre_service_types: string[];
  region: Region;
};

/** A demo person's training, decided here rather than by the dice (see demoTargets). */
type Forced = { target: TrainingState; request: boolean };

type PlannedSession = {
  id: string;
  course: SeededCourse;
  start: Day;
  end: Day;
  createdDay: Day;
  /** When the cohort's attendance was recorded (past sessions). */
  recordedAt: Date | null;
  /** How many places the timetable fills before another session is added nearby (below the capacity: sessions are rarely full). */
  fill: number;
  taken: number;
};

/** A day range a record's completion must fall in, and the day wished for. */
type Span = { lo: Day; hi: Day; wish: Day };

/**
 * The training of the synthetic network: the catalogue, about three years of sessions and the
 * next four months', who was and is enrolled, and about 40,000 training records at scale 1 (8
 * per person: everyone's safeguarding and their centre's core courses, renewed as they fall due,
 * optional courses, some external training, and the odd absence or fail).
 *
 * Records are planned backwards from where each person should stand on the as-of day, as the DBS
 * histories are: among active people mostly CURRENT, some EXPIRING, some EXPIRED, some MISSING,
 * judged as app.mandatory_training judges them. A NACCC completion since the training team kept
 * its sessions here belongs to a session of that course (in their region, or online), found or
 * timetabled as the cohorts fill; its cohort was enrolled (CONFIRMED) and recorded together when
 * the session completed. Upcoming sessions are partly filled with the people who need them,
 * some confirmed and some REQUESTED by their organisation. The demo scopes get every training
 * state among people whose DBS is in order, and a requested place on an upcoming session.
 *
 * People are read back in batches (memory stays flat at scale 100) and rows are written in bulk;
 * the audit triggers record every row, as for the rest of the seed.
 */
export async function seedTraining(ctx: SeedContext, organisations: SeededOrganisation[], demo: DemoScopes): Promise<TrainingSummary> {
  // Before the catalogue exists, person_clearance's status is the DBS alone.
  const forced = await demoTargets(ctx, demo);
  const courses = await seedCatalogue(ctx, SESSIONS_SINCE - 30, RETIRED_ON);
  const [team] = await preparedQuery<{ id: string }>(ctx.em, `select id from app_user where email = 'training@naccc.test'`);
  const planner = new TrainingPlanner(ctx, courses, organisations, forced, team?.id ?? null);

  const batch = (after: string) =>
    preparedQuery<PersonRow>(
      ctx.em,
      `select p.id, p.organisation_id, p.person_type, p.status, p.start_date::text, p.leave_date::text, p.centre_service_types::text[], o.region
       from person p join organisation o on o.id = p.organisation_id where p.id > $1 order by p.id limit 1000`,
      [after],
    );
  // While Postgres writes one batch's rows (the audit triggers make that most of the work), the
  // next batch is planned: each batch is read before the previous one's rows are sent, as the
  // transaction has one connection.
  let writing: Promise<void> = Promise.resolve();
  for (let people = await batch('00000000-0000-0000-0000-000000000000'); people.length > 0; ) {
    for (const person of people) planner.person(person);
    await writing;
    const next = await batch(people[people.length - 1]!.id);
    writing = planner.flush();
    people = next;
  }
  await writing;
  planner.finishTimetable();
  await planner.flush();
  return { courses: courses.length, ...planner.counts };
}

/**
 * The demo scopes (coordinator1's centre, so orgadmin1's organisation too, and orgadmin2's
 * organisation): four people each whose DBS is cleared, one in each training state, preferring
 * volunteers, staff and sessional workers. The expiring and the missing have asked for a place on
 * an upcoming session. Read with the clearance clock at the as-of day.
 */
async function demoTargets(ctx: SeedContext, demo: DemoScopes): Promise<Map<string, Forced>> {
  await preparedQuery(ctx.em, `select set_config('app.today', $1, true)`, [SEED_AS_OF]);
  const rows = await preparedQuery<{ id: string; organisation_id: string; person_type: PersonType; centre_ids: string[]; status: ClearanceStatus }>(
    ctx.em,
    `select p.id, p.organisation_id, p.person_type, p.centre_ids::text[], c.status
     from person p join person_clearance c on c.person_id = p.id
     where p.organisation_id = any ($1::uuid[]) and p.status = 'ACTIVE' order by p.start_date, p.id`,
    [[demo.first.id, demo.second.id]],
  );
  await preparedQuery(ctx.em, `select set_config('app.today', '', true)`);
  const forced = new Map<string, Forced>();
  const scopes = [rows.filter((r) => r.centre_ids.includes(demo.coordinated)), rows.filter((r) => r.organisation_id === demo.second.id)];
  const lead = (type: PersonType) => (type === PersonType.COORDINATOR || type === PersonType.TRUSTEE ? 1 : 0);
  for (const scope of scopes) {
    const cleared = scope.filter((r) => r.status === ClearanceStatus.CLEARED).sort((a, b) => lead(a.person_type) - lead(b.person_type));
    const states = [TrainingState.EXPIRED, TrainingState.EXPIRING, TrainingState.MISSING, TrainingState.CURRENT];
    states.forEach((target, i) => {
      const person = cleared[i];
      if (person) forced.set(person.id, { target, request: target === TrainingState.EXPIRING || target === TrainingState.MISSING });
    });
  }
  return forced;
}

class TrainingPlanner {
  readonly counts = { courseSessions: 0, enrolments: 0, trainingRecords: 0 };
  private readonly sessions: Row<'course_session'>[] = [];
  private readonly enrolments: Row<'session_enrolment'>[] = [];
  private readonly records: Row<'training_record'>[] = [];
  /** Sessions with places still to fill, by course, region (null: online) and past or upcoming. */
  private readonly open = new Map<string, PlannedSession[]>();
  /** Every upcoming session, for the timetable's last touches. */
  private readonly upcoming: PlannedSession[] = [];
  private readonly towns = new Map<Region, string[]>();
  private readonly townOfOrganisation = new Map<string, string>();
  private readonly trainers = new Map<Region | 'ONLINE', string[]>();
  private readonly regionWeights: Partial<Record<Region, number>> = {};

  constructor(
    private readonly ctx: SeedContext,
    private readonly courses: readonly SeededCourse[],
    organisations: readonly SeededOrganisation[],
    private readonly forced: ReadonlyMap<string, Forced>,
    private readonly teamUserId: string | null,
  ) {
    const { faker } = ctx;
    for (const organisation of organisations) {
      const town = townOf(organisation.home);
      this.townOfOrganisation.set(organisation.id, town);
      const towns = this.towns.get(organisation.region) ?? [];
      if (!towns.includes(town)) towns.push(town);
      this.towns.set(organisation.region, towns);
      this.regionWeights[organisation.region] = (this.regionWeights[organisation.region] ?? 0) + organisation.centreCount;
    }
    // NACCC's trainers: two for each region, four who run the online courses.
    for (const region of [...Object.values(Region), 'ONLINE' as const]) {
      this.trainers.set(region, Array.from({ length: region === 'ONLINE' ? 4 : 2 }, () => `${faker.person.firstName()} ${faker.person.lastName()}`));
    }
  }

  /** One person's records and upcoming places, from where they should stand on the as-of day (or the day they left). */
  person(person: PersonRow): void {
    const { faker } = this.ctx;
    const start = dayOf(person.start_date);
    const left = person.status === PersonStatus.LEFT;
    const asOf = person.leave_date ? dayOf(person.leave_date) : ASOF;
    const forced = left ? undefined : this.forced.get(person.id);
    // A demo person who must be out of date on a three-year course but joined less than three
    // years ago trained with another member organisation before joining this one.
    const first = forced && start > ASOF - 1110 ? ASOF - 1900 : start + INDUCTION_DAYS;
    const newStarter = !left && start > ASOF - 60;
    if (first >= asOf) {
      // Started this week: nothing done yet.
      this.externals(person, start, asOf);
      return;
    }
    const mandatory = mandatoryCourses(this.courses, person.person_type, person.centre_service_types);
    const target =
      forced?.target ??
      weightedPick(faker, left ? LEAVER_TARGETS : newStarter ? NEW_STARTER_TARGETS : start <= ASOF - 1110 ? SETTLED_TARGETS : RECENT_TARGETS);
    const states = this.courseStates(mandatory, target, first, asOf, newStarter, forced !== undefined);
    const used = new Set<string>();

    for (const course of mandatory) {
      const state = states.get(course)!;
      const span = state === TrainingState.MISSING ? null : stateSpan(course, state, first, asOf);
      if (!span) {
        // Never completed: some booked a place and did not come, or did not pass.
        const lo = Math.max(first, asOf - 540);
        if (faker.number.float() < 0.35 && lo < asOf) this.attempt(person, course, { lo, hi: asOf - 1, wish: faker.number.int({ min: lo, max: asOf - 1 }) }, used, this.notCompleted());
      } else {
        const wish = course.validityMonths === null ? clamp(start + faker.number.int({ min: -30, max: 300 }), span.lo, span.hi) : faker.number.int({ min: span.lo, max: span.hi });
        this.history(person, course, { ...span, wish }, first, asOf, used, state === TrainingState.EXPIRED);
      }
      const due = state !== TrainingState.CURRENT;
      if (!left && (forced?.request && due ? true : due && faker.number.float() < 0.45)) {
        this.placeOnUpcoming(person, course, forced?.request && due ? EnrolmentStatus.REQUESTED : faker.number.float() < 0.4 ? EnrolmentStatus.REQUESTED : EnrolmentStatus.CONFIRMED, forced !== undefined);
      }
    }

    for (const course of this.courses) {
      if (mandatory.includes(course) || faker.number.float() >= optionalChance(course, person)) continue;
      const hi = course.active ? asOf - 1 : Math.min(asOf - 1, RETIRED_ON);
      const lo = Math.max(first, asOf - 1600);
      if (lo > hi) continue;
      let done = this.attempt(person, course, { lo, hi, wish: faker.number.int({ min: lo, max: hi }) }, used, this.completed());
      // Some renew an optional course as it runs out.
      while (done !== null && course.validityMonths !== null && faker.number.float() < 0.5) {
        const renewal = addMonths(done, course.validityMonths) - faker.number.int({ min: 0, max: 75 });
        if (renewal > hi) break;
        done = this.attempt(person, course, { lo: renewal, hi: Math.min(hi, renewal + 30), wish: renewal }, used, this.completed());
      }
    }
    if (!left && faker.number.float() < 0.02) {
      const optional = this.courses.filter((c) => c.active && !mandatory.includes(c) && c.requirements.length === 0);
      this.placeOnUpcoming(person, faker.helpers.arrayElement(optional), faker.number.float() < 0.5 ? EnrolmentStatus.REQUESTED : EnrolmentStatus.CONFIRMED, false);
    }

    this.externals(person, start, asOf);
  }

  /** Training elsewhere, some of it in a previous role: about half have some recorded. */
  private externals(person: PersonRow, start: Day, asOf: Day): void {
    const { faker } = this.ctx;
    const count = faker.number.float() < (person.person_type === PersonType.VOLUNTEER ? 0.55 : 0.7) ? (faker.number.float() < 0.35 ? 2 : 1) : 0;
    for (let i = 0; i < count; i++) this.external(person, start, Math.max(start - 400, asOf - 3000), asOf - 1);
  }

  /** Each mandatory course's state, so that the worst of them is the target. */
  private courseStates(mandatory: SeededCourse[], target: TrainingState, first: Day, asOf: Day, newStarter: boolean, demo: boolean): Map<SeededCourse, TrainingState> {
    const { faker } = this.ctx;
    const states = new Map(mandatory.map((course) => [course, TrainingState.CURRENT]));
    const possible = (course: SeededCourse, state: TrainingState) => stateSpan(course, state, first, asOf) !== null;
    if (target === TrainingState.EXPIRING || target === TrainingState.EXPIRED) {
      const candidates = mandatory.filter((course) => course.validityMonths !== null && possible(course, target));
      if (candidates.length === 0) return states;
      // The demo's is their safeguarding, the course everyone holds.
      const chosen = demo ? candidates[0]! : faker.helpers.arrayElement(candidates);
      states.set(chosen, target);
      if (target === TrainingState.EXPIRED && !demo) {
        for (const course of candidates) if (course !== chosen && faker.number.float() < 0.15 && possible(course, TrainingState.EXPIRING)) states.set(course, TrainingState.EXPIRING);
      }
    } else if (target === TrainingState.MISSING) {
      if (newStarter) {
        for (const course of mandatory) if (faker.number.float() < 0.7) states.set(course, TrainingState.MISSING);
      }
      if (![...states.values()].includes(TrainingState.MISSING)) {
        // Most often the course of a role or service they took on later than their safeguarding.
        const others = mandatory.filter((course) => course.code !== 'SAF-1');
        const chosen = others.length > 0 && (demo || faker.number.float() < 0.85) ? faker.helpers.arrayElement(others) : mandatory[0]!;
        states.set(chosen, TrainingState.MISSING);
      }
      if (!demo) {
        for (const course of mandatory) {
          if (states.get(course) === TrainingState.CURRENT && course.validityMonths !== null && faker.number.float() < 0.1 && possible(course, TrainingState.EXPIRED)) states.set(course, TrainingState.EXPIRED);
        }
      }
    }
    return states;
  }

  /**
   * A mandatory course's completions: the latest (in `span`, so its state holds), those it
   * renewed back to when they started, maybe a first attempt that failed or was missed, and for
   * the expired maybe a refresher they did not turn up to.
   */
  private history(person: PersonRow, course: SeededCourse, span: Span, first: Day, asOf: Day, used: Set<string>, expired: boolean): void {
    const { faker } = this.ctx;
    const latest = this.attempt(person, course, span, used, this.completed());
    if (latest === null) return;
    if (faker.number.float() < 0.1) this.attempt(person, course, earlier(first, latest), used, this.notCompleted());
    if (course.validityMonths === null) return;
    if (expired && faker.number.float() < 0.25) {
      const lo = addMonths(latest, course.validityMonths) - 90;
      if (lo < asOf - 1) this.attempt(person, course, { lo, hi: asOf - 1, wish: faker.number.int({ min: lo, max: asOf - 1 }) }, used, TrainingOutcome.DID_NOT_ATTEND);
    }
    let renewed = latest;
    for (let k = 0; k < 4; k++) {
      const due = addMonths(renewed, -course.validityMonths);
      const lo = Math.max(first, due - 60);
      const hi = Math.min(due + 90, renewed - 200);
      if (lo > hi) break;
      const done = this.attempt(person, course, { lo, hi, wish: faker.number.int({ min: lo, max: hi }) }, used, this.completed());
      if (done === null) break;
      renewed = done;
    }
  }

  /**
   * One NACCC record: on a session of the course when it falls in the years the training team kept
   * them here (cohort enrolled and recorded together), else entered from the paper register.
   * Returns the day it was completed, or null when no day in the span would do.
   */
  private attempt(person: PersonRow, course: SeededCourse, span: Span, used: Set<string>, outcome: TrainingOutcome): Day | null {
    const { faker } = this.ctx;
    if (span.lo > span.hi) return null;
    const start = dayOf(person.start_date);
    // Sessions are here since the training team kept them, for people on an organisation's books.
    const sessionsFrom = Math.max(SESSIONS_SINCE, start);
    let wish = clamp(span.wish, span.lo, span.hi);
    const session = wish >= sessionsFrom ? this.sessionFor(course, person.region, Math.max(span.lo, sessionsFrom), span.hi, wish, used, false) : null;
    if (!session && wish >= sessionsFrom) {
      // No session could run in the span (it starts too near the first kept session): from the register, if it reaches back before them.
      if (span.lo >= sessionsFrom) return null;
      wish = faker.number.int({ min: span.lo, max: Math.min(span.hi, sessionsFrom - 1) });
    }
    const attended = outcome !== TrainingOutcome.DID_NOT_ATTEND;
    const credited = outcome === TrainingOutcome.CREDITS_AWARDED || outcome === TrainingOutcome.PASSED;
    const day = session?.end ?? wish;
    if (session) {
      used.add(session.id);
      // Enrolled once the session was on the timetable and they were on the organisation's books.
      const from = Math.min(Math.max(session.createdDay + 1, start), session.start - 1);
      const enrolled = londonInstant(faker.number.int({ min: from, max: session.start - 1 }), faker.number.int({ min: 540, max: 1020 }));
      this.enrolments.push({ id: faker.string.uuid(), session_id: session.id, person_id: person.id, organisation_id: person.organisation_id, status: EnrolmentStatus.CONFIRMED, created_at: enrolled, updated_at: enrolled });
    }
    // The paper register was entered when the training team started keeping its sessions here;
    // training done before someone joined, when they joined.
    const recordedAt = session?.recordedAt ?? londonInstant(Math.max(SESSIONS_SINCE, start), 600);
    this.records.push({
      id: faker.string.uuid(),
      person_id: person.id,
      organisation_id: person.organisation_id,
      source: TrainingSource.NACCC,
      course_id: course.id,
      external_course: null,
      external_provider: null,
      session_id: session?.id ?? null,
      completed_on: isoOf(day),
      outcome,
      credits: credited ? course.creditValue : 0,
      hours: attended ? course.guidedLearningHours : 0,
      certificate_ref: credited ? `${course.code}/${isoOf(day).slice(0, 4)}/${faker.string.numeric(5)}` : null,
      recorded_by_user_id: session ? this.teamUserId : null,
      created_at: recordedAt,
      updated_at: recordedAt,
    });
    return day;
  }

  /** A place on an upcoming session of the course, requested by their organisation or confirmed by the training team. */
  private placeOnUpcoming(person: PersonRow, course: SeededCourse, status: EnrolmentStatus, demo: boolean): void {
    const { faker } = this.ctx;
    if (!course.active) return;
    // The demo's requests are for sessions a month or more away, so they stay upcoming for a while.
    const lo = demo ? ASOF + 30 : ASOF + 3;
    const session = this.sessionFor(course, person.region, lo, HORIZON, faker.number.int({ min: lo, max: HORIZON }), new Set(), true);
    if (!session) return;
    const day = faker.number.int({ min: Math.min(Math.max(session.createdDay + 1, ASOF - 45, dayOf(person.start_date)), ASOF - 1), max: ASOF - 1 });
    const at = londonInstant(day, faker.number.int({ min: 540, max: 1020 }));
    this.enrolments.push({ id: faker.string.uuid(), session_id: session.id, person_id: person.id, organisation_id: person.organisation_id, status, created_at: at, updated_at: at });
  }

  /** One course elsewhere (some before they joined), recorded by their organisation within a month, or when they joined. */
  private external(person: PersonRow, start: Day, lo: Day, hi: Day): void {
    const { faker } = this.ctx;
    if (lo > hi) return;
    const pick = faker.helpers.arrayElement(EXTERNAL_COURSES);
    const day = faker.number.int({ min: lo, max: hi });
    const passed = faker.number.float() < 0.25;
    const at = londonInstant(Math.max(start, Math.min(day + faker.number.int({ min: 1, max: 30 }), hi)), faker.number.int({ min: 540, max: 1020 }));
    this.records.push({
      id: faker.string.uuid(),
      person_id: person.id,
      organisation_id: person.organisation_id,
      source: TrainingSource.EXTERNAL,
      course_id: null,
      external_course: pick.course,
      external_provider: pick.provider(this.townOfOrganisation.get(person.organisation_id)!),
      session_id: null,
      completed_on: isoOf(day),
      outcome: passed ? TrainingOutcome.PASSED : TrainingOutcome.ATTENDED,
      credits: 0,
      hours: pick.hours,
      certificate_ref: passed && faker.number.float() < 0.6 ? faker.string.alphanumeric({ length: 8, casing: 'upper' }) : null,
      recorded_by_user_id: null,
      created_at: at,
      updated_at: at,
    });
  }

  /**
   * A session of the course ending within the span: the nearest to the wished-for day with a place
   * left (in the person's region, or online), or a new one timetabled on a day that suits the
   * course. Null when the span has no day a session could run.
   */
  private sessionFor(course: SeededCourse, region: Region, lo: Day, hi: Day, wish: Day, used: Set<string>, upcoming: boolean): PlannedSession | null {
    const where = venueRegion(course, region);
    const key = `${course.code}|${where ?? 'ONLINE'}|${upcoming ? 'U' : 'P'}`;
    const open = this.open.get(key) ?? [];
    this.open.set(key, open);
    const reach = upcoming ? UPCOMING_REACH : PAST_REACH;
    let best: PlannedSession | null = null;
    for (const session of open) {
      if (session.end < lo || session.end > hi || Math.abs(session.end - wish) > reach || used.has(session.id)) continue;
      if (!best || Math.abs(session.end - wish) < Math.abs(best.end - wish)) best = session;
    }
    if (!best) {
      const days = course.sessions.days;
      const end = validEnd(this.ctx.faker, course, wish, Math.max(lo, upcoming ? ASOF + 2 + days : SESSIONS_SINCE + days), Math.min(hi, upcoming ? HORIZON : course.active ? ASOF - 1 : RETIRED_ON));
      if (end === null) return null;
      best = this.timetable(course, where, end, upcoming, upcoming ? SessionStatus.SCHEDULED : SessionStatus.COMPLETED);
      open.push(best);
    }
    best.taken += 1;
    if (best.taken >= best.fill) open.splice(open.indexOf(best), 1);
    return best;
  }

  /** A new session row: when, where, who trains, how many places. */
  private timetable(course: SeededCourse, region: Region | null, end: Day, upcoming: boolean, status: SessionStatus): PlannedSession {
    const { faker } = this.ctx;
    const shape = course.sessions;
    const start = end - shape.days + 1;
    const capacity = faker.number.int({ min: shape.places[0], max: shape.places[1] });
    const fill = Math.max(1, Math.round(capacity * (upcoming ? faker.number.float({ min: 0.3, max: 0.9 }) : faker.number.float({ min: 0.75, max: 1 }))));
    const createdDay = Math.min(Math.max(SESSIONS_SINCE - 30, start - faker.number.int({ min: 21, max: 120 })), ASOF - 2);
    const createdAt = londonInstant(createdDay, faker.number.int({ min: 540, max: 1020 }));
    let updatedAt = createdAt;
    let recordedAt: Date | null = null;
    if (status === SessionStatus.COMPLETED) {
      const recordedDay = Math.max(end, Math.min(end + faker.number.int({ min: 0, max: 9 }), ASOF - 1));
      recordedAt = londonInstant(recordedDay, recordedDay === end ? shape.to + faker.number.int({ min: 20, max: 110 }) : faker.number.int({ min: 540, max: 1020 }));
      updatedAt = recordedAt;
    } else if (status === SessionStatus.CANCELLED) {
      updatedAt = londonInstant(faker.number.int({ min: createdDay + 1, max: Math.max(createdDay + 1, Math.min(start - 1, ASOF - 1)) }), faker.number.int({ min: 540, max: 1020 }));
    }
    const town = !region ? null : course.sessions.everyRegion ? faker.helpers.arrayElement(this.towns.get(region)!) : HUB_CITY[region]!;
    const id = faker.string.uuid();
    const online = course.delivery !== CourseDelivery.IN_PERSON;
    this.sessions.push({
      id,
      course_id: course.id,
      starts_at: londonInstant(start, shape.from),
      ends_at: londonInstant(end, shape.to),
      trainer: faker.helpers.arrayElement(this.trainers.get(region ?? 'ONLINE')!),
      venue: town ? `${faker.helpers.arrayElement(TRAINING_VENUES)}, ${town}` : null,
      online_link: online ? `https://meet.example.org/naccc/${course.code.toLowerCase()}-${isoOf(start).replace(/-/g, '')}-${faker.string.alphanumeric({ length: 6, casing: 'lower' })}` : null,
      region,
      capacity,
      status,
      created_at: createdAt,
      updated_at: updatedAt,
      // Completing or cancelling a session is an update of it.
      version: status === SessionStatus.SCHEDULED ? 1 : 2,
    });
    const planned: PlannedSession = { id, course, start, end, createdDay, recordedAt, fill, taken: 0 };
    if (upcoming) this.upcoming.push(planned);
    return planned;
  }

  /**
   * The timetable's last touches: every active course has sessions coming up (two at least, some
   * with nobody on them yet), and a few sessions, past and upcoming, were cancelled.
   */
  finishTimetable(): void {
    const { faker } = this.ctx;
    for (const course of this.courses) {
      if (!course.active) continue;
      for (let n = this.upcoming.filter((s) => s.course === course).length; n < 2; n++) {
        const wish = faker.number.int({ min: ASOF + 14, max: HORIZON });
        const end = validEnd(faker, course, wish, ASOF + 14, HORIZON);
        if (end !== null) this.timetable(course, this.regionFor(course), end, true, SessionStatus.SCHEDULED);
      }
    }
    const cancelled = Math.max(2, Math.round(this.counts.courseSessions * 0.03 + this.sessions.length * 0.03));
    for (let i = 0; i < cancelled; i++) {
      const course = faker.helpers.arrayElement(this.courses.filter((c) => c.active));
      const upcoming = i % 4 === 0;
      const lo = upcoming ? ASOF + 7 : SESSIONS_SINCE + 7;
      const hi = upcoming ? HORIZON : ASOF - 1;
      const end = validEnd(faker, course, faker.number.int({ min: lo, max: hi }), lo, hi);
      if (end !== null) this.timetable(course, this.regionFor(course), end, upcoming, SessionStatus.CANCELLED);
    }
  }

  private regionFor(course: SeededCourse): Region | null {
    return venueRegion(course, weightedPick(this.ctx.faker, this.regionWeights as Record<Region, number>));
  }

  private completed(): TrainingOutcome {
    return weightedPick(this.ctx.faker, COMPLETED);
  }

  private notCompleted(): TrainingOutcome {
    return this.ctx.faker.number.float() < 0.7 ? TrainingOutcome.DID_NOT_ATTEND : TrainingOutcome.FAILED;
  }

  /**
   * Writes what has been planned so far: sessions before the enrolments and records that refer to
   * them. The rows are taken at once, so planning can go on while they are written.
   */
  async flush(): Promise<void> {
    const { em } = this.ctx;
    const [sessions, enrolments, records] = [this.sessions.splice(0), this.enrolments.splice(0), this.records.splice(0)];
    this.counts.courseSessions += sessions.length;
    this.counts.enrolments += enrolments.length;
    this.counts.trainingRecords += records.length;
    await insertRows(em, 'course_session', sessions);
    await insertRows(em, 'session_enrolment', enrolments);
    await insertRows(em, 'training_record', records);
  }
}

/** The columns each table is written with, and their types (jsonb_to_recordset reads each row by them). */
const COLUMNS = {
  course_session: {
    id: 'uuid', course_id: 'uuid', starts_at: 'timestamptz', ends_at: 'timestamptz', trainer: 'text', venue: 'text', online_link: 'text',
    region: 'text', capacity: 'int', status: 'text', created_at: 'timestamptz', updated_at: 'timestamptz', version: 'int',
  },
  session_enrolment: { id: 'uuid', session_id: 'uuid', person_id: 'uuid', organisation_id: 'uuid', status: 'text', created_at: 'timestamptz', updated_at: 'timestamptz' },
  training_record: {
    id: 'uuid', person_id: 'uuid', organisation_id: 'uuid', source: 'text', course_id: 'uuid', external_course: 'text', external_provider: 'text',
    session_id: 'uuid', completed_on: 'date', outcome: 'text', credits: 'int', hours: 'numeric', certificate_ref: 'text',
    recorded_by_user_id: 'uuid', created_at: 'timestamptz', updated_at: 'timestamptz',
  },
} as const;
type Row<Table extends keyof typeof COLUMNS> = { [Column in keyof (typeof COLUMNS)[Table]]: string | number | Date | null };

/** Rows in bulk, by the columns of their table (insertJsonRows). */
function insertRows<Table extends keyof typeof COLUMNS>(em: SeedContext['em'], table: Table, rows: Row<Table>[]): Promise<void> {
  return insertJsonRows(em, table, COLUMNS[table], rows);
}

/**
 * The days a course's latest completion may fall on for it to be in `state` on `asOf` (as
 * app.mandatory_training judges it, each boundary kept a few days away), after `first`; null when
 * none (someone who started last year cannot have let a three-year course expire).
 */
function stateSpan(course: SeededCourse, state: TrainingState, first: Day, asOf: Day): { lo: Day; hi: Day } | null {
  const months = course.validityMonths;
  let lo = first;
  let hi = asOf - 1;
  if (months !== null) {
    if (state === TrainingState.CURRENT) lo = Math.max(lo, addMonths(asOf + EXPIRING_DAYS + 5, -months));
    else if (state === TrainingState.EXPIRING) [lo, hi] = [Math.max(lo, addMonths(asOf + 5, -months)), Math.min(hi, addMonths(asOf + EXPIRING_DAYS - 5, -months))];
    else if (state === TrainingState.EXPIRED) [lo, hi] = [Math.max(lo, addMonths(asOf - 420, -months)), Math.min(hi, addMonths(asOf - 5, -months))];
  } else if (state !== TrainingState.CURRENT) {
    return null;
  }
  return lo <= hi ? { lo, hi } : null;
}

/** Where someone from `region` goes for a course's sessions: their region, its hub, or online (null). */
function venueRegion(course: SeededCourse, region: Region): Region | null {
  if (course.delivery === CourseDelivery.ONLINE) return null;
  return course.sessions.everyRegion ? region : HUB[region];
}

/** An earlier try at a course: some weeks to months before it was completed. */
function earlier(first: Day, completed: Day): Span {
  const lo = Math.max(first, completed - 200);
  return { lo, hi: completed - 14, wish: Math.round((lo + completed - 14) / 2) };
}

/** How likely someone is to have taken a course not mandatory for them. */
function optionalChance(course: SeededCourse, person: PersonRow): number {
  const services = person.centre_service_types;
  const supervised = services.includes(ServiceType.SUPERVISED_CONTACT) || services.includes(ServiceType.SUPERVISED_ASSESSMENT);
  switch (course.code) {
    case 'DAA-2':
      return supervised ? 0.7 : 0.45;
    case 'EDI-1':
      return 0.5;
    case 'PFA-E':
      return 0.4;
    case 'HEC-1':
      return services.includes(ServiceType.HANDOVER) || services.includes(ServiceType.ESCORTED_CONTACT) ? 0.5 : 0.1;
    case 'LSW-2':
      return services.includes(ServiceType.LIFE_STORY_WORK) ? 0.3 : supervised ? 0.08 : 0.01;
    case 'OBS-3':
      return supervised ? 0.2 : 0;
    case 'SCP-3':
      return 0.03;
    case 'DPE-E':
      return 0.05;
    case 'CRD-3':
      return person.person_type === PersonType.STAFF ? 0.1 : 0;
    default:
      return 0;
  }
}

const weekday = (day: Day) => (day + 4) % 7; // 0 Sunday … 6 Saturday (1 January 1970 was a Thursday)

/** No training between Christmas and New Year. */
function holiday(day: Day): boolean {
  const at = new Date(day * 86_400_000);
  return (at.getUTCMonth() === 11 && at.getUTCDate() >= 22) || (at.getUTCMonth() === 0 && at.getUTCDate() <= 2);
}

/**
 * A day in [lo, hi] near `wish` (within a week, or three) that a session of the course could end
 * on: its days all weekdays (Saturdays too for some one-day courses), none in the holidays.
 */
function validEnd(faker: Faker, course: SeededCourse, wish: Day, lo: Day, hi: Day): Day | null {
  const { days, saturdays } = course.sessions;
  const fits = (end: Day) => {
    const first = weekday(end - days + 1);
    const weekdays = first >= 1 && first + days - 1 <= (days === 1 && saturdays ? 6 : 5);
    return end >= lo && end <= hi && weekdays && !holiday(end) && !holiday(end - days + 1);
  };
  for (const reach of [7, 21]) {
    const ends: Day[] = [];
    for (let end = wish - reach; end <= wish + reach; end++) if (fits(end)) ends.push(end);
    if (ends.length > 0) return faker.helpers.arrayElement(ends);
  }
  return null;
}

function clamp(day: Day, lo: Day, hi: Day): Day {
  return Math.min(Math.max(day, lo), hi);
}
