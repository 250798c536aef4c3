import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Role } from '../../auth/role';
import { ListArgs, ListMetadata } from '../../common/pagination';
import type { RequestContext } from '../../common/request-context';
import { LocalDate } from '../../common/scalars';
import { Transaction } from '../../common/transaction';
import { preparedQuery } from '../../db/prepared-query';
import { Centre } from '../centre/centre.entity';
import { accreditationRule } from '../../tenancy/tenant-filter';
import { Binds } from '../../db/binds';
import { CANDIDATE_MONTHS, candidateDueBy, daysUntil, renewalDueFrom } from './accreditation.dates';
import { Accreditation, AccreditationTransition } from './accreditation.entity';
import { AccreditationAction, AccreditationState } from './accreditation.enums';
import { accreditationsOfCentre, centreById, historyOf, publiclyListed } from './accreditation.loaders';
import { AccreditationService } from './accreditation.service';
import { TRANSITIONS, actionsFrom } from './accreditation.transitions';
import { AccreditationPipeline } from './accreditation.types';
import { AccreditationFilter, StartAccreditationArgs, TransitionAccreditationArgs } from './dto/accreditation.args';

/**
 * Accreditations: read by everyone who may see the centre (head office and the training team
 * everywhere; organisations their centres; coordinators and assessors the centres of their
 * grants); every change by head office.
 */
@Resolver(() => Accreditation)
export class AccreditationResolver {
  private readonly accreditations = new AccreditationService();

  @Query(() => [Accreditation])
  @Authorized()
  allAccreditations(@Ctx() ctx: RequestContext, @Args() list: ListArgs, @Arg('filter', () => AccreditationFilter, { nullable: true }) filter?: AccreditationFilter): Promise<Accreditation[]> {
    return this.accreditations.list(ctx, list, filter);
  }

  @Query(() => ListMetadata)
  @Authorized()
  async _allAccreditationsMeta(@Ctx() ctx: RequestContext, @Args() _list: ListArgs, @Arg('filter', () => AccreditationFilter, { nullable: true }) filter?: AccreditationFilter): Promise<ListMetadata> {
    return { count: await this.accreditations.count(ctx, filter) };
  }

  @Query(() => Accreditation, { name: 'Accreditation', nullable: true })
  @Authorized()
  accreditation(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string): Promise<Accreditation> {
    return this.accreditations.get(ctx, id);
  }

  @Mutation(() => Accreditation, { nullable: true, description: 'A centre applies: a new accreditation of a kind, as a candidate (to be accredited within 6 months)' })
  @Authorized(Role.NATIONAL_ADMIN)
  @Transaction()
  startAccreditation(@Ctx() ctx: RequestContext, @Args() args: StartAccreditationArgs): Promise<Accreditation> {
    return this.accreditations.start(ctx, args);
  }

  @Mutation(() => Accreditation, {
    nullable: true,
    description: 'Take a step of the state machine (award, suspend, reinstate, remove, withdraw) with a reason; an illegal step is refused, naming what is allowed',
  })
  @Authorized(Role.NATIONAL_ADMIN)
  @Transaction()
  transitionAccreditation(@Ctx() ctx: RequestContext, @Args() args: TransitionAccreditationArgs): Promise<Accreditation> {
    return this.accreditations.transition(ctx, args);
  }

  @Query(() => AccreditationPipeline, { description: 'Counts across the network for head office: by state, candidates overdue, renewals within 6 months, overdue actions, centres listed' })
  @Authorized(Role.NATIONAL_ADMIN)
  async accreditationPipeline(@Ctx() ctx: RequestContext): Promise<AccreditationPipeline> {
    const binds = new Binds();
    const today = binds.bind(ctx.clock.today);
    const scope = accreditationRule.sql(ctx.scope, 'a', binds.bind);
    const [row] = await preparedQuery<{ by_state: Record<string, number> | null; overdue: number; renewals: number; listed: number; overdue_actions: number }>(
      ctx.em,
      `select (select json_object_agg(state, n) from (select a.state, count(*)::int as n from accreditation a where ${scope} group by a.state) s) as by_state,
              (select count(*)::int from accreditation a where ${scope} and a.state = 'CANDIDATE' and a.candidate_since < (${today}::date - make_interval(months => ${CANDIDATE_MONTHS}))::date) as overdue,
              (select count(*)::int from accreditation a where ${scope} and a.state in ('ACCREDITED', 'RENEWAL_DUE') and a.expires_on <= (${today}::date + interval '6 months')::date) as renewals,
              (select count(*)::int from centre_public_listing l where l.listed) as listed,
              (select count(*)::int from accreditation_action x where x.status in ('OPEN', 'RETURNED') and x.due_on < ${today}::date) as overdue_actions`,
      binds.values,
    );
    return {
      byState: Object.values(AccreditationState).map((state) => ({ state, count: row?.by_state?.[state] ?? 0 })),
      candidatesOverdue: row?.overdue ?? 0,
      renewalsWithinSixMonths: row?.renewals ?? 0,
      publiclyListedCentres: row?.listed ?? 0,
      overdueActions: row?.overdue_actions ?? 0,
    };
  }

