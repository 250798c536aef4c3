import { Arg, Authorized, Ctx, Query, Resolver } from 'type-graphql';
import { Role } from '../../auth/role';
import type { RequestContext } from '../../common/request-context';
import { readTrainingMatrix, readTrainingOverview } from './compliance.read';
import { TrainingMatrix, TrainingMatrixFilter, TrainingOverview, TrainingOverviewFilter } from './compliance.types';
import { TrainingRecordFilter } from './dto/training-record.args';
import { TrainingExportService } from './training-export.service';

@Resolver()
export class ComplianceResolver {
  private readonly exports = new TrainingExportService();

  @Query(() => TrainingMatrix, { description: 'People × mandatory courses for an organisation or a centre (members: their own, by default)' })
  @Authorized()
  trainingMatrix(@Ctx() ctx: RequestContext, @Arg('filter', () => TrainingMatrixFilter, { nullable: true }) filter?: TrainingMatrixFilter): Promise<TrainingMatrix> {
    return readTrainingMatrix(ctx, filter ?? {});
  }

  @Query(() => TrainingOverview, { description: 'Training compliance by region, organisation and course' })
  @Authorized(Role.NATIONAL_ADMIN, Role.TRAINING_TEAM)
  trainingOverview(@Ctx() ctx: RequestContext, @Arg('filter', () => TrainingOverviewFilter, { nullable: true }) filter?: TrainingOverviewFilter): Promise<TrainingOverview> {
    return readTrainingOverview(ctx, filter ?? {});
  }

  @Query(() => String, { description: 'The compliance matrix as a CSV file (state in words, expiry dates dd/mm/yyyy); audited' })
  @Authorized()
  trainingMatrixCsv(@Ctx() ctx: RequestContext, @Arg('filter', () => TrainingMatrixFilter, { nullable: true }) filter?: TrainingMatrixFilter): Promise<string> {
    return this.exports.matrixCsv(ctx, filter ?? {});
  }

  @Query(() => String, { description: 'The training records a filter selects as a CSV file (at most 20,000); audited' })
  @Authorized()
  trainingRecordsCsv(@Ctx() ctx: RequestContext, @Arg('filter', () => TrainingRecordFilter, { nullable: true }) filter?: TrainingRecordFilter): Promise<string> {
    return this.exports.recordsCsv(ctx, filter);
  }
}
