/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  mutation ConsoleLogin($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      id\n    }\n  }\n": typeof types.ConsoleLoginDocument,
    "\n  mutation ConsoleLogout {\n    logout\n  }\n": typeof types.ConsoleLogoutDocument,
    "\n  query ConsoleMe {\n    me {\n      id\n      email\n      displayName\n      grants {\n        id\n        role\n        organisationId\n        centreIds\n        organisation {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.ConsoleMeDocument,
    "\n  query ConsoleAccreditationPipeline {\n    accreditationPipeline {\n      byState {\n        state\n        count\n      }\n      candidatesOverdue\n      renewalsWithinSixMonths\n      publiclyListedCentres\n      overdueActions\n    }\n  }\n": typeof types.ConsoleAccreditationPipelineDocument,
    "\n  query ConsoleAccreditationHistory($id: ID!) {\n    Accreditation(id: $id) {\n      id\n      history {\n        id\n        action\n        fromState\n        toState\n        onDate\n        occurredAt\n        actorName\n        automatic\n        reason\n      }\n    }\n  }\n": typeof types.ConsoleAccreditationHistoryDocument,
    "\n  query ConsoleAccreditationsToWatch($filter: AccreditationFilter, $perPage: Int) {\n    allAccreditations(filter: $filter, perPage: $perPage, sortField: \"state\", sortOrder: \"ASC\") {\n      id\n      kind\n      state\n      candidateSince\n      candidateDueBy\n      candidateOverdue\n      expiresOn\n      renewalDueFrom\n      daysToExpiry\n      stateChangedOn\n      centre {\n        id\n        name\n      }\n    }\n    _allAccreditationsMeta(filter: $filter) {\n      count\n    }\n  }\n": typeof types.ConsoleAccreditationsToWatchDocument,
    "\n  mutation ConsoleTransitionAccreditation($id: ID!, $action: AccreditationAction!, $reason: String!, $version: Int) {\n    transitionAccreditation(id: $id, action: $action, reason: $reason, version: $version) {\n      id\n      state\n      version\n    }\n  }\n": typeof types.ConsoleTransitionAccreditationDocument,
    "\n  mutation ConsoleStartAccreditation($centreId: ID!, $kind: AccreditationKind!, $candidateSince: LocalDate, $reason: String!) {\n    startAccreditation(centreId: $centreId, kind: $kind, candidateSince: $candidateSince, reason: $reason) {\n      id\n      state\n    }\n  }\n": typeof types.ConsoleStartAccreditationDocument,
    "\n  query ConsoleAssessmentReportPdf($id: ID!) {\n    assessmentReportPdf(id: $id)\n  }\n": typeof types.ConsoleAssessmentReportPdfDocument,
    "\n  query ConsolePersonTraining($id: ID!) {\n    Person(id: $id) {\n      id\n      trainingStatus\n      trainingExpiresOn\n      training {\n        hoursLast12Months\n        creditsLast12Months\n        mandatory {\n          courseId\n          courseCode\n          courseTitle\n          state\n          completedOn\n          expiresOn\n        }\n      }\n    }\n  }\n": typeof types.ConsolePersonTrainingDocument,
    "\n  query ConsoleTrainingMatrix($filter: TrainingMatrixFilter) {\n    trainingMatrix(filter: $filter) {\n      counts {\n        total\n        current\n        expiring\n        expired\n        missing\n      }\n      courses {\n        id\n        code\n        title\n        validityMonths\n      }\n      rows {\n        personId\n        personName\n        personType\n        organisationId\n        trainingStatus\n        hoursLast12Months\n        creditsLast12Months\n        cells {\n          courseId\n          state\n          completedOn\n          expiresOn\n        }\n      }\n    }\n  }\n": typeof types.ConsoleTrainingMatrixDocument,
    "\n  query ConsoleTrainingMatrixCsv($filter: TrainingMatrixFilter) {\n    trainingMatrixCsv(filter: $filter)\n  }\n": typeof types.ConsoleTrainingMatrixCsvDocument,
    "\n  query ConsoleTrainingRecordsCsv($filter: TrainingRecordFilter) {\n    trainingRecordsCsv(filter: $filter)\n  }\n": typeof types.ConsoleTrainingRecordsCsvDocument,
    "\n  fragment ConsoleClearanceCounts on ClearanceCounts {\n    total\n    cleared\n    expiring\n    expired\n    missingDbs\n    wrongLevel\n    notCleared\n    needsNewCheck\n    trainingMissing\n    trainingExpired\n    trainingExpiring\n    cannotBeRostered\n  }\n": typeof types.ConsoleClearanceCountsFragmentDoc,
    "\n  query ConsoleClearanceSummary($filter: ClearanceSummaryFilter) {\n    clearanceSummary(filter: $filter) {\n      totals {\n        ...ConsoleClearanceCounts\n      }\n      centres {\n        centreId\n        centreName\n        counts {\n          ...ConsoleClearanceCounts\n        }\n      }\n      expiringSoon {\n        id\n        fullName\n        clearanceStatus\n        clearanceExpiresOn\n        trainingExpiresOn\n        clearanceAction\n      }\n      cannotBeRostered {\n        id\n        fullName\n        clearanceStatus\n        clearanceExpiresOn\n        trainingExpiresOn\n        clearanceAction\n      }\n    }\n  }\n": typeof types.ConsoleClearanceSummaryDocument,
    "\n  query ConsoleClearanceTotals {\n    clearanceSummary {\n      totals {\n        ...ConsoleClearanceCounts\n      }\n    }\n  }\n": typeof types.ConsoleClearanceTotalsDocument,
    "\n  query ConsolePeopleCsv($filter: PersonFilter) {\n    peopleCsv(filter: $filter)\n  }\n": typeof types.ConsolePeopleCsvDocument,
    "\n  mutation ConsoleImportPeople($organisationId: ID!, $csv: String!, $dryRun: Boolean) {\n    importPeople(organisationId: $organisationId, csv: $csv, dryRun: $dryRun) {\n      imported\n      rows\n      errors {\n        row\n        field\n        message\n      }\n    }\n  }\n": typeof types.ConsoleImportPeopleDocument,
    "\n  query ConsoleExportOrganisation($id: ID!) {\n    exportOrganisation(id: $id)\n  }\n": typeof types.ConsoleExportOrganisationDocument,
    "\n  mutation ConsoleRevealDbsCertificateNumber($id: ID!, $reason: String!) {\n    revealDbsCertificateNumber(id: $id, reason: $reason)\n  }\n": typeof types.ConsoleRevealDbsCertificateNumberDocument,
    "\n  mutation ConsoleRecordDbsStatusCheck($id: ID!, $checkedOn: LocalDate!, $result: StatusCheckResult!) {\n    recordDbsStatusCheck(id: $id, checkedOn: $checkedOn, result: $result) {\n      id\n      lastStatusCheckDate\n      lastStatusCheckResult\n    }\n  }\n": typeof types.ConsoleRecordDbsStatusCheckDocument,
    "\n  mutation ConsoleAcceptInvite($token: String!, $password: String!) {\n    acceptInvite(token: $token, password: $password)\n  }\n": typeof types.ConsoleAcceptInviteDocument,
    "\n  mutation ConsolePublishStandardSet($id: ID!) {\n    publishStandardSet(id: $id) {\n      id\n      status\n      publishedAt\n    }\n  }\n": typeof types.ConsolePublishStandardSetDocument,
    "\n  query ConsolePeopleToEnrol($filter: PersonFilter, $perPage: Int) {\n    allPeople(filter: $filter, perPage: $perPage, sortField: \"familyName\", sortOrder: \"ASC\") {\n      id\n      fullName\n      personType\n      organisation {\n        id\n        name\n      }\n    }\n  }\n": typeof types.ConsolePeopleToEnrolDocument,
    "\n  mutation ConsoleEnrolInSession($sessionId: ID!, $personIds: [ID!]!) {\n    enrolInSession(sessionId: $sessionId, personIds: $personIds) {\n      id\n      placesTaken\n    }\n  }\n": typeof types.ConsoleEnrolInSessionDocument,
    "\n  mutation ConsoleRequestSessionPlaces($sessionId: ID!, $personIds: [ID!]!) {\n    requestSessionPlaces(sessionId: $sessionId, personIds: $personIds) {\n      id\n      placesTaken\n    }\n  }\n": typeof types.ConsoleRequestSessionPlacesDocument,
    "\n  mutation ConsoleRemoveEnrolment($id: ID!) {\n    removeEnrolment(id: $id) {\n      id\n      placesTaken\n    }\n  }\n": typeof types.ConsoleRemoveEnrolmentDocument,
    "\n  mutation ConsoleRecordCohortAttendance($sessionId: ID!, $results: [CohortResultInput!]!) {\n    recordCohortAttendance(sessionId: $sessionId, results: $results) {\n      created\n      corrected\n      unchanged\n      session {\n        id\n        status\n      }\n    }\n  }\n": typeof types.ConsoleRecordCohortAttendanceDocument,
    "\n  fragment ConsoleTrainingCounts on TrainingCounts {\n    total\n    current\n    expiring\n    expired\n    missing\n  }\n": typeof types.ConsoleTrainingCountsFragmentDoc,
    "\n  query ConsoleTrainingOverview($filter: TrainingOverviewFilter) {\n    trainingOverview(filter: $filter) {\n      totals {\n        ...ConsoleTrainingCounts\n      }\n      byRegion {\n        key\n        label\n        region\n        counts {\n          ...ConsoleTrainingCounts\n        }\n      }\n      byOrganisation {\n        key\n        label\n        region\n        counts {\n          ...ConsoleTrainingCounts\n        }\n      }\n      byCourse {\n        key\n        label\n        counts {\n          ...ConsoleTrainingCounts\n        }\n      }\n    }\n  }\n": typeof types.ConsoleTrainingOverviewDocument,
    "\n  fragment ConsoleTrainingEnums on CourseSession {\n    status\n    course {\n      ocnLevel\n      delivery\n    }\n    enrolments {\n      status\n    }\n  }\n": typeof types.ConsoleTrainingEnumsFragmentDoc,
    "\n  fragment ConsoleTrainingRecordEnums on TrainingRecord {\n    source\n    outcome\n  }\n": typeof types.ConsoleTrainingRecordEnumsFragmentDoc,
    "\n  fragment ConsoleTrainingStateEnum on Person {\n    trainingStatus\n  }\n": typeof types.ConsoleTrainingStateEnumFragmentDoc,
    "\n  fragment ConsoleAccreditation on Accreditation {\n    id\n    centreId\n    organisationId\n    kind\n    state\n    candidateSince\n    candidateDueBy\n    candidateOverdue\n    awardedOn\n    expiresOn\n    renewalDueFrom\n    daysToExpiry\n    stateChangedOn\n    allowedActions\n    createdAt\n    updatedAt\n    version\n  }\n": typeof types.ConsoleAccreditationFragmentDoc,
    "\n  fragment ConsoleCentre on Centre {\n    id\n    organisationId\n    name\n    kind\n    serviceTypes\n    referralRoutes\n    addressLine1\n    addressLine2\n    town\n    postcode\n    region\n    latitude\n    longitude\n    openingPattern\n    accessibilityNotes\n    languages\n    feesNote\n    publiclyListed\n    updatedAt\n    version\n  }\n": typeof types.ConsoleCentreFragmentDoc,
    "\n  fragment ConsoleCourse on Course {\n    id\n    code\n    title\n    description\n    ocnLevel\n    creditValue\n    guidedLearningHours\n    delivery\n    validityMonths\n    active\n    mandatory\n    requirements {\n      id\n      personType\n      serviceType\n    }\n    createdAt\n    updatedAt\n    version\n  }\n": typeof types.ConsoleCourseFragmentDoc,
    "\n  fragment ConsoleCourseSession on CourseSession {\n    id\n    courseId\n    startsAt\n    endsAt\n    trainer\n    venue\n    onlineLink\n    region\n    capacity\n    placesTaken\n    placesLeft\n    status\n    enrolments {\n      id\n      personId\n      personName\n      organisationId\n      organisationName\n      status\n      createdAt\n    }\n    createdAt\n    updatedAt\n    version\n  }\n": typeof types.ConsoleCourseSessionFragmentDoc,
    "\n  fragment ConsoleOrganisation on Organisation {\n    id\n    name\n    type\n    charityNumber\n    contactEmail\n    region\n    membershipStatus\n    updatedAt\n    version\n  }\n": typeof types.ConsoleOrganisationFragmentDoc,
    "\n  fragment ConsolePerson on Person {\n    id\n    organisationId\n    givenName\n    familyName\n    fullName\n    personType\n    status\n    startDate\n    leaveDate\n    email\n    phone\n    notes\n    centreIds\n    centreHistory {\n      centreId\n      startedOn\n      endedOn\n    }\n    clearanceStatus\n    clearanceExpiresOn\n    clearanceAction\n    trainingStatus\n    trainingDue\n    trainingExpiresOn\n    requiredDbsLevel\n    latestDbsLevel\n    version\n  }\n": typeof types.ConsolePersonFragmentDoc,
    "\n  fragment ConsoleDbsCheck on DbsCheck {\n    id\n    personId\n    level\n    jurisdiction\n    workforce\n    issueDate\n    decision\n    decidedBy\n    decidedAt\n    certificateNumber\n    certificateHeld\n    certificatePurgedAt\n    onUpdateService\n    updateServiceSubscriptionId\n    lastStatusCheckDate\n    lastStatusCheckResult\n  }\n": typeof types.ConsoleDbsCheckFragmentDoc,
    "\n  fragment ConsoleTrainingRecord on TrainingRecord {\n    id\n    personId\n    personName\n    organisationId\n    source\n    courseId\n    courseCode\n    courseTitle\n    externalCourse\n    externalProvider\n    sessionId\n    completedOn\n    outcome\n    credits\n    hours\n    certificateRef\n    expiresOn\n    recordedByName\n    createdAt\n    updatedAt\n    version\n  }\n": typeof types.ConsoleTrainingRecordFragmentDoc,
    "\n  fragment ConsoleStandardSet on StandardSet {\n    id\n    kind\n    versionLabel\n    effectiveOn\n    status\n    publishedAt\n    standardCount\n    areas {\n      id\n      position\n      number\n      title\n      standards {\n        id\n        position\n        code\n        title\n        guidance\n      }\n    }\n    createdAt\n    updatedAt\n    version\n  }\n": typeof types.ConsoleStandardSetFragmentDoc,
};
const documents: Documents = {
    "\n  mutation ConsoleLogin($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      id\n    }\n  }\n": types.ConsoleLoginDocument,
    "\n  mutation ConsoleLogout {\n    logout\n  }\n": types.ConsoleLogoutDocument,
    "\n  query ConsoleMe {\n    me {\n      id\n      email\n      displayName\n      grants {\n        id\n        role\n        organisationId\n        centreIds\n        organisation {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.ConsoleMeDocument,
    "\n  query ConsoleAccreditationPipeline {\n    accreditationPipeline {\n      byState {\n        state\n        count\n      }\n      candidatesOverdue\n      renewalsWithinSixMonths\n      publiclyListedCentres\n      overdueActions\n    }\n  }\n": types.ConsoleAccreditationPipelineDocument,
    "\n  query ConsoleAccreditationHistory($id: ID!) {\n    Accreditation(id: $id) {\n      id\n      history {\n        id\n        action\n        fromState\n        toState\n        onDate\n        occurredAt\n        actorName\n        automatic\n        reason\n      }\n    }\n  }\n": types.ConsoleAccreditationHistoryDocument,
    "\n  query ConsoleAccreditationsToWatch($filter: AccreditationFilter, $perPage: Int) {\n    allAccreditations(filter: $filter, perPage: $perPage, sortField: \"state\", sortOrder: \"ASC\") {\n      id\n      kind\n      state\n      candidateSince\n      candidateDueBy\n      candidateOverdue\n      expiresOn\n      renewalDueFrom\n      daysToExpiry\n      stateChangedOn\n      centre {\n        id\n        name\n      }\n    }\n    _allAccreditationsMeta(filter: $filter) {\n      count\n    }\n  }\n": types.ConsoleAccreditationsToWatchDocument,
    "\n  mutation ConsoleTransitionAccreditation($id: ID!, $action: AccreditationAction!, $reason: String!, $version: Int) {\n    transitionAccreditation(id: $id, action: $action, reason: $reason, version: $version) {\n      id\n      state\n      version\n    }\n  }\n": types.ConsoleTransitionAccreditationDocument,
    "\n  mutation ConsoleStartAccreditation($centreId: ID!, $kind: AccreditationKind!, $candidateSince: LocalDate, $reason: String!) {\n    startAccreditation(centreId: $centreId, kind: $kind, candidateSince: $candidateSince, reason: $reason) {\n      id\n      state\n    }\n  }\n": types.ConsoleStartAccreditationDocument,
    "\n  query ConsoleAssessmentReportPdf($id: ID!) {\n    assessmentReportPdf(id: $id)\n  }\n": types.ConsoleAssessmentReportPdfDocument,
    "\n  query ConsolePersonTraining($id: ID!) {\n    Person(id: $id) {\n      id\n      trainingStatus\n      trainingExpiresOn\n      training {\n        hoursLast12Months\n        creditsLast12Months\n        mandatory {\n          courseId\n          courseCode\n          courseTitle\n          state\n          completedOn\n          expiresOn\n        }\n      }\n    }\n  }\n": types.ConsolePersonTrainingDocument,
    "\n  query ConsoleTrainingMatrix($filter: TrainingMatrixFilter) {\n    trainingMatrix(filter: $filter) {\n      counts {\n        total\n        current\n        expiring\n        expired\n        missing\n      }\n      courses {\n        id\n        code\n        title\n        validityMonths\n      }\n      rows {\n        personId\n        personName\n        personType\n        organisationId\n        trainingStatus\n        hoursLast12Months\n        creditsLast12Months\n        cells {\n          courseId\n          state\n          completedOn\n          expiresOn\n        }\n      }\n    }\n  }\n": types.ConsoleTrainingMatrixDocument,
    "\n  query ConsoleTrainingMatrixCsv($filter: TrainingMatrixFilter) {\n    trainingMatrixCsv(filter: $filter)\n  }\n": types.ConsoleTrainingMatrixCsvDocument,
    "\n  query ConsoleTrainingRecordsCsv($filter: TrainingRecordFilter) {\n    trainingRecordsCsv(filter: $filter)\n  }\n": types.ConsoleTrainingRecordsCsvDocument,
    "\n  fragment ConsoleClearanceCounts on ClearanceCounts {\n    total\n    cleared\n    expiring\n    expired\n    missingDbs\n    wrongLevel\n    notCleared\n    needsNewCheck\n    trainingMissing\n    trainingExpired\n    trainingExpiring\n    cannotBeRostered\n  }\n": types.ConsoleClearanceCountsFragmentDoc,
    "\n  query ConsoleClearanceSummary($filter: ClearanceSummaryFilter) {\n    clearanceSummary(filter: $filter) {\n      totals {\n        ...ConsoleClearanceCounts\n      }\n      centres {\n        centreId\n        centreName\n        counts {\n          ...ConsoleClearanceCounts\n        }\n      }\n      expiringSoon {\n        id\n        fullName\n        clearanceStatus\n        clearanceExpiresOn\n        trainingExpiresOn\n        clearanceAction\n      }\n      cannotBeRostered {\n        id\n        fullName\n        clearanceStatus\n        clearanceExpiresOn\n        trainingExpiresOn\n        clearanceAction\n      }\n    }\n  }\n": types.ConsoleClearanceSummaryDocument,
    "\n  query ConsoleClearanceTotals {\n    clearanceSummary {\n      totals {\n        ...ConsoleClearanceCounts\n      }\n    }\n  }\n": types.ConsoleClearanceTotalsDocument,
    "\n  query ConsolePeopleCsv($filter: PersonFilter) {\n    peopleCsv(filter: $filter)\n  }\n": types.ConsolePeopleCsvDocument,
    "\n  mutation ConsoleImportPeople($organisationId: ID!, $csv: String!, $dryRun: Boolean) {\n    importPeople(organisationId: $organisationId, csv: $csv, dryRun: $dryRun) {\n      imported\n      rows\n      errors {\n        row\n        field\n        message\n      }\n    }\n  }\n": types.ConsoleImportPeopleDocument,
    "\n  query ConsoleExportOrganisation($id: ID!) {\n    exportOrganisation(id: $id)\n  }\n": types.ConsoleExportOrganisationDocument,
    "\n  mutation ConsoleRevealDbsCertificateNumber($id: ID!, $reason: String!) {\n    revealDbsCertificateNumber(id: $id, reason: $reason)\n  }\n": types.ConsoleRevealDbsCertificateNumberDocument,
    "\n  mutation ConsoleRecordDbsStatusCheck($id: ID!, $checkedOn: LocalDate!, $result: StatusCheckResult!) {\n    recordDbsStatusCheck(id: $id, checkedOn: $checkedOn, result: $result) {\n      id\n      lastStatusCheckDate\n      lastStatusCheckResult\n    }\n  }\n": types.ConsoleRecordDbsStatusCheckDocument,
    "\n  mutation ConsoleAcceptInvite($token: String!, $password: String!) {\n    acceptInvite(token: $token, password: $password)\n  }\n": types.ConsoleAcceptInviteDocument,
    "\n  mutation ConsolePublishStandardSet($id: ID!) {\n    publishStandardSet(id: $id) {\n      id\n      status\n      publishedAt\n    }\n  }\n": types.ConsolePublishStandardSetDocument,
    "\n  query ConsolePeopleToEnrol($filter: PersonFilter, $perPage: Int) {\n    allPeople(filter: $filter, perPage: $perPage, sortField: \"familyName\", sortOrder: \"ASC\") {\n      id\n      fullName\n      personType\n      organisation {\n        id\n        name\n      }\n    }\n  }\n": types.ConsolePeopleToEnrolDocument,
    "\n  mutation ConsoleEnrolInSession($sessionId: ID!, $personIds: [ID!]!) {\n    enrolInSession(sessionId: $sessionId, personIds: $personIds) {\n      id\n      placesTaken\n    }\n  }\n": types.ConsoleEnrolInSessionDocument,
    "\n  mutation ConsoleRequestSessionPlaces($sessionId: ID!, $personIds: [ID!]!) {\n    requestSessionPlaces(sessionId: $sessionId, personIds: $personIds) {\n      id\n      placesTaken\n    }\n  }\n": types.ConsoleRequestSessionPlacesDocument,
    "\n  mutation ConsoleRemoveEnrolment($id: ID!) {\n    removeEnrolment(id: $id) {\n      id\n      placesTaken\n    }\n  }\n": types.ConsoleRemoveEnrolmentDocument,
    "\n  mutation ConsoleRecordCohortAttendance($sessionId: ID!, $results: [CohortResultInput!]!) {\n    recordCohortAttendance(sessionId: $sessionId, results: $results) {\n      created\n      corrected\n      unchanged\n      session {\n        id\n        status\n      }\n    }\n  }\n": types.ConsoleRecordCohortAttendanceDocument,
    "\n  fragment ConsoleTrainingCounts on TrainingCounts {\n    total\n    current\n    expiring\n    expired\n    missing\n  }\n": types.ConsoleTrainingCountsFragmentDoc,
    "\n  query ConsoleTrainingOverview($filter: TrainingOverviewFilter) {\n    trainingOverview(filter: $filter) {\n      totals {\n        ...ConsoleTrainingCounts\n      }\n      byRegion {\n        key\n        label\n        region\n        counts {\n          ...ConsoleTrainingCounts\n        }\n      }\n      byOrganisation {\n        key\n        label\n        region\n        counts {\n          ...ConsoleTrainingCounts\n        }\n      }\n      byCourse {\n        key\n        label\n        counts {\n          ...ConsoleTrainingCounts\n        }\n      }\n    }\n  }\n": types.ConsoleTrainingOverviewDocument,
    "\n  fragment ConsoleTrainingEnums on CourseSession {\n    status\n    course {\n      ocnLevel\n      delivery\n    }\n    enrolments {\n      status\n    }\n  }\n": types.ConsoleTrainingEnumsFragmentDoc,
    "\n  fragment ConsoleTrainingRecordEnums on TrainingRecord {\n    source\n    outcome\n  }\n": types.ConsoleTrainingRecordEnumsFragmentDoc,
    "\n  fragment ConsoleTrainingStateEnum on Person {\n    trainingStatus\n  }\n": types.ConsoleTrainingStateEnumFragmentDoc,
    "\n  fragment ConsoleAccreditation on Accreditation {\n    id\n    centreId\n    organisationId\n    kind\n    state\n    candidateSince\n    candidateDueBy\n    candidateOverdue\n    awardedOn\n    expiresOn\n    renewalDueFrom\n    daysToExpiry\n    stateChangedOn\n    allowedActions\n    createdAt\n    updatedAt\n    version\n  }\n": types.ConsoleAccreditationFragmentDoc,
    "\n  fragment ConsoleCentre on Centre {\n    id\n    organisationId\n    name\n    kind\n    serviceTypes\n    referralRoutes\n    addressLine1\n    addressLine2\n    town\n    postcode\n    region\n    latitude\n    longitude\n    openingPattern\n    accessibilityNotes\n    languages\n    feesNote\n    publiclyListed\n    updatedAt\n    version\n  }\n": types.ConsoleCentreFragmentDoc,
    "\n  fragment ConsoleCourse on Course {\n    id\n    code\n    title\n    description\n    ocnLevel\n    creditValue\n    guidedLearningHours\n    delivery\n    validityMonths\n    active\n    mandatory\n    requirements {\n      id\n      personType\n      serviceType\n    }\n    createdAt\n    updatedAt\n    version\n  }\n": types.ConsoleCourseFragmentDoc,
    "\n  fragment ConsoleCourseSession on CourseSession {\n    id\n    courseId\n    startsAt\n    endsAt\n    trainer\n    venue\n    onlineLink\n    region\n    capacity\n    placesTaken\n    placesLeft\n    status\n    enrolments {\n      id\n      personId\n      personName\n      organisationId\n      organisationName\n      status\n      createdAt\n    }\n    createdAt\n    updatedAt\n    version\n  }\n": types.ConsoleCourseSessionFragmentDoc,
    "\n  fragment ConsoleOrganisation on Organisation {\n    id\n    name\n    type\n    charityNumber\n    contactEmail\n    region\n    membershipStatus\n    updatedAt\n    version\n  }\n": types.ConsoleOrganisationFragmentDoc,
    "\n  fragment ConsolePerson on Person {\n    id\n    organisationId\n    givenName\n    familyName\n    fullName\n    personType\n    status\n    startDate\n    leaveDate\n    email\n    phone\n    notes\n    centreIds\n    centreHistory {\n      centreId\n      startedOn\n      endedOn\n    }\n    clearanceStatus\n    clearanceExpiresOn\n    clearanceAction\n    trainingStatus\n    trainingDue\n    trainingExpiresOn\n    requiredDbsLevel\n    latestDbsLevel\n    version\n  }\n": types.ConsolePersonFragmentDoc,
    "\n  fragment ConsoleDbsCheck on DbsCheck {\n    id\n    personId\n    level\n    jurisdiction\n    workforce\n    issueDate\n    decision\n    decidedBy\n    decidedAt\n    certificateNumber\n    certificateHeld\n    certificatePurgedAt\n    onUpdateService\n    updateServiceSubscriptionId\n    lastStatusCheckDate\n    lastStatusCheckResult\n  }\n": types.ConsoleDbsCheckFragmentDoc,
    "\n  fragment ConsoleTrainingRecord on TrainingRecord {\n    id\n    personId\n    personName\n    organisationId\n    source\n    courseId\n    courseCode\n    courseTitle\n    externalCourse\n    externalProvider\n    sessionId\n    completedOn\n    outcome\n    credits\n    hours\n    certificateRef\n    expiresOn\n    recordedByName\n    createdAt\n    updatedAt\n    version\n  }\n": types.ConsoleTrainingRecordFragmentDoc,
    "\n  fragment ConsoleStandardSet on StandardSet {\n    id\n    kind\n    versionLabel\n    effectiveOn\n    status\n    publishedAt\n    standardCount\n    areas {\n      id\n      position\n      number\n      title\n      standards {\n        id\n        position\n        code\n        title\n        guidance\n      }\n    }\n    createdAt\n    updatedAt\n    version\n  }\n": types.ConsoleStandardSetFragmentDoc,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleLogin($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation ConsoleLogin($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleLogout {\n    logout\n  }\n"): (typeof documents)["\n  mutation ConsoleLogout {\n    logout\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleMe {\n    me {\n      id\n      email\n      displayName\n      grants {\n        id\n        role\n        organisationId\n        centreIds\n        organisation {\n          id\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ConsoleMe {\n    me {\n      id\n      email\n      displayName\n      grants {\n        id\n        role\n        organisationId\n        centreIds\n        organisation {\n          id\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleAccreditationPipeline {\n    accreditationPipeline {\n      byState {\n        state\n        count\n      }\n      candidatesOverdue\n      renewalsWithinSixMonths\n      publiclyListedCentres\n      overdueActions\n    }\n  }\n"): (typeof documents)["\n  query ConsoleAccreditationPipeline {\n    accreditationPipeline {\n      byState {\n        state\n        count\n      }\n      candidatesOverdue\n      renewalsWithinSixMonths\n      publiclyListedCentres\n      overdueActions\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleAccreditationHistory($id: ID!) {\n    Accreditation(id: $id) {\n      id\n      history {\n        id\n        action\n        fromState\n        toState\n        onDate\n        occurredAt\n        actorName\n        automatic\n        reason\n      }\n    }\n  }\n"): (typeof documents)["\n  query ConsoleAccreditationHistory($id: ID!) {\n    Accreditation(id: $id) {\n      id\n      history {\n        id\n        action\n        fromState\n        toState\n        onDate\n        occurredAt\n        actorName\n        automatic\n        reason\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleAccreditationsToWatch($filter: AccreditationFilter, $perPage: Int) {\n    allAccreditations(filter: $filter, perPage: $perPage, sortField: \"state\", sortOrder: \"ASC\") {\n      id\n      kind\n      state\n      candidateSince\n      candidateDueBy\n      candidateOverdue\n      expiresOn\n      renewalDueFrom\n      daysToExpiry\n      stateChangedOn\n      centre {\n        id\n        name\n      }\n    }\n    _allAccreditationsMeta(filter: $filter) {\n      count\n    }\n  }\n"): (typeof documents)["\n  query ConsoleAccreditationsToWatch($filter: AccreditationFilter, $perPage: Int) {\n    allAccreditations(filter: $filter, perPage: $perPage, sortField: \"state\", sortOrder: \"ASC\") {\n      id\n      kind\n      state\n      candidateSince\n      candidateDueBy\n      candidateOverdue\n      expiresOn\n      renewalDueFrom\n      daysToExpiry\n      stateChangedOn\n      centre {\n        id\n        name\n      }\n    }\n    _allAccreditationsMeta(filter: $filter) {\n      count\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleTransitionAccreditation($id: ID!, $action: AccreditationAction!, $reason: String!, $version: Int) {\n    transitionAccreditation(id: $id, action: $action, reason: $reason, version: $version) {\n      id\n      state\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation ConsoleTransitionAccreditation($id: ID!, $action: AccreditationAction!, $reason: String!, $version: Int) {\n    transitionAccreditation(id: $id, action: $action, reason: $reason, version: $version) {\n      id\n      state\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleStartAccreditation($centreId: ID!, $kind: AccreditationKind!, $candidateSince: LocalDate, $reason: String!) {\n    startAccreditation(centreId: $centreId, kind: $kind, candidateSince: $candidateSince, reason: $reason) {\n      id\n      state\n    }\n  }\n"): (typeof documents)["\n  mutation ConsoleStartAccreditation($centreId: ID!, $kind: AccreditationKind!, $candidateSince: LocalDate, $reason: String!) {\n    startAccreditation(centreId: $centreId, kind: $kind, candidateSince: $candidateSince, reason: $reason) {\n      id\n      state\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleAssessmentReportPdf($id: ID!) {\n    assessmentReportPdf(id: $id)\n  }\n"): (typeof documents)["\n  query ConsoleAssessmentReportPdf($id: ID!) {\n    assessmentReportPdf(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsolePersonTraining($id: ID!) {\n    Person(id: $id) {\n      id\n      trainingStatus\n      trainingExpiresOn\n      training {\n        hoursLast12Months\n        creditsLast12Months\n        mandatory {\n          courseId\n          courseCode\n          courseTitle\n          state\n          completedOn\n          expiresOn\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ConsolePersonTraining($id: ID!) {\n    Person(id: $id) {\n      id\n      trainingStatus\n      trainingExpiresOn\n      training {\n        hoursLast12Months\n        creditsLast12Months\n        mandatory {\n          courseId\n          courseCode\n          courseTitle\n          state\n          completedOn\n          expiresOn\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleTrainingMatrix($filter: TrainingMatrixFilter) {\n    trainingMatrix(filter: $filter) {\n      counts {\n        total\n        current\n        expiring\n        expired\n        missing\n      }\n      courses {\n        id\n        code\n        title\n        validityMonths\n      }\n      rows {\n        personId\n        personName\n        personType\n        organisationId\n        trainingStatus\n        hoursLast12Months\n        creditsLast12Months\n        cells {\n          courseId\n          state\n          completedOn\n          expiresOn\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ConsoleTrainingMatrix($filter: TrainingMatrixFilter) {\n    trainingMatrix(filter: $filter) {\n      counts {\n        total\n        current\n        expiring\n        expired\n        missing\n      }\n      courses {\n        id\n        code\n        title\n        validityMonths\n      }\n      rows {\n        personId\n        personName\n        personType\n        organisationId\n        trainingStatus\n        hoursLast12Months\n        creditsLast12Months\n        cells {\n          courseId\n          state\n          completedOn\n          expiresOn\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleTrainingMatrixCsv($filter: TrainingMatrixFilter) {\n    trainingMatrixCsv(filter: $filter)\n  }\n"): (typeof documents)["\n  query ConsoleTrainingMatrixCsv($filter: TrainingMatrixFilter) {\n    trainingMatrixCsv(filter: $filter)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleTrainingRecordsCsv($filter: TrainingRecordFilter) {\n    trainingRecordsCsv(filter: $filter)\n  }\n"): (typeof documents)["\n  query ConsoleTrainingRecordsCsv($filter: TrainingRecordFilter) {\n    trainingRecordsCsv(filter: $filter)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ConsoleClearanceCounts on ClearanceCounts {\n    total\n    cleared\n    expiring\n    expired\n    missingDbs\n    wrongLevel\n    notCleared\n    needsNewCheck\n    trainingMissing\n    trainingExpired\n    trainingExpiring\n    cannotBeRostered\n  }\n"): (typeof documents)["\n  fragment ConsoleClearanceCounts on ClearanceCounts {\n    total\n    cleared\n    expiring\n    expired\n    missingDbs\n    wrongLevel\n    notCleared\n    needsNewCheck\n    trainingMissing\n    trainingExpired\n    trainingExpiring\n    cannotBeRostered\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleClearanceSummary($filter: ClearanceSummaryFilter) {\n    clearanceSummary(filter: $filter) {\n      totals {\n        ...ConsoleClearanceCounts\n      }\n      centres {\n        centreId\n        centreName\n        counts {\n          ...ConsoleClearanceCounts\n        }\n      }\n      expiringSoon {\n        id\n        fullName\n        clearanceStatus\n        clearanceExpiresOn\n        trainingExpiresOn\n        clearanceAction\n      }\n      cannotBeRostered {\n        id\n        fullName\n        clearanceStatus\n        clearanceExpiresOn\n        trainingExpiresOn\n        clearanceAction\n      }\n    }\n  }\n"): (typeof documents)["\n  query ConsoleClearanceSummary($filter: ClearanceSummaryFilter) {\n    clearanceSummary(filter: $filter) {\n      totals {\n        ...ConsoleClearanceCounts\n      }\n      centres {\n        centreId\n        centreName\n        counts {\n          ...ConsoleClearanceCounts\n        }\n      }\n      expiringSoon {\n        id\n        fullName\n        clearanceStatus\n        clearanceExpiresOn\n        trainingExpiresOn\n        clearanceAction\n      }\n      cannotBeRostered {\n        id\n        fullName\n        clearanceStatus\n        clearanceExpiresOn\n        trainingExpiresOn\n        clearanceAction\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleClearanceTotals {\n    clearanceSummary {\n      totals {\n        ...ConsoleClearanceCounts\n      }\n    }\n  }\n"): (typeof documents)["\n  query ConsoleClearanceTotals {\n    clearanceSummary {\n      totals {\n        ...ConsoleClearanceCounts\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsolePeopleCsv($filter: PersonFilter) {\n    peopleCsv(filter: $filter)\n  }\n"): (typeof documents)["\n  query ConsolePeopleCsv($filter: PersonFilter) {\n    peopleCsv(filter: $filter)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleImportPeople($organisationId: ID!, $csv: String!, $dryRun: Boolean) {\n    importPeople(organisationId: $organisationId, csv: $csv, dryRun: $dryRun) {\n      imported\n      rows\n      errors {\n        row\n        field\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ConsoleImportPeople($organisationId: ID!, $csv: String!, $dryRun: Boolean) {\n    importPeople(organisationId: $organisationId, csv: $csv, dryRun: $dryRun) {\n      imported\n      rows\n      errors {\n        row\n        field\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleExportOrganisation($id: ID!) {\n    exportOrganisation(id: $id)\n  }\n"): (typeof documents)["\n  query ConsoleExportOrganisation($id: ID!) {\n    exportOrganisation(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleRevealDbsCertificateNumber($id: ID!, $reason: String!) {\n    revealDbsCertificateNumber(id: $id, reason: $reason)\n  }\n"): (typeof documents)["\n  mutation ConsoleRevealDbsCertificateNumber($id: ID!, $reason: String!) {\n    revealDbsCertificateNumber(id: $id, reason: $reason)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleRecordDbsStatusCheck($id: ID!, $checkedOn: LocalDate!, $result: StatusCheckResult!) {\n    recordDbsStatusCheck(id: $id, checkedOn: $checkedOn, result: $result) {\n      id\n      lastStatusCheckDate\n      lastStatusCheckResult\n    }\n  }\n"): (typeof documents)["\n  mutation ConsoleRecordDbsStatusCheck($id: ID!, $checkedOn: LocalDate!, $result: StatusCheckResult!) {\n    recordDbsStatusCheck(id: $id, checkedOn: $checkedOn, result: $result) {\n      id\n      lastStatusCheckDate\n      lastStatusCheckResult\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleAcceptInvite($token: String!, $password: String!) {\n    acceptInvite(token: $token, password: $password)\n  }\n"): (typeof documents)["\n  mutation ConsoleAcceptInvite($token: String!, $password: String!) {\n    acceptInvite(token: $token, password: $password)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsolePublishStandardSet($id: ID!) {\n    publishStandardSet(id: $id) {\n      id\n      status\n      publishedAt\n    }\n  }\n"): (typeof documents)["\n  mutation ConsolePublishStandardSet($id: ID!) {\n    publishStandardSet(id: $id) {\n      id\n      status\n      publishedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsolePeopleToEnrol($filter: PersonFilter, $perPage: Int) {\n    allPeople(filter: $filter, perPage: $perPage, sortField: \"familyName\", sortOrder: \"ASC\") {\n      id\n      fullName\n      personType\n      organisation {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query ConsolePeopleToEnrol($filter: PersonFilter, $perPage: Int) {\n    allPeople(filter: $filter, perPage: $perPage, sortField: \"familyName\", sortOrder: \"ASC\") {\n      id\n      fullName\n      personType\n      organisation {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleEnrolInSession($sessionId: ID!, $personIds: [ID!]!) {\n    enrolInSession(sessionId: $sessionId, personIds: $personIds) {\n      id\n      placesTaken\n    }\n  }\n"): (typeof documents)["\n  mutation ConsoleEnrolInSession($sessionId: ID!, $personIds: [ID!]!) {\n    enrolInSession(sessionId: $sessionId, personIds: $personIds) {\n      id\n      placesTaken\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleRequestSessionPlaces($sessionId: ID!, $personIds: [ID!]!) {\n    requestSessionPlaces(sessionId: $sessionId, personIds: $personIds) {\n      id\n      placesTaken\n    }\n  }\n"): (typeof documents)["\n  mutation ConsoleRequestSessionPlaces($sessionId: ID!, $personIds: [ID!]!) {\n    requestSessionPlaces(sessionId: $sessionId, personIds: $personIds) {\n      id\n      placesTaken\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleRemoveEnrolment($id: ID!) {\n    removeEnrolment(id: $id) {\n      id\n      placesTaken\n    }\n  }\n"): (typeof documents)["\n  mutation ConsoleRemoveEnrolment($id: ID!) {\n    removeEnrolment(id: $id) {\n      id\n      placesTaken\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleRecordCohortAttendance($sessionId: ID!, $results: [CohortResultInput!]!) {\n    recordCohortAttendance(sessionId: $sessionId, results: $results) {\n      created\n      corrected\n      unchanged\n      session {\n        id\n        status\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ConsoleRecordCohortAttendance($sessionId: ID!, $results: [CohortResultInput!]!) {\n    recordCohortAttendance(sessionId: $sessionId, results: $results) {\n      created\n      corrected\n      unchanged\n      session {\n        id\n        status\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ConsoleTrainingCounts on TrainingCounts {\n    total\n    current\n    expiring\n    expired\n    missing\n  }\n"): (typeof documents)["\n  fragment ConsoleTrainingCounts on TrainingCounts {\n    total\n    current\n    expiring\n    expired\n    missing\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleTrainingOverview($filter: TrainingOverviewFilter) {\n    trainingOverview(filter: $filter) {\n      totals {\n        ...ConsoleTrainingCounts\n      }\n      byRegion {\n        key\n        label\n        region\n        counts {\n          ...ConsoleTrainingCounts\n        }\n      }\n      byOrganisation {\n        key\n        label\n        region\n        counts {\n          ...ConsoleTrainingCounts\n        }\n      }\n      byCourse {\n        key\n        label\n        counts {\n          ...ConsoleTrainingCounts\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ConsoleTrainingOverview($filter: TrainingOverviewFilter) {\n    trainingOverview(filter: $filter) {\n      totals {\n        ...ConsoleTrainingCounts\n      }\n      byRegion {\n        key\n        label\n        region\n        counts {\n          ...ConsoleTrainingCounts\n        }\n      }\n      byOrganisation {\n        key\n        label\n        region\n        counts {\n          ...ConsoleTrainingCounts\n        }\n      }\n      byCourse {\n        key\n        label\n        counts {\n          ...ConsoleTrainingCounts\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ConsoleTrainingEnums on CourseSession {\n    status\n    course {\n      ocnLevel\n      delivery\n    }\n    enrolments {\n      status\n    }\n  }\n"): (typeof documents)["\n  fragment ConsoleTrainingEnums on CourseSession {\n    status\n    course {\n      ocnLevel\n      delivery\n    }\n    enrolments {\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ConsoleTrainingRecordEnums on TrainingRecord {\n    source\n    outcome\n  }\n"): (typeof documents)["\n  fragment ConsoleTrainingRecordEnums on TrainingRecord {\n    source\n    outcome\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ConsoleTrainingStateEnum on Person {\n    trainingStatus\n  }\n"): (typeof documents)["\n  fragment ConsoleTrainingStateEnum on Person {\n    trainingStatus\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ConsoleAccreditation on Accreditation {\n    id\n    centreId\n    organisationId\n    kind\n    state\n    candidateSince\n    candidateDueBy\n    candidateOverdue\n    awardedOn\n    expiresOn\n    renewalDueFrom\n    daysToExpiry\n    stateChangedOn\n    allowedActions\n    createdAt\n    updatedAt\n    version\n  }\n"): (typeof documents)["\n  fragment ConsoleAccreditation on Accreditation {\n    id\n    centreId\n    organisationId\n    kind\n    state\n    candidateSince\n    candidateDueBy\n    candidateOverdue\n    awardedOn\n    expiresOn\n    renewalDueFrom\n    daysToExpiry\n    stateChangedOn\n    allowedActions\n    createdAt\n    updatedAt\n    version\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ConsoleCentre on Centre {\n    id\n    organisationId\n    name\n    kind\n    serviceTypes\n    referralRoutes\n    addressLine1\n    addressLine2\n    town\n    postcode\n    region\n    latitude\n    longitude\n    openingPattern\n    accessibilityNotes\n    languages\n    feesNote\n    publiclyListed\n    updatedAt\n    version\n  }\n"): (typeof documents)["\n  fragment ConsoleCentre on Centre {\n    id\n    organisationId\n    name\n    kind\n    serviceTypes\n    referralRoutes\n    addressLine1\n    addressLine2\n    town\n    postcode\n    region\n    latitude\n    longitude\n    openingPattern\n    accessibilityNotes\n    languages\n    feesNote\n    publiclyListed\n    updatedAt\n    version\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ConsoleCourse on Course {\n    id\n    code\n    title\n    description\n    ocnLevel\n    creditValue\n    guidedLearningHours\n    delivery\n    validityMonths\n    active\n    mandatory\n    requirements {\n      id\n      personType\n      serviceType\n    }\n    createdAt\n    updatedAt\n    version\n  }\n"): (typeof documents)["\n  fragment ConsoleCourse on Course {\n    id\n    code\n    title\n    description\n    ocnLevel\n    creditValue\n    guidedLearningHours\n    delivery\n    validityMonths\n    active\n    mandatory\n    requirements {\n      id\n      personType\n      serviceType\n    }\n    createdAt\n    updatedAt\n    version\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ConsoleCourseSession on CourseSession {\n    id\n    courseId\n    startsAt\n    endsAt\n    trainer\n    venue\n    onlineLink\n    region\n    capacity\n    placesTaken\n    placesLeft\n    status\n    enrolments {\n      id\n      personId\n      personName\n      organisationId\n      organisationName\n      status\n      createdAt\n    }\n    createdAt\n    updatedAt\n    version\n  }\n"): (typeof documents)["\n  fragment ConsoleCourseSession on CourseSession {\n    id\n    courseId\n    startsAt\n    endsAt\n    trainer\n    venue\n    onlineLink\n    region\n    capacity\n    placesTaken\n    placesLeft\n    status\n    enrolments {\n      id\n      personId\n      personName\n      organisationId\n      organisationName\n      status\n      createdAt\n    }\n    createdAt\n    updatedAt\n    version\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ConsoleOrganisation on Organisation {\n    id\n    name\n    type\n    charityNumber\n    contactEmail\n    region\n    membershipStatus\n    updatedAt\n    version\n  }\n"): (typeof documents)["\n  fragment ConsoleOrganisation on Organisation {\n    id\n    name\n    type\n    charityNumber\n    contactEmail\n    region\n    membershipStatus\n    updatedAt\n    version\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ConsolePerson on Person {\n    id\n    organisationId\n    givenName\n    familyName\n    fullName\n    personType\n    status\n    startDate\n    leaveDate\n    email\n    phone\n    notes\n    centreIds\n    centreHistory {\n      centreId\n      startedOn\n      endedOn\n    }\n    clearanceStatus\n    clearanceExpiresOn\n    clearanceAction\n    trainingStatus\n    trainingDue\n    trainingExpiresOn\n    requiredDbsLevel\n    latestDbsLevel\n    version\n  }\n"): (typeof documents)["\n  fragment ConsolePerson on Person {\n    id\n    organisationId\n    givenName\n    familyName\n    fullName\n    personType\n    status\n    startDate\n    leaveDate\n    email\n    phone\n    notes\n    centreIds\n    centreHistory {\n      centreId\n      startedOn\n      endedOn\n    }\n    clearanceStatus\n    clearanceExpiresOn\n    clearanceAction\n    trainingStatus\n    trainingDue\n    trainingExpiresOn\n    requiredDbsLevel\n    latestDbsLevel\n    version\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ConsoleDbsCheck on DbsCheck {\n    id\n    personId\n    level\n    jurisdiction\n    workforce\n    issueDate\n    decision\n    decidedBy\n    decidedAt\n    certificateNumber\n    certificateHeld\n    certificatePurgedAt\n    onUpdateService\n    updateServiceSubscriptionId\n    lastStatusCheckDate\n    lastStatusCheckResult\n  }\n"): (typeof documents)["\n  fragment ConsoleDbsCheck on DbsCheck {\n    id\n    personId\n    level\n    jurisdiction\n    workforce\n    issueDate\n    decision\n    decidedBy\n    decidedAt\n    certificateNumber\n    certificateHeld\n    certificatePurgedAt\n    onUpdateService\n    updateServiceSubscriptionId\n    lastStatusCheckDate\n    lastStatusCheckResult\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ConsoleTrainingRecord on TrainingRecord {\n    id\n    personId\n    personName\n    organisationId\n    source\n    courseId\n    courseCode\n    courseTitle\n    externalCourse\n    externalProvider\n    sessionId\n    completedOn\n    outcome\n    credits\n    hours\n    certificateRef\n    expiresOn\n    recordedByName\n    createdAt\n    updatedAt\n    version\n  }\n"): (typeof documents)["\n  fragment ConsoleTrainingRecord on TrainingRecord {\n    id\n    personId\n    personName\n    organisationId\n    source\n    courseId\n    courseCode\n    courseTitle\n    externalCourse\n    externalProvider\n    sessionId\n    completedOn\n    outcome\n    credits\n    hours\n    certificateRef\n    expiresOn\n    recordedByName\n    createdAt\n    updatedAt\n    version\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ConsoleStandardSet on StandardSet {\n    id\n    kind\n    versionLabel\n    effectiveOn\n    status\n    publishedAt\n    standardCount\n    areas {\n      id\n      position\n      number\n      title\n      standards {\n        id\n        position\n        code\n        title\n        guidance\n      }\n    }\n    createdAt\n    updatedAt\n    version\n  }\n"): (typeof documents)["\n  fragment ConsoleStandardSet on StandardSet {\n    id\n    kind\n    versionLabel\n    effectiveOn\n    status\n    publishedAt\n    standardCount\n    areas {\n      id\n      position\n      number\n      title\n      standards {\n        id\n        position\n        code\n        title\n        guidance\n      }\n    }\n    createdAt\n    updatedAt\n    version\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;