import { Binds } from '../../db/binds';
import { preparedQuery } from '../../db/prepared-query';
import type { AfterField, SqlField } from '../../db/read-model';
import type { RequestContext } from '../../common/request-context';
import { onlyId, type Selection } from '../../common/selection';
import { personScopeSql } from '../../tenancy/tenant-filter';
import { clearanceAction } from '../clearance';
import type { Organisation } from '../organisation/organisation.entity';
import { organisationById } from '../organisation';
import { withholdFromNonLeads } from './person.policy';
import { PERSON_READ_MODEL, type PERSON_FIELDS } from './person.read-model';
import type { PersonView } from './person.view';

/**
 * Reading people: the one statement behind every person the API returns (the people list, one
 * person, the dashboard's lists, a mutation's answer). Postgres finds the people, computes their
 * clearance in the person_clearance view and builds each person as JSON, with their centre
 * history when it is asked for, and the page's total beside them: one prepared statement for a
 * page of any size (see prepared-query.ts), and no entity is made. What each field is in SQL is
 * declared once, in the read model (person.read-model.ts), and the JSON is built from it at load.
 *
 * Both tenancy walls hold: the caller's scope is added here to every condition, so no reader can
 * leave it out, and row-level security applies underneath (the request's settings).
 */

/**
 * What a selection of people asks for: their own fields to build (null: all of them), their
 * centre history, the fields selected of their training records (false when none are), and
 * their organisation.
 */
export type PersonSelection = { fields: readonly string[] | null; centreHistory: boolean; trainingRecords: false | readonly string[]; organisation: 'id' | 'all' };

/** Every person is built with these: who they are, and what decides who sees what of them (person.policy.ts). */
const ALWAYS_BUILT = ['id', 'organisationId', 'centreIds'];
/** What the action a clearance calls for is worded from (finish). */
const ACTION_BUILT_FROM = ['clearanceStatus', 'requiredDbsLevel', 'clearanceExpiresOn', 'trainingDue', 'trainingExpiresOn'];

/**
 * From the selection under a field that returns people (common/selection.ts: fragments are looked
 * into). Only the fields selected are built: a nested list (a centre's people and their training)
 * asks for a handful of the read model's thirty.
 */
export function personSelection(selection: Selection): PersonSelection {
  const organisation = selection.get('organisation');
  const records = selection.get('trainingRecords');
  const fields = new Set([...ALWAYS_BUILT, ...selection.keys()]);
  if (fields.has('clearanceAction')) for (const field of ACTION_BUILT_FROM) fields.add(field);
  return {
    fields: [...fields].sort(),
    centreHistory: selection.has('centreHistory'),
    trainingRecords: records ? [...records.keys()].sort() : false,
    organisation: organisation && !onlyId(organisation) ? 'all' : 'id',
  };
}

/** A condition on `person p` and the values it binds; the caller's scope is added when it is read. */
export type PeopleCondition = { binds: Binds; where: string };

export function peopleWhere(build: (bind: Binds['bind']) => string[]): PeopleCondition {
  const binds = new Binds();
  const parts = build(binds.bind);
  return { binds, where: parts.length ? parts.map((part) => `(${part})`).join(' and ') : 'true' };
}

export type PeoplePage = { people: PersonView[]; total: number };

/**
 * A page of the people matching `condition` in the caller's scope, ordered by `orderBy` (SQL over
 * `p`, ending with a tie-break on p.id), and how many match in all (unless `total` is false).
 */
export async function readPeople(
  ctx: RequestContext,
  condition: PeopleCondition,
  window: { orderBy: string; limit: number; offset: number; total?: boolean },
  selection: PersonSelection,
): Promise<PeoplePage> {
  const { binds } = condition;
  const where = inScope(ctx, condition);
  const [row] = await preparedQuery<{ total: number; people: PersonRow[] }>(
    ctx.em,
    `with page as (select p.* from person p where ${where} order by ${window.orderBy} limit ${binds.bind(window.limit)} offset ${binds.bind(window.offset)})
     select ${window.total === false ? 'null::int' : `(select count(*)::int from person p where ${where})`} as total,
            coalesce(json_agg(${personJson(selection)} order by ${window.orderBy}), '[]') as people
     from page p left join person_clearance c on c.person_id = p.id`,
    binds.values,
  );
  return { people: await finish(ctx, row!.people, selection), total: row!.total };
}

/** How many people match `condition` in the caller's scope. */
export async function countPeople(ctx: RequestContext, condition: PeopleCondition): Promise<number> {
  const [row] = await preparedQuery<{ total: number }>(ctx.em, `select count(*)::int as total from person p where ${inScope(ctx, condition)}`, condition.binds.values);
  return row!.total;
}

/** One person in the caller's scope, or null (outside it looks the same as missing). */
export async function readPerson(ctx: RequestContext, id: string, selection: PersonSelection): Promise<PersonView | null> {
  const condition = peopleWhere((bind) => [`p.id = ${bind(id)}`]);
  const rows = await preparedQuery<{ person: PersonRow }>(
    ctx.em,
    `select ${personJson(selection)} as person from person p left join person_clearance c on c.person_id = p.id where ${inScope(ctx, condition)}`,
    condition.binds.values,
  );
  const [person] = await finish(ctx, rows.map((row) => row.person), selection);
  return person ?? null;
}

/** `condition` within the caller's scope, for an aggregate over people; the readers above add it themselves. */
export function inScope(ctx: RequestContext, condition: PeopleCondition): string {
  return `${personScopeSql(ctx.scope, 'p', condition.binds.bind)} and ${condition.where}`;
}

/** The fields Postgres fills in (read model fields with SQL); the rest are added by `finish`. */
type PersonRow = Pick<PersonView, SqlField<typeof PERSON_FIELDS>> & Partial<Pick<PersonView, AfterField<typeof PERSON_FIELDS>>>;

/** A person as JSON keyed by the GraphQL field names, over `person p` and `person_clearance c` (built at load). */
function personJson(selection: PersonSelection): string {
  return PERSON_READ_MODEL.json(selection, selection.fields ?? undefined);
}

/**
 * What is not data: the action the clearance calls for (wording), the fields only the person's
 * safeguarding leads see withheld from everyone else (person.policy.ts), and the organisation, as a reference unless more
 * of it is asked for (then loaded in one batch).
 */
async function finish(ctx: RequestContext, rows: PersonRow[], selection: PersonSelection): Promise<PersonView[]> {
  const organisations = new Map<string, Organisation>();
  if (selection.organisation === 'all' && rows.length) {
    for (const found of await organisationById(ctx).loadMany([...new Set(rows.map((row) => row.organisationId))])) {
      if (found && !(found instanceof Error)) organisations.set(found.id, found);
    }
  }
  for (const row of rows) {
    // Worded only when asked for (the fields it is worded from are built then).
    if (selection.fields === null || selection.fields.includes('clearanceAction')) row.clearanceAction = clearanceAction({
      status: row.clearanceStatus,
      requiredLevel: row.requiredDbsLevel,
      expiresOn: row.clearanceExpiresOn,
      trainingDue: row.trainingDue,
      trainingExpiresOn: row.trainingExpiresOn,
    });
    withholdFromNonLeads(ctx, row, row);
    row.organisation = organisations.get(row.organisationId) ?? { id: row.organisationId };
  }
  return rows as PersonView[];
}
