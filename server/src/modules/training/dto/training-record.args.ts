import { ArrayMaxSize, ArrayMinSize, IsOptional, IsUUID, Max, MaxLength, Min } from 'class-validator';
import { ArgsType, Field, Float, ID, InputType, Int } from 'type-graphql';
import { LocalDate } from '../../../common/scalars';
import { NotBlank, PlainText } from '../../../common/validation';
import { TrainingOutcome, TrainingSource } from '../training.enums';

@InputType()
export class TrainingRecordFilter {
  @Field(() => [ID], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(1000)
  ids?: string[] | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  personId?: string | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  organisationId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Records of the people working at this centre now' })
  @IsOptional()
  centreId?: string | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  courseId?: string | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  sessionId?: string | null;

  @Field(() => TrainingSource, { nullable: true })
  @IsOptional()
  source?: TrainingSource | null;

  @Field(() => TrainingOutcome, { nullable: true })
  @IsOptional()
  outcome?: TrainingOutcome | null;

  @Field(() => String, { nullable: true, description: 'Words in the course title' })
  @IsOptional()
  @MaxLength(100)
  q?: string | null;
}

@ArgsType()
abstract class RecordFields {
  @Field(() => Int, { nullable: true })
  @IsOptional()
  @Min(0, { message: 'credits cannot be negative' })
  @Max(120, { message: 'credits must be at most 120' })
  credits?: number | null;

  @Field(() => Float, { nullable: true })
  @IsOptional()
  @Min(0, { message: 'hours cannot be negative' })
  @Max(1000, { message: 'hours must be at most 1,000' })
  hours?: number | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(100)
  @PlainText()
  certificateRef?: string | null;
}

/**
 * A record outside a session's cohort: external training, recorded by the person's organisation
 * (externalCourse and externalProvider), or a NACCC course completed another way (e-learning),
 * recorded by the training team (courseId).
 */
@ArgsType()
export class CreateTrainingRecordArgs extends RecordFields {
  @Field(() => ID)
  @IsUUID(undefined, { message: 'personId must be the id of a person' })
  personId: string;

  @Field(() => TrainingSource, { nullable: true, defaultValue: TrainingSource.EXTERNAL })
  source: TrainingSource = TrainingSource.EXTERNAL;

  @Field(() => ID, { nullable: true, description: 'The NACCC course (training team only)' })
  @IsOptional()
  @IsUUID(undefined, { message: 'courseId must be the id of a course' })
  courseId?: string | null;

  @Field(() => String, { nullable: true, description: 'External training: the course as its provider names it' })
  @IsOptional()
  @NotBlank()
  @MaxLength(200)
  @PlainText()
  externalCourse?: string | null;

  @Field(() => String, { nullable: true, description: 'External training: who ran it' })
  @IsOptional()
  @NotBlank()
  @MaxLength(200)
  @PlainText()
  externalProvider?: string | null;

  @Field(() => LocalDate)
  completedOn: string;

  @Field(() => TrainingOutcome)
  outcome: TrainingOutcome;
}

@ArgsType()
export class UpdateTrainingRecordArgs extends RecordFields {
  @Field(() => ID)
  @IsUUID(undefined, { message: 'id must be the id of a training record' })
  id: string;

  @Field(() => Int, { nullable: true, description: 'The version the edit is based on; a stale one is a conflict' })
  @IsOptional()
  version?: number | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @NotBlank()
  @MaxLength(200)
  @PlainText()
  externalCourse?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @NotBlank()
  @MaxLength(200)
  @PlainText()
  externalProvider?: string | null;

  @Field(() => LocalDate, { nullable: true })
  @IsOptional()
  completedOn?: string | null;

  @Field(() => TrainingOutcome, { nullable: true })
  @IsOptional()
  outcome?: TrainingOutcome | null;
}

/**
 * One person's result in a session's cohort. Its rules are checked row by row by the cohort's
 * service (not as the arguments arrive), so a refused cohort names the argument (`results`) and
 * lists each row's problems, whatever kind they are.
 */
@InputType({ description: "One person's result in a session's cohort" })
export class CohortResultInput {
  @Field(() => ID)
  @IsUUID(undefined, { message: 'personId must be the id of a person' })
  personId: string;

  @Field(() => TrainingOutcome)
  outcome: TrainingOutcome;

  @Field(() => Int, { nullable: true, description: "Defaults to the course's credit value when credits are awarded or the course passed, else 0" })
  @IsOptional()
  @Min(0, { message: 'creditsAwarded cannot be negative' })
  @Max(120, { message: 'creditsAwarded must be at most 120' })
  creditsAwarded?: number | null;

  @Field(() => Float, { nullable: true, description: 'Defaults to the length of the session for those who attended, else 0' })
  @IsOptional()
  @Min(0, { message: 'hours cannot be negative' })
  @Max(1000, { message: 'hours must be at most 1,000' })
  hours?: number | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(100)
  @PlainText()
  certificateRef?: string | null;
}

@ArgsType()
export class RecordCohortAttendanceArgs {
  @Field(() => ID)
  @IsUUID(undefined, { message: 'sessionId must be the id of a course session' })
  sessionId: string;

  @Field(() => [CohortResultInput])
  @ArrayMinSize(1, { message: 'results must hold at least one person' })
  @ArrayMaxSize(500, { message: 'results can hold at most 500 people' })
  results: CohortResultInput[];
}
