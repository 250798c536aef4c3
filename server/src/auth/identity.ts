import type { Role } from './role';

/** Who is making a request, as resolved from their session: read-only for the request's life. */
export type Identity = Readonly<{
  sessionId: string;
  userId: string;
  email: string;
  displayName: string;
  grants: ReadonlyArray<Readonly<{ role: Role; organisationId: string | null; centreIds: readonly string[] }>>;
}>;

/** The cookie operations a login or logout needs, without exposing the HTTP reply to services. */
export type SessionCookie = {
  set(token: string, expiresAt: Date): void;
  clear(): void;
};
