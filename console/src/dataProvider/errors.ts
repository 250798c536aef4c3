import { HttpError } from 'react-admin';

/** One row of a refused batch (a cohort's attendance): its position in the rows sent (from 1), the field and why. */
export type RowError = { row: number; personId?: string; field: string; message: string };

/**
 * A GraphQL error as the server reports it: `extensions.code` drives the console's reaction. The
 * errors are kept as the server sent them, so every extension reaches the page (`rowErrorsOf`).
 */
export type GraphQLErrorLike = { message: string; extensions?: { code?: string; field?: string; rows?: RowError[] } };

/**
 * What every failed call rejects with, whichever way it went (a resource through
 * ra-data-graphql-simple, a custom method or the auth provider's own calls): react-admin's
 * HttpError, the server's errors in `body.graphQLErrors`, where the auth provider reads the code.
 *
 * The one field-error mapping: the server names the offending argument of a BAD_USER_INPUT
 * (`extensions.field`), which becomes react-admin's server-side validation shape in `body.errors`.
 * A form submitted through react-admin (Create, Edit) then shows the message under the input it
 * concerns (marked invalid for screen readers) and, via `root.serverError`, in the notification;
 * a dialog's own form returns `fieldErrorsOf(error)` from its submit handler for the same effect.
 */
export function toHttpError(graphQLErrors: readonly GraphQLErrorLike[], status: number): HttpError {
  const [first] = graphQLErrors;
  const field = first?.extensions?.field;
  if (first && first.extensions?.code === 'BAD_USER_INPUT' && typeof field === 'string') {
    return new HttpError(first.message, 400, {
      graphQLErrors,
      errors: { [field]: first.message, root: { serverError: first.message } },
    });
  }
  return new HttpError(first?.message ?? `The server answered ${status}`, status, { graphQLErrors });
}

/**
 * ra-data-graphql rejects with an HttpError whose body is Apollo's error (its `graphQLErrors`), or,
 * for a failed HTTP exchange, with only the message and status: rethrown in the shape above.
 */
export function rethrowAsHttpError(error: unknown): never {
  const candidate = error as { status?: number; body?: { graphQLErrors?: GraphQLErrorLike[] } } | null;
  const graphQLErrors = candidate?.body?.graphQLErrors ?? [];
  if (graphQLErrors.length > 0) throw toHttpError(graphQLErrors, candidate?.status ?? 200);
  throw error;
}

export function graphQLErrorsOf(error: unknown): GraphQLErrorLike[] {
  return (error as { body?: { graphQLErrors?: GraphQLErrorLike[] } } | null)?.body?.graphQLErrors ?? [];
}

/** The server's `extensions.code` of a failed call (an HTTP 401 counts as UNAUTHENTICATED). */
export function errorCode(error: unknown): string | undefined {
  const status = (error as { status?: number } | null)?.status;
  return graphQLErrorsOf(error)[0]?.extensions?.code ?? (status === 401 ? 'UNAUTHENTICATED' : undefined);
}

/** The field errors of a failed call, in react-admin's shape; undefined when the server named no field. */
export function fieldErrorsOf(error: unknown): Record<string, unknown> | undefined {
  const errors = (error as { body?: { errors?: Record<string, unknown> } } | null)?.body?.errors;
  return errors && Object.keys(errors).length > 0 ? errors : undefined;
}

/**
 * The rows of a refused batch (BAD_USER_INPUT with `extensions.rows`, as recordCohortAttendance
 * refuses a cohort): each row's problem, to show beside the row it concerns. Empty otherwise.
 */
export function rowErrorsOf(error: unknown): RowError[] {
  const rows = graphQLErrorsOf(error)[0]?.extensions?.rows;
  return Array.isArray(rows) ? rows.filter((row) => typeof row?.row === 'number' && typeof row.message === 'string') : [];
}

/** A failed call's message for a notification, or `fallback` when it carries none worth showing. */
export function messageOf(error: unknown, fallback: string): string {
  return error instanceof Error && error.message ? error.message : fallback;
}
