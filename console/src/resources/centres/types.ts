import { graphql } from '../../gql';
import type { ConsoleCentreFragment } from '../../gql/graphql';

/**
 * A centre as the data provider returns it (it selects every field), typed from the schema by this
 * fragment, so its enums (kind, region, services, referral routes) are the generated ones. The
 * fragment is never sent; `pnpm codegen` reads it for the types.
 */
graphql(`
  fragment ConsoleCentre on Centre {
    id
    organisationId
    name
    kind
    serviceTypes
    referralRoutes
    addressLine1
    addressLine2
    town
    postcode
    region
    latitude
    longitude
    openingPattern
    accessibilityNotes
    languages
    feesNote
    publiclyListed
    updatedAt
    version
  }
`);

export type Centre = ConsoleCentreFragment;
