import { Max, Min } from 'class-validator';
import { ArgsType, Field, Int, ObjectType } from 'type-graphql';
import { BadUserInput } from './errors';

export const MAX_PER_PAGE = 500;

/** The list arguments of the react-admin GraphQL convention (ra-data-graphql-simple). */
@ArgsType()
export class ListArgs {
  /** Zero-based page number. */
  @Field(() => Int, { nullable: true, defaultValue: 0 })
  @Min(0)
  page: number = 0;

  @Field(() => Int, { nullable: true, defaultValue: 25 })
  @Min(1)
  @Max(MAX_PER_PAGE)
  perPage: number = 25;

  @Field(() => String, { nullable: true })
  sortField?: string | null;

  @Field(() => String, { nullable: true, description: 'ASC or DESC' })
  sortOrder?: string | null;
}

@ObjectType({ description: 'Totals for a list query, as react-admin asks for them' })
export class ListMetadata {
  @Field(() => Int)
  count: number;
}

/**
 * Resolves the client's sort to a whitelisted column: anything else is an input error rather
 * than a silent default, so a console typo shows up at once.
 */
export function orderBy<Field extends string>(
  args: Pick<ListArgs, 'sortField' | 'sortOrder'>,
  sortable: Readonly<Record<Field, string>>,
  fallback: Field,
): { column: string; direction: 'asc' | 'desc' } {
  const field = (args.sortField ?? fallback) as Field;
  // Own keys only: 'constructor' or 'toString' must not reach SQL as a column.
  const column = Object.hasOwn(sortable, field) ? sortable[field] : undefined;
  if (!column) {
    throw new BadUserInput('sortField', `Cannot sort by "${args.sortField}"; use one of ${Object.keys(sortable).join(', ')}`);
  }
  const order = (args.sortOrder ?? 'ASC').toUpperCase();
  if (order !== 'ASC' && order !== 'DESC') {
    throw new BadUserInput('sortOrder', 'sortOrder must be ASC or DESC');
  }
  return { column, direction: order === 'ASC' ? 'asc' : 'desc' };
}

/** Escapes LIKE wildcards so a search for "50%" means the characters, not a pattern. */
export function containsPattern(text: string): string {
  return `%${text.trim().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}
