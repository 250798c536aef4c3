import { Args, Authorized, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../common/request-context';
import { LoginArgs } from './login.args';
import { SessionService, requireIdentity } from './session.service';
import { User } from '../modules/user/user.entity';

@Resolver(() => User)
export class AuthResolver {
  constructor(private readonly sessions: SessionService) {}

  // No @Transaction(): the service makes the successful sign-in one unit itself, and a refused
  // one must still leave its audit entry in the request's transaction.
  @Mutation(() => User, { nullable: true, description: 'Signs in and sets the session cookie' })
  async login(@Ctx() ctx: RequestContext, @Args() { email, password }: LoginArgs): Promise<User> {
    const { user, token, expiresAt } = await this.sessions.login(ctx, email, password);
    ctx.sessionCookie?.set(token, expiresAt);
    return user;
  }

  @Mutation(() => Boolean, { description: 'Signs out this browser; true even if it was not signed in' })
  async logout(@Ctx() ctx: RequestContext): Promise<boolean> {
    if (ctx.identity) await this.sessions.logout(ctx, ctx.identity.sessionId);
    ctx.sessionCookie?.clear();
    return true;
  }

  @Query(() => User, { description: 'The signed-in user and their grants; UNAUTHENTICATED when signed out' })
  @Authorized()
  async me(@Ctx() ctx: RequestContext): Promise<User> {
    const { userId } = requireIdentity(ctx);
    return ctx.em.findOneOrFail(User, { id: userId }, { populate: ['grants'] });
  }
}
