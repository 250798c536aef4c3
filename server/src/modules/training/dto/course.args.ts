import { ArrayMaxSize, IsOptional, IsUUID, Matches, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { ArgsType, Field, Float, ID, InputType, Int } from 'type-graphql';
import { NotBlank, PlainText } from '../../../common/validation';
import { ServiceType } from '../../centre/centre.enums';
import { PersonType } from '../../person/person.enums';
import { CourseDelivery, OcnLevel } from '../training.enums';

/** Catalogue codes: capitals, digits and hyphens, e.g. SAF-R or CVT-1. */
const COURSE_CODE = /^[A-Z0-9][A-Z0-9-]{1,19}$/;

/** `id`: react-admin's getMany (a reference column naming courses) asks by id. */
export const COURSE_SORTABLE = { code: 'code', title: 'title', ocnLevel: 'ocnLevel', creditValue: 'creditValue', validityMonths: 'validityMonths', active: 'active', id: 'id' } as const;

@InputType()
export class CourseFilter {
  @Field(() => [ID], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(1000)
  ids?: string[] | null;

  @Field(() => String, { nullable: true, description: 'Words in the code or title' })
  @IsOptional()
  @MaxLength(100)
  q?: string | null;

  @Field(() => Boolean, { nullable: true })
  @IsOptional()
  active?: boolean | null;

  @Field(() => OcnLevel, { nullable: true })
  @IsOptional()
  ocnLevel?: OcnLevel | null;

  @Field(() => Boolean, { nullable: true, description: 'Only courses some requirement makes mandatory (true), or none does (false)' })
  @IsOptional()
  mandatory?: boolean | null;
}

@InputType({ description: 'Who must hold the course: a type of person (all when null) at centres offering a service (anywhere when null)' })
export class CourseRequirementInput {
  @Field(() => PersonType, { nullable: true })
  @IsOptional()
  personType?: PersonType | null;

  @Field(() => ServiceType, { nullable: true })
  @IsOptional()
  serviceType?: ServiceType | null;
}

@ArgsType()
abstract class CourseFields {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(4000)
  @PlainText()
  description?: string | null;

  @Field(() => Int, { nullable: true, description: 'Months a completion stays current; leave empty when it does not expire' })
  @IsOptional()
  @Min(1, { message: 'validityMonths must be at least 1 month (leave it empty when the course does not expire)' })
  @Max(240, { message: 'validityMonths must be at most 240 months (20 years)' })
  validityMonths?: number | null;

  @Field(() => Boolean, { nullable: true })
  @IsOptional()
  active?: boolean | null;

  @Field(() => [CourseRequirementInput], { nullable: true, description: 'Replaces who must hold the course (an empty list: nobody, the course is optional)' })
  @IsOptional()
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  requirements?: CourseRequirementInput[] | null;
}

@ArgsType()
export class CreateCourseArgs extends CourseFields {
  @Field(() => String)
  @Matches(COURSE_CODE, { message: 'code must be 2 to 20 capital letters, digits or hyphens, e.g. SAF-R' })
  code: string;

  @Field(() => String)
  @NotBlank()
  @MaxLength(200)
  @PlainText()
  title: string;

  @Field(() => OcnLevel)
  ocnLevel: OcnLevel;

  @Field(() => Int)
  @Min(0, { message: 'creditValue cannot be negative' })
  @Max(120, { message: 'creditValue must be at most 120 credits' })
  creditValue: number;

  @Field(() => Float)
  @Min(0, { message: 'guidedLearningHours cannot be negative' })
  @Max(1000, { message: 'guidedLearningHours must be at most 1,000 hours' })
  guidedLearningHours: number;

  @Field(() => CourseDelivery)
  delivery: CourseDelivery;
}

@ArgsType()
export class UpdateCourseArgs extends CourseFields {
  @Field(() => ID)
  @IsUUID(undefined, { message: 'id must be the id of a course' })
  id: string;

  @Field(() => Int, { nullable: true, description: 'The version the edit is based on; a stale one is a conflict' })
  @IsOptional()
  version?: number | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Matches(COURSE_CODE, { message: 'code must be 2 to 20 capital letters, digits or hyphens, e.g. SAF-R' })
  code?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @NotBlank()
  @MaxLength(200)
  @PlainText()
  title?: string | null;

  @Field(() => OcnLevel, { nullable: true })
  @IsOptional()
  ocnLevel?: OcnLevel | null;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @Min(0, { message: 'creditValue cannot be negative' })
  @Max(120, { message: 'creditValue must be at most 120 credits' })
  creditValue?: number | null;

  @Field(() => Float, { nullable: true })
  @IsOptional()
  @Min(0, { message: 'guidedLearningHours cannot be negative' })
  @Max(1000, { message: 'guidedLearningHours must be at most 1,000 hours' })
  guidedLearningHours?: number | null;

  @Field(() => CourseDelivery, { nullable: true })
  @IsOptional()
  delivery?: CourseDelivery | null;
}
