import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Info, Mutation, Query, Resolver, Root } from 'type-graphql';
import { asksOnlyForId } from '../../common/selection';
import { LocalDateResolver } from 'graphql-scalars';
import { ListArgs, ListMetadata } from '../../common/pagination';
import type { RequestContext } from '../../common/request-context';
import { Transaction } from '../../common/transaction';
import { ClearanceStatus } from '../clearance/clearance.enums';
import { clearanceAction, fromClearance } from '../clearance/person-clearance';
import { DbsLevel } from '../dbs/dbs.enums';
import { Organisation } from '../organisation/organisation.entity';
import { organisationById } from '../organisation/organisation.loaders';
import { Role } from '../user/role';
import { CentreAssignment } from './centre-assignment.entity';
import { CreatePersonArgs, PersonFilter, UpdatePersonArgs } from './dto/person.args';
import { managesSafeguarding } from './person.access';
import { Person } from './person.entity';
import { assignmentsByPerson } from './person.loaders';
import { PersonService } from './person.service';

/** People are read by every role within its scope; only the organisation's own admins and coordinators change them. */
@Resolver(() => Person)
export class PersonResolver {
  private readonly people = new PersonService();

  @Query(() => [Person])
  @Authorized()
  allPeople(
    @Ctx() ctx: RequestContext,
    @Args() list: ListArgs,
    @Arg('filter', () => PersonFilter, { nullable: true }) filter?: PersonFilter,
  ): Promise<Person[]> {
    return this.people.list(ctx, list, filter);
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

  @Query(() => Person, { name: 'Person', nullable: true })
  @Authorized()
  person(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string): Promise<Person> {
    return this.people.get(ctx, id);
  }

  @Mutation(() => Person, { nullable: true })
  @Authorized(Role.ORG_ADMIN, Role.CENTRE_COORDINATOR)
  @Transaction()
  createPerson(@Ctx() ctx: RequestContext, @Args() args: CreatePersonArgs): Promise<Person> {
    return this.people.create(ctx, args);
  }

  @Mutation(() => Person, { nullable: true })
  @Authorized(Role.ORG_ADMIN, Role.CENTRE_COORDINATOR)
  @Transaction()
  updatePerson(@Ctx() ctx: RequestContext, @Args() args: UpdatePersonArgs): Promise<Person> {
    return this.people.update(ctx, args);
  }

  @Mutation(() => Person, { nullable: true, description: 'Only for a record made in error; otherwise record that they left' })
  @Authorized(Role.ORG_ADMIN, Role.CENTRE_COORDINATOR)
  @Transaction()
  deletePerson(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string): Promise<Person> {
    return this.people.delete(ctx, id);
  }

  @FieldResolver(() => Organisation)
  async organisation(@Ctx() ctx: RequestContext, @Root() person: Person, @Info() info: GraphQLResolveInfo): Promise<Organisation> {
    if (asksOnlyForId(info)) return ctx.em.getReference(Organisation, person.organisation.id);
    const organisation = await organisationById(ctx).load(person.organisation.id);
    if (!organisation) throw new Error(`organisation ${person.organisation.id} of person ${person.id} not loaded`);
    return organisation;
  }

  @FieldResolver(() => [CentreAssignment], { description: 'Every spell at a centre, newest first' })
  centreHistory(@Ctx() ctx: RequestContext, @Root() person: Person): Promise<CentreAssignment[]> {
    return assignmentsByPerson(ctx).load(person.id);
  }

  @FieldResolver(() => ClearanceStatus, { description: 'Whether they can be rostered, from their latest DBS and their centres' })
  clearanceStatus(@Ctx() ctx: RequestContext, @Root() person: Person): ClearanceStatus | Promise<ClearanceStatus> {
    return fromClearance(ctx, person.id, (c) => c.status);
  }

  @FieldResolver(() => LocalDateResolver, { nullable: true, description: 'When their DBS stops being current; null without one' })
  clearanceExpiresOn(@Ctx() ctx: RequestContext, @Root() person: Person): string | null | Promise<string | null> {
    return fromClearance(ctx, person.id, (c) => c.expiresOn);
  }

  @FieldResolver(() => String, { nullable: true, description: 'What needs doing about their clearance; null when nothing is due' })
  clearanceAction(@Ctx() ctx: RequestContext, @Root() person: Person): string | null | Promise<string | null> {
    return fromClearance(ctx, person.id, clearanceAction);
  }

  @FieldResolver(() => DbsLevel, { description: "The DBS level their centres' services need" })
  requiredDbsLevel(@Ctx() ctx: RequestContext, @Root() person: Person): DbsLevel | Promise<DbsLevel> {
    return fromClearance(ctx, person.id, (c) => c.requiredLevel);
  }

  @FieldResolver(() => DbsLevel, {
    nullable: true,
    description: 'Level of their latest DBS: for their organisation admins and coordinators only (null for others, and without a DBS)',
  })
  latestDbsLevel(@Ctx() ctx: RequestContext, @Root() person: Person): DbsLevel | null | Promise<DbsLevel | null> {
    if (!managesSafeguarding(ctx, person)) return null;
    return fromClearance(ctx, person.id, (c) => c.dbsLevel);
  }
}
