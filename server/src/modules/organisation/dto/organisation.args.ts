import { ArrayMaxSize, IsEmail, IsOptional, Matches, MaxLength } from 'class-validator';
import { ArgsType, Field, ID, InputType, Int } from 'type-graphql';
import { NotBlank, PlainText } from '../../../common/validation';
import { Region } from '../../geo';
import { MembershipStatus, OrganisationType } from '../organisation.enums';

/** Charity Commission (6–8 digits), OSCR (SC + 6 digits) and Charity Commission NI (NIC/NI + digits) formats. */
const CHARITY_NUMBER = /^(\d{6,8}(-\d{1,2})?|SC\d{6}|NIC?\d{5,6}|[A-Z]{0,3}\d{3,8})$/;
const CHARITY_NUMBER_MESSAGE = 'charityNumber must look like a registered charity number, e.g. 1078329 or NIC100123';

@InputType()
export class OrganisationFilter {
  @Field(() => String, { nullable: true, description: 'Text search over name, charity number and contact email' })
  @IsOptional()
  @MaxLength(200)
  q?: string | null;

  @Field(() => [ID], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(1000)
  ids?: string[] | null;

  @Field(() => Region, { nullable: true })
  @IsOptional()
  region?: Region | null;

  @Field(() => OrganisationType, { nullable: true })
  @IsOptional()
  type?: OrganisationType | null;

  @Field(() => MembershipStatus, { nullable: true })
  @IsOptional()
  membershipStatus?: MembershipStatus | null;
}

@ArgsType()
export class CreateOrganisationArgs {
  @Field(() => String)
  @NotBlank()
  @MaxLength(200)
  @PlainText()
  name: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Matches(CHARITY_NUMBER, { message: CHARITY_NUMBER_MESSAGE })
  charityNumber?: string | null;

  @Field(() => OrganisationType)
  type: OrganisationType;

  @Field(() => String)
  @IsEmail({}, { message: 'contactEmail must be an email address' })
  @MaxLength(254)
  contactEmail: string;

  @Field(() => MembershipStatus, { nullable: true, defaultValue: MembershipStatus.MEMBER })
  membershipStatus: MembershipStatus = MembershipStatus.MEMBER;

  @Field(() => Region)
  region: Region;
}

@ArgsType()
export class UpdateOrganisationArgs {
  @Field(() => ID)
  id: string;

  @Field(() => Int, { nullable: true, description: 'The version the edit is based on; a stale one is a conflict' })
  @IsOptional()
  version?: number | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @NotBlank()
  @MaxLength(200)
  @PlainText()
  name?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Matches(CHARITY_NUMBER, { message: CHARITY_NUMBER_MESSAGE })
  charityNumber?: string | null;

  @Field(() => OrganisationType, { nullable: true })
  @IsOptional()
  type?: OrganisationType | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsEmail({}, { message: 'contactEmail must be an email address' })
  @MaxLength(254)
  contactEmail?: string | null;

  @Field(() => MembershipStatus, { nullable: true })
  @IsOptional()
  membershipStatus?: MembershipStatus | null;

  @Field(() => Region, { nullable: true })
  @IsOptional()
  region?: Region | null;
}

export const ORGANISATION_SORTABLE = {
  name: 'name',
  region: 'region',
  type: 'type',
  membershipStatus: 'membershipStatus',
  createdAt: 'createdAt',
  updatedAt: 'updatedAt',
  id: 'id',
} as const;