  @FieldResolver(() => ID)
  centreId(@Root() accreditation: Accreditation): string {
    return accreditation.centre.id;
  }

  @FieldResolver(() => ID)
  organisationId(@Root() accreditation: Accreditation): string {
    return accreditation.organisation.id;
  }

  @FieldResolver(() => Centre, { nullable: true })
  centre(@Ctx() ctx: RequestContext, @Root() accreditation: Accreditation): Promise<Centre | null> {
    return centreById(ctx).load(accreditation.centre.id);
  }

  @FieldResolver(() => LocalDate, { description: 'A candidate is to be accredited by this date (6 months from the application)' })
  candidateDueBy(@Root() accreditation: Accreditation): string {
    return candidateDueBy(accreditation.candidateSince);
  }

  @FieldResolver(() => Boolean, { description: 'A candidate past its 6 months without an award' })
  candidateOverdue(@Ctx() ctx: RequestContext, @Root() accreditation: Accreditation): boolean {
    return accreditation.state === AccreditationState.CANDIDATE && candidateDueBy(accreditation.candidateSince) < ctx.clock.today;
  }

  @FieldResolver(() => LocalDate, { nullable: true, description: 'Re-accreditation is due from this date (6 months before expiry)' })
  renewalDueFrom(@Root() accreditation: Accreditation): string | null {
    return accreditation.expiresOn ? renewalDueFrom(accreditation.expiresOn) : null;
  }

  @FieldResolver(() => Int, { nullable: true, description: 'Days from today to expiry (negative once expired); null without an award' })
  daysToExpiry(@Ctx() ctx: RequestContext, @Root() accreditation: Accreditation): number | null {
    return accreditation.expiresOn ? daysUntil(ctx.clock.today, accreditation.expiresOn) : null;
  }

  @FieldResolver(() => [AccreditationAction], { description: 'The steps head office may take from the current state' })
  allowedActions(@Root() accreditation: Accreditation): AccreditationAction[] {
    return actionsFrom(accreditation.state);
  }

  @FieldResolver(() => [AccreditationTransition], { description: 'Every step, oldest first: who, when and why' })
  history(@Ctx() ctx: RequestContext, @Root() accreditation: Accreditation): Promise<AccreditationTransition[]> {
    return historyOf(ctx).load(accreditation.id);
  }
}

@Resolver(() => AccreditationTransition)
export class AccreditationTransitionResolver {
  @FieldResolver(() => String, { nullable: true, description: 'Who took the step; null for the nightly job' })
  actorName(@Root() transition: AccreditationTransition): string | null {
    return transition.actor?.displayName ?? null;
  }

  @FieldResolver(() => Boolean, { description: 'Taken by the nightly job, because a date passed' })
  automatic(@Root() transition: AccreditationTransition): boolean {
    return transition.action !== null && TRANSITIONS[transition.action].by === 'NIGHTLY';
  }
}

/** A centre's accreditations, and whether the public may see it. */
@Resolver(() => Centre)
export class CentreAccreditationResolver {
  @FieldResolver(() => [Accreditation], { description: 'Its Accreditation and Enhanced Accreditation, where it has them' })
  accreditations(@Ctx() ctx: RequestContext, @Root() centre: Centre): Promise<Accreditation[]> {
    return accreditationsOfCentre(ctx).load(centre.id);
  }

  @FieldResolver(() => Boolean, {
    description: 'Shown to the public and referrers: computed, never stored, from its organisation’s consent (publiclyListed) and a current accreditation (accredited or renewal due)',
  })
  publiclyVisible(@Ctx() ctx: RequestContext, @Root() centre: Centre): Promise<boolean> {
    return publiclyListed(ctx).load(centre.id);
  }
}
