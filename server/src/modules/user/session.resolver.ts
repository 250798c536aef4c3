import { Args, Authorized, Ctx, Extensions, Mutation, Query, Resolver } from 'type-graphql';
import { LoginArgs } from '../../auth/login.args';
import { SessionService, requireIdentity, type Account } from '../../auth/session.service';
import type { RequestContext } from '../../common/request-context';
import { OWN_TRANSACTION } from '../../tenancy/request-transaction.plugin';
import { User } from './user.entity';

/**
 * Signing in and out, and who is signed in: the account's side of auth. Sessions, password
 * checks and throttling are auth's (SessionService); the account is found here.
 */
@Resolver(() => User)
export class SessionResolver {
  constructor(private readonly sessions: SessionService) {}

  // No request transaction at all: the reads and the argon2 verify run without holding a pooled
  // connection; the service makes a successful sign-in one short transaction of its own, and a
  // refused one leaves its audit entry as a single statement.
  @Mutation(() => User, { nullable: true, description: 'Signs in and sets the session cookie' })
  @Extensions({ [OWN_TRANSACTION]: true })
  async login(@Ctx() ctx: RequestContext, @Args() { email, password }: LoginArgs): Promise<User> {
    const { userId, token, expiresAt } = await this.sessions.login(ctx, email, password, findAccount);
    ctx.sessionCookie?.set(token, expiresAt);
    // Found by findAccount a moment ago: the identity map answers without a query.
    return ctx.em.findOneOrFail(User, { id: userId });
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

/** The account an email address signs in to (stored lower-case). */
async function findAccount(ctx: RequestContext, email: string): Promise<Account | null> {
  return ctx.em.findOne(User, { email });
}
