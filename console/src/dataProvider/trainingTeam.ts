import { graphql } from '../gql';
import type {
  ConsoleEnrolInSessionMutationVariables,
  ConsolePeopleToEnrolQuery,
  ConsolePeopleToEnrolQueryVariables,
  ConsoleRecordCohortAttendanceMutation,
  ConsoleRecordCohortAttendanceMutationVariables,
  ConsoleRemoveEnrolmentMutationVariables,
  ConsoleRequestSessionPlacesMutationVariables,
  ConsoleTrainingOverviewQuery,
  ConsoleTrainingOverviewQueryVariables,
} from '../gql/graphql';
import { request } from './request';

/**
 * The training team's operations (and an organisation's request for places), beyond react-admin's
 * resource methods: data-provider methods like operations.ts, each one typed document listed in
 * schema/persisted-documents.json by `pnpm codegen`. After each mutation the page refreshes its
 * session through the data provider, so the mutations ask for little back.
 */

/**
 * People to offer on a session, found by name: each with their role and organisation, so two
 * people of the same name in different organisations can be told apart (the data provider's
 * Person documents carry only the organisation's id).
 */
const PeopleToEnrolDocument = graphql(`
  query ConsolePeopleToEnrol($filter: PersonFilter, $perPage: Int) {
    allPeople(filter: $filter, perPage: $perPage, sortField: "familyName", sortOrder: "ASC") {
      id
      fullName
      personType
      organisation {
        id
        name
      }
    }
  }
`);

const EnrolInSessionDocument = graphql(`
  mutation ConsoleEnrolInSession($sessionId: ID!, $personIds: [ID!]!) {
    enrolInSession(sessionId: $sessionId, personIds: $personIds) {
      id
      placesTaken
    }
  }
`);

const RequestSessionPlacesDocument = graphql(`
  mutation ConsoleRequestSessionPlaces($sessionId: ID!, $personIds: [ID!]!) {
    requestSessionPlaces(sessionId: $sessionId, personIds: $personIds) {
      id
      placesTaken
    }
  }
`);

const RemoveEnrolmentDocument = graphql(`
  mutation ConsoleRemoveEnrolment($id: ID!) {
    removeEnrolment(id: $id) {
      id
      placesTaken
    }
  }
`);

const RecordCohortAttendanceDocument = graphql(`
  mutation ConsoleRecordCohortAttendance($sessionId: ID!, $results: [CohortResultInput!]!) {
    recordCohortAttendance(sessionId: $sessionId, results: $results) {
      created
      corrected
      unchanged
      session {
        id
        status
      }
    }
  }
`);

graphql(`
  fragment ConsoleTrainingCounts on TrainingCounts {
    total
    current
    expiring
    expired
    missing
  }
`);

const TrainingOverviewDocument = graphql(`
  query ConsoleTrainingOverview($filter: TrainingOverviewFilter) {
    trainingOverview(filter: $filter) {
      totals {
        ...ConsoleTrainingCounts
      }
      byRegion {
        key
        label
        region
        counts {
          ...ConsoleTrainingCounts
        }
      }
      byOrganisation {
        key
        label
        region
        counts {
          ...ConsoleTrainingCounts
        }
      }
      byCourse {
        key
        label
        counts {
          ...ConsoleTrainingCounts
        }
      }
    }
  }
`);

export type PersonToEnrol = ConsolePeopleToEnrolQuery['allPeople'][number];
export type CohortAttendanceResult = ConsoleRecordCohortAttendanceMutation['recordCohortAttendance'];
export type TrainingOverview = ConsoleTrainingOverviewQuery['trainingOverview'];
export type TrainingCounts = TrainingOverview['totals'];
/** A region, an organisation or a course (courses have no region). */
export type TrainingAreaCompliance = Omit<TrainingOverview['byOrganisation'][number], 'region'>;

export const trainingTeamOperations = {
  /** Active people matching a name (within what the caller may see, and the filter given). */
  peopleToEnrol: async (params: ConsolePeopleToEnrolQueryVariables) => ({ data: (await request(PeopleToEnrolDocument, params)).allPeople }),
  /** The training team enrols people (confirming requested places): all or none, within capacity. */
  enrolInSession: async (params: ConsoleEnrolInSessionMutationVariables) => ({ data: (await request(EnrolInSessionDocument, params)).enrolInSession }),
  /** An organisation asks for places on an upcoming session for its own people. */
  requestSessionPlaces: async (params: ConsoleRequestSessionPlacesMutationVariables) => ({
    data: (await request(RequestSessionPlacesDocument, params)).requestSessionPlaces,
  }),
  /** A place given up (the training team: any; an organisation: a request not yet confirmed). */
  removeEnrolment: async (params: ConsoleRemoveEnrolmentMutationVariables) => ({ data: (await request(RemoveEnrolmentDocument, params)).removeEnrolment }),
  /** A session's whole cohort, all rows or none; a refused cohort's rows are in the error (rowErrorsOf). */
  recordCohortAttendance: async (params: ConsoleRecordCohortAttendanceMutationVariables) => ({
    data: (await request(RecordCohortAttendanceDocument, params)).recordCohortAttendance,
  }),
  /** The network's training compliance: totals, by region, by organisation, by course. */
  trainingOverview: async (params: ConsoleTrainingOverviewQueryVariables) => ({ data: (await request(TrainingOverviewDocument, params)).trainingOverview }),
};
