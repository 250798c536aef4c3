import type { EventEmitter } from 'node:events';
import type { Logger } from 'pino';

export type Cleanup = () => Promise<unknown>;

/**
 * The server's way of stopping. Start-up registers a cleanup for each thing it starts; stopping
 * runs them once, in reverse order (so HTTP stops taking connections and finishes its in-flight
 * requests before the pool closes, and the pool closes before Postgres stops), each one even if
 * an earlier one failed, then exits with `code`. Later calls while stopping do nothing.
 */
export function gracefulShutdown(options: { logger: Logger; cleanups: Cleanup[]; exit: (code: number) => void }) {
  const { logger, cleanups, exit } = options;
  let shuttingDown = false;
  return async (signal: string, code = 0): Promise<void> => {
    if (shuttingDown) return;
    shuttingDown = true;
    logger.info({ signal }, 'shutting down: finishing in-flight requests');
    for (const cleanup of [...cleanups].reverse()) {
      await cleanup().catch((error: unknown) => logger.error({ err: error }, 'error during shutdown'));
    }
    logger.info('stopped');
    exit(code);
  };
}

/** Ctrl-C and a supervisor's SIGTERM both stop the server gracefully. */
export function stopOnSignals(shutdown: (signal: string) => Promise<void>, emitter: EventEmitter = process): void {
  for (const signal of ['SIGINT', 'SIGTERM']) emitter.on(signal, () => void shutdown(signal));
}
