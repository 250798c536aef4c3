import type { AuthProvider } from 'react-admin';
import { faceOf, type Grant, type Permissions } from './access';
import { allows, type Caller } from './accessRules';
import { errorCode } from './dataProvider/errors';
import { request } from './dataProvider/request';
import { graphql } from './gql';

const Login = graphql(`
  mutation ConsoleLogin($email: String!, $password: String!) {
    login(email: $email, password: $password) {
      id
    }
  }
`);

const Logout = graphql(`
  mutation ConsoleLogout {
    logout
  }
`);

const Me = graphql(`
  query ConsoleMe {
    me {
      id
      email
      displayName
      grants {
        id
        role
        organisationId
        centreIds
        organisation {
          id
          name
        }
      }
    }
  }
`);

type Me = { id: string; email: string; displayName: string; grants: Grant[] };

const ACTIVE_GRANT_KEY = 'naccc.activeGrant';

let cached: Promise<Me> | undefined;

/** Who is signed in, asked once per page load (and again after signing in or out). */
export function currentUser(): Promise<Me> {
  cached ??= request(Me).then(({ me }) => ({
    id: me.id,
    email: me.email,
    displayName: me.displayName,
    grants: me.grants.map((g) => ({
      id: g.id,
      role: g.role,
      organisationId: g.organisationId ?? null,
      organisationName: g.organisation?.name ?? null,
      centreIds: g.centreIds,
    })),
  }));
  cached.catch(() => (cached = undefined));
  return cached;
}

/** The grant the user is acting under: their choice if still valid, otherwise their first. */
export function activeGrant(grants: Grant[]): Grant | undefined {
  const chosen = localStorage.getItem(ACTIVE_GRANT_KEY);
  return grants.find((g) => g.id === chosen) ?? grants[0];
}

export function chooseGrant(grantId: string): void {
  localStorage.setItem(ACTIVE_GRANT_KEY, grantId);
}

export const authProvider: AuthProvider = {
  async login({ username, password }: { username: string; password: string }) {
    cached = undefined;
    await request(Login, { email: username, password });
    await currentUser();
  },
  async logout() {
    cached = undefined;
    await request(Logout).catch(() => undefined);
  },
  async checkAuth() {
    await currentUser();
  },
  async checkError(error: unknown) {
    const code = errorCode(error);
    if (code === 'UNAUTHENTICATED') {
      // Rejecting sends the user to the sign-in page (react-admin calls logout, which forgets the
      // cached user). The cache is kept until then on purpose: react-admin shows this message only
      // if checkAuth still passes at that moment.
      throw new Error('Your session has ended; please sign in again');
    }
    // FORBIDDEN and everything else: stay on the page; react-admin shows the message.
  },
  async getIdentity() {
    const me = await currentUser();
    return { id: me.id, fullName: me.displayName, email: me.email };
  },
  async getPermissions(): Promise<Permissions> {
    const me = await currentUser();
    const active = activeGrant(me.grants);
    return { grants: me.grants, active, face: active ? faceOf(active) : undefined };
  },
  /**
   * The menu, buttons and routes ask here (react-admin's useCanAccess, <CanAccess>, and each
   * resource page): the server's rule for the operation behind the action (accessRules.ts), for
   * the role of the grant the user is acting under. Someone not signed in gets public operations
   * only; checkAuth sends them to sign in anyway.
   */
  async canAccess({ resource, action }) {
    const caller: Caller = await currentUser().then(
      (me) => ({ signedIn: true, role: activeGrant(me.grants)?.role }),
      () => ({ signedIn: false, role: undefined }),
    );
    return allows(caller, resource, action);
  },
};
