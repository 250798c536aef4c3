import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Authorized, Ctx, Info, Query, Resolver } from 'type-graphql';
import { selectionOf } from '../../common/selection';
import { personSelection } from '../person';
import type { RequestContext } from '../../common/request-context';
import { ClearanceSummary, ClearanceSummaryFilter } from './clearance-summary.types';
import { ClearanceSummaryService } from './clearance-summary.service';

@Resolver(() => ClearanceSummary)
export class ClearanceResolver {
  private readonly summaries = new ClearanceSummaryService();

  @Query(() => ClearanceSummary, { description: 'Clearance of the active people the caller looks after (compliance status only)' })
  @Authorized()
  clearanceSummary(
    @Ctx() ctx: RequestContext,
    @Info() info: GraphQLResolveInfo,
    @Arg('filter', () => ClearanceSummaryFilter, { nullable: true }) filter?: ClearanceSummaryFilter,
  ): Promise<ClearanceSummary> {
    // Head office's home page asks for the totals only: the centre table and the lists are skipped.
    const selected = selectionOf(info);
    const people = (field: 'expiringSoon' | 'cannotBeRostered') => {
      const under = selected.get(field);
      return under ? personSelection(under) : null;
    };
    return this.summaries.summary(ctx, filter ?? {}, {
      centres: selected.has('centres'),
      expiringSoon: people('expiringSoon'),
      cannotBeRostered: people('cannotBeRostered'),
    });
  }
}
