import { randomUUID } from 'node:crypto';
import type { RequestContext } from '../common/request-context';
import { AuditEvent } from './audit-event.entity';

export type AuditedAction = 'LOGIN' | 'LOGIN_FAILED' | 'LOGOUT' | 'PASSWORD_SET' | 'INVITE_ISSUED' | 'EXPORT' | 'IMPORT';

/**
 * Events that are not row changes (those are written by the database triggers). Inserted in the
 * request's transaction but outside any mutation savepoint, so a refused sign-in is still recorded.
 */
export async function recordEvent(
  ctx: RequestContext,
  event: { action: AuditedAction; entityType: string; entityId?: string | null; actorUserId?: string | null; organisationId?: string | null; changes?: Record<string, unknown> },
): Promise<void> {
  // Every column is given, so the INSERT needs no RETURNING (which the read policy would refuse).
  await ctx.em.insert(AuditEvent, {
    id: randomUUID(),
    occurredAt: new Date(),
    action: event.action,
    entityType: event.entityType,
    entityId: event.entityId ?? null,
    actorUserId: event.actorUserId ?? ctx.identity?.userId ?? null,
    organisationId: event.organisationId ?? null,
    changes: event.changes ?? null,
    requestId: ctx.requestId,
    ip: ctx.ip ?? null,
  });
}
