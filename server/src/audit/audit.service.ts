import type { RequestContext } from '../common/request-context';
import { preparedQuery } from '../db/prepared-query';

/**
 * The events the server writes itself (row changes are written by the database triggers, and a
 * certificate reveal by the database function that reads the number). The list is exhaustive so
 * the audit-integrity tests can try each one against another organisation.
 */
export const SERVER_WRITTEN_ACTIONS = ['LOGIN', 'LOGIN_FAILED', 'LOGOUT', 'PASSWORD_SET', 'INVITE_ISSUED', 'EXPORT', 'IMPORT'] as const;

export type AuditedAction = (typeof SERVER_WRITTEN_ACTIONS)[number];

export type AuditedEvent = {
  action: AuditedAction;
  entityType: string;
  entityId?: string | null;
  /**
   * Whose trail the entry belongs to: the organisation of the records the event actually touched
   * (never one taken from a client's argument), or null for a network-level event. The database
   * refuses an organisation outside the request's scope.
   */
  organisationId?: string | null;
  changes?: Record<string, unknown>;
};

/**
 * Appends events to the audit trail, in one statement. The actor is not the caller's to choose:
 * it is the request's own user, read by the statement from the setting the server applied for
 * the request (`app.user_id`: the session's user, or the account a sign-in or an invitation has
 * just proved; see RequestContext.actAs), and the insert policy checks it again.
 *
 * Inserted in the request's transaction but outside any mutation savepoint, so a refused sign-in
 * is still recorded; every column is given, so no RETURNING is needed (the read policy would refuse it).
 */
export async function recordEvents(ctx: RequestContext, events: readonly AuditedEvent[]): Promise<void> {
  if (!events.length) return;
  await preparedQuery(
    ctx.em,
    `insert into audit_event (id, occurred_at, actor_user_id, organisation_id, action, entity_type, entity_id, changes, request_id, ip)
     select gen_random_uuid(), now(), app.uuid_or_null('app.user_id'), e.organisation_id, e.action, e.entity_type, e.entity_id, e.changes, $6, $7
     from unnest($1::uuid[], $2::text[], $3::text[], $4::uuid[], $5::jsonb[]) as e(organisation_id, action, entity_type, entity_id, changes)`,
    [
      events.map((event) => event.organisationId ?? null),
      events.map((event) => event.action),
      events.map((event) => event.entityType),
      events.map((event) => event.entityId ?? null),
      events.map((event) => (event.changes ? JSON.stringify(event.changes) : null)),
      ctx.requestId,
      ctx.ip ?? null,
    ],
  );
}

export function recordEvent(ctx: RequestContext, event: AuditedEvent): Promise<void> {
  return recordEvents(ctx, [event]);
}
