import { graphql } from '../gql';
import type {
  ConsoleAccreditationVisitsQuery,
  ConsoleAccreditationVisitsQueryVariables,
  ConsoleActionPlanItemQuery,
  ConsoleActionPlanItemQueryVariables,
  ConsoleAssessmentQuery,
  ConsoleAssessmentQueryVariables,
  ConsoleAssessorsQuery,
  ConsoleDecideAssessmentMutationVariables,
  ConsoleMyVisitsQuery,
  ConsoleMyVisitsQueryVariables,
  ConsolePlanAssessmentMutationVariables,
  ConsoleReassignAssessmentMutationVariables,
  ConsoleReviewActionEvidenceMutationVariables,
  ConsoleSaveFindingsMutationVariables,
  ConsoleSubmitActionEvidenceMutationVariables,
  ConsoleSubmitAssessmentReportMutationVariables,
  ConsoleSuspendForOverdueActionsMutationVariables,
  ConsoleUpdateActionPlanItemMutationVariables,
} from '../gql/graphql';
import { request } from './request';

/**
 * Assessments (assessor visits) and action plans: an assessor's visits, one visit with its
 * standards and findings (the findings form and the assessment's page), an accreditation's visits
 * and actions, one action, and every step of the workflow as the server gives it. Each is one
 * typed document listed in schema/persisted-documents.json by `pnpm codegen`.
 */

/** The latest 100 visits by date (upcoming ones first); the page orders them by status. */
const MyVisitsDocument = graphql(`
  query ConsoleMyVisits($filter: AssessmentFilter) {
    allAssessments(filter: $filter, perPage: 100, sortField: "visitDate", sortOrder: "DESC") {
      id
      status
      visitDate
      decision
      centre {
        id
        name
      }
      standardSet {
        id
        versionLabel
        kind
        standardCount
      }
      missingStandards
    }
  }
`);

const AssessmentDocument = graphql(`
  query ConsoleAssessment($id: ID!) {
    Assessment(id: $id) {
      id
      version
      status
      visitDate
      accreditationId
      centreId
      assessorUserId
      assessorName
      reportSummary
      submittedAt
      decision
      decisionReason
      decidedAt
      decidedByName
      missingStandards
      centre {
        id
        name
      }
      standardSet {
        id
        versionLabel
        kind
        areas {
          id
          number
          title
          standards {
            id
            code
            title
            guidance
          }
        }
      }
      findings {
        id
        standardId
        outcome
        note
        evidenceRef
      }
      actions {
        id
        description
        owner
        dueOn
        status
        overdue
      }
    }
  }
`);

const AccreditationVisitsDocument = graphql(`
  query ConsoleAccreditationVisits($id: ID!) {
    Accreditation(id: $id) {
      id
      openActions
      overdueActions
      assessments {
        id
        version
        status
        visitDate
        assessorName
        decision
        decidedAt
        standardSet {
          id
          versionLabel
        }
        actions {
          id
          description
          owner
          dueOn
          status
          overdue
          reviewNote
        }
      }
    }
  }
`);

const ActionPlanItemDocument = graphql(`
  query ConsoleActionPlanItem($id: ID!) {
    ActionPlanItem(id: $id) {
      id
      version
      assessmentId
      centreId
      description
      owner
      dueOn
      status
      overdue
      evidenceNote
      evidenceSubmittedAt
      reviewNote
      reviewedAt
      reviewedByName
      centre {
        id
        name
      }
    }
  }
`);

const AssessorsDocument = graphql(`
  query ConsoleAssessors {
    allUsers(filter: { role: ASSESSOR, active: true }, perPage: 100, sortField: "displayName", sortOrder: "ASC") {
      id
      displayName
      email
    }
  }
`);

const PlanAssessmentDocument = graphql(`
  mutation ConsolePlanAssessment($accreditationId: ID!, $assessorUserId: ID!, $visitDate: LocalDate!) {
    planAssessment(accreditationId: $accreditationId, assessorUserId: $assessorUserId, visitDate: $visitDate) {
      id
      status
    }
  }
`);

const ReassignAssessmentDocument = graphql(`
  mutation ConsoleReassignAssessment($id: ID!, $assessorUserId: ID!, $visitDate: LocalDate, $version: Int) {
    reassignAssessment(id: $id, assessorUserId: $assessorUserId, visitDate: $visitDate, version: $version) {
      id
      version
      assessorName
      visitDate
    }
  }
`);

const SaveFindingsDocument = graphql(`
  mutation ConsoleSaveFindings($assessmentId: ID!, $findings: [FindingInput!]!) {
    saveFindings(assessmentId: $assessmentId, findings: $findings) {
      id
      status
      version
      missingStandards
    }
  }
`);

const SubmitAssessmentReportDocument = graphql(`
  mutation ConsoleSubmitAssessmentReport($id: ID!, $summary: String!, $version: Int) {
    submitAssessmentReport(id: $id, summary: $summary, version: $version) {
      id
      status
      version
    }
  }
`);

