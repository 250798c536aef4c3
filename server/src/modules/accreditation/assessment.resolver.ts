import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Role } from '../../auth/role';
import { ListArgs, ListMetadata } from '../../common/pagination';
import type { RequestContext } from '../../common/request-context';
import { Transaction } from '../../common/transaction';
import { Centre } from '../centre/centre.entity';
import { Standard, StandardSet } from '../standards';
import { Accreditation } from './accreditation.entity';
import { AccreditationKind } from './accreditation.enums';
import { actionsOf, assessmentsOf, centreById, findingsOf, missingStandardsOf, userNames } from './accreditation.loaders';
import { ActionPlanService, actionStatus } from './action-plan.service';
import { ActionPlanItem, Assessment, Finding } from './assessment.entity';
import { ActionStatus } from './assessment.enums';
import { assessmentReportPdf } from './assessment-report';
import { AssessmentService } from './assessment.service';
import {
  ActionPlanItemFilter,
  AssessmentFilter,
  DecideAssessmentArgs,
  PlanAssessmentArgs,
  ReassignAssessmentArgs,
  ReviewActionEvidenceArgs,
  SaveFindingsArgs,
  SubmitActionEvidenceArgs,
  SubmitAssessmentReportArgs,
  SuspendForOverdueActionsArgs,
  UpdateActionPlanItemArgs,
} from './dto/assessment.args';

/** Who reads assessments and action plans (each within their scope; the training team has no part in them). */
const READERS = [Role.NATIONAL_ADMIN, Role.ORG_ADMIN, Role.CENTRE_COORDINATOR, Role.ASSESSOR];

@Resolver(() => Assessment)
export class AssessmentResolver {
  private readonly assessments = new AssessmentService();

  @Query(() => [Assessment])
  @Authorized(...READERS)
  allAssessments(@Ctx() ctx: RequestContext, @Args() list: ListArgs, @Arg('filter', () => AssessmentFilter, { nullable: true }) filter?: AssessmentFilter): Promise<Assessment[]> {
    return this.assessments.list(ctx, list, filter);
  }

  @Query(() => ListMetadata)
  @Authorized(...READERS)
  async _allAssessmentsMeta(@Ctx() ctx: RequestContext, @Args() _list: ListArgs, @Arg('filter', () => AssessmentFilter, { nullable: true }) filter?: AssessmentFilter): Promise<ListMetadata> {
    return { count: await this.assessments.count(ctx, filter) };
  }

  @Query(() => Assessment, { name: 'Assessment', nullable: true })
  @Authorized(...READERS)
  assessment(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string): Promise<Assessment> {
    return this.assessments.get(ctx, id);
  }

  @Mutation(() => Assessment, { nullable: true, description: "Plan a visit: an assessor (who then sees the centre) and a date, against the current published version of the accreditation's standards" })
  @Authorized(Role.NATIONAL_ADMIN)
  @Transaction()
  planAssessment(@Ctx() ctx: RequestContext, @Args() args: PlanAssessmentArgs): Promise<Assessment> {
    return this.assessments.plan(ctx, args);
  }

  @Mutation(() => Assessment, { nullable: true, description: 'Give an open visit to another assessor (the previous one loses sight of it) or move its date' })
  @Authorized(Role.NATIONAL_ADMIN)
  @Transaction()
  reassignAssessment(@Ctx() ctx: RequestContext, @Args() args: ReassignAssessmentArgs): Promise<Assessment> {
    return this.assessments.reassign(ctx, args);
  }

  @Mutation(() => Assessment, { nullable: true, description: 'Record or change findings as the visit goes (the assigned assessor, or head office)' })
  @Authorized(Role.ASSESSOR, Role.NATIONAL_ADMIN)
  @Transaction()
  saveFindings(@Ctx() ctx: RequestContext, @Args() args: SaveFindingsArgs): Promise<Assessment> {
    return this.assessments.saveFindings(ctx, args);
  }

  @Mutation(() => Assessment, { nullable: true, description: 'Submit the report: refused until every standard of the version has a finding' })
  @Authorized(Role.ASSESSOR, Role.NATIONAL_ADMIN)
  @Transaction()
  submitAssessmentReport(@Ctx() ctx: RequestContext, @Args() args: SubmitAssessmentReportArgs): Promise<Assessment> {
    return this.assessments.submit(ctx, args);
  }

  @Mutation(() => Assessment, { nullable: true, description: 'Decide: award (the accreditation is awarded), award with an action plan, or refuse; an action for each finding not met or met with conditions' })
  @Authorized(Role.NATIONAL_ADMIN)
  @Transaction()
  decideAssessment(@Ctx() ctx: RequestContext, @Args() args: DecideAssessmentArgs): Promise<Assessment> {
    return this.assessments.decide(ctx, args);
  }

