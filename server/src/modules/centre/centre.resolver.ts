import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Info, Mutation, Query, Resolver, Root } from 'type-graphql';
import { asksOnlyForId } from '../../common/selection';
import { Role } from '../../auth/role';
import { ListArgs, ListMetadata } from '../../common/pagination';
import type { RequestContext } from '../../common/request-context';
import { Transaction } from '../../common/transaction';
import { postcodeDirectory } from '../geo';
import { Organisation } from '../organisation/organisation.entity';
import { organisationById } from '../organisation';
import { Centre } from './centre.entity';
import { CentreService } from './centre.service';
import { CentreFilter, CreateCentreArgs, UpdateCentreArgs } from './dto/centre.args';

// Single-record queries and mutations are nullable: one NOT_FOUND in a document must not null
// out its other fields (GraphQL null propagation), least of all a sibling mutation that succeeded.
@Resolver(() => Centre)
export class CentreResolver {
  private readonly centres = new CentreService(postcodeDirectory());

  @Query(() => [Centre])
  @Authorized()
  allCentres(
    @Ctx() ctx: RequestContext,
    @Args() list: ListArgs,
    @Arg('filter', () => CentreFilter, { nullable: true }) filter?: CentreFilter,
  ): Promise<Centre[]> {
    return this.centres.list(ctx, list, filter);
  }

  @Query(() => ListMetadata)
  @Authorized()
  async _allCentresMeta(
    @Ctx() ctx: RequestContext,
    // Accepted because react-admin sends the list arguments to the count too; a count ignores them.
    @Args() _list: ListArgs,
    @Arg('filter', () => CentreFilter, { nullable: true }) filter?: CentreFilter,
  ): Promise<ListMetadata> {
    return { count: await this.centres.count(ctx, filter) };
  }

  @Query(() => Centre, { name: 'Centre', nullable: true })
  @Authorized()
  centre(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string): Promise<Centre> {
    return this.centres.get(ctx, id);
  }

  @Mutation(() => Centre, { nullable: true })
  @Authorized(Role.NATIONAL_ADMIN, Role.ORG_ADMIN)
  @Transaction()
  createCentre(@Ctx() ctx: RequestContext, @Args() args: CreateCentreArgs): Promise<Centre> {
    return this.centres.create(ctx, args);
  }

  @Mutation(() => Centre, { nullable: true })
  @Authorized(Role.NATIONAL_ADMIN, Role.ORG_ADMIN, Role.CENTRE_COORDINATOR)
  @Transaction()
  updateCentre(@Ctx() ctx: RequestContext, @Args() args: UpdateCentreArgs): Promise<Centre> {
    return this.centres.update(ctx, args);
  }

  @Mutation(() => Centre, { nullable: true })
  @Authorized(Role.NATIONAL_ADMIN, Role.ORG_ADMIN)
  @Transaction()
  deleteCentre(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string): Promise<Centre> {
    return this.centres.delete(ctx, id);
  }

  @FieldResolver(() => ID)
  organisationId(@Root() centre: Centre): string {
    return centre.organisation.id;
  }

  @FieldResolver(() => Organisation)
  async organisation(@Ctx() ctx: RequestContext, @Root() centre: Centre, @Info() info: GraphQLResolveInfo): Promise<Organisation> {
    if (asksOnlyForId(info)) return ctx.em.getReference(Organisation, centre.organisation.id);
    const organisation = await organisationById(ctx).load(centre.organisation.id);
    // The foreign key guarantees a row; a miss can only mean the caller may not see it.
    if (!organisation) throw new Error(`organisation ${centre.organisation.id} of centre ${centre.id} not loaded`);
    return organisation;
  }
}
