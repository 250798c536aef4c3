import { graphql } from '../../gql';
import type { ConsoleStandardSetFragment } from '../../gql/graphql';

/**
 * A version of a set of National Standards as the data provider returns it (every field, with
 * its areas and their standards), typed from the schema by this fragment, which is never sent:
 * `pnpm codegen` reads it for the type.
 */
graphql(`
  fragment ConsoleStandardSet on StandardSet {
    id
    kind
    versionLabel
    effectiveOn
    status
    publishedAt
    standardCount
    areas {
      id
      position
      number
      title
      standards {
        id
        position
        code
        title
        guidance
      }
    }
    createdAt
    updatedAt
    version
  }
`);

export type StandardSet = ConsoleStandardSetFragment;
export type StandardArea = StandardSet['areas'][number];
