import type { FilterQuery } from '@mikro-orm/core';
import { Role } from '../../auth/role';
import { BadUserInput, Forbidden } from '../../common/errors';
import { isUuid } from '../../common/ids';
import { findOneOrNotFound, findPage } from '../../common/listing';
import { requireVersion } from '../../common/optimistic-lock';
import type { ListArgs } from '../../common/pagination';
import type { RequestContext } from '../../common/request-context';
import { addDays, requireDateBetween, ukDate } from '../../common/dates';
import { tidy } from '../../common/validation';
import { CentreKind } from '../centre/centre.enums';
import { Standard, StandardSetKind, publishedSet } from '../standards';
import { Grant } from '../user/grant.entity';
import { User } from '../user/user.entity';
import { addMonths } from './accreditation.dates';
import { Accreditation } from './accreditation.entity';
import { missingStandardsOf } from './accreditation.loaders';
import { AccreditationAction, AccreditationKind, AccreditationState } from './accreditation.enums';
import { AccreditationService } from './accreditation.service';
import { ActionPlanItem, Assessment, Finding } from './assessment.entity';
import { AssessmentDecision, AssessmentStatus, NEEDS_ACTION } from './assessment.enums';
import {
  ASSESSMENT_SORTABLE,
  type AssessmentFilter,
  type DecideAssessmentArgs,
  type PlanAssessmentArgs,
  type ReassignAssessmentArgs,
  type SaveFindingsArgs,
  type SubmitAssessmentReportArgs,
} from './dto/assessment.args';

/** How long a centre has to complete its actions when head office does not say. */
export const ACTION_MONTHS = 3;

/** States an accreditation can be assessed in: applying, renewing, accredited (a visit mid-cycle) or suspended (to reinstate). */
const ASSESSABLE: readonly AccreditationState[] = [AccreditationState.CANDIDATE, AccreditationState.ACCREDITED, AccreditationState.RENEWAL_DUE, AccreditationState.SUSPENDED];
const OPEN: readonly AssessmentStatus[] = [AssessmentStatus.PLANNED, AssessmentStatus.IN_PROGRESS];

/**
 * Assessments: head office plans a visit and assigns an assessor (who then sees the centre: the
 * centre joins their assessor grant, and leaves it when they are reassigned); the assessor records
 * a finding per standard as they go and submits the report once every standard has one; head
 * office decides, which takes the accreditation's AWARD step and sets an action for each finding
 * not met or met with conditions.
 */
export class AssessmentService {
  private readonly accreditations = new AccreditationService();

  list(ctx: RequestContext, args: ListArgs, filter?: AssessmentFilter | null): Promise<Assessment[]> {
    return findPage(ctx.em, Assessment, this.where(filter), args, ASSESSMENT_SORTABLE, 'visitDate', filter?.ids);
  }

  count(ctx: RequestContext, filter?: AssessmentFilter | null): Promise<number> {
    return ctx.em.count(Assessment, this.where(filter));
  }

  get(ctx: RequestContext, id: string): Promise<Assessment> {
    return findOneOrNotFound(ctx.em, Assessment, id, 'Assessment');
  }

  async plan(ctx: RequestContext, args: PlanAssessmentArgs): Promise<Assessment> {
    this.requireVisitDate(ctx, 'visitDate', args.visitDate);
    const accreditation = await ctx.em.findOne(Accreditation, { id: args.accreditationId }, { populate: ['centre'] });
    if (!accreditation) throw new BadUserInput('accreditationId', 'No accreditation has this id');
    if (!ASSESSABLE.includes(accreditation.state)) throw new BadUserInput('accreditationId', `This accreditation is ${accreditation.state.toLowerCase().replace('_', ' ')}: there is nothing to assess`);
    const open = await ctx.em.findOne(Assessment, { accreditation, status: { $in: [...OPEN, AssessmentStatus.REPORT_SUBMITTED] } });
    if (open) throw new BadUserInput('accreditationId', `This accreditation already has an assessment under way (visit on ${ukDate(open.visitDate)}): finish or reassign that one`);
    const assessor = await this.assessor(ctx, args.assessorUserId);
    const kind = standardsKind(accreditation.kind, accreditation.centre.kind);
    const standards = await publishedSet(ctx, kind);
    if (!standards) throw new BadUserInput('accreditationId', 'No version of these standards is published yet: publish one first');
    const assessment = ctx.em.create(Assessment, {
      accreditation,
      centre: accreditation.centre,
      organisation: accreditation.organisation,
      standardSet: standards,
      assessor,
      visitDate: args.visitDate,
    });
    await this.grantCentre(ctx, assessor.id, accreditation.centre.id);
    await ctx.em.flush();
    return assessment;
  }

