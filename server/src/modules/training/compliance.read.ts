import { BadUserInput } from '../../common/errors';
import { isUuid } from '../../common/ids';
import type { RequestContext } from '../../common/request-context';
import { Binds, uuidArray } from '../../db/binds';
import { preparedQuery } from '../../db/prepared-query';
import { peopleWorkingAtSql, personScopeSql } from '../../tenancy/tenant-filter';
import { TrainingState } from '../clearance/clearance.enums';
import type { Region } from '../geo';
import { Course } from './course.entity';
import { courseById } from './training.loaders';
import { TrainingAreaCompliance, TrainingCounts, type TrainingMatrix, type TrainingMatrixFilter, type TrainingMatrixRow, type TrainingOverview, type TrainingOverviewFilter } from './compliance.types';

/**
 * Training compliance, computed by Postgres from the one definition of who must hold what
 * (app.mandatory_training, the same function the person_clearance view aggregates): a matrix of
 * people × mandatory courses for an organisation or a centre, and the network's counts by region,
 * organisation and course. Every statement carries the caller's person scope (the tenancy rule's
 * SQL), and row-level security applies underneath.
 */

/** A matrix holds at most this many people (a large organisation has a few hundred). */
export const MATRIX_MAX_PEOPLE = 3000;

const COUNT_KEY: Record<TrainingState, keyof Omit<TrainingCounts, 'total'>> = { CURRENT: 'current', EXPIRING: 'expiring', EXPIRED: 'expired', MISSING: 'missing' };

function add(counts: TrainingCounts, state: TrainingState, n: number): void {
  counts[COUNT_KEY[state]] += n;
  counts.total += n;
}

/** Active people in scope, narrowed to an organisation or a centre. */
function activePeople(ctx: RequestContext, filter: TrainingMatrixFilter, binds: Binds): string {
  const parts = [personScopeSql(ctx.scope, 'p', binds.bind), `p.status = 'ACTIVE'`];
  if (filter.organisationId != null) parts.push(`p.organisation_id = ${binds.bind(isUuid(filter.organisationId) ? filter.organisationId : '00000000-0000-0000-0000-000000000000')}`);
  if (filter.centreId != null) parts.push(`p.id in ${peopleWorkingAtSql(`${binds.bind(uuidArray(isUuid(filter.centreId) ? [filter.centreId] : []))}::uuid[]`)}`);
  return parts.map((part) => `(${part})`).join(' and ');
}

/**
 * The matrix in two statements whatever its size: the rows (each person with their cells, and
 * their hours and credits over the last 12 months) built as JSON, then the courses of its columns.
 */
export async function readTrainingMatrix(ctx: RequestContext, filter: TrainingMatrixFilter): Promise<TrainingMatrix> {
  const leadsOnly = !ctx.scope.national && ctx.scope.assessedCentreIds.length === 0;
  if (!filter.organisationId && !filter.centreId && !leadsOnly) {
    throw new BadUserInput('filter', 'Choose an organisation or a centre: the matrix is for one at a time (trainingOverview has the network)');
  }
  const binds = new Binds();
  const where = activePeople(ctx, filter, binds);
  const since = `(${binds.bind(ctx.clock.today)}::date - interval '12 months')`;
  const [row] = await preparedQuery<{ rows: TrainingMatrixRow[] | null; n: number }>(
    ctx.em,
    `select count(*)::int as n, json_agg(json_build_object(
        'personId', p.id, 'personName', p.given_name || ' ' || p.family_name, 'personType', p.person_type, 'organisationId', p.organisation_id,
        'trainingStatus', m.status, 'cells', m.cells,
        'hoursLast12Months', coalesce(y.hours, 0), 'creditsLast12Months', coalesce(y.credits, 0))
        order by p.family_name, p.given_name, p.id) as rows
     from (select * from person p where ${where} order by p.family_name, p.given_name, p.id limit ${binds.bind(MATRIX_MAX_PEOPLE + 1)}) p
     cross join lateral (
       select case when bool_or(t.state = 'MISSING') then 'MISSING' when bool_or(t.state = 'EXPIRED') then 'EXPIRED'
                   when bool_or(t.state = 'EXPIRING') then 'EXPIRING' else 'CURRENT' end as status,
              coalesce(json_agg(json_build_object('courseId', t.course_id, 'state', t.state, 'completedOn', t.completed_on, 'expiresOn', t.expires_on)
                                order by t.course_code) filter (where t.course_id is not null), '[]') as cells
       from app.mandatory_training(p.id, p.person_type, p.centre_service_types) t) m
     left join lateral (
       select sum(r.hours)::float8 as hours, sum(r.credits)::int as credits
       from training_record r where r.person_id = p.id and r.completed_on > ${since}) y on true`,
    binds.values,
  );
  if (row!.n > MATRIX_MAX_PEOPLE) throw new BadUserInput('filter', `More than ${MATRIX_MAX_PEOPLE.toLocaleString('en-GB')} people: choose a centre`);
  const rows = row!.rows ?? [];
  const counts = new TrainingCounts();
  for (const person of rows) add(counts, person.trainingStatus, 1);
  const courseIds = [...new Set(rows.flatMap((person) => person.cells.map((cell) => cell.courseId)))];
  const courses = (await courseById(ctx).loadMany(courseIds)).filter((course): course is Course => course instanceof Course);
  courses.sort((a, b) => a.code.localeCompare(b.code));
  return { courses, rows, counts };
}