  @Query(() => String, {
    description: 'A decided assessment as a PDF, base64-encoded: centre, standards version, findings by area, actions with due dates, decision (audited as an export)',
  })
  @Authorized(...READERS)
  async assessmentReportPdf(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string): Promise<string> {
    return (await assessmentReportPdf(ctx, id)).toString('base64');
  }

  @FieldResolver(() => ID)
  accreditationId(@Root() assessment: Assessment): string {
    return assessment.accreditation.id;
  }

  @FieldResolver(() => ID)
  centreId(@Root() assessment: Assessment): string {
    return assessment.centre.id;
  }

  @FieldResolver(() => ID)
  organisationId(@Root() assessment: Assessment): string {
    return assessment.organisation.id;
  }

  @FieldResolver(() => Centre, { nullable: true })
  centre(@Ctx() ctx: RequestContext, @Root() assessment: Assessment): Promise<Centre | null> {
    return centreById(ctx).load(assessment.centre.id);
  }

  @FieldResolver(() => ID)
  standardSetId(@Root() assessment: Assessment): string {
    return assessment.standardSet.id;
  }

  @FieldResolver(() => StandardSet, { description: 'The version of the National Standards the visit is assessed against' })
  async standardSet(@Ctx() ctx: RequestContext, @Root() assessment: Assessment): Promise<StandardSet> {
    return ctx.em.findOneOrFail(StandardSet, { id: assessment.standardSet.id });
  }

  @FieldResolver(() => ID)
  assessorUserId(@Root() assessment: Assessment): string {
    return assessment.assessor.id;
  }

  @FieldResolver(() => String, { nullable: true })
  assessorName(@Ctx() ctx: RequestContext, @Root() assessment: Assessment): Promise<string | null> {
    return userNames(ctx).load(assessment.assessor.id);
  }

  @FieldResolver(() => String, { nullable: true })
  decidedByName(@Ctx() ctx: RequestContext, @Root() assessment: Assessment): Promise<string | null> {
    return assessment.decidedBy ? userNames(ctx).load(assessment.decidedBy.id) : Promise.resolve(null);
  }

  @FieldResolver(() => [Finding], { description: 'In the order of the standards' })
  findings(@Ctx() ctx: RequestContext, @Root() assessment: Assessment): Promise<Finding[]> {
    return findingsOf(ctx).load(assessment.id);
  }

  @FieldResolver(() => [String], { description: 'Codes of the standards with no finding yet' })
  missingStandards(@Ctx() ctx: RequestContext, @Root() assessment: Assessment): Promise<string[]> {
    return missingStandardsOf(ctx).load(assessment.id);
  }

  @FieldResolver(() => [ActionPlanItem])
  actions(@Ctx() ctx: RequestContext, @Root() assessment: Assessment): Promise<ActionPlanItem[]> {
    return actionsOf(ctx).load(assessment.id);
  }
}

@Resolver(() => Finding)
export class FindingResolver {
  @FieldResolver(() => ID)
  standardId(@Root() finding: Finding): string {
    return finding.standard.id;
  }

  @FieldResolver(() => Standard)
  async standard(@Ctx() ctx: RequestContext, @Root() finding: Finding): Promise<Standard> {
    return finding.standard.area ? finding.standard : ctx.em.findOneOrFail(Standard, { id: finding.standard.id }, { populate: ['area'] });
  }
}

@Resolver(() => ActionPlanItem)
export class ActionPlanItemResolver {
  private readonly actions = new ActionPlanService();

  @Query(() => [ActionPlanItem])
  @Authorized(...READERS)
  allActionPlanItems(@Ctx() ctx: RequestContext, @Args() list: ListArgs, @Arg('filter', () => ActionPlanItemFilter, { nullable: true }) filter?: ActionPlanItemFilter): Promise<ActionPlanItem[]> {
    return this.actions.list(ctx, list, filter);
  }

  @Query(() => ListMetadata)
  @Authorized(...READERS)
  async _allActionPlanItemsMeta(@Ctx() ctx: RequestContext, @Args() _list: ListArgs, @Arg('filter', () => ActionPlanItemFilter, { nullable: true }) filter?: ActionPlanItemFilter): Promise<ListMetadata> {
    return { count: await this.actions.count(ctx, filter) };
  }

  @Query(() => ActionPlanItem, { name: 'ActionPlanItem', nullable: true })
  @Authorized(...READERS)
  actionPlanItem(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string): Promise<ActionPlanItem> {
    return this.actions.get(ctx, id);
  }

  @Mutation(() => ActionPlanItem, { nullable: true, description: "Change an action's due date, owner or wording (head office)" })
  @Authorized(Role.NATIONAL_ADMIN)
  @Transaction()
  updateActionPlanItem(@Ctx() ctx: RequestContext, @Args() args: UpdateActionPlanItemArgs): Promise<ActionPlanItem> {
    return this.actions.update(ctx, args);
  }

