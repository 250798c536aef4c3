/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type AccreditationAction =
  /** Accredit a candidate, or renew an accreditation that is due (expires 3 years on) */
  | 'AWARD'
  /** Nightly, once expired without renewal */
  | 'LAPSE'
  /** Nightly, from 6 months before expiry */
  | 'MARK_RENEWAL_DUE'
  /** Back to accredited after a suspension (the award keeps its expiry) */
  | 'REINSTATE'
  /** End a suspended accreditation */
  | 'REMOVE'
  /** Operating outside the standards: hidden from public view at once */
  | 'SUSPEND'
  /** The organisation withdraws the centre */
  | 'WITHDRAW';

export type AccreditationFilter = {
  /** Candidates past their 6 months without an award */
  candidateOverdue?: boolean | null | undefined;
  centreId?: string | number | null | undefined;
  /** Accredited (or renewal due) and expiring within this many months */
  expiringWithinMonths?: number | null | undefined;
  ids?: Array<string | number> | null | undefined;
  kind?: AccreditationKind | null | undefined;
  organisationId?: string | number | null | undefined;
  /** Words in the centre's name */
  q?: string | null | undefined;
  /** In any of these states */
  states?: Array<AccreditationState> | null | undefined;
};

export type AccreditationKind =
  /** Accreditation, for supported contact */
  | 'ACCREDITATION'
  /** Enhanced Accreditation, for supervised contact */
  | 'ENHANCED_ACCREDITATION';

export type AccreditationState =
  /** Accredited; expires 3 years after the award */
  | 'ACCREDITED'
  /** Applied; to be accredited within 6 months */
  | 'CANDIDATE'
  /** Expired without renewal */
  | 'LAPSED'
  /** Accreditation removed after suspension */
  | 'REMOVED'
  /** Accredited, and within 6 months of expiry: re-accreditation is due */
  | 'RENEWAL_DUE'
  /** Operating outside the standards: hidden from the public and courts */
  | 'SUSPENDED'
  /** The organisation withdrew the centre */
  | 'WITHDRAWN';

export type ActionReview =
  | 'RETURN'
  | 'SIGN_OFF';

export type ActionStatus =
  /** Evidence submitted; waiting for sign-off */
  | 'EVIDENCE_SUBMITTED'
  /** Waiting for the centre’s evidence */
  | 'OPEN'
  /** Open or returned, and past its due date */
  | 'OVERDUE'
  /** Evidence returned with a reason: more is needed */
  | 'RETURNED'
  /** Done */
  | 'SIGNED_OFF';

export type AssessmentDecision =
  /** Every standard met or not applicable: accredited */
  | 'AWARD'
  /** Accredited, with an action for each finding not met or met with conditions */
  | 'AWARD_WITH_ACTION_PLAN'
  /** Not accredited now; actions still set for each finding not met or met with conditions */
  | 'REFUSE';

export type AssessmentFilter = {
  accreditationId?: string | number | null | undefined;
  assessorUserId?: string | number | null | undefined;
  centreId?: string | number | null | undefined;
  ids?: Array<string | number> | null | undefined;
  statuses?: Array<AssessmentStatus> | null | undefined;
};

export type AssessmentStatus =
  /** Head office has decided */
  | 'DECIDED'
  /** Findings being recorded */
  | 'IN_PROGRESS'
  /** Assigned to an assessor, visit date set */
  | 'PLANNED'
  /** A finding for every standard; awaiting head office’s decision */
  | 'REPORT_SUBMITTED';

export type CentreKind =
  | 'CENTRE'
  | 'SERVICE';

export type ClearanceStatus =
  /** DBS current at the level their centres need, and every mandatory course current */
  | 'CLEARED'
  /** The latest DBS is no longer current */
  | 'EXPIRED'
  /** Can be rostered, but the DBS stops being current within the warning window (90 days by default) */
  | 'EXPIRING'
  /** No DBS check recorded */
  | 'MISSING_DBS'
  /** An Update Service status check found new information: a fresh check is needed */
  | 'NEEDS_NEW_CHECK'
  /** The latest DBS decision was not to clear them */
  | 'NOT_CLEARED'
  /** DBS in order, but a mandatory course is out of date */
  | 'TRAINING_EXPIRED'
  /** Can be rostered, but a mandatory course expires within the warning window */
  | 'TRAINING_EXPIRING'
  /** DBS in order, but a mandatory course has never been completed */
  | 'TRAINING_MISSING'
  /** The latest DBS is below the level their centres' services need */
  | 'WRONG_LEVEL';

export type ClearanceSummaryFilter = {
  centreId?: string | number | null | undefined;
  organisationId?: string | number | null | undefined;
};

/** One person's result in a session's cohort */
export type CohortResultInput = {
  certificateRef?: string | null | undefined;
  /** Defaults to the course's credit value when credits are awarded or the course passed, else 0 */
  creditsAwarded?: number | null | undefined;
  /** Defaults to the length of the session for those who attended, else 0 */
  hours?: number | null | undefined;
  outcome: TrainingOutcome;
  personId: string | number;
};

export type CourseDelivery =
  | 'BLENDED'
  | 'IN_PERSON'
  | 'ONLINE';

export type DbsDecision =
  | 'CLEARED'
  | 'CLEARED_AFTER_RISK_ASSESSMENT'
  | 'NOT_CLEARED';

export type DbsJurisdiction =
  | 'ACCESS_NI'
  | 'DBS';

export type DbsLevel =
  | 'BASIC'
  | 'ENHANCED'
  /** Enhanced with a check of the children's barred list */
  | 'ENHANCED_BARRED'
  | 'STANDARD';

export type DbsWorkforce =
  | 'ADULT'
  | 'CHILD'
  | 'CHILD_AND_ADULT'
  | 'OTHER';

export type EnrolmentStatus =
  /** Enrolled by the training team */
  | 'CONFIRMED'
  /** Asked for by the person's organisation; holds a place until the training team confirms or removes it */
  | 'REQUESTED';

/** A finding on one standard of the assessment’s version */
export type FindingInput = {
  evidenceRef?: string | null | undefined;
  note?: string | null | undefined;
  outcome: FindingOutcome;
  standardId: string | number;
};

export type FindingOutcome =
  | 'MET'
  | 'MET_WITH_CONDITIONS'
  | 'NOT_APPLICABLE'
  | 'NOT_MET';

export type MembershipStatus =
  | 'APPLICANT'
  | 'LAPSED'
  | 'MEMBER'
  | 'SUSPENDED'
  | 'WITHDRAWN';

/** OCN level of a course */
export type OcnLevel =
  | 'ENTRY'
  | 'LEVEL_1'
  | 'LEVEL_2'
  | 'LEVEL_3';

export type OrganisationType =
  | 'CHARITY'
  | 'COMMUNITY_INTEREST_COMPANY'
  | 'COMPANY'
  | 'LOCAL_AUTHORITY'
  | 'OTHER';

export type PersonFilter = {
  /** People currently working at this centre */
  centreId?: string | number | null | undefined;
  clearanceStatus?: ClearanceStatus | null | undefined;
  ids?: Array<string | number> | null | undefined;
  organisationId?: string | number | null | undefined;
  personType?: PersonType | null | undefined;
  /** Text search over names and email */
  q?: string | null | undefined;
  /** true: cleared or expiring (can be rostered); false: every other clearance status */
  rosterable?: boolean | null | undefined;
  status?: PersonStatus | null | undefined;
};

export type PersonStatus =
  | 'ACTIVE'
  | 'LEFT';

export type PersonType =
  | 'COORDINATOR'
  | 'SESSIONAL_WORKER'
  | 'STAFF'
  | 'TRUSTEE'
  | 'VOLUNTEER';

export type ReferralRoute =
  | 'CAFCASS_OR_COURT'
  | 'MEDIATOR'
  | 'SELF_REFERRAL'
  | 'SOCIAL_SERVICES'
  | 'SOLICITOR';

/** A region of the NACCC network */
export type Region =
  | 'CHANNEL_ISLANDS'
  | 'EAST_MIDLANDS'
  | 'EAST_OF_ENGLAND'
  | 'ISLE_OF_MAN'
  | 'LONDON'
  | 'NORTHERN_IRELAND'
  | 'NORTH_EAST'
  | 'NORTH_WEST'
  | 'SOUTH_EAST'
  | 'SOUTH_WEST'
  | 'WALES'
  | 'WEST_MIDLANDS'
  | 'YORKSHIRE_AND_THE_HUMBER';

