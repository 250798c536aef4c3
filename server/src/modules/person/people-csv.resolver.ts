import { Arg, Args, Authorized, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../../common/request-context';
import { Transaction } from '../../common/transaction';
import { Role } from '../../auth/role';
import { ImportPeopleArgs, PeopleImportResult } from './dto/people-csv.args';
import { PersonFilter } from './dto/person.args';
import { PeopleExportService } from './people-export.service';
import { PeopleImportService } from './people-import.service';

/** People as a spreadsheet: read by every role within its scope, imported by the organisation's own admins and coordinators. */
@Resolver()
export class PeopleCsvResolver {
  private readonly exports = new PeopleExportService();
  private readonly imports = new PeopleImportService();

  @Query(() => String, {
    description:
      'The people the filter selects as a CSV file (header row first; at most 20,000 people): compliance status for all, the DBS level only for their own organisation admins and coordinators, never a certificate number; audited',
  })
  @Authorized()
  peopleCsv(@Ctx() ctx: RequestContext, @Arg('filter', () => PersonFilter, { nullable: true }) filter?: PersonFilter): Promise<string> {
    return this.exports.csv(ctx, filter);
  }

  @Mutation(() => PeopleImportResult, {
    description: 'Creates people from a CSV file (at most 5,000 rows), all or nothing: every row is checked as createPerson would, and any problem means nothing is written',
  })
  @Authorized(Role.ORG_ADMIN, Role.CENTRE_COORDINATOR)
  @Transaction()
  importPeople(@Ctx() ctx: RequestContext, @Args() args: ImportPeopleArgs): Promise<PeopleImportResult> {
    return this.imports.import(ctx, args);
  }
}
