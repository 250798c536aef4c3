import { wrap, type EntityName, type FilterQuery, type FindOptions } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { NotFound } from './errors';
import { isUuid } from './ids';
import { MAX_PER_PAGE, orderBy, type ListArgs } from './pagination';

/**
 * One page of a react-admin list: the client's sort (whitelisted), ties broken by id so pages
 * never overlap or skip rows, and the page window. The tenant filter applies as for any find.
 */
export function findPage<T extends object, Field extends string>(
  em: EntityManager,
  entity: EntityName<T>,
  where: FilterQuery<T>,
  args: ListArgs,
  sortable: Readonly<Record<Field, string>>,
  fallback: Field,
  ids?: readonly string[] | null,
): Promise<T[]> {
  const { column, direction } = orderBy(args, sortable, fallback);
  // Asked for by id (react-admin's getMany sends no page size): all of them, not the first 25.
  const page = ids?.length ? { page: 0, perPage: Math.min(MAX_PER_PAGE, Math.max(args.perPage, ids.length)) } : args;
  return em.find(entity, where, {
    orderBy: [{ [column]: direction }, { id: 'asc' }] as never,
    limit: page.perPage,
    offset: page.page * page.perPage,
  });
}

/**
 * The record with this id, or NOT_FOUND: also what a record outside the caller's scope looks
 * like (the tenant filter hides it), so its existence is never revealed.
 */
export async function findOneOrNotFound<T extends object>(
  em: EntityManager,
  entity: EntityName<T>,
  id: string,
  label: string,
  scope: FilterQuery<T> = {},
): Promise<T> {
  const found = isUuid(id) ? await em.findOne(entity, { $and: [{ id }, scope] } as FilterQuery<T>) : null;
  if (!found) throw new NotFound(label, id);
  return found;
}

/** Rows as plain objects (the organisation export's parts): found in the caller's scope, in `order`. */
export async function plainRows<T extends object>(em: EntityManager, entity: EntityName<T>, where: FilterQuery<T>, order: FindOptions<T>['orderBy']): Promise<object[]> {
  return (await em.find(entity, where, { orderBy: order })).map((row) => wrap(row).toObject());
}
