import { graphql } from '../gql';
import type { ConsolePublishStandardSetMutationVariables } from '../gql/graphql';
import { request } from './request';

/**
 * Head office's one action on the National Standards beyond react-admin's resource methods:
 * publishing a draft (the kind's previous version is retired by the same mutation). The page
 * refreshes the set through the data provider afterwards, so the answer asks for little.
 */
const PublishStandardSetDocument = graphql(`
  mutation ConsolePublishStandardSet($id: ID!) {
    publishStandardSet(id: $id) {
      id
      status
      publishedAt
    }
  }
`);

export const standardsOperations = {
  publishStandardSet: async (params: ConsolePublishStandardSetMutationVariables) => ({ data: (await request(PublishStandardSetDocument, params)).publishStandardSet }),
};
