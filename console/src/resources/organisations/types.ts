import { graphql } from '../../gql';
import type { ConsoleOrganisationFragment } from '../../gql/graphql';

/**
 * An organisation as the data provider returns it (it selects every field), typed from the schema
 * by this fragment, so its enums (type, region, membership) are the generated ones. The fragment is
 * never sent; `pnpm codegen` reads it for the types.
 */
graphql(`
  fragment ConsoleOrganisation on Organisation {
    id
    name
    type
    charityNumber
    contactEmail
    region
    membershipStatus
    updatedAt
    version
  }
`);

export type Organisation = ConsoleOrganisationFragment;