export type Role =
  /** Accreditation assessor: only the centres assigned to them */
  | 'ASSESSOR'
  /** Coordinator of named centres of one member organisation */
  | 'CENTRE_COORDINATOR'
  /** NACCC head office: the whole network, never disclosure content */
  | 'NATIONAL_ADMIN'
  /** Administrator of one member organisation */
  | 'ORG_ADMIN'
  /** NACCC training team: courses and attendance network-wide, no DBS data */
  | 'TRAINING_TEAM';

export type ServiceType =
  | 'ESCORTED_CONTACT'
  | 'HANDOVER'
  | 'INDIRECT_CONTACT'
  | 'LIFE_STORY_WORK'
  /** Supervised contact with a written assessment report */
  | 'SUPERVISED_ASSESSMENT'
  /** Safeguarding concerns; the child stays in sight and sound of trained staff */
  | 'SUPERVISED_CONTACT'
  /** Low risk, run largely by trained volunteers; no observations or reports */
  | 'SUPPORTED_CONTACT'
  | 'VIRTUAL_CONTACT';

export type SessionStatus =
  /** Not running: nobody can be enrolled */
  | 'CANCELLED'
  /** The cohort's attendance has been recorded */
  | 'COMPLETED'
  /** Taking place (or taken place) as planned; attendance not yet recorded */
  | 'SCHEDULED';

export type StandardSetKind =
  /** Supervised child contact centres (Enhanced Accreditation) */
  | 'SUPERVISED_CENTRES'
  /** Supervised child contact services, with no venue of their own (Enhanced Accreditation) */
  | 'SUPERVISED_SERVICES'
  /** Supported child contact centres (Accreditation) */
  | 'SUPPORTED_CENTRES';

export type StandardSetStatus =
  /** Being written by head office; not yet used by any assessment */
  | 'DRAFT'
  /** The current version of its kind (at most one per kind); it can no longer change */
  | 'PUBLISHED'
  /** Replaced by a later version; kept unchanged for the assessments that used it */
  | 'RETIRED';

export type StatusCheckResult =
  | 'NEW_INFORMATION'
  | 'NO_NEW_INFORMATION';

export type TrainingMatrixFilter = {
  centreId?: string | number | null | undefined;
  organisationId?: string | number | null | undefined;
};

export type TrainingOutcome =
  /** Attended in full (completes a course with no assessment) */
  | 'ATTENDED'
  /** OCN credits awarded */
  | 'CREDITS_AWARDED'
  /** Enrolled but did not attend */
  | 'DID_NOT_ATTEND'
  /** Attended but did not pass */
  | 'FAILED'
  /** Passed the assessment */
  | 'PASSED';

export type TrainingOverviewFilter = {
  region?: Region | null | undefined;
};

export type TrainingRecordFilter = {
  /** Records of the people working at this centre now */
  centreId?: string | number | null | undefined;
  courseId?: string | number | null | undefined;
  ids?: Array<string | number> | null | undefined;
  organisationId?: string | number | null | undefined;
  outcome?: TrainingOutcome | null | undefined;
  personId?: string | number | null | undefined;
  /** Words in the course title */
  q?: string | null | undefined;
  sessionId?: string | number | null | undefined;
  source?: TrainingSource | null | undefined;
};

export type TrainingSource =
  /** Training elsewhere (e.g. a local authority's safeguarding course), recorded by the person's organisation */
  | 'EXTERNAL'
  /** A NACCC course, recorded by NACCC's training team */
  | 'NACCC';

export type TrainingState =
  /** Completed and in date (or the course does not expire) */
  | 'CURRENT'
  /** Completed, but out of date */
  | 'EXPIRED'
  /** Expires within the warning window (90 days by default) */
  | 'EXPIRING'
  /** Never completed */
  | 'MISSING';

export type ConsoleLoginMutationVariables = Exact<{
  email: string;
  password: string;
}>;


export type ConsoleLoginMutation = { login: { id: string } | null };

export type ConsoleLogoutMutationVariables = Exact<{ [key: string]: never; }>;


export type ConsoleLogoutMutation = { logout: boolean };

export type ConsoleMeQueryVariables = Exact<{ [key: string]: never; }>;


export type ConsoleMeQuery = { me: { id: string, email: string, displayName: string, grants: Array<{ id: string, role: Role, organisationId: string | null, centreIds: Array<string>, organisation: { id: string, name: string } | null }> } };

export type ConsoleAccreditationPipelineQueryVariables = Exact<{ [key: string]: never; }>;


export type ConsoleAccreditationPipelineQuery = { accreditationPipeline: { candidatesOverdue: number, renewalsWithinSixMonths: number, publiclyListedCentres: number, overdueActions: number, byState: Array<{ state: AccreditationState, count: number }> } };

export type ConsoleAccreditationHistoryQueryVariables = Exact<{
  id: string | number;
}>;


export type ConsoleAccreditationHistoryQuery = { Accreditation: { id: string, history: Array<{ id: string, action: AccreditationAction | null, fromState: AccreditationState | null, toState: AccreditationState, onDate: string, occurredAt: string, actorName: string | null, automatic: boolean, reason: string }> } | null };

export type ConsoleAccreditationsToWatchQueryVariables = Exact<{
  filter?: AccreditationFilter | null | undefined;
  perPage?: number | null | undefined;
}>;


export type ConsoleAccreditationsToWatchQuery = { allAccreditations: Array<{ id: string, kind: AccreditationKind, state: AccreditationState, candidateSince: string, candidateDueBy: string, candidateOverdue: boolean, expiresOn: string | null, renewalDueFrom: string | null, daysToExpiry: number | null, stateChangedOn: string, centre: { id: string, name: string } | null }>, _allAccreditationsMeta: { count: number } };

export type ConsoleTransitionAccreditationMutationVariables = Exact<{
  id: string | number;
  action: AccreditationAction;
  reason: string;
  version?: number | null | undefined;
}>;


export type ConsoleTransitionAccreditationMutation = { transitionAccreditation: { id: string, state: AccreditationState, version: number } | null };

export type ConsoleStartAccreditationMutationVariables = Exact<{
  centreId: string | number;
  kind: AccreditationKind;
  candidateSince?: string | null | undefined;
  reason: string;
}>;


export type ConsoleStartAccreditationMutation = { startAccreditation: { id: string, state: AccreditationState } | null };

export type ConsoleAssessmentReportPdfQueryVariables = Exact<{
  id: string | number;
}>;


export type ConsoleAssessmentReportPdfQuery = { assessmentReportPdf: string };

export type ConsoleMyVisitsQueryVariables = Exact<{
  filter?: AssessmentFilter | null | undefined;
}>;


export type ConsoleMyVisitsQuery = { allAssessments: Array<{ id: string, status: AssessmentStatus, visitDate: string, decision: AssessmentDecision | null, missingStandards: Array<string>, centre: { id: string, name: string } | null, standardSet: { id: string, versionLabel: string, kind: StandardSetKind, standardCount: number } }> };

export type ConsoleAssessmentQueryVariables = Exact<{
  id: string | number;
}>;


export type ConsoleAssessmentQuery = { Assessment: { id: string, version: number, status: AssessmentStatus, visitDate: string, accreditationId: string, centreId: string, assessorUserId: string, assessorName: string | null, reportSummary: string | null, submittedAt: string | null, decision: AssessmentDecision | null, decisionReason: string | null, decidedAt: string | null, decidedByName: string | null, missingStandards: Array<string>, centre: { id: string, name: string } | null, standardSet: { id: string, versionLabel: string, kind: StandardSetKind, areas: Array<{ id: string, number: string, title: string, standards: Array<{ id: string, code: string, title: string, guidance: string }> }> }, findings: Array<{ id: string, standardId: string, outcome: FindingOutcome, note: string | null, evidenceRef: string | null }>, actions: Array<{ id: string, description: string, owner: string, dueOn: string, status: ActionStatus, overdue: boolean }> } | null };

export type ConsoleAccreditationVisitsQueryVariables = Exact<{
  id: string | number;
}>;


