import type { ServerModule } from '../../server-module';
import { seedDemoAccounts } from '../../seed/steps/demo-accounts';
import { Grant } from './grant.entity';
import { GrantResolver } from './grant.resolver';
import { SessionResolver } from './session.resolver';
import { User } from './user.entity';
import { UserResolver } from './user.resolver';

/** Accounts and their grants (who may sign in, and as what). */
export const userModule: ServerModule = {
  name: 'user',
  entities: [User, Grant],
  resolvers: [SessionResolver, GrantResolver, UserResolver],
  tenantTables: {
    user_grant: {
      crossTenant: { resource: 'User' },
      organisationExport: { key: 'users' },
      retention: { kept: 'a grant lasts until an administrator removes it; removal is audited' },
    },
  },
  auditedTables: {
    app_user: {
      entityType: 'User',
      kept: ['id', 'created_at', 'email', 'display_name', 'active', 'password_changed_at', 'invite_expires_at'],
      redacted: ['password_hash', 'invite_token_hash'],
      ignored: ['updated_at', 'version', 'last_login_at'],
  },
    user_grant: {
      entityType: 'Grant',
      kept: ['id', 'created_at', 'user_id', 'role', 'organisation_id', 'centre_ids'],
      redacted: [],
      ignored: ['updated_at', 'version'],
  },
  },
  organisationExport: [
    {
      key: 'users',
      read: async (ctx, organisationId) => {
        const users = await ctx.em.find(User, { grants: { organisation: organisationId } }, { populate: ['grants'], orderBy: { email: 'asc' } });
        return users.map((user) => ({
          id: user.id,
          email: user.email,
          displayName: user.displayName,
          active: user.active,
          lastLoginAt: user.lastLoginAt,
          createdAt: user.createdAt,
          // Only this organisation's grants: the person's roles elsewhere are not this organisation's records.
          grants: user.grants
            .getItems()
            .filter((grant) => grant.organisation?.id === organisationId)
            .map((grant) => ({ role: grant.role, centreIds: grant.centreIds, createdAt: grant.createdAt })),
        }));
      },
    },
  ],
  seed: [{ name: 'demo accounts', run: async (ctx, network) => void network.accounts.push(...(await seedDemoAccounts(ctx, network.organisations, network.centres))) }],
};
