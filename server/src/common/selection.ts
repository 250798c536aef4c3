import { Kind, type GraphQLResolveInfo, type SelectionNode } from 'graphql';

/**
 * Whether a field's selection asks for nothing but `id` (and `__typename`): react-admin asks for
 * `organisation { id }` on every row, which a reference answers without a query. Fragments and
 * anything else count as asking for more.
 */
export function asksOnlyForId(info: Pick<GraphQLResolveInfo, 'fieldNodes'>): boolean {
  return onlyId(selectionsOf(info));
}

/** The selections directly under the field being resolved (all its nodes: a field may be asked for twice). */
export function selectionsOf(info: Pick<GraphQLResolveInfo, 'fieldNodes'>): SelectionNode[] {
  return info.fieldNodes.flatMap((node) => node.selectionSet?.selections ?? []);
}

/**
 * Selections grouped by field name, each with the selections under it, merged across aliases and
 * repeats (`a: organisation { id } b: organisation { name }` asks for both); 'all' when a fragment
 * is involved (fragments are not looked into).
 */
export function byField(selections: readonly SelectionNode[]): Map<string, SelectionNode[]> | 'all' {
  const fields = new Map<string, SelectionNode[]>();
  for (const selection of selections) {
    if (selection.kind !== Kind.FIELD) return 'all';
    const under = fields.get(selection.name.value) ?? [];
    under.push(...(selection.selectionSet?.selections ?? []));
    fields.set(selection.name.value, under);
  }
  return fields;
}

/** Whether these selections ask for nothing but `id` and `__typename` (a fragment counts as more). */
export function onlyId(selections: readonly SelectionNode[]): boolean {
  return selections.every((selection) => selection.kind === Kind.FIELD && (selection.name.value === 'id' || selection.name.value === '__typename'));
}
