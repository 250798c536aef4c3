import argon2 from 'argon2';
import { Grant } from '../../modules/user/grant.entity';
import { Role } from '../../auth/role';
import { User } from '../../modules/user/user.entity';
import { SEED_EPOCH, type SeedContext } from '../seed-context';
import type { SeededCentre } from './centres';
import type { SeededOrganisation } from './organisations';

/**
 * The shared password of the demo accounts. Shorter than the password policy allows on purpose
 * (it is typed in demos); these accounts exist only in demo databases, never in production.
 */
export const DEMO_PASSWORD = 'naccc-demo';

export type DemoAccount = { email: string; role: Role; description: string };

export type DemoScopes = {
  /** orgadmin1's organisation (two or more centres where the network has them). */
  first: SeededOrganisation;
  /** orgadmin2's organisation. */
  second: SeededOrganisation;
  /** coordinator1's centre: the first of orgadmin1's organisation. */
  coordinated: string;
};

/** The organisations and centre the demo accounts look after; the people step fills them with interesting cases. */
export function demoScopes(organisations: SeededOrganisation[], centres: SeededCentre[]): DemoScopes {
  const centresOf = (organisationId: string) => centres.filter((c) => c.organisationId === organisationId);
  const withTwoCentres = organisations.filter((o) => centresOf(o.id).length >= 2);
  const [first, second] = withTwoCentres.length >= 2 ? withTwoCentres : [organisations[0]!, organisations[1] ?? organisations[0]!];
  return { first: first!, second: second!, coordinated: centresOf(first!.id)[0]!.id };
}

/** One account per role, scoped to real seeded organisations and centres. */
export async function seedDemoAccounts(
  ctx: SeedContext,
  organisations: SeededOrganisation[],
  centres: SeededCentre[],
): Promise<DemoAccount[]> {
  // Known passwords have no place in a live system, whatever the caller asked for.
  if (process.env.NODE_ENV === 'production') throw new Error('Demo accounts are never created when NODE_ENV=production');
  const { faker, em } = ctx;
  const { first, second, coordinated } = demoScopes(organisations, centres);
  const elsewhere = centres.filter((c) => c.organisationId !== first.id && c.organisationId !== second.id);
  const assessed = faker.helpers.arrayElements(elsewhere.length >= 3 ? elsewhere : centres, 3).map((c) => c.id);

  const accounts: Array<DemoAccount & { displayName: string; grant: { organisationId: string | null; centreIds: string[] } }> = [
    { email: 'national@naccc.test', displayName: 'Nadia Head-Office', role: Role.NATIONAL_ADMIN, description: 'the whole network', grant: { organisationId: null, centreIds: [] } },
    { email: 'training@naccc.test', displayName: 'Tom Training', role: Role.TRAINING_TEAM, description: 'the whole network: keeps the course catalogue, runs sessions and records outcomes', grant: { organisationId: null, centreIds: [] } },
    { email: 'assessor@naccc.test', displayName: 'Asha Assessor', role: Role.ASSESSOR, description: `${assessed.length} assigned centres`, grant: { organisationId: null, centreIds: assessed } },
    { email: 'orgadmin1@naccc.test', displayName: 'Olivia Admin', role: Role.ORG_ADMIN, description: first.name, grant: { organisationId: first.id, centreIds: [] } },
    { email: 'orgadmin2@naccc.test', displayName: 'Owen Admin', role: Role.ORG_ADMIN, description: second.name, grant: { organisationId: second.id, centreIds: [] } },
    { email: 'coordinator1@naccc.test', displayName: 'Cara Coordinator', role: Role.CENTRE_COORDINATOR, description: `one centre of ${first.name}`, grant: { organisationId: first.id, centreIds: [coordinated] } },
  ];
  const passwordHash = await argon2.hash(DEMO_PASSWORD);
  const users = accounts.map((account) => ({ id: faker.string.uuid(), email: account.email, displayName: account.displayName, passwordHash, createdAt: SEED_EPOCH, updatedAt: SEED_EPOCH }));
  await em.insertMany(User, users);
  await em.insertMany(
    Grant,
    accounts.map((account, i) => ({
      id: faker.string.uuid(),
      user: users[i]!.id,
      role: account.role,
      organisation: account.grant.organisationId,
      centreIds: account.grant.centreIds,
      createdAt: SEED_EPOCH,
      updatedAt: SEED_EPOCH,
    })),
  );
  return accounts.map(({ email, role, description }) => ({ email, role, description }));
}
