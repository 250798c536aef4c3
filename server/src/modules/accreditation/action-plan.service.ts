import type { FilterQuery } from '@mikro-orm/core';
import { BadUserInput, Forbidden } from '../../common/errors';
import { isUuid } from '../../common/ids';
import { findOneOrNotFound, findPage } from '../../common/listing';
import { requireVersion } from '../../common/optimistic-lock';
import type { ListArgs } from '../../common/pagination';
import type { RequestContext } from '../../common/request-context';
import { requireDateBetween, ukDate } from '../../common/dates';
import { tidy } from '../../common/validation';
import { User } from '../user/user.entity';
import { addMonths } from './accreditation.dates';
import { Accreditation } from './accreditation.entity';
import { AccreditationAction } from './accreditation.enums';
import { AccreditationService } from './accreditation.service';
import { ActionPlanItem } from './assessment.entity';
import { ActionReview, ActionStatus } from './assessment.enums';
import {
  ACTION_SORTABLE,
  type ActionPlanItemFilter,
  type ReviewActionEvidenceArgs,
  type SubmitActionEvidenceArgs,
  type SuspendForOverdueActionsArgs,
  type UpdateActionPlanItemArgs,
} from './dto/assessment.args';

/** Stored states that still wait on the centre: past the due date, these are overdue. */
const AWAITING_CENTRE: readonly ActionStatus[] = [ActionStatus.OPEN, ActionStatus.RETURNED];

/** An action's state as people read it: OPEN or RETURNED past the due date is OVERDUE (never stored). */
export function actionStatus(item: ActionPlanItem, today: string): ActionStatus {
  return AWAITING_CENTRE.includes(item.storedStatus) && item.dueOn < today ? ActionStatus.OVERDUE : item.storedStatus;
}

/**
 * Action plans: the centre's admins and coordinators submit evidence for each action; the
 * assessor of the visit or head office signs it off or returns it with a reason; head office
 * changes due dates and owners, and may suspend an accreditation naming its overdue actions.
 */
export class ActionPlanService {
  private readonly accreditations = new AccreditationService();

  list(ctx: RequestContext, args: ListArgs, filter?: ActionPlanItemFilter | null): Promise<ActionPlanItem[]> {
    return findPage(ctx.em, ActionPlanItem, this.where(ctx, filter), args, ACTION_SORTABLE, 'dueOn', filter?.ids);
  }

  count(ctx: RequestContext, filter?: ActionPlanItemFilter | null): Promise<number> {
    return ctx.em.count(ActionPlanItem, this.where(ctx, filter));
  }

  get(ctx: RequestContext, id: string): Promise<ActionPlanItem> {
    return findOneOrNotFound(ctx.em, ActionPlanItem, id, 'ActionPlanItem');
  }

  async update(ctx: RequestContext, args: UpdateActionPlanItemArgs): Promise<ActionPlanItem> {
    // A past date is allowed: head office records when an action was really due.
    if (args.dueOn != null) requireDateBetween('dueOn', args.dueOn, addMonths(ctx.clock.today, -36), addMonths(ctx.clock.today, 24), 'The due date');
    const item = await this.visible(ctx, args.id);
    await requireVersion(ctx.em, item, args.version, 'This action has changed since you opened it: reload it');
    if (item.storedStatus === ActionStatus.SIGNED_OFF) throw new BadUserInput('id', 'This action is signed off: it no longer changes');
    if (args.dueOn != null) item.dueOn = args.dueOn;
    if (args.owner != null) item.owner = tidy(args.owner);
    if (args.description != null) item.description = tidy(args.description);
    await ctx.em.flush();
    return item;
  }

  async submitEvidence(ctx: RequestContext, args: SubmitActionEvidenceArgs): Promise<ActionPlanItem> {
    const item = await this.visible(ctx, args.id);
    // The centre answers for its own actions: its organisation's admins or its coordinators.
    if (!ctx.scope.organisationIds.includes(item.organisation.id) && !ctx.scope.centreIds.includes(item.centre.id)) {
      throw new Forbidden("Only the centre's organisation admins and coordinators submit its evidence");
    }
    await requireVersion(ctx.em, item, args.version, 'This action has changed since you opened it: reload it');
    if (!AWAITING_CENTRE.includes(item.storedStatus)) {
      throw new BadUserInput('id', item.storedStatus === ActionStatus.SIGNED_OFF ? 'This action is signed off already' : 'Evidence is already submitted and waiting to be reviewed');
    }
    item.storedStatus = ActionStatus.EVIDENCE_SUBMITTED;
    item.evidenceNote = tidy(args.evidenceNote);
    item.evidenceSubmittedAt = ctx.clock.now;
    await ctx.em.flush();
    return item;
  }

