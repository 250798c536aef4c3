import { graphql } from '../gql';
import type {
  ConsoleAcceptInviteMutationVariables,
  ConsoleClearanceSummaryQuery,
  ConsoleClearanceSummaryQueryVariables,
  ConsoleExportOrganisationQueryVariables,
  ConsoleImportPeopleMutation,
  ConsoleImportPeopleMutationVariables,
  ConsolePeopleCsvQueryVariables,
  ConsoleRecordDbsStatusCheckMutationVariables,
  ConsoleRevealDbsCertificateNumberMutationVariables,
} from '../gql/graphql';
import { request } from './request';

/**
 * The console's operations beyond react-admin's resource methods, as data-provider methods (each
 * answers `{ data }`, as react-admin's own do). Each sends one typed document, listed in
 * schema/persisted-documents.json by `pnpm codegen`.
 */

graphql(`
  fragment ConsoleClearanceCounts on ClearanceCounts {
    total
    cleared
    expiring
    expired
    missingDbs
    wrongLevel
    notCleared
    needsNewCheck
    trainingMissing
    trainingExpired
    trainingExpiring
    cannotBeRostered
  }
`);

/** The safeguarding lead's view: counts per centre and the people who need something done. */
const ClearanceSummaryDocument = graphql(`
  query ConsoleClearanceSummary($filter: ClearanceSummaryFilter) {
    clearanceSummary(filter: $filter) {
      totals {
        ...ConsoleClearanceCounts
      }
      centres {
        centreId
        centreName
        counts {
          ...ConsoleClearanceCounts
        }
      }
      expiringSoon {
        id
        fullName
        clearanceStatus
        clearanceExpiresOn
        trainingExpiresOn
        clearanceAction
      }
      cannotBeRostered {
        id
        fullName
        clearanceStatus
        clearanceExpiresOn
        trainingExpiresOn
        clearanceAction
      }
    }
  }
`);

/** Head office, training team and assessors: compliance totals, nobody named. */
const ClearanceTotalsDocument = graphql(`
  query ConsoleClearanceTotals {
    clearanceSummary {
      totals {
        ...ConsoleClearanceCounts
      }
    }
  }
`);

const PeopleCsvDocument = graphql(`
  query ConsolePeopleCsv($filter: PersonFilter) {
    peopleCsv(filter: $filter)
  }
`);

const ImportPeopleDocument = graphql(`
  mutation ConsoleImportPeople($organisationId: ID!, $csv: String!, $dryRun: Boolean) {
    importPeople(organisationId: $organisationId, csv: $csv, dryRun: $dryRun) {
      imported
      rows
      errors {
        row
        field
        message
      }
    }
  }
`);

const ExportOrganisationDocument = graphql(`
  query ConsoleExportOrganisation($id: ID!) {
    exportOrganisation(id: $id)
  }
`);

const RevealDbsCertificateNumberDocument = graphql(`
  mutation ConsoleRevealDbsCertificateNumber($id: ID!, $reason: String!) {
    revealDbsCertificateNumber(id: $id, reason: $reason)
  }
`);

const RecordDbsStatusCheckDocument = graphql(`
  mutation ConsoleRecordDbsStatusCheck($id: ID!, $checkedOn: LocalDate!, $result: StatusCheckResult!) {
    recordDbsStatusCheck(id: $id, checkedOn: $checkedOn, result: $result) {
      id
      lastStatusCheckDate
      lastStatusCheckResult
    }
  }
`);

const AcceptInviteDocument = graphql(`
  mutation ConsoleAcceptInvite($token: String!, $password: String!) {
    acceptInvite(token: $token, password: $password)
  }
`);

export type ClearanceSummary = ConsoleClearanceSummaryQuery['clearanceSummary'];
export type ClearanceCounts = ClearanceSummary['totals'];
export type AttentionPerson = ClearanceSummary['expiringSoon'][number];
export type PeopleImportResult = ConsoleImportPeopleMutation['importPeople'];
export type ImportRowError = PeopleImportResult['errors'][number];

export const operations = {
  /** An organisation's or a centre's clearance: counts per centre, and who needs something done. */
  clearanceSummary: async (params: ConsoleClearanceSummaryQueryVariables) => ({ data: (await request(ClearanceSummaryDocument, params)).clearanceSummary }),
  /** Clearance totals of everything the caller sees. */
  clearanceTotals: async () => ({ data: (await request(ClearanceTotalsDocument)).clearanceSummary.totals }),
  /** The people of a filter as CSV, written by the server. */
  peopleCsv: async (params: ConsolePeopleCsvQueryVariables) => ({ data: (await request(PeopleCsvDocument, params)).peopleCsv }),
  /** Checks (dryRun) or imports a CSV of people: all or nothing, every problem by row. */
  importPeople: async (params: ConsoleImportPeopleMutationVariables) => ({ data: (await request(ImportPeopleDocument, params)).importPeople }),
  /** Everything an organisation owns, as one JSON value (audited by the server). */
  exportOrganisation: async (params: ConsoleExportOrganisationQueryVariables) => ({ data: (await request(ExportOrganisationDocument, params)).exportOrganisation }),
  /** A DBS certificate number, once, with a reason (audited by the server); null when no longer held. */
  revealCertificateNumber: async (params: ConsoleRevealDbsCertificateNumberMutationVariables) => ({
    data: (await request(RevealDbsCertificateNumberDocument, params)).revealDbsCertificateNumber ?? null,
  }),
  /** An Update Service status check and its result, against a DBS check. */
  recordStatusCheck: async (params: ConsoleRecordDbsStatusCheckMutationVariables) => ({ data: (await request(RecordDbsStatusCheckDocument, params)).recordDbsStatusCheck }),
  /** Sets the password of an invited user (no session needed). */
  acceptInvite: async (params: ConsoleAcceptInviteMutationVariables) => ({ data: (await request(AcceptInviteDocument, params)).acceptInvite }),
};
