import { Arg, Authorized, Ctx, Query, Resolver } from 'type-graphql';
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
    @Arg('filter', () => ClearanceSummaryFilter, { nullable: true }) filter?: ClearanceSummaryFilter,
  ): Promise<ClearanceSummary> {
    return this.summaries.summary(ctx, filter ?? {});
  }
}
