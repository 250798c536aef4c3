import type { FilterQuery } from '@mikro-orm/core';
import { londonDate } from '../../common/clock';
import { addDays, EARLIEST_DATE, requireDateBetween } from '../../common/dates';
import { BadUserInput } from '../../common/errors';
import { isUuid } from '../../common/ids';
import { findOneOrNotFound, findPage } from '../../common/listing';
import { requireVersion } from '../../common/optimistic-lock';
import type { ListArgs } from '../../common/pagination';
import type { RequestContext } from '../../common/request-context';
import { tidy } from '../../common/validation';
import { preparedQuery } from '../../db/prepared-query';
import { Binds, uuidArray } from '../../db/binds';
import { enrolmentRule } from '../../tenancy/tenant-filter';
import { Person } from '../person/person.entity';
import { PersonStatus } from '../person/person.enums';
import { Course } from './course.entity';
import { CourseSession, SessionEnrolment } from './course-session.entity';
import type { SessionEnrolmentView } from './session-enrolment.view';
import {
  SESSION_SORTABLE,
  type CourseSessionFilter,
  type CreateCourseSessionArgs,
  type EnrolArgs,
  type UpdateCourseSessionArgs,
} from './dto/course-session.args';
import { EnrolmentStatus, SessionStatus } from './training.enums';

/** How far ahead a session may be scheduled: further is a mistyped year, not a plan (about five years). */
const SCHEDULED_AHEAD_DAYS = 5 * 365 + 1;

/** The training team's timetable and who has a place on each session. */
export class CourseSessionService {
  list(ctx: RequestContext, args: ListArgs, filter?: CourseSessionFilter | null): Promise<CourseSession[]> {
    return findPage(ctx.em, CourseSession, this.where(ctx, filter), { sortField: 'startsAt', ...args }, SESSION_SORTABLE, 'startsAt', filter?.ids);
  }

  count(ctx: RequestContext, filter?: CourseSessionFilter | null): Promise<number> {
    return ctx.em.count(CourseSession, this.where(ctx, filter));
  }

  get(ctx: RequestContext, id: string): Promise<CourseSession> {
    return findOneOrNotFound(ctx.em, CourseSession, id, 'CourseSession');
  }

  async create(ctx: RequestContext, args: CreateCourseSessionArgs): Promise<CourseSession> {
    const course = isUuid(args.courseId) ? await ctx.em.findOne(Course, { id: args.courseId }) : null;
    if (!course) throw new BadUserInput('courseId', 'No course has this id');
    if (!course.active) throw new BadUserInput('courseId', `${course.title} is retired: make it active again before scheduling it`);
    const session = ctx.em.create(CourseSession, {
      course,
      startsAt: args.startsAt,
      endsAt: args.endsAt,
      trainer: tidy(args.trainer),
      venue: tidy(args.venue) || null,
      onlineLink: args.onlineLink || null,
      region: args.region ?? null,
      capacity: args.capacity,
    });
    this.checkShape(ctx, session);
    await ctx.em.flush();
    return session;
  }

  async update(ctx: RequestContext, args: UpdateCourseSessionArgs): Promise<CourseSession> {
    const session = await this.get(ctx, args.id);
    await requireVersion(ctx.em, session, args.version, 'This session was changed by someone else since you opened it; reload to see their changes');
    if (session.status === SessionStatus.CANCELLED && args.status !== SessionStatus.SCHEDULED) {
      throw new BadUserInput('id', 'This session is cancelled; set its status back to scheduled to change it');
    }
    if (args.startsAt != null) session.startsAt = args.startsAt;
    if (args.endsAt != null) session.endsAt = args.endsAt;
    if (args.trainer != null) session.trainer = tidy(args.trainer);
    if (args.venue !== undefined) session.venue = tidy(args.venue) || null;
    if (args.onlineLink !== undefined) session.onlineLink = args.onlineLink || null;
    if (args.region !== undefined) session.region = args.region ?? null;
    if (args.capacity != null) {
      const [row] = await preparedQuery<{ n: number }>(ctx.em, 'select app.hold_session_places($1) as n', [session.id]);
      if (args.capacity < row!.n) throw new BadUserInput('capacity', `${row!.n} places are already taken: the capacity cannot be less than that (remove enrolments first)`);
      session.capacity = args.capacity;
    }
    if (args.status != null && args.status !== session.status) {
      if (args.status === SessionStatus.COMPLETED) throw new BadUserInput('status', 'A session is completed by recording its attendance');
      if (session.status === SessionStatus.COMPLETED) throw new BadUserInput('status', "This session's attendance is recorded: it cannot be cancelled or reopened");
      session.status = args.status;
    }
    this.checkShape(ctx, session);
    await ctx.em.flush();
    return session;
  }