export type ConsoleAccreditationVisitsQuery = { Accreditation: { id: string, openActions: number, overdueActions: number, assessments: Array<{ id: string, version: number, status: AssessmentStatus, visitDate: string, assessorName: string | null, decision: AssessmentDecision | null, decidedAt: string | null, standardSet: { id: string, versionLabel: string }, actions: Array<{ id: string, description: string, owner: string, dueOn: string, status: ActionStatus, overdue: boolean, reviewNote: string | null }> }> } | null };

export type ConsoleActionPlanItemQueryVariables = Exact<{
  id: string | number;
}>;


export type ConsoleActionPlanItemQuery = { ActionPlanItem: { id: string, version: number, assessmentId: string, centreId: string, description: string, owner: string, dueOn: string, status: ActionStatus, overdue: boolean, evidenceNote: string | null, evidenceSubmittedAt: string | null, reviewNote: string | null, reviewedAt: string | null, reviewedByName: string | null, centre: { id: string, name: string } | null } | null };

export type ConsoleAssessorsQueryVariables = Exact<{ [key: string]: never; }>;


export type ConsoleAssessorsQuery = { allUsers: Array<{ id: string, displayName: string, email: string }> };

export type ConsolePlanAssessmentMutationVariables = Exact<{
  accreditationId: string | number;
  assessorUserId: string | number;
  visitDate: string;
}>;


export type ConsolePlanAssessmentMutation = { planAssessment: { id: string, status: AssessmentStatus } | null };

export type ConsoleReassignAssessmentMutationVariables = Exact<{
  id: string | number;
  assessorUserId: string | number;
  visitDate?: string | null | undefined;
  version?: number | null | undefined;
}>;


export type ConsoleReassignAssessmentMutation = { reassignAssessment: { id: string, version: number, assessorName: string | null, visitDate: string } | null };

export type ConsoleSaveFindingsMutationVariables = Exact<{
  assessmentId: string | number;
  findings: Array<FindingInput> | FindingInput;
}>;


export type ConsoleSaveFindingsMutation = { saveFindings: { id: string, status: AssessmentStatus, version: number, missingStandards: Array<string> } | null };

export type ConsoleSubmitAssessmentReportMutationVariables = Exact<{
  id: string | number;
  summary: string;
  version?: number | null | undefined;
}>;


export type ConsoleSubmitAssessmentReportMutation = { submitAssessmentReport: { id: string, status: AssessmentStatus, version: number } | null };

export type ConsoleDecideAssessmentMutationVariables = Exact<{
  id: string | number;
  decision: AssessmentDecision;
  reason: string;
  actionsDueOn?: string | null | undefined;
  version?: number | null | undefined;
}>;


export type ConsoleDecideAssessmentMutation = { decideAssessment: { id: string, status: AssessmentStatus, version: number } | null };

export type ConsoleUpdateActionPlanItemMutationVariables = Exact<{
  id: string | number;
  dueOn?: string | null | undefined;
  owner?: string | null | undefined;
  version?: number | null | undefined;
}>;


export type ConsoleUpdateActionPlanItemMutation = { updateActionPlanItem: { id: string, version: number } | null };

export type ConsoleSubmitActionEvidenceMutationVariables = Exact<{
  id: string | number;
  evidenceNote: string;
  version?: number | null | undefined;
}>;


export type ConsoleSubmitActionEvidenceMutation = { submitActionEvidence: { id: string, status: ActionStatus, version: number } | null };

export type ConsoleReviewActionEvidenceMutationVariables = Exact<{
  id: string | number;
  review: ActionReview;
  note?: string | null | undefined;
  version?: number | null | undefined;
}>;


export type ConsoleReviewActionEvidenceMutation = { reviewActionEvidence: { id: string, status: ActionStatus, version: number } | null };

export type ConsoleSuspendForOverdueActionsMutationVariables = Exact<{
  accreditationId: string | number;
  note?: string | null | undefined;
}>;


export type ConsoleSuspendForOverdueActionsMutation = { suspendForOverdueActions: { id: string, state: AccreditationState, version: number } | null };

export type ConsolePersonTrainingQueryVariables = Exact<{
  id: string | number;
}>;


export type ConsolePersonTrainingQuery = { Person: { id: string, trainingStatus: TrainingState, trainingExpiresOn: string | null, training: { hoursLast12Months: number, creditsLast12Months: number, mandatory: Array<{ courseId: string, courseCode: string, courseTitle: string, state: TrainingState, completedOn: string | null, expiresOn: string | null }> } } | null };

export type ConsoleTrainingMatrixQueryVariables = Exact<{
  filter?: TrainingMatrixFilter | null | undefined;
}>;


export type ConsoleTrainingMatrixQuery = { trainingMatrix: { counts: { total: number, current: number, expiring: number, expired: number, missing: number }, courses: Array<{ id: string, code: string, title: string, validityMonths: number | null }>, rows: Array<{ personId: string, personName: string, personType: PersonType, organisationId: string, trainingStatus: TrainingState, hoursLast12Months: number, creditsLast12Months: number, cells: Array<{ courseId: string, state: TrainingState, completedOn: string | null, expiresOn: string | null }> }> } };

export type ConsoleTrainingMatrixCsvQueryVariables = Exact<{
  filter?: TrainingMatrixFilter | null | undefined;
}>;


export type ConsoleTrainingMatrixCsvQuery = { trainingMatrixCsv: string };

export type ConsoleTrainingRecordsCsvQueryVariables = Exact<{
  filter?: TrainingRecordFilter | null | undefined;
}>;


export type ConsoleTrainingRecordsCsvQuery = { trainingRecordsCsv: string };

export type ConsoleClearanceCountsFragment = { total: number, cleared: number, expiring: number, expired: number, missingDbs: number, wrongLevel: number, notCleared: number, needsNewCheck: number, trainingMissing: number, trainingExpired: number, trainingExpiring: number, cannotBeRostered: number };

export type ConsoleClearanceSummaryQueryVariables = Exact<{
  filter?: ClearanceSummaryFilter | null | undefined;
}>;


export type ConsoleClearanceSummaryQuery = { clearanceSummary: { totals: { total: number, cleared: number, expiring: number, expired: number, missingDbs: number, wrongLevel: number, notCleared: number, needsNewCheck: number, trainingMissing: number, trainingExpired: number, trainingExpiring: number, cannotBeRostered: number }, centres: Array<{ centreId: string, centreName: string, counts: { total: number, cleared: number, expiring: number, expired: number, missingDbs: number, wrongLevel: number, notCleared: number, needsNewCheck: number, trainingMissing: number, trainingExpired: number, trainingExpiring: number, cannotBeRostered: number } }>, expiringSoon: Array<{ id: string, fullName: string, clearanceStatus: ClearanceStatus, clearanceExpiresOn: string | null, trainingExpiresOn: string | null, clearanceAction: string | null }>, cannotBeRostered: Array<{ id: string, fullName: string, clearanceStatus: ClearanceStatus, clearanceExpiresOn: string | null, trainingExpiresOn: string | null, clearanceAction: string | null }> } };

export type ConsoleClearanceTotalsQueryVariables = Exact<{ [key: string]: never; }>;


export type ConsoleClearanceTotalsQuery = { clearanceSummary: { totals: { total: number, cleared: number, expiring: number, expired: number, missingDbs: number, wrongLevel: number, notCleared: number, needsNewCheck: number, trainingMissing: number, trainingExpired: number, trainingExpiring: number, cannotBeRostered: number } } };

export type ConsolePeopleCsvQueryVariables = Exact<{
  filter?: PersonFilter | null | undefined;
}>;


export type ConsolePeopleCsvQuery = { peopleCsv: string };

export type ConsoleImportPeopleMutationVariables = Exact<{
  organisationId: string | number;
  csv: string;
  dryRun?: boolean | null | undefined;
}>;


export type ConsoleImportPeopleMutation = { importPeople: { imported: number, rows: number, errors: Array<{ row: number, field: string | null, message: string }> } };

export type ConsoleExportOrganisationQueryVariables = Exact<{
  id: string | number;
}>;


export type ConsoleExportOrganisationQuery = { exportOrganisation: unknown };

export type ConsoleRevealDbsCertificateNumberMutationVariables = Exact<{
  id: string | number;
  reason: string;
}>;


