import { Kind, type GraphQLResolveInfo } from 'graphql';

/**
 * Whether a field's selection asks for nothing but `id` (and `__typename`): react-admin asks for
 * `organisation { id }` on every row, which a reference answers without a query. Fragments and
 * anything else count as asking for more.
 */
export function asksOnlyForId(info: GraphQLResolveInfo): boolean {
  return info.fieldNodes.every(
    (node) =>
      node.selectionSet?.selections.every(
        (selection) => selection.kind === Kind.FIELD && (selection.name.value === 'id' || selection.name.value === '__typename'),
      ) ?? false,
  );
}

/** The names of the fields selected directly under this field (fragments are not looked into: they count as everything). */
export function selectedFields(info: GraphQLResolveInfo): Set<string> | 'all' {
  const names = new Set<string>();
  for (const node of info.fieldNodes) {
    for (const selection of node.selectionSet?.selections ?? []) {
      if (selection.kind !== Kind.FIELD) return 'all';
      names.add(selection.name.value);
    }
  }
  return names;
}
