import { ArrayMaxSize, IsOptional, IsUUID, MaxLength, ValidateNested } from 'class-validator';
import { ArgsType, Field, ID, InputType, Int } from 'type-graphql';
import { NotBlank, PlainText } from '../../../common/validation';
import { LocalDate } from '../../../common/scalars';
import { ActionReview, ActionStatus, AssessmentDecision, AssessmentStatus, FindingOutcome } from '../assessment.enums';

export const ASSESSMENT_SORTABLE = { visitDate: 'visitDate', status: 'status', submittedAt: 'submittedAt', decidedAt: 'decidedAt', id: 'id' } as const;
export const ACTION_SORTABLE = { dueOn: 'dueOn', status: 'storedStatus', id: 'id' } as const;

@InputType()
export class AssessmentFilter {
  @Field(() => [ID], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(1000)
  ids?: string[] | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  accreditationId?: string | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  centreId?: string | null;

  @Field(() => [AssessmentStatus], { nullable: true })
  @IsOptional()
  statuses?: AssessmentStatus[] | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  assessorUserId?: string | null;
}

@ArgsType()
export class PlanAssessmentArgs {
  @Field(() => ID)
  @IsUUID('all', { message: 'accreditationId must be the id of an accreditation' })
  accreditationId: string;

  @Field(() => ID, { description: 'A user holding the assessor role' })
  @IsUUID('all', { message: 'assessorUserId must be the id of a user' })
  assessorUserId: string;

  @Field(() => LocalDate)
  visitDate: string;
}

@ArgsType()
export class ReassignAssessmentArgs {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  @IsUUID('all', { message: 'assessorUserId must be the id of a user' })
  assessorUserId: string;

  @Field(() => LocalDate, { nullable: true })
  @IsOptional()
  visitDate?: string | null;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  version?: number | null;
}

@InputType({ description: 'A finding on one standard of the assessment’s version' })
export class FindingInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'standardId must be the id of a standard' })
  standardId: string;

  @Field(() => FindingOutcome)
  outcome: FindingOutcome;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(4000)
  @PlainText()
  note?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(500)
  @PlainText()
  evidenceRef?: string | null;
}

@ArgsType()
export class SaveFindingsArgs {
  @Field(() => ID)
  assessmentId: string;

  @Field(() => [FindingInput], { description: 'Findings to record or change (the rest are kept): the console saves as it goes' })
  @ArrayMaxSize(200)
  @ValidateNested({ each: true })
  findings: FindingInput[];
}

@ArgsType()
export class SubmitAssessmentReportArgs {
  @Field(() => ID)
  id: string;

  @Field(() => String)
  @NotBlank({ message: 'summary must say what the visit found' })
  @MaxLength(8000)
  @PlainText()
  summary: string;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  version?: number | null;
}

@ArgsType()
export class DecideAssessmentArgs {
  @Field(() => ID)
  id: string;

  @Field(() => AssessmentDecision)
  decision: AssessmentDecision;

  @Field(() => String)
  @NotBlank({ message: 'reason must say why' })
  @MaxLength(4000)
  @PlainText()
  reason: string;

  @Field(() => LocalDate, { nullable: true, description: 'When the actions are due; 3 months from today when left out' })
  @IsOptional()
  actionsDueOn?: string | null;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  version?: number | null;
}

@InputType()
export class ActionPlanItemFilter {
  @Field(() => [ID], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(1000)
  ids?: string[] | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  assessmentId?: string | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  centreId?: string | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  organisationId?: string | null;

  @Field(() => ActionStatus, { nullable: true, description: 'OVERDUE: open or returned and past due' })
  @IsOptional()
  status?: ActionStatus | null;

  @Field(() => Boolean, { nullable: true, description: 'Not yet signed off' })
  @IsOptional()
  open?: boolean | null;
}

@ArgsType()
export class UpdateActionPlanItemArgs {
  @Field(() => ID)
  id: string;

  @Field(() => LocalDate, { nullable: true })
  @IsOptional()
  dueOn?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @NotBlank({ message: 'owner must name who at the centre owns the action' })
  @MaxLength(200)
  @PlainText()
  owner?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @NotBlank({ message: 'description must say what is to be done' })
  @MaxLength(4000)
  @PlainText()
  description?: string | null;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  version?: number | null;
}

@ArgsType()
export class SubmitActionEvidenceArgs {
  @Field(() => ID)
  id: string;

  @Field(() => String)
  @NotBlank({ message: 'evidenceNote must say what was done and where the evidence is' })
  @MaxLength(4000)
  @PlainText()
  evidenceNote: string;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  version?: number | null;
}

@ArgsType()
export class ReviewActionEvidenceArgs {
  @Field(() => ID)
  id: string;

  @Field(() => ActionReview)
  review: ActionReview;

  @Field(() => String, { nullable: true, description: 'Required when returning: what more is needed' })
  @IsOptional()
  @MaxLength(4000)
  @PlainText()
  note?: string | null;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  version?: number | null;
}

@ArgsType()
export class SuspendForOverdueActionsArgs {
  @Field(() => ID)
  accreditationId: string;

  @Field(() => String, { nullable: true, description: 'Added to the list of overdue actions in the reason' })
  @IsOptional()
  @MaxLength(2000)
  @PlainText()
  note?: string | null;
}
