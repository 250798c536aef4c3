import type { ApolloServerPlugin } from '@apollo/server';
import type { RequestContext } from '../common/request-context';

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
      async executionDidStart({ contextValue }) {
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
