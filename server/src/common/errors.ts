import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { ConnectionException } from '@mikro-orm/core';
import { ArgumentValidationError } from 'type-graphql';

/**
 * The platform's error vocabulary. Services throw these; `formatError` below is the one place
 * that turns them (and library errors) into GraphQL `extensions.code` values the console reads.
 */
export abstract class DomainError extends Error {
  abstract readonly code: 'BAD_USER_INPUT' | 'NOT_FOUND' | 'CONFLICT' | 'FORBIDDEN' | 'UNAUTHENTICATED' | 'TOO_MANY_REQUESTS';
  extensions(): Record<string, unknown> {
    return {};
  }
}

/** Input the caller can fix; `field` names the argument so a form can show it beside the input. */
export class BadUserInput extends DomainError {
  readonly code = 'BAD_USER_INPUT' as const;
  constructor(
    readonly field: string,
    message: string,
  ) {
    super(message);
  }
  override extensions() {
    return { field: this.field };
  }
}

/** Also what a caller gets for a record outside their scope: existence is not revealed. */
export class NotFound extends DomainError {
  readonly code = 'NOT_FOUND' as const;
  constructor(entity: string, id: string) {
    super(`${entity} ${id} was not found`);
  }
}

export class Conflict extends DomainError {
  readonly code = 'CONFLICT' as const;
}

export class Forbidden extends DomainError {
  readonly code = 'FORBIDDEN' as const;
}

/** Slow down: e.g. too many failed sign-ins for an account or from an address. */
export class TooManyRequests extends DomainError {
  readonly code = 'TOO_MANY_REQUESTS' as const;
}

export class Unauthenticated extends DomainError {
  readonly code = 'UNAUTHENTICATED' as const;
  constructor(message = 'Please sign in') {
    super(message);
  }
}

/**
 * Apollo `formatError`: domain errors keep their code and message; class-validator failures
 * become BAD_USER_INPUT naming the first invalid field; anything unexpected is reported as an
 * internal error without its message, stack or SQL (those go to the log instead).
 */
export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const original = error instanceof GraphQLError && error.originalError ? error.originalError : error;
  if (original instanceof DomainError) {
    return {
      message: original.message,
      locations: formatted.locations,
      path: formatted.path,
      extensions: { code: original.code, ...original.extensions() },
    };
  }
  if (original instanceof ArgumentValidationError) {
    const problems = flattenValidation(original.extensions.validationErrors);
    const [first] = problems;
    return {
      // class-validator's messages already start with the property ("postcode must be ...").
      message: first?.message ?? 'Invalid input',
      locations: formatted.locations,
      path: formatted.path,
      extensions: { code: 'BAD_USER_INPUT', field: first?.field, fields: problems },
    };
  }
  if (isDatabaseUnavailable(original)) {
    return {
      message: 'The service is briefly unavailable; please try again in a moment',
      locations: formatted.locations,
      path: formatted.path,
      extensions: { code: 'SERVICE_UNAVAILABLE' },
    };
  }
  const code = formatted.extensions?.code;
  if (code === 'INTERNAL_SERVER_ERROR' || code === undefined) {
    return { message: 'Internal server error', locations: formatted.locations, path: formatted.path, extensions: { code: 'INTERNAL_SERVER_ERROR' } };
  }
  // Errors raised by graphql-js and Apollo themselves (parse, validation, variable coercion).
  const field = variableName(formatted.message);
  const { stacktrace: _stacktrace, ...extensions } = formatted.extensions ?? {};
  return { ...formatted, extensions: field ? { ...extensions, field } : extensions };
}

type FieldProblem = { field: string; message: string };

function flattenValidation(
  errors: ArgumentValidationError['extensions']['validationErrors'],
  prefix = '',
): FieldProblem[] {
  return errors.flatMap((error) => {
    const field = prefix ? `${prefix}.${error.property}` : error.property;
    const own = Object.values(error.constraints ?? {}).map((message) => ({ field, message }));
    return [...own, ...flattenValidation(error.children ?? [], field)];
  });
}

/** `Variable "$postcode" got invalid value ...` names the argument; surface it as `field`. */
function variableName(message: string): string | undefined {
  return /^Variable "\$([A-Za-z_][A-Za-z0-9_]*)"/.exec(message)?.[1];
}

/** Whether an error is one we raise on purpose (and so not worth an error log line). */
export function isExpectedError(error: unknown): boolean {
  const outerCode = error instanceof GraphQLError ? error.extensions?.code : undefined;
  if (typeof outerCode === 'string' && outerCode !== 'INTERNAL_SERVER_ERROR') return true;
  const original = error instanceof GraphQLError && error.originalError ? error.originalError : error;
  if (original instanceof DomainError || original instanceof ArgumentValidationError) return true;
  const code = original instanceof GraphQLError ? original.extensions?.code : undefined;
  return typeof code === 'string' && code !== 'INTERNAL_SERVER_ERROR';
}

/**
 * Postgres unreachable or gone mid-request: refused or reset connections, timeouts waiting for
 * one, or the server shutting down. Context-creation failures arrive wrapped, so causes are walked.
 */
export function isDatabaseUnavailable(error: unknown): boolean {
  for (let current = error, depth = 0; current && depth < 5; depth++) {
    if (current instanceof ConnectionException) return true;
    const candidate = current as { code?: unknown; name?: unknown; message?: unknown; cause?: unknown; originalError?: unknown };
    if (typeof candidate.code === 'string' && DATABASE_DOWN_CODES.has(candidate.code)) return true;
    if (candidate.name === 'KnexTimeoutError') return true;
    if (typeof candidate.message === 'string' && /Connection terminated|timeout exceeded when trying to connect|Knex: Timeout acquiring a connection/i.test(candidate.message)) return true;
    current = candidate.cause ?? candidate.originalError;
  }
  return false;
}

const DATABASE_DOWN_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'ETIMEDOUT', '57P01', '57P02', '57P03', '08000', '08001', '08003', '08006']);