  async review(ctx: RequestContext, args: ReviewActionEvidenceArgs): Promise<ActionPlanItem> {
    const item = await this.visible(ctx, args.id);
    await ctx.em.populate(item, ['assessment']);
    if (!ctx.scope.nationalAdmin && ctx.scope.assessorUserId !== item.assessment.assessor.id) {
      throw new Forbidden("Only head office or the visit's assessor review an action's evidence");
    }
    await requireVersion(ctx.em, item, args.version, 'This action has changed since you opened it: reload it');
    if (item.storedStatus !== ActionStatus.EVIDENCE_SUBMITTED) throw new BadUserInput('id', 'There is no evidence waiting to be reviewed on this action');
    const note = tidy(args.note ?? '');
    if (args.review === ActionReview.RETURN && !note) throw new BadUserInput('note', 'note must say what more is needed when returning evidence');
    item.storedStatus = args.review === ActionReview.SIGN_OFF ? ActionStatus.SIGNED_OFF : ActionStatus.RETURNED;
    item.reviewNote = note || null;
    item.reviewedAt = ctx.clock.now;
    item.reviewedBy = ctx.identity ? ctx.em.getReference(User, ctx.identity.userId) : null;
    await ctx.em.flush();
    return item;
  }

  /** Suspends an accreditation, its overdue actions recorded as the reason. */
  async suspendForOverdue(ctx: RequestContext, args: SuspendForOverdueActionsArgs): Promise<Accreditation> {
    const accreditation = isUuid(args.accreditationId) ? await ctx.em.findOne(Accreditation, { id: args.accreditationId }) : null;
    if (!accreditation) throw new BadUserInput('accreditationId', 'No accreditation has this id');
    const overdue = await ctx.em.find(
      ActionPlanItem,
      { assessment: { accreditation }, storedStatus: { $in: [...AWAITING_CENTRE] }, dueOn: { $lt: ctx.clock.today } },
      { orderBy: [{ dueOn: 'asc' }, { id: 'asc' }] },
    );
    if (!overdue.length) throw new BadUserInput('accreditationId', 'This accreditation has no overdue actions: suspend it with a reason of your own');
    const listed = overdue.map((item) => `${item.description} (due ${ukDate(item.dueOn)})`).join('; ');
    const note = tidy(args.note ?? '');
    this.accreditations.apply(ctx, accreditation, AccreditationAction.SUSPEND, `Overdue actions: ${listed}${note ? `. ${note}` : ''}`, 'accreditationId');
    await ctx.em.flush();
    return accreditation;
  }

  private async visible(ctx: RequestContext, id: string): Promise<ActionPlanItem> {
    const item = isUuid(id) ? await ctx.em.findOne(ActionPlanItem, { id }) : null;
    if (!item) throw new BadUserInput('id', 'No action has this id');
    return item;
  }

  private where(ctx: RequestContext, filter?: ActionPlanItemFilter | null): FilterQuery<ActionPlanItem> {
    const where: Record<string, unknown> = {};
    const id = (value: string) => (isUuid(value) ? value : '00000000-0000-0000-0000-000000000000');
    const today = ctx.clock.today;
    if (filter?.ids) where.id = { $in: filter.ids.filter(isUuid) };
    if (filter?.assessmentId) where.assessment = id(filter.assessmentId);
    if (filter?.centreId) where.centre = id(filter.centreId);
    if (filter?.organisationId) where.organisation = id(filter.organisationId);
    if (filter?.open === true) where.storedStatus = { $ne: ActionStatus.SIGNED_OFF };
    if (filter?.open === false) where.storedStatus = ActionStatus.SIGNED_OFF;
    if (filter?.status === ActionStatus.OVERDUE) Object.assign(where, { storedStatus: { $in: [...AWAITING_CENTRE] }, dueOn: { $lt: today } });
    else if (filter?.status && AWAITING_CENTRE.includes(filter.status)) Object.assign(where, { storedStatus: filter.status, dueOn: { $gte: today } });
    else if (filter?.status) where.storedStatus = filter.status;
    return where as FilterQuery<ActionPlanItem>;
  }
}

