import { graphql } from '../gql';
import type {
  ConsoleAccreditationHistoryQuery,
  ConsoleAccreditationHistoryQueryVariables,
  ConsoleAccreditationPipelineQuery,
  ConsoleAccreditationsToWatchQuery,
  ConsoleAccreditationsToWatchQueryVariables,
  ConsoleStartAccreditationMutationVariables,
  ConsoleTransitionAccreditationMutationVariables,
} from '../gql/graphql';
import { request } from './request';

/**
 * Accreditation beyond react-admin's resource methods: head office's pipeline counts and steps,
 * an accreditation's history (a nested read, left out of the resource's documents: see
 * NESTED_READS), and the accreditations a member's home lists with their centres' names. Each is
 * one typed document listed in schema/persisted-documents.json by `pnpm codegen`.
 */

const AccreditationPipelineDocument = graphql(`
  query ConsoleAccreditationPipeline {
    accreditationPipeline {
      byState {
        state
        count
      }
      candidatesOverdue
      renewalsWithinSixMonths
      publiclyListedCentres
      overdueActions
    }
  }
`);

const AccreditationHistoryDocument = graphql(`
  query ConsoleAccreditationHistory($id: ID!) {
    Accreditation(id: $id) {
      id
      history {
        id
        action
        fromState
        toState
        onDate
        occurredAt
        actorName
        automatic
        reason
      }
    }
  }
`);

/** A member's centres whose accreditation needs their attention, with the centres' names (one request). */
const AccreditationsToWatchDocument = graphql(`
  query ConsoleAccreditationsToWatch($filter: AccreditationFilter, $perPage: Int) {
    allAccreditations(filter: $filter, perPage: $perPage, sortField: "state", sortOrder: "ASC") {
      id
      kind
      state
      candidateSince
      candidateDueBy
      candidateOverdue
      expiresOn
      renewalDueFrom
      daysToExpiry
      stateChangedOn
      centre {
        id
        name
      }
    }
    _allAccreditationsMeta(filter: $filter) {
      count
    }
  }
`);

const TransitionAccreditationDocument = graphql(`
  mutation ConsoleTransitionAccreditation($id: ID!, $action: AccreditationAction!, $reason: String!, $version: Int) {
    transitionAccreditation(id: $id, action: $action, reason: $reason, version: $version) {
      id
      state
      version
    }
  }
`);

const StartAccreditationDocument = graphql(`
  mutation ConsoleStartAccreditation($centreId: ID!, $kind: AccreditationKind!, $candidateSince: LocalDate, $reason: String!) {
    startAccreditation(centreId: $centreId, kind: $kind, candidateSince: $candidateSince, reason: $reason) {
      id
      state
    }
  }
`);

export type AccreditationPipeline = ConsoleAccreditationPipelineQuery['accreditationPipeline'];
export type AccreditationStep = NonNullable<ConsoleAccreditationHistoryQuery['Accreditation']>['history'][number];
export type AccreditationToWatch = ConsoleAccreditationsToWatchQuery['allAccreditations'][number];

const AssessmentReportPdfDocument = graphql(`
  query ConsoleAssessmentReportPdf($id: ID!) {
    assessmentReportPdf(id: $id)
  }
`);

export const accreditationOperations = {
  /** A decided visit's report, as PDF bytes (the server audits each download). */
  assessmentReportPdf: async (params: { id: string }) => {
    const base64 = (await request(AssessmentReportPdfDocument, params)).assessmentReportPdf;
    return { data: Uint8Array.from(atob(base64), (c) => c.charCodeAt(0)) };
  },
  /** Head office's counts across the network. */
  accreditationPipeline: async () => ({ data: (await request(AccreditationPipelineDocument)).accreditationPipeline }),
  /** Every step of one accreditation, oldest first. */
  accreditationHistory: async (params: ConsoleAccreditationHistoryQueryVariables) => ({ data: (await request(AccreditationHistoryDocument, params)).Accreditation?.history ?? [] }),
  /** Accreditations matching a filter with their centres' names, and how many match. */
  accreditationsToWatch: async (params: ConsoleAccreditationsToWatchQueryVariables) => {
    const data = await request(AccreditationsToWatchDocument, params);
    return { data: data.allAccreditations, total: data._allAccreditationsMeta.count };
  },
  /** Head office takes a step (award, suspend, reinstate, remove, withdraw) with a reason. */
  transitionAccreditation: async (params: ConsoleTransitionAccreditationMutationVariables) => ({
    data: (await request(TransitionAccreditationDocument, params)).transitionAccreditation,
  }),
  /** Head office records a centre's application: a candidate of a kind. */
  startAccreditation: async (params: ConsoleStartAccreditationMutationVariables) => ({ data: (await request(StartAccreditationDocument, params)).startAccreditation }),
};