export type ConsoleRevealDbsCertificateNumberMutation = { revealDbsCertificateNumber: string | null };

export type ConsoleRecordDbsStatusCheckMutationVariables = Exact<{
  id: string | number;
  checkedOn: string;
  result: StatusCheckResult;
}>;


export type ConsoleRecordDbsStatusCheckMutation = { recordDbsStatusCheck: { id: string, lastStatusCheckDate: string | null, lastStatusCheckResult: StatusCheckResult | null } | null };

export type ConsoleAcceptInviteMutationVariables = Exact<{
  token: string;
  password: string;
}>;


export type ConsoleAcceptInviteMutation = { acceptInvite: boolean };

export type ConsolePublishStandardSetMutationVariables = Exact<{
  id: string | number;
}>;


export type ConsolePublishStandardSetMutation = { publishStandardSet: { id: string, status: StandardSetStatus, publishedAt: string | null } | null };

export type ConsolePeopleToEnrolQueryVariables = Exact<{
  filter?: PersonFilter | null | undefined;
  perPage?: number | null | undefined;
}>;


export type ConsolePeopleToEnrolQuery = { allPeople: Array<{ id: string, fullName: string, personType: PersonType, organisation: { id: string, name: string } }> };

export type ConsoleEnrolInSessionMutationVariables = Exact<{
  sessionId: string | number;
  personIds: Array<string | number> | string | number;
}>;


export type ConsoleEnrolInSessionMutation = { enrolInSession: { id: string, placesTaken: number } | null };

export type ConsoleRequestSessionPlacesMutationVariables = Exact<{
  sessionId: string | number;
  personIds: Array<string | number> | string | number;
}>;


export type ConsoleRequestSessionPlacesMutation = { requestSessionPlaces: { id: string, placesTaken: number } | null };

export type ConsoleRemoveEnrolmentMutationVariables = Exact<{
  id: string | number;
}>;


export type ConsoleRemoveEnrolmentMutation = { removeEnrolment: { id: string, placesTaken: number } | null };

export type ConsoleRecordCohortAttendanceMutationVariables = Exact<{
  sessionId: string | number;
  results: Array<CohortResultInput> | CohortResultInput;
}>;


export type ConsoleRecordCohortAttendanceMutation = { recordCohortAttendance: { created: number, corrected: number, unchanged: number, session: { id: string, status: SessionStatus } } };

export type ConsoleTrainingCountsFragment = { total: number, current: number, expiring: number, expired: number, missing: number };

export type ConsoleTrainingOverviewQueryVariables = Exact<{
  filter?: TrainingOverviewFilter | null | undefined;
}>;


export type ConsoleTrainingOverviewQuery = { trainingOverview: { totals: { total: number, current: number, expiring: number, expired: number, missing: number }, byRegion: Array<{ key: string, label: string, region: Region | null, counts: { total: number, current: number, expiring: number, expired: number, missing: number } }>, byOrganisation: Array<{ key: string, label: string, region: Region | null, counts: { total: number, current: number, expiring: number, expired: number, missing: number } }>, byCourse: Array<{ key: string, label: string, counts: { total: number, current: number, expiring: number, expired: number, missing: number } }> } };

export type ConsoleTrainingEnumsFragment = { status: SessionStatus, course: { ocnLevel: OcnLevel, delivery: CourseDelivery }, enrolments: Array<{ status: EnrolmentStatus }> };

export type ConsoleTrainingRecordEnumsFragment = { source: TrainingSource, outcome: TrainingOutcome };

export type ConsoleTrainingStateEnumFragment = { trainingStatus: TrainingState };

export type ConsoleAccreditationFragment = { id: string, centreId: string, organisationId: string, kind: AccreditationKind, state: AccreditationState, candidateSince: string, candidateDueBy: string, candidateOverdue: boolean, awardedOn: string | null, expiresOn: string | null, renewalDueFrom: string | null, daysToExpiry: number | null, stateChangedOn: string, allowedActions: Array<AccreditationAction>, createdAt: string, updatedAt: string, version: number };

export type ConsoleCentreFragment = { id: string, organisationId: string, name: string, kind: CentreKind, serviceTypes: Array<ServiceType>, referralRoutes: Array<ReferralRoute>, addressLine1: string | null, addressLine2: string | null, town: string | null, postcode: string, region: Region, latitude: number, longitude: number, openingPattern: string | null, accessibilityNotes: string | null, languages: Array<string>, feesNote: string | null, publiclyListed: boolean, updatedAt: string, version: number };

export type ConsoleCourseFragment = { id: string, code: string, title: string, description: string | null, ocnLevel: OcnLevel, creditValue: number, guidedLearningHours: number, delivery: CourseDelivery, validityMonths: number | null, active: boolean, mandatory: boolean, createdAt: string, updatedAt: string, version: number, requirements: Array<{ id: string, personType: PersonType | null, serviceType: ServiceType | null }> };

export type ConsoleCourseSessionFragment = { id: string, courseId: string, startsAt: string, endsAt: string, trainer: string, venue: string | null, onlineLink: string | null, region: Region | null, capacity: number, placesTaken: number, placesLeft: number, status: SessionStatus, createdAt: string, updatedAt: string, version: number, enrolments: Array<{ id: string, personId: string, personName: string, organisationId: string, organisationName: string, status: EnrolmentStatus, createdAt: string }> };

export type ConsoleOrganisationFragment = { id: string, name: string, type: OrganisationType, charityNumber: string | null, contactEmail: string, region: Region, membershipStatus: MembershipStatus, updatedAt: string, version: number };

export type ConsolePersonFragment = { id: string, organisationId: string, givenName: string, familyName: string, fullName: string, personType: PersonType, status: PersonStatus, startDate: string, leaveDate: string | null, email: string | null, phone: string | null, notes: string | null, centreIds: Array<string>, clearanceStatus: ClearanceStatus, clearanceExpiresOn: string | null, clearanceAction: string | null, trainingStatus: TrainingState, trainingDue: Array<string>, trainingExpiresOn: string | null, requiredDbsLevel: DbsLevel, latestDbsLevel: DbsLevel | null, version: number, centreHistory: Array<{ centreId: string, startedOn: string, endedOn: string | null }> };

export type ConsoleDbsCheckFragment = { id: string, personId: string, level: DbsLevel, jurisdiction: DbsJurisdiction, workforce: DbsWorkforce, issueDate: string, decision: DbsDecision, decidedBy: string, decidedAt: string, certificateNumber: string | null, certificateHeld: boolean, certificatePurgedAt: string | null, onUpdateService: boolean, updateServiceSubscriptionId: string | null, lastStatusCheckDate: string | null, lastStatusCheckResult: StatusCheckResult | null };

export type ConsoleTrainingRecordFragment = { id: string, personId: string, personName: string, organisationId: string, source: TrainingSource, courseId: string | null, courseCode: string | null, courseTitle: string, externalCourse: string | null, externalProvider: string | null, sessionId: string | null, completedOn: string, outcome: TrainingOutcome, credits: number, hours: number, certificateRef: string | null, expiresOn: string | null, recordedByName: string | null, createdAt: string, updatedAt: string, version: number };

export type ConsoleStandardSetFragment = { id: string, kind: StandardSetKind, versionLabel: string, effectiveOn: string, status: StandardSetStatus, publishedAt: string | null, standardCount: number, createdAt: string, updatedAt: string, version: number, areas: Array<{ id: string, position: number, number: string, title: string, standards: Array<{ id: string, position: number, code: string, title: string, guidance: string }> }> };

