import { randomBytes } from 'node:crypto';
import type { FilterQuery } from '@mikro-orm/core';
import { hashPassword, verifyPassword } from '../../auth/password-hashing';
import { recordEvent } from '../../audit/audit.service';
import { checkNewPassword } from '../../auth/password-policy';
import { Session } from '../../auth/session.entity';
import { hashToken, normaliseEmail } from '../../auth/session.service';
import { BadUserInput, Forbidden, NotFound } from '../../common/errors';
import { requireVersion } from '../../common/optimistic-lock';
import { isUuid } from '../../common/ids';
import { findOneOrNotFound, findPage } from '../../common/listing';
import { containsPattern, type ListArgs } from '../../common/pagination';
import type { RequestContext } from '../../common/request-context';
import { tidy } from '../../common/validation';
import type { Scope } from '../../tenancy/scope';
import { Centre } from '../centre/centre.entity';
import { Organisation } from '../organisation/organisation.entity';
import { USER_SORTABLE, type CreateUserArgs, type GrantArgs, type UpdateUserArgs, type UserFilter } from './dto/user.args';
import { Grant } from './grant.entity';
import { Role } from '../../auth/role';
import { User } from './user.entity';

const INVITE_DAYS = 7;

/**
 * Accounts and grants, managed by head office (anyone) and by organisation administrators
 * (people working for their organisation only). The identity tables have no RLS (they are read
 * before a request has a scope), so every rule here is enforced in this service and tested.
 */
export class UserService {
  list(ctx: RequestContext, args: ListArgs, filter?: UserFilter | null): Promise<User[]> {
    return findPage(ctx.em, User, this.where(ctx.scope, filter), args, USER_SORTABLE, 'email', filter?.ids);
  }

  count(ctx: RequestContext, filter?: UserFilter | null): Promise<number> {
    return ctx.em.count(User, this.where(ctx.scope, filter));
  }

  get(ctx: RequestContext, id: string): Promise<User> {
    // Users are not tenant-filtered (see above): the scope is applied here explicitly.
    return findOneOrNotFound(ctx.em, User, id, 'User', this.where(ctx.scope));
  }

  /** Invites someone: the account, its first grant and a one-time token to set a password. */
  async create(ctx: RequestContext, args: CreateUserArgs): Promise<User> {
    await this.checkGrant(ctx, args);
    const email = normaliseEmail(args.email);
    if (await ctx.em.count(User, { email })) {
      throw new BadUserInput('email', 'This email address already has an account; add a role to it instead, or ask NACCC head office');
    }
    const token = randomBytes(32).toString('base64url');
    const user = ctx.em.create(User, {
      email,
      displayName: tidy(args.displayName),
      inviteTokenHash: hashToken(token),
      inviteExpiresAt: new Date(Date.now() + INVITE_DAYS * 86_400_000),
    });
    const grant = ctx.em.create(Grant, this.grantData(user, args));
    await ctx.em.flush();
    // In the trail of the organisation the new grant is for (checked above to be the caller's to give).
    await recordEvent(ctx, { action: 'INVITE_ISSUED', entityType: 'User', entityId: user.id, organisationId: grant.organisation?.id ?? null });
    user.inviteToken = token;
    return user;
  }

  async update(ctx: RequestContext, args: UpdateUserArgs): Promise<User> {
    const user = await this.get(ctx, args.id);
    await this.checkManageable(ctx, user);
    await requireVersion(ctx.em, user, args.version, 'This user was changed by someone else since you opened it; reload to see their changes');
    if (args.displayName != null) user.displayName = tidy(args.displayName);
    if (args.active != null && args.active !== user.active) {
      if (!args.active && user.id === ctx.identity?.userId) throw new BadUserInput('active', 'You cannot deactivate your own account');
      user.active = args.active;
      // Deactivation takes effect at once, not when the session would have expired.
      if (!args.active) await ctx.em.nativeUpdate(Session, { userId: user.id, revokedAt: null }, { revokedAt: new Date() });
    }
    await ctx.em.flush();
    return user;
  }

  async addGrant(ctx: RequestContext, userId: string, args: GrantArgs): Promise<User> {
    const user = await this.get(ctx, userId);
    await this.checkGrant(ctx, args);
    ctx.em.create(Grant, this.grantData(user, args));
    await ctx.em.flush();
    return user;
  }

  async removeGrant(ctx: RequestContext, grantId: string): Promise<User> {
    const grant = isUuid(grantId) ? await ctx.em.findOne(Grant, { id: grantId }, { populate: ['user'] }) : null;
    if (!grant || !this.grantInScope(ctx.scope, grant)) throw new NotFound('Grant', grantId);
    if (grant.user.id === ctx.identity?.userId && grant.role === Role.ORG_ADMIN) {
      throw new BadUserInput('grantId', 'You cannot remove your own administrator role; ask another administrator');
    }
    const { user } = grant;
    ctx.em.remove(grant);
    await ctx.em.flush();
    return user;
  }

