import { Ctx, FieldResolver, ID, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../common/request-context';
import { Organisation } from '../organisation/organisation.entity';
import { organisationById } from '../organisation';
import { Grant } from './grant.entity';

@Resolver(() => Grant)
export class GrantResolver {
  @FieldResolver(() => ID, { nullable: true })
  organisationId(@Root() grant: Grant): string | null {
    return grant.organisation?.id ?? null;
  }

  @FieldResolver(() => Organisation, { nullable: true })
  organisation(@Ctx() ctx: RequestContext, @Root() grant: Grant): Promise<Organisation | null> | null {
    return grant.organisation ? organisationById(ctx).load(grant.organisation.id) : null;
  }
}
