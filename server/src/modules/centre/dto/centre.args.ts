import { ArrayMaxSize, ArrayMinSize, ArrayUnique, IsOptional, IsUUID, MaxLength } from 'class-validator';
import { ArgsType, Field, ID, InputType, Int } from 'type-graphql';
import { NotBlank, PlainText } from '../../../common/validation';
import { Region } from '../../geo';
import { CentreKind, ReferralRoute, ServiceType } from '../centre.enums';

const SHORT = 200;
const LONG = 2000;

/** `filter` of allCentres / _allCentresMeta (react-admin's list filters). */
@InputType()
export class CentreFilter {
  @Field(() => String, { nullable: true, description: 'Text search over name, town and postcode' })
  @IsOptional()
  @MaxLength(SHORT)
  q?: string | null;

  @Field(() => [ID], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(1000)
  ids?: string[] | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  organisationId?: string | null;

  @Field(() => Region, { nullable: true })
  @IsOptional()
  region?: Region | null;

  @Field(() => ServiceType, { nullable: true, description: 'Centres offering this service type' })
  @IsOptional()
  serviceType?: ServiceType | null;

  @Field(() => CentreKind, { nullable: true })
  @IsOptional()
  kind?: CentreKind | null;

  @Field(() => Boolean, { nullable: true })
  @IsOptional()
  publiclyListed?: boolean | null;
}

/** The editable fields, shared by create (required where marked) and update (all optional). */
@ArgsType()
abstract class CentreFields {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(SHORT)
  @PlainText()
  addressLine1?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(SHORT)
  @PlainText()
  addressLine2?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(SHORT)
  @PlainText()
  town?: string | null;

  @Field(() => Region, { nullable: true, description: 'Defaults to the region of the postcode' })
  @IsOptional()
  region?: Region | null;

  @Field(() => [ReferralRoute], { nullable: true })
  @IsOptional()
  @ArrayUnique()
  referralRoutes?: ReferralRoute[] | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(SHORT)
  @PlainText()
  openingPattern?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(LONG)
  @PlainText()
  accessibilityNotes?: string | null;

  @Field(() => [String], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(30)
  @MaxLength(60, { each: true })
  @NotBlank({ each: true })
  @PlainText({ each: true })
  languages?: string[] | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(LONG)
  @PlainText()
  feesNote?: string | null;

  @Field(() => Boolean, { nullable: true })
  @IsOptional()
  publiclyListed?: boolean | null;
}

@ArgsType()
export class CreateCentreArgs extends CentreFields {
  @Field(() => ID)
  @IsUUID(undefined, { message: 'organisationId must be the id of a member organisation' })
  organisationId: string;

  @Field(() => String)
  @NotBlank()
  @MaxLength(SHORT)
  @PlainText()
  name: string;

  @Field(() => CentreKind, { nullable: true, defaultValue: CentreKind.CENTRE })
  kind: CentreKind = CentreKind.CENTRE;

  @Field(() => String, { description: 'A full UK postcode; it places the centre on the map and sets its region' })
  @NotBlank()
  @MaxLength(10)
  postcode: string;

  @Field(() => [ServiceType])
  @ArrayMinSize(1, { message: 'serviceTypes must name at least one service type' })
  @ArrayUnique()
  serviceTypes: ServiceType[];
}

@ArgsType()
export class UpdateCentreArgs extends CentreFields {
  @Field(() => ID)
  id: string;

  @Field(() => Int, { nullable: true, description: 'The version the edit is based on; a stale one is a conflict' })
  @IsOptional()
  version?: number | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @NotBlank()
  @MaxLength(SHORT)
  @PlainText()
  name?: string | null;

  @Field(() => CentreKind, { nullable: true })
  @IsOptional()
  kind?: CentreKind | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @NotBlank()
  @MaxLength(10)
  postcode?: string | null;

  @Field(() => [ServiceType], { nullable: true })
  @IsOptional()
  @ArrayMinSize(1, { message: 'serviceTypes must name at least one service type' })
  @ArrayUnique()
  serviceTypes?: ServiceType[] | null;
}

export const CENTRE_SORTABLE = {
  name: 'name',
  town: 'town',
  postcode: 'postcode',
  region: 'region',
  kind: 'kind',
  createdAt: 'createdAt',
  updatedAt: 'updatedAt',
  id: 'id',
} as const;

