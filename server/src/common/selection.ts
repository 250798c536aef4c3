import { Kind, type FieldNode, type FragmentDefinitionNode, type GraphQLResolveInfo, type SelectionSetNode } from 'graphql';
import { parseResolveInfo, type FieldsByTypeName, type ResolveTree } from 'graphql-parse-resolve-info';

/**
 * What a field's selection asks for, field by field: the name of each field selected under it,
 * with what is selected under that in turn. Read by graphql-parse-resolve-info (PostGraphile's
 * parser of resolve info): fragments and inline fragments are followed, `@skip` and `@include`
 * applied, aliases merged (`a: organisation { id } b: organisation { name }` asks for both), and
 * `__typename` left out. It reads what graphql-jit passes as well as graphql-js does (the same
 * fields, fragments and variable values).
 */
export type Selection = ReadonlyMap<string, Selection>;

const NOTHING: Selection = new Map();

/**
 * Selections already read, by the field's nodes. graphql-jit compiles a document once and hands
 * every execution of it the same nodes, so the hot documents are read once, not per request
 * (reading the people page's selection takes some 70 µs; looking it up, well under one). A
 * selection that depends on the request's variables (`@include(if: $flag)`) is read every time.
 */
const read = new WeakMap<readonly FieldNode[], Selection>();

/** The selection under the field being resolved (all its nodes: a field may be asked for twice). */
export function selectionOf(info: GraphQLResolveInfo): Selection {
  const known = read.get(info.fieldNodes);
  if (known) return known;
  const tree = parseResolveInfo(info) as ResolveTree | null | undefined;
  const selection = tree ? byName(tree.fieldsByTypeName) : NOTHING;
  if (!info.fieldNodes.some((node) => dependsOnVariables(node.selectionSet, info.fragments))) read.set(info.fieldNodes, selection);
  return selection;
}

/**
 * Whether a field's selection asks for nothing but `id` (and `__typename`): react-admin asks for
 * `organisation { id }` on every row, which a reference answers without a query.
 */
export function asksOnlyForId(info: GraphQLResolveInfo): boolean {
  return onlyId(selectionOf(info));
}

/** Whether a selection asks for nothing but `id` (`__typename` is never in one). */
export function onlyId(selection: Selection): boolean {
  for (const field of selection.keys()) if (field !== 'id') return false;
  return true;
}

/** The parser's tree (by type, then by alias) as fields by name, merged across types and aliases. */
function byName(byType: FieldsByTypeName, into = new Map<string, Selection>()): Map<string, Selection> {
  for (const typeName in byType) {
    const fields = byType[typeName]!;
    for (const alias in fields) {
      const field = fields[alias]!;
      into.set(field.name, byName(field.fieldsByTypeName, (into.get(field.name) as Map<string, Selection> | undefined) ?? new Map()));
    }
  }
  return into;
}

/** Whether a directive under this selection set (fragments included) takes a variable: what is selected then varies by request. */
function dependsOnVariables(set: SelectionSetNode | undefined, fragments: Record<string, FragmentDefinitionNode>, seen = new Set<string>()): boolean {
  for (const selection of set?.selections ?? []) {
    if (selection.directives?.some((directive) => directive.arguments?.some((argument) => argument.value.kind === Kind.VARIABLE))) return true;
    if (selection.kind === Kind.FRAGMENT_SPREAD) {
      if (seen.has(selection.name.value)) continue;
      seen.add(selection.name.value);
      if (dependsOnVariables(fragments[selection.name.value]?.selectionSet, fragments, seen)) return true;
    } else if (dependsOnVariables(selection.selectionSet, fragments, seen)) {
      return true;
    }
  }
  return false;
}
