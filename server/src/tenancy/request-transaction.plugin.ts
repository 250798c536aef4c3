import type { ApolloServerPlugin } from '@apollo/server';
import { Kind, type GraphQLSchema, type OperationDefinitionNode } from 'graphql';
import type { RequestContext } from '../common/request-context';

/**
 * Field extension of operations that open their own short transactions: a sign-in spends most of
 * its time in argon2, and must not hold a pooled connection meanwhile, or a burst of sign-ins
 * (even failing ones) would starve every other request of connections. Found by `pnpm bench` (W6).
 */
export const OWN_TRANSACTION = 'ownTransaction';

function managesOwnTransaction(schema: GraphQLSchema, operation: OperationDefinitionNode | undefined): boolean {
  const root = operation?.operation === 'mutation' ? schema.getMutationType() : undefined;
  if (!root || !operation) return false;
  const fields = root.getFields();
  return operation.selectionSet.selections.every(
    (selection) => selection.kind === Kind.FIELD && fields[selection.name.value]?.extensions?.[OWN_TRANSACTION] === true,
  );
}

/**
 * Every GraphQL operation runs in one database transaction whose first statement applies the
 * caller's scope (the RLS settings). It opens when execution starts (so a request refused during
 * parsing or validation never holds a connection) and commits before the response is sent; a
 * failed mutation has already rolled back to its own savepoint. If the commit fails, the client
 * is told so rather than shown data that was never stored.
 */
export const requestTransactionPlugin: ApolloServerPlugin<RequestContext> = {
  async requestDidStart() {
    return {
      async executionDidStart({ contextValue, schema, operation }) {
        if (managesOwnTransaction(schema, operation)) return;
        await contextValue.beginRequestTransaction();
      },
      async willSendResponse({ contextValue, response }) {
        try {
          await contextValue.endRequestTransaction();
        } catch (error) {
          contextValue.logger.error({ err: error }, 'request transaction failed to commit');
          if (response.body.kind === 'single') {
            response.body.singleResult.data = null;
            response.body.singleResult.errors = [
              { message: 'The change could not be saved; please try again', extensions: { code: 'SERVICE_UNAVAILABLE' } },
            ];
          }
        }
      },
    };
  },
};
