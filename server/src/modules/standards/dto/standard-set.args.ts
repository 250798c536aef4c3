import { ArrayMaxSize, IsOptional, IsUUID, MaxLength } from 'class-validator';
import { ArgsType, Field, ID, InputType, Int } from 'type-graphql';
import { LocalDate } from '../../../common/scalars';
import { NotBlank, PlainText } from '../../../common/validation';
import { StandardSetKind, StandardSetStatus } from '../standards.enums';

/** `id`: react-admin's getMany (a reference to sets) asks by id. */
export const STANDARD_SET_SORTABLE = { kind: 'kind', versionLabel: 'versionLabel', effectiveOn: 'effectiveOn', status: 'status', publishedAt: 'publishedAt', id: 'id' } as const;

/** Limits of a set's content (the service checks each, naming `areas`). */
export const MAX_AREAS = 20;
export const MAX_STANDARDS_PER_AREA = 30;
export const MAX_AREA_TITLE = 200;
export const MAX_STANDARD_TITLE = 300;
export const MAX_GUIDANCE = 4000;

@InputType()
export class StandardSetFilter {
  @Field(() => [ID], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(1000)
  ids?: string[] | null;

  @Field(() => String, { nullable: true, description: 'Words in the version label' })
  @IsOptional()
  @MaxLength(100)
  q?: string | null;

  @Field(() => StandardSetKind, { nullable: true })
  @IsOptional()
  kind?: StandardSetKind | null;

  @Field(() => StandardSetStatus, { nullable: true })
  @IsOptional()
  status?: StandardSetStatus | null;
}

/**
 * One standard of a draft's content; its code follows from its place ("area.position"). Its rules
 * are checked by the service (not as the arguments arrive), so a refusal names the argument
 * (`areas`) and says which area and standard it concerns.
 */
@InputType({ description: 'A standard of a draft, numbered by its place in its area' })
export class StandardInput {
  @Field(() => String)
  title: string;

  @Field(() => String, { nullable: true, description: 'What meeting the standard looks like (one or two sentences)' })
  guidance?: string | null;
}

@InputType({ description: 'An area of a draft, numbered by its place in the set, with its standards in order' })
export class StandardAreaInput {
  @Field(() => String)
  title: string;

  @Field(() => [StandardInput])
  standards: StandardInput[];
}

@ArgsType()
export class CreateStandardSetArgs {
  @Field(() => StandardSetKind)
  kind: StandardSetKind;

  @Field(() => String, { description: 'e.g. 2027; unique within the kind' })
  @NotBlank()
  @MaxLength(50)
  @PlainText()
  versionLabel: string;

  @Field(() => LocalDate)
  effectiveOn: string;

  @Field(() => ID, { nullable: true, description: "A version of the same kind whose areas and standards the draft starts from (usually the current one)" })
  @IsOptional()
  @IsUUID(undefined, { message: 'copyFromId must be the id of a standard set' })
  copyFromId?: string | null;
}

@ArgsType()
export class UpdateStandardSetArgs {
  @Field(() => ID)
  @IsUUID(undefined, { message: 'id must be the id of a standard set' })
  id: string;

  @Field(() => Int, { nullable: true, description: 'The version the edit is based on; a stale one is a conflict' })
  @IsOptional()
  version?: number | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @NotBlank()
  @MaxLength(50)
  @PlainText()
  versionLabel?: string | null;

  @Field(() => LocalDate, { nullable: true })
  @IsOptional()
  effectiveOn?: string | null;

  @Field(() => [StandardAreaInput], { nullable: true, description: "Replaces the draft's whole content, in order; codes are numbered from the order (area.standard)" })
  @IsOptional()
  areas?: StandardAreaInput[] | null;
}
