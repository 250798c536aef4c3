import DataLoader from 'dataloader';
import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Role } from '../../auth/role';
import { ListArgs, ListMetadata } from '../../common/pagination';
import type { RequestContext } from '../../common/request-context';
import { Transaction } from '../../common/transaction';
import { Course } from './course.entity';
import { CourseSession } from './course-session.entity';
import { CourseSessionService } from './course-session.service';
import { CourseSessionFilter, CreateCourseSessionArgs, EnrolArgs, EnrolmentIdArgs, UpdateCourseSessionArgs } from './dto/course-session.args';
import { SessionEnrolmentView } from './session-enrolment.view';
import { courseById, placesTaken } from './training.loaders';

const MEMBER = [Role.ORG_ADMIN, Role.CENTRE_COORDINATOR];

@Resolver(() => CourseSession)
export class CourseSessionResolver {
  private readonly sessions = new CourseSessionService();

  @Query(() => [CourseSession])
  @Authorized()
  allCourseSessions(@Ctx() ctx: RequestContext, @Args() list: ListArgs, @Arg('filter', () => CourseSessionFilter, { nullable: true }) filter?: CourseSessionFilter): Promise<CourseSession[]> {
    return this.sessions.list(ctx, list, filter);
  }

  @Query(() => ListMetadata)
  @Authorized()
  async _allCourseSessionsMeta(
    @Ctx() ctx: RequestContext,
    @Args() _list: ListArgs,
    @Arg('filter', () => CourseSessionFilter, { nullable: true }) filter?: CourseSessionFilter,
  ): Promise<ListMetadata> {
    return { count: await this.sessions.count(ctx, filter) };
  }

  @Query(() => CourseSession, { name: 'CourseSession', nullable: true })
  @Authorized()
  courseSession(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string): Promise<CourseSession> {
    return this.sessions.get(ctx, id);
  }

  @Mutation(() => CourseSession, { nullable: true, description: 'Schedule a session of a course' })
  @Authorized(Role.TRAINING_TEAM)
  @Transaction()
  createCourseSession(@Ctx() ctx: RequestContext, @Args() args: CreateCourseSessionArgs): Promise<CourseSession> {
    return this.sessions.create(ctx, args);
  }

  @Mutation(() => CourseSession, { nullable: true, description: 'Change a session, or cancel it (status CANCELLED)' })
  @Authorized(Role.TRAINING_TEAM)
  @Transaction()
  updateCourseSession(@Ctx() ctx: RequestContext, @Args() args: UpdateCourseSessionArgs): Promise<CourseSession> {
    return this.sessions.update(ctx, args);
  }

  @Mutation(() => CourseSession, { nullable: true, description: 'Enrol people on a session (confirming places their organisations requested); all or none, within capacity' })
  @Authorized(Role.TRAINING_TEAM)
  @Transaction()
  enrolInSession(@Ctx() ctx: RequestContext, @Args() args: EnrolArgs): Promise<CourseSession> {
    return this.sessions.enrol(ctx, args, 'training team');
  }

  @Mutation(() => CourseSession, { nullable: true, description: 'Ask for places on an upcoming session for your own people; the training team confirms them' })
  @Authorized(...MEMBER)
  @Transaction()
  requestSessionPlaces(@Ctx() ctx: RequestContext, @Args() args: EnrolArgs): Promise<CourseSession> {
    return this.sessions.enrol(ctx, args, 'member');
  }

  @Mutation(() => CourseSession, { nullable: true, description: 'Give up a place: the training team removes any; an organisation withdraws a request not yet confirmed' })
  @Authorized(Role.TRAINING_TEAM, ...MEMBER)
  @Transaction()
  removeEnrolment(@Ctx() ctx: RequestContext, @Args() args: EnrolmentIdArgs): Promise<CourseSession> {
    return this.sessions.removeEnrolment(ctx, args.id);
  }

  @FieldResolver(() => ID)
  courseId(@Root() session: CourseSession): string {
    return session.course.id;
  }

  @FieldResolver(() => Course)
  async course(@Ctx() ctx: RequestContext, @Root() session: CourseSession): Promise<Course> {
    return (await courseById(ctx).load(session.course.id))!;
  }

  @FieldResolver(() => Int, { description: 'Places requested or confirmed, by every organisation' })
  placesTaken(@Ctx() ctx: RequestContext, @Root() session: CourseSession): Promise<number> {
    return placesTaken(ctx).load(session.id);
  }

  @FieldResolver(() => Int)
  async placesLeft(@Ctx() ctx: RequestContext, @Root() session: CourseSession): Promise<number> {
    return Math.max(0, session.capacity - (await placesTaken(ctx).load(session.id)));
  }

  @FieldResolver(() => [SessionEnrolmentView], { description: 'Who has a place, of the people you can see (the training team: everyone)' })
  enrolments(@Ctx() ctx: RequestContext, @Root() session: CourseSession): Promise<SessionEnrolmentView[]> {
    return ctx
      .loader('training.enrolmentsOfSession', () => new DataLoader<string, SessionEnrolmentView[]>(async (ids) => {
        const bySession = await this.sessions.enrolmentsOf(ctx, ids);
        return ids.map((id) => bySession.get(id) ?? []);
      }))
      .load(session.id);
  }
}
