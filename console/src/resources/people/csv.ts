import { graphql } from '../../gql';
import type { ConsoleImportPeopleMutation } from '../../gql/graphql';

/** The people CSV operations: the server writes and reads the file; the console moves it. */

export const PeopleCsvDocument = graphql(`
  query ConsolePeopleCsv($filter: PersonFilter) {
    peopleCsv(filter: $filter)
  }
`);

export const ImportPeopleDocument = graphql(`
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

export type PeopleImportResult = ConsoleImportPeopleMutation['importPeople'];
export type ImportRowError = PeopleImportResult['errors'][number];
