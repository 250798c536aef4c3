import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { ListArgs, ListMetadata } from '../../common/pagination';
import type { RequestContext } from '../../common/request-context';
import { Transaction } from '../../common/transaction';
import { Role } from '../../auth/role';
import { DbsCheck } from './dbs-check.entity';
import { DbsCheckService } from './dbs-check.service';
import {
  CreateDbsCheckArgs,
  DbsCheckFilter,
  RecordDbsStatusCheckArgs,
  RevealCertificateNumberArgs,
  UpdateDbsCheckArgs,
} from './dto/dbs-check.args';

/** What a held certificate number looks like outside an audited reveal. */
export const MASKED_CERTIFICATE_NUMBER = '•••• •••• ••••';

/**
 * DBS checks are the organisation's safeguarding records: its admins and its coordinators (for
 * the people of their centres) read and record them. Head office, the training team and
 * assessors see compliance status on Person only.
 */
const SAFEGUARDING = [Role.ORG_ADMIN, Role.CENTRE_COORDINATOR];

@Resolver(() => DbsCheck)
export class DbsCheckResolver {
  private readonly checks = new DbsCheckService();

  @Query(() => [DbsCheck])
  @Authorized(...SAFEGUARDING)
  allDbsChecks(
    @Ctx() ctx: RequestContext,
    @Args() list: ListArgs,
    @Arg('filter', () => DbsCheckFilter, { nullable: true }) filter?: DbsCheckFilter,
  ): Promise<DbsCheck[]> {
    return this.checks.list(ctx, list, filter);
  }

  @Query(() => ListMetadata)
  @Authorized(...SAFEGUARDING)
  async _allDbsChecksMeta(
    @Ctx() ctx: RequestContext,
    @Args() _list: ListArgs,
    @Arg('filter', () => DbsCheckFilter, { nullable: true }) filter?: DbsCheckFilter,
  ): Promise<ListMetadata> {
    return { count: await this.checks.count(ctx, filter) };
  }

  @Query(() => DbsCheck, { name: 'DbsCheck', nullable: true })
  @Authorized(...SAFEGUARDING)
  dbsCheck(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string): Promise<DbsCheck> {
    return this.checks.get(ctx, id);
  }

  @Mutation(() => DbsCheck, { nullable: true, description: 'Record a new DBS check and the decision on it' })
  @Authorized(...SAFEGUARDING)
  @Transaction()
  createDbsCheck(@Ctx() ctx: RequestContext, @Args() args: CreateDbsCheckArgs): Promise<DbsCheck> {
    return this.checks.create(ctx, args);
  }

  @Mutation(() => DbsCheck, { nullable: true, description: 'Correct a recorded check (a new certificate is a new check)' })
  @Authorized(...SAFEGUARDING)
  @Transaction()
  updateDbsCheck(@Ctx() ctx: RequestContext, @Args() args: UpdateDbsCheckArgs): Promise<DbsCheck> {
    return this.checks.update(ctx, args);
  }

  @Mutation(() => DbsCheck, { nullable: true, description: 'Record an Update Service status check' })
  @Authorized(...SAFEGUARDING)
  @Transaction()
  recordDbsStatusCheck(@Ctx() ctx: RequestContext, @Args() args: RecordDbsStatusCheckArgs): Promise<DbsCheck> {
    return this.checks.recordStatusCheck(ctx, args);
  }

  @Mutation(() => String, {
    nullable: true,
    description: "The certificate number, for an administrator of the person's organisation, with a reason; the audit trail records who saw it and why",
  })
  @Authorized(Role.ORG_ADMIN)
  @Transaction()
  revealDbsCertificateNumber(@Ctx() ctx: RequestContext, @Args() args: RevealCertificateNumberArgs): Promise<string> {
    return this.checks.revealCertificateNumber(ctx, args);
  }

  @FieldResolver(() => ID)
  personId(@Root() check: DbsCheck): string {
    return check.person.id;
  }

  @FieldResolver(() => ID)
  organisationId(@Root() check: DbsCheck): string {
    return check.organisation.id;
  }

  @FieldResolver(() => String, { nullable: true, description: 'Always masked; null once purged. See revealDbsCertificateNumber' })
  certificateNumber(@Root() check: DbsCheck): string | null {
    return check.certificatePurgedAt ? null : MASKED_CERTIFICATE_NUMBER;
  }

  @FieldResolver(() => Boolean, { description: 'Whether the certificate number is still held (it is purged six months after the decision)' })
  certificateHeld(@Root() check: DbsCheck): boolean {
    return !check.certificatePurgedAt;
  }
}
