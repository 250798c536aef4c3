import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Authorized, Ctx, ID, Info, Mutation, Query, Resolver } from 'type-graphql';
import { ListArgs, ListMetadata } from '../../common/pagination';
import type { RequestContext } from '../../common/request-context';
import { selectionOf } from '../../common/selection';
import { Transaction } from '../../common/transaction';
import { Role } from '../../auth/role';
import { CreatePersonArgs, PersonFilter, UpdatePersonArgs } from './dto/person.args';
import { personSelection } from './people.read';
import { PersonService } from './person.service';
import { PersonView } from './person.view';

/**
 * People are read by every role within its scope; only the organisation's own admins and
 * coordinators change them. Every person returned is read in one statement with what the
 * selection asks for (people.read.ts), so Person has no field resolvers.
 */
@Resolver(() => PersonView)
export class PersonResolver {
  private readonly people = new PersonService();

  @Query(() => [PersonView])
  @Authorized()
  allPeople(
    @Ctx() ctx: RequestContext,
    @Info() info: GraphQLResolveInfo,
    @Args() list: ListArgs,
    @Arg('filter', () => PersonFilter, { nullable: true }) filter?: PersonFilter,
  ): Promise<PersonView[]> {
    return this.people.list(ctx, list, filter, personSelection(selectionOf(info)));
  }

  @Query(() => ListMetadata)
  @Authorized()
  async _allPeopleMeta(
    @Ctx() ctx: RequestContext,
    @Args() _list: ListArgs,
    @Arg('filter', () => PersonFilter, { nullable: true }) filter?: PersonFilter,
  ): Promise<ListMetadata> {
    return { count: await this.people.count(ctx, filter) };
  }

  @Query(() => PersonView, { name: 'Person', nullable: true })
  @Authorized()
  person(@Ctx() ctx: RequestContext, @Info() info: GraphQLResolveInfo, @Arg('id', () => ID) id: string): Promise<PersonView> {
    return this.people.view(ctx, id, personSelection(selectionOf(info)));
  }

  @Mutation(() => PersonView, { nullable: true })
  @Authorized(Role.ORG_ADMIN, Role.CENTRE_COORDINATOR)
  @Transaction()
  createPerson(@Ctx() ctx: RequestContext, @Info() info: GraphQLResolveInfo, @Args() args: CreatePersonArgs): Promise<PersonView> {
    return this.people.create(ctx, args, personSelection(selectionOf(info)));
  }

  @Mutation(() => PersonView, { nullable: true })
  @Authorized(Role.ORG_ADMIN, Role.CENTRE_COORDINATOR)
  @Transaction()
  updatePerson(@Ctx() ctx: RequestContext, @Info() info: GraphQLResolveInfo, @Args() args: UpdatePersonArgs): Promise<PersonView> {
    return this.people.update(ctx, args, personSelection(selectionOf(info)));
  }

  @Mutation(() => PersonView, { nullable: true, description: 'Only for a record made in error; otherwise record that they left' })
  @Authorized(Role.ORG_ADMIN, Role.CENTRE_COORDINATOR)
  @Transaction()
  deletePerson(@Ctx() ctx: RequestContext, @Info() info: GraphQLResolveInfo, @Arg('id', () => ID) id: string): Promise<PersonView> {
    return this.people.delete(ctx, id, personSelection(selectionOf(info)));
  }
}
