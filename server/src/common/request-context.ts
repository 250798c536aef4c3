import type { EntityManager } from '@mikro-orm/postgresql';
import type { Logger } from 'pino';

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
  ) {}

  loader<T>(key: string, create: () => T): T {
    let loader = this.loaders.get(key) as T | undefined;
    if (!loader) {
      loader = create();
      this.loaders.set(key, loader);
    }
    return loader;
  }

  /** Runs `work` in one database transaction; nested calls join the outer transaction. */
  async transaction<T>(work: (em: EntityManager) => Promise<T>): Promise<T> {
    const outer = this.em;
    if (outer.isInTransaction()) return work(outer);
    return outer.transactional(async (em) => {
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
