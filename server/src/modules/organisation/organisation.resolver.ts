import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Role } from '../../auth/role';
import { ListArgs, ListMetadata } from '../../common/pagination';
import type { RequestContext } from '../../common/request-context';
import { Transaction } from '../../common/transaction';
import { Centre } from '../centre/centre.entity';
import { centresByOrganisation } from '../centre';
import { CreateOrganisationArgs, OrganisationFilter, UpdateOrganisationArgs } from './dto/organisation.args';
import { Organisation } from './organisation.entity';
import { OrganisationExportService } from './organisation-export.service';
import { OrganisationService } from './organisation.service';
import { GraphQLJSONObject } from 'graphql-scalars';

@Resolver(() => Organisation)
export class OrganisationResolver {
  private readonly organisations = new OrganisationService();
  private readonly exports = new OrganisationExportService();

  @Query(() => [Organisation])
  @Authorized()
  allOrganisations(
    @Ctx() ctx: RequestContext,
    @Args() list: ListArgs,
    @Arg('filter', () => OrganisationFilter, { nullable: true }) filter?: OrganisationFilter,
  ): Promise<Organisation[]> {
    return this.organisations.list(ctx, list, filter);
  }

  @Query(() => ListMetadata)
  @Authorized()
  async _allOrganisationsMeta(
    @Ctx() ctx: RequestContext,
    // Accepted because react-admin sends the list arguments to the count too; a count ignores them.
    @Args() _list: ListArgs,
    @Arg('filter', () => OrganisationFilter, { nullable: true }) filter?: OrganisationFilter,
  ): Promise<ListMetadata> {
    return { count: await this.organisations.count(ctx, filter) };
  }

  @Query(() => Organisation, { name: 'Organisation', nullable: true })
  @Authorized()
  organisation(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string): Promise<Organisation> {
    return this.organisations.view(ctx, id);
  }

  @Mutation(() => Organisation, { nullable: true })
  @Authorized(Role.NATIONAL_ADMIN)
  @Transaction()
  createOrganisation(@Ctx() ctx: RequestContext, @Args() args: CreateOrganisationArgs): Promise<Organisation> {
    return this.organisations.create(ctx, args);
  }

  @Mutation(() => Organisation, { nullable: true })
  @Authorized(Role.NATIONAL_ADMIN, Role.ORG_ADMIN)
  @Transaction()
  updateOrganisation(@Ctx() ctx: RequestContext, @Args() args: UpdateOrganisationArgs): Promise<Organisation> {
    return this.organisations.update(ctx, args);
  }

  @Mutation(() => Organisation, { nullable: true })
  @Authorized(Role.NATIONAL_ADMIN)
  @Transaction()
  deleteOrganisation(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string): Promise<Organisation> {
    return this.organisations.delete(ctx, id);
  }

  @Query(() => GraphQLJSONObject, {
    nullable: true,
    description: 'Everything the organisation owns as one JSON document (subject access, custody of records); audited',
  })
  @Authorized(Role.NATIONAL_ADMIN, Role.ORG_ADMIN)
  exportOrganisation(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string): Promise<Record<string, unknown>> {
    return this.exports.export(ctx, id);
  }

  @FieldResolver(() => [Centre], { description: 'The centres and services this organisation runs' })
  centres(@Ctx() ctx: RequestContext, @Root() organisation: Organisation): Promise<Centre[]> {
    return centresByOrganisation(ctx).load(organisation.id);
  }
}