const DecideAssessmentDocument = graphql(`
  mutation ConsoleDecideAssessment($id: ID!, $decision: AssessmentDecision!, $reason: String!, $actionsDueOn: LocalDate, $version: Int) {
    decideAssessment(id: $id, decision: $decision, reason: $reason, actionsDueOn: $actionsDueOn, version: $version) {
      id
      status
      version
    }
  }
`);

const UpdateActionPlanItemDocument = graphql(`
  mutation ConsoleUpdateActionPlanItem($id: ID!, $dueOn: LocalDate, $owner: String, $version: Int) {
    updateActionPlanItem(id: $id, dueOn: $dueOn, owner: $owner, version: $version) {
      id
      version
    }
  }
`);

const SubmitActionEvidenceDocument = graphql(`
  mutation ConsoleSubmitActionEvidence($id: ID!, $evidenceNote: String!, $version: Int) {
    submitActionEvidence(id: $id, evidenceNote: $evidenceNote, version: $version) {
      id
      status
      version
    }
  }
`);

const ReviewActionEvidenceDocument = graphql(`
  mutation ConsoleReviewActionEvidence($id: ID!, $review: ActionReview!, $note: String, $version: Int) {
    reviewActionEvidence(id: $id, review: $review, note: $note, version: $version) {
      id
      status
      version
    }
  }
`);

const SuspendForOverdueActionsDocument = graphql(`
  mutation ConsoleSuspendForOverdueActions($accreditationId: ID!, $note: String) {
    suspendForOverdueActions(accreditationId: $accreditationId, note: $note) {
      id
      state
      version
    }
  }
`);

export type MyVisit = ConsoleMyVisitsQuery['allAssessments'][number];
export type AssessmentDetail = NonNullable<ConsoleAssessmentQuery['Assessment']>;
export type AccreditationVisit = NonNullable<ConsoleAccreditationVisitsQuery['Accreditation']>['assessments'][number];
export type AccreditationVisits = NonNullable<ConsoleAccreditationVisitsQuery['Accreditation']>;
export type ActionPlanItemDetail = NonNullable<ConsoleActionPlanItemQuery['ActionPlanItem']>;
export type Assessor = ConsoleAssessorsQuery['allUsers'][number];

export const assessmentOperations = {
  /** The visits the caller may see (an assessor: theirs), with how many standards still have no finding. */
  myVisits: async (params: ConsoleMyVisitsQueryVariables) => ({ data: (await request(MyVisitsDocument, params)).allAssessments }),
  /** One visit: its version's standards by area, its findings, report, decision and actions. */
  assessment: async (params: ConsoleAssessmentQueryVariables) => ({ data: (await request(AssessmentDocument, params)).Assessment ?? null }),
  /** An accreditation's visits (newest first) with their actions, and its open and overdue counts. */
  accreditationVisits: async (params: ConsoleAccreditationVisitsQueryVariables) => ({ data: (await request(AccreditationVisitsDocument, params)).Accreditation ?? null }),
  /** One action with its evidence and review. */
  actionPlanItem: async (params: ConsoleActionPlanItemQueryVariables) => ({ data: (await request(ActionPlanItemDocument, params)).ActionPlanItem ?? null }),
  /** Active users holding the assessor role (head office chooses one for a visit). */
  assessors: async () => ({ data: (await request(AssessorsDocument)).allUsers }),
  planAssessment: async (params: ConsolePlanAssessmentMutationVariables) => ({ data: (await request(PlanAssessmentDocument, params)).planAssessment }),
  reassignAssessment: async (params: ConsoleReassignAssessmentMutationVariables) => ({ data: (await request(ReassignAssessmentDocument, params)).reassignAssessment }),
  /** Record or change findings (the rest are kept): the findings form sends one standard at a time. */
  saveFindings: async (params: ConsoleSaveFindingsMutationVariables) => ({ data: (await request(SaveFindingsDocument, params)).saveFindings }),
  submitAssessmentReport: async (params: ConsoleSubmitAssessmentReportMutationVariables) => ({
    data: (await request(SubmitAssessmentReportDocument, params)).submitAssessmentReport,
  }),
  decideAssessment: async (params: ConsoleDecideAssessmentMutationVariables) => ({ data: (await request(DecideAssessmentDocument, params)).decideAssessment }),
  updateActionPlanItem: async (params: ConsoleUpdateActionPlanItemMutationVariables) => ({ data: (await request(UpdateActionPlanItemDocument, params)).updateActionPlanItem }),
  submitActionEvidence: async (params: ConsoleSubmitActionEvidenceMutationVariables) => ({ data: (await request(SubmitActionEvidenceDocument, params)).submitActionEvidence }),
  reviewActionEvidence: async (params: ConsoleReviewActionEvidenceMutationVariables) => ({ data: (await request(ReviewActionEvidenceDocument, params)).reviewActionEvidence }),
  suspendForOverdueActions: async (params: ConsoleSuspendForOverdueActionsMutationVariables) => ({
    data: (await request(SuspendForOverdueActionsDocument, params)).suspendForOverdueActions,
  }),
};
