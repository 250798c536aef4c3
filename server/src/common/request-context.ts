import type { EntityManager } from '@mikro-orm/postgresql';
import type { Logger } from 'pino';
import type { Identity, SessionCookie } from '../auth/identity';
import { applyScope, beginScopedTransaction, type Actor } from '../tenancy/database-scope';
import { clearanceClock, type ClearanceClock } from './clock';
import { preparedQuery } from '../db/prepared-query';
import { scopeOf, type Scope } from '../tenancy/scope';
import { TENANT_FILTER, type TenantFilterArgs } from '../tenancy/tenant-filter';

/**
 * Everything one request knows, passed explicitly from the resolver to the service (no globals,
 * no per-request singletons). `em` is a fork owned by this request; inside a mutation it is the
 * transaction's EntityManager (see `Transaction`).
 */
export class RequestContext {
  /** Per-request caches (DataLoaders) keyed by purpose, so a page's nested fields batch together. */
  private readonly loaders = new Map<string, unknown>();

  constructor(
    public em: EntityManager,
    readonly requestId: string,
    readonly logger: Logger,
    readonly ip: string | undefined,
    /** Undefined for an anonymous request. */
    readonly identity?: Identity,
    /** Present for HTTP requests; login and logout set and clear the session cookie through it. */
    readonly sessionCookie?: SessionCookie,
    /** "Today" for clearance and retention rules, fixed per request (tests pass their own). */
    readonly clock: ClearanceClock = clearanceClock(),
  ) {
    this.scope = scopeOf(identity);
    em.setFilterParams(TENANT_FILTER, { scope: this.scope } satisfies TenantFilterArgs);
  }

  /** What this request may reach; both tenancy walls are derived from it. */
  readonly scope: Scope;

  /** Opens the request's transaction and applies the scope to it (RLS settings). */
  async beginRequestTransaction(): Promise<void> {
    if (this.em.isInTransaction()) return;
    await beginScopedTransaction(this.em, this.scope, this.actor(), this.clock);
  }

  private actor(): Actor {
    return { userId: this.identity?.userId, requestId: this.requestId, ip: this.ip };
  }

  /** Commits the request's transaction (rolling back if the commit itself fails). */
  async endRequestTransaction(): Promise<void> {
    if (!this.em.isInTransaction()) return;
    try {
      await this.em.commit();
    } catch (error) {
      await this.em.rollback().catch(() => undefined);
      throw error;
    }
  }

  /**
   * Once a sign-in's password or an invitation's token has proved who an anonymous request is:
   * for the rest of the current transaction, the audit trail (and the row-change triggers)
   * record that user as the actor, and the audit insert policy accepts entries in their name.
   */
  async actAs(userId: string): Promise<void> {
    await preparedQuery(this.em, `select set_config('app.user_id', $1, true)`, [userId]);
  }

  loader<T>(key: string, create: () => T): T {
    let loader = this.loaders.get(key) as T | undefined;
    if (!loader) {
      loader = create();
      this.loaders.set(key, loader);
    }
    return loader;
  }

  /**
   * Runs `work` as one unit: inside the request's transaction it is a savepoint, so a failed
   * mutation leaves nothing behind while the rest of the request (e.g. an audit entry) stands.
   */
  async transaction<T>(work: (em: EntityManager) => Promise<T>): Promise<T> {
    const outer = this.em;
    // Outside a request transaction (an operation that manages its own), this one is the first
    // of its own: it applies the scope, as the request transaction would have.
    const scoped = !outer.isInTransaction();
    return outer.transactional(async (em) => {
      if (scoped) await applyScope(em, this.scope, this.actor(), this.clock);
      this.em = em;
      try {
        return await work(em);
      } finally {
        this.em = outer;
        // Loaders may hold rows read inside the rolled-back or committed transaction.
        this.loaders.clear();
      }
    });
  }
}
