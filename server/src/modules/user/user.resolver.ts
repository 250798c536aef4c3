import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { ListArgs, ListMetadata } from '../../common/pagination';
import type { RequestContext } from '../../common/request-context';
import { Transaction } from '../../common/transaction';
import { AcceptInviteArgs, AddGrantArgs, ChangePasswordArgs, CreateUserArgs, UpdateUserArgs, UserFilter } from './dto/user.args';
import { Grant } from './grant.entity';
import { Role } from '../../auth/role';
import { User } from './user.entity';
import { UserService } from './user.service';

const ADMINS = [Role.NATIONAL_ADMIN, Role.ORG_ADMIN];

@Resolver(() => User)
export class UserResolver {
  private readonly users = new UserService();

  @Query(() => [User])
  @Authorized(...ADMINS)
  allUsers(
    @Ctx() ctx: RequestContext,
    @Args() list: ListArgs,
    @Arg('filter', () => UserFilter, { nullable: true }) filter?: UserFilter,
  ): Promise<User[]> {
    return this.users.list(ctx, list, filter);
  }

  @Query(() => ListMetadata)
  @Authorized(...ADMINS)
  async _allUsersMeta(
    @Ctx() ctx: RequestContext,
    // Accepted because react-admin sends the list arguments to the count too; a count ignores them.
    @Args() _list: ListArgs,
    @Arg('filter', () => UserFilter, { nullable: true }) filter?: UserFilter,
  ): Promise<ListMetadata> {
    return { count: await this.users.count(ctx, filter) };
  }

  @Query(() => User, { name: 'User', nullable: true })
  @Authorized(...ADMINS)
  user(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string): Promise<User> {
    return this.users.get(ctx, id);
  }

  @Mutation(() => User, { nullable: true, description: 'Invites someone with their first role; the response carries the one-time inviteToken' })
  @Authorized(...ADMINS)
  @Transaction()
  createUser(@Ctx() ctx: RequestContext, @Args() args: CreateUserArgs): Promise<User> {
    return this.users.create(ctx, args);
  }

  @Mutation(() => User, { nullable: true, description: 'Renames, deactivates (signing out everywhere) or reactivates a user' })
  @Authorized(...ADMINS)
  @Transaction()
  updateUser(@Ctx() ctx: RequestContext, @Args() args: UpdateUserArgs): Promise<User> {
    return this.users.update(ctx, args);
  }

  @Mutation(() => User, { nullable: true })
  @Authorized(...ADMINS)
  @Transaction()
  addGrant(@Ctx() ctx: RequestContext, @Args() { userId, ...grant }: AddGrantArgs): Promise<User> {
    return this.users.addGrant(ctx, userId, grant);
  }

  @Mutation(() => User, { nullable: true })
  @Authorized(...ADMINS)
  @Transaction()
  removeGrant(@Ctx() ctx: RequestContext, @Arg('grantId', () => ID) grantId: string): Promise<User> {
    return this.users.removeGrant(ctx, grantId);
  }

  @Mutation(() => Boolean, { description: 'Sets a password from an invitation token; then sign in' })
  @Transaction()
  async acceptInvite(@Ctx() ctx: RequestContext, @Args() { token, password }: AcceptInviteArgs): Promise<boolean> {
    await this.users.acceptInvite(ctx, token, password);
    return true;
  }

  @Mutation(() => Boolean, { description: 'Changes your password; every session ends, so sign in again' })
  @Authorized()
  @Transaction()
  async changePassword(@Ctx() ctx: RequestContext, @Args() { currentPassword, newPassword }: ChangePasswordArgs): Promise<boolean> {
    await this.users.changePassword(ctx, currentPassword, newPassword);
    ctx.sessionCookie?.clear();
    return true;
  }

  @FieldResolver(() => [Grant], { description: 'Roles of this user that the caller may see' })
  async grants(@Ctx() ctx: RequestContext, @Root() user: User): Promise<Grant[]> {
    const grants = await user.grants.loadItems();
    // Your own grants are always yours to see (`me`); others' only within your scope.
    return user.id === ctx.identity?.userId ? grants : this.users.visibleGrants(ctx.scope, grants);
  }
}
