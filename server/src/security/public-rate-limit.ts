import { isIPv4, isIPv6 } from 'node:net';
import { HeaderMap } from '@apollo/server';
import type { EntityManager } from '@mikro-orm/postgresql';
import { GraphQLError } from 'graphql';
import { preparedQuery } from '../db/prepared-query';

export type PublicRateLimitPolicy = { requests: number; windowSeconds: number };

/**
 * Signed-out GraphQL requests (the sign-in page today, the public finder next) are limited per
 * client address: `requests` per fixed window of `windowSeconds`. The count lives in Postgres
 * (an unlogged table written only through a security-definer function, one upsert per request),
 * so every server instance counts against the same limit and a restart forgets nothing that
 * matters. Signed-in requests are not counted; sign-in keeps its own stricter throttle.
 */
export class PublicRateLimit {
  constructor(private readonly policy: PublicRateLimitPolicy) {}

  /** Counts one anonymous request from `ip`; over the limit it is refused before it is parsed. */
  async count(em: EntityManager, ip: string | undefined): Promise<void> {
    const [row] = await preparedQuery<{ hits: number; retry_after: number }>(
      em,
      'select hits, retry_after from app.count_public_request($1, $2)',
      [clientKey(ip), this.policy.windowSeconds],
    );
    if (row && row.hits > this.policy.requests) throw tooManyRequests(row.retry_after);
  }
}

/** 429 with Retry-After; the seconds are in the error too, for clients that cannot read headers. */
function tooManyRequests(retryAfterSeconds: number): GraphQLError {
  return new GraphQLError(`Too many requests from your address; please try again in ${retryAfterSeconds} seconds`, {
    extensions: {
      code: 'TOO_MANY_REQUESTS',
      retryAfterSeconds,
      http: { status: 429, headers: new HeaderMap([['retry-after', String(retryAfterSeconds)]]) },
    },
  });
}

/**
 * What is counted: an IPv4 address, or the /64 network of an IPv6 address (one household or
 * server usually holds a whole /64, so counting single IPv6 addresses would not limit anyone).
 * IPv4 addresses seen through a dual-stack socket (::ffff:a.b.c.d) count as themselves.
 */
export function clientKey(ip: string | undefined): string {
  const address = (ip ?? '').replace(/%.*$/, '');
  const mapped = /^::ffff:(\d{1,3}(?:\.\d{1,3}){3})$/i.exec(address);
  if (mapped) return mapped[1]!;
  if (isIPv4(address)) return address;
  if (isIPv6(address)) return `${ipv6Groups(address).slice(0, 4).join(':')}::/64`;
  return 'unknown';
}

/** The eight 16-bit groups of a valid IPv6 address, in lower-case hex without leading zeros. */
function ipv6Groups(address: string): string[] {
  const toGroups = (part: string): string[] =>
    part === ''
      ? []
      : part.split(':').flatMap((group) => {
          if (!group.includes('.')) return [group];
          const [a, b, c, d] = group.split('.').map(Number) as [number, number, number, number];
          return [((a << 8) | b).toString(16), ((c << 8) | d).toString(16)];
        });
  const [head = '', tail] = address.split('::');
  const left = toGroups(head);
  const right = tail === undefined ? [] : toGroups(tail);
  const zeros = Array.from({ length: 8 - left.length - right.length }, () => '0');
  return [...left, ...zeros, ...right].map((group) => parseInt(group, 16).toString(16));
}
