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
