import { ArrayMaxSize, ArrayUnique, IsEmail, IsOptional, IsUUID, Matches, MaxLength } from 'class-validator';
import { ArgsType, Field, ID, InputType, Int } from 'type-graphql';
import { LocalDate } from '../../../common/scalars';
import { NotBlank, PlainText } from '../../../common/validation';
import { ClearanceStatus } from '../../clearance/clearance.enums';
import { PersonStatus, PersonType } from '../person.enums';

const NAME = 100;
const NOTES = 4000;
const PHONE = /^\+?[0-9 ()-]{6,20}$/;

/** `filter` of allPeople / _allPeopleMeta. */
@InputType()
export class PersonFilter {
  @Field(() => String, { nullable: true, description: 'Text search over names and email' })
  @IsOptional()
  @MaxLength(200)
  q?: string | null;

  @Field(() => [ID], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(1000)
  ids?: string[] | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  organisationId?: string | null;

  @Field(() => ID, { nullable: true, description: 'People currently working at this centre' })
  @IsOptional()
  centreId?: string | null;

  @Field(() => PersonType, { nullable: true })
  @IsOptional()
  personType?: PersonType | null;

  @Field(() => PersonStatus, { nullable: true })
  @IsOptional()
  status?: PersonStatus | null;

  @Field(() => ClearanceStatus, { nullable: true })
  @IsOptional()
  clearanceStatus?: ClearanceStatus | null;

  @Field(() => Boolean, { nullable: true, description: 'true: cleared or expiring (can be rostered); false: every other clearance status' })
  @IsOptional()
  rosterable?: boolean | null;
}

@ArgsType()
abstract class PersonFields {
  @Field(() => String, { nullable: true, description: 'Unique within the organisation' })
  @IsOptional()
  @MaxLength(254)
  @IsEmail({}, { message: 'email must be an email address' })
  email?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Matches(PHONE, { message: 'phone must be a phone number (digits, spaces, brackets, + and -)' })
  phone?: string | null;

  @Field(() => [ID], { nullable: true, description: "Centres they work at now: their organisation's only" })
  @IsOptional()
  @ArrayMaxSize(50)
  @ArrayUnique()
  @IsUUID(undefined, { each: true, message: 'centreIds must be ids of centres' })
  centreIds?: string[] | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(NOTES)
  @PlainText()
  notes?: string | null;
}

@ArgsType()
export class CreatePersonArgs extends PersonFields {
  @Field(() => ID)
  @IsUUID(undefined, { message: 'organisationId must be the id of a member organisation' })
  organisationId: string;

  @Field(() => String)
  @NotBlank()
  @MaxLength(NAME)
  @PlainText()
  givenName: string;

  @Field(() => String)
  @NotBlank()
  @MaxLength(NAME)
  @PlainText()
  familyName: string;

  @Field(() => PersonType)
  personType: PersonType;

  @Field(() => LocalDate)
  startDate: string;
}

@ArgsType()
export class UpdatePersonArgs extends PersonFields {
  @Field(() => ID)
  id: string;

  @Field(() => Int, { nullable: true, description: 'The version the edit is based on; a stale one is a conflict' })
  @IsOptional()
  version?: number | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @NotBlank()
  @MaxLength(NAME)
  @PlainText()
  givenName?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @NotBlank()
  @MaxLength(NAME)
  @PlainText()
  familyName?: string | null;

  @Field(() => PersonType, { nullable: true })
  @IsOptional()
  personType?: PersonType | null;

  @Field(() => LocalDate, { nullable: true })
  @IsOptional()
  startDate?: string | null;

  @Field(() => PersonStatus, { nullable: true, description: 'LEFT needs a leave date (today if none is given); ACTIVE clears it' })
  @IsOptional()
  status?: PersonStatus | null;

  @Field(() => LocalDate, { nullable: true, description: 'Giving one records that the person left' })
  @IsOptional()
  leaveDate?: string | null;
}