  /** Sets the password of an invited user from their one-time token, which then stops working. */
  async acceptInvite(ctx: RequestContext, token: string, password: string): Promise<User> {
    const user = await ctx.em.findOne(User, { inviteTokenHash: hashToken(token), inviteExpiresAt: { $gt: new Date() } });
    if (!user || !user.active) throw new BadUserInput('token', 'This invitation link has expired or was already used; ask for a new one');
    checkNewPassword(password, user.email);
    // The one-time token has proved who this is: the trail records them as the actor.
    await ctx.actAs(user.id);
    user.passwordHash = await hashPassword(password);
    user.passwordChangedAt = new Date();
    user.inviteTokenHash = null;
    user.inviteExpiresAt = null;
    await ctx.em.flush();
    await recordEvent(ctx, { action: 'PASSWORD_SET', entityType: 'User', entityId: user.id });
    return user;
  }

  /** Changes the caller's password; every session of theirs, this one included, ends. */
  async changePassword(ctx: RequestContext, currentPassword: string, newPassword: string): Promise<User> {
    const user = await ctx.em.findOneOrFail(User, { id: ctx.identity!.userId });
    const matches = user.passwordHash ? await verifyPassword(user.passwordHash, currentPassword) : false;
    if (!matches) throw new BadUserInput('currentPassword', 'Your current password is not right');
    checkNewPassword(newPassword, user.email, 'newPassword');
    user.passwordHash = await hashPassword(newPassword);
    user.passwordChangedAt = new Date();
    await ctx.em.nativeUpdate(Session, { userId: user.id, revokedAt: null }, { revokedAt: new Date() });
    await ctx.em.flush();
    await recordEvent(ctx, { action: 'PASSWORD_SET', entityType: 'User', entityId: user.id });
    return user;
  }

  /** The grants of `user` the caller may see: all for head office, their organisations' otherwise. */
  visibleGrants(scope: Scope, grants: Grant[]): Grant[] {
    return grants.filter((grant) => this.grantInScope(scope, grant));
  }

  private grantInScope(scope: Scope, grant: Grant): boolean {
    return scope.nationalAdmin || (grant.organisation !== null && scope.organisationIds.includes(grant.organisation.id));
  }

  /** An org admin may change only people who work for their organisations alone. */
  private async checkManageable(ctx: RequestContext, user: User): Promise<void> {
    if (ctx.scope.nationalAdmin) return;
    const grants = await user.grants.loadItems();
    if (!grants.every((grant) => this.grantInScope(ctx.scope, grant))) {
      throw new Forbidden('This person also has roles elsewhere in the network; ask NACCC head office to change their account');
    }
  }

  /** Who may grant what: head office anything; an org admin member roles within their organisation. */
  private async checkGrant(ctx: RequestContext, args: GrantArgs): Promise<void> {
    const { role } = args;
    const organisationId = args.organisationId ?? null;
    const centreIds = [...new Set(args.centreIds ?? [])];
    const memberRole = role === Role.ORG_ADMIN || role === Role.CENTRE_COORDINATOR;
    if (!memberRole && !ctx.scope.nationalAdmin) {
      throw new Forbidden('Only NACCC head office can give national or assessor roles');
    }
    if (memberRole && !organisationId) throw new BadUserInput('organisationId', 'Choose the organisation this role is for');
    if (!memberRole && organisationId) throw new BadUserInput('organisationId', 'This role is not tied to one organisation');
    if (memberRole && organisationId) {
      const organisation = await ctx.em.findOne(Organisation, { id: organisationId });
      if (!organisation) throw new BadUserInput('organisationId', 'No member organisation has this id');
      if (!ctx.scope.nationalAdmin && !ctx.scope.organisationIds.includes(organisationId)) {
        throw new Forbidden('You can only give roles in your own organisation');
      }
    }
    const needsCentres = role === Role.CENTRE_COORDINATOR || role === Role.ASSESSOR;
    if (needsCentres && centreIds.length === 0) throw new BadUserInput('centreIds', 'Choose at least one centre');
    if (!needsCentres && centreIds.length > 0) throw new BadUserInput('centreIds', 'This role covers no particular centres');
    if (centreIds.length) {
      const where: FilterQuery<Centre> = role === Role.CENTRE_COORDINATOR ? { id: { $in: centreIds }, organisation: organisationId } : { id: { $in: centreIds } };
      if ((await ctx.em.count(Centre, where)) !== centreIds.length) {
        throw new BadUserInput('centreIds', role === Role.CENTRE_COORDINATOR ? 'Every centre must belong to the chosen organisation' : 'No centre has one of these ids');
      }
    }
  }

  private grantData(user: User, args: GrantArgs) {
    return {
      user,
      role: args.role,
      organisation: args.organisationId ?? null,
      centreIds: [...new Set(args.centreIds ?? [])],
    };
  }

  private where(scope: Scope, filter?: UserFilter | null): FilterQuery<User> {
    const conditions: FilterQuery<User>[] = [];
    if (!scope.nationalAdmin) {
      conditions.push({ grants: { organisation: { $in: [...scope.organisationIds] } } });
    }
    if (filter?.ids) conditions.push({ id: { $in: filter.ids.filter(isUuid) } });
    if (filter?.organisationId != null) {
      conditions.push({ grants: { organisation: isUuid(filter.organisationId) ? filter.organisationId : { $in: [] } } });
    }
    if (filter?.role) conditions.push({ grants: { role: filter.role } });
    if (filter?.active != null) conditions.push({ active: filter.active });
    if (filter?.q?.trim()) {
      const pattern = containsPattern(filter.q);
      conditions.push({ $or: [{ email: { $ilike: pattern } }, { displayName: { $ilike: pattern } }] });
    }
    return conditions.length ? { $and: conditions } : {};
  }
}
