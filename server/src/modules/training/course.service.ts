import type { FilterQuery } from '@mikro-orm/core';
import { BadUserInput } from '../../common/errors';
import { isUuid } from '../../common/ids';
import { findOneOrNotFound, findPage } from '../../common/listing';
import { requireVersion } from '../../common/optimistic-lock';
import { containsPattern, type ListArgs } from '../../common/pagination';
import type { RequestContext } from '../../common/request-context';
import { tidy } from '../../common/validation';
import { Course, CourseRequirement } from './course.entity';
import { COURSE_SORTABLE, type CourseFilter, type CourseRequirementInput, type CreateCourseArgs, type UpdateCourseArgs } from './dto/course.args';

/** The OCN course catalogue and who must hold each course. */
export class CourseService {
  list(ctx: RequestContext, args: ListArgs, filter?: CourseFilter | null): Promise<Course[]> {
    return findPage(ctx.em, Course, this.where(filter), { sortField: 'code', ...args }, COURSE_SORTABLE, 'code', filter?.ids);
  }

  count(ctx: RequestContext, filter?: CourseFilter | null): Promise<number> {
    return ctx.em.count(Course, this.where(filter));
  }

  get(ctx: RequestContext, id: string): Promise<Course> {
    return findOneOrNotFound(ctx.em, Course, id, 'Course');
  }

  async create(ctx: RequestContext, args: CreateCourseArgs): Promise<Course> {
    await this.requireFreeCode(ctx, args.code);
    const course = ctx.em.create(Course, {
      code: args.code,
      title: tidy(args.title),
      description: tidy(args.description) || null,
      ocnLevel: args.ocnLevel,
      creditValue: args.creditValue,
      guidedLearningHours: args.guidedLearningHours,
      delivery: args.delivery,
      validityMonths: args.validityMonths ?? null,
      active: args.active ?? true,
    });
    this.replaceRequirements(ctx, course, args.requirements ?? []);
    await ctx.em.flush();
    return course;
  }

  async update(ctx: RequestContext, args: UpdateCourseArgs): Promise<Course> {
    const course = await this.get(ctx, args.id);
    await requireVersion(ctx.em, course, args.version, 'This course was changed by someone else since you opened it; reload to see their changes');
    if (args.code != null && args.code !== course.code) {
      await this.requireFreeCode(ctx, args.code);
      course.code = args.code;
    }
    if (args.title != null) course.title = tidy(args.title);
    if (args.description !== undefined) course.description = tidy(args.description) || null;
    if (args.ocnLevel != null) course.ocnLevel = args.ocnLevel;
    if (args.creditValue != null) course.creditValue = args.creditValue;
    if (args.guidedLearningHours != null) course.guidedLearningHours = args.guidedLearningHours;
    if (args.delivery != null) course.delivery = args.delivery;
    if (args.validityMonths !== undefined) course.validityMonths = args.validityMonths ?? null;
    if (args.active != null) course.active = args.active;
    if (args.requirements != null) {
      await course.requirements.init();
      this.replaceRequirements(ctx, course, args.requirements);
    }
    await ctx.em.flush();
    return course;
  }

  /** The requirement rows as given: identical rows collapse into one; rows already there are kept. */
  private replaceRequirements(ctx: RequestContext, course: Course, wanted: readonly CourseRequirementInput[]): void {
    const key = (r: { personType?: string | null; serviceType?: string | null }) => `${r.personType ?? '*'}|${r.serviceType ?? '*'}`;
    const wantedKeys = new Map(wanted.map((r) => [key(r), r]));
    const existing = course.requirements.isInitialized() ? course.requirements.getItems() : [];
    for (const requirement of existing) {
      if (!wantedKeys.has(key(requirement))) course.requirements.remove(requirement);
    }
    const kept = new Set(existing.map(key));
    for (const [k, r] of wantedKeys) {
      if (!kept.has(k)) course.requirements.add(ctx.em.create(CourseRequirement, { course, personType: r.personType ?? null, serviceType: r.serviceType ?? null }));
    }
  }

  private async requireFreeCode(ctx: RequestContext, code: string): Promise<void> {
    if (await ctx.em.count(Course, { code })) throw new BadUserInput('code', `The catalogue already has a course with code ${code}`);
  }

  private where(filter?: CourseFilter | null): FilterQuery<Course> {
    const where: FilterQuery<Course> & Record<string, unknown> = {};
    if (!filter) return where;
    if (filter.ids) where.id = { $in: filter.ids.filter(isUuid) };
    if (filter.active != null) where.active = filter.active;
    if (filter.ocnLevel) where.ocnLevel = filter.ocnLevel;
    if (filter.q?.trim()) where.$or = [{ code: { $ilike: containsPattern(filter.q) } }, { title: { $ilike: containsPattern(filter.q) } }];
    if (filter.mandatory != null) where.requirements = filter.mandatory ? { $some: {} } : { $none: {} };
    return where;
  }
}
