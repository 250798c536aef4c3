import argon2 from 'argon2';
import type { Role } from '../auth/role';
import type { TestDatabase } from './database';

export const TEST_PASSWORD = 'correct horse battery staple';

/** Cheap parameters: tests create many users, and the hash's strength is not what they test. */
const FAST_HASH = { memoryCost: 1024, timeCost: 1, parallelism: 1 } as const;

export type GrantSpec = { role: Role; organisationId?: string | null; centreIds?: string[] };

/** Inserts a user with grants directly (as the owner), as an administrator would have set them up. */
export async function createUser(
  db: TestDatabase,
  spec: { email: string; displayName?: string; grants: GrantSpec[]; active?: boolean; password?: string },
): Promise<string> {
  const hash = await argon2.hash(spec.password ?? TEST_PASSWORD, FAST_HASH);
  const [user] = await db.ownerQuery<{ id: string }>(
    `insert into app_user (id, email, display_name, password_hash, active)
     values (gen_random_uuid(), $1, $2, $3, $4) returning id`,
    [spec.email.toLowerCase(), spec.displayName ?? spec.email, hash, spec.active ?? true],
  );
  for (const grant of spec.grants) {
    await db.ownerQuery(
      `insert into user_grant (id, user_id, role, organisation_id, centre_ids) values (gen_random_uuid(), $1, $2, $3, $4)`,
      [user!.id, grant.role, grant.organisationId ?? null, grant.centreIds ?? []],
    );
  }
  return user!.id;
}
