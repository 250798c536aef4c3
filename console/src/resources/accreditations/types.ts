import { graphql } from '../../gql';
import type { ConsoleAccreditationFragment } from '../../gql/graphql';

/**
 * An accreditation as the data provider returns it (every field but its history and centre, which
 * are read where they are shown: NESTED_READS), typed from the schema by this fragment. Never sent;
 * `pnpm codegen` reads it for the types.
 */
graphql(`
  fragment ConsoleAccreditation on Accreditation {
    id
    centreId
    organisationId
    kind
    state
    candidateSince
    candidateDueBy
    candidateOverdue
    awardedOn
    expiresOn
    renewalDueFrom
    daysToExpiry
    stateChangedOn
    allowedActions
    createdAt
    updatedAt
    version
  }
`);

export type Accreditation = ConsoleAccreditationFragment;
