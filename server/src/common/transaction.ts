import { createMethodMiddlewareDecorator } from 'type-graphql';
import type { RequestContext } from './request-context';

/**
 * Declared on every mutation (Vendure's `@Transaction()`): the resolver, its service calls and
 * the audit writes commit or roll back together, so a failed mutation leaves nothing behind.
 */
export function Transaction() {
  return createMethodMiddlewareDecorator<RequestContext>(({ context }, next) =>
    context.transaction(() => next()),
  );
}
