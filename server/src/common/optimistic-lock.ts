import { LockMode, OptimisticLockError } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Conflict } from './errors';

/**
 * Optimistic locking is MikroORM's: `version` is the version property of every entity
 * (BaseEntity), so each UPDATE it issues carries `where version = <as loaded>` and increments it.
 * An edit names the version the client based it on; when the loaded record has moved on since,
 * the edit is refused here, before anything changes, as a CONFLICT with the entity's own
 * `message`. No version given (undefined or null), no check. Issues no statement: the entity is
 * already loaded.
 */
export async function requireVersion(em: EntityManager, entity: object, version: number | null | undefined, message: string): Promise<void> {
  try {
    await em.lock(entity, LockMode.OPTIMISTIC, version ?? undefined);
  } catch (error) {
    if (error instanceof OptimisticLockError) throw new Conflict(message);
    throw error;
  }
}