  async reassign(ctx: RequestContext, args: ReassignAssessmentArgs): Promise<Assessment> {
    if (args.visitDate) this.requireVisitDate(ctx, 'visitDate', args.visitDate);
    const assessment = await this.visible(ctx, args.id, 'id');
    await requireVersion(ctx.em, assessment, args.version, 'This assessment has changed since you opened it: reload it');
    if (!OPEN.includes(assessment.status)) throw new BadUserInput('id', 'The report is submitted: the assessor can no longer change');
    if (args.visitDate) assessment.visitDate = args.visitDate;
    const previous = assessment.assessor.id;
    if (previous !== args.assessorUserId) {
      const assessor = await this.assessor(ctx, args.assessorUserId);
      assessment.assessor = assessor;
      await this.grantCentre(ctx, assessor.id, assessment.centre.id);
      await ctx.em.flush();
      await this.ungrantCentre(ctx, previous, assessment.centre.id);
    }
    await ctx.em.flush();
    return assessment;
  }

  async saveFindings(ctx: RequestContext, args: SaveFindingsArgs): Promise<Assessment> {
    const assessment = await this.visible(ctx, args.assessmentId, 'assessmentId');
    this.requireRecorder(ctx, assessment);
    if (!OPEN.includes(assessment.status)) throw new BadUserInput('assessmentId', 'The report is submitted: its findings can no longer change');
    const ids = args.findings.map((finding) => finding.standardId);
    if (new Set(ids).size !== ids.length) throw new BadUserInput('findings', 'A standard is named twice');
    const standards = await ctx.em.find(Standard, { id: { $in: ids }, set: assessment.standardSet.id });
    const known = new Set(standards.map((standard) => standard.id));
    const stranger = ids.find((id) => !known.has(id));
    if (stranger) throw new BadUserInput('findings', `A finding names a standard that is not in this assessment's version of the standards (${stranger})`);
    const existing = new Map((await ctx.em.find(Finding, { assessment })).map((finding) => [finding.standard.id, finding]));
    for (const input of args.findings) {
      const finding = existing.get(input.standardId) ?? ctx.em.create(Finding, { assessment, centre: assessment.centre, organisation: assessment.organisation, standard: input.standardId, outcome: input.outcome });
      finding.outcome = input.outcome;
      if (input.note !== undefined) finding.note = tidy(input.note) || null;
      if (input.evidenceRef !== undefined) finding.evidenceRef = tidy(input.evidenceRef) || null;
    }
    if (assessment.status === AssessmentStatus.PLANNED && args.findings.length) assessment.status = AssessmentStatus.IN_PROGRESS;
    await ctx.em.flush();
    return assessment;
  }

  async submit(ctx: RequestContext, args: SubmitAssessmentReportArgs): Promise<Assessment> {
    const assessment = await this.visible(ctx, args.id, 'id');
    this.requireRecorder(ctx, assessment);
    await requireVersion(ctx.em, assessment, args.version, 'This assessment has changed since you opened it: reload it');
    if (!OPEN.includes(assessment.status)) throw new BadUserInput('id', 'This report is already submitted');
    const missing = await missingStandardsOf(ctx).load(assessment.id);
    if (missing.length) {
      const shown = missing.slice(0, 10).join(', ') + (missing.length > 10 ? ` and ${missing.length - 10} more` : '');
      throw new BadUserInput('id', `${missing.length} ${missing.length === 1 ? 'standard has' : 'standards have'} no finding yet: ${shown}`);
    }
    assessment.status = AssessmentStatus.REPORT_SUBMITTED;
    assessment.reportSummary = tidy(args.summary);
    assessment.submittedAt = ctx.clock.now;
    await ctx.em.flush();
    return assessment;
  }

