import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Role } from '../../auth/role';
import { ListArgs, ListMetadata } from '../../common/pagination';
import type { RequestContext } from '../../common/request-context';
import { Transaction } from '../../common/transaction';
import { CreateStandardSetArgs, StandardSetFilter, UpdateStandardSetArgs } from './dto/standard-set.args';
import { Standard, StandardArea, StandardSet } from './standard-set.entity';
import { StandardSetService } from './standard-set.service';
import { areasBySet, standardCountBySet, standardsByArea } from './standards.loaders';

/** Who keeps the National Standards: head office. Everyone signed in reads them. */
export const STANDARDS_KEEPERS = [Role.NATIONAL_ADMIN];

@Resolver(() => StandardSet)
export class StandardSetResolver {
  private readonly sets = new StandardSetService();

  @Query(() => [StandardSet])
  @Authorized()
  allStandardSets(@Ctx() ctx: RequestContext, @Args() list: ListArgs, @Arg('filter', () => StandardSetFilter, { nullable: true }) filter?: StandardSetFilter): Promise<StandardSet[]> {
    return this.sets.list(ctx, list, filter);
  }

  @Query(() => ListMetadata)
  @Authorized()
  async _allStandardSetsMeta(
    @Ctx() ctx: RequestContext,
    @Args() _list: ListArgs,
    @Arg('filter', () => StandardSetFilter, { nullable: true }) filter?: StandardSetFilter,
  ): Promise<ListMetadata> {
    return { count: await this.sets.count(ctx, filter) };
  }

  @Query(() => StandardSet, { name: 'StandardSet', nullable: true })
  @Authorized()
  standardSet(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string): Promise<StandardSet> {
    return this.sets.get(ctx, id);
  }

  @Mutation(() => StandardSet, { nullable: true, description: "Draft a new version of a set, empty or copied from another version of the same kind" })
  @Authorized(...STANDARDS_KEEPERS)
  @Transaction()
  createStandardSet(@Ctx() ctx: RequestContext, @Args() args: CreateStandardSetArgs): Promise<StandardSet> {
    return this.sets.create(ctx, args);
  }

  @Mutation(() => StandardSet, { nullable: true, description: "Change a draft: its label, effective date, or its whole content at once (published and retired sets cannot change)" })
  @Authorized(...STANDARDS_KEEPERS)
  @Transaction()
  updateStandardSet(@Ctx() ctx: RequestContext, @Args() args: UpdateStandardSetArgs): Promise<StandardSet> {
    return this.sets.update(ctx, args);
  }

  @Mutation(() => StandardSet, { nullable: true, description: "Publish a draft: it becomes its kind's current version, and the previous one is retired" })
  @Authorized(...STANDARDS_KEEPERS)
  @Transaction()
  publishStandardSet(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string): Promise<StandardSet> {
    return this.sets.publish(ctx, id);
  }

  @Mutation(() => StandardSet, { nullable: true, description: 'Delete a draft (published and retired versions are kept for ever)' })
  @Authorized(...STANDARDS_KEEPERS)
  @Transaction()
  deleteStandardSet(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string): Promise<StandardSet> {
    return this.sets.delete(ctx, id);
  }

  @FieldResolver(() => [StandardArea], { description: 'Its areas in order, each with its standards' })
  areas(@Ctx() ctx: RequestContext, @Root() set: StandardSet): Promise<StandardArea[]> {
    return areasBySet(ctx).load(set.id);
  }

  @FieldResolver(() => Int, { description: 'How many standards it has' })
  standardCount(@Ctx() ctx: RequestContext, @Root() set: StandardSet): Promise<number> {
    return standardCountBySet(ctx).load(set.id);
  }
}

@Resolver(() => StandardArea)
export class StandardAreaResolver {
  @FieldResolver(() => [Standard], { description: 'Its standards in order' })
  standards(@Ctx() ctx: RequestContext, @Root() area: StandardArea): Promise<Standard[]> {
    return standardsByArea(ctx).load(area.id);
  }
}
