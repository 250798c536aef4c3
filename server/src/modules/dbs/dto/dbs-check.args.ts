import { ArrayMaxSize, IsOptional, IsUUID, Matches, MaxLength } from 'class-validator';
import { ArgsType, Field, ID, InputType, Int } from 'type-graphql';
import { DateTimeISO, LocalDate } from '../../../common/scalars';
import { NotBlank, PlainText } from '../../../common/validation';
import { DbsDecision, DbsJurisdiction, DbsLevel, DbsWorkforce, StatusCheckResult } from '../dbs.enums';

/** DBS certificate numbers are 12 digits; AccessNI's are shorter. Spaces are allowed and removed. */
export const CERTIFICATE_NUMBER = /^[0-9 ]{6,20}$/;
const SUBSCRIPTION_ID = /^[A-Za-z0-9 -]{4,30}$/;

@InputType()
export class DbsCheckFilter {
  @Field(() => [ID], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(1000)
  ids?: string[] | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  personId?: string | null;

  @Field(() => DbsLevel, { nullable: true })
  @IsOptional()
  level?: DbsLevel | null;

  @Field(() => DbsDecision, { nullable: true })
  @IsOptional()
  decision?: DbsDecision | null;
}

@ArgsType()
abstract class UpdateServiceFields {
  @Field(() => Boolean, { nullable: true })
  @IsOptional()
  onUpdateService?: boolean | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Matches(SUBSCRIPTION_ID, { message: 'updateServiceSubscriptionId must be an Update Service subscription id (letters and digits)' })
  updateServiceSubscriptionId?: string | null;
}

/** Recording a new check: the certificate has been seen, and the organisation has decided. */
@ArgsType()
export class CreateDbsCheckArgs extends UpdateServiceFields {
  @Field(() => ID)
  @IsUUID(undefined, { message: 'personId must be the id of a person' })
  personId: string;

  @Field(() => DbsJurisdiction, { nullable: true, defaultValue: DbsJurisdiction.DBS })
  jurisdiction: DbsJurisdiction = DbsJurisdiction.DBS;

  @Field(() => DbsLevel)
  level: DbsLevel;

  @Field(() => DbsWorkforce, { nullable: true, defaultValue: DbsWorkforce.CHILD })
  workforce: DbsWorkforce = DbsWorkforce.CHILD;

  @Field(() => String, { description: 'Kept six months after the decision, then purged; never shown unmasked except through revealDbsCertificateNumber' })
  @Matches(CERTIFICATE_NUMBER, { message: 'certificateNumber must be the digits of the certificate number' })
  certificateNumber: string;

  @Field(() => LocalDate)
  issueDate: string;

  @Field(() => DbsDecision)
  decision: DbsDecision;

  @Field(() => String, { nullable: true, description: 'Defaults to the name of whoever records the check' })
  @IsOptional()
  @NotBlank()
  @MaxLength(200)
  @PlainText()
  decidedBy?: string | null;

  @Field(() => DateTimeISO, { nullable: true, description: 'Defaults to now' })
  @IsOptional()
  decidedAt?: Date | null;
}

/** Corrections to a recorded check; a new certificate is a new check, not an edit. */
@ArgsType()
export class UpdateDbsCheckArgs extends UpdateServiceFields {
  @Field(() => ID)
  id: string;

  @Field(() => Int, { nullable: true, description: 'The version the edit is based on; a stale one is a conflict' })
  @IsOptional()
  version?: number | null;

  @Field(() => DbsJurisdiction, { nullable: true })
  @IsOptional()
  jurisdiction?: DbsJurisdiction | null;

  @Field(() => DbsLevel, { nullable: true })
  @IsOptional()
  level?: DbsLevel | null;

  @Field(() => DbsWorkforce, { nullable: true })
  @IsOptional()
  workforce?: DbsWorkforce | null;

  @Field(() => LocalDate, { nullable: true })
  @IsOptional()
  issueDate?: string | null;

  @Field(() => DbsDecision, { nullable: true })
  @IsOptional()
  decision?: DbsDecision | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @NotBlank()
  @MaxLength(200)
  @PlainText()
  decidedBy?: string | null;
}

@ArgsType()
export class RecordDbsStatusCheckArgs {
  @Field(() => ID, { description: 'The DBS check whose Update Service status was checked' })
  id: string;

  @Field(() => LocalDate)
  checkedOn: string;

  @Field(() => StatusCheckResult)
  result: StatusCheckResult;
}

@ArgsType()
export class RevealCertificateNumberArgs {
  @Field(() => ID)
  id: string;

  @Field(() => String, { description: 'Why it is needed: kept in the audit trail with who saw it' })
  @NotBlank()
  @MaxLength(500)
  @PlainText()
  reason: string;
}

export const DBS_CHECK_SORTABLE = {
  issueDate: 'issueDate',
  decidedAt: 'decidedAt',
  level: 'level',
  decision: 'decision',
  createdAt: 'createdAt',
  id: 'id',
} as const;
