import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Authorized, Ctx, ID, Info, Mutation, ObjectType, Field, Int, Query, Resolver } from 'type-graphql';
import { Role } from '../../auth/role';
import { NotFound } from '../../common/errors';
import { ListArgs, ListMetadata } from '../../common/pagination';
import type { RequestContext } from '../../common/request-context';
import { selectionOf } from '../../common/selection';
import { Transaction } from '../../common/transaction';
import { CohortAttendanceService } from './cohort-attendance.service';
import { CourseSession } from './course-session.entity';
import { CreateTrainingRecordArgs, RecordCohortAttendanceArgs, TrainingRecordFilter, UpdateTrainingRecordArgs } from './dto/training-record.args';
import { TrainingRecordService } from './training-record.service';
import { TrainingRecordView } from './training-record.view';
import { countTrainingRecords, readTrainingRecord, readTrainingRecords, recordsWhere } from './training-records.read';

@ObjectType({ description: "A session's cohort as recorded" })
export class CohortAttendanceResult {
  @Field(() => CourseSession) session: CourseSession;
  @Field(() => [TrainingRecordView], { description: "Every record of the session's cohort" }) records: TrainingRecordView[];
  @Field(() => Int, { description: 'Rows recorded for the first time' }) created: number;
  @Field(() => Int, { description: 'Rows that corrected an earlier record (each audited)' }) corrected: number;
  @Field(() => Int, { description: 'Rows the same as already recorded' }) unchanged: number;
}

/** Who may record training at all; which records each may write is the service's (and the database's) rule. */
const RECORDERS = [Role.TRAINING_TEAM, Role.ORG_ADMIN, Role.CENTRE_COORDINATOR];

/** Training records: read by every role within its person scope; written by the training team (NACCC) and organisations (external). */
@Resolver(() => TrainingRecordView)
export class TrainingRecordResolver {
  private readonly records = new TrainingRecordService();
  private readonly cohorts = new CohortAttendanceService();

  @Query(() => [TrainingRecordView])
  @Authorized()
  async allTrainingRecords(@Ctx() ctx: RequestContext, @Args() list: ListArgs, @Arg('filter', () => TrainingRecordFilter, { nullable: true }) filter?: TrainingRecordFilter): Promise<TrainingRecordView[]> {
    return (await readTrainingRecords(ctx, recordsWhere(filter), list)).records;
  }

  @Query(() => ListMetadata)
  @Authorized()
  async _allTrainingRecordsMeta(
    @Ctx() ctx: RequestContext,
    @Args() _list: ListArgs,
    @Arg('filter', () => TrainingRecordFilter, { nullable: true }) filter?: TrainingRecordFilter,
  ): Promise<ListMetadata> {
    return { count: await countTrainingRecords(ctx, recordsWhere(filter)) };
  }

  @Query(() => TrainingRecordView, { name: 'TrainingRecord', nullable: true })
  @Authorized()
  async trainingRecord(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string): Promise<TrainingRecordView> {
    const record = await readTrainingRecord(ctx, id);
    if (!record) throw new NotFound('TrainingRecord', id);
    return record;
  }

  @Mutation(() => TrainingRecordView, { nullable: true, description: "Record training outside a session: external training (the person's organisation) or a NACCC course (the training team)" })
  @Authorized(...RECORDERS)
  @Transaction()
  async createTrainingRecord(@Ctx() ctx: RequestContext, @Args() args: CreateTrainingRecordArgs): Promise<TrainingRecordView> {
    return this.readBack(ctx, (await this.records.create(ctx, args)).id);
  }

  @Mutation(() => TrainingRecordView, { nullable: true, description: 'Correct a training record (audited as a change, never a silent overwrite)' })
  @Authorized(...RECORDERS)
  @Transaction()
  async updateTrainingRecord(@Ctx() ctx: RequestContext, @Args() args: UpdateTrainingRecordArgs): Promise<TrainingRecordView> {
    return this.readBack(ctx, (await this.records.update(ctx, args)).id);
  }

  @Mutation(() => TrainingRecordView, { nullable: true, description: 'Delete a record made in error (a correction is an update)' })
  @Authorized(...RECORDERS)
  @Transaction()
  async deleteTrainingRecord(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string): Promise<TrainingRecordView> {
    const before = await this.readBack(ctx, id).catch(() => null);
    await this.records.delete(ctx, id);
    return before!;
  }

  @Mutation(() => CohortAttendanceResult, {
    description: "Record a session's whole cohort in one go, all rows or none (a refused cohort lists each row's problems in extensions.rows); recording again corrects what changed",
  })
  @Authorized(Role.TRAINING_TEAM)
  @Transaction()
  recordCohortAttendance(@Ctx() ctx: RequestContext, @Args() args: RecordCohortAttendanceArgs, @Info() info: GraphQLResolveInfo): Promise<CohortAttendanceResult> {
    const records = selectionOf(info).get('records');
    return this.cohorts.record(ctx, args, records ? [...records.keys()] : []);
  }

  private async readBack(ctx: RequestContext, id: string): Promise<TrainingRecordView> {
    const record = await readTrainingRecord(ctx, id);
    if (!record) throw new NotFound('TrainingRecord', id);
    return record;
  }
}
