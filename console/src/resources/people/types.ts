import { graphql } from '../../gql';
import type { ConsoleDbsCheckFragment, ConsolePersonFragment } from '../../gql/graphql';

/**
 * A person and a DBS check as the data provider returns them (it selects every field): typed from
 * the schema by these fragments, so their enums (clearance status, DBS level, …) are the generated
 * ones. The fragments are never sent; `pnpm codegen` reads them for the types.
 */

graphql(`
  fragment ConsolePerson on Person {
    id
    organisationId
    givenName
    familyName
    fullName
    personType
    status
    startDate
    leaveDate
    email
    phone
    notes
    centreIds
    centreHistory {
      centreId
      startedOn
      endedOn
    }
    clearanceStatus
    clearanceExpiresOn
    clearanceAction
    requiredDbsLevel
    latestDbsLevel
    version
  }
`);

graphql(`
  fragment ConsoleDbsCheck on DbsCheck {
    id
    personId
    level
    jurisdiction
    workforce
    issueDate
    decision
    decidedBy
    decidedAt
    certificateNumber
    certificateHeld
    certificatePurgedAt
    onUpdateService
    updateServiceSubscriptionId
    lastStatusCheckDate
    lastStatusCheckResult
  }
`);

export type Person = ConsolePersonFragment;
export type DbsCheck = ConsoleDbsCheckFragment;
