import { EARLIEST_DATE, requireDateBetween } from '../../common/dates';
import { BadUserInput, Forbidden } from '../../common/errors';
import { isUuid } from '../../common/ids';
import { requireVersion } from '../../common/optimistic-lock';
import type { RequestContext } from '../../common/request-context';
import { tidy } from '../../common/validation';
import { leadsSafeguardingOf } from '../person';
import { Person } from '../person/person.entity';
import { User } from '../user/user.entity';
import { Course } from './course.entity';
import type { CreateTrainingRecordArgs, UpdateTrainingRecordArgs } from './dto/training-record.args';
import { TrainingRecord } from './training-record.entity';
import { TrainingSource } from './training.enums';

/**
 * Single training records, outside a session's cohort. Who records what: NACCC courses only by
 * the training team (the catalogue is theirs); external training only by the person's own
 * organisation (an org admin, or a coordinator of a centre the person works at). The database
 * holds the same rule (row-level security), so a mistake here is refused there too.
 */
export class TrainingRecordService {
  async create(ctx: RequestContext, args: CreateTrainingRecordArgs): Promise<TrainingRecord> {
    const person = isUuid(args.personId) ? await ctx.em.findOne(Person, { id: args.personId }) : null;
    if (!person) throw new BadUserInput('personId', 'No person has this id');
    this.requireRecorder(ctx, args.source, person);
    const record = ctx.em.create(TrainingRecord, {
      person,
      organisation: person.organisation,
      source: args.source,
      completedOn: args.completedOn,
      outcome: args.outcome,
      credits: args.credits ?? 0,
      hours: args.hours ?? 0,
      certificateRef: tidy(args.certificateRef) || null,
      recordedBy: ctx.identity ? ctx.em.getReference(User, ctx.identity.userId) : null,
    });
    if (args.source === TrainingSource.NACCC) {
      if (args.externalCourse || args.externalProvider) throw new BadUserInput('externalCourse', 'A NACCC course is named by courseId, not as external training');
      const course = args.courseId ? await ctx.em.findOne(Course, { id: args.courseId }) : null;
      if (!course) throw new BadUserInput('courseId', args.courseId ? 'No course has this id' : 'Name the NACCC course (courseId)');
      record.course = course;
    } else {
      if (args.courseId) throw new BadUserInput('courseId', 'External training is not a NACCC course: give the course and provider as text');
      if (!tidy(args.externalCourse)) throw new BadUserInput('externalCourse', 'Name the course as its provider does');
      if (!tidy(args.externalProvider)) throw new BadUserInput('externalProvider', 'Name who ran the course');
      record.externalCourse = tidy(args.externalCourse)!;
      record.externalProvider = tidy(args.externalProvider)!;
    }
    this.checkFigures(ctx, record);
    await ctx.em.flush();
    return record;
  }

  async update(ctx: RequestContext, args: UpdateTrainingRecordArgs): Promise<TrainingRecord> {
    const record = await this.find(ctx, args.id);
    await requireVersion(ctx.em, record, args.version, 'This training record was changed by someone else since you opened it; reload to see their changes');
    if (record.source === TrainingSource.NACCC && (args.externalCourse != null || args.externalProvider != null)) {
      throw new BadUserInput('externalCourse', 'A NACCC course record has no external course or provider');
    }
    if (args.externalCourse != null) record.externalCourse = tidy(args.externalCourse);
    if (args.externalProvider != null) record.externalProvider = tidy(args.externalProvider);
    if (args.completedOn != null) record.completedOn = args.completedOn;
    if (args.outcome != null) record.outcome = args.outcome;
    if (args.credits != null) record.credits = args.credits;
    if (args.hours != null) record.hours = args.hours;
    if (args.certificateRef !== undefined) record.certificateRef = tidy(args.certificateRef) || null;
    if (ctx.identity) record.recordedBy = ctx.em.getReference(User, ctx.identity.userId);
    this.checkFigures(ctx, record);
    await ctx.em.flush();
    return record;
  }

  /** Only for a record made in error (a correction is an update). */
  async delete(ctx: RequestContext, id: string): Promise<TrainingRecord> {
    const record = await this.find(ctx, id);
    ctx.em.remove(record);
    await ctx.em.flush();
    return record;
  }

  private async find(ctx: RequestContext, id: string): Promise<TrainingRecord> {
    const record = isUuid(id) ? await ctx.em.findOne(TrainingRecord, { id }, { populate: ['person', 'course'] }) : null;
    if (!record) throw new BadUserInput('id', 'No training record you can see has this id');
    this.requireRecorder(ctx, record.source, record.person);
    return record;
  }

  private requireRecorder(ctx: RequestContext, source: TrainingSource, person: Person): void {
    if (source === TrainingSource.NACCC && !ctx.scope.trainingTeam) {
      throw new Forbidden("Only NACCC's training team records outcomes of NACCC courses");
    }
    if (source === TrainingSource.EXTERNAL && !leadsSafeguardingOf(ctx, { organisationId: person.organisation.id, centreIds: person.centreIds })) {
      throw new Forbidden("External training is recorded by the person's own organisation");
    }
  }

  private checkFigures(ctx: RequestContext, record: TrainingRecord): void {
    requireDateBetween('completedOn', record.completedOn, EARLIEST_DATE, ctx.clock.today, 'The completion date');
    if (record.course && record.credits > record.course.creditValue) {
      throw new BadUserInput('credits', `${record.course.title} carries ${record.course.creditValue} credits at most`);
    }
  }
}