export const ConsoleClearanceCountsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConsoleClearanceCounts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ClearanceCounts"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"cleared"}},{"kind":"Field","name":{"kind":"Name","value":"expiring"}},{"kind":"Field","name":{"kind":"Name","value":"expired"}},{"kind":"Field","name":{"kind":"Name","value":"missingDbs"}},{"kind":"Field","name":{"kind":"Name","value":"wrongLevel"}},{"kind":"Field","name":{"kind":"Name","value":"notCleared"}},{"kind":"Field","name":{"kind":"Name","value":"needsNewCheck"}},{"kind":"Field","name":{"kind":"Name","value":"trainingMissing"}},{"kind":"Field","name":{"kind":"Name","value":"trainingExpired"}},{"kind":"Field","name":{"kind":"Name","value":"trainingExpiring"}},{"kind":"Field","name":{"kind":"Name","value":"cannotBeRostered"}}]}}]} as unknown as DocumentNode<ConsoleClearanceCountsFragment, unknown>;
export const ConsoleTrainingCountsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConsoleTrainingCounts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TrainingCounts"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"current"}},{"kind":"Field","name":{"kind":"Name","value":"expiring"}},{"kind":"Field","name":{"kind":"Name","value":"expired"}},{"kind":"Field","name":{"kind":"Name","value":"missing"}}]}}]} as unknown as DocumentNode<ConsoleTrainingCountsFragment, unknown>;
export const ConsoleTrainingEnumsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConsoleTrainingEnums"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CourseSession"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"course"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ocnLevel"}},{"kind":"Field","name":{"kind":"Name","value":"delivery"}}]}},{"kind":"Field","name":{"kind":"Name","value":"enrolments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<ConsoleTrainingEnumsFragment, unknown>;
export const ConsoleTrainingRecordEnumsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConsoleTrainingRecordEnums"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TrainingRecord"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}}]}}]} as unknown as DocumentNode<ConsoleTrainingRecordEnumsFragment, unknown>;
export const ConsoleTrainingStateEnumFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConsoleTrainingStateEnum"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Person"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"trainingStatus"}}]}}]} as unknown as DocumentNode<ConsoleTrainingStateEnumFragment, unknown>;
export const ConsoleAccreditationFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConsoleAccreditation"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Accreditation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"centreId"}},{"kind":"Field","name":{"kind":"Name","value":"organisationId"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"candidateSince"}},{"kind":"Field","name":{"kind":"Name","value":"candidateDueBy"}},{"kind":"Field","name":{"kind":"Name","value":"candidateOverdue"}},{"kind":"Field","name":{"kind":"Name","value":"awardedOn"}},{"kind":"Field","name":{"kind":"Name","value":"expiresOn"}},{"kind":"Field","name":{"kind":"Name","value":"renewalDueFrom"}},{"kind":"Field","name":{"kind":"Name","value":"daysToExpiry"}},{"kind":"Field","name":{"kind":"Name","value":"stateChangedOn"}},{"kind":"Field","name":{"kind":"Name","value":"allowedActions"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<ConsoleAccreditationFragment, unknown>;
export const ConsoleCentreFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConsoleCentre"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Centre"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"organisationId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"serviceTypes"}},{"kind":"Field","name":{"kind":"Name","value":"referralRoutes"}},{"kind":"Field","name":{"kind":"Name","value":"addressLine1"}},{"kind":"Field","name":{"kind":"Name","value":"addressLine2"}},{"kind":"Field","name":{"kind":"Name","value":"town"}},{"kind":"Field","name":{"kind":"Name","value":"postcode"}},{"kind":"Field","name":{"kind":"Name","value":"region"}},{"kind":"Field","name":{"kind":"Name","value":"latitude"}},{"kind":"Field","name":{"kind":"Name","value":"longitude"}},{"kind":"Field","name":{"kind":"Name","value":"openingPattern"}},{"kind":"Field","name":{"kind":"Name","value":"accessibilityNotes"}},{"kind":"Field","name":{"kind":"Name","value":"languages"}},{"kind":"Field","name":{"kind":"Name","value":"feesNote"}},{"kind":"Field","name":{"kind":"Name","value":"publiclyListed"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<ConsoleCentreFragment, unknown>;
export const ConsoleCourseFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConsoleCourse"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Course"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"ocnLevel"}},{"kind":"Field","name":{"kind":"Name","value":"creditValue"}},{"kind":"Field","name":{"kind":"Name","value":"guidedLearningHours"}},{"kind":"Field","name":{"kind":"Name","value":"delivery"}},{"kind":"Field","name":{"kind":"Name","value":"validityMonths"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"mandatory"}},{"kind":"Field","name":{"kind":"Name","value":"requirements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"personType"}},{"kind":"Field","name":{"kind":"Name","value":"serviceType"}}]}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<ConsoleCourseFragment, unknown>;
export const ConsoleCourseSessionFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConsoleCourseSession"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CourseSession"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"courseId"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"trainer"}},{"kind":"Field","name":{"kind":"Name","value":"venue"}},{"kind":"Field","name":{"kind":"Name","value":"onlineLink"}},{"kind":"Field","name":{"kind":"Name","value":"region"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"placesTaken"}},{"kind":"Field","name":{"kind":"Name","value":"placesLeft"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"enrolments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"personId"}},{"kind":"Field","name":{"kind":"Name","value":"personName"}},{"kind":"Field","name":{"kind":"Name","value":"organisationId"}},{"kind":"Field","name":{"kind":"Name","value":"organisationName"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<ConsoleCourseSessionFragment, unknown>;
export const ConsoleOrganisationFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConsoleOrganisation"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organisation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"charityNumber"}},{"kind":"Field","name":{"kind":"Name","value":"contactEmail"}},{"kind":"Field","name":{"kind":"Name","value":"region"}},{"kind":"Field","name":{"kind":"Name","value":"membershipStatus"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<ConsoleOrganisationFragment, unknown>;
export const ConsolePersonFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConsolePerson"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Person"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"organisationId"}},{"kind":"Field","name":{"kind":"Name","value":"givenName"}},{"kind":"Field","name":{"kind":"Name","value":"familyName"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"personType"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"leaveDate"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"centreIds"}},{"kind":"Field","name":{"kind":"Name","value":"centreHistory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"centreId"}},{"kind":"Field","name":{"kind":"Name","value":"startedOn"}},{"kind":"Field","name":{"kind":"Name","value":"endedOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"clearanceStatus"}},{"kind":"Field","name":{"kind":"Name","value":"clearanceExpiresOn"}},{"kind":"Field","name":{"kind":"Name","value":"clearanceAction"}},{"kind":"Field","name":{"kind":"Name","value":"trainingStatus"}},{"kind":"Field","name":{"kind":"Name","value":"trainingDue"}},{"kind":"Field","name":{"kind":"Name","value":"trainingExpiresOn"}},{"kind":"Field","name":{"kind":"Name","value":"requiredDbsLevel"}},{"kind":"Field","name":{"kind":"Name","value":"latestDbsLevel"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<ConsolePersonFragment, unknown>;
export const ConsoleDbsCheckFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConsoleDbsCheck"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DbsCheck"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"personId"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"jurisdiction"}},{"kind":"Field","name":{"kind":"Name","value":"workforce"}},{"kind":"Field","name":{"kind":"Name","value":"issueDate"}},{"kind":"Field","name":{"kind":"Name","value":"decision"}},{"kind":"Field","name":{"kind":"Name","value":"decidedBy"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"certificateNumber"}},{"kind":"Field","name":{"kind":"Name","value":"certificateHeld"}},{"kind":"Field","name":{"kind":"Name","value":"certificatePurgedAt"}},{"kind":"Field","name":{"kind":"Name","value":"onUpdateService"}},{"kind":"Field","name":{"kind":"Name","value":"updateServiceSubscriptionId"}},{"kind":"Field","name":{"kind":"Name","value":"lastStatusCheckDate"}},{"kind":"Field","name":{"kind":"Name","value":"lastStatusCheckResult"}}]}}]} as unknown as DocumentNode<ConsoleDbsCheckFragment, unknown>;
export const ConsoleTrainingRecordFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConsoleTrainingRecord"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TrainingRecord"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"personId"}},{"kind":"Field","name":{"kind":"Name","value":"personName"}},{"kind":"Field","name":{"kind":"Name","value":"organisationId"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"courseId"}},{"kind":"Field","name":{"kind":"Name","value":"courseCode"}},{"kind":"Field","name":{"kind":"Name","value":"courseTitle"}},{"kind":"Field","name":{"kind":"Name","value":"externalCourse"}},{"kind":"Field","name":{"kind":"Name","value":"externalProvider"}},{"kind":"Field","name":{"kind":"Name","value":"sessionId"}},{"kind":"Field","name":{"kind":"Name","value":"completedOn"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"credits"}},{"kind":"Field","name":{"kind":"Name","value":"hours"}},{"kind":"Field","name":{"kind":"Name","value":"certificateRef"}},{"kind":"Field","name":{"kind":"Name","value":"expiresOn"}},{"kind":"Field","name":{"kind":"Name","value":"recordedByName"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<ConsoleTrainingRecordFragment, unknown>;
export const ConsoleStandardSetFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConsoleStandardSet"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"StandardSet"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"versionLabel"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveOn"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"standardCount"}},{"kind":"Field","name":{"kind":"Name","value":"areas"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"standards"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"guidance"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<ConsoleStandardSetFragment, unknown>;
export const ConsoleLoginDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleLogin"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"email"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"password"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"login"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"email"},"value":{"kind":"Variable","name":{"kind":"Name","value":"email"}}},{"kind":"Argument","name":{"kind":"Name","value":"password"},"value":{"kind":"Variable","name":{"kind":"Name","value":"password"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<ConsoleLoginMutation, ConsoleLoginMutationVariables>;
export const ConsoleLogoutDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleLogout"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"logout"}}]}}]} as unknown as DocumentNode<ConsoleLogoutMutation, ConsoleLogoutMutationVariables>;
export const ConsoleMeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsoleMe"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"grants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"organisationId"}},{"kind":"Field","name":{"kind":"Name","value":"centreIds"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ConsoleMeQuery, ConsoleMeQueryVariables>;
export const ConsoleAccreditationPipelineDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsoleAccreditationPipeline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accreditationPipeline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"byState"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"candidatesOverdue"}},{"kind":"Field","name":{"kind":"Name","value":"renewalsWithinSixMonths"}},{"kind":"Field","name":{"kind":"Name","value":"publiclyListedCentres"}},{"kind":"Field","name":{"kind":"Name","value":"overdueActions"}}]}}]}}]} as unknown as DocumentNode<ConsoleAccreditationPipelineQuery, ConsoleAccreditationPipelineQueryVariables>;
export const ConsoleAccreditationHistoryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsoleAccreditationHistory"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"Accreditation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"fromState"}},{"kind":"Field","name":{"kind":"Name","value":"toState"}},{"kind":"Field","name":{"kind":"Name","value":"onDate"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"actorName"}},{"kind":"Field","name":{"kind":"Name","value":"automatic"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}}]}}]} as unknown as DocumentNode<ConsoleAccreditationHistoryQuery, ConsoleAccreditationHistoryQueryVariables>;
export const ConsoleAccreditationsToWatchDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsoleAccreditationsToWatch"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AccreditationFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"perPage"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"allAccreditations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"perPage"},"value":{"kind":"Variable","name":{"kind":"Name","value":"perPage"}}},{"kind":"Argument","name":{"kind":"Name","value":"sortField"},"value":{"kind":"StringValue","value":"state","block":false}},{"kind":"Argument","name":{"kind":"Name","value":"sortOrder"},"value":{"kind":"StringValue","value":"ASC","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"candidateSince"}},{"kind":"Field","name":{"kind":"Name","value":"candidateDueBy"}},{"kind":"Field","name":{"kind":"Name","value":"candidateOverdue"}},{"kind":"Field","name":{"kind":"Name","value":"expiresOn"}},{"kind":"Field","name":{"kind":"Name","value":"renewalDueFrom"}},{"kind":"Field","name":{"kind":"Name","value":"daysToExpiry"}},{"kind":"Field","name":{"kind":"Name","value":"stateChangedOn"}},{"kind":"Field","name":{"kind":"Name","value":"centre"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"_allAccreditationsMeta"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"count"}}]}}]}}]} as unknown as DocumentNode<ConsoleAccreditationsToWatchQuery, ConsoleAccreditationsToWatchQueryVariables>;
export const ConsoleTransitionAccreditationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleTransitionAccreditation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"action"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AccreditationAction"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"transitionAccreditation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"action"},"value":{"kind":"Variable","name":{"kind":"Name","value":"action"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<ConsoleTransitionAccreditationMutation, ConsoleTransitionAccreditationMutationVariables>;
export const ConsoleStartAccreditationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleStartAccreditation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"centreId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"kind"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AccreditationKind"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"candidateSince"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"LocalDate"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startAccreditation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"centreId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"centreId"}}},{"kind":"Argument","name":{"kind":"Name","value":"kind"},"value":{"kind":"Variable","name":{"kind":"Name","value":"kind"}}},{"kind":"Argument","name":{"kind":"Name","value":"candidateSince"},"value":{"kind":"Variable","name":{"kind":"Name","value":"candidateSince"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}}]}}]}}]} as unknown as DocumentNode<ConsoleStartAccreditationMutation, ConsoleStartAccreditationMutationVariables>;
export const ConsoleAssessmentReportPdfDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsoleAssessmentReportPdf"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assessmentReportPdf"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}]}}]} as unknown as DocumentNode<ConsoleAssessmentReportPdfQuery, ConsoleAssessmentReportPdfQueryVariables>;
export const ConsoleMyVisitsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsoleMyVisits"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AssessmentFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"allAssessments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"perPage"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"sortField"},"value":{"kind":"StringValue","value":"visitDate","block":false}},{"kind":"Argument","name":{"kind":"Name","value":"sortOrder"},"value":{"kind":"StringValue","value":"DESC","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"visitDate"}},{"kind":"Field","name":{"kind":"Name","value":"decision"}},{"kind":"Field","name":{"kind":"Name","value":"centre"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"standardSet"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"versionLabel"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"standardCount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"missingStandards"}}]}}]}}]} as unknown as DocumentNode<ConsoleMyVisitsQuery, ConsoleMyVisitsQueryVariables>;
export const ConsoleAssessmentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsoleAssessment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"Assessment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"visitDate"}},{"kind":"Field","name":{"kind":"Name","value":"accreditationId"}},{"kind":"Field","name":{"kind":"Name","value":"centreId"}},{"kind":"Field","name":{"kind":"Name","value":"assessorUserId"}},{"kind":"Field","name":{"kind":"Name","value":"assessorName"}},{"kind":"Field","name":{"kind":"Name","value":"reportSummary"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decision"}},{"kind":"Field","name":{"kind":"Name","value":"decisionReason"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedByName"}},{"kind":"Field","name":{"kind":"Name","value":"missingStandards"}},{"kind":"Field","name":{"kind":"Name","value":"centre"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"standardSet"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"versionLabel"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"areas"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"standards"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"guidance"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"findings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"standardId"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"evidenceRef"}}]}},{"kind":"Field","name":{"kind":"Name","value":"actions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"owner"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}}]}}]}}]}}]} as unknown as DocumentNode<ConsoleAssessmentQuery, ConsoleAssessmentQueryVariables>;
export const ConsoleAccreditationVisitsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsoleAccreditationVisits"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"Accreditation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"openActions"}},{"kind":"Field","name":{"kind":"Name","value":"overdueActions"}},{"kind":"Field","name":{"kind":"Name","value":"assessments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"visitDate"}},{"kind":"Field","name":{"kind":"Name","value":"assessorName"}},{"kind":"Field","name":{"kind":"Name","value":"decision"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"standardSet"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"versionLabel"}}]}},{"kind":"Field","name":{"kind":"Name","value":"actions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"owner"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"reviewNote"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ConsoleAccreditationVisitsQuery, ConsoleAccreditationVisitsQueryVariables>;
export const ConsoleActionPlanItemDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsoleActionPlanItem"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ActionPlanItem"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"assessmentId"}},{"kind":"Field","name":{"kind":"Name","value":"centreId"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"owner"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"evidenceNote"}},{"kind":"Field","name":{"kind":"Name","value":"evidenceSubmittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"reviewNote"}},{"kind":"Field","name":{"kind":"Name","value":"reviewedAt"}},{"kind":"Field","name":{"kind":"Name","value":"reviewedByName"}},{"kind":"Field","name":{"kind":"Name","value":"centre"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<ConsoleActionPlanItemQuery, ConsoleActionPlanItemQueryVariables>;
export const ConsoleAssessorsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsoleAssessors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"allUsers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"role"},"value":{"kind":"EnumValue","value":"ASSESSOR"}},{"kind":"ObjectField","name":{"kind":"Name","value":"active"},"value":{"kind":"BooleanValue","value":true}}]}},{"kind":"Argument","name":{"kind":"Name","value":"perPage"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"sortField"},"value":{"kind":"StringValue","value":"displayName","block":false}},{"kind":"Argument","name":{"kind":"Name","value":"sortOrder"},"value":{"kind":"StringValue","value":"ASC","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}}]}}]} as unknown as DocumentNode<ConsoleAssessorsQuery, ConsoleAssessorsQueryVariables>;
export const ConsolePlanAssessmentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsolePlanAssessment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"accreditationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"assessorUserId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"visitDate"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LocalDate"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"planAssessment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"accreditationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"accreditationId"}}},{"kind":"Argument","name":{"kind":"Name","value":"assessorUserId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"assessorUserId"}}},{"kind":"Argument","name":{"kind":"Name","value":"visitDate"},"value":{"kind":"Variable","name":{"kind":"Name","value":"visitDate"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<ConsolePlanAssessmentMutation, ConsolePlanAssessmentMutationVariables>;
export const ConsoleReassignAssessmentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleReassignAssessment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"assessorUserId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"visitDate"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"LocalDate"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reassignAssessment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"assessorUserId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"assessorUserId"}}},{"kind":"Argument","name":{"kind":"Name","value":"visitDate"},"value":{"kind":"Variable","name":{"kind":"Name","value":"visitDate"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"assessorName"}},{"kind":"Field","name":{"kind":"Name","value":"visitDate"}}]}}]}}]} as unknown as DocumentNode<ConsoleReassignAssessmentMutation, ConsoleReassignAssessmentMutationVariables>;
export const ConsoleSaveFindingsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleSaveFindings"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"assessmentId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"findings"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"FindingInput"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"saveFindings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"assessmentId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"assessmentId"}}},{"kind":"Argument","name":{"kind":"Name","value":"findings"},"value":{"kind":"Variable","name":{"kind":"Name","value":"findings"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"missingStandards"}}]}}]}}]} as unknown as DocumentNode<ConsoleSaveFindingsMutation, ConsoleSaveFindingsMutationVariables>;
export const ConsoleSubmitAssessmentReportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleSubmitAssessmentReport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"summary"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"submitAssessmentReport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"summary"},"value":{"kind":"Variable","name":{"kind":"Name","value":"summary"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<ConsoleSubmitAssessmentReportMutation, ConsoleSubmitAssessmentReportMutationVariables>;
export const ConsoleDecideAssessmentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleDecideAssessment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"decision"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AssessmentDecision"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"actionsDueOn"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"LocalDate"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"decideAssessment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"decision"},"value":{"kind":"Variable","name":{"kind":"Name","value":"decision"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}},{"kind":"Argument","name":{"kind":"Name","value":"actionsDueOn"},"value":{"kind":"Variable","name":{"kind":"Name","value":"actionsDueOn"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<ConsoleDecideAssessmentMutation, ConsoleDecideAssessmentMutationVariables>;
export const ConsoleUpdateActionPlanItemDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleUpdateActionPlanItem"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"dueOn"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"LocalDate"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"owner"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateActionPlanItem"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"dueOn"},"value":{"kind":"Variable","name":{"kind":"Name","value":"dueOn"}}},{"kind":"Argument","name":{"kind":"Name","value":"owner"},"value":{"kind":"Variable","name":{"kind":"Name","value":"owner"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<ConsoleUpdateActionPlanItemMutation, ConsoleUpdateActionPlanItemMutationVariables>;
export const ConsoleSubmitActionEvidenceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleSubmitActionEvidence"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"evidenceNote"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"submitActionEvidence"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"evidenceNote"},"value":{"kind":"Variable","name":{"kind":"Name","value":"evidenceNote"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<ConsoleSubmitActionEvidenceMutation, ConsoleSubmitActionEvidenceMutationVariables>;
export const ConsoleReviewActionEvidenceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleReviewActionEvidence"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"review"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ActionReview"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"note"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reviewActionEvidence"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"review"},"value":{"kind":"Variable","name":{"kind":"Name","value":"review"}}},{"kind":"Argument","name":{"kind":"Name","value":"note"},"value":{"kind":"Variable","name":{"kind":"Name","value":"note"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<ConsoleReviewActionEvidenceMutation, ConsoleReviewActionEvidenceMutationVariables>;
export const ConsoleSuspendForOverdueActionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleSuspendForOverdueActions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"accreditationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"note"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"suspendForOverdueActions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"accreditationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"accreditationId"}}},{"kind":"Argument","name":{"kind":"Name","value":"note"},"value":{"kind":"Variable","name":{"kind":"Name","value":"note"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<ConsoleSuspendForOverdueActionsMutation, ConsoleSuspendForOverdueActionsMutationVariables>;
export const ConsolePersonTrainingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsolePersonTraining"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"Person"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"trainingStatus"}},{"kind":"Field","name":{"kind":"Name","value":"trainingExpiresOn"}},{"kind":"Field","name":{"kind":"Name","value":"training"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hoursLast12Months"}},{"kind":"Field","name":{"kind":"Name","value":"creditsLast12Months"}},{"kind":"Field","name":{"kind":"Name","value":"mandatory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"courseId"}},{"kind":"Field","name":{"kind":"Name","value":"courseCode"}},{"kind":"Field","name":{"kind":"Name","value":"courseTitle"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"completedOn"}},{"kind":"Field","name":{"kind":"Name","value":"expiresOn"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ConsolePersonTrainingQuery, ConsolePersonTrainingQueryVariables>;
export const ConsoleTrainingMatrixDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsoleTrainingMatrix"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"TrainingMatrixFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"trainingMatrix"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"counts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"current"}},{"kind":"Field","name":{"kind":"Name","value":"expiring"}},{"kind":"Field","name":{"kind":"Name","value":"expired"}},{"kind":"Field","name":{"kind":"Name","value":"missing"}}]}},{"kind":"Field","name":{"kind":"Name","value":"courses"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"validityMonths"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rows"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"personId"}},{"kind":"Field","name":{"kind":"Name","value":"personName"}},{"kind":"Field","name":{"kind":"Name","value":"personType"}},{"kind":"Field","name":{"kind":"Name","value":"organisationId"}},{"kind":"Field","name":{"kind":"Name","value":"trainingStatus"}},{"kind":"Field","name":{"kind":"Name","value":"hoursLast12Months"}},{"kind":"Field","name":{"kind":"Name","value":"creditsLast12Months"}},{"kind":"Field","name":{"kind":"Name","value":"cells"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"courseId"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"completedOn"}},{"kind":"Field","name":{"kind":"Name","value":"expiresOn"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ConsoleTrainingMatrixQuery, ConsoleTrainingMatrixQueryVariables>;
export const ConsoleTrainingMatrixCsvDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsoleTrainingMatrixCsv"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"TrainingMatrixFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"trainingMatrixCsv"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}]}]}}]} as unknown as DocumentNode<ConsoleTrainingMatrixCsvQuery, ConsoleTrainingMatrixCsvQueryVariables>;
export const ConsoleTrainingRecordsCsvDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsoleTrainingRecordsCsv"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"TrainingRecordFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"trainingRecordsCsv"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}]}]}}]} as unknown as DocumentNode<ConsoleTrainingRecordsCsvQuery, ConsoleTrainingRecordsCsvQueryVariables>;
export const ConsoleClearanceSummaryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsoleClearanceSummary"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ClearanceSummaryFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"clearanceSummary"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConsoleClearanceCounts"}}]}},{"kind":"Field","name":{"kind":"Name","value":"centres"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"centreId"}},{"kind":"Field","name":{"kind":"Name","value":"centreName"}},{"kind":"Field","name":{"kind":"Name","value":"counts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConsoleClearanceCounts"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"expiringSoon"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"clearanceStatus"}},{"kind":"Field","name":{"kind":"Name","value":"clearanceExpiresOn"}},{"kind":"Field","name":{"kind":"Name","value":"trainingExpiresOn"}},{"kind":"Field","name":{"kind":"Name","value":"clearanceAction"}}]}},{"kind":"Field","name":{"kind":"Name","value":"cannotBeRostered"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"clearanceStatus"}},{"kind":"Field","name":{"kind":"Name","value":"clearanceExpiresOn"}},{"kind":"Field","name":{"kind":"Name","value":"trainingExpiresOn"}},{"kind":"Field","name":{"kind":"Name","value":"clearanceAction"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConsoleClearanceCounts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ClearanceCounts"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"cleared"}},{"kind":"Field","name":{"kind":"Name","value":"expiring"}},{"kind":"Field","name":{"kind":"Name","value":"expired"}},{"kind":"Field","name":{"kind":"Name","value":"missingDbs"}},{"kind":"Field","name":{"kind":"Name","value":"wrongLevel"}},{"kind":"Field","name":{"kind":"Name","value":"notCleared"}},{"kind":"Field","name":{"kind":"Name","value":"needsNewCheck"}},{"kind":"Field","name":{"kind":"Name","value":"trainingMissing"}},{"kind":"Field","name":{"kind":"Name","value":"trainingExpired"}},{"kind":"Field","name":{"kind":"Name","value":"trainingExpiring"}},{"kind":"Field","name":{"kind":"Name","value":"cannotBeRostered"}}]}}]} as unknown as DocumentNode<ConsoleClearanceSummaryQuery, ConsoleClearanceSummaryQueryVariables>;
export const ConsoleClearanceTotalsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsoleClearanceTotals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"clearanceSummary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConsoleClearanceCounts"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConsoleClearanceCounts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ClearanceCounts"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"cleared"}},{"kind":"Field","name":{"kind":"Name","value":"expiring"}},{"kind":"Field","name":{"kind":"Name","value":"expired"}},{"kind":"Field","name":{"kind":"Name","value":"missingDbs"}},{"kind":"Field","name":{"kind":"Name","value":"wrongLevel"}},{"kind":"Field","name":{"kind":"Name","value":"notCleared"}},{"kind":"Field","name":{"kind":"Name","value":"needsNewCheck"}},{"kind":"Field","name":{"kind":"Name","value":"trainingMissing"}},{"kind":"Field","name":{"kind":"Name","value":"trainingExpired"}},{"kind":"Field","name":{"kind":"Name","value":"trainingExpiring"}},{"kind":"Field","name":{"kind":"Name","value":"cannotBeRostered"}}]}}]} as unknown as DocumentNode<ConsoleClearanceTotalsQuery, ConsoleClearanceTotalsQueryVariables>;
export const ConsolePeopleCsvDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsolePeopleCsv"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PersonFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"peopleCsv"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}]}]}}]} as unknown as DocumentNode<ConsolePeopleCsvQuery, ConsolePeopleCsvQueryVariables>;
export const ConsoleImportPeopleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleImportPeople"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"organisationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"csv"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"dryRun"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"importPeople"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"organisationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"organisationId"}}},{"kind":"Argument","name":{"kind":"Name","value":"csv"},"value":{"kind":"Variable","name":{"kind":"Name","value":"csv"}}},{"kind":"Argument","name":{"kind":"Name","value":"dryRun"},"value":{"kind":"Variable","name":{"kind":"Name","value":"dryRun"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"imported"}},{"kind":"Field","name":{"kind":"Name","value":"rows"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"row"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<ConsoleImportPeopleMutation, ConsoleImportPeopleMutationVariables>;
export const ConsoleExportOrganisationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsoleExportOrganisation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"exportOrganisation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}]}}]} as unknown as DocumentNode<ConsoleExportOrganisationQuery, ConsoleExportOrganisationQueryVariables>;
export const ConsoleRevealDbsCertificateNumberDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleRevealDbsCertificateNumber"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revealDbsCertificateNumber"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}]}]}}]} as unknown as DocumentNode<ConsoleRevealDbsCertificateNumberMutation, ConsoleRevealDbsCertificateNumberMutationVariables>;
export const ConsoleRecordDbsStatusCheckDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleRecordDbsStatusCheck"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"checkedOn"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LocalDate"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"result"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"StatusCheckResult"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordDbsStatusCheck"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"checkedOn"},"value":{"kind":"Variable","name":{"kind":"Name","value":"checkedOn"}}},{"kind":"Argument","name":{"kind":"Name","value":"result"},"value":{"kind":"Variable","name":{"kind":"Name","value":"result"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"lastStatusCheckDate"}},{"kind":"Field","name":{"kind":"Name","value":"lastStatusCheckResult"}}]}}]}}]} as unknown as DocumentNode<ConsoleRecordDbsStatusCheckMutation, ConsoleRecordDbsStatusCheckMutationVariables>;
export const ConsoleAcceptInviteDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleAcceptInvite"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"token"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"password"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acceptInvite"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"token"},"value":{"kind":"Variable","name":{"kind":"Name","value":"token"}}},{"kind":"Argument","name":{"kind":"Name","value":"password"},"value":{"kind":"Variable","name":{"kind":"Name","value":"password"}}}]}]}}]} as unknown as DocumentNode<ConsoleAcceptInviteMutation, ConsoleAcceptInviteMutationVariables>;
export const ConsolePublishStandardSetDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsolePublishStandardSet"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"publishStandardSet"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}}]}}]}}]} as unknown as DocumentNode<ConsolePublishStandardSetMutation, ConsolePublishStandardSetMutationVariables>;
export const ConsolePeopleToEnrolDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsolePeopleToEnrol"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PersonFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"perPage"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"allPeople"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"perPage"},"value":{"kind":"Variable","name":{"kind":"Name","value":"perPage"}}},{"kind":"Argument","name":{"kind":"Name","value":"sortField"},"value":{"kind":"StringValue","value":"familyName","block":false}},{"kind":"Argument","name":{"kind":"Name","value":"sortOrder"},"value":{"kind":"StringValue","value":"ASC","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"personType"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<ConsolePeopleToEnrolQuery, ConsolePeopleToEnrolQueryVariables>;
export const ConsoleEnrolInSessionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleEnrolInSession"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sessionId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"personIds"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"enrolInSession"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"sessionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sessionId"}}},{"kind":"Argument","name":{"kind":"Name","value":"personIds"},"value":{"kind":"Variable","name":{"kind":"Name","value":"personIds"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"placesTaken"}}]}}]}}]} as unknown as DocumentNode<ConsoleEnrolInSessionMutation, ConsoleEnrolInSessionMutationVariables>;
export const ConsoleRequestSessionPlacesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleRequestSessionPlaces"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sessionId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"personIds"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestSessionPlaces"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"sessionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sessionId"}}},{"kind":"Argument","name":{"kind":"Name","value":"personIds"},"value":{"kind":"Variable","name":{"kind":"Name","value":"personIds"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"placesTaken"}}]}}]}}]} as unknown as DocumentNode<ConsoleRequestSessionPlacesMutation, ConsoleRequestSessionPlacesMutationVariables>;
export const ConsoleRemoveEnrolmentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleRemoveEnrolment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removeEnrolment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"placesTaken"}}]}}]}}]} as unknown as DocumentNode<ConsoleRemoveEnrolmentMutation, ConsoleRemoveEnrolmentMutationVariables>;
export const ConsoleRecordCohortAttendanceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleRecordCohortAttendance"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sessionId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"results"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CohortResultInput"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordCohortAttendance"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"sessionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sessionId"}}},{"kind":"Argument","name":{"kind":"Name","value":"results"},"value":{"kind":"Variable","name":{"kind":"Name","value":"results"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"created"}},{"kind":"Field","name":{"kind":"Name","value":"corrected"}},{"kind":"Field","name":{"kind":"Name","value":"unchanged"}},{"kind":"Field","name":{"kind":"Name","value":"session"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<ConsoleRecordCohortAttendanceMutation, ConsoleRecordCohortAttendanceMutationVariables>;
export const ConsoleTrainingOverviewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsoleTrainingOverview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"TrainingOverviewFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"trainingOverview"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConsoleTrainingCounts"}}]}},{"kind":"Field","name":{"kind":"Name","value":"byRegion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"region"}},{"kind":"Field","name":{"kind":"Name","value":"counts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConsoleTrainingCounts"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"byOrganisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"region"}},{"kind":"Field","name":{"kind":"Name","value":"counts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConsoleTrainingCounts"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"byCourse"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"counts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConsoleTrainingCounts"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConsoleTrainingCounts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TrainingCounts"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"current"}},{"kind":"Field","name":{"kind":"Name","value":"expiring"}},{"kind":"Field","name":{"kind":"Name","value":"expired"}},{"kind":"Field","name":{"kind":"Name","value":"missing"}}]}}]} as unknown as DocumentNode<ConsoleTrainingOverviewQuery, ConsoleTrainingOverviewQueryVariables>;