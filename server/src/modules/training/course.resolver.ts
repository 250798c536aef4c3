import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Role } from '../../auth/role';
import { ListArgs, ListMetadata } from '../../common/pagination';
import type { RequestContext } from '../../common/request-context';
import { Transaction } from '../../common/transaction';
import { Course, CourseRequirement } from './course.entity';
import { CourseService } from './course.service';
import { CourseFilter, CreateCourseArgs, UpdateCourseArgs } from './dto/course.args';
import { requirementsByCourse } from './training.loaders';

/** Who keeps the catalogue: head office and the training team. Everyone signed in reads it. */
export const CATALOGUE_KEEPERS = [Role.NATIONAL_ADMIN, Role.TRAINING_TEAM];

@Resolver(() => Course)
export class CourseResolver {
  private readonly courses = new CourseService();

  @Query(() => [Course])
  @Authorized()
  allCourses(@Ctx() ctx: RequestContext, @Args() list: ListArgs, @Arg('filter', () => CourseFilter, { nullable: true }) filter?: CourseFilter): Promise<Course[]> {
    return this.courses.list(ctx, list, filter);
  }

  @Query(() => ListMetadata)
  @Authorized()
  async _allCoursesMeta(@Ctx() ctx: RequestContext, @Args() _list: ListArgs, @Arg('filter', () => CourseFilter, { nullable: true }) filter?: CourseFilter): Promise<ListMetadata> {
    return { count: await this.courses.count(ctx, filter) };
  }

  @Query(() => Course, { name: 'Course', nullable: true })
  @Authorized()
  course(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string): Promise<Course> {
    return this.courses.get(ctx, id);
  }

  @Mutation(() => Course, { nullable: true, description: 'Add a course to the catalogue, with who must hold it' })
  @Authorized(...CATALOGUE_KEEPERS)
  @Transaction()
  createCourse(@Ctx() ctx: RequestContext, @Args() args: CreateCourseArgs): Promise<Course> {
    return this.courses.create(ctx, args);
  }

  @Mutation(() => Course, { nullable: true, description: 'Change a course, or who must hold it; retire it with active: false (courses are never deleted)' })
  @Authorized(...CATALOGUE_KEEPERS)
  @Transaction()
  updateCourse(@Ctx() ctx: RequestContext, @Args() args: UpdateCourseArgs): Promise<Course> {
    return this.courses.update(ctx, args);
  }

  @FieldResolver(() => [CourseRequirement], { description: 'Who must hold it; empty when the course is optional' })
  requirements(@Ctx() ctx: RequestContext, @Root() course: Course): Promise<CourseRequirement[]> {
    return requirementsByCourse(ctx).load(course.id);
  }

  @FieldResolver(() => Boolean, { description: 'Some requirement makes it mandatory' })
  async mandatory(@Ctx() ctx: RequestContext, @Root() course: Course): Promise<boolean> {
    return (await requirementsByCourse(ctx).load(course.id)).length > 0;
  }
}