  @Mutation(() => ActionPlanItem, { nullable: true, description: "Submit evidence for an action (the centre's organisation admins and coordinators)" })
  @Authorized(Role.ORG_ADMIN, Role.CENTRE_COORDINATOR)
  @Transaction()
  submitActionEvidence(@Ctx() ctx: RequestContext, @Args() args: SubmitActionEvidenceArgs): Promise<ActionPlanItem> {
    return this.actions.submitEvidence(ctx, args);
  }

  @Mutation(() => ActionPlanItem, { nullable: true, description: 'Sign off submitted evidence, or return it with what more is needed (the visit’s assessor or head office)' })
  @Authorized(Role.ASSESSOR, Role.NATIONAL_ADMIN)
  @Transaction()
  reviewActionEvidence(@Ctx() ctx: RequestContext, @Args() args: ReviewActionEvidenceArgs): Promise<ActionPlanItem> {
    return this.actions.review(ctx, args);
  }

  @Mutation(() => Accreditation, { nullable: true, description: 'Suspend an accreditation, its overdue actions recorded as the reason' })
  @Authorized(Role.NATIONAL_ADMIN)
  @Transaction()
  suspendForOverdueActions(@Ctx() ctx: RequestContext, @Args() args: SuspendForOverdueActionsArgs): Promise<Accreditation> {
    return this.actions.suspendForOverdue(ctx, args);
  }

  @FieldResolver(() => ActionStatus, { description: 'OVERDUE when open or returned past its due date' })
  status(@Ctx() ctx: RequestContext, @Root() item: ActionPlanItem): ActionStatus {
    return actionStatus(item, ctx.clock.today);
  }

  @FieldResolver(() => Boolean)
  overdue(@Ctx() ctx: RequestContext, @Root() item: ActionPlanItem): boolean {
    return actionStatus(item, ctx.clock.today) === ActionStatus.OVERDUE;
  }

  @FieldResolver(() => ID)
  assessmentId(@Root() item: ActionPlanItem): string {
    return item.assessment.id;
  }

  @FieldResolver(() => ID)
  centreId(@Root() item: ActionPlanItem): string {
    return item.centre.id;
  }

  @FieldResolver(() => ID)
  organisationId(@Root() item: ActionPlanItem): string {
    return item.organisation.id;
  }

  @FieldResolver(() => Centre, { nullable: true })
  centre(@Ctx() ctx: RequestContext, @Root() item: ActionPlanItem): Promise<Centre | null> {
    return centreById(ctx).load(item.centre.id);
  }

  @FieldResolver(() => String, { nullable: true })
  reviewedByName(@Ctx() ctx: RequestContext, @Root() item: ActionPlanItem): Promise<string | null> {
    return item.reviewedBy ? userNames(ctx).load(item.reviewedBy.id) : Promise.resolve(null);
  }
}

/** An accreditation's visits, and its open and overdue actions. */
@Resolver(() => Accreditation)
export class AccreditationAssessmentsResolver {
  @FieldResolver(() => [Assessment], { description: 'Its visits, newest first (those the caller may see: an assessor only their own)' })
  assessments(@Ctx() ctx: RequestContext, @Root() accreditation: Accreditation): Promise<Assessment[]> {
    return assessmentsOf(ctx).load(accreditation.id);
  }

  @FieldResolver(() => Int, { description: 'Actions not yet signed off' })
  async openActions(@Ctx() ctx: RequestContext, @Root() accreditation: Accreditation): Promise<number> {
    return (await this.actionsOf(ctx, accreditation)).filter((item) => actionStatus(item, ctx.clock.today) !== ActionStatus.SIGNED_OFF).length;
  }

  @FieldResolver(() => Int, { description: 'Actions open or returned past their due date' })
  async overdueActions(@Ctx() ctx: RequestContext, @Root() accreditation: Accreditation): Promise<number> {
    return (await this.actionsOf(ctx, accreditation)).filter((item) => actionStatus(item, ctx.clock.today) === ActionStatus.OVERDUE).length;
  }

  @FieldResolver(() => String, { description: 'The kind in words: Accreditation or Enhanced Accreditation' })
  kindName(@Root() accreditation: Accreditation): string {
    return accreditation.kind === AccreditationKind.ACCREDITATION ? 'Accreditation' : 'Enhanced Accreditation';
  }

  private async actionsOf(ctx: RequestContext, accreditation: Accreditation): Promise<ActionPlanItem[]> {
    const assessments = await assessmentsOf(ctx).load(accreditation.id);
    return (await actionsOf(ctx).loadMany(assessments.map((a) => a.id))).flatMap((items) => (items instanceof Error ? [] : items));
  }
}