  async decide(ctx: RequestContext, args: DecideAssessmentArgs): Promise<Assessment> {
    const today = ctx.clock.today;
    const dueOn = args.actionsDueOn ?? addMonths(today, ACTION_MONTHS);
    requireDateBetween('actionsDueOn', dueOn, addDays(today, 1), addMonths(today, 24), 'The actions’ due date');
    const assessment = await this.visible(ctx, args.id, 'id');
    await requireVersion(ctx.em, assessment, args.version, 'This assessment has changed since you opened it: reload it and decide again');
    if (assessment.status !== AssessmentStatus.REPORT_SUBMITTED) {
      throw new BadUserInput('id', assessment.status === AssessmentStatus.DECIDED ? 'This assessment is already decided' : 'The assessor has not submitted the report yet');
    }
    const findings = await ctx.em.find(Finding, { assessment, outcome: { $in: [...NEEDS_ACTION] } }, { populate: ['standard'], orderBy: { standard: { position: 'asc' } } });
    if (args.decision === AssessmentDecision.AWARD && findings.length) {
      throw new BadUserInput('decision', `${findings.length} ${findings.length === 1 ? 'finding is' : 'findings are'} not met or met with conditions: award with an action plan, or refuse`);
    }
    if (args.decision === AssessmentDecision.AWARD_WITH_ACTION_PLAN && !findings.length) {
      throw new BadUserInput('decision', 'Every standard is met or not applicable: award without an action plan');
    }
    const reason = tidy(args.reason);
    if (args.decision !== AssessmentDecision.REFUSE) {
      const accreditation = await ctx.em.findOneOrFail(Accreditation, { id: assessment.accreditation.id });
      this.accreditations.apply(ctx, accreditation, AccreditationAction.AWARD, `Assessment of ${ukDate(assessment.visitDate)}: ${reason}`, 'decision');
    }
    for (const finding of findings) {
      ctx.em.create(ActionPlanItem, {
        assessment,
        finding,
        centre: assessment.centre,
        organisation: assessment.organisation,
        description: `${finding.standard.code} ${finding.standard.title}${finding.note ? `: ${finding.note}` : ''}`,
        owner: 'Centre coordinator',
        dueOn,
      });
    }
    assessment.status = AssessmentStatus.DECIDED;
    assessment.decision = args.decision;
    assessment.decisionReason = reason;
    assessment.decidedAt = ctx.clock.now;
    assessment.decidedBy = ctx.identity ? ctx.em.getReference(User, ctx.identity.userId) : null;
    await ctx.em.flush();
    return assessment;
  }

  private async visible(ctx: RequestContext, id: string, field: string): Promise<Assessment> {
    const assessment = isUuid(id) ? await ctx.em.findOne(Assessment, { id }) : null;
    if (!assessment) throw new BadUserInput(field, 'No assessment has this id');
    return assessment;
  }

  /** Findings and the report are the assigned assessor's (head office may step in). */
  private requireRecorder(ctx: RequestContext, assessment: Assessment): void {
    if (ctx.scope.nationalAdmin) return;
    if (ctx.scope.assessorUserId !== assessment.assessor.id) throw new Forbidden('Only the assessor assigned to this visit records its findings');
  }

  private requireVisitDate(ctx: RequestContext, field: string, date: string): void {
    const today = ctx.clock.today;
    requireDateBetween(field, date, addMonths(today, -12), addMonths(today, 12), 'The visit (within a year of today)');
  }

  private async assessor(ctx: RequestContext, userId: string): Promise<User> {
    const user = await ctx.em.findOne(User, { id: userId, active: true });
    const grant = user ? await ctx.em.findOne(Grant, { user, role: Role.ASSESSOR }) : null;
    if (!user || !grant) throw new BadUserInput('assessorUserId', 'This user is not an active assessor: give them the assessor role first');
    return user;
  }

  /** The assessor sees the centre while assigned: it joins their assessor grant. */
  private async grantCentre(ctx: RequestContext, userId: string, centreId: string): Promise<void> {
    const grant = await ctx.em.findOneOrFail(Grant, { user: userId, role: Role.ASSESSOR });
    if (!grant.centreIds.includes(centreId)) grant.centreIds = [...grant.centreIds, centreId];
  }

  /** ...and stops seeing it when no assessment of theirs is at that centre any more. */
  private async ungrantCentre(ctx: RequestContext, userId: string, centreId: string): Promise<void> {
    const still = await ctx.em.count(Assessment, { assessor: userId, centre: centreId });
    if (still) return;
    const grant = await ctx.em.findOne(Grant, { user: userId, role: Role.ASSESSOR });
    if (grant) grant.centreIds = grant.centreIds.filter((id) => id !== centreId);
  }

  private where(filter?: AssessmentFilter | null): FilterQuery<Assessment> {
    const where: Record<string, unknown> = {};
    const id = (value: string) => (isUuid(value) ? value : '00000000-0000-0000-0000-000000000000');
    if (filter?.ids) where.id = { $in: filter.ids.filter(isUuid) };
    if (filter?.accreditationId) where.accreditation = id(filter.accreditationId);
    if (filter?.centreId) where.centre = id(filter.centreId);
    if (filter?.assessorUserId) where.assessor = id(filter.assessorUserId);
    if (filter?.statuses?.length) where.status = { $in: filter.statuses };
    return where as FilterQuery<Assessment>;
  }
}

/** Which set of standards an accreditation is assessed against. */
export function standardsKind(kind: AccreditationKind, centreKind: CentreKind): StandardSetKind {
  if (kind === AccreditationKind.ACCREDITATION) return StandardSetKind.SUPPORTED_CENTRES;
  return centreKind === CentreKind.SERVICE ? StandardSetKind.SUPERVISED_SERVICES : StandardSetKind.SUPERVISED_CENTRES;
}


