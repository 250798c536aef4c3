import DataLoader from 'dataloader';
import type { FilterQuery } from '@mikro-orm/core';
import { MAX_PER_PAGE, orderBy, type ListArgs } from '../../common/pagination';
import type { RequestContext } from '../../common/request-context';
import { clearanceByPerson, knownClearances, type PersonClearance } from '../clearance/person-clearance';
import { PERSON_SORTABLE, type PersonFilter } from './dto/person.args';
import { Person } from './person.entity';

/**
 * The member list (allPeople with _allPeopleMeta, as react-admin asks for them) in ONE statement:
 * the page, each row's clearance from the person_clearance view, and the total. GraphQL resolves
 * the two root fields separately, so they meet here through a DataLoader and are answered
 * together; the clearance loader is primed, so the page's clearance fields cost nothing more.
 * Found by `pnpm bench` (W1): four statements became one, plus the session lookup.
 *
 * The WHERE clause is MikroORM's own (the service's filter and the tenant filter through
 * applyFilters), so this has no second copy of the tenancy rules.
 */
/** `where` is a factory: a raw() fragment in a condition can be rendered once only. */
type PageRequest = { kind: 'list' | 'count'; where: () => FilterQuery<Person>; filterKey: string; args?: ListArgs; ids?: readonly string[] | null };
type PageResult = { people: Person[]; total: number };

const CLEARANCE_COLUMNS = {
  clearance_status: 'status',
  clearance_required_level: 'requiredLevel',
  clearance_dbs_level: 'dbsLevel',
  clearance_dbs_check_id: 'dbsCheckId',
  clearance_expires_on: 'expiresOn',
} as const;

export function peoplePages(ctx: RequestContext): DataLoader<PageRequest, PageResult, string> {
  return ctx.loader(
    'person.pages',
    () =>
      new DataLoader<PageRequest, PageResult, string>(
        async (requests) => {
          const answers = new Map<string, Promise<PageResult>>();
          // One query per distinct filter (and page); a count rides on a list of the same filter.
          const lists = requests.filter((r) => r.kind === 'list');
          for (const request of lists) {
            const key = JSON.stringify([request.filterKey, request.args, request.ids]);
            if (!answers.has(key)) answers.set(key, pageWithTotal(ctx, request));
          }
          return Promise.all(
            requests.map(async (request) => {
              if (request.kind === 'list') return answers.get(JSON.stringify([request.filterKey, request.args, request.ids]))!;
              const withList = lists.find((list) => list.filterKey === request.filterKey);
              if (withList) return answers.get(JSON.stringify([withList.filterKey, withList.args, withList.ids]))!;
              return { people: [], total: await ctx.em.count(Person, request.where()) };
            }),
          );
        },
        { cacheKeyFn: (request) => JSON.stringify([request.kind, request.filterKey, request.args, request.ids]) },
      ),
  );
}

export function filterKeyOf(filter: PersonFilter | null | undefined): string {
  return JSON.stringify(filter ?? {});
}

async function pageWithTotal(ctx: RequestContext, request: PageRequest): Promise<PageResult> {
  const { column, direction } = orderBy(request.args ?? {}, PERSON_SORTABLE, 'familyName');
  // Asked for by id (react-admin's getMany sends no page size): all of them, not the first 25.
  const args = request.args ?? { page: 0, perPage: 25 };
  const window = request.ids?.length ? { page: 0, perPage: Math.min(MAX_PER_PAGE, Math.max(args.perPage, request.ids.length)) } : args;

  const page = ctx.em.createQueryBuilder(Person, 'p').select('p.*').where(request.where());
  await page.applyFilters();
  page.orderBy([{ [column]: direction }, { id: 'asc' }]).limit(window.perPage).offset(window.page * window.perPage);
  const total = ctx.em.createQueryBuilder(Person, 'p').count('p.id').where(request.where());
  await total.applyFilters();

  const meta = ctx.em.getMetadata().get(Person.name);
  const sortColumn = meta.properties[column as keyof Person]!.fieldNames[0]!;
  const knex = ctx.em.getKnex();
  const query = knex
    .with('page', page.getKnexQuery())
    .select(
      knex.raw('page.*'),
      knex.raw(`c.status as clearance_status, c.required_level as clearance_required_level, c.dbs_level as clearance_dbs_level,
                c.dbs_check_id as clearance_dbs_check_id, c.expires_on::text as clearance_expires_on`),
      knex.raw('(?) as total_count', [total.getKnexQuery()]),
    )
    .from('page')
    .leftJoin('person_clearance as c', 'c.person_id', 'page.id')
    .orderByRaw(`page.?? ${direction}, page.id asc`, [sortColumn]);
  const rows = await ctx.em.execute<Array<Record<string, unknown>>>(query);
  // Past the last page there is no row to carry the total: it is counted on its own then.
  const counted = rows.length ? Number(rows[0]!.total_count) : await ctx.em.count(Person, request.where());

  const clearances = clearanceByPerson(ctx);
  const known = knownClearances(ctx);
  const people = rows.map((row) => {
    const clearance = { personId: row.id } as Record<string, unknown>;
    for (const [column, key] of Object.entries(CLEARANCE_COLUMNS)) {
      clearance[key] = row[column];
      delete row[column];
    }
    delete row.total_count;
    const person = ctx.em.map(Person, row);
    clearances.prime(person.id, clearance as PersonClearance);
    known.set(person.id, clearance as PersonClearance);
    return person;
  });
  return { people, total: counted };
}