/** The network (or one region of it) in three statements: people by organisation, and by course. */
export async function readTrainingOverview(ctx: RequestContext, filter: TrainingOverviewFilter): Promise<TrainingOverview> {
  const people = new Binds();
  const region = (binds: Binds) => (filter.region ? ` and o.region = ${binds.bind(filter.region)}` : '');
  const byOrganisation = await preparedQuery<{ id: string; name: string; region: Region; state: TrainingState; n: number }>(
    ctx.em,
    `select o.id, o.name, o.region, pc.training_status as state, count(*)::int as n
     from person p join person_clearance pc on pc.person_id = p.id join organisation o on o.id = p.organisation_id
     where ${activePeople(ctx, {}, people)}${region(people)}
     group by o.id, o.name, o.region, pc.training_status`,
    people.values,
  );
  const courses = new Binds();
  const byCourse = await preparedQuery<{ id: string; code: string; title: string; state: TrainingState; n: number }>(
    ctx.em,
    `select t.course_id as id, t.course_code as code, t.course_title as title, t.state, count(*)::int as n
     from person p join organisation o on o.id = p.organisation_id
     cross join lateral app.mandatory_training(p.id, p.person_type, p.centre_service_types) t
     where ${activePeople(ctx, {}, courses)}${region(courses)}
     group by t.course_id, t.course_code, t.course_title, t.state`,
    courses.values,
  );

  const totals = new TrainingCounts();
  const regions = new Map<string, TrainingAreaCompliance>();
  const organisations = new Map<string, TrainingAreaCompliance>();
  const area = (map: Map<string, TrainingAreaCompliance>, key: string, label: string, regionOf: Region | null) => {
    let found = map.get(key);
    if (!found) map.set(key, (found = Object.assign(new TrainingAreaCompliance(), { key, label, region: regionOf, counts: new TrainingCounts() })));
    return found;
  };
  for (const row of byOrganisation) {
    add(totals, row.state, row.n);
    add(area(regions, row.region, REGION_NAMES[row.region], row.region).counts, row.state, row.n);
    add(area(organisations, row.id, row.name, row.region).counts, row.state, row.n);
  }
  const courseAreas = new Map<string, TrainingAreaCompliance>();
  for (const row of byCourse) add(area(courseAreas, row.id, `${row.title} (${row.code})`, null).counts, row.state, row.n);
  const compliant = (a: TrainingAreaCompliance) => (a.counts.total ? (a.counts.current + a.counts.expiring) / a.counts.total : 1);
  return {
    totals,
    byRegion: [...regions.values()].sort((a, b) => a.label.localeCompare(b.label)),
    byOrganisation: [...organisations.values()].sort((a, b) => compliant(a) - compliant(b) || a.label.localeCompare(b.label)),
    byCourse: [...courseAreas.values()].sort((a, b) => a.label.localeCompare(b.label)),
  };
}

/** Regions as people name them. */
const REGION_NAMES: Record<Region, string> = {
  NORTH_EAST: 'North East',
  NORTH_WEST: 'North West',
  YORKSHIRE_AND_THE_HUMBER: 'Yorkshire and the Humber',
  EAST_MIDLANDS: 'East Midlands',
  WEST_MIDLANDS: 'West Midlands',
  EAST_OF_ENGLAND: 'East of England',
  LONDON: 'London',
  SOUTH_EAST: 'South East',
  SOUTH_WEST: 'South West',
  WALES: 'Wales',
  NORTHERN_IRELAND: 'Northern Ireland',
  CHANNEL_ISLANDS: 'Channel Islands',
  ISLE_OF_MAN: 'Isle of Man',
};
