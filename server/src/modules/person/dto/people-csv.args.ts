import { IsOptional, MaxLength } from 'class-validator';
import { ArgsType, Field, ID, Int, ObjectType } from 'type-graphql';
import { PlainText } from '../../../common/validation';

/**
 * The largest file importPeople reads. HTTP bodies are capped at 1 MB (app.ts), and the file
 * travels inside a JSON body, so the cap sits just under it: a larger file gets this clear
 * answer rather than the HTTP layer's 413. 5,000 people of typical rows are about 0.5 MB.
 */
export const IMPORT_MAX_CHARACTERS = 1_000_000;
export const IMPORT_MAX_ROWS = 5_000;

@ArgsType()
export class ImportPeopleArgs {
  @Field(() => ID, { description: 'The organisation the people work for' })
  organisationId: string;

  @Field(() => String, {
    description:
      'The file: a header row, then one row per person. Columns (any order, any case): given name, family name, type, start date (required); email, phone, centres (names, separated by ;), notes',
  })
  @MaxLength(IMPORT_MAX_CHARACTERS, { message: 'csv must be at most 1,000,000 characters (about 1 MB): split the file and import it in parts' })
  @PlainText({ message: 'csv must not contain control characters: save the file as plain CSV (UTF-8)' })
  csv: string;

  @Field(() => Boolean, { nullable: true, description: 'Check every row and report, writing nothing' })
  @IsOptional()
  dryRun?: boolean | null;
}

@ObjectType({ description: 'A problem with one row (or cell) of an imported file' })
export class ImportRowError {
  @Field(() => Int, { description: 'Line of the file, the header being line 1' })
  row: number;

  @Field(() => String, { nullable: true, description: 'The column, as named in the import format (e.g. "start date"); null for the whole row' })
  field: string | null;

  @Field(() => String)
  message: string;
}

@ObjectType({ description: 'What an import did: all rows or none' })
export class PeopleImportResult {
  @Field(() => Int, { description: 'People created: 0 after a dry run or when any row has an error' })
  imported: number;

  @Field(() => Int, { description: 'Rows of people read from the file' })
  rows: number;

  @Field(() => [ImportRowError], { description: 'Every problem found, by row; empty when the file can be (or was) imported' })
  errors: ImportRowError[];
}
