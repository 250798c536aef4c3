import argon2 from 'argon2';

/**
 * argon2id with the library's defaults (64 MiB, 3 passes). Each hash or verify holds its 64 MiB
 * for its whole run, and libuv runs up to four at once, so a burst of sign-ins alone took the
 * server past 300 MB (found by `pnpm bench`, W6). More than one per core buys no throughput, so
 * they queue here instead: memory stays bounded and the hash keeps its strength.
 */
const MAX_CONCURRENT = 2;

let running = 0;
const waiting: Array<() => void> = [];

/**
 * A tiny semaphore rather than p-limit: current p-limit is ESM-only, and this server and its jest
 * run as CommonJS; eight lines do not justify the loader gymnastics.
 */
async function limited<T>(work: () => Promise<T>): Promise<T> {
  if (running >= MAX_CONCURRENT) await new Promise<void>((resolve) => waiting.push(resolve));
  running += 1;
  try {
    return await work();
  } finally {
    running -= 1;
    waiting.shift()?.();
  }
}

export function hashPassword(password: string): Promise<string> {
  return limited(() => argon2.hash(password));
}

/** False for a wrong password and for a malformed hash alike. */
export function verifyPassword(hash: string, password: string): Promise<boolean> {
  return limited(() => argon2.verify(hash, password).catch(() => false));
}
