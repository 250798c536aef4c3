import { ArrayMaxSize, ArrayMinSize, IsOptional, IsUUID, Matches, Max, MaxLength, Min } from 'class-validator';
import { ArgsType, Field, ID, InputType, Int } from 'type-graphql';
import { DateTimeISO } from '../../../common/scalars';
import { NotBlank, PlainText } from '../../../common/validation';
import { Region } from '../../geo';
import { SessionStatus } from '../training.enums';

/** An https address (a meeting link); nothing else is stored as one. */
const ONLINE_LINK = /^https:\/\/[^\s<>"']{3,500}$/;

/** `id`: react-admin's getMany (a reference column naming sessions) asks by id. */
export const SESSION_SORTABLE = { startsAt: 'startsAt', endsAt: 'endsAt', status: 'status', capacity: 'capacity', region: 'region', trainer: 'trainer', id: 'id' } as const;

@InputType()
export class CourseSessionFilter {
  @Field(() => [ID], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(1000)
  ids?: string[] | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  courseId?: string | null;

  @Field(() => Region, { nullable: true })
  @IsOptional()
  region?: Region | null;

  @Field(() => SessionStatus, { nullable: true })
  @IsOptional()
  status?: SessionStatus | null;

  @Field(() => Boolean, { nullable: true, description: 'Only sessions starting from now (true), or that have started (false)' })
  @IsOptional()
  upcoming?: boolean | null;
}

@ArgsType()
abstract class SessionFields {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(200)
  @PlainText()
  venue?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Matches(ONLINE_LINK, { message: 'onlineLink must be an https:// address' })
  onlineLink?: string | null;

  @Field(() => Region, { nullable: true })
  @IsOptional()
  region?: Region | null;
}

@ArgsType()
export class CreateCourseSessionArgs extends SessionFields {
  @Field(() => ID)
  @IsUUID(undefined, { message: 'courseId must be the id of a course' })
  courseId: string;

  @Field(() => DateTimeISO)
  startsAt: Date;

  @Field(() => DateTimeISO)
  endsAt: Date;

  @Field(() => String)
  @NotBlank()
  @MaxLength(200)
  @PlainText()
  trainer: string;

  @Field(() => Int)
  @Min(1, { message: 'capacity must be at least 1 place' })
  @Max(500, { message: 'capacity must be at most 500 places' })
  capacity: number;
}

@ArgsType()
export class UpdateCourseSessionArgs extends SessionFields {
  @Field(() => ID)
  @IsUUID(undefined, { message: 'id must be the id of a course session' })
  id: string;

  @Field(() => Int, { nullable: true, description: 'The version the edit is based on; a stale one is a conflict' })
  @IsOptional()
  version?: number | null;

  @Field(() => DateTimeISO, { nullable: true })
  @IsOptional()
  startsAt?: Date | null;

  @Field(() => DateTimeISO, { nullable: true })
  @IsOptional()
  endsAt?: Date | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @NotBlank()
  @MaxLength(200)
  @PlainText()
  trainer?: string | null;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @Min(1, { message: 'capacity must be at least 1 place' })
  @Max(500, { message: 'capacity must be at most 500 places' })
  capacity?: number | null;

  @Field(() => SessionStatus, { nullable: true, description: 'CANCELLED to cancel it (not once attendance is recorded); COMPLETED is set by recording attendance' })
  @IsOptional()
  status?: SessionStatus | null;
}

@ArgsType()
export class EnrolArgs {
  @Field(() => ID)
  @IsUUID(undefined, { message: 'sessionId must be the id of a course session' })
  sessionId: string;

  @Field(() => [ID])
  @ArrayMinSize(1, { message: 'personIds must name at least one person' })
  @ArrayMaxSize(500, { message: 'personIds can name at most 500 people' })
  @IsUUID(undefined, { each: true, message: 'personIds must be ids of people' })
  personIds: string[];
}

@ArgsType()
export class EnrolmentIdArgs {
  @Field(() => ID)
  @IsUUID(undefined, { message: 'id must be the id of an enrolment' })
  id: string;
}
