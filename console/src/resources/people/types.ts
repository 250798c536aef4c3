import { graphql } from '../../gql';
import type { ConsoleDbsCheckFragment, ConsolePersonFragment, ConsoleTrainingRecordFragment } from '../../gql/graphql';

/**
 * A person, a DBS check and a training record as the data provider returns them (it selects every
 * field): typed from the schema by these fragments, so their enums (clearance status, DBS level,
 * training outcome, …) are the generated ones. The fragments are never sent; `pnpm codegen` reads
 * them for the types.
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
    trainingStatus
    trainingDue
    trainingExpiresOn
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

graphql(`
  fragment ConsoleTrainingRecord on TrainingRecord {
    id
    personId
    personName
    organisationId
    source
    courseId
    courseCode
    courseTitle
    externalCourse
    externalProvider
    sessionId
    completedOn
    outcome
    credits
    hours
    certificateRef
    expiresOn
    recordedByName
    createdAt
    updatedAt
    version
  }
`);

export type Person = ConsolePersonFragment;
export type TrainingRecord = ConsoleTrainingRecordFragment;
export type DbsCheck = ConsoleDbsCheckFragment;
