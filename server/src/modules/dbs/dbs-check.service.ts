import type { FilterQuery } from '@mikro-orm/core';
import { EARLIEST_DATE, requireDateBetween, ukDate } from '../../common/dates';
import { BadUserInput, Forbidden, NotFound } from '../../common/errors';
import { requireVersion } from '../../common/optimistic-lock';
import { isUuid } from '../../common/ids';
import { findOneOrNotFound, findPage } from '../../common/listing';
import type { ListArgs } from '../../common/pagination';
import type { RequestContext } from '../../common/request-context';
import { tidy } from '../../common/validation';
import { preparedQuery } from '../../db/prepared-query';
import { londonDate } from '../../common/clock';
import { Person } from '../person/person.entity';
import { DbsCheck } from './dbs-check.entity';
import {
  DBS_CHECK_SORTABLE,
  type CreateDbsCheckArgs,
  type DbsCheckFilter,
  type RecordDbsStatusCheckArgs,
  type RevealCertificateNumberArgs,
  type UpdateDbsCheckArgs,
} from './dto/dbs-check.args';

/** The DBS (and AccessNI) checks of people, kept as the DBS code of practice allows. */
export class DbsCheckService {
  list(ctx: RequestContext, args: ListArgs, filter?: DbsCheckFilter | null): Promise<DbsCheck[]> {
    return findPage(ctx.em, DbsCheck, this.where(filter), { sortField: 'issueDate', sortOrder: 'DESC', ...args }, DBS_CHECK_SORTABLE, 'issueDate', filter?.ids);
  }

  count(ctx: RequestContext, filter?: DbsCheckFilter | null): Promise<number> {
    return ctx.em.count(DbsCheck, this.where(filter));
  }

  get(ctx: RequestContext, id: string): Promise<DbsCheck> {
    return findOneOrNotFound(ctx.em, DbsCheck, id, 'DbsCheck');
  }

  async create(ctx: RequestContext, args: CreateDbsCheckArgs): Promise<DbsCheck> {
    const person = isUuid(args.personId) ? await ctx.em.findOne(Person, { id: args.personId }) : null;
    if (!person) throw new BadUserInput('personId', 'No person has this id');
    requireDateBetween('issueDate', args.issueDate, EARLIEST_DATE, ctx.clock.today, 'The issue date');
    const decidedAt = args.decidedAt ?? new Date();
    this.checkDecidedAt(decidedAt, args.issueDate);
    const check = ctx.em.create(DbsCheck, {
      person,
      organisation: person.organisation,
      jurisdiction: args.jurisdiction,
      level: args.level,
      workforce: args.workforce,
      certificateNumber: args.certificateNumber.replace(/\s+/g, ''),
      issueDate: args.issueDate,
      decision: args.decision,
      decidedBy: tidy(args.decidedBy) || ctx.identity!.displayName,
      decidedAt,
    });
    this.applyUpdateService(check, args);
    await ctx.em.flush();
    return check;
  }

  async update(ctx: RequestContext, args: UpdateDbsCheckArgs): Promise<DbsCheck> {
    const check = await this.get(ctx, args.id);
    await requireVersion(ctx.em, check, args.version, 'This DBS check was changed by someone else since you opened it; reload to see their changes');
    if (args.jurisdiction != null) check.jurisdiction = args.jurisdiction;
    if (args.level != null) check.level = args.level;
    if (args.workforce != null) check.workforce = args.workforce;
    if (args.decision != null) check.decision = args.decision;
    if (args.decidedBy != null) check.decidedBy = tidy(args.decidedBy);
    if (args.issueDate != null) {
      requireDateBetween('issueDate', args.issueDate, EARLIEST_DATE, ctx.clock.today, 'The issue date');
      if (check.lastStatusCheckDate && check.lastStatusCheckDate < args.issueDate) {
        throw new BadUserInput('issueDate', 'The issue date cannot be after its last Update Service status check');
      }
      check.issueDate = args.issueDate;
    }
    this.applyUpdateService(check, args);
    await ctx.em.flush();
    return check;
  }

  /** An Update Service status check: "no new information" keeps the DBS current for 12 more months. */
  async recordStatusCheck(ctx: RequestContext, args: RecordDbsStatusCheckArgs): Promise<DbsCheck> {
    const check = await this.get(ctx, args.id);
    if (!check.onUpdateService) {
      throw new BadUserInput('id', 'This check is not on the Update Service: record that it is (with the subscription id) first');
    }
    requireDateBetween('checkedOn', args.checkedOn, check.issueDate, ctx.clock.today, 'The status check date');
    check.lastStatusCheckDate = args.checkedOn;
    check.lastStatusCheckResult = args.result;
    await ctx.em.flush();
    return check;
  }

  /**
   * The certificate number, for an org admin of the check's organisation only, with a reason.
   * The database function both reads it and writes the audit entry, so neither happens alone.
   */
  async revealCertificateNumber(ctx: RequestContext, args: RevealCertificateNumberArgs): Promise<string> {
    const check = await this.get(ctx, args.id);
    if (!ctx.scope.organisationIds.includes(check.organisation.id)) {
      throw new Forbidden("Only an administrator of this person's organisation can see a certificate number");
    }
    if (check.certificatePurgedAt) {
      throw new BadUserInput('id', `The certificate number was purged on ${ukDate(check.certificatePurgedAt.toISOString().slice(0, 10))}, as the DBS code of practice requires; the decision is kept`);
    }
    const [row] = await preparedQuery<{ number: string | null }>(ctx.em, 'select app.reveal_certificate_number($1, $2) as number', [check.id, tidy(args.reason)]);
    if (!row?.number) throw new NotFound('DbsCheck', args.id);
    return row.number;
  }

  private checkDecidedAt(decidedAt: Date, issueDate: string): void {
    // A minute's grace for clocks: "now" from a browser may be a moment ahead of the server.
    if (decidedAt.getTime() > Date.now() + 60_000) throw new BadUserInput('decidedAt', 'The decision cannot be in the future');
    // The issue date is a UK calendar date: compare it with the day of the decision in London (a
    // decision at 00:30 BST is on the next day in London, still the day before in UTC).
    if (londonDate(decidedAt) < issueDate) throw new BadUserInput('decidedAt', 'The decision cannot come before the certificate was issued');
  }

  private applyUpdateService(check: DbsCheck, args: CreateDbsCheckArgs | UpdateDbsCheckArgs): void {
    if (args.onUpdateService != null) check.onUpdateService = args.onUpdateService;
    if (args.updateServiceSubscriptionId !== undefined) check.updateServiceSubscriptionId = tidy(args.updateServiceSubscriptionId) || null;
    if (!check.onUpdateService) {
      if (args.updateServiceSubscriptionId) {
        throw new BadUserInput('updateServiceSubscriptionId', 'A subscription id means the person is on the Update Service: tick that as well');
      }
      // Leaving the Update Service ends what its status checks vouched for.
      check.updateServiceSubscriptionId = null;
      check.lastStatusCheckDate = null;
      check.lastStatusCheckResult = null;
    }
  }

  private where(filter?: DbsCheckFilter | null): FilterQuery<DbsCheck> {
    if (!filter) return {};
    const where: FilterQuery<DbsCheck> & Record<string, unknown> = {};
    if (filter.ids) where.id = { $in: filter.ids.filter(isUuid) };
    if (filter.personId != null) where.person = isUuid(filter.personId) ? filter.personId : { $in: [] };
    if (filter.level) where.level = filter.level;
    if (filter.decision) where.decision = filter.decision;
    return where;
  }
}
