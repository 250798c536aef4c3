import DataLoader from 'dataloader';
import type { RequestContext } from '../../common/request-context';
import { preparedQuery } from '../../db/prepared-query';
import { uuidArray } from '../../db/binds';
import { Course, CourseRequirement } from './course.entity';

/** Each course's requirement rows, one query per batch. */
export function requirementsByCourse(ctx: RequestContext): DataLoader<string, CourseRequirement[]> {
  return ctx.loader(
    'training.requirementsByCourse',
    () =>
      new DataLoader<string, CourseRequirement[]>(async (courseIds) => {
        const rows = await ctx.em.find(CourseRequirement, { course: { $in: [...courseIds] } }, { orderBy: [{ personType: 'asc' }, { serviceType: 'asc' }, { id: 'asc' }] });
        const byCourse = new Map<string, CourseRequirement[]>(courseIds.map((id) => [id, []]));
        for (const row of rows) byCourse.get(row.course.id)?.push(row);
        return courseIds.map((id) => byCourse.get(id) ?? []);
      }),
  );
}

/** Courses by id, one query per batch. */
export function courseById(ctx: RequestContext): DataLoader<string, Course | null> {
  return ctx.loader(
    'training.courseById',
    () =>
      new DataLoader<string, Course | null>(async (ids) => {
        const courses = await ctx.em.find(Course, { id: { $in: [...ids] } });
        const byId = new Map(courses.map((course) => [course.id, course]));
        return ids.map((id) => byId.get(id) ?? null);
      }),
  );
}

/** Places taken on each session (requested and confirmed, of every organisation), one query per batch. */
export function placesTaken(ctx: RequestContext): DataLoader<string, number> {
  return ctx.loader(
    'training.placesTaken',
    () =>
      new DataLoader<string, number>(async (sessionIds) => {
        // A count over every organisation's enrolments: the number of places is the timetable's,
        // not any one organisation's (no person is named). The function reads past row-level security.
        const rows = await preparedQuery<{ session_id: string; n: number }>(ctx.em, 'select session_id, n from app.places_taken($1::uuid[])', [uuidArray(sessionIds)]);
        const bySession = new Map(rows.map((row) => [row.session_id, row.n]));
        return sessionIds.map((id) => bySession.get(id) ?? 0);
      }),
  );
}