  /**
   * The training team enrols people (confirming any place their organisation requested);
   * an organisation's admin or coordinator requests places for their own people. All or none.
   */
  async enrol(ctx: RequestContext, args: EnrolArgs, as: 'training team' | 'member'): Promise<CourseSession> {
    const session = await this.get(ctx, args.sessionId).catch(() => {
      throw new BadUserInput('sessionId', 'No course session has this id');
    });
    if (session.status === SessionStatus.CANCELLED) throw new BadUserInput('sessionId', 'This session is cancelled: nobody can be enrolled on it');
    if (session.status === SessionStatus.COMPLETED) throw new BadUserInput('sessionId', "This session's attendance is already recorded: enrol them on a later session");
    if (as === 'member' && session.startsAt.getTime() <= ctx.clock.now.getTime()) throw new BadUserInput('sessionId', 'This session has already started: places can be requested on upcoming sessions only');
    const twice = args.personIds.find((id, i) => args.personIds.indexOf(id) !== i);
    if (twice) throw new BadUserInput('personIds', 'The same person is named twice');

    const people = await ctx.em.find(Person, { id: { $in: args.personIds } });
    const byId = new Map(people.map((person) => [person.id, person]));
    const missing = args.personIds.find((id) => !byId.has(id));
    if (missing) throw new BadUserInput('personIds', `No person you can enrol has the id ${missing}`);
    const gone = people.find((person) => person.status !== PersonStatus.ACTIVE);
    if (gone) throw new BadUserInput('personIds', `${gone.givenName} ${gone.familyName} has left their organisation`);

    const [held] = await preparedQuery<{ n: number }>(ctx.em, 'select app.hold_session_places($1) as n', [session.id]);
    const existing = await ctx.em.find(SessionEnrolment, { session, person: { $in: args.personIds } });
    const already = new Map(existing.map((enrolment) => [enrolment.person.id, enrolment]));
    const added: Person[] = [];
    for (const id of args.personIds) {
      const person = byId.get(id)!;
      const enrolment = already.get(id);
      if (!enrolment) added.push(person);
      else if (as === 'training team' && enrolment.status === EnrolmentStatus.REQUESTED) enrolment.status = EnrolmentStatus.CONFIRMED;
      else throw new BadUserInput('personIds', `${person.givenName} ${person.familyName} already has a place on this session`);
    }
    const left = session.capacity - held!.n;
    if (added.length > left) {
      throw new BadUserInput('personIds', `Only ${Math.max(left, 0)} ${left === 1 ? 'place is' : 'places are'} left on this session (capacity ${session.capacity}); ${added.length} asked for`);
    }
    const status = as === 'training team' ? EnrolmentStatus.CONFIRMED : EnrolmentStatus.REQUESTED;
    for (const person of added) ctx.em.create(SessionEnrolment, { session, person, organisation: person.organisation, status });
    await ctx.em.flush();
    return session;
  }

  /** A place given up: the training team removes any; an organisation withdraws a request not yet confirmed. */
  async removeEnrolment(ctx: RequestContext, id: string): Promise<CourseSession> {
    const enrolment = isUuid(id) ? await ctx.em.findOne(SessionEnrolment, { id }, { populate: ['session'] }) : null;
    if (!enrolment) throw new BadUserInput('id', 'No enrolment you can see has this id');
    if (!ctx.scope.trainingTeam && enrolment.status !== EnrolmentStatus.REQUESTED) {
      throw new BadUserInput('id', 'This place is confirmed: ask the training team to remove it');
    }
    if (enrolment.session.status === SessionStatus.COMPLETED) throw new BadUserInput('id', "This session's attendance is recorded: correct the outcome instead");
    const session = enrolment.session;
    ctx.em.remove(enrolment);
    await ctx.em.flush();
    return session;
  }

  /** The enrolments of sessions the caller may see, one statement per batch of sessions. */
  async enrolmentsOf(ctx: RequestContext, sessionIds: readonly string[]): Promise<Map<string, SessionEnrolmentView[]>> {
    const binds = new Binds();
    const sessions = binds.bind(uuidArray(sessionIds));
    const scope = enrolmentRule.sql(ctx.scope, 'e', binds.bind);
    const rows = await preparedQuery<{ session_id: string; enrolments: SessionEnrolmentView[] }>(
      ctx.em,
      `select e.session_id, json_agg(json_build_object(
          'id', e.id, 'version', e.version, 'createdAt', to_char(e.created_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
          'sessionId', e.session_id, 'personId', e.person_id, 'personName', p.given_name || ' ' || p.family_name,
          'organisationId', e.organisation_id, 'organisationName', o.name, 'status', e.status)
          order by p.family_name, p.given_name, e.id) as enrolments
       from session_enrolment e join person p on p.id = e.person_id join organisation o on o.id = e.organisation_id
       where e.session_id = any (${sessions}::uuid[]) and ${scope}
       group by e.session_id`,
      binds.values,
    );
    return new Map(rows.map((row) => [row.session_id, row.enrolments]));
  }

  private checkShape(ctx: RequestContext, session: CourseSession): void {
    // Past sessions are allowed (attendance is recorded after the day); years ago or years ahead are typing mistakes.
    const latest = addDays(ctx.clock.today, SCHEDULED_AHEAD_DAYS);
    requireDateBetween('startsAt', londonDate(session.startsAt), EARLIEST_DATE, latest, 'The start of a session');
    requireDateBetween('endsAt', londonDate(session.endsAt), EARLIEST_DATE, latest, 'The end of a session');
    if (session.endsAt.getTime() <= session.startsAt.getTime()) throw new BadUserInput('endsAt', 'The session must end after it starts');
    if (session.endsAt.getTime() - session.startsAt.getTime() > 14 * 24 * 3600_000) throw new BadUserInput('endsAt', 'A session lasts at most 14 days');
    if (!session.venue && !session.onlineLink) throw new BadUserInput('venue', 'Give a venue, an online link, or both');
  }

  private where(ctx: RequestContext, filter?: CourseSessionFilter | null): FilterQuery<CourseSession> {
    const where: FilterQuery<CourseSession> & Record<string, unknown> = {};
    if (!filter) return where;
    if (filter.ids) where.id = { $in: filter.ids.filter(isUuid) };
    if (filter.courseId != null) where.course = isUuid(filter.courseId) ? filter.courseId : { $in: [] };
    if (filter.region) where.region = filter.region;
    if (filter.status) where.status = filter.status;
    if (filter.upcoming != null) where.startsAt = filter.upcoming ? { $gte: ctx.clock.now } : { $lt: ctx.clock.now };
    return where;
  }
}
