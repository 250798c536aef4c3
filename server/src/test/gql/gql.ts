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
    "\n  query BrokenSort {\n    allOrganisations(sortField: \"nope\") {\n      id\n    }\n  }\n": typeof types.BrokenSortDocument,
    "\n  query AiExportPeople($filter: PersonFilter) {\n    peopleCsv(filter: $filter)\n  }\n": typeof types.AiExportPeopleDocument,
    "\n  query AiExportOrganisation($id: ID!) {\n    exportOrganisation(id: $id)\n  }\n": typeof types.AiExportOrganisationDocument,
    "\n  query AiExportTraining($records: TrainingRecordFilter, $matrix: TrainingMatrixFilter) {\n    trainingRecordsCsv(filter: $records)\n    trainingMatrixCsv(filter: $matrix)\n  }\n": typeof types.AiExportTrainingDocument,
    "\n  mutation AiImportPeople($organisationId: ID!, $csv: String!) {\n    importPeople(organisationId: $organisationId, csv: $csv) {\n      imported\n    }\n  }\n": typeof types.AiImportPeopleDocument,
    "\n  mutation AiReveal($id: ID!, $reason: String!) {\n    revealDbsCertificateNumber(id: $id, reason: $reason)\n  }\n": typeof types.AiRevealDocument,
    "\n  mutation AiInvite($email: String!, $organisationId: ID) {\n    createUser(email: $email, displayName: \"Invited Person\", role: ORG_ADMIN, organisationId: $organisationId) {\n      id\n      inviteToken\n    }\n  }\n": typeof types.AiInviteDocument,
    "\n  mutation AiAcceptInvite($token: String!, $password: String!) {\n    acceptInvite(token: $token, password: $password)\n  }\n": typeof types.AiAcceptInviteDocument,
    "\n  mutation AiChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword)\n  }\n": typeof types.AiChangePasswordDocument,
    "\n  mutation AiLogout {\n    logout\n  }\n": typeof types.AiLogoutDocument,
    "\n  mutation AiLogin($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      id\n    }\n  }\n": typeof types.AiLoginDocument,
    "\n  mutation ThrottledSignIn($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      id\n    }\n  }\n": typeof types.ThrottledSignInDocument,
    "\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      id\n      email\n    }\n  }\n": typeof types.LoginDocument,
    "\n  mutation Logout {\n    logout\n  }\n": typeof types.LogoutDocument,
    "\n  query Me {\n    me {\n      id\n      email\n      displayName\n      grants {\n        role\n        organisationId\n        centreIds\n      }\n    }\n  }\n": typeof types.MeDocument,
    "\n  mutation InviteUser($email: String!, $displayName: String!, $role: Role!) {\n    createUser(email: $email, displayName: $displayName, role: $role) {\n      id\n      inviteToken\n    }\n  }\n": typeof types.InviteUserDocument,
    "\n  mutation AcceptInvite($token: String!, $password: String!) {\n    acceptInvite(token: $token, password: $password)\n  }\n": typeof types.AcceptInviteDocument,
    "\n  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword)\n  }\n": typeof types.ChangePasswordDocument,
    "\n  mutation DeactivateUser($id: ID!) {\n    updateUser(id: $id, active: false) {\n      id\n      active\n    }\n  }\n": typeof types.DeactivateUserDocument,
    "\n  mutation AccStart($centreId: ID!, $kind: AccreditationKind!, $reason: String!, $candidateSince: LocalDate) {\n    startAccreditation(centreId: $centreId, kind: $kind, reason: $reason, candidateSince: $candidateSince) {\n      id\n      version\n      state\n      candidateSince\n      candidateDueBy\n      candidateOverdue\n      allowedActions\n    }\n  }\n": typeof types.AccStartDocument,
    "\n  mutation AccTransition($id: ID!, $action: AccreditationAction!, $reason: String!, $version: Int) {\n    transitionAccreditation(id: $id, action: $action, reason: $reason, version: $version) {\n      id\n      version\n      state\n      awardedOn\n      expiresOn\n      renewalDueFrom\n      daysToExpiry\n      allowedActions\n      centre {\n        id\n        publiclyVisible\n      }\n    }\n  }\n": typeof types.AccTransitionDocument,
    "\n  query AccOne($id: ID!) {\n    Accreditation(id: $id) {\n      id\n      state\n      centreId\n      history {\n        action\n        fromState\n        toState\n        reason\n        actorName\n        automatic\n        onDate\n      }\n    }\n  }\n": typeof types.AccOneDocument,
    "\n  query AccList($filter: AccreditationFilter) {\n    allAccreditations(filter: $filter, perPage: 100) {\n      id\n      centreId\n      state\n    }\n    _allAccreditationsMeta(filter: $filter) {\n      count\n    }\n  }\n": typeof types.AccListDocument,
    "\n  query AccPipeline {\n    accreditationPipeline {\n      byState {\n        state\n        count\n      }\n      candidatesOverdue\n      renewalsWithinSixMonths\n      publiclyListedCentres\n      overdueActions\n    }\n  }\n": typeof types.AccPipelineDocument,
    "\n  query AccCentre($id: ID!) {\n    Centre(id: $id) {\n      publiclyListed\n      publiclyVisible\n      accreditations {\n        kind\n        state\n      }\n    }\n  }\n": typeof types.AccCentreDocument,
    "\n  mutation AsmPlan($accreditationId: ID!, $assessorUserId: ID!, $visitDate: LocalDate!) {\n    planAssessment(accreditationId: $accreditationId, assessorUserId: $assessorUserId, visitDate: $visitDate) {\n      id\n      version\n      status\n      standardSet {\n        versionLabel\n      }\n      assessorName\n      missingStandards\n    }\n  }\n": typeof types.AsmPlanDocument,
    "\n  mutation AsmReassign($id: ID!, $assessorUserId: ID!) {\n    reassignAssessment(id: $id, assessorUserId: $assessorUserId) {\n      id\n      assessorName\n    }\n  }\n": typeof types.AsmReassignDocument,
    "\n  mutation AsmSave($assessmentId: ID!, $findings: [FindingInput!]!) {\n    saveFindings(assessmentId: $assessmentId, findings: $findings) {\n      id\n      status\n      missingStandards\n      findings {\n        standard {\n          code\n        }\n        outcome\n        note\n      }\n    }\n  }\n": typeof types.AsmSaveDocument,
    "\n  mutation AsmSubmit($id: ID!, $summary: String!) {\n    submitAssessmentReport(id: $id, summary: $summary) {\n      id\n      status\n      version\n    }\n  }\n": typeof types.AsmSubmitDocument,
    "\n  mutation AsmDecide($id: ID!, $decision: AssessmentDecision!, $reason: String!) {\n    decideAssessment(id: $id, decision: $decision, reason: $reason) {\n      id\n      status\n      decision\n      decidedByName\n      actions {\n        id\n        version\n        description\n        dueOn\n        status\n      }\n    }\n  }\n": typeof types.AsmDecideDocument,
    "\n  query AsmOne($id: ID!) {\n    Assessment(id: $id) {\n      id\n      status\n      findings {\n        outcome\n      }\n    }\n  }\n": typeof types.AsmOneDocument,
    "\n  query AsmCentres {\n    allCentres(perPage: 100) {\n      id\n    }\n  }\n": typeof types.AsmCentresDocument,
    "\n  mutation AsmEvidence($id: ID!, $evidenceNote: String!) {\n    submitActionEvidence(id: $id, evidenceNote: $evidenceNote) {\n      id\n      status\n    }\n  }\n": typeof types.AsmEvidenceDocument,
    "\n  mutation AsmReview($id: ID!, $review: ActionReview!, $note: String) {\n    reviewActionEvidence(id: $id, review: $review, note: $note) {\n      id\n      status\n      reviewNote\n      reviewedByName\n    }\n  }\n": typeof types.AsmReviewDocument,
    "\n  mutation AsmUpdateAction($id: ID!, $dueOn: LocalDate) {\n    updateActionPlanItem(id: $id, dueOn: $dueOn) {\n      id\n      status\n      overdue\n    }\n  }\n": typeof types.AsmUpdateActionDocument,
    "\n  query AsmActions($filter: ActionPlanItemFilter) {\n    allActionPlanItems(filter: $filter, perPage: 100) {\n      id\n      status\n    }\n  }\n": typeof types.AsmActionsDocument,
    "\n  mutation AsmSuspendOverdue($accreditationId: ID!) {\n    suspendForOverdueActions(accreditationId: $accreditationId) {\n      state\n      overdueActions\n      history {\n        reason\n      }\n      centre {\n        publiclyVisible\n      }\n    }\n  }\n": typeof types.AsmSuspendOverdueDocument,
    "\n  query AsmPipelineOverdue {\n    accreditationPipeline {\n      overdueActions\n    }\n  }\n": typeof types.AsmPipelineOverdueDocument,
    "\n  query AsmReportPdf($id: ID!) {\n    assessmentReportPdf(id: $id)\n  }\n": typeof types.AsmReportPdfDocument,
    "\n  mutation CreateOrganisationForCentres($name: String!, $region: Region!) {\n    createOrganisation(name: $name, type: CHARITY, contactEmail: \"info@example.org.uk\", region: $region) {\n      id\n    }\n  }\n": typeof types.CreateOrganisationForCentresDocument,
    "\n  mutation CreateCentre(\n    $organisationId: ID!\n    $name: String!\n    $postcode: String!\n    $serviceTypes: [ServiceType!]!\n    $kind: CentreKind\n    $addressLine1: String\n    $town: String\n    $region: Region\n    $languages: [String!]\n  ) {\n    createCentre(\n      organisationId: $organisationId\n      name: $name\n      postcode: $postcode\n      serviceTypes: $serviceTypes\n      kind: $kind\n      addressLine1: $addressLine1\n      town: $town\n      region: $region\n      languages: $languages\n    ) {\n      id\n      name\n      postcode\n      latitude\n      longitude\n      region\n      serviceTypes\n      version\n      organisationId\n    }\n  }\n": typeof types.CreateCentreDocument,
    "\n  mutation UpdateCentre($id: ID!, $version: Int, $postcode: String, $openingPattern: String, $name: String) {\n    updateCentre(id: $id, version: $version, postcode: $postcode, openingPattern: $openingPattern, name: $name) {\n      id\n      name\n      postcode\n      region\n      openingPattern\n      version\n    }\n  }\n": typeof types.UpdateCentreDocument,
    "\n  mutation DeleteCentre($id: ID!) {\n    deleteCentre(id: $id) {\n      id\n      name\n    }\n  }\n": typeof types.DeleteCentreDocument,
    "\n  query GetCentre($id: ID!) {\n    Centre(id: $id) {\n      id\n      name\n      openingPattern\n      organisation {\n        id\n        centres {\n          id\n        }\n      }\n    }\n  }\n": typeof types.GetCentreDocument,
    "\n  query ListCentres($page: Int, $perPage: Int, $sortField: String, $sortOrder: String, $filter: CentreFilter) {\n    items: allCentres(page: $page, perPage: $perPage, sortField: $sortField, sortOrder: $sortOrder, filter: $filter) {\n      id\n      name\n      town\n      postcode\n      region\n      serviceTypes\n      organisationId\n      organisation {\n        id\n        name\n      }\n    }\n    total: _allCentresMeta(filter: $filter) {\n      count\n    }\n  }\n": typeof types.ListCentresDocument,
    "\n  query CentreNames($sortField: String) {\n    allCentres(sortField: $sortField) {\n      name\n    }\n  }\n": typeof types.CentreNamesDocument,
    "\n  query ClrPerson($id: ID!) {\n    Person(id: $id) {\n      id\n      clearanceStatus\n      clearanceExpiresOn\n      clearanceAction\n      requiredDbsLevel\n      latestDbsLevel\n    }\n  }\n": typeof types.ClrPersonDocument,
    "\n  query ClrPeopleByStatus($filter: PersonFilter) {\n    allPeople(filter: $filter, perPage: 500, sortField: \"id\") {\n      id\n      clearanceStatus\n    }\n    _allPeopleMeta(filter: $filter) {\n      count\n    }\n  }\n": typeof types.ClrPeopleByStatusDocument,
    "\n  query ClrSummaryTotals($filter: ClearanceSummaryFilter) {\n    clearanceSummary(filter: $filter) {\n      totals {\n        cleared\n        expiring\n        expired\n        missingDbs\n        wrongLevel\n        notCleared\n        needsNewCheck\n        total\n        cannotBeRostered\n      }\n    }\n  }\n": typeof types.ClrSummaryTotalsDocument,
    "\n  query ClrSummary($filter: ClearanceSummaryFilter) {\n    clearanceSummary(filter: $filter) {\n      totals {\n        cleared\n        expiring\n        expired\n        missingDbs\n        wrongLevel\n        notCleared\n        needsNewCheck\n        total\n        cannotBeRostered\n      }\n      centres {\n        centreId\n        centreName\n        counts {\n          cleared\n          expiring\n          expired\n          missingDbs\n          wrongLevel\n          notCleared\n          needsNewCheck\n          total\n          cannotBeRostered\n        }\n      }\n      expiringSoon {\n        id\n        clearanceExpiresOn\n      }\n      cannotBeRostered {\n        id\n        familyName\n        givenName\n        clearanceStatus\n        clearanceAction\n      }\n    }\n  }\n": typeof types.ClrSummaryDocument,
    "\n  query ClrPage($perPage: Int, $filter: PersonFilter) {\n    allPeople(perPage: $perPage, filter: $filter) {\n      id\n      fullName\n      clearanceStatus\n      clearanceExpiresOn\n      latestDbsLevel\n      centreHistory {\n        centreId\n        startedOn\n        endedOn\n      }\n      organisation {\n        id\n        name\n      }\n    }\n    _allPeopleMeta(filter: $filter) {\n      count\n    }\n  }\n": typeof types.ClrPageDocument,
    "\n  query ClrCentre($id: ID!) {\n    Centre(id: $id) {\n      id\n    }\n  }\n": typeof types.ClrCentreDocument,
    "\n  query RlPerson($id: ID!) {\n    Person(id: $id) {\n      id\n      clearanceStatus\n      requiredDbsLevel\n    }\n  }\n": typeof types.RlPersonDocument,
    "\n  mutation RlCentreServices($id: ID!, $serviceTypes: [ServiceType!]) {\n    updateCentre(id: $id, serviceTypes: $serviceTypes) {\n      id\n      serviceTypes\n    }\n  }\n": typeof types.RlCentreServicesDocument,
    "\n  mutation RlMovePerson($id: ID!, $centreIds: [ID!]) {\n    updatePerson(id: $id, centreIds: $centreIds) {\n      id\n      requiredDbsLevel\n      clearanceStatus\n    }\n  }\n": typeof types.RlMovePersonDocument,
    "\n  mutation DbsCreate(\n    $personId: ID!\n    $level: DbsLevel!\n    $certificateNumber: String!\n    $issueDate: LocalDate!\n    $decision: DbsDecision!\n    $decidedAt: DateTimeISO\n    $decidedBy: String\n    $onUpdateService: Boolean\n    $updateServiceSubscriptionId: String\n  ) {\n    createDbsCheck(\n      personId: $personId\n      level: $level\n      certificateNumber: $certificateNumber\n      issueDate: $issueDate\n      decision: $decision\n      decidedAt: $decidedAt\n      decidedBy: $decidedBy\n      onUpdateService: $onUpdateService\n      updateServiceSubscriptionId: $updateServiceSubscriptionId\n    ) {\n      id\n      personId\n      organisationId\n      level\n      certificateNumber\n      certificateHeld\n      issueDate\n      decision\n      decidedBy\n      decidedAt\n      onUpdateService\n      updateServiceSubscriptionId\n      version\n    }\n  }\n": typeof types.DbsCreateDocument,
    "\n  mutation DbsUpdate(\n    $id: ID!\n    $version: Int\n    $level: DbsLevel\n    $issueDate: LocalDate\n    $decision: DbsDecision\n    $onUpdateService: Boolean\n    $updateServiceSubscriptionId: String\n  ) {\n    updateDbsCheck(\n      id: $id\n      version: $version\n      level: $level\n      issueDate: $issueDate\n      decision: $decision\n      onUpdateService: $onUpdateService\n      updateServiceSubscriptionId: $updateServiceSubscriptionId\n    ) {\n      id\n      level\n      issueDate\n      decision\n      onUpdateService\n      updateServiceSubscriptionId\n      lastStatusCheckDate\n      lastStatusCheckResult\n      certificateNumber\n      version\n    }\n  }\n": typeof types.DbsUpdateDocument,
    "\n  mutation DbsStatusCheck($id: ID!, $checkedOn: LocalDate!, $result: StatusCheckResult!) {\n    recordDbsStatusCheck(id: $id, checkedOn: $checkedOn, result: $result) {\n      id\n      lastStatusCheckDate\n      lastStatusCheckResult\n      certificateNumber\n      version\n    }\n  }\n": typeof types.DbsStatusCheckDocument,
    "\n  mutation DbsReveal($id: ID!, $reason: String!) {\n    revealDbsCertificateNumber(id: $id, reason: $reason)\n  }\n": typeof types.DbsRevealDocument,
    "\n  query DbsAll($filter: DbsCheckFilter) {\n    allDbsChecks(filter: $filter, perPage: 100) {\n      id\n      personId\n      level\n      certificateNumber\n      certificateHeld\n      certificatePurgedAt\n    }\n    _allDbsChecksMeta(filter: $filter) {\n      count\n    }\n  }\n": typeof types.DbsAllDocument,
    "\n  query DbsById($id: ID!) {\n    DbsCheck(id: $id) {\n      id\n      level\n      decision\n      certificateNumber\n      certificateHeld\n      certificatePurgedAt\n    }\n  }\n": typeof types.DbsByIdDocument,
    "\n  query DbsPersonClearance($id: ID!) {\n    Person(id: $id) {\n      id\n      clearanceStatus\n      clearanceExpiresOn\n      requiredDbsLevel\n      latestDbsLevel\n    }\n  }\n": typeof types.DbsPersonClearanceDocument,
    "\n  mutation CreateOrganisation(\n    $name: String!\n    $type: OrganisationType!\n    $contactEmail: String!\n    $region: Region!\n    $charityNumber: String\n    $membershipStatus: MembershipStatus\n  ) {\n    createOrganisation(\n      name: $name\n      type: $type\n      contactEmail: $contactEmail\n      region: $region\n      charityNumber: $charityNumber\n      membershipStatus: $membershipStatus\n    ) {\n      id\n      name\n      contactEmail\n      charityNumber\n      membershipStatus\n      version\n    }\n  }\n": typeof types.CreateOrganisationDocument,
    "\n  mutation UpdateOrganisation($id: ID!, $version: Int, $name: String, $charityNumber: String) {\n    updateOrganisation(id: $id, version: $version, name: $name, charityNumber: $charityNumber) {\n      id\n      name\n      charityNumber\n      version\n    }\n  }\n": typeof types.UpdateOrganisationDocument,
    "\n  query ExportOrganisation($id: ID!) {\n    exportOrganisation(id: $id)\n  }\n": typeof types.ExportOrganisationDocument,
    "\n  mutation UpdateMembership($id: ID!, $membershipStatus: MembershipStatus) {\n    updateOrganisation(id: $id, membershipStatus: $membershipStatus) {\n      id\n      membershipStatus\n    }\n  }\n": typeof types.UpdateMembershipDocument,
    "\n  mutation DeleteOrganisation($id: ID!) {\n    deleteOrganisation(id: $id) {\n      id\n    }\n  }\n": typeof types.DeleteOrganisationDocument,
    "\n  query ListOrganisations($filter: OrganisationFilter, $sortField: String, $sortOrder: String, $perPage: Int) {\n    allOrganisations(filter: $filter, sortField: $sortField, sortOrder: $sortOrder, perPage: $perPage) {\n      id\n      name\n      region\n      centres {\n        id\n        name\n      }\n    }\n    _allOrganisationsMeta(filter: $filter) {\n      count\n    }\n  }\n": typeof types.ListOrganisationsDocument,
    "\n  mutation AddCentreToOrganisation($organisationId: ID!, $name: String!) {\n    createCentre(organisationId: $organisationId, name: $name, postcode: \"LS1 4AP\", serviceTypes: [SUPPORTED_CONTACT], addressLine1: \"Town Hall\", town: \"Leeds\") {\n      id\n    }\n  }\n": typeof types.AddCentreToOrganisationDocument,
    "\n  query ExportPeopleCsv($filter: PersonFilter) {\n    peopleCsv(filter: $filter)\n  }\n": typeof types.ExportPeopleCsvDocument,
    "\n  mutation ImportPeopleCsv($organisationId: ID!, $csv: String!, $dryRun: Boolean) {\n    importPeople(organisationId: $organisationId, csv: $csv, dryRun: $dryRun) {\n      imported\n      rows\n      errors {\n        row\n        field\n        message\n      }\n    }\n  }\n": typeof types.ImportPeopleCsvDocument,
    "\n  query PrPeople($filter: PersonFilter) {\n    allPeople(filter: $filter, perPage: 100, sortField: \"familyName\") {\n      id\n      familyName\n      latestDbsLevel\n      organisation {\n        id\n        name\n      }\n    }\n    _allPeopleMeta(filter: $filter) {\n      count\n    }\n  }\n": typeof types.PrPeopleDocument,
    "\n  query PrPerson($id: ID!) {\n    Person(id: $id) {\n      id\n      familyName\n    }\n  }\n": typeof types.PrPersonDocument,
    "\n  query PrCsv {\n    peopleCsv\n  }\n": typeof types.PrCsvDocument,
    "\n  query PrTotals {\n    clearanceSummary {\n      totals {\n        total\n      }\n      cannotBeRostered {\n        id\n      }\n    }\n  }\n": typeof types.PrTotalsDocument,
    "\n  mutation PpUpdatePhone($id: ID!, $phone: String) {\n    updatePerson(id: $id, phone: $phone) {\n      id\n      phone\n    }\n  }\n": typeof types.PpUpdatePhoneDocument,
    "\n  mutation PpRecordCheck($personId: ID!) {\n    createDbsCheck(\n      personId: $personId\n      jurisdiction: DBS\n      level: ENHANCED_BARRED\n      workforce: CHILD\n      certificateNumber: \"009988776655\"\n      issueDate: \"2026-02-01\"\n      decision: CLEARED_AFTER_RISK_ASSESSMENT\n      decidedBy: \"Priya Safeguarding-Lead\"\n    ) {\n      id\n    }\n  }\n": typeof types.PpRecordCheckDocument,
    "\n  query PpAuditTrail($filter: AuditEventFilter) {\n    allAuditEvents(filter: $filter, perPage: 500) {\n      action\n      entityType\n      changes\n    }\n  }\n": typeof types.PpAuditTrailDocument,
    "\n  query PpDbsChecks {\n    allDbsChecks(perPage: 500) {\n      id\n      organisationId\n    }\n  }\n": typeof types.PpDbsChecksDocument,
    "\n  query PpExportOrganisation($id: ID!) {\n    exportOrganisation(id: $id)\n  }\n": typeof types.PpExportOrganisationDocument,
    "\n  query PpPeopleCsv($filter: PersonFilter) {\n    peopleCsv(filter: $filter)\n  }\n": typeof types.PpPeopleCsvDocument,
    "\n  mutation PplCreate(\n    $organisationId: ID!\n    $givenName: String!\n    $familyName: String!\n    $personType: PersonType!\n    $startDate: LocalDate!\n    $email: String\n    $phone: String\n    $centreIds: [ID!]\n    $notes: String\n  ) {\n    createPerson(\n      organisationId: $organisationId\n      givenName: $givenName\n      familyName: $familyName\n      personType: $personType\n      startDate: $startDate\n      email: $email\n      phone: $phone\n      centreIds: $centreIds\n      notes: $notes\n    ) {\n      id\n      organisationId\n      givenName\n      familyName\n      fullName\n      email\n      phone\n      personType\n      startDate\n      leaveDate\n      status\n      centreIds\n      notes\n      version\n    }\n  }\n": typeof types.PplCreateDocument,
    "\n  mutation PplUpdate(\n    $id: ID!\n    $version: Int\n    $givenName: String\n    $email: String\n    $startDate: LocalDate\n    $leaveDate: LocalDate\n    $status: PersonStatus\n    $centreIds: [ID!]\n  ) {\n    updatePerson(id: $id, version: $version, givenName: $givenName, email: $email, startDate: $startDate, leaveDate: $leaveDate, status: $status, centreIds: $centreIds) {\n      id\n      givenName\n      email\n      startDate\n      leaveDate\n      status\n      centreIds\n      version\n      centreHistory {\n        centreId\n        startedOn\n        endedOn\n      }\n    }\n  }\n": typeof types.PplUpdateDocument,
    "\n  mutation PplDelete($id: ID!) {\n    deletePerson(id: $id) {\n      id\n      fullName\n    }\n  }\n": typeof types.PplDeleteDocument,
    "\n  query PplGet($id: ID!) {\n    Person(id: $id) {\n      id\n      status\n      leaveDate\n      centreIds\n      version\n      organisation {\n        id\n      }\n      centreHistory {\n        centreId\n        startedOn\n        endedOn\n      }\n    }\n  }\n": typeof types.PplGetDocument,
    "\n  mutation NsCreateSet($kind: StandardSetKind!, $versionLabel: String!, $effectiveOn: LocalDate!, $copyFromId: ID) {\n    createStandardSet(kind: $kind, versionLabel: $versionLabel, effectiveOn: $effectiveOn, copyFromId: $copyFromId) {\n      id\n      kind\n      versionLabel\n      status\n      version\n      standardCount\n    }\n  }\n": typeof types.NsCreateSetDocument,
    "\n  mutation NsUpdateSet($id: ID!, $version: Int, $versionLabel: String, $effectiveOn: LocalDate, $areas: [StandardAreaInput!]) {\n    updateStandardSet(id: $id, version: $version, versionLabel: $versionLabel, effectiveOn: $effectiveOn, areas: $areas) {\n      id\n      version\n      versionLabel\n      effectiveOn\n      standardCount\n      areas { number title standards { code title guidance } }\n    }\n  }\n": typeof types.NsUpdateSetDocument,
    "\n  mutation NsPublishSet($id: ID!) {\n    publishStandardSet(id: $id) { id status publishedAt }\n  }\n": typeof types.NsPublishSetDocument,
    "\n  mutation NsDeleteSet($id: ID!) {\n    deleteStandardSet(id: $id) { id versionLabel }\n  }\n": typeof types.NsDeleteSetDocument,
    "\n  query NsReadSet($id: ID!) {\n    StandardSet(id: $id) {\n      id\n      kind\n      versionLabel\n      effectiveOn\n      status\n      publishedAt\n      standardCount\n      areas { number title standards { code title guidance } }\n    }\n  }\n": typeof types.NsReadSetDocument,
    "\n  query NsListSets($filter: StandardSetFilter, $sortField: String, $sortOrder: String) {\n    allStandardSets(filter: $filter, sortField: $sortField, sortOrder: $sortOrder, perPage: 50) { id kind versionLabel status standardCount areas { number standards { code } } }\n    _allStandardSetsMeta(filter: $filter) { count }\n  }\n": typeof types.NsListSetsDocument,
    "\n  query TrCompMatrix($filter: TrainingMatrixFilter) {\n    trainingMatrix(filter: $filter) {\n      courses {\n        id\n        code\n      }\n      rows {\n        personId\n        personName\n        personType\n        organisationId\n        trainingStatus\n        hoursLast12Months\n        creditsLast12Months\n        cells {\n          courseId\n          state\n          completedOn\n          expiresOn\n        }\n      }\n      counts {\n        current\n        expiring\n        expired\n        missing\n        total\n      }\n    }\n  }\n": typeof types.TrCompMatrixDocument,
    "\n  query TrCompOverview($filter: TrainingOverviewFilter) {\n    trainingOverview(filter: $filter) {\n      totals {\n        current\n        expiring\n        expired\n        missing\n        total\n      }\n      byRegion {\n        key\n        label\n        counts {\n          current\n          expiring\n          expired\n          missing\n          total\n        }\n      }\n      byOrganisation {\n        key\n        label\n        region\n        counts {\n          current\n          expiring\n          expired\n          missing\n          total\n        }\n      }\n      byCourse {\n        key\n        label\n        counts {\n          current\n          expiring\n          expired\n          missing\n          total\n        }\n      }\n    }\n  }\n": typeof types.TrCompOverviewDocument,
    "\n  query TrCompSummary($filter: ClearanceSummaryFilter) {\n    clearanceSummary(filter: $filter) {\n      totals {\n        cleared\n        expiring\n        trainingMissing\n        trainingExpired\n        trainingExpiring\n        total\n        cannotBeRostered\n      }\n      expiringSoon {\n        id\n      }\n      cannotBeRostered {\n        id\n        familyName\n        clearanceStatus\n        clearanceAction\n      }\n    }\n  }\n": typeof types.TrCompSummaryDocument,
    "\n  query TrCompMatrixCsv($filter: TrainingMatrixFilter) {\n    trainingMatrixCsv(filter: $filter)\n  }\n": typeof types.TrCompMatrixCsvDocument,
    "\n  query TrCompRecordsCsv($filter: TrainingRecordFilter) {\n    trainingRecordsCsv(filter: $filter)\n  }\n": typeof types.TrCompRecordsCsvDocument,
    "\n  mutation TrRecCreateCourse($code: String!, $validityMonths: Int, $requirements: [CourseRequirementInput!]) {\n    createCourse(code: $code, title: \"Safeguarding children\", ocnLevel: LEVEL_2, creditValue: 3, guidedLearningHours: 9, delivery: IN_PERSON, validityMonths: $validityMonths, requirements: $requirements) {\n      id\n      version\n    }\n  }\n": typeof types.TrRecCreateCourseDocument,
    "\n  mutation TrRecUpdateCourse($id: ID!, $validityMonths: Int) {\n    updateCourse(id: $id, validityMonths: $validityMonths) {\n      id\n      validityMonths\n    }\n  }\n": typeof types.TrRecUpdateCourseDocument,
    "\n  mutation TrRecCreate(\n    $personId: ID!\n    $source: TrainingSource\n    $courseId: ID\n    $externalCourse: String\n    $externalProvider: String\n    $completedOn: LocalDate!\n    $outcome: TrainingOutcome!\n    $credits: Int\n    $hours: Float\n  ) {\n    createTrainingRecord(\n      personId: $personId\n      source: $source\n      courseId: $courseId\n      externalCourse: $externalCourse\n      externalProvider: $externalProvider\n      completedOn: $completedOn\n      outcome: $outcome\n      credits: $credits\n      hours: $hours\n    ) {\n      id\n      version\n      personId\n      organisationId\n      source\n      courseId\n      courseCode\n      courseTitle\n      externalProvider\n      completedOn\n      outcome\n      credits\n      hours\n      expiresOn\n      recordedByName\n    }\n  }\n": typeof types.TrRecCreateDocument,
    "\n  mutation TrRecUpdate($id: ID!, $version: Int, $completedOn: LocalDate, $outcome: TrainingOutcome, $credits: Int, $externalProvider: String) {\n    updateTrainingRecord(id: $id, version: $version, completedOn: $completedOn, outcome: $outcome, credits: $credits, externalProvider: $externalProvider) {\n      id\n      version\n      completedOn\n      outcome\n      externalProvider\n      recordedByName\n    }\n  }\n": typeof types.TrRecUpdateDocument,
    "\n  mutation TrRecDelete($id: ID!) {\n    deleteTrainingRecord(id: $id) {\n      id\n      courseTitle\n      personId\n    }\n  }\n": typeof types.TrRecDeleteDocument,
    "\n  query TrRecOne($id: ID!) {\n    TrainingRecord(id: $id) {\n      id\n      completedOn\n      expiresOn\n    }\n  }\n": typeof types.TrRecOneDocument,
    "\n  query TrRecPerson($id: ID!) {\n    Person(id: $id) {\n      trainingStatus\n      trainingExpiresOn\n      trainingRecords {\n        id\n        expiresOn\n      }\n    }\n  }\n": typeof types.TrRecPersonDocument,
    "\n  query TrRecList($filter: TrainingRecordFilter, $sortField: String, $sortOrder: String) {\n    allTrainingRecords(filter: $filter, sortField: $sortField, sortOrder: $sortOrder, perPage: 100) {\n      id\n      courseTitle\n      completedOn\n    }\n    _allTrainingRecordsMeta(filter: $filter) {\n      count\n    }\n  }\n": typeof types.TrRecListDocument,
    "\n  mutation TrRulesCreateCourse($code: String!, $validityMonths: Int, $active: Boolean, $requirements: [CourseRequirementInput!]) {\n    createCourse(\n      code: $code\n      title: \"Case course\"\n      ocnLevel: LEVEL_2\n      creditValue: 3\n      guidedLearningHours: 9\n      delivery: IN_PERSON\n      validityMonths: $validityMonths\n      active: $active\n      requirements: $requirements\n    ) {\n      id\n      mandatory\n    }\n  }\n": typeof types.TrRulesCreateCourseDocument,
    "\n  mutation TrRulesRecordNaccc($personId: ID!, $courseId: ID!, $completedOn: LocalDate!, $outcome: TrainingOutcome!) {\n    createTrainingRecord(personId: $personId, source: NACCC, courseId: $courseId, completedOn: $completedOn, outcome: $outcome) {\n      id\n    }\n  }\n": typeof types.TrRulesRecordNacccDocument,
    "\n  mutation TrRulesRecordExternal($personId: ID!, $completedOn: LocalDate!, $outcome: TrainingOutcome!) {\n    createTrainingRecord(personId: $personId, source: EXTERNAL, externalCourse: \"Case course\", externalProvider: \"Nottingham City Council\", completedOn: $completedOn, outcome: $outcome) {\n      id\n    }\n  }\n": typeof types.TrRulesRecordExternalDocument,
    "\n  query TrRulesPerson($id: ID!) {\n    Person(id: $id) {\n      clearanceStatus\n      clearanceAction\n      trainingStatus\n      trainingDue\n      trainingExpiresOn\n      training {\n        mandatory {\n          courseId\n          courseCode\n          state\n          completedOn\n          expiresOn\n        }\n      }\n    }\n  }\n": typeof types.TrRulesPersonDocument,
    "\n  query TrRulesRosterable($ids: [ID!]) {\n    allPeople(filter: { ids: $ids, rosterable: true }) {\n      id\n    }\n  }\n": typeof types.TrRulesRosterableDocument,
    "\n  query TrRulesMatrix($organisationId: ID) {\n    trainingMatrix(filter: { organisationId: $organisationId }) {\n      courses {\n        id\n      }\n      rows {\n        personId\n        trainingStatus\n        cells {\n          courseId\n          state\n          completedOn\n          expiresOn\n        }\n      }\n    }\n  }\n": typeof types.TrRulesMatrixDocument,
    "\n  mutation TrSessCreateCourse($code: String!) {\n    createCourse(code: $code, title: \"Supervised contact practice\", ocnLevel: LEVEL_3, creditValue: 6, guidedLearningHours: 30, delivery: IN_PERSON) {\n      id\n    }\n  }\n": typeof types.TrSessCreateCourseDocument,
    "\n  mutation TrSessCreateSession($courseId: ID!, $startsAt: DateTimeISO!, $endsAt: DateTimeISO!, $capacity: Int!) {\n    createCourseSession(courseId: $courseId, startsAt: $startsAt, endsAt: $endsAt, trainer: \"Tess Trainer\", venue: \"Friends Meeting House\", capacity: $capacity) {\n      id\n      status\n    }\n  }\n": typeof types.TrSessCreateSessionDocument,
    "\n  mutation TrSessUpdateSession($id: ID!, $status: SessionStatus, $capacity: Int, $trainer: String) {\n    updateCourseSession(id: $id, status: $status, capacity: $capacity, trainer: $trainer) {\n      id\n      status\n      capacity\n    }\n  }\n": typeof types.TrSessUpdateSessionDocument,
    "\n  mutation TrSessEnrol($sessionId: ID!, $personIds: [ID!]!) {\n    enrolInSession(sessionId: $sessionId, personIds: $personIds) {\n      id\n      placesTaken\n    }\n  }\n": typeof types.TrSessEnrolDocument,
    "\n  mutation TrSessRequest($sessionId: ID!, $personIds: [ID!]!) {\n    requestSessionPlaces(sessionId: $sessionId, personIds: $personIds) {\n      id\n      placesTaken\n      placesLeft\n    }\n  }\n": typeof types.TrSessRequestDocument,
    "\n  mutation TrSessRemove($id: ID!) {\n    removeEnrolment(id: $id) {\n      id\n      placesTaken\n    }\n  }\n": typeof types.TrSessRemoveDocument,
    "\n  query TrSessSession($id: ID!) {\n    CourseSession(id: $id) {\n      status\n      placesTaken\n      placesLeft\n      enrolments {\n        id\n        personId\n        status\n      }\n    }\n  }\n": typeof types.TrSessSessionDocument,
    "\n  mutation TrSessCohort($sessionId: ID!, $results: [CohortResultInput!]!) {\n    recordCohortAttendance(sessionId: $sessionId, results: $results) {\n      session {\n        status\n      }\n      created\n      corrected\n      unchanged\n      records {\n        id\n        personId\n        outcome\n        credits\n        hours\n        version\n        recordedByName\n      }\n    }\n  }\n": typeof types.TrSessCohortDocument,
    "\n  mutation TrCreateCourse($code: String!, $title: String!, $validityMonths: Int, $requirements: [CourseRequirementInput!]) {\n    createCourse(code: $code, title: $title, ocnLevel: LEVEL_1, creditValue: 3, guidedLearningHours: 12, delivery: IN_PERSON, validityMonths: $validityMonths, requirements: $requirements) {\n      id\n      code\n      mandatory\n      requirements { personType serviceType }\n    }\n  }\n": typeof types.TrCreateCourseDocument,
    "\n  mutation TrCreateSession($courseId: ID!, $startsAt: DateTimeISO!, $endsAt: DateTimeISO!, $capacity: Int!) {\n    createCourseSession(courseId: $courseId, startsAt: $startsAt, endsAt: $endsAt, trainer: \"Tess Trainer\", venue: \"Friends Meeting House\", region: LONDON, capacity: $capacity) {\n      id\n      status\n      placesLeft\n    }\n  }\n": typeof types.TrCreateSessionDocument,
    "\n  mutation TrEnrol($sessionId: ID!, $personIds: [ID!]!) {\n    enrolInSession(sessionId: $sessionId, personIds: $personIds) {\n      id\n      placesTaken\n      placesLeft\n      enrolments { personId status }\n    }\n  }\n": typeof types.TrEnrolDocument,
    "\n  mutation TrRequest($sessionId: ID!, $personIds: [ID!]!) {\n    requestSessionPlaces(sessionId: $sessionId, personIds: $personIds) {\n      id\n      placesTaken\n      enrolments { personId status }\n    }\n  }\n": typeof types.TrRequestDocument,
    "\n  mutation TrCohort($sessionId: ID!, $results: [CohortResultInput!]!) {\n    recordCohortAttendance(sessionId: $sessionId, results: $results) {\n      session { id status }\n      created\n      corrected\n      unchanged\n      records { personId outcome credits hours expiresOn courseCode }\n    }\n  }\n": typeof types.TrCohortDocument,
    "\n  query TrPerson($id: ID!) {\n    Person(id: $id) {\n      id\n      clearanceStatus\n      clearanceAction\n      trainingStatus\n      trainingDue\n      training { hoursLast12Months creditsLast12Months mandatory { courseCode state expiresOn } }\n      trainingRecords { courseTitle outcome }\n    }\n  }\n": typeof types.TrPersonDocument,
    "\n  mutation InviteCoordinator($email: String!, $organisationId: ID!, $centreIds: [ID!]) {\n    createUser(email: $email, displayName: \"Pat Coordinator\", role: CENTRE_COORDINATOR, organisationId: $organisationId, centreIds: $centreIds) {\n      id\n      email\n      inviteToken\n      grants {\n        id\n        role\n        organisationId\n        centreIds\n      }\n    }\n  }\n": typeof types.InviteCoordinatorDocument,
    "\n  mutation InviteOrgAdmin($email: String!, $displayName: String!, $organisationId: ID!) {\n    createUser(email: $email, displayName: $displayName, role: ORG_ADMIN, organisationId: $organisationId) {\n      id\n    }\n  }\n": typeof types.InviteOrgAdminDocument,
    "\n  query UsersOfOrganisation($filter: UserFilter) {\n    allUsers(filter: $filter, sortField: \"email\") {\n      email\n      grants {\n        role\n      }\n    }\n    _allUsersMeta(filter: $filter) {\n      count\n    }\n  }\n": typeof types.UsersOfOrganisationDocument,
    "\n  mutation AddAdminGrant($userId: ID!, $organisationId: ID!) {\n    addGrant(userId: $userId, role: ORG_ADMIN, organisationId: $organisationId) {\n      id\n      grants {\n        id\n        role\n      }\n    }\n  }\n": typeof types.AddAdminGrantDocument,
    "\n  mutation RemoveGrant($grantId: ID!) {\n    removeGrant(grantId: $grantId) {\n      id\n    }\n  }\n": typeof types.RemoveGrantDocument,
    "\n  mutation DeactivateSelf($id: ID!) {\n    updateUser(id: $id, active: false) {\n      id\n    }\n  }\n": typeof types.DeactivateSelfDocument,
    "\n  query AuditTrail($filter: AuditEventFilter) {\n    allAuditEvents(filter: $filter) {\n      action\n      entityType\n      organisationId\n      actorUserId\n      changes\n    }\n  }\n": typeof types.AuditTrailDocument,
    "\n  mutation LoadAddCentre($organisationId: ID!, $name: String!) {\n    createCentre(organisationId: $organisationId, name: $name, postcode: \"M1 1AE\", serviceTypes: [SUPPORTED_CONTACT], addressLine1: \"Hall\", town: \"Manchester\") {\n      id\n    }\n  }\n": typeof types.LoadAddCentreDocument,
    "\n  mutation LoadRenameCentre($id: ID!, $openingPattern: String!) {\n    updateCentre(id: $id, openingPattern: $openingPattern) {\n      id\n      openingPattern\n    }\n  }\n": typeof types.LoadRenameCentreDocument,
    "\n  query LoadListOwn {\n    allCentres(perPage: 500) {\n      id\n      organisationId\n    }\n  }\n": typeof types.LoadListOwnDocument,
    "\n  query XtCentres($filter: CentreFilter) {\n    items: allCentres(filter: $filter, perPage: 500, sortField: \"id\") {\n      id\n      name\n      organisationId\n    }\n    total: _allCentresMeta(filter: $filter) {\n      count\n    }\n  }\n": typeof types.XtCentresDocument,
    "\n  query XtCentre($id: ID!) {\n    Centre(id: $id) {\n      id\n      name\n      organisationId\n    }\n  }\n": typeof types.XtCentreDocument,
    "\n  query XtCentreWithSiblings($id: ID!) {\n    Centre(id: $id) {\n      id\n      organisation {\n        id\n        centres {\n          id\n        }\n      }\n    }\n  }\n": typeof types.XtCentreWithSiblingsDocument,
    "\n  query XtCentrePair($a: ID!, $b: ID!) {\n    a: Centre(id: $a) {\n      id\n      name\n    }\n    b: Centre(id: $b) {\n      id\n      name\n    }\n  }\n": typeof types.XtCentrePairDocument,
    "\n  mutation XtCreateCentre($organisationId: ID!, $name: String!) {\n    createCentre(\n      organisationId: $organisationId\n      name: $name\n      postcode: \"NG1 5FS\"\n      serviceTypes: [SUPPORTED_CONTACT]\n      addressLine1: \"Church Hall\"\n      town: \"Nottingham\"\n    ) {\n      id\n      organisationId\n    }\n  }\n": typeof types.XtCreateCentreDocument,
    "\n  mutation XtUpdateCentre($id: ID!, $name: String!) {\n    updateCentre(id: $id, name: $name) {\n      id\n      name\n      version\n    }\n  }\n": typeof types.XtUpdateCentreDocument,
    "\n  mutation XtUpdateCentrePair($own: ID!, $foreign: ID!, $name: String!) {\n    own: updateCentre(id: $own, name: $name) {\n      id\n      name\n      version\n    }\n    foreign: updateCentre(id: $foreign, name: $name) {\n      id\n      name\n      version\n    }\n  }\n": typeof types.XtUpdateCentrePairDocument,
    "\n  mutation XtDeleteCentre($id: ID!) {\n    deleteCentre(id: $id) {\n      id\n      name\n    }\n  }\n": typeof types.XtDeleteCentreDocument,
    "\n  query XtOrganisations($filter: OrganisationFilter) {\n    items: allOrganisations(filter: $filter, perPage: 500) {\n      id\n      name\n    }\n    total: _allOrganisationsMeta(filter: $filter) {\n      count\n    }\n  }\n": typeof types.XtOrganisationsDocument,
    "\n  query XtOrganisation($id: ID!) {\n    Organisation(id: $id) {\n      id\n      name\n      centres {\n        id\n      }\n    }\n  }\n": typeof types.XtOrganisationDocument,
    "\n  mutation XtCreateOrganisation($name: String!) {\n    createOrganisation(name: $name, type: CHARITY, contactEmail: \"new@example.org.uk\", region: LONDON) {\n      id\n    }\n  }\n": typeof types.XtCreateOrganisationDocument,
    "\n  mutation XtUpdateOrganisation($id: ID!, $name: String, $membershipStatus: MembershipStatus) {\n    updateOrganisation(id: $id, name: $name, membershipStatus: $membershipStatus) {\n      id\n      name\n      membershipStatus\n    }\n  }\n": typeof types.XtUpdateOrganisationDocument,
    "\n  mutation XtDeleteOrganisation($id: ID!) {\n    deleteOrganisation(id: $id) {\n      id\n    }\n  }\n": typeof types.XtDeleteOrganisationDocument,
    "\n  query XtUsers($filter: UserFilter) {\n    allUsers(filter: $filter, perPage: 500, sortField: \"email\") {\n      id\n      email\n    }\n    _allUsersMeta(filter: $filter) {\n      count\n    }\n  }\n": typeof types.XtUsersDocument,
    "\n  query XtUser($id: ID!) {\n    User(id: $id) {\n      id\n      email\n      grants {\n        role\n        organisationId\n        centreIds\n      }\n    }\n  }\n": typeof types.XtUserDocument,
    "\n  mutation XtUpdateUser($id: ID!, $active: Boolean, $displayName: String) {\n    updateUser(id: $id, active: $active, displayName: $displayName) {\n      id\n      active\n      displayName\n    }\n  }\n": typeof types.XtUpdateUserDocument,
    "\n  mutation XtCreateUser($email: String!, $role: Role!, $organisationId: ID, $centreIds: [ID!]) {\n    createUser(email: $email, displayName: \"Invited Person\", role: $role, organisationId: $organisationId, centreIds: $centreIds) {\n      id\n      email\n      inviteToken\n    }\n  }\n": typeof types.XtCreateUserDocument,
    "\n  mutation XtAddGrant($userId: ID!, $role: Role!, $organisationId: ID, $centreIds: [ID!]) {\n    addGrant(userId: $userId, role: $role, organisationId: $organisationId, centreIds: $centreIds) {\n      id\n      grants {\n        role\n        organisationId\n      }\n    }\n  }\n": typeof types.XtAddGrantDocument,
    "\n  mutation XtRemoveGrant($grantId: ID!) {\n    removeGrant(grantId: $grantId) {\n      id\n    }\n  }\n": typeof types.XtRemoveGrantDocument,
    "\n  query XtAuditEvents($filter: AuditEventFilter) {\n    allAuditEvents(filter: $filter, perPage: 500) {\n      id\n      action\n      entityType\n      entityId\n      organisationId\n    }\n    _allAuditEventsMeta(filter: $filter) {\n      count\n    }\n  }\n": typeof types.XtAuditEventsDocument,
    "\n  query XtAuditEvent($id: ID!) {\n    AuditEvent(id: $id) {\n      id\n      organisationId\n    }\n  }\n": typeof types.XtAuditEventDocument,
    "\n  query XtMe {\n    me {\n      id\n      email\n    }\n  }\n": typeof types.XtMeDocument,
    "\n  query XtPeople($filter: PersonFilter) {\n    items: allPeople(filter: $filter, perPage: 500, sortField: \"id\") {\n      id\n      familyName\n      organisationId\n      clearanceStatus\n    }\n    total: _allPeopleMeta(filter: $filter) {\n      count\n    }\n  }\n": typeof types.XtPeopleDocument,
    "\n  query XtPerson($id: ID!) {\n    Person(id: $id) {\n      id\n      familyName\n      organisationId\n      centreIds\n      clearanceStatus\n      latestDbsLevel\n      centreHistory {\n        centreId\n      }\n    }\n  }\n": typeof types.XtPersonDocument,
    "\n  query XtPersonOrganisation($id: ID!) {\n    Person(id: $id) {\n      id\n      organisation {\n        id\n        name\n        centres {\n          id\n        }\n      }\n    }\n  }\n": typeof types.XtPersonOrganisationDocument,
    "\n  mutation XtCreatePerson($organisationId: ID!, $centreIds: [ID!]) {\n    createPerson(organisationId: $organisationId, givenName: \"Planted\", familyName: \"Person\", personType: VOLUNTEER, startDate: \"2025-01-06\", centreIds: $centreIds) {\n      id\n    }\n  }\n": typeof types.XtCreatePersonDocument,
    "\n  mutation XtUpdatePerson($id: ID!, $familyName: String, $centreIds: [ID!]) {\n    updatePerson(id: $id, familyName: $familyName, centreIds: $centreIds) {\n      id\n      familyName\n      centreIds\n    }\n  }\n": typeof types.XtUpdatePersonDocument,
    "\n  mutation XtDeletePerson($id: ID!) {\n    deletePerson(id: $id) {\n      id\n    }\n  }\n": typeof types.XtDeletePersonDocument,
    "\n  mutation XtImportPeople($organisationId: ID!, $csv: String!) {\n    importPeople(organisationId: $organisationId, csv: $csv) {\n      imported\n      rows\n      errors {\n        row\n        field\n        message\n      }\n    }\n  }\n": typeof types.XtImportPeopleDocument,
    "\n  query XtPeopleCsv($filter: PersonFilter) {\n    peopleCsv(filter: $filter)\n  }\n": typeof types.XtPeopleCsvDocument,
    "\n  query XtDbsChecks($filter: DbsCheckFilter) {\n    items: allDbsChecks(filter: $filter, perPage: 500) {\n      id\n      personId\n      organisationId\n      certificateNumber\n    }\n    total: _allDbsChecksMeta(filter: $filter) {\n      count\n    }\n  }\n": typeof types.XtDbsChecksDocument,
    "\n  query XtDbsCheck($id: ID!) {\n    DbsCheck(id: $id) {\n      id\n      personId\n      level\n    }\n  }\n": typeof types.XtDbsCheckDocument,
    "\n  mutation XtCreateDbsCheck($personId: ID!) {\n    createDbsCheck(personId: $personId, level: ENHANCED_BARRED, certificateNumber: \"009900990099\", issueDate: \"2025-01-06\", decision: CLEARED) {\n      id\n    }\n  }\n": typeof types.XtCreateDbsCheckDocument,
    "\n  mutation XtUpdateDbsCheck($id: ID!) {\n    updateDbsCheck(id: $id, decision: NOT_CLEARED) {\n      id\n      decision\n    }\n  }\n": typeof types.XtUpdateDbsCheckDocument,
    "\n  mutation XtRecordDbsStatusCheck($id: ID!) {\n    recordDbsStatusCheck(id: $id, checkedOn: \"2025-06-02\", result: NEW_INFORMATION) {\n      id\n    }\n  }\n": typeof types.XtRecordDbsStatusCheckDocument,
    "\n  mutation XtReveal($id: ID!) {\n    revealDbsCertificateNumber(id: $id, reason: \"Cross-tenant attempt\")\n  }\n": typeof types.XtRevealDocument,
    "\n  query XtClearanceSummary($filter: ClearanceSummaryFilter) {\n    clearanceSummary(filter: $filter) {\n      totals {\n        total\n        cleared\n        missingDbs\n        cannotBeRostered\n      }\n      centres {\n        centreId\n        centreName\n        counts {\n          total\n        }\n      }\n      expiringSoon {\n        id\n      }\n      cannotBeRostered {\n        id\n        familyName\n      }\n    }\n  }\n": typeof types.XtClearanceSummaryDocument,
    "\n  query XtTrainingRecords($filter: TrainingRecordFilter) {\n    items: allTrainingRecords(filter: $filter, perPage: 500) {\n      id\n      personId\n      organisationId\n      personName\n    }\n    total: _allTrainingRecordsMeta(filter: $filter) {\n      count\n    }\n  }\n": typeof types.XtTrainingRecordsDocument,
    "\n  query XtTrainingRecord($id: ID!) {\n    TrainingRecord(id: $id) {\n      id\n      personId\n      personName\n    }\n  }\n": typeof types.XtTrainingRecordDocument,
    "\n  query XtPeopleWithTraining {\n    allPeople(perPage: 500) {\n      id\n      trainingRecords {\n        id\n        personId\n      }\n    }\n  }\n": typeof types.XtPeopleWithTrainingDocument,
    "\n  query XtTrainingRecordsCsv($filter: TrainingRecordFilter) {\n    trainingRecordsCsv(filter: $filter)\n  }\n": typeof types.XtTrainingRecordsCsvDocument,
    "\n  query XtTrainingMatrix($filter: TrainingMatrixFilter) {\n    trainingMatrix(filter: $filter) {\n      rows {\n        personId\n        personName\n        organisationId\n      }\n      counts {\n        total\n      }\n    }\n  }\n": typeof types.XtTrainingMatrixDocument,
    "\n  query XtTrainingMatrixCsv($filter: TrainingMatrixFilter) {\n    trainingMatrixCsv(filter: $filter)\n  }\n": typeof types.XtTrainingMatrixCsvDocument,
    "\n  mutation XtCreateTrainingRecord($personId: ID!, $source: TrainingSource, $courseId: ID, $externalCourse: String, $externalProvider: String) {\n    createTrainingRecord(\n      personId: $personId\n      source: $source\n      courseId: $courseId\n      externalCourse: $externalCourse\n      externalProvider: $externalProvider\n      completedOn: \"2026-05-01\"\n      outcome: ATTENDED\n    ) {\n      id\n      personId\n      source\n    }\n  }\n": typeof types.XtCreateTrainingRecordDocument,
    "\n  mutation XtUpdateTrainingRecord($id: ID!) {\n    updateTrainingRecord(id: $id, hours: 1) {\n      id\n      hours\n    }\n  }\n": typeof types.XtUpdateTrainingRecordDocument,
    "\n  mutation XtDeleteTrainingRecord($id: ID!) {\n    deleteTrainingRecord(id: $id) {\n      id\n    }\n  }\n": typeof types.XtDeleteTrainingRecordDocument,
    "\n  query XtCourseSession($id: ID!) {\n    CourseSession(id: $id) {\n      id\n      placesTaken\n      placesLeft\n      enrolments {\n        id\n        personId\n        personName\n        organisationId\n        organisationName\n      }\n    }\n  }\n": typeof types.XtCourseSessionDocument,
    "\n  query XtCourseSessions {\n    allCourseSessions(perPage: 500) {\n      id\n      enrolments {\n        id\n        personId\n      }\n    }\n  }\n": typeof types.XtCourseSessionsDocument,
    "\n  mutation XtRequestPlaces($sessionId: ID!, $personIds: [ID!]!) {\n    requestSessionPlaces(sessionId: $sessionId, personIds: $personIds) {\n      id\n      enrolments {\n        personId\n      }\n    }\n  }\n": typeof types.XtRequestPlacesDocument,
    "\n  mutation XtEnrolInSession($sessionId: ID!, $personIds: [ID!]!) {\n    enrolInSession(sessionId: $sessionId, personIds: $personIds) {\n      id\n    }\n  }\n": typeof types.XtEnrolInSessionDocument,
    "\n  mutation XtRemoveEnrolment($id: ID!) {\n    removeEnrolment(id: $id) {\n      id\n    }\n  }\n": typeof types.XtRemoveEnrolmentDocument,
    "\n  query XtAccreditations($filter: AccreditationFilter) {\n    items: allAccreditations(filter: $filter, perPage: 500) {\n      id\n      centreId\n    }\n    total: _allAccreditationsMeta(filter: $filter) {\n      count\n    }\n  }\n": typeof types.XtAccreditationsDocument,
    "\n  query XtAccreditation($id: ID!) {\n    Accreditation(id: $id) {\n      id\n      centreId\n    }\n  }\n": typeof types.XtAccreditationDocument,
    "\n  mutation XtSuspendAccreditation($id: ID!) {\n    transitionAccreditation(id: $id, action: SUSPEND, reason: \"Not mine to decide\") {\n      id\n    }\n  }\n": typeof types.XtSuspendAccreditationDocument,
    "\n  query XtAssessmentsAndActions {\n    visits: allAssessments(perPage: 500) {\n      id\n      findings {\n        note\n      }\n    }\n    visitTotal: _allAssessmentsMeta {\n      count\n    }\n    actions: allActionPlanItems(perPage: 500) {\n      id\n    }\n    actionTotal: _allActionPlanItemsMeta {\n      count\n    }\n  }\n": typeof types.XtAssessmentsAndActionsDocument,
    "\n  query XtAssessment($id: ID!) {\n    Assessment(id: $id) {\n      id\n    }\n  }\n": typeof types.XtAssessmentDocument,
    "\n  mutation XtActionEvidence($id: ID!) {\n    submitActionEvidence(id: $id, evidenceNote: \"Not ours to answer\") {\n      id\n    }\n  }\n": typeof types.XtActionEvidenceDocument,
};
const documents: Documents = {
    "\n  query BrokenSort {\n    allOrganisations(sortField: \"nope\") {\n      id\n    }\n  }\n": types.BrokenSortDocument,
    "\n  query AiExportPeople($filter: PersonFilter) {\n    peopleCsv(filter: $filter)\n  }\n": types.AiExportPeopleDocument,
    "\n  query AiExportOrganisation($id: ID!) {\n    exportOrganisation(id: $id)\n  }\n": types.AiExportOrganisationDocument,
    "\n  query AiExportTraining($records: TrainingRecordFilter, $matrix: TrainingMatrixFilter) {\n    trainingRecordsCsv(filter: $records)\n    trainingMatrixCsv(filter: $matrix)\n  }\n": types.AiExportTrainingDocument,
    "\n  mutation AiImportPeople($organisationId: ID!, $csv: String!) {\n    importPeople(organisationId: $organisationId, csv: $csv) {\n      imported\n    }\n  }\n": types.AiImportPeopleDocument,
    "\n  mutation AiReveal($id: ID!, $reason: String!) {\n    revealDbsCertificateNumber(id: $id, reason: $reason)\n  }\n": types.AiRevealDocument,
    "\n  mutation AiInvite($email: String!, $organisationId: ID) {\n    createUser(email: $email, displayName: \"Invited Person\", role: ORG_ADMIN, organisationId: $organisationId) {\n      id\n      inviteToken\n    }\n  }\n": types.AiInviteDocument,
    "\n  mutation AiAcceptInvite($token: String!, $password: String!) {\n    acceptInvite(token: $token, password: $password)\n  }\n": types.AiAcceptInviteDocument,
    "\n  mutation AiChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword)\n  }\n": types.AiChangePasswordDocument,
    "\n  mutation AiLogout {\n    logout\n  }\n": types.AiLogoutDocument,
    "\n  mutation AiLogin($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      id\n    }\n  }\n": types.AiLoginDocument,
    "\n  mutation ThrottledSignIn($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      id\n    }\n  }\n": types.ThrottledSignInDocument,
    "\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      id\n      email\n    }\n  }\n": types.LoginDocument,
    "\n  mutation Logout {\n    logout\n  }\n": types.LogoutDocument,
    "\n  query Me {\n    me {\n      id\n      email\n      displayName\n      grants {\n        role\n        organisationId\n        centreIds\n      }\n    }\n  }\n": types.MeDocument,
    "\n  mutation InviteUser($email: String!, $displayName: String!, $role: Role!) {\n    createUser(email: $email, displayName: $displayName, role: $role) {\n      id\n      inviteToken\n    }\n  }\n": types.InviteUserDocument,
    "\n  mutation AcceptInvite($token: String!, $password: String!) {\n    acceptInvite(token: $token, password: $password)\n  }\n": types.AcceptInviteDocument,
    "\n  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword)\n  }\n": types.ChangePasswordDocument,
    "\n  mutation DeactivateUser($id: ID!) {\n    updateUser(id: $id, active: false) {\n      id\n      active\n    }\n  }\n": types.DeactivateUserDocument,
    "\n  mutation AccStart($centreId: ID!, $kind: AccreditationKind!, $reason: String!, $candidateSince: LocalDate) {\n    startAccreditation(centreId: $centreId, kind: $kind, reason: $reason, candidateSince: $candidateSince) {\n      id\n      version\n      state\n      candidateSince\n      candidateDueBy\n      candidateOverdue\n      allowedActions\n    }\n  }\n": types.AccStartDocument,
    "\n  mutation AccTransition($id: ID!, $action: AccreditationAction!, $reason: String!, $version: Int) {\n    transitionAccreditation(id: $id, action: $action, reason: $reason, version: $version) {\n      id\n      version\n      state\n      awardedOn\n      expiresOn\n      renewalDueFrom\n      daysToExpiry\n      allowedActions\n      centre {\n        id\n        publiclyVisible\n      }\n    }\n  }\n": types.AccTransitionDocument,
    "\n  query AccOne($id: ID!) {\n    Accreditation(id: $id) {\n      id\n      state\n      centreId\n      history {\n        action\n        fromState\n        toState\n        reason\n        actorName\n        automatic\n        onDate\n      }\n    }\n  }\n": types.AccOneDocument,
    "\n  query AccList($filter: AccreditationFilter) {\n    allAccreditations(filter: $filter, perPage: 100) {\n      id\n      centreId\n      state\n    }\n    _allAccreditationsMeta(filter: $filter) {\n      count\n    }\n  }\n": types.AccListDocument,
    "\n  query AccPipeline {\n    accreditationPipeline {\n      byState {\n        state\n        count\n      }\n      candidatesOverdue\n      renewalsWithinSixMonths\n      publiclyListedCentres\n      overdueActions\n    }\n  }\n": types.AccPipelineDocument,
    "\n  query AccCentre($id: ID!) {\n    Centre(id: $id) {\n      publiclyListed\n      publiclyVisible\n      accreditations {\n        kind\n        state\n      }\n    }\n  }\n": types.AccCentreDocument,
    "\n  mutation AsmPlan($accreditationId: ID!, $assessorUserId: ID!, $visitDate: LocalDate!) {\n    planAssessment(accreditationId: $accreditationId, assessorUserId: $assessorUserId, visitDate: $visitDate) {\n      id\n      version\n      status\n      standardSet {\n        versionLabel\n      }\n      assessorName\n      missingStandards\n    }\n  }\n": types.AsmPlanDocument,
    "\n  mutation AsmReassign($id: ID!, $assessorUserId: ID!) {\n    reassignAssessment(id: $id, assessorUserId: $assessorUserId) {\n      id\n      assessorName\n    }\n  }\n": types.AsmReassignDocument,
    "\n  mutation AsmSave($assessmentId: ID!, $findings: [FindingInput!]!) {\n    saveFindings(assessmentId: $assessmentId, findings: $findings) {\n      id\n      status\n      missingStandards\n      findings {\n        standard {\n          code\n        }\n        outcome\n        note\n      }\n    }\n  }\n": types.AsmSaveDocument,
    "\n  mutation AsmSubmit($id: ID!, $summary: String!) {\n    submitAssessmentReport(id: $id, summary: $summary) {\n      id\n      status\n      version\n    }\n  }\n": types.AsmSubmitDocument,
    "\n  mutation AsmDecide($id: ID!, $decision: AssessmentDecision!, $reason: String!) {\n    decideAssessment(id: $id, decision: $decision, reason: $reason) {\n      id\n      status\n      decision\n      decidedByName\n      actions {\n        id\n        version\n        description\n        dueOn\n        status\n      }\n    }\n  }\n": types.AsmDecideDocument,
    "\n  query AsmOne($id: ID!) {\n    Assessment(id: $id) {\n      id\n      status\n      findings {\n        outcome\n      }\n    }\n  }\n": types.AsmOneDocument,
    "\n  query AsmCentres {\n    allCentres(perPage: 100) {\n      id\n    }\n  }\n": types.AsmCentresDocument,
    "\n  mutation AsmEvidence($id: ID!, $evidenceNote: String!) {\n    submitActionEvidence(id: $id, evidenceNote: $evidenceNote) {\n      id\n      status\n    }\n  }\n": types.AsmEvidenceDocument,
    "\n  mutation AsmReview($id: ID!, $review: ActionReview!, $note: String) {\n    reviewActionEvidence(id: $id, review: $review, note: $note) {\n      id\n      status\n      reviewNote\n      reviewedByName\n    }\n  }\n": types.AsmReviewDocument,
    "\n  mutation AsmUpdateAction($id: ID!, $dueOn: LocalDate) {\n    updateActionPlanItem(id: $id, dueOn: $dueOn) {\n      id\n      status\n      overdue\n    }\n  }\n": types.AsmUpdateActionDocument,
    "\n  query AsmActions($filter: ActionPlanItemFilter) {\n    allActionPlanItems(filter: $filter, perPage: 100) {\n      id\n      status\n    }\n  }\n": types.AsmActionsDocument,
    "\n  mutation AsmSuspendOverdue($accreditationId: ID!) {\n    suspendForOverdueActions(accreditationId: $accreditationId) {\n      state\n      overdueActions\n      history {\n        reason\n      }\n      centre {\n        publiclyVisible\n      }\n    }\n  }\n": types.AsmSuspendOverdueDocument,
    "\n  query AsmPipelineOverdue {\n    accreditationPipeline {\n      overdueActions\n    }\n  }\n": types.AsmPipelineOverdueDocument,
    "\n  query AsmReportPdf($id: ID!) {\n    assessmentReportPdf(id: $id)\n  }\n": types.AsmReportPdfDocument,
    "\n  mutation CreateOrganisationForCentres($name: String!, $region: Region!) {\n    createOrganisation(name: $name, type: CHARITY, contactEmail: \"info@example.org.uk\", region: $region) {\n      id\n    }\n  }\n": types.CreateOrganisationForCentresDocument,
    "\n  mutation CreateCentre(\n    $organisationId: ID!\n    $name: String!\n    $postcode: String!\n    $serviceTypes: [ServiceType!]!\n    $kind: CentreKind\n    $addressLine1: String\n    $town: String\n    $region: Region\n    $languages: [String!]\n  ) {\n    createCentre(\n      organisationId: $organisationId\n      name: $name\n      postcode: $postcode\n      serviceTypes: $serviceTypes\n      kind: $kind\n      addressLine1: $addressLine1\n      town: $town\n      region: $region\n      languages: $languages\n    ) {\n      id\n      name\n      postcode\n      latitude\n      longitude\n      region\n      serviceTypes\n      version\n      organisationId\n    }\n  }\n": types.CreateCentreDocument,
    "\n  mutation UpdateCentre($id: ID!, $version: Int, $postcode: String, $openingPattern: String, $name: String) {\n    updateCentre(id: $id, version: $version, postcode: $postcode, openingPattern: $openingPattern, name: $name) {\n      id\n      name\n      postcode\n      region\n      openingPattern\n      version\n    }\n  }\n": types.UpdateCentreDocument,
    "\n  mutation DeleteCentre($id: ID!) {\n    deleteCentre(id: $id) {\n      id\n      name\n    }\n  }\n": types.DeleteCentreDocument,
    "\n  query GetCentre($id: ID!) {\n    Centre(id: $id) {\n      id\n      name\n      openingPattern\n      organisation {\n        id\n        centres {\n          id\n        }\n      }\n    }\n  }\n": types.GetCentreDocument,
    "\n  query ListCentres($page: Int, $perPage: Int, $sortField: String, $sortOrder: String, $filter: CentreFilter) {\n    items: allCentres(page: $page, perPage: $perPage, sortField: $sortField, sortOrder: $sortOrder, filter: $filter) {\n      id\n      name\n      town\n      postcode\n      region\n      serviceTypes\n      organisationId\n      organisation {\n        id\n        name\n      }\n    }\n    total: _allCentresMeta(filter: $filter) {\n      count\n    }\n  }\n": types.ListCentresDocument,
    "\n  query CentreNames($sortField: String) {\n    allCentres(sortField: $sortField) {\n      name\n    }\n  }\n": types.CentreNamesDocument,
    "\n  query ClrPerson($id: ID!) {\n    Person(id: $id) {\n      id\n      clearanceStatus\n      clearanceExpiresOn\n      clearanceAction\n      requiredDbsLevel\n      latestDbsLevel\n    }\n  }\n": types.ClrPersonDocument,
    "\n  query ClrPeopleByStatus($filter: PersonFilter) {\n    allPeople(filter: $filter, perPage: 500, sortField: \"id\") {\n      id\n      clearanceStatus\n    }\n    _allPeopleMeta(filter: $filter) {\n      count\n    }\n  }\n": types.ClrPeopleByStatusDocument,
    "\n  query ClrSummaryTotals($filter: ClearanceSummaryFilter) {\n    clearanceSummary(filter: $filter) {\n      totals {\n        cleared\n        expiring\n        expired\n        missingDbs\n        wrongLevel\n        notCleared\n        needsNewCheck\n        total\n        cannotBeRostered\n      }\n    }\n  }\n": types.ClrSummaryTotalsDocument,
    "\n  query ClrSummary($filter: ClearanceSummaryFilter) {\n    clearanceSummary(filter: $filter) {\n      totals {\n        cleared\n        expiring\n        expired\n        missingDbs\n        wrongLevel\n        notCleared\n        needsNewCheck\n        total\n        cannotBeRostered\n      }\n      centres {\n        centreId\n        centreName\n        counts {\n          cleared\n          expiring\n          expired\n          missingDbs\n          wrongLevel\n          notCleared\n          needsNewCheck\n          total\n          cannotBeRostered\n        }\n      }\n      expiringSoon {\n        id\n        clearanceExpiresOn\n      }\n      cannotBeRostered {\n        id\n        familyName\n        givenName\n        clearanceStatus\n        clearanceAction\n      }\n    }\n  }\n": types.ClrSummaryDocument,
    "\n  query ClrPage($perPage: Int, $filter: PersonFilter) {\n    allPeople(perPage: $perPage, filter: $filter) {\n      id\n      fullName\n      clearanceStatus\n      clearanceExpiresOn\n      latestDbsLevel\n      centreHistory {\n        centreId\n        startedOn\n        endedOn\n      }\n      organisation {\n        id\n        name\n      }\n    }\n    _allPeopleMeta(filter: $filter) {\n      count\n    }\n  }\n": types.ClrPageDocument,
    "\n  query ClrCentre($id: ID!) {\n    Centre(id: $id) {\n      id\n    }\n  }\n": types.ClrCentreDocument,
    "\n  query RlPerson($id: ID!) {\n    Person(id: $id) {\n      id\n      clearanceStatus\n      requiredDbsLevel\n    }\n  }\n": types.RlPersonDocument,
    "\n  mutation RlCentreServices($id: ID!, $serviceTypes: [ServiceType!]) {\n    updateCentre(id: $id, serviceTypes: $serviceTypes) {\n      id\n      serviceTypes\n    }\n  }\n": types.RlCentreServicesDocument,
    "\n  mutation RlMovePerson($id: ID!, $centreIds: [ID!]) {\n    updatePerson(id: $id, centreIds: $centreIds) {\n      id\n      requiredDbsLevel\n      clearanceStatus\n    }\n  }\n": types.RlMovePersonDocument,
    "\n  mutation DbsCreate(\n    $personId: ID!\n    $level: DbsLevel!\n    $certificateNumber: String!\n    $issueDate: LocalDate!\n    $decision: DbsDecision!\n    $decidedAt: DateTimeISO\n    $decidedBy: String\n    $onUpdateService: Boolean\n    $updateServiceSubscriptionId: String\n  ) {\n    createDbsCheck(\n      personId: $personId\n      level: $level\n      certificateNumber: $certificateNumber\n      issueDate: $issueDate\n      decision: $decision\n      decidedAt: $decidedAt\n      decidedBy: $decidedBy\n      onUpdateService: $onUpdateService\n      updateServiceSubscriptionId: $updateServiceSubscriptionId\n    ) {\n      id\n      personId\n      organisationId\n      level\n      certificateNumber\n      certificateHeld\n      issueDate\n      decision\n      decidedBy\n      decidedAt\n      onUpdateService\n      updateServiceSubscriptionId\n      version\n    }\n  }\n": types.DbsCreateDocument,
    "\n  mutation DbsUpdate(\n    $id: ID!\n    $version: Int\n    $level: DbsLevel\n    $issueDate: LocalDate\n    $decision: DbsDecision\n    $onUpdateService: Boolean\n    $updateServiceSubscriptionId: String\n  ) {\n    updateDbsCheck(\n      id: $id\n      version: $version\n      level: $level\n      issueDate: $issueDate\n      decision: $decision\n      onUpdateService: $onUpdateService\n      updateServiceSubscriptionId: $updateServiceSubscriptionId\n    ) {\n      id\n      level\n      issueDate\n      decision\n      onUpdateService\n      updateServiceSubscriptionId\n      lastStatusCheckDate\n      lastStatusCheckResult\n      certificateNumber\n      version\n    }\n  }\n": types.DbsUpdateDocument,
    "\n  mutation DbsStatusCheck($id: ID!, $checkedOn: LocalDate!, $result: StatusCheckResult!) {\n    recordDbsStatusCheck(id: $id, checkedOn: $checkedOn, result: $result) {\n      id\n      lastStatusCheckDate\n      lastStatusCheckResult\n      certificateNumber\n      version\n    }\n  }\n": types.DbsStatusCheckDocument,
    "\n  mutation DbsReveal($id: ID!, $reason: String!) {\n    revealDbsCertificateNumber(id: $id, reason: $reason)\n  }\n": types.DbsRevealDocument,
    "\n  query DbsAll($filter: DbsCheckFilter) {\n    allDbsChecks(filter: $filter, perPage: 100) {\n      id\n      personId\n      level\n      certificateNumber\n      certificateHeld\n      certificatePurgedAt\n    }\n    _allDbsChecksMeta(filter: $filter) {\n      count\n    }\n  }\n": types.DbsAllDocument,
    "\n  query DbsById($id: ID!) {\n    DbsCheck(id: $id) {\n      id\n      level\n      decision\n      certificateNumber\n      certificateHeld\n      certificatePurgedAt\n    }\n  }\n": types.DbsByIdDocument,
    "\n  query DbsPersonClearance($id: ID!) {\n    Person(id: $id) {\n      id\n      clearanceStatus\n      clearanceExpiresOn\n      requiredDbsLevel\n      latestDbsLevel\n    }\n  }\n": types.DbsPersonClearanceDocument,
    "\n  mutation CreateOrganisation(\n    $name: String!\n    $type: OrganisationType!\n    $contactEmail: String!\n    $region: Region!\n    $charityNumber: String\n    $membershipStatus: MembershipStatus\n  ) {\n    createOrganisation(\n      name: $name\n      type: $type\n      contactEmail: $contactEmail\n      region: $region\n      charityNumber: $charityNumber\n      membershipStatus: $membershipStatus\n    ) {\n      id\n      name\n      contactEmail\n      charityNumber\n      membershipStatus\n      version\n    }\n  }\n": types.CreateOrganisationDocument,
    "\n  mutation UpdateOrganisation($id: ID!, $version: Int, $name: String, $charityNumber: String) {\n    updateOrganisation(id: $id, version: $version, name: $name, charityNumber: $charityNumber) {\n      id\n      name\n      charityNumber\n      version\n    }\n  }\n": types.UpdateOrganisationDocument,
    "\n  query ExportOrganisation($id: ID!) {\n    exportOrganisation(id: $id)\n  }\n": types.ExportOrganisationDocument,
    "\n  mutation UpdateMembership($id: ID!, $membershipStatus: MembershipStatus) {\n    updateOrganisation(id: $id, membershipStatus: $membershipStatus) {\n      id\n      membershipStatus\n    }\n  }\n": types.UpdateMembershipDocument,
    "\n  mutation DeleteOrganisation($id: ID!) {\n    deleteOrganisation(id: $id) {\n      id\n    }\n  }\n": types.DeleteOrganisationDocument,
    "\n  query ListOrganisations($filter: OrganisationFilter, $sortField: String, $sortOrder: String, $perPage: Int) {\n    allOrganisations(filter: $filter, sortField: $sortField, sortOrder: $sortOrder, perPage: $perPage) {\n      id\n      name\n      region\n      centres {\n        id\n        name\n      }\n    }\n    _allOrganisationsMeta(filter: $filter) {\n      count\n    }\n  }\n": types.ListOrganisationsDocument,
    "\n  mutation AddCentreToOrganisation($organisationId: ID!, $name: String!) {\n    createCentre(organisationId: $organisationId, name: $name, postcode: \"LS1 4AP\", serviceTypes: [SUPPORTED_CONTACT], addressLine1: \"Town Hall\", town: \"Leeds\") {\n      id\n    }\n  }\n": types.AddCentreToOrganisationDocument,
    "\n  query ExportPeopleCsv($filter: PersonFilter) {\n    peopleCsv(filter: $filter)\n  }\n": types.ExportPeopleCsvDocument,
    "\n  mutation ImportPeopleCsv($organisationId: ID!, $csv: String!, $dryRun: Boolean) {\n    importPeople(organisationId: $organisationId, csv: $csv, dryRun: $dryRun) {\n      imported\n      rows\n      errors {\n        row\n        field\n        message\n      }\n    }\n  }\n": types.ImportPeopleCsvDocument,
    "\n  query PrPeople($filter: PersonFilter) {\n    allPeople(filter: $filter, perPage: 100, sortField: \"familyName\") {\n      id\n      familyName\n      latestDbsLevel\n      organisation {\n        id\n        name\n      }\n    }\n    _allPeopleMeta(filter: $filter) {\n      count\n    }\n  }\n": types.PrPeopleDocument,
    "\n  query PrPerson($id: ID!) {\n    Person(id: $id) {\n      id\n      familyName\n    }\n  }\n": types.PrPersonDocument,
    "\n  query PrCsv {\n    peopleCsv\n  }\n": types.PrCsvDocument,
    "\n  query PrTotals {\n    clearanceSummary {\n      totals {\n        total\n      }\n      cannotBeRostered {\n        id\n      }\n    }\n  }\n": types.PrTotalsDocument,
    "\n  mutation PpUpdatePhone($id: ID!, $phone: String) {\n    updatePerson(id: $id, phone: $phone) {\n      id\n      phone\n    }\n  }\n": types.PpUpdatePhoneDocument,
    "\n  mutation PpRecordCheck($personId: ID!) {\n    createDbsCheck(\n      personId: $personId\n      jurisdiction: DBS\n      level: ENHANCED_BARRED\n      workforce: CHILD\n      certificateNumber: \"009988776655\"\n      issueDate: \"2026-02-01\"\n      decision: CLEARED_AFTER_RISK_ASSESSMENT\n      decidedBy: \"Priya Safeguarding-Lead\"\n    ) {\n      id\n    }\n  }\n": types.PpRecordCheckDocument,
    "\n  query PpAuditTrail($filter: AuditEventFilter) {\n    allAuditEvents(filter: $filter, perPage: 500) {\n      action\n      entityType\n      changes\n    }\n  }\n": types.PpAuditTrailDocument,
    "\n  query PpDbsChecks {\n    allDbsChecks(perPage: 500) {\n      id\n      organisationId\n    }\n  }\n": types.PpDbsChecksDocument,
    "\n  query PpExportOrganisation($id: ID!) {\n    exportOrganisation(id: $id)\n  }\n": types.PpExportOrganisationDocument,
    "\n  query PpPeopleCsv($filter: PersonFilter) {\n    peopleCsv(filter: $filter)\n  }\n": types.PpPeopleCsvDocument,
    "\n  mutation PplCreate(\n    $organisationId: ID!\n    $givenName: String!\n    $familyName: String!\n    $personType: PersonType!\n    $startDate: LocalDate!\n    $email: String\n    $phone: String\n    $centreIds: [ID!]\n    $notes: String\n  ) {\n    createPerson(\n      organisationId: $organisationId\n      givenName: $givenName\n      familyName: $familyName\n      personType: $personType\n      startDate: $startDate\n      email: $email\n      phone: $phone\n      centreIds: $centreIds\n      notes: $notes\n    ) {\n      id\n      organisationId\n      givenName\n      familyName\n      fullName\n      email\n      phone\n      personType\n      startDate\n      leaveDate\n      status\n      centreIds\n      notes\n      version\n    }\n  }\n": types.PplCreateDocument,
    "\n  mutation PplUpdate(\n    $id: ID!\n    $version: Int\n    $givenName: String\n    $email: String\n    $startDate: LocalDate\n    $leaveDate: LocalDate\n    $status: PersonStatus\n    $centreIds: [ID!]\n  ) {\n    updatePerson(id: $id, version: $version, givenName: $givenName, email: $email, startDate: $startDate, leaveDate: $leaveDate, status: $status, centreIds: $centreIds) {\n      id\n      givenName\n      email\n      startDate\n      leaveDate\n      status\n      centreIds\n      version\n      centreHistory {\n        centreId\n        startedOn\n        endedOn\n      }\n    }\n  }\n": types.PplUpdateDocument,
    "\n  mutation PplDelete($id: ID!) {\n    deletePerson(id: $id) {\n      id\n      fullName\n    }\n  }\n": types.PplDeleteDocument,
    "\n  query PplGet($id: ID!) {\n    Person(id: $id) {\n      id\n      status\n      leaveDate\n      centreIds\n      version\n      organisation {\n        id\n      }\n      centreHistory {\n        centreId\n        startedOn\n        endedOn\n      }\n    }\n  }\n": types.PplGetDocument,
    "\n  mutation NsCreateSet($kind: StandardSetKind!, $versionLabel: String!, $effectiveOn: LocalDate!, $copyFromId: ID) {\n    createStandardSet(kind: $kind, versionLabel: $versionLabel, effectiveOn: $effectiveOn, copyFromId: $copyFromId) {\n      id\n      kind\n      versionLabel\n      status\n      version\n      standardCount\n    }\n  }\n": types.NsCreateSetDocument,
    "\n  mutation NsUpdateSet($id: ID!, $version: Int, $versionLabel: String, $effectiveOn: LocalDate, $areas: [StandardAreaInput!]) {\n    updateStandardSet(id: $id, version: $version, versionLabel: $versionLabel, effectiveOn: $effectiveOn, areas: $areas) {\n      id\n      version\n      versionLabel\n      effectiveOn\n      standardCount\n      areas { number title standards { code title guidance } }\n    }\n  }\n": types.NsUpdateSetDocument,
    "\n  mutation NsPublishSet($id: ID!) {\n    publishStandardSet(id: $id) { id status publishedAt }\n  }\n": types.NsPublishSetDocument,
    "\n  mutation NsDeleteSet($id: ID!) {\n    deleteStandardSet(id: $id) { id versionLabel }\n  }\n": types.NsDeleteSetDocument,
    "\n  query NsReadSet($id: ID!) {\n    StandardSet(id: $id) {\n      id\n      kind\n      versionLabel\n      effectiveOn\n      status\n      publishedAt\n      standardCount\n      areas { number title standards { code title guidance } }\n    }\n  }\n": types.NsReadSetDocument,
    "\n  query NsListSets($filter: StandardSetFilter, $sortField: String, $sortOrder: String) {\n    allStandardSets(filter: $filter, sortField: $sortField, sortOrder: $sortOrder, perPage: 50) { id kind versionLabel status standardCount areas { number standards { code } } }\n    _allStandardSetsMeta(filter: $filter) { count }\n  }\n": types.NsListSetsDocument,
    "\n  query TrCompMatrix($filter: TrainingMatrixFilter) {\n    trainingMatrix(filter: $filter) {\n      courses {\n        id\n        code\n      }\n      rows {\n        personId\n        personName\n        personType\n        organisationId\n        trainingStatus\n        hoursLast12Months\n        creditsLast12Months\n        cells {\n          courseId\n          state\n          completedOn\n          expiresOn\n        }\n      }\n      counts {\n        current\n        expiring\n        expired\n        missing\n        total\n      }\n    }\n  }\n": types.TrCompMatrixDocument,
    "\n  query TrCompOverview($filter: TrainingOverviewFilter) {\n    trainingOverview(filter: $filter) {\n      totals {\n        current\n        expiring\n        expired\n        missing\n        total\n      }\n      byRegion {\n        key\n        label\n        counts {\n          current\n          expiring\n          expired\n          missing\n          total\n        }\n      }\n      byOrganisation {\n        key\n        label\n        region\n        counts {\n          current\n          expiring\n          expired\n          missing\n          total\n        }\n      }\n      byCourse {\n        key\n        label\n        counts {\n          current\n          expiring\n          expired\n          missing\n          total\n        }\n      }\n    }\n  }\n": types.TrCompOverviewDocument,
    "\n  query TrCompSummary($filter: ClearanceSummaryFilter) {\n    clearanceSummary(filter: $filter) {\n      totals {\n        cleared\n        expiring\n        trainingMissing\n        trainingExpired\n        trainingExpiring\n        total\n        cannotBeRostered\n      }\n      expiringSoon {\n        id\n      }\n      cannotBeRostered {\n        id\n        familyName\n        clearanceStatus\n        clearanceAction\n      }\n    }\n  }\n": types.TrCompSummaryDocument,
    "\n  query TrCompMatrixCsv($filter: TrainingMatrixFilter) {\n    trainingMatrixCsv(filter: $filter)\n  }\n": types.TrCompMatrixCsvDocument,
    "\n  query TrCompRecordsCsv($filter: TrainingRecordFilter) {\n    trainingRecordsCsv(filter: $filter)\n  }\n": types.TrCompRecordsCsvDocument,
    "\n  mutation TrRecCreateCourse($code: String!, $validityMonths: Int, $requirements: [CourseRequirementInput!]) {\n    createCourse(code: $code, title: \"Safeguarding children\", ocnLevel: LEVEL_2, creditValue: 3, guidedLearningHours: 9, delivery: IN_PERSON, validityMonths: $validityMonths, requirements: $requirements) {\n      id\n      version\n    }\n  }\n": types.TrRecCreateCourseDocument,
    "\n  mutation TrRecUpdateCourse($id: ID!, $validityMonths: Int) {\n    updateCourse(id: $id, validityMonths: $validityMonths) {\n      id\n      validityMonths\n    }\n  }\n": types.TrRecUpdateCourseDocument,
    "\n  mutation TrRecCreate(\n    $personId: ID!\n    $source: TrainingSource\n    $courseId: ID\n    $externalCourse: String\n    $externalProvider: String\n    $completedOn: LocalDate!\n    $outcome: TrainingOutcome!\n    $credits: Int\n    $hours: Float\n  ) {\n    createTrainingRecord(\n      personId: $personId\n      source: $source\n      courseId: $courseId\n      externalCourse: $externalCourse\n      externalProvider: $externalProvider\n      completedOn: $completedOn\n      outcome: $outcome\n      credits: $credits\n      hours: $hours\n    ) {\n      id\n      version\n      personId\n      organisationId\n      source\n      courseId\n      courseCode\n      courseTitle\n      externalProvider\n      completedOn\n      outcome\n      credits\n      hours\n      expiresOn\n      recordedByName\n    }\n  }\n": types.TrRecCreateDocument,
    "\n  mutation TrRecUpdate($id: ID!, $version: Int, $completedOn: LocalDate, $outcome: TrainingOutcome, $credits: Int, $externalProvider: String) {\n    updateTrainingRecord(id: $id, version: $version, completedOn: $completedOn, outcome: $outcome, credits: $credits, externalProvider: $externalProvider) {\n      id\n      version\n      completedOn\n      outcome\n      externalProvider\n      recordedByName\n    }\n  }\n": types.TrRecUpdateDocument,
    "\n  mutation TrRecDelete($id: ID!) {\n    deleteTrainingRecord(id: $id) {\n      id\n      courseTitle\n      personId\n    }\n  }\n": types.TrRecDeleteDocument,
    "\n  query TrRecOne($id: ID!) {\n    TrainingRecord(id: $id) {\n      id\n      completedOn\n      expiresOn\n    }\n  }\n": types.TrRecOneDocument,
    "\n  query TrRecPerson($id: ID!) {\n    Person(id: $id) {\n      trainingStatus\n      trainingExpiresOn\n      trainingRecords {\n        id\n        expiresOn\n      }\n    }\n  }\n": types.TrRecPersonDocument,
    "\n  query TrRecList($filter: TrainingRecordFilter, $sortField: String, $sortOrder: String) {\n    allTrainingRecords(filter: $filter, sortField: $sortField, sortOrder: $sortOrder, perPage: 100) {\n      id\n      courseTitle\n      completedOn\n    }\n    _allTrainingRecordsMeta(filter: $filter) {\n      count\n    }\n  }\n": types.TrRecListDocument,
    "\n  mutation TrRulesCreateCourse($code: String!, $validityMonths: Int, $active: Boolean, $requirements: [CourseRequirementInput!]) {\n    createCourse(\n      code: $code\n      title: \"Case course\"\n      ocnLevel: LEVEL_2\n      creditValue: 3\n      guidedLearningHours: 9\n      delivery: IN_PERSON\n      validityMonths: $validityMonths\n      active: $active\n      requirements: $requirements\n    ) {\n      id\n      mandatory\n    }\n  }\n": types.TrRulesCreateCourseDocument,
    "\n  mutation TrRulesRecordNaccc($personId: ID!, $courseId: ID!, $completedOn: LocalDate!, $outcome: TrainingOutcome!) {\n    createTrainingRecord(personId: $personId, source: NACCC, courseId: $courseId, completedOn: $completedOn, outcome: $outcome) {\n      id\n    }\n  }\n": types.TrRulesRecordNacccDocument,
    "\n  mutation TrRulesRecordExternal($personId: ID!, $completedOn: LocalDate!, $outcome: TrainingOutcome!) {\n    createTrainingRecord(personId: $personId, source: EXTERNAL, externalCourse: \"Case course\", externalProvider: \"Nottingham City Council\", completedOn: $completedOn, outcome: $outcome) {\n      id\n    }\n  }\n": types.TrRulesRecordExternalDocument,
    "\n  query TrRulesPerson($id: ID!) {\n    Person(id: $id) {\n      clearanceStatus\n      clearanceAction\n      trainingStatus\n      trainingDue\n      trainingExpiresOn\n      training {\n        mandatory {\n          courseId\n          courseCode\n          state\n          completedOn\n          expiresOn\n        }\n      }\n    }\n  }\n": types.TrRulesPersonDocument,
    "\n  query TrRulesRosterable($ids: [ID!]) {\n    allPeople(filter: { ids: $ids, rosterable: true }) {\n      id\n    }\n  }\n": types.TrRulesRosterableDocument,
    "\n  query TrRulesMatrix($organisationId: ID) {\n    trainingMatrix(filter: { organisationId: $organisationId }) {\n      courses {\n        id\n      }\n      rows {\n        personId\n        trainingStatus\n        cells {\n          courseId\n          state\n          completedOn\n          expiresOn\n        }\n      }\n    }\n  }\n": types.TrRulesMatrixDocument,
    "\n  mutation TrSessCreateCourse($code: String!) {\n    createCourse(code: $code, title: \"Supervised contact practice\", ocnLevel: LEVEL_3, creditValue: 6, guidedLearningHours: 30, delivery: IN_PERSON) {\n      id\n    }\n  }\n": types.TrSessCreateCourseDocument,
    "\n  mutation TrSessCreateSession($courseId: ID!, $startsAt: DateTimeISO!, $endsAt: DateTimeISO!, $capacity: Int!) {\n    createCourseSession(courseId: $courseId, startsAt: $startsAt, endsAt: $endsAt, trainer: \"Tess Trainer\", venue: \"Friends Meeting House\", capacity: $capacity) {\n      id\n      status\n    }\n  }\n": types.TrSessCreateSessionDocument,
    "\n  mutation TrSessUpdateSession($id: ID!, $status: SessionStatus, $capacity: Int, $trainer: String) {\n    updateCourseSession(id: $id, status: $status, capacity: $capacity, trainer: $trainer) {\n      id\n      status\n      capacity\n    }\n  }\n": types.TrSessUpdateSessionDocument,
    "\n  mutation TrSessEnrol($sessionId: ID!, $personIds: [ID!]!) {\n    enrolInSession(sessionId: $sessionId, personIds: $personIds) {\n      id\n      placesTaken\n    }\n  }\n": types.TrSessEnrolDocument,
    "\n  mutation TrSessRequest($sessionId: ID!, $personIds: [ID!]!) {\n    requestSessionPlaces(sessionId: $sessionId, personIds: $personIds) {\n      id\n      placesTaken\n      placesLeft\n    }\n  }\n": types.TrSessRequestDocument,
    "\n  mutation TrSessRemove($id: ID!) {\n    removeEnrolment(id: $id) {\n      id\n      placesTaken\n    }\n  }\n": types.TrSessRemoveDocument,
    "\n  query TrSessSession($id: ID!) {\n    CourseSession(id: $id) {\n      status\n      placesTaken\n      placesLeft\n      enrolments {\n        id\n        personId\n        status\n      }\n    }\n  }\n": types.TrSessSessionDocument,
    "\n  mutation TrSessCohort($sessionId: ID!, $results: [CohortResultInput!]!) {\n    recordCohortAttendance(sessionId: $sessionId, results: $results) {\n      session {\n        status\n      }\n      created\n      corrected\n      unchanged\n      records {\n        id\n        personId\n        outcome\n        credits\n        hours\n        version\n        recordedByName\n      }\n    }\n  }\n": types.TrSessCohortDocument,
    "\n  mutation TrCreateCourse($code: String!, $title: String!, $validityMonths: Int, $requirements: [CourseRequirementInput!]) {\n    createCourse(code: $code, title: $title, ocnLevel: LEVEL_1, creditValue: 3, guidedLearningHours: 12, delivery: IN_PERSON, validityMonths: $validityMonths, requirements: $requirements) {\n      id\n      code\n      mandatory\n      requirements { personType serviceType }\n    }\n  }\n": types.TrCreateCourseDocument,
    "\n  mutation TrCreateSession($courseId: ID!, $startsAt: DateTimeISO!, $endsAt: DateTimeISO!, $capacity: Int!) {\n    createCourseSession(courseId: $courseId, startsAt: $startsAt, endsAt: $endsAt, trainer: \"Tess Trainer\", venue: \"Friends Meeting House\", region: LONDON, capacity: $capacity) {\n      id\n      status\n      placesLeft\n    }\n  }\n": types.TrCreateSessionDocument,
    "\n  mutation TrEnrol($sessionId: ID!, $personIds: [ID!]!) {\n    enrolInSession(sessionId: $sessionId, personIds: $personIds) {\n      id\n      placesTaken\n      placesLeft\n      enrolments { personId status }\n    }\n  }\n": types.TrEnrolDocument,
    "\n  mutation TrRequest($sessionId: ID!, $personIds: [ID!]!) {\n    requestSessionPlaces(sessionId: $sessionId, personIds: $personIds) {\n      id\n      placesTaken\n      enrolments { personId status }\n    }\n  }\n": types.TrRequestDocument,
    "\n  mutation TrCohort($sessionId: ID!, $results: [CohortResultInput!]!) {\n    recordCohortAttendance(sessionId: $sessionId, results: $results) {\n      session { id status }\n      created\n      corrected\n      unchanged\n      records { personId outcome credits hours expiresOn courseCode }\n    }\n  }\n": types.TrCohortDocument,
    "\n  query TrPerson($id: ID!) {\n    Person(id: $id) {\n      id\n      clearanceStatus\n      clearanceAction\n      trainingStatus\n      trainingDue\n      training { hoursLast12Months creditsLast12Months mandatory { courseCode state expiresOn } }\n      trainingRecords { courseTitle outcome }\n    }\n  }\n": types.TrPersonDocument,
    "\n  mutation InviteCoordinator($email: String!, $organisationId: ID!, $centreIds: [ID!]) {\n    createUser(email: $email, displayName: \"Pat Coordinator\", role: CENTRE_COORDINATOR, organisationId: $organisationId, centreIds: $centreIds) {\n      id\n      email\n      inviteToken\n      grants {\n        id\n        role\n        organisationId\n        centreIds\n      }\n    }\n  }\n": types.InviteCoordinatorDocument,
    "\n  mutation InviteOrgAdmin($email: String!, $displayName: String!, $organisationId: ID!) {\n    createUser(email: $email, displayName: $displayName, role: ORG_ADMIN, organisationId: $organisationId) {\n      id\n    }\n  }\n": types.InviteOrgAdminDocument,
    "\n  query UsersOfOrganisation($filter: UserFilter) {\n    allUsers(filter: $filter, sortField: \"email\") {\n      email\n      grants {\n        role\n      }\n    }\n    _allUsersMeta(filter: $filter) {\n      count\n    }\n  }\n": types.UsersOfOrganisationDocument,
    "\n  mutation AddAdminGrant($userId: ID!, $organisationId: ID!) {\n    addGrant(userId: $userId, role: ORG_ADMIN, organisationId: $organisationId) {\n      id\n      grants {\n        id\n        role\n      }\n    }\n  }\n": types.AddAdminGrantDocument,
    "\n  mutation RemoveGrant($grantId: ID!) {\n    removeGrant(grantId: $grantId) {\n      id\n    }\n  }\n": types.RemoveGrantDocument,
    "\n  mutation DeactivateSelf($id: ID!) {\n    updateUser(id: $id, active: false) {\n      id\n    }\n  }\n": types.DeactivateSelfDocument,
    "\n  query AuditTrail($filter: AuditEventFilter) {\n    allAuditEvents(filter: $filter) {\n      action\n      entityType\n      organisationId\n      actorUserId\n      changes\n    }\n  }\n": types.AuditTrailDocument,
    "\n  mutation LoadAddCentre($organisationId: ID!, $name: String!) {\n    createCentre(organisationId: $organisationId, name: $name, postcode: \"M1 1AE\", serviceTypes: [SUPPORTED_CONTACT], addressLine1: \"Hall\", town: \"Manchester\") {\n      id\n    }\n  }\n": types.LoadAddCentreDocument,
    "\n  mutation LoadRenameCentre($id: ID!, $openingPattern: String!) {\n    updateCentre(id: $id, openingPattern: $openingPattern) {\n      id\n      openingPattern\n    }\n  }\n": types.LoadRenameCentreDocument,
    "\n  query LoadListOwn {\n    allCentres(perPage: 500) {\n      id\n      organisationId\n    }\n  }\n": types.LoadListOwnDocument,
    "\n  query XtCentres($filter: CentreFilter) {\n    items: allCentres(filter: $filter, perPage: 500, sortField: \"id\") {\n      id\n      name\n      organisationId\n    }\n    total: _allCentresMeta(filter: $filter) {\n      count\n    }\n  }\n": types.XtCentresDocument,
    "\n  query XtCentre($id: ID!) {\n    Centre(id: $id) {\n      id\n      name\n      organisationId\n    }\n  }\n": types.XtCentreDocument,
    "\n  query XtCentreWithSiblings($id: ID!) {\n    Centre(id: $id) {\n      id\n      organisation {\n        id\n        centres {\n          id\n        }\n      }\n    }\n  }\n": types.XtCentreWithSiblingsDocument,
    "\n  query XtCentrePair($a: ID!, $b: ID!) {\n    a: Centre(id: $a) {\n      id\n      name\n    }\n    b: Centre(id: $b) {\n      id\n      name\n    }\n  }\n": types.XtCentrePairDocument,
    "\n  mutation XtCreateCentre($organisationId: ID!, $name: String!) {\n    createCentre(\n      organisationId: $organisationId\n      name: $name\n      postcode: \"NG1 5FS\"\n      serviceTypes: [SUPPORTED_CONTACT]\n      addressLine1: \"Church Hall\"\n      town: \"Nottingham\"\n    ) {\n      id\n      organisationId\n    }\n  }\n": types.XtCreateCentreDocument,
    "\n  mutation XtUpdateCentre($id: ID!, $name: String!) {\n    updateCentre(id: $id, name: $name) {\n      id\n      name\n      version\n    }\n  }\n": types.XtUpdateCentreDocument,
    "\n  mutation XtUpdateCentrePair($own: ID!, $foreign: ID!, $name: String!) {\n    own: updateCentre(id: $own, name: $name) {\n      id\n      name\n      version\n    }\n    foreign: updateCentre(id: $foreign, name: $name) {\n      id\n      name\n      version\n    }\n  }\n": types.XtUpdateCentrePairDocument,
    "\n  mutation XtDeleteCentre($id: ID!) {\n    deleteCentre(id: $id) {\n      id\n      name\n    }\n  }\n": types.XtDeleteCentreDocument,
    "\n  query XtOrganisations($filter: OrganisationFilter) {\n    items: allOrganisations(filter: $filter, perPage: 500) {\n      id\n      name\n    }\n    total: _allOrganisationsMeta(filter: $filter) {\n      count\n    }\n  }\n": types.XtOrganisationsDocument,
    "\n  query XtOrganisation($id: ID!) {\n    Organisation(id: $id) {\n      id\n      name\n      centres {\n        id\n      }\n    }\n  }\n": types.XtOrganisationDocument,
    "\n  mutation XtCreateOrganisation($name: String!) {\n    createOrganisation(name: $name, type: CHARITY, contactEmail: \"new@example.org.uk\", region: LONDON) {\n      id\n    }\n  }\n": types.XtCreateOrganisationDocument,
    "\n  mutation XtUpdateOrganisation($id: ID!, $name: String, $membershipStatus: MembershipStatus) {\n    updateOrganisation(id: $id, name: $name, membershipStatus: $membershipStatus) {\n      id\n      name\n      membershipStatus\n    }\n  }\n": types.XtUpdateOrganisationDocument,
    "\n  mutation XtDeleteOrganisation($id: ID!) {\n    deleteOrganisation(id: $id) {\n      id\n    }\n  }\n": types.XtDeleteOrganisationDocument,
    "\n  query XtUsers($filter: UserFilter) {\n    allUsers(filter: $filter, perPage: 500, sortField: \"email\") {\n      id\n      email\n    }\n    _allUsersMeta(filter: $filter) {\n      count\n    }\n  }\n": types.XtUsersDocument,
    "\n  query XtUser($id: ID!) {\n    User(id: $id) {\n      id\n      email\n      grants {\n        role\n        organisationId\n        centreIds\n      }\n    }\n  }\n": types.XtUserDocument,
    "\n  mutation XtUpdateUser($id: ID!, $active: Boolean, $displayName: String) {\n    updateUser(id: $id, active: $active, displayName: $displayName) {\n      id\n      active\n      displayName\n    }\n  }\n": types.XtUpdateUserDocument,
    "\n  mutation XtCreateUser($email: String!, $role: Role!, $organisationId: ID, $centreIds: [ID!]) {\n    createUser(email: $email, displayName: \"Invited Person\", role: $role, organisationId: $organisationId, centreIds: $centreIds) {\n      id\n      email\n      inviteToken\n    }\n  }\n": types.XtCreateUserDocument,
    "\n  mutation XtAddGrant($userId: ID!, $role: Role!, $organisationId: ID, $centreIds: [ID!]) {\n    addGrant(userId: $userId, role: $role, organisationId: $organisationId, centreIds: $centreIds) {\n      id\n      grants {\n        role\n        organisationId\n      }\n    }\n  }\n": types.XtAddGrantDocument,
    "\n  mutation XtRemoveGrant($grantId: ID!) {\n    removeGrant(grantId: $grantId) {\n      id\n    }\n  }\n": types.XtRemoveGrantDocument,
    "\n  query XtAuditEvents($filter: AuditEventFilter) {\n    allAuditEvents(filter: $filter, perPage: 500) {\n      id\n      action\n      entityType\n      entityId\n      organisationId\n    }\n    _allAuditEventsMeta(filter: $filter) {\n      count\n    }\n  }\n": types.XtAuditEventsDocument,
    "\n  query XtAuditEvent($id: ID!) {\n    AuditEvent(id: $id) {\n      id\n      organisationId\n    }\n  }\n": types.XtAuditEventDocument,
    "\n  query XtMe {\n    me {\n      id\n      email\n    }\n  }\n": types.XtMeDocument,
    "\n  query XtPeople($filter: PersonFilter) {\n    items: allPeople(filter: $filter, perPage: 500, sortField: \"id\") {\n      id\n      familyName\n      organisationId\n      clearanceStatus\n    }\n    total: _allPeopleMeta(filter: $filter) {\n      count\n    }\n  }\n": types.XtPeopleDocument,
    "\n  query XtPerson($id: ID!) {\n    Person(id: $id) {\n      id\n      familyName\n      organisationId\n      centreIds\n      clearanceStatus\n      latestDbsLevel\n      centreHistory {\n        centreId\n      }\n    }\n  }\n": types.XtPersonDocument,
    "\n  query XtPersonOrganisation($id: ID!) {\n    Person(id: $id) {\n      id\n      organisation {\n        id\n        name\n        centres {\n          id\n        }\n      }\n    }\n  }\n": types.XtPersonOrganisationDocument,
    "\n  mutation XtCreatePerson($organisationId: ID!, $centreIds: [ID!]) {\n    createPerson(organisationId: $organisationId, givenName: \"Planted\", familyName: \"Person\", personType: VOLUNTEER, startDate: \"2025-01-06\", centreIds: $centreIds) {\n      id\n    }\n  }\n": types.XtCreatePersonDocument,
    "\n  mutation XtUpdatePerson($id: ID!, $familyName: String, $centreIds: [ID!]) {\n    updatePerson(id: $id, familyName: $familyName, centreIds: $centreIds) {\n      id\n      familyName\n      centreIds\n    }\n  }\n": types.XtUpdatePersonDocument,
    "\n  mutation XtDeletePerson($id: ID!) {\n    deletePerson(id: $id) {\n      id\n    }\n  }\n": types.XtDeletePersonDocument,
    "\n  mutation XtImportPeople($organisationId: ID!, $csv: String!) {\n    importPeople(organisationId: $organisationId, csv: $csv) {\n      imported\n      rows\n      errors {\n        row\n        field\n        message\n      }\n    }\n  }\n": types.XtImportPeopleDocument,
    "\n  query XtPeopleCsv($filter: PersonFilter) {\n    peopleCsv(filter: $filter)\n  }\n": types.XtPeopleCsvDocument,
    "\n  query XtDbsChecks($filter: DbsCheckFilter) {\n    items: allDbsChecks(filter: $filter, perPage: 500) {\n      id\n      personId\n      organisationId\n      certificateNumber\n    }\n    total: _allDbsChecksMeta(filter: $filter) {\n      count\n    }\n  }\n": types.XtDbsChecksDocument,
    "\n  query XtDbsCheck($id: ID!) {\n    DbsCheck(id: $id) {\n      id\n      personId\n      level\n    }\n  }\n": types.XtDbsCheckDocument,
    "\n  mutation XtCreateDbsCheck($personId: ID!) {\n    createDbsCheck(personId: $personId, level: ENHANCED_BARRED, certificateNumber: \"009900990099\", issueDate: \"2025-01-06\", decision: CLEARED) {\n      id\n    }\n  }\n": types.XtCreateDbsCheckDocument,
    "\n  mutation XtUpdateDbsCheck($id: ID!) {\n    updateDbsCheck(id: $id, decision: NOT_CLEARED) {\n      id\n      decision\n    }\n  }\n": types.XtUpdateDbsCheckDocument,
    "\n  mutation XtRecordDbsStatusCheck($id: ID!) {\n    recordDbsStatusCheck(id: $id, checkedOn: \"2025-06-02\", result: NEW_INFORMATION) {\n      id\n    }\n  }\n": types.XtRecordDbsStatusCheckDocument,
    "\n  mutation XtReveal($id: ID!) {\n    revealDbsCertificateNumber(id: $id, reason: \"Cross-tenant attempt\")\n  }\n": types.XtRevealDocument,
    "\n  query XtClearanceSummary($filter: ClearanceSummaryFilter) {\n    clearanceSummary(filter: $filter) {\n      totals {\n        total\n        cleared\n        missingDbs\n        cannotBeRostered\n      }\n      centres {\n        centreId\n        centreName\n        counts {\n          total\n        }\n      }\n      expiringSoon {\n        id\n      }\n      cannotBeRostered {\n        id\n        familyName\n      }\n    }\n  }\n": types.XtClearanceSummaryDocument,
    "\n  query XtTrainingRecords($filter: TrainingRecordFilter) {\n    items: allTrainingRecords(filter: $filter, perPage: 500) {\n      id\n      personId\n      organisationId\n      personName\n    }\n    total: _allTrainingRecordsMeta(filter: $filter) {\n      count\n    }\n  }\n": types.XtTrainingRecordsDocument,
    "\n  query XtTrainingRecord($id: ID!) {\n    TrainingRecord(id: $id) {\n      id\n      personId\n      personName\n    }\n  }\n": types.XtTrainingRecordDocument,
    "\n  query XtPeopleWithTraining {\n    allPeople(perPage: 500) {\n      id\n      trainingRecords {\n        id\n        personId\n      }\n    }\n  }\n": types.XtPeopleWithTrainingDocument,
    "\n  query XtTrainingRecordsCsv($filter: TrainingRecordFilter) {\n    trainingRecordsCsv(filter: $filter)\n  }\n": types.XtTrainingRecordsCsvDocument,
    "\n  query XtTrainingMatrix($filter: TrainingMatrixFilter) {\n    trainingMatrix(filter: $filter) {\n      rows {\n        personId\n        personName\n        organisationId\n      }\n      counts {\n        total\n      }\n    }\n  }\n": types.XtTrainingMatrixDocument,
    "\n  query XtTrainingMatrixCsv($filter: TrainingMatrixFilter) {\n    trainingMatrixCsv(filter: $filter)\n  }\n": types.XtTrainingMatrixCsvDocument,
    "\n  mutation XtCreateTrainingRecord($personId: ID!, $source: TrainingSource, $courseId: ID, $externalCourse: String, $externalProvider: String) {\n    createTrainingRecord(\n      personId: $personId\n      source: $source\n      courseId: $courseId\n      externalCourse: $externalCourse\n      externalProvider: $externalProvider\n      completedOn: \"2026-05-01\"\n      outcome: ATTENDED\n    ) {\n      id\n      personId\n      source\n    }\n  }\n": types.XtCreateTrainingRecordDocument,
    "\n  mutation XtUpdateTrainingRecord($id: ID!) {\n    updateTrainingRecord(id: $id, hours: 1) {\n      id\n      hours\n    }\n  }\n": types.XtUpdateTrainingRecordDocument,
    "\n  mutation XtDeleteTrainingRecord($id: ID!) {\n    deleteTrainingRecord(id: $id) {\n      id\n    }\n  }\n": types.XtDeleteTrainingRecordDocument,
    "\n  query XtCourseSession($id: ID!) {\n    CourseSession(id: $id) {\n      id\n      placesTaken\n      placesLeft\n      enrolments {\n        id\n        personId\n        personName\n        organisationId\n        organisationName\n      }\n    }\n  }\n": types.XtCourseSessionDocument,
    "\n  query XtCourseSessions {\n    allCourseSessions(perPage: 500) {\n      id\n      enrolments {\n        id\n        personId\n      }\n    }\n  }\n": types.XtCourseSessionsDocument,
    "\n  mutation XtRequestPlaces($sessionId: ID!, $personIds: [ID!]!) {\n    requestSessionPlaces(sessionId: $sessionId, personIds: $personIds) {\n      id\n      enrolments {\n        personId\n      }\n    }\n  }\n": types.XtRequestPlacesDocument,
    "\n  mutation XtEnrolInSession($sessionId: ID!, $personIds: [ID!]!) {\n    enrolInSession(sessionId: $sessionId, personIds: $personIds) {\n      id\n    }\n  }\n": types.XtEnrolInSessionDocument,
    "\n  mutation XtRemoveEnrolment($id: ID!) {\n    removeEnrolment(id: $id) {\n      id\n    }\n  }\n": types.XtRemoveEnrolmentDocument,
    "\n  query XtAccreditations($filter: AccreditationFilter) {\n    items: allAccreditations(filter: $filter, perPage: 500) {\n      id\n      centreId\n    }\n    total: _allAccreditationsMeta(filter: $filter) {\n      count\n    }\n  }\n": types.XtAccreditationsDocument,
    "\n  query XtAccreditation($id: ID!) {\n    Accreditation(id: $id) {\n      id\n      centreId\n    }\n  }\n": types.XtAccreditationDocument,
    "\n  mutation XtSuspendAccreditation($id: ID!) {\n    transitionAccreditation(id: $id, action: SUSPEND, reason: \"Not mine to decide\") {\n      id\n    }\n  }\n": types.XtSuspendAccreditationDocument,
    "\n  query XtAssessmentsAndActions {\n    visits: allAssessments(perPage: 500) {\n      id\n      findings {\n        note\n      }\n    }\n    visitTotal: _allAssessmentsMeta {\n      count\n    }\n    actions: allActionPlanItems(perPage: 500) {\n      id\n    }\n    actionTotal: _allActionPlanItemsMeta {\n      count\n    }\n  }\n": types.XtAssessmentsAndActionsDocument,
    "\n  query XtAssessment($id: ID!) {\n    Assessment(id: $id) {\n      id\n    }\n  }\n": types.XtAssessmentDocument,
    "\n  mutation XtActionEvidence($id: ID!) {\n    submitActionEvidence(id: $id, evidenceNote: \"Not ours to answer\") {\n      id\n    }\n  }\n": types.XtActionEvidenceDocument,
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
export function graphql(source: "\n  query BrokenSort {\n    allOrganisations(sortField: \"nope\") {\n      id\n    }\n  }\n"): (typeof documents)["\n  query BrokenSort {\n    allOrganisations(sortField: \"nope\") {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AiExportPeople($filter: PersonFilter) {\n    peopleCsv(filter: $filter)\n  }\n"): (typeof documents)["\n  query AiExportPeople($filter: PersonFilter) {\n    peopleCsv(filter: $filter)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AiExportOrganisation($id: ID!) {\n    exportOrganisation(id: $id)\n  }\n"): (typeof documents)["\n  query AiExportOrganisation($id: ID!) {\n    exportOrganisation(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AiExportTraining($records: TrainingRecordFilter, $matrix: TrainingMatrixFilter) {\n    trainingRecordsCsv(filter: $records)\n    trainingMatrixCsv(filter: $matrix)\n  }\n"): (typeof documents)["\n  query AiExportTraining($records: TrainingRecordFilter, $matrix: TrainingMatrixFilter) {\n    trainingRecordsCsv(filter: $records)\n    trainingMatrixCsv(filter: $matrix)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AiImportPeople($organisationId: ID!, $csv: String!) {\n    importPeople(organisationId: $organisationId, csv: $csv) {\n      imported\n    }\n  }\n"): (typeof documents)["\n  mutation AiImportPeople($organisationId: ID!, $csv: String!) {\n    importPeople(organisationId: $organisationId, csv: $csv) {\n      imported\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AiReveal($id: ID!, $reason: String!) {\n    revealDbsCertificateNumber(id: $id, reason: $reason)\n  }\n"): (typeof documents)["\n  mutation AiReveal($id: ID!, $reason: String!) {\n    revealDbsCertificateNumber(id: $id, reason: $reason)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AiInvite($email: String!, $organisationId: ID) {\n    createUser(email: $email, displayName: \"Invited Person\", role: ORG_ADMIN, organisationId: $organisationId) {\n      id\n      inviteToken\n    }\n  }\n"): (typeof documents)["\n  mutation AiInvite($email: String!, $organisationId: ID) {\n    createUser(email: $email, displayName: \"Invited Person\", role: ORG_ADMIN, organisationId: $organisationId) {\n      id\n      inviteToken\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AiAcceptInvite($token: String!, $password: String!) {\n    acceptInvite(token: $token, password: $password)\n  }\n"): (typeof documents)["\n  mutation AiAcceptInvite($token: String!, $password: String!) {\n    acceptInvite(token: $token, password: $password)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AiChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword)\n  }\n"): (typeof documents)["\n  mutation AiChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AiLogout {\n    logout\n  }\n"): (typeof documents)["\n  mutation AiLogout {\n    logout\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AiLogin($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation AiLogin($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ThrottledSignIn($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation ThrottledSignIn($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      id\n      email\n    }\n  }\n"): (typeof documents)["\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      id\n      email\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Logout {\n    logout\n  }\n"): (typeof documents)["\n  mutation Logout {\n    logout\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Me {\n    me {\n      id\n      email\n      displayName\n      grants {\n        role\n        organisationId\n        centreIds\n      }\n    }\n  }\n"): (typeof documents)["\n  query Me {\n    me {\n      id\n      email\n      displayName\n      grants {\n        role\n        organisationId\n        centreIds\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InviteUser($email: String!, $displayName: String!, $role: Role!) {\n    createUser(email: $email, displayName: $displayName, role: $role) {\n      id\n      inviteToken\n    }\n  }\n"): (typeof documents)["\n  mutation InviteUser($email: String!, $displayName: String!, $role: Role!) {\n    createUser(email: $email, displayName: $displayName, role: $role) {\n      id\n      inviteToken\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AcceptInvite($token: String!, $password: String!) {\n    acceptInvite(token: $token, password: $password)\n  }\n"): (typeof documents)["\n  mutation AcceptInvite($token: String!, $password: String!) {\n    acceptInvite(token: $token, password: $password)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword)\n  }\n"): (typeof documents)["\n  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeactivateUser($id: ID!) {\n    updateUser(id: $id, active: false) {\n      id\n      active\n    }\n  }\n"): (typeof documents)["\n  mutation DeactivateUser($id: ID!) {\n    updateUser(id: $id, active: false) {\n      id\n      active\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AccStart($centreId: ID!, $kind: AccreditationKind!, $reason: String!, $candidateSince: LocalDate) {\n    startAccreditation(centreId: $centreId, kind: $kind, reason: $reason, candidateSince: $candidateSince) {\n      id\n      version\n      state\n      candidateSince\n      candidateDueBy\n      candidateOverdue\n      allowedActions\n    }\n  }\n"): (typeof documents)["\n  mutation AccStart($centreId: ID!, $kind: AccreditationKind!, $reason: String!, $candidateSince: LocalDate) {\n    startAccreditation(centreId: $centreId, kind: $kind, reason: $reason, candidateSince: $candidateSince) {\n      id\n      version\n      state\n      candidateSince\n      candidateDueBy\n      candidateOverdue\n      allowedActions\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AccTransition($id: ID!, $action: AccreditationAction!, $reason: String!, $version: Int) {\n    transitionAccreditation(id: $id, action: $action, reason: $reason, version: $version) {\n      id\n      version\n      state\n      awardedOn\n      expiresOn\n      renewalDueFrom\n      daysToExpiry\n      allowedActions\n      centre {\n        id\n        publiclyVisible\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AccTransition($id: ID!, $action: AccreditationAction!, $reason: String!, $version: Int) {\n    transitionAccreditation(id: $id, action: $action, reason: $reason, version: $version) {\n      id\n      version\n      state\n      awardedOn\n      expiresOn\n      renewalDueFrom\n      daysToExpiry\n      allowedActions\n      centre {\n        id\n        publiclyVisible\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AccOne($id: ID!) {\n    Accreditation(id: $id) {\n      id\n      state\n      centreId\n      history {\n        action\n        fromState\n        toState\n        reason\n        actorName\n        automatic\n        onDate\n      }\n    }\n  }\n"): (typeof documents)["\n  query AccOne($id: ID!) {\n    Accreditation(id: $id) {\n      id\n      state\n      centreId\n      history {\n        action\n        fromState\n        toState\n        reason\n        actorName\n        automatic\n        onDate\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AccList($filter: AccreditationFilter) {\n    allAccreditations(filter: $filter, perPage: 100) {\n      id\n      centreId\n      state\n    }\n    _allAccreditationsMeta(filter: $filter) {\n      count\n    }\n  }\n"): (typeof documents)["\n  query AccList($filter: AccreditationFilter) {\n    allAccreditations(filter: $filter, perPage: 100) {\n      id\n      centreId\n      state\n    }\n    _allAccreditationsMeta(filter: $filter) {\n      count\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AccPipeline {\n    accreditationPipeline {\n      byState {\n        state\n        count\n      }\n      candidatesOverdue\n      renewalsWithinSixMonths\n      publiclyListedCentres\n      overdueActions\n    }\n  }\n"): (typeof documents)["\n  query AccPipeline {\n    accreditationPipeline {\n      byState {\n        state\n        count\n      }\n      candidatesOverdue\n      renewalsWithinSixMonths\n      publiclyListedCentres\n      overdueActions\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AccCentre($id: ID!) {\n    Centre(id: $id) {\n      publiclyListed\n      publiclyVisible\n      accreditations {\n        kind\n        state\n      }\n    }\n  }\n"): (typeof documents)["\n  query AccCentre($id: ID!) {\n    Centre(id: $id) {\n      publiclyListed\n      publiclyVisible\n      accreditations {\n        kind\n        state\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AsmPlan($accreditationId: ID!, $assessorUserId: ID!, $visitDate: LocalDate!) {\n    planAssessment(accreditationId: $accreditationId, assessorUserId: $assessorUserId, visitDate: $visitDate) {\n      id\n      version\n      status\n      standardSet {\n        versionLabel\n      }\n      assessorName\n      missingStandards\n    }\n  }\n"): (typeof documents)["\n  mutation AsmPlan($accreditationId: ID!, $assessorUserId: ID!, $visitDate: LocalDate!) {\n    planAssessment(accreditationId: $accreditationId, assessorUserId: $assessorUserId, visitDate: $visitDate) {\n      id\n      version\n      status\n      standardSet {\n        versionLabel\n      }\n      assessorName\n      missingStandards\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AsmReassign($id: ID!, $assessorUserId: ID!) {\n    reassignAssessment(id: $id, assessorUserId: $assessorUserId) {\n      id\n      assessorName\n    }\n  }\n"): (typeof documents)["\n  mutation AsmReassign($id: ID!, $assessorUserId: ID!) {\n    reassignAssessment(id: $id, assessorUserId: $assessorUserId) {\n      id\n      assessorName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AsmSave($assessmentId: ID!, $findings: [FindingInput!]!) {\n    saveFindings(assessmentId: $assessmentId, findings: $findings) {\n      id\n      status\n      missingStandards\n      findings {\n        standard {\n          code\n        }\n        outcome\n        note\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AsmSave($assessmentId: ID!, $findings: [FindingInput!]!) {\n    saveFindings(assessmentId: $assessmentId, findings: $findings) {\n      id\n      status\n      missingStandards\n      findings {\n        standard {\n          code\n        }\n        outcome\n        note\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AsmSubmit($id: ID!, $summary: String!) {\n    submitAssessmentReport(id: $id, summary: $summary) {\n      id\n      status\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation AsmSubmit($id: ID!, $summary: String!) {\n    submitAssessmentReport(id: $id, summary: $summary) {\n      id\n      status\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AsmDecide($id: ID!, $decision: AssessmentDecision!, $reason: String!) {\n    decideAssessment(id: $id, decision: $decision, reason: $reason) {\n      id\n      status\n      decision\n      decidedByName\n      actions {\n        id\n        version\n        description\n        dueOn\n        status\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AsmDecide($id: ID!, $decision: AssessmentDecision!, $reason: String!) {\n    decideAssessment(id: $id, decision: $decision, reason: $reason) {\n      id\n      status\n      decision\n      decidedByName\n      actions {\n        id\n        version\n        description\n        dueOn\n        status\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AsmOne($id: ID!) {\n    Assessment(id: $id) {\n      id\n      status\n      findings {\n        outcome\n      }\n    }\n  }\n"): (typeof documents)["\n  query AsmOne($id: ID!) {\n    Assessment(id: $id) {\n      id\n      status\n      findings {\n        outcome\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AsmCentres {\n    allCentres(perPage: 100) {\n      id\n    }\n  }\n"): (typeof documents)["\n  query AsmCentres {\n    allCentres(perPage: 100) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AsmEvidence($id: ID!, $evidenceNote: String!) {\n    submitActionEvidence(id: $id, evidenceNote: $evidenceNote) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation AsmEvidence($id: ID!, $evidenceNote: String!) {\n    submitActionEvidence(id: $id, evidenceNote: $evidenceNote) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AsmReview($id: ID!, $review: ActionReview!, $note: String) {\n    reviewActionEvidence(id: $id, review: $review, note: $note) {\n      id\n      status\n      reviewNote\n      reviewedByName\n    }\n  }\n"): (typeof documents)["\n  mutation AsmReview($id: ID!, $review: ActionReview!, $note: String) {\n    reviewActionEvidence(id: $id, review: $review, note: $note) {\n      id\n      status\n      reviewNote\n      reviewedByName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AsmUpdateAction($id: ID!, $dueOn: LocalDate) {\n    updateActionPlanItem(id: $id, dueOn: $dueOn) {\n      id\n      status\n      overdue\n    }\n  }\n"): (typeof documents)["\n  mutation AsmUpdateAction($id: ID!, $dueOn: LocalDate) {\n    updateActionPlanItem(id: $id, dueOn: $dueOn) {\n      id\n      status\n      overdue\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AsmActions($filter: ActionPlanItemFilter) {\n    allActionPlanItems(filter: $filter, perPage: 100) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  query AsmActions($filter: ActionPlanItemFilter) {\n    allActionPlanItems(filter: $filter, perPage: 100) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AsmSuspendOverdue($accreditationId: ID!) {\n    suspendForOverdueActions(accreditationId: $accreditationId) {\n      state\n      overdueActions\n      history {\n        reason\n      }\n      centre {\n        publiclyVisible\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AsmSuspendOverdue($accreditationId: ID!) {\n    suspendForOverdueActions(accreditationId: $accreditationId) {\n      state\n      overdueActions\n      history {\n        reason\n      }\n      centre {\n        publiclyVisible\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AsmPipelineOverdue {\n    accreditationPipeline {\n      overdueActions\n    }\n  }\n"): (typeof documents)["\n  query AsmPipelineOverdue {\n    accreditationPipeline {\n      overdueActions\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AsmReportPdf($id: ID!) {\n    assessmentReportPdf(id: $id)\n  }\n"): (typeof documents)["\n  query AsmReportPdf($id: ID!) {\n    assessmentReportPdf(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateOrganisationForCentres($name: String!, $region: Region!) {\n    createOrganisation(name: $name, type: CHARITY, contactEmail: \"info@example.org.uk\", region: $region) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation CreateOrganisationForCentres($name: String!, $region: Region!) {\n    createOrganisation(name: $name, type: CHARITY, contactEmail: \"info@example.org.uk\", region: $region) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateCentre(\n    $organisationId: ID!\n    $name: String!\n    $postcode: String!\n    $serviceTypes: [ServiceType!]!\n    $kind: CentreKind\n    $addressLine1: String\n    $town: String\n    $region: Region\n    $languages: [String!]\n  ) {\n    createCentre(\n      organisationId: $organisationId\n      name: $name\n      postcode: $postcode\n      serviceTypes: $serviceTypes\n      kind: $kind\n      addressLine1: $addressLine1\n      town: $town\n      region: $region\n      languages: $languages\n    ) {\n      id\n      name\n      postcode\n      latitude\n      longitude\n      region\n      serviceTypes\n      version\n      organisationId\n    }\n  }\n"): (typeof documents)["\n  mutation CreateCentre(\n    $organisationId: ID!\n    $name: String!\n    $postcode: String!\n    $serviceTypes: [ServiceType!]!\n    $kind: CentreKind\n    $addressLine1: String\n    $town: String\n    $region: Region\n    $languages: [String!]\n  ) {\n    createCentre(\n      organisationId: $organisationId\n      name: $name\n      postcode: $postcode\n      serviceTypes: $serviceTypes\n      kind: $kind\n      addressLine1: $addressLine1\n      town: $town\n      region: $region\n      languages: $languages\n    ) {\n      id\n      name\n      postcode\n      latitude\n      longitude\n      region\n      serviceTypes\n      version\n      organisationId\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateCentre($id: ID!, $version: Int, $postcode: String, $openingPattern: String, $name: String) {\n    updateCentre(id: $id, version: $version, postcode: $postcode, openingPattern: $openingPattern, name: $name) {\n      id\n      name\n      postcode\n      region\n      openingPattern\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateCentre($id: ID!, $version: Int, $postcode: String, $openingPattern: String, $name: String) {\n    updateCentre(id: $id, version: $version, postcode: $postcode, openingPattern: $openingPattern, name: $name) {\n      id\n      name\n      postcode\n      region\n      openingPattern\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteCentre($id: ID!) {\n    deleteCentre(id: $id) {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  mutation DeleteCentre($id: ID!) {\n    deleteCentre(id: $id) {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GetCentre($id: ID!) {\n    Centre(id: $id) {\n      id\n      name\n      openingPattern\n      organisation {\n        id\n        centres {\n          id\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query GetCentre($id: ID!) {\n    Centre(id: $id) {\n      id\n      name\n      openingPattern\n      organisation {\n        id\n        centres {\n          id\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ListCentres($page: Int, $perPage: Int, $sortField: String, $sortOrder: String, $filter: CentreFilter) {\n    items: allCentres(page: $page, perPage: $perPage, sortField: $sortField, sortOrder: $sortOrder, filter: $filter) {\n      id\n      name\n      town\n      postcode\n      region\n      serviceTypes\n      organisationId\n      organisation {\n        id\n        name\n      }\n    }\n    total: _allCentresMeta(filter: $filter) {\n      count\n    }\n  }\n"): (typeof documents)["\n  query ListCentres($page: Int, $perPage: Int, $sortField: String, $sortOrder: String, $filter: CentreFilter) {\n    items: allCentres(page: $page, perPage: $perPage, sortField: $sortField, sortOrder: $sortOrder, filter: $filter) {\n      id\n      name\n      town\n      postcode\n      region\n      serviceTypes\n      organisationId\n      organisation {\n        id\n        name\n      }\n    }\n    total: _allCentresMeta(filter: $filter) {\n      count\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CentreNames($sortField: String) {\n    allCentres(sortField: $sortField) {\n      name\n    }\n  }\n"): (typeof documents)["\n  query CentreNames($sortField: String) {\n    allCentres(sortField: $sortField) {\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ClrPerson($id: ID!) {\n    Person(id: $id) {\n      id\n      clearanceStatus\n      clearanceExpiresOn\n      clearanceAction\n      requiredDbsLevel\n      latestDbsLevel\n    }\n  }\n"): (typeof documents)["\n  query ClrPerson($id: ID!) {\n    Person(id: $id) {\n      id\n      clearanceStatus\n      clearanceExpiresOn\n      clearanceAction\n      requiredDbsLevel\n      latestDbsLevel\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ClrPeopleByStatus($filter: PersonFilter) {\n    allPeople(filter: $filter, perPage: 500, sortField: \"id\") {\n      id\n      clearanceStatus\n    }\n    _allPeopleMeta(filter: $filter) {\n      count\n    }\n  }\n"): (typeof documents)["\n  query ClrPeopleByStatus($filter: PersonFilter) {\n    allPeople(filter: $filter, perPage: 500, sortField: \"id\") {\n      id\n      clearanceStatus\n    }\n    _allPeopleMeta(filter: $filter) {\n      count\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ClrSummaryTotals($filter: ClearanceSummaryFilter) {\n    clearanceSummary(filter: $filter) {\n      totals {\n        cleared\n        expiring\n        expired\n        missingDbs\n        wrongLevel\n        notCleared\n        needsNewCheck\n        total\n        cannotBeRostered\n      }\n    }\n  }\n"): (typeof documents)["\n  query ClrSummaryTotals($filter: ClearanceSummaryFilter) {\n    clearanceSummary(filter: $filter) {\n      totals {\n        cleared\n        expiring\n        expired\n        missingDbs\n        wrongLevel\n        notCleared\n        needsNewCheck\n        total\n        cannotBeRostered\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ClrSummary($filter: ClearanceSummaryFilter) {\n    clearanceSummary(filter: $filter) {\n      totals {\n        cleared\n        expiring\n        expired\n        missingDbs\n        wrongLevel\n        notCleared\n        needsNewCheck\n        total\n        cannotBeRostered\n      }\n      centres {\n        centreId\n        centreName\n        counts {\n          cleared\n          expiring\n          expired\n          missingDbs\n          wrongLevel\n          notCleared\n          needsNewCheck\n          total\n          cannotBeRostered\n        }\n      }\n      expiringSoon {\n        id\n        clearanceExpiresOn\n      }\n      cannotBeRostered {\n        id\n        familyName\n        givenName\n        clearanceStatus\n        clearanceAction\n      }\n    }\n  }\n"): (typeof documents)["\n  query ClrSummary($filter: ClearanceSummaryFilter) {\n    clearanceSummary(filter: $filter) {\n      totals {\n        cleared\n        expiring\n        expired\n        missingDbs\n        wrongLevel\n        notCleared\n        needsNewCheck\n        total\n        cannotBeRostered\n      }\n      centres {\n        centreId\n        centreName\n        counts {\n          cleared\n          expiring\n          expired\n          missingDbs\n          wrongLevel\n          notCleared\n          needsNewCheck\n          total\n          cannotBeRostered\n        }\n      }\n      expiringSoon {\n        id\n        clearanceExpiresOn\n      }\n      cannotBeRostered {\n        id\n        familyName\n        givenName\n        clearanceStatus\n        clearanceAction\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ClrPage($perPage: Int, $filter: PersonFilter) {\n    allPeople(perPage: $perPage, filter: $filter) {\n      id\n      fullName\n      clearanceStatus\n      clearanceExpiresOn\n      latestDbsLevel\n      centreHistory {\n        centreId\n        startedOn\n        endedOn\n      }\n      organisation {\n        id\n        name\n      }\n    }\n    _allPeopleMeta(filter: $filter) {\n      count\n    }\n  }\n"): (typeof documents)["\n  query ClrPage($perPage: Int, $filter: PersonFilter) {\n    allPeople(perPage: $perPage, filter: $filter) {\n      id\n      fullName\n      clearanceStatus\n      clearanceExpiresOn\n      latestDbsLevel\n      centreHistory {\n        centreId\n        startedOn\n        endedOn\n      }\n      organisation {\n        id\n        name\n      }\n    }\n    _allPeopleMeta(filter: $filter) {\n      count\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ClrCentre($id: ID!) {\n    Centre(id: $id) {\n      id\n    }\n  }\n"): (typeof documents)["\n  query ClrCentre($id: ID!) {\n    Centre(id: $id) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RlPerson($id: ID!) {\n    Person(id: $id) {\n      id\n      clearanceStatus\n      requiredDbsLevel\n    }\n  }\n"): (typeof documents)["\n  query RlPerson($id: ID!) {\n    Person(id: $id) {\n      id\n      clearanceStatus\n      requiredDbsLevel\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RlCentreServices($id: ID!, $serviceTypes: [ServiceType!]) {\n    updateCentre(id: $id, serviceTypes: $serviceTypes) {\n      id\n      serviceTypes\n    }\n  }\n"): (typeof documents)["\n  mutation RlCentreServices($id: ID!, $serviceTypes: [ServiceType!]) {\n    updateCentre(id: $id, serviceTypes: $serviceTypes) {\n      id\n      serviceTypes\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RlMovePerson($id: ID!, $centreIds: [ID!]) {\n    updatePerson(id: $id, centreIds: $centreIds) {\n      id\n      requiredDbsLevel\n      clearanceStatus\n    }\n  }\n"): (typeof documents)["\n  mutation RlMovePerson($id: ID!, $centreIds: [ID!]) {\n    updatePerson(id: $id, centreIds: $centreIds) {\n      id\n      requiredDbsLevel\n      clearanceStatus\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DbsCreate(\n    $personId: ID!\n    $level: DbsLevel!\n    $certificateNumber: String!\n    $issueDate: LocalDate!\n    $decision: DbsDecision!\n    $decidedAt: DateTimeISO\n    $decidedBy: String\n    $onUpdateService: Boolean\n    $updateServiceSubscriptionId: String\n  ) {\n    createDbsCheck(\n      personId: $personId\n      level: $level\n      certificateNumber: $certificateNumber\n      issueDate: $issueDate\n      decision: $decision\n      decidedAt: $decidedAt\n      decidedBy: $decidedBy\n      onUpdateService: $onUpdateService\n      updateServiceSubscriptionId: $updateServiceSubscriptionId\n    ) {\n      id\n      personId\n      organisationId\n      level\n      certificateNumber\n      certificateHeld\n      issueDate\n      decision\n      decidedBy\n      decidedAt\n      onUpdateService\n      updateServiceSubscriptionId\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation DbsCreate(\n    $personId: ID!\n    $level: DbsLevel!\n    $certificateNumber: String!\n    $issueDate: LocalDate!\n    $decision: DbsDecision!\n    $decidedAt: DateTimeISO\n    $decidedBy: String\n    $onUpdateService: Boolean\n    $updateServiceSubscriptionId: String\n  ) {\n    createDbsCheck(\n      personId: $personId\n      level: $level\n      certificateNumber: $certificateNumber\n      issueDate: $issueDate\n      decision: $decision\n      decidedAt: $decidedAt\n      decidedBy: $decidedBy\n      onUpdateService: $onUpdateService\n      updateServiceSubscriptionId: $updateServiceSubscriptionId\n    ) {\n      id\n      personId\n      organisationId\n      level\n      certificateNumber\n      certificateHeld\n      issueDate\n      decision\n      decidedBy\n      decidedAt\n      onUpdateService\n      updateServiceSubscriptionId\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DbsUpdate(\n    $id: ID!\n    $version: Int\n    $level: DbsLevel\n    $issueDate: LocalDate\n    $decision: DbsDecision\n    $onUpdateService: Boolean\n    $updateServiceSubscriptionId: String\n  ) {\n    updateDbsCheck(\n      id: $id\n      version: $version\n      level: $level\n      issueDate: $issueDate\n      decision: $decision\n      onUpdateService: $onUpdateService\n      updateServiceSubscriptionId: $updateServiceSubscriptionId\n    ) {\n      id\n      level\n      issueDate\n      decision\n      onUpdateService\n      updateServiceSubscriptionId\n      lastStatusCheckDate\n      lastStatusCheckResult\n      certificateNumber\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation DbsUpdate(\n    $id: ID!\n    $version: Int\n    $level: DbsLevel\n    $issueDate: LocalDate\n    $decision: DbsDecision\n    $onUpdateService: Boolean\n    $updateServiceSubscriptionId: String\n  ) {\n    updateDbsCheck(\n      id: $id\n      version: $version\n      level: $level\n      issueDate: $issueDate\n      decision: $decision\n      onUpdateService: $onUpdateService\n      updateServiceSubscriptionId: $updateServiceSubscriptionId\n    ) {\n      id\n      level\n      issueDate\n      decision\n      onUpdateService\n      updateServiceSubscriptionId\n      lastStatusCheckDate\n      lastStatusCheckResult\n      certificateNumber\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DbsStatusCheck($id: ID!, $checkedOn: LocalDate!, $result: StatusCheckResult!) {\n    recordDbsStatusCheck(id: $id, checkedOn: $checkedOn, result: $result) {\n      id\n      lastStatusCheckDate\n      lastStatusCheckResult\n      certificateNumber\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation DbsStatusCheck($id: ID!, $checkedOn: LocalDate!, $result: StatusCheckResult!) {\n    recordDbsStatusCheck(id: $id, checkedOn: $checkedOn, result: $result) {\n      id\n      lastStatusCheckDate\n      lastStatusCheckResult\n      certificateNumber\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DbsReveal($id: ID!, $reason: String!) {\n    revealDbsCertificateNumber(id: $id, reason: $reason)\n  }\n"): (typeof documents)["\n  mutation DbsReveal($id: ID!, $reason: String!) {\n    revealDbsCertificateNumber(id: $id, reason: $reason)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DbsAll($filter: DbsCheckFilter) {\n    allDbsChecks(filter: $filter, perPage: 100) {\n      id\n      personId\n      level\n      certificateNumber\n      certificateHeld\n      certificatePurgedAt\n    }\n    _allDbsChecksMeta(filter: $filter) {\n      count\n    }\n  }\n"): (typeof documents)["\n  query DbsAll($filter: DbsCheckFilter) {\n    allDbsChecks(filter: $filter, perPage: 100) {\n      id\n      personId\n      level\n      certificateNumber\n      certificateHeld\n      certificatePurgedAt\n    }\n    _allDbsChecksMeta(filter: $filter) {\n      count\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DbsById($id: ID!) {\n    DbsCheck(id: $id) {\n      id\n      level\n      decision\n      certificateNumber\n      certificateHeld\n      certificatePurgedAt\n    }\n  }\n"): (typeof documents)["\n  query DbsById($id: ID!) {\n    DbsCheck(id: $id) {\n      id\n      level\n      decision\n      certificateNumber\n      certificateHeld\n      certificatePurgedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DbsPersonClearance($id: ID!) {\n    Person(id: $id) {\n      id\n      clearanceStatus\n      clearanceExpiresOn\n      requiredDbsLevel\n      latestDbsLevel\n    }\n  }\n"): (typeof documents)["\n  query DbsPersonClearance($id: ID!) {\n    Person(id: $id) {\n      id\n      clearanceStatus\n      clearanceExpiresOn\n      requiredDbsLevel\n      latestDbsLevel\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateOrganisation(\n    $name: String!\n    $type: OrganisationType!\n    $contactEmail: String!\n    $region: Region!\n    $charityNumber: String\n    $membershipStatus: MembershipStatus\n  ) {\n    createOrganisation(\n      name: $name\n      type: $type\n      contactEmail: $contactEmail\n      region: $region\n      charityNumber: $charityNumber\n      membershipStatus: $membershipStatus\n    ) {\n      id\n      name\n      contactEmail\n      charityNumber\n      membershipStatus\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation CreateOrganisation(\n    $name: String!\n    $type: OrganisationType!\n    $contactEmail: String!\n    $region: Region!\n    $charityNumber: String\n    $membershipStatus: MembershipStatus\n  ) {\n    createOrganisation(\n      name: $name\n      type: $type\n      contactEmail: $contactEmail\n      region: $region\n      charityNumber: $charityNumber\n      membershipStatus: $membershipStatus\n    ) {\n      id\n      name\n      contactEmail\n      charityNumber\n      membershipStatus\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateOrganisation($id: ID!, $version: Int, $name: String, $charityNumber: String) {\n    updateOrganisation(id: $id, version: $version, name: $name, charityNumber: $charityNumber) {\n      id\n      name\n      charityNumber\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateOrganisation($id: ID!, $version: Int, $name: String, $charityNumber: String) {\n    updateOrganisation(id: $id, version: $version, name: $name, charityNumber: $charityNumber) {\n      id\n      name\n      charityNumber\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ExportOrganisation($id: ID!) {\n    exportOrganisation(id: $id)\n  }\n"): (typeof documents)["\n  query ExportOrganisation($id: ID!) {\n    exportOrganisation(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateMembership($id: ID!, $membershipStatus: MembershipStatus) {\n    updateOrganisation(id: $id, membershipStatus: $membershipStatus) {\n      id\n      membershipStatus\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateMembership($id: ID!, $membershipStatus: MembershipStatus) {\n    updateOrganisation(id: $id, membershipStatus: $membershipStatus) {\n      id\n      membershipStatus\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteOrganisation($id: ID!) {\n    deleteOrganisation(id: $id) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation DeleteOrganisation($id: ID!) {\n    deleteOrganisation(id: $id) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ListOrganisations($filter: OrganisationFilter, $sortField: String, $sortOrder: String, $perPage: Int) {\n    allOrganisations(filter: $filter, sortField: $sortField, sortOrder: $sortOrder, perPage: $perPage) {\n      id\n      name\n      region\n      centres {\n        id\n        name\n      }\n    }\n    _allOrganisationsMeta(filter: $filter) {\n      count\n    }\n  }\n"): (typeof documents)["\n  query ListOrganisations($filter: OrganisationFilter, $sortField: String, $sortOrder: String, $perPage: Int) {\n    allOrganisations(filter: $filter, sortField: $sortField, sortOrder: $sortOrder, perPage: $perPage) {\n      id\n      name\n      region\n      centres {\n        id\n        name\n      }\n    }\n    _allOrganisationsMeta(filter: $filter) {\n      count\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddCentreToOrganisation($organisationId: ID!, $name: String!) {\n    createCentre(organisationId: $organisationId, name: $name, postcode: \"LS1 4AP\", serviceTypes: [SUPPORTED_CONTACT], addressLine1: \"Town Hall\", town: \"Leeds\") {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation AddCentreToOrganisation($organisationId: ID!, $name: String!) {\n    createCentre(organisationId: $organisationId, name: $name, postcode: \"LS1 4AP\", serviceTypes: [SUPPORTED_CONTACT], addressLine1: \"Town Hall\", town: \"Leeds\") {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ExportPeopleCsv($filter: PersonFilter) {\n    peopleCsv(filter: $filter)\n  }\n"): (typeof documents)["\n  query ExportPeopleCsv($filter: PersonFilter) {\n    peopleCsv(filter: $filter)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ImportPeopleCsv($organisationId: ID!, $csv: String!, $dryRun: Boolean) {\n    importPeople(organisationId: $organisationId, csv: $csv, dryRun: $dryRun) {\n      imported\n      rows\n      errors {\n        row\n        field\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ImportPeopleCsv($organisationId: ID!, $csv: String!, $dryRun: Boolean) {\n    importPeople(organisationId: $organisationId, csv: $csv, dryRun: $dryRun) {\n      imported\n      rows\n      errors {\n        row\n        field\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PrPeople($filter: PersonFilter) {\n    allPeople(filter: $filter, perPage: 100, sortField: \"familyName\") {\n      id\n      familyName\n      latestDbsLevel\n      organisation {\n        id\n        name\n      }\n    }\n    _allPeopleMeta(filter: $filter) {\n      count\n    }\n  }\n"): (typeof documents)["\n  query PrPeople($filter: PersonFilter) {\n    allPeople(filter: $filter, perPage: 100, sortField: \"familyName\") {\n      id\n      familyName\n      latestDbsLevel\n      organisation {\n        id\n        name\n      }\n    }\n    _allPeopleMeta(filter: $filter) {\n      count\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PrPerson($id: ID!) {\n    Person(id: $id) {\n      id\n      familyName\n    }\n  }\n"): (typeof documents)["\n  query PrPerson($id: ID!) {\n    Person(id: $id) {\n      id\n      familyName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PrCsv {\n    peopleCsv\n  }\n"): (typeof documents)["\n  query PrCsv {\n    peopleCsv\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PrTotals {\n    clearanceSummary {\n      totals {\n        total\n      }\n      cannotBeRostered {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  query PrTotals {\n    clearanceSummary {\n      totals {\n        total\n      }\n      cannotBeRostered {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PpUpdatePhone($id: ID!, $phone: String) {\n    updatePerson(id: $id, phone: $phone) {\n      id\n      phone\n    }\n  }\n"): (typeof documents)["\n  mutation PpUpdatePhone($id: ID!, $phone: String) {\n    updatePerson(id: $id, phone: $phone) {\n      id\n      phone\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PpRecordCheck($personId: ID!) {\n    createDbsCheck(\n      personId: $personId\n      jurisdiction: DBS\n      level: ENHANCED_BARRED\n      workforce: CHILD\n      certificateNumber: \"009988776655\"\n      issueDate: \"2026-02-01\"\n      decision: CLEARED_AFTER_RISK_ASSESSMENT\n      decidedBy: \"Priya Safeguarding-Lead\"\n    ) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation PpRecordCheck($personId: ID!) {\n    createDbsCheck(\n      personId: $personId\n      jurisdiction: DBS\n      level: ENHANCED_BARRED\n      workforce: CHILD\n      certificateNumber: \"009988776655\"\n      issueDate: \"2026-02-01\"\n      decision: CLEARED_AFTER_RISK_ASSESSMENT\n      decidedBy: \"Priya Safeguarding-Lead\"\n    ) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PpAuditTrail($filter: AuditEventFilter) {\n    allAuditEvents(filter: $filter, perPage: 500) {\n      action\n      entityType\n      changes\n    }\n  }\n"): (typeof documents)["\n  query PpAuditTrail($filter: AuditEventFilter) {\n    allAuditEvents(filter: $filter, perPage: 500) {\n      action\n      entityType\n      changes\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PpDbsChecks {\n    allDbsChecks(perPage: 500) {\n      id\n      organisationId\n    }\n  }\n"): (typeof documents)["\n  query PpDbsChecks {\n    allDbsChecks(perPage: 500) {\n      id\n      organisationId\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PpExportOrganisation($id: ID!) {\n    exportOrganisation(id: $id)\n  }\n"): (typeof documents)["\n  query PpExportOrganisation($id: ID!) {\n    exportOrganisation(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PpPeopleCsv($filter: PersonFilter) {\n    peopleCsv(filter: $filter)\n  }\n"): (typeof documents)["\n  query PpPeopleCsv($filter: PersonFilter) {\n    peopleCsv(filter: $filter)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PplCreate(\n    $organisationId: ID!\n    $givenName: String!\n    $familyName: String!\n    $personType: PersonType!\n    $startDate: LocalDate!\n    $email: String\n    $phone: String\n    $centreIds: [ID!]\n    $notes: String\n  ) {\n    createPerson(\n      organisationId: $organisationId\n      givenName: $givenName\n      familyName: $familyName\n      personType: $personType\n      startDate: $startDate\n      email: $email\n      phone: $phone\n      centreIds: $centreIds\n      notes: $notes\n    ) {\n      id\n      organisationId\n      givenName\n      familyName\n      fullName\n      email\n      phone\n      personType\n      startDate\n      leaveDate\n      status\n      centreIds\n      notes\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation PplCreate(\n    $organisationId: ID!\n    $givenName: String!\n    $familyName: String!\n    $personType: PersonType!\n    $startDate: LocalDate!\n    $email: String\n    $phone: String\n    $centreIds: [ID!]\n    $notes: String\n  ) {\n    createPerson(\n      organisationId: $organisationId\n      givenName: $givenName\n      familyName: $familyName\n      personType: $personType\n      startDate: $startDate\n      email: $email\n      phone: $phone\n      centreIds: $centreIds\n      notes: $notes\n    ) {\n      id\n      organisationId\n      givenName\n      familyName\n      fullName\n      email\n      phone\n      personType\n      startDate\n      leaveDate\n      status\n      centreIds\n      notes\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PplUpdate(\n    $id: ID!\n    $version: Int\n    $givenName: String\n    $email: String\n    $startDate: LocalDate\n    $leaveDate: LocalDate\n    $status: PersonStatus\n    $centreIds: [ID!]\n  ) {\n    updatePerson(id: $id, version: $version, givenName: $givenName, email: $email, startDate: $startDate, leaveDate: $leaveDate, status: $status, centreIds: $centreIds) {\n      id\n      givenName\n      email\n      startDate\n      leaveDate\n      status\n      centreIds\n      version\n      centreHistory {\n        centreId\n        startedOn\n        endedOn\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation PplUpdate(\n    $id: ID!\n    $version: Int\n    $givenName: String\n    $email: String\n    $startDate: LocalDate\n    $leaveDate: LocalDate\n    $status: PersonStatus\n    $centreIds: [ID!]\n  ) {\n    updatePerson(id: $id, version: $version, givenName: $givenName, email: $email, startDate: $startDate, leaveDate: $leaveDate, status: $status, centreIds: $centreIds) {\n      id\n      givenName\n      email\n      startDate\n      leaveDate\n      status\n      centreIds\n      version\n      centreHistory {\n        centreId\n        startedOn\n        endedOn\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PplDelete($id: ID!) {\n    deletePerson(id: $id) {\n      id\n      fullName\n    }\n  }\n"): (typeof documents)["\n  mutation PplDelete($id: ID!) {\n    deletePerson(id: $id) {\n      id\n      fullName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PplGet($id: ID!) {\n    Person(id: $id) {\n      id\n      status\n      leaveDate\n      centreIds\n      version\n      organisation {\n        id\n      }\n      centreHistory {\n        centreId\n        startedOn\n        endedOn\n      }\n    }\n  }\n"): (typeof documents)["\n  query PplGet($id: ID!) {\n    Person(id: $id) {\n      id\n      status\n      leaveDate\n      centreIds\n      version\n      organisation {\n        id\n      }\n      centreHistory {\n        centreId\n        startedOn\n        endedOn\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation NsCreateSet($kind: StandardSetKind!, $versionLabel: String!, $effectiveOn: LocalDate!, $copyFromId: ID) {\n    createStandardSet(kind: $kind, versionLabel: $versionLabel, effectiveOn: $effectiveOn, copyFromId: $copyFromId) {\n      id\n      kind\n      versionLabel\n      status\n      version\n      standardCount\n    }\n  }\n"): (typeof documents)["\n  mutation NsCreateSet($kind: StandardSetKind!, $versionLabel: String!, $effectiveOn: LocalDate!, $copyFromId: ID) {\n    createStandardSet(kind: $kind, versionLabel: $versionLabel, effectiveOn: $effectiveOn, copyFromId: $copyFromId) {\n      id\n      kind\n      versionLabel\n      status\n      version\n      standardCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation NsUpdateSet($id: ID!, $version: Int, $versionLabel: String, $effectiveOn: LocalDate, $areas: [StandardAreaInput!]) {\n    updateStandardSet(id: $id, version: $version, versionLabel: $versionLabel, effectiveOn: $effectiveOn, areas: $areas) {\n      id\n      version\n      versionLabel\n      effectiveOn\n      standardCount\n      areas { number title standards { code title guidance } }\n    }\n  }\n"): (typeof documents)["\n  mutation NsUpdateSet($id: ID!, $version: Int, $versionLabel: String, $effectiveOn: LocalDate, $areas: [StandardAreaInput!]) {\n    updateStandardSet(id: $id, version: $version, versionLabel: $versionLabel, effectiveOn: $effectiveOn, areas: $areas) {\n      id\n      version\n      versionLabel\n      effectiveOn\n      standardCount\n      areas { number title standards { code title guidance } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation NsPublishSet($id: ID!) {\n    publishStandardSet(id: $id) { id status publishedAt }\n  }\n"): (typeof documents)["\n  mutation NsPublishSet($id: ID!) {\n    publishStandardSet(id: $id) { id status publishedAt }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation NsDeleteSet($id: ID!) {\n    deleteStandardSet(id: $id) { id versionLabel }\n  }\n"): (typeof documents)["\n  mutation NsDeleteSet($id: ID!) {\n    deleteStandardSet(id: $id) { id versionLabel }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NsReadSet($id: ID!) {\n    StandardSet(id: $id) {\n      id\n      kind\n      versionLabel\n      effectiveOn\n      status\n      publishedAt\n      standardCount\n      areas { number title standards { code title guidance } }\n    }\n  }\n"): (typeof documents)["\n  query NsReadSet($id: ID!) {\n    StandardSet(id: $id) {\n      id\n      kind\n      versionLabel\n      effectiveOn\n      status\n      publishedAt\n      standardCount\n      areas { number title standards { code title guidance } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NsListSets($filter: StandardSetFilter, $sortField: String, $sortOrder: String) {\n    allStandardSets(filter: $filter, sortField: $sortField, sortOrder: $sortOrder, perPage: 50) { id kind versionLabel status standardCount areas { number standards { code } } }\n    _allStandardSetsMeta(filter: $filter) { count }\n  }\n"): (typeof documents)["\n  query NsListSets($filter: StandardSetFilter, $sortField: String, $sortOrder: String) {\n    allStandardSets(filter: $filter, sortField: $sortField, sortOrder: $sortOrder, perPage: 50) { id kind versionLabel status standardCount areas { number standards { code } } }\n    _allStandardSetsMeta(filter: $filter) { count }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TrCompMatrix($filter: TrainingMatrixFilter) {\n    trainingMatrix(filter: $filter) {\n      courses {\n        id\n        code\n      }\n      rows {\n        personId\n        personName\n        personType\n        organisationId\n        trainingStatus\n        hoursLast12Months\n        creditsLast12Months\n        cells {\n          courseId\n          state\n          completedOn\n          expiresOn\n        }\n      }\n      counts {\n        current\n        expiring\n        expired\n        missing\n        total\n      }\n    }\n  }\n"): (typeof documents)["\n  query TrCompMatrix($filter: TrainingMatrixFilter) {\n    trainingMatrix(filter: $filter) {\n      courses {\n        id\n        code\n      }\n      rows {\n        personId\n        personName\n        personType\n        organisationId\n        trainingStatus\n        hoursLast12Months\n        creditsLast12Months\n        cells {\n          courseId\n          state\n          completedOn\n          expiresOn\n        }\n      }\n      counts {\n        current\n        expiring\n        expired\n        missing\n        total\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TrCompOverview($filter: TrainingOverviewFilter) {\n    trainingOverview(filter: $filter) {\n      totals {\n        current\n        expiring\n        expired\n        missing\n        total\n      }\n      byRegion {\n        key\n        label\n        counts {\n          current\n          expiring\n          expired\n          missing\n          total\n        }\n      }\n      byOrganisation {\n        key\n        label\n        region\n        counts {\n          current\n          expiring\n          expired\n          missing\n          total\n        }\n      }\n      byCourse {\n        key\n        label\n        counts {\n          current\n          expiring\n          expired\n          missing\n          total\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query TrCompOverview($filter: TrainingOverviewFilter) {\n    trainingOverview(filter: $filter) {\n      totals {\n        current\n        expiring\n        expired\n        missing\n        total\n      }\n      byRegion {\n        key\n        label\n        counts {\n          current\n          expiring\n          expired\n          missing\n          total\n        }\n      }\n      byOrganisation {\n        key\n        label\n        region\n        counts {\n          current\n          expiring\n          expired\n          missing\n          total\n        }\n      }\n      byCourse {\n        key\n        label\n        counts {\n          current\n          expiring\n          expired\n          missing\n          total\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TrCompSummary($filter: ClearanceSummaryFilter) {\n    clearanceSummary(filter: $filter) {\n      totals {\n        cleared\n        expiring\n        trainingMissing\n        trainingExpired\n        trainingExpiring\n        total\n        cannotBeRostered\n      }\n      expiringSoon {\n        id\n      }\n      cannotBeRostered {\n        id\n        familyName\n        clearanceStatus\n        clearanceAction\n      }\n    }\n  }\n"): (typeof documents)["\n  query TrCompSummary($filter: ClearanceSummaryFilter) {\n    clearanceSummary(filter: $filter) {\n      totals {\n        cleared\n        expiring\n        trainingMissing\n        trainingExpired\n        trainingExpiring\n        total\n        cannotBeRostered\n      }\n      expiringSoon {\n        id\n      }\n      cannotBeRostered {\n        id\n        familyName\n        clearanceStatus\n        clearanceAction\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TrCompMatrixCsv($filter: TrainingMatrixFilter) {\n    trainingMatrixCsv(filter: $filter)\n  }\n"): (typeof documents)["\n  query TrCompMatrixCsv($filter: TrainingMatrixFilter) {\n    trainingMatrixCsv(filter: $filter)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TrCompRecordsCsv($filter: TrainingRecordFilter) {\n    trainingRecordsCsv(filter: $filter)\n  }\n"): (typeof documents)["\n  query TrCompRecordsCsv($filter: TrainingRecordFilter) {\n    trainingRecordsCsv(filter: $filter)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TrRecCreateCourse($code: String!, $validityMonths: Int, $requirements: [CourseRequirementInput!]) {\n    createCourse(code: $code, title: \"Safeguarding children\", ocnLevel: LEVEL_2, creditValue: 3, guidedLearningHours: 9, delivery: IN_PERSON, validityMonths: $validityMonths, requirements: $requirements) {\n      id\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation TrRecCreateCourse($code: String!, $validityMonths: Int, $requirements: [CourseRequirementInput!]) {\n    createCourse(code: $code, title: \"Safeguarding children\", ocnLevel: LEVEL_2, creditValue: 3, guidedLearningHours: 9, delivery: IN_PERSON, validityMonths: $validityMonths, requirements: $requirements) {\n      id\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TrRecUpdateCourse($id: ID!, $validityMonths: Int) {\n    updateCourse(id: $id, validityMonths: $validityMonths) {\n      id\n      validityMonths\n    }\n  }\n"): (typeof documents)["\n  mutation TrRecUpdateCourse($id: ID!, $validityMonths: Int) {\n    updateCourse(id: $id, validityMonths: $validityMonths) {\n      id\n      validityMonths\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TrRecCreate(\n    $personId: ID!\n    $source: TrainingSource\n    $courseId: ID\n    $externalCourse: String\n    $externalProvider: String\n    $completedOn: LocalDate!\n    $outcome: TrainingOutcome!\n    $credits: Int\n    $hours: Float\n  ) {\n    createTrainingRecord(\n      personId: $personId\n      source: $source\n      courseId: $courseId\n      externalCourse: $externalCourse\n      externalProvider: $externalProvider\n      completedOn: $completedOn\n      outcome: $outcome\n      credits: $credits\n      hours: $hours\n    ) {\n      id\n      version\n      personId\n      organisationId\n      source\n      courseId\n      courseCode\n      courseTitle\n      externalProvider\n      completedOn\n      outcome\n      credits\n      hours\n      expiresOn\n      recordedByName\n    }\n  }\n"): (typeof documents)["\n  mutation TrRecCreate(\n    $personId: ID!\n    $source: TrainingSource\n    $courseId: ID\n    $externalCourse: String\n    $externalProvider: String\n    $completedOn: LocalDate!\n    $outcome: TrainingOutcome!\n    $credits: Int\n    $hours: Float\n  ) {\n    createTrainingRecord(\n      personId: $personId\n      source: $source\n      courseId: $courseId\n      externalCourse: $externalCourse\n      externalProvider: $externalProvider\n      completedOn: $completedOn\n      outcome: $outcome\n      credits: $credits\n      hours: $hours\n    ) {\n      id\n      version\n      personId\n      organisationId\n      source\n      courseId\n      courseCode\n      courseTitle\n      externalProvider\n      completedOn\n      outcome\n      credits\n      hours\n      expiresOn\n      recordedByName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TrRecUpdate($id: ID!, $version: Int, $completedOn: LocalDate, $outcome: TrainingOutcome, $credits: Int, $externalProvider: String) {\n    updateTrainingRecord(id: $id, version: $version, completedOn: $completedOn, outcome: $outcome, credits: $credits, externalProvider: $externalProvider) {\n      id\n      version\n      completedOn\n      outcome\n      externalProvider\n      recordedByName\n    }\n  }\n"): (typeof documents)["\n  mutation TrRecUpdate($id: ID!, $version: Int, $completedOn: LocalDate, $outcome: TrainingOutcome, $credits: Int, $externalProvider: String) {\n    updateTrainingRecord(id: $id, version: $version, completedOn: $completedOn, outcome: $outcome, credits: $credits, externalProvider: $externalProvider) {\n      id\n      version\n      completedOn\n      outcome\n      externalProvider\n      recordedByName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TrRecDelete($id: ID!) {\n    deleteTrainingRecord(id: $id) {\n      id\n      courseTitle\n      personId\n    }\n  }\n"): (typeof documents)["\n  mutation TrRecDelete($id: ID!) {\n    deleteTrainingRecord(id: $id) {\n      id\n      courseTitle\n      personId\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TrRecOne($id: ID!) {\n    TrainingRecord(id: $id) {\n      id\n      completedOn\n      expiresOn\n    }\n  }\n"): (typeof documents)["\n  query TrRecOne($id: ID!) {\n    TrainingRecord(id: $id) {\n      id\n      completedOn\n      expiresOn\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TrRecPerson($id: ID!) {\n    Person(id: $id) {\n      trainingStatus\n      trainingExpiresOn\n      trainingRecords {\n        id\n        expiresOn\n      }\n    }\n  }\n"): (typeof documents)["\n  query TrRecPerson($id: ID!) {\n    Person(id: $id) {\n      trainingStatus\n      trainingExpiresOn\n      trainingRecords {\n        id\n        expiresOn\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TrRecList($filter: TrainingRecordFilter, $sortField: String, $sortOrder: String) {\n    allTrainingRecords(filter: $filter, sortField: $sortField, sortOrder: $sortOrder, perPage: 100) {\n      id\n      courseTitle\n      completedOn\n    }\n    _allTrainingRecordsMeta(filter: $filter) {\n      count\n    }\n  }\n"): (typeof documents)["\n  query TrRecList($filter: TrainingRecordFilter, $sortField: String, $sortOrder: String) {\n    allTrainingRecords(filter: $filter, sortField: $sortField, sortOrder: $sortOrder, perPage: 100) {\n      id\n      courseTitle\n      completedOn\n    }\n    _allTrainingRecordsMeta(filter: $filter) {\n      count\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TrRulesCreateCourse($code: String!, $validityMonths: Int, $active: Boolean, $requirements: [CourseRequirementInput!]) {\n    createCourse(\n      code: $code\n      title: \"Case course\"\n      ocnLevel: LEVEL_2\n      creditValue: 3\n      guidedLearningHours: 9\n      delivery: IN_PERSON\n      validityMonths: $validityMonths\n      active: $active\n      requirements: $requirements\n    ) {\n      id\n      mandatory\n    }\n  }\n"): (typeof documents)["\n  mutation TrRulesCreateCourse($code: String!, $validityMonths: Int, $active: Boolean, $requirements: [CourseRequirementInput!]) {\n    createCourse(\n      code: $code\n      title: \"Case course\"\n      ocnLevel: LEVEL_2\n      creditValue: 3\n      guidedLearningHours: 9\n      delivery: IN_PERSON\n      validityMonths: $validityMonths\n      active: $active\n      requirements: $requirements\n    ) {\n      id\n      mandatory\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TrRulesRecordNaccc($personId: ID!, $courseId: ID!, $completedOn: LocalDate!, $outcome: TrainingOutcome!) {\n    createTrainingRecord(personId: $personId, source: NACCC, courseId: $courseId, completedOn: $completedOn, outcome: $outcome) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation TrRulesRecordNaccc($personId: ID!, $courseId: ID!, $completedOn: LocalDate!, $outcome: TrainingOutcome!) {\n    createTrainingRecord(personId: $personId, source: NACCC, courseId: $courseId, completedOn: $completedOn, outcome: $outcome) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TrRulesRecordExternal($personId: ID!, $completedOn: LocalDate!, $outcome: TrainingOutcome!) {\n    createTrainingRecord(personId: $personId, source: EXTERNAL, externalCourse: \"Case course\", externalProvider: \"Nottingham City Council\", completedOn: $completedOn, outcome: $outcome) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation TrRulesRecordExternal($personId: ID!, $completedOn: LocalDate!, $outcome: TrainingOutcome!) {\n    createTrainingRecord(personId: $personId, source: EXTERNAL, externalCourse: \"Case course\", externalProvider: \"Nottingham City Council\", completedOn: $completedOn, outcome: $outcome) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TrRulesPerson($id: ID!) {\n    Person(id: $id) {\n      clearanceStatus\n      clearanceAction\n      trainingStatus\n      trainingDue\n      trainingExpiresOn\n      training {\n        mandatory {\n          courseId\n          courseCode\n          state\n          completedOn\n          expiresOn\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query TrRulesPerson($id: ID!) {\n    Person(id: $id) {\n      clearanceStatus\n      clearanceAction\n      trainingStatus\n      trainingDue\n      trainingExpiresOn\n      training {\n        mandatory {\n          courseId\n          courseCode\n          state\n          completedOn\n          expiresOn\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TrRulesRosterable($ids: [ID!]) {\n    allPeople(filter: { ids: $ids, rosterable: true }) {\n      id\n    }\n  }\n"): (typeof documents)["\n  query TrRulesRosterable($ids: [ID!]) {\n    allPeople(filter: { ids: $ids, rosterable: true }) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TrRulesMatrix($organisationId: ID) {\n    trainingMatrix(filter: { organisationId: $organisationId }) {\n      courses {\n        id\n      }\n      rows {\n        personId\n        trainingStatus\n        cells {\n          courseId\n          state\n          completedOn\n          expiresOn\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query TrRulesMatrix($organisationId: ID) {\n    trainingMatrix(filter: { organisationId: $organisationId }) {\n      courses {\n        id\n      }\n      rows {\n        personId\n        trainingStatus\n        cells {\n          courseId\n          state\n          completedOn\n          expiresOn\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TrSessCreateCourse($code: String!) {\n    createCourse(code: $code, title: \"Supervised contact practice\", ocnLevel: LEVEL_3, creditValue: 6, guidedLearningHours: 30, delivery: IN_PERSON) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation TrSessCreateCourse($code: String!) {\n    createCourse(code: $code, title: \"Supervised contact practice\", ocnLevel: LEVEL_3, creditValue: 6, guidedLearningHours: 30, delivery: IN_PERSON) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TrSessCreateSession($courseId: ID!, $startsAt: DateTimeISO!, $endsAt: DateTimeISO!, $capacity: Int!) {\n    createCourseSession(courseId: $courseId, startsAt: $startsAt, endsAt: $endsAt, trainer: \"Tess Trainer\", venue: \"Friends Meeting House\", capacity: $capacity) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation TrSessCreateSession($courseId: ID!, $startsAt: DateTimeISO!, $endsAt: DateTimeISO!, $capacity: Int!) {\n    createCourseSession(courseId: $courseId, startsAt: $startsAt, endsAt: $endsAt, trainer: \"Tess Trainer\", venue: \"Friends Meeting House\", capacity: $capacity) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TrSessUpdateSession($id: ID!, $status: SessionStatus, $capacity: Int, $trainer: String) {\n    updateCourseSession(id: $id, status: $status, capacity: $capacity, trainer: $trainer) {\n      id\n      status\n      capacity\n    }\n  }\n"): (typeof documents)["\n  mutation TrSessUpdateSession($id: ID!, $status: SessionStatus, $capacity: Int, $trainer: String) {\n    updateCourseSession(id: $id, status: $status, capacity: $capacity, trainer: $trainer) {\n      id\n      status\n      capacity\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TrSessEnrol($sessionId: ID!, $personIds: [ID!]!) {\n    enrolInSession(sessionId: $sessionId, personIds: $personIds) {\n      id\n      placesTaken\n    }\n  }\n"): (typeof documents)["\n  mutation TrSessEnrol($sessionId: ID!, $personIds: [ID!]!) {\n    enrolInSession(sessionId: $sessionId, personIds: $personIds) {\n      id\n      placesTaken\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TrSessRequest($sessionId: ID!, $personIds: [ID!]!) {\n    requestSessionPlaces(sessionId: $sessionId, personIds: $personIds) {\n      id\n      placesTaken\n      placesLeft\n    }\n  }\n"): (typeof documents)["\n  mutation TrSessRequest($sessionId: ID!, $personIds: [ID!]!) {\n    requestSessionPlaces(sessionId: $sessionId, personIds: $personIds) {\n      id\n      placesTaken\n      placesLeft\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TrSessRemove($id: ID!) {\n    removeEnrolment(id: $id) {\n      id\n      placesTaken\n    }\n  }\n"): (typeof documents)["\n  mutation TrSessRemove($id: ID!) {\n    removeEnrolment(id: $id) {\n      id\n      placesTaken\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TrSessSession($id: ID!) {\n    CourseSession(id: $id) {\n      status\n      placesTaken\n      placesLeft\n      enrolments {\n        id\n        personId\n        status\n      }\n    }\n  }\n"): (typeof documents)["\n  query TrSessSession($id: ID!) {\n    CourseSession(id: $id) {\n      status\n      placesTaken\n      placesLeft\n      enrolments {\n        id\n        personId\n        status\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TrSessCohort($sessionId: ID!, $results: [CohortResultInput!]!) {\n    recordCohortAttendance(sessionId: $sessionId, results: $results) {\n      session {\n        status\n      }\n      created\n      corrected\n      unchanged\n      records {\n        id\n        personId\n        outcome\n        credits\n        hours\n        version\n        recordedByName\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation TrSessCohort($sessionId: ID!, $results: [CohortResultInput!]!) {\n    recordCohortAttendance(sessionId: $sessionId, results: $results) {\n      session {\n        status\n      }\n      created\n      corrected\n      unchanged\n      records {\n        id\n        personId\n        outcome\n        credits\n        hours\n        version\n        recordedByName\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TrCreateCourse($code: String!, $title: String!, $validityMonths: Int, $requirements: [CourseRequirementInput!]) {\n    createCourse(code: $code, title: $title, ocnLevel: LEVEL_1, creditValue: 3, guidedLearningHours: 12, delivery: IN_PERSON, validityMonths: $validityMonths, requirements: $requirements) {\n      id\n      code\n      mandatory\n      requirements { personType serviceType }\n    }\n  }\n"): (typeof documents)["\n  mutation TrCreateCourse($code: String!, $title: String!, $validityMonths: Int, $requirements: [CourseRequirementInput!]) {\n    createCourse(code: $code, title: $title, ocnLevel: LEVEL_1, creditValue: 3, guidedLearningHours: 12, delivery: IN_PERSON, validityMonths: $validityMonths, requirements: $requirements) {\n      id\n      code\n      mandatory\n      requirements { personType serviceType }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TrCreateSession($courseId: ID!, $startsAt: DateTimeISO!, $endsAt: DateTimeISO!, $capacity: Int!) {\n    createCourseSession(courseId: $courseId, startsAt: $startsAt, endsAt: $endsAt, trainer: \"Tess Trainer\", venue: \"Friends Meeting House\", region: LONDON, capacity: $capacity) {\n      id\n      status\n      placesLeft\n    }\n  }\n"): (typeof documents)["\n  mutation TrCreateSession($courseId: ID!, $startsAt: DateTimeISO!, $endsAt: DateTimeISO!, $capacity: Int!) {\n    createCourseSession(courseId: $courseId, startsAt: $startsAt, endsAt: $endsAt, trainer: \"Tess Trainer\", venue: \"Friends Meeting House\", region: LONDON, capacity: $capacity) {\n      id\n      status\n      placesLeft\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TrEnrol($sessionId: ID!, $personIds: [ID!]!) {\n    enrolInSession(sessionId: $sessionId, personIds: $personIds) {\n      id\n      placesTaken\n      placesLeft\n      enrolments { personId status }\n    }\n  }\n"): (typeof documents)["\n  mutation TrEnrol($sessionId: ID!, $personIds: [ID!]!) {\n    enrolInSession(sessionId: $sessionId, personIds: $personIds) {\n      id\n      placesTaken\n      placesLeft\n      enrolments { personId status }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TrRequest($sessionId: ID!, $personIds: [ID!]!) {\n    requestSessionPlaces(sessionId: $sessionId, personIds: $personIds) {\n      id\n      placesTaken\n      enrolments { personId status }\n    }\n  }\n"): (typeof documents)["\n  mutation TrRequest($sessionId: ID!, $personIds: [ID!]!) {\n    requestSessionPlaces(sessionId: $sessionId, personIds: $personIds) {\n      id\n      placesTaken\n      enrolments { personId status }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TrCohort($sessionId: ID!, $results: [CohortResultInput!]!) {\n    recordCohortAttendance(sessionId: $sessionId, results: $results) {\n      session { id status }\n      created\n      corrected\n      unchanged\n      records { personId outcome credits hours expiresOn courseCode }\n    }\n  }\n"): (typeof documents)["\n  mutation TrCohort($sessionId: ID!, $results: [CohortResultInput!]!) {\n    recordCohortAttendance(sessionId: $sessionId, results: $results) {\n      session { id status }\n      created\n      corrected\n      unchanged\n      records { personId outcome credits hours expiresOn courseCode }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TrPerson($id: ID!) {\n    Person(id: $id) {\n      id\n      clearanceStatus\n      clearanceAction\n      trainingStatus\n      trainingDue\n      training { hoursLast12Months creditsLast12Months mandatory { courseCode state expiresOn } }\n      trainingRecords { courseTitle outcome }\n    }\n  }\n"): (typeof documents)["\n  query TrPerson($id: ID!) {\n    Person(id: $id) {\n      id\n      clearanceStatus\n      clearanceAction\n      trainingStatus\n      trainingDue\n      training { hoursLast12Months creditsLast12Months mandatory { courseCode state expiresOn } }\n      trainingRecords { courseTitle outcome }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InviteCoordinator($email: String!, $organisationId: ID!, $centreIds: [ID!]) {\n    createUser(email: $email, displayName: \"Pat Coordinator\", role: CENTRE_COORDINATOR, organisationId: $organisationId, centreIds: $centreIds) {\n      id\n      email\n      inviteToken\n      grants {\n        id\n        role\n        organisationId\n        centreIds\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation InviteCoordinator($email: String!, $organisationId: ID!, $centreIds: [ID!]) {\n    createUser(email: $email, displayName: \"Pat Coordinator\", role: CENTRE_COORDINATOR, organisationId: $organisationId, centreIds: $centreIds) {\n      id\n      email\n      inviteToken\n      grants {\n        id\n        role\n        organisationId\n        centreIds\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InviteOrgAdmin($email: String!, $displayName: String!, $organisationId: ID!) {\n    createUser(email: $email, displayName: $displayName, role: ORG_ADMIN, organisationId: $organisationId) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation InviteOrgAdmin($email: String!, $displayName: String!, $organisationId: ID!) {\n    createUser(email: $email, displayName: $displayName, role: ORG_ADMIN, organisationId: $organisationId) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UsersOfOrganisation($filter: UserFilter) {\n    allUsers(filter: $filter, sortField: \"email\") {\n      email\n      grants {\n        role\n      }\n    }\n    _allUsersMeta(filter: $filter) {\n      count\n    }\n  }\n"): (typeof documents)["\n  query UsersOfOrganisation($filter: UserFilter) {\n    allUsers(filter: $filter, sortField: \"email\") {\n      email\n      grants {\n        role\n      }\n    }\n    _allUsersMeta(filter: $filter) {\n      count\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddAdminGrant($userId: ID!, $organisationId: ID!) {\n    addGrant(userId: $userId, role: ORG_ADMIN, organisationId: $organisationId) {\n      id\n      grants {\n        id\n        role\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AddAdminGrant($userId: ID!, $organisationId: ID!) {\n    addGrant(userId: $userId, role: ORG_ADMIN, organisationId: $organisationId) {\n      id\n      grants {\n        id\n        role\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveGrant($grantId: ID!) {\n    removeGrant(grantId: $grantId) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation RemoveGrant($grantId: ID!) {\n    removeGrant(grantId: $grantId) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeactivateSelf($id: ID!) {\n    updateUser(id: $id, active: false) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation DeactivateSelf($id: ID!) {\n    updateUser(id: $id, active: false) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditTrail($filter: AuditEventFilter) {\n    allAuditEvents(filter: $filter) {\n      action\n      entityType\n      organisationId\n      actorUserId\n      changes\n    }\n  }\n"): (typeof documents)["\n  query AuditTrail($filter: AuditEventFilter) {\n    allAuditEvents(filter: $filter) {\n      action\n      entityType\n      organisationId\n      actorUserId\n      changes\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LoadAddCentre($organisationId: ID!, $name: String!) {\n    createCentre(organisationId: $organisationId, name: $name, postcode: \"M1 1AE\", serviceTypes: [SUPPORTED_CONTACT], addressLine1: \"Hall\", town: \"Manchester\") {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation LoadAddCentre($organisationId: ID!, $name: String!) {\n    createCentre(organisationId: $organisationId, name: $name, postcode: \"M1 1AE\", serviceTypes: [SUPPORTED_CONTACT], addressLine1: \"Hall\", town: \"Manchester\") {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LoadRenameCentre($id: ID!, $openingPattern: String!) {\n    updateCentre(id: $id, openingPattern: $openingPattern) {\n      id\n      openingPattern\n    }\n  }\n"): (typeof documents)["\n  mutation LoadRenameCentre($id: ID!, $openingPattern: String!) {\n    updateCentre(id: $id, openingPattern: $openingPattern) {\n      id\n      openingPattern\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LoadListOwn {\n    allCentres(perPage: 500) {\n      id\n      organisationId\n    }\n  }\n"): (typeof documents)["\n  query LoadListOwn {\n    allCentres(perPage: 500) {\n      id\n      organisationId\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query XtCentres($filter: CentreFilter) {\n    items: allCentres(filter: $filter, perPage: 500, sortField: \"id\") {\n      id\n      name\n      organisationId\n    }\n    total: _allCentresMeta(filter: $filter) {\n      count\n    }\n  }\n"): (typeof documents)["\n  query XtCentres($filter: CentreFilter) {\n    items: allCentres(filter: $filter, perPage: 500, sortField: \"id\") {\n      id\n      name\n      organisationId\n    }\n    total: _allCentresMeta(filter: $filter) {\n      count\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query XtCentre($id: ID!) {\n    Centre(id: $id) {\n      id\n      name\n      organisationId\n    }\n  }\n"): (typeof documents)["\n  query XtCentre($id: ID!) {\n    Centre(id: $id) {\n      id\n      name\n      organisationId\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query XtCentreWithSiblings($id: ID!) {\n    Centre(id: $id) {\n      id\n      organisation {\n        id\n        centres {\n          id\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query XtCentreWithSiblings($id: ID!) {\n    Centre(id: $id) {\n      id\n      organisation {\n        id\n        centres {\n          id\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query XtCentrePair($a: ID!, $b: ID!) {\n    a: Centre(id: $a) {\n      id\n      name\n    }\n    b: Centre(id: $b) {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  query XtCentrePair($a: ID!, $b: ID!) {\n    a: Centre(id: $a) {\n      id\n      name\n    }\n    b: Centre(id: $b) {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation XtCreateCentre($organisationId: ID!, $name: String!) {\n    createCentre(\n      organisationId: $organisationId\n      name: $name\n      postcode: \"NG1 5FS\"\n      serviceTypes: [SUPPORTED_CONTACT]\n      addressLine1: \"Church Hall\"\n      town: \"Nottingham\"\n    ) {\n      id\n      organisationId\n    }\n  }\n"): (typeof documents)["\n  mutation XtCreateCentre($organisationId: ID!, $name: String!) {\n    createCentre(\n      organisationId: $organisationId\n      name: $name\n      postcode: \"NG1 5FS\"\n      serviceTypes: [SUPPORTED_CONTACT]\n      addressLine1: \"Church Hall\"\n      town: \"Nottingham\"\n    ) {\n      id\n      organisationId\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation XtUpdateCentre($id: ID!, $name: String!) {\n    updateCentre(id: $id, name: $name) {\n      id\n      name\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation XtUpdateCentre($id: ID!, $name: String!) {\n    updateCentre(id: $id, name: $name) {\n      id\n      name\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation XtUpdateCentrePair($own: ID!, $foreign: ID!, $name: String!) {\n    own: updateCentre(id: $own, name: $name) {\n      id\n      name\n      version\n    }\n    foreign: updateCentre(id: $foreign, name: $name) {\n      id\n      name\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation XtUpdateCentrePair($own: ID!, $foreign: ID!, $name: String!) {\n    own: updateCentre(id: $own, name: $name) {\n      id\n      name\n      version\n    }\n    foreign: updateCentre(id: $foreign, name: $name) {\n      id\n      name\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation XtDeleteCentre($id: ID!) {\n    deleteCentre(id: $id) {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  mutation XtDeleteCentre($id: ID!) {\n    deleteCentre(id: $id) {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query XtOrganisations($filter: OrganisationFilter) {\n    items: allOrganisations(filter: $filter, perPage: 500) {\n      id\n      name\n    }\n    total: _allOrganisationsMeta(filter: $filter) {\n      count\n    }\n  }\n"): (typeof documents)["\n  query XtOrganisations($filter: OrganisationFilter) {\n    items: allOrganisations(filter: $filter, perPage: 500) {\n      id\n      name\n    }\n    total: _allOrganisationsMeta(filter: $filter) {\n      count\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query XtOrganisation($id: ID!) {\n    Organisation(id: $id) {\n      id\n      name\n      centres {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  query XtOrganisation($id: ID!) {\n    Organisation(id: $id) {\n      id\n      name\n      centres {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation XtCreateOrganisation($name: String!) {\n    createOrganisation(name: $name, type: CHARITY, contactEmail: \"new@example.org.uk\", region: LONDON) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation XtCreateOrganisation($name: String!) {\n    createOrganisation(name: $name, type: CHARITY, contactEmail: \"new@example.org.uk\", region: LONDON) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation XtUpdateOrganisation($id: ID!, $name: String, $membershipStatus: MembershipStatus) {\n    updateOrganisation(id: $id, name: $name, membershipStatus: $membershipStatus) {\n      id\n      name\n      membershipStatus\n    }\n  }\n"): (typeof documents)["\n  mutation XtUpdateOrganisation($id: ID!, $name: String, $membershipStatus: MembershipStatus) {\n    updateOrganisation(id: $id, name: $name, membershipStatus: $membershipStatus) {\n      id\n      name\n      membershipStatus\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation XtDeleteOrganisation($id: ID!) {\n    deleteOrganisation(id: $id) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation XtDeleteOrganisation($id: ID!) {\n    deleteOrganisation(id: $id) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query XtUsers($filter: UserFilter) {\n    allUsers(filter: $filter, perPage: 500, sortField: \"email\") {\n      id\n      email\n    }\n    _allUsersMeta(filter: $filter) {\n      count\n    }\n  }\n"): (typeof documents)["\n  query XtUsers($filter: UserFilter) {\n    allUsers(filter: $filter, perPage: 500, sortField: \"email\") {\n      id\n      email\n    }\n    _allUsersMeta(filter: $filter) {\n      count\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query XtUser($id: ID!) {\n    User(id: $id) {\n      id\n      email\n      grants {\n        role\n        organisationId\n        centreIds\n      }\n    }\n  }\n"): (typeof documents)["\n  query XtUser($id: ID!) {\n    User(id: $id) {\n      id\n      email\n      grants {\n        role\n        organisationId\n        centreIds\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation XtUpdateUser($id: ID!, $active: Boolean, $displayName: String) {\n    updateUser(id: $id, active: $active, displayName: $displayName) {\n      id\n      active\n      displayName\n    }\n  }\n"): (typeof documents)["\n  mutation XtUpdateUser($id: ID!, $active: Boolean, $displayName: String) {\n    updateUser(id: $id, active: $active, displayName: $displayName) {\n      id\n      active\n      displayName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation XtCreateUser($email: String!, $role: Role!, $organisationId: ID, $centreIds: [ID!]) {\n    createUser(email: $email, displayName: \"Invited Person\", role: $role, organisationId: $organisationId, centreIds: $centreIds) {\n      id\n      email\n      inviteToken\n    }\n  }\n"): (typeof documents)["\n  mutation XtCreateUser($email: String!, $role: Role!, $organisationId: ID, $centreIds: [ID!]) {\n    createUser(email: $email, displayName: \"Invited Person\", role: $role, organisationId: $organisationId, centreIds: $centreIds) {\n      id\n      email\n      inviteToken\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation XtAddGrant($userId: ID!, $role: Role!, $organisationId: ID, $centreIds: [ID!]) {\n    addGrant(userId: $userId, role: $role, organisationId: $organisationId, centreIds: $centreIds) {\n      id\n      grants {\n        role\n        organisationId\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation XtAddGrant($userId: ID!, $role: Role!, $organisationId: ID, $centreIds: [ID!]) {\n    addGrant(userId: $userId, role: $role, organisationId: $organisationId, centreIds: $centreIds) {\n      id\n      grants {\n        role\n        organisationId\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation XtRemoveGrant($grantId: ID!) {\n    removeGrant(grantId: $grantId) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation XtRemoveGrant($grantId: ID!) {\n    removeGrant(grantId: $grantId) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query XtAuditEvents($filter: AuditEventFilter) {\n    allAuditEvents(filter: $filter, perPage: 500) {\n      id\n      action\n      entityType\n      entityId\n      organisationId\n    }\n    _allAuditEventsMeta(filter: $filter) {\n      count\n    }\n  }\n"): (typeof documents)["\n  query XtAuditEvents($filter: AuditEventFilter) {\n    allAuditEvents(filter: $filter, perPage: 500) {\n      id\n      action\n      entityType\n      entityId\n      organisationId\n    }\n    _allAuditEventsMeta(filter: $filter) {\n      count\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query XtAuditEvent($id: ID!) {\n    AuditEvent(id: $id) {\n      id\n      organisationId\n    }\n  }\n"): (typeof documents)["\n  query XtAuditEvent($id: ID!) {\n    AuditEvent(id: $id) {\n      id\n      organisationId\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query XtMe {\n    me {\n      id\n      email\n    }\n  }\n"): (typeof documents)["\n  query XtMe {\n    me {\n      id\n      email\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query XtPeople($filter: PersonFilter) {\n    items: allPeople(filter: $filter, perPage: 500, sortField: \"id\") {\n      id\n      familyName\n      organisationId\n      clearanceStatus\n    }\n    total: _allPeopleMeta(filter: $filter) {\n      count\n    }\n  }\n"): (typeof documents)["\n  query XtPeople($filter: PersonFilter) {\n    items: allPeople(filter: $filter, perPage: 500, sortField: \"id\") {\n      id\n      familyName\n      organisationId\n      clearanceStatus\n    }\n    total: _allPeopleMeta(filter: $filter) {\n      count\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query XtPerson($id: ID!) {\n    Person(id: $id) {\n      id\n      familyName\n      organisationId\n      centreIds\n      clearanceStatus\n      latestDbsLevel\n      centreHistory {\n        centreId\n      }\n    }\n  }\n"): (typeof documents)["\n  query XtPerson($id: ID!) {\n    Person(id: $id) {\n      id\n      familyName\n      organisationId\n      centreIds\n      clearanceStatus\n      latestDbsLevel\n      centreHistory {\n        centreId\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query XtPersonOrganisation($id: ID!) {\n    Person(id: $id) {\n      id\n      organisation {\n        id\n        name\n        centres {\n          id\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query XtPersonOrganisation($id: ID!) {\n    Person(id: $id) {\n      id\n      organisation {\n        id\n        name\n        centres {\n          id\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation XtCreatePerson($organisationId: ID!, $centreIds: [ID!]) {\n    createPerson(organisationId: $organisationId, givenName: \"Planted\", familyName: \"Person\", personType: VOLUNTEER, startDate: \"2025-01-06\", centreIds: $centreIds) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation XtCreatePerson($organisationId: ID!, $centreIds: [ID!]) {\n    createPerson(organisationId: $organisationId, givenName: \"Planted\", familyName: \"Person\", personType: VOLUNTEER, startDate: \"2025-01-06\", centreIds: $centreIds) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation XtUpdatePerson($id: ID!, $familyName: String, $centreIds: [ID!]) {\n    updatePerson(id: $id, familyName: $familyName, centreIds: $centreIds) {\n      id\n      familyName\n      centreIds\n    }\n  }\n"): (typeof documents)["\n  mutation XtUpdatePerson($id: ID!, $familyName: String, $centreIds: [ID!]) {\n    updatePerson(id: $id, familyName: $familyName, centreIds: $centreIds) {\n      id\n      familyName\n      centreIds\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation XtDeletePerson($id: ID!) {\n    deletePerson(id: $id) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation XtDeletePerson($id: ID!) {\n    deletePerson(id: $id) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation XtImportPeople($organisationId: ID!, $csv: String!) {\n    importPeople(organisationId: $organisationId, csv: $csv) {\n      imported\n      rows\n      errors {\n        row\n        field\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation XtImportPeople($organisationId: ID!, $csv: String!) {\n    importPeople(organisationId: $organisationId, csv: $csv) {\n      imported\n      rows\n      errors {\n        row\n        field\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query XtPeopleCsv($filter: PersonFilter) {\n    peopleCsv(filter: $filter)\n  }\n"): (typeof documents)["\n  query XtPeopleCsv($filter: PersonFilter) {\n    peopleCsv(filter: $filter)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query XtDbsChecks($filter: DbsCheckFilter) {\n    items: allDbsChecks(filter: $filter, perPage: 500) {\n      id\n      personId\n      organisationId\n      certificateNumber\n    }\n    total: _allDbsChecksMeta(filter: $filter) {\n      count\n    }\n  }\n"): (typeof documents)["\n  query XtDbsChecks($filter: DbsCheckFilter) {\n    items: allDbsChecks(filter: $filter, perPage: 500) {\n      id\n      personId\n      organisationId\n      certificateNumber\n    }\n    total: _allDbsChecksMeta(filter: $filter) {\n      count\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query XtDbsCheck($id: ID!) {\n    DbsCheck(id: $id) {\n      id\n      personId\n      level\n    }\n  }\n"): (typeof documents)["\n  query XtDbsCheck($id: ID!) {\n    DbsCheck(id: $id) {\n      id\n      personId\n      level\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation XtCreateDbsCheck($personId: ID!) {\n    createDbsCheck(personId: $personId, level: ENHANCED_BARRED, certificateNumber: \"009900990099\", issueDate: \"2025-01-06\", decision: CLEARED) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation XtCreateDbsCheck($personId: ID!) {\n    createDbsCheck(personId: $personId, level: ENHANCED_BARRED, certificateNumber: \"009900990099\", issueDate: \"2025-01-06\", decision: CLEARED) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation XtUpdateDbsCheck($id: ID!) {\n    updateDbsCheck(id: $id, decision: NOT_CLEARED) {\n      id\n      decision\n    }\n  }\n"): (typeof documents)["\n  mutation XtUpdateDbsCheck($id: ID!) {\n    updateDbsCheck(id: $id, decision: NOT_CLEARED) {\n      id\n      decision\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation XtRecordDbsStatusCheck($id: ID!) {\n    recordDbsStatusCheck(id: $id, checkedOn: \"2025-06-02\", result: NEW_INFORMATION) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation XtRecordDbsStatusCheck($id: ID!) {\n    recordDbsStatusCheck(id: $id, checkedOn: \"2025-06-02\", result: NEW_INFORMATION) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation XtReveal($id: ID!) {\n    revealDbsCertificateNumber(id: $id, reason: \"Cross-tenant attempt\")\n  }\n"): (typeof documents)["\n  mutation XtReveal($id: ID!) {\n    revealDbsCertificateNumber(id: $id, reason: \"Cross-tenant attempt\")\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query XtClearanceSummary($filter: ClearanceSummaryFilter) {\n    clearanceSummary(filter: $filter) {\n      totals {\n        total\n        cleared\n        missingDbs\n        cannotBeRostered\n      }\n      centres {\n        centreId\n        centreName\n        counts {\n          total\n        }\n      }\n      expiringSoon {\n        id\n      }\n      cannotBeRostered {\n        id\n        familyName\n      }\n    }\n  }\n"): (typeof documents)["\n  query XtClearanceSummary($filter: ClearanceSummaryFilter) {\n    clearanceSummary(filter: $filter) {\n      totals {\n        total\n        cleared\n        missingDbs\n        cannotBeRostered\n      }\n      centres {\n        centreId\n        centreName\n        counts {\n          total\n        }\n      }\n      expiringSoon {\n        id\n      }\n      cannotBeRostered {\n        id\n        familyName\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query XtTrainingRecords($filter: TrainingRecordFilter) {\n    items: allTrainingRecords(filter: $filter, perPage: 500) {\n      id\n      personId\n      organisationId\n      personName\n    }\n    total: _allTrainingRecordsMeta(filter: $filter) {\n      count\n    }\n  }\n"): (typeof documents)["\n  query XtTrainingRecords($filter: TrainingRecordFilter) {\n    items: allTrainingRecords(filter: $filter, perPage: 500) {\n      id\n      personId\n      organisationId\n      personName\n    }\n    total: _allTrainingRecordsMeta(filter: $filter) {\n      count\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query XtTrainingRecord($id: ID!) {\n    TrainingRecord(id: $id) {\n      id\n      personId\n      personName\n    }\n  }\n"): (typeof documents)["\n  query XtTrainingRecord($id: ID!) {\n    TrainingRecord(id: $id) {\n      id\n      personId\n      personName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query XtPeopleWithTraining {\n    allPeople(perPage: 500) {\n      id\n      trainingRecords {\n        id\n        personId\n      }\n    }\n  }\n"): (typeof documents)["\n  query XtPeopleWithTraining {\n    allPeople(perPage: 500) {\n      id\n      trainingRecords {\n        id\n        personId\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query XtTrainingRecordsCsv($filter: TrainingRecordFilter) {\n    trainingRecordsCsv(filter: $filter)\n  }\n"): (typeof documents)["\n  query XtTrainingRecordsCsv($filter: TrainingRecordFilter) {\n    trainingRecordsCsv(filter: $filter)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query XtTrainingMatrix($filter: TrainingMatrixFilter) {\n    trainingMatrix(filter: $filter) {\n      rows {\n        personId\n        personName\n        organisationId\n      }\n      counts {\n        total\n      }\n    }\n  }\n"): (typeof documents)["\n  query XtTrainingMatrix($filter: TrainingMatrixFilter) {\n    trainingMatrix(filter: $filter) {\n      rows {\n        personId\n        personName\n        organisationId\n      }\n      counts {\n        total\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query XtTrainingMatrixCsv($filter: TrainingMatrixFilter) {\n    trainingMatrixCsv(filter: $filter)\n  }\n"): (typeof documents)["\n  query XtTrainingMatrixCsv($filter: TrainingMatrixFilter) {\n    trainingMatrixCsv(filter: $filter)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation XtCreateTrainingRecord($personId: ID!, $source: TrainingSource, $courseId: ID, $externalCourse: String, $externalProvider: String) {\n    createTrainingRecord(\n      personId: $personId\n      source: $source\n      courseId: $courseId\n      externalCourse: $externalCourse\n      externalProvider: $externalProvider\n      completedOn: \"2026-05-01\"\n      outcome: ATTENDED\n    ) {\n      id\n      personId\n      source\n    }\n  }\n"): (typeof documents)["\n  mutation XtCreateTrainingRecord($personId: ID!, $source: TrainingSource, $courseId: ID, $externalCourse: String, $externalProvider: String) {\n    createTrainingRecord(\n      personId: $personId\n      source: $source\n      courseId: $courseId\n      externalCourse: $externalCourse\n      externalProvider: $externalProvider\n      completedOn: \"2026-05-01\"\n      outcome: ATTENDED\n    ) {\n      id\n      personId\n      source\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation XtUpdateTrainingRecord($id: ID!) {\n    updateTrainingRecord(id: $id, hours: 1) {\n      id\n      hours\n    }\n  }\n"): (typeof documents)["\n  mutation XtUpdateTrainingRecord($id: ID!) {\n    updateTrainingRecord(id: $id, hours: 1) {\n      id\n      hours\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation XtDeleteTrainingRecord($id: ID!) {\n    deleteTrainingRecord(id: $id) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation XtDeleteTrainingRecord($id: ID!) {\n    deleteTrainingRecord(id: $id) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query XtCourseSession($id: ID!) {\n    CourseSession(id: $id) {\n      id\n      placesTaken\n      placesLeft\n      enrolments {\n        id\n        personId\n        personName\n        organisationId\n        organisationName\n      }\n    }\n  }\n"): (typeof documents)["\n  query XtCourseSession($id: ID!) {\n    CourseSession(id: $id) {\n      id\n      placesTaken\n      placesLeft\n      enrolments {\n        id\n        personId\n        personName\n        organisationId\n        organisationName\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query XtCourseSessions {\n    allCourseSessions(perPage: 500) {\n      id\n      enrolments {\n        id\n        personId\n      }\n    }\n  }\n"): (typeof documents)["\n  query XtCourseSessions {\n    allCourseSessions(perPage: 500) {\n      id\n      enrolments {\n        id\n        personId\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation XtRequestPlaces($sessionId: ID!, $personIds: [ID!]!) {\n    requestSessionPlaces(sessionId: $sessionId, personIds: $personIds) {\n      id\n      enrolments {\n        personId\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation XtRequestPlaces($sessionId: ID!, $personIds: [ID!]!) {\n    requestSessionPlaces(sessionId: $sessionId, personIds: $personIds) {\n      id\n      enrolments {\n        personId\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation XtEnrolInSession($sessionId: ID!, $personIds: [ID!]!) {\n    enrolInSession(sessionId: $sessionId, personIds: $personIds) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation XtEnrolInSession($sessionId: ID!, $personIds: [ID!]!) {\n    enrolInSession(sessionId: $sessionId, personIds: $personIds) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation XtRemoveEnrolment($id: ID!) {\n    removeEnrolment(id: $id) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation XtRemoveEnrolment($id: ID!) {\n    removeEnrolment(id: $id) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query XtAccreditations($filter: AccreditationFilter) {\n    items: allAccreditations(filter: $filter, perPage: 500) {\n      id\n      centreId\n    }\n    total: _allAccreditationsMeta(filter: $filter) {\n      count\n    }\n  }\n"): (typeof documents)["\n  query XtAccreditations($filter: AccreditationFilter) {\n    items: allAccreditations(filter: $filter, perPage: 500) {\n      id\n      centreId\n    }\n    total: _allAccreditationsMeta(filter: $filter) {\n      count\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query XtAccreditation($id: ID!) {\n    Accreditation(id: $id) {\n      id\n      centreId\n    }\n  }\n"): (typeof documents)["\n  query XtAccreditation($id: ID!) {\n    Accreditation(id: $id) {\n      id\n      centreId\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation XtSuspendAccreditation($id: ID!) {\n    transitionAccreditation(id: $id, action: SUSPEND, reason: \"Not mine to decide\") {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation XtSuspendAccreditation($id: ID!) {\n    transitionAccreditation(id: $id, action: SUSPEND, reason: \"Not mine to decide\") {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query XtAssessmentsAndActions {\n    visits: allAssessments(perPage: 500) {\n      id\n      findings {\n        note\n      }\n    }\n    visitTotal: _allAssessmentsMeta {\n      count\n    }\n    actions: allActionPlanItems(perPage: 500) {\n      id\n    }\n    actionTotal: _allActionPlanItemsMeta {\n      count\n    }\n  }\n"): (typeof documents)["\n  query XtAssessmentsAndActions {\n    visits: allAssessments(perPage: 500) {\n      id\n      findings {\n        note\n      }\n    }\n    visitTotal: _allAssessmentsMeta {\n      count\n    }\n    actions: allActionPlanItems(perPage: 500) {\n      id\n    }\n    actionTotal: _allActionPlanItemsMeta {\n      count\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query XtAssessment($id: ID!) {\n    Assessment(id: $id) {\n      id\n    }\n  }\n"): (typeof documents)["\n  query XtAssessment($id: ID!) {\n    Assessment(id: $id) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation XtActionEvidence($id: ID!) {\n    submitActionEvidence(id: $id, evidenceNote: \"Not ours to answer\") {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation XtActionEvidence($id: ID!) {\n    submitActionEvidence(id: $id, evidenceNote: \"Not ours to answer\") {\n      id\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;