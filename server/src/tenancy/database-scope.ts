import type { EntityManager } from '@mikro-orm/postgresql';
import { uuidArray } from '../db/binds';
import { preparedQuery } from '../db/prepared-query';
import { clearanceClock, type ClearanceClock } from '../common/clock';
import type { Scope } from './scope';

/**
 * The settings the row-level-security policies read (see the Tenancy migration). Set with
 * `set_config(..., true)`, i.e. SET LOCAL: they end with the request's transaction, so a pooled
 * connection never carries one request's tenant into the next. Sent first by every request, so
 * it is a prepared statement (values bound, never written into the text).
 *
 * Prepared statements are planned once, for any values: left to choose, Postgres kept planning
 * the people list afresh for each request, because its estimate for `organisation_id = any ($1)`
 * with unknown ids is a little higher than for known ones (the plan is the same either way). Its
 * planning, not its running, was most of what the statement cost (pnpm bench, W1).
 */
export const SCOPE_SETTINGS_SQL = `select
  set_config('app.national', $1, true),
  set_config('app.national_admin', $2, true),
  set_config('app.org_ids', $3, true),
  set_config('app.member_org_ids', $4, true),
  set_config('app.centre_ids', $5, true),
  set_config('app.assessed_centre_ids', $6, true),
  set_config('app.user_id', $7, true),
  set_config('app.request_id', $8, true),
  set_config('app.ip', $9, true),
  set_config('app.today', $10, true),
  set_config('app.expiring_days', $11, true),
  set_config('app.training_team', $12, true),
  set_config('plan_cache_mode', 'force_generic_plan', true)`;

/** Who is acting: the audit triggers stamp every row change with it. */
export type Actor = { userId: string | undefined; requestId: string; ip: string | undefined };

export function scopeSettings(scope: Scope, actor: Actor, clock: ClearanceClock = clearanceClock()): string[] {
  return [
    String(scope.national),
    String(scope.nationalAdmin),
    uuidArray(scope.organisationIds),
    uuidArray(scope.memberOfOrganisationIds),
    uuidArray(scope.centreIds),
    uuidArray(scope.assessedCentreIds),
    actor.userId ?? '',
    actor.requestId,
    actor.ip ?? '',
    clock.today,
    String(clock.expiringDays),
    String(scope.trainingTeam),
  ];
}

/** Opens the request's transaction and applies the scope as its first statement. */
export async function beginScopedTransaction(em: EntityManager, scope: Scope, actor: Actor, clock?: ClearanceClock): Promise<void> {
  await em.begin();
  await applyScope(em, scope, actor, clock);
}

/** Applies the scope to the transaction `em` is in. */
export async function applyScope(em: EntityManager, scope: Scope, actor: Actor, clock?: ClearanceClock): Promise<void> {
  await preparedQuery(em, SCOPE_SETTINGS_SQL, scopeSettings(scope, actor, clock));
}
