import { ArrayMaxSize, IsOptional, IsUUID, Max, MaxLength, Min } from 'class-validator';
import { ArgsType, Field, ID, InputType, Int } from 'type-graphql';
import { NotBlank, PlainText } from '../../../common/validation';
import { LocalDate } from '../../../common/scalars';
import { AccreditationAction, AccreditationKind, AccreditationState } from '../accreditation.enums';

/** `id`: react-admin's getMany asks by id. */
export const ACCREDITATION_SORTABLE = { state: 'state', kind: 'kind', candidateSince: 'candidateSince', expiresOn: 'expiresOn', stateChangedOn: 'stateChangedOn', id: 'id' } as const;

@InputType()
export class AccreditationFilter {
  @Field(() => [ID], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(1000)
  ids?: string[] | null;

  @Field(() => [AccreditationState], { nullable: true, description: 'In any of these states' })
  @IsOptional()
  states?: AccreditationState[] | null;

  @Field(() => AccreditationKind, { nullable: true })
  @IsOptional()
  kind?: AccreditationKind | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  organisationId?: string | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  centreId?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'Candidates past their 6 months without an award' })
  @IsOptional()
  candidateOverdue?: boolean | null;

  @Field(() => Int, { nullable: true, description: 'Accredited (or renewal due) and expiring within this many months' })
  @IsOptional()
  @Min(0)
  @Max(36)
  expiringWithinMonths?: number | null;

  @Field(() => String, { nullable: true, description: "Words in the centre's name" })
  @IsOptional()
  @MaxLength(100)
  q?: string | null;
}

@ArgsType()
export class StartAccreditationArgs {
  @Field(() => ID)
  @IsUUID('all', { message: 'centreId must be the id of a centre' })
  centreId: string;

  @Field(() => AccreditationKind)
  kind: AccreditationKind;

  @Field(() => LocalDate, { nullable: true, description: 'When the application and working agreement were received; today when left out' })
  @IsOptional()
  candidateSince?: string | null;

  @Field(() => String, { description: 'What was received (application, signed working agreement)' })
  @NotBlank({ message: 'reason must say what was received (the application, the signed working agreement)' })
  @MaxLength(2000)
  @PlainText()
  reason: string;
}

@ArgsType()
export class TransitionAccreditationArgs {
  @Field(() => ID)
  id: string;

  @Field(() => AccreditationAction)
  action: AccreditationAction;

  @Field(() => String, { description: 'Why: recorded in the history with who and when' })
  @NotBlank({ message: 'reason must say why' })
  @MaxLength(2000)
  @PlainText()
  reason: string;

  @Field(() => Int, { nullable: true, description: 'The version the decision was based on; a newer one is a conflict' })
  @IsOptional()
  version?: number | null;
}
