import { graphql } from '../gql';
import type {
  ConsolePersonTrainingQuery,
  ConsolePersonTrainingQueryVariables,
  ConsoleTrainingMatrixCsvQueryVariables,
  ConsoleTrainingMatrixQuery,
  ConsoleTrainingMatrixQueryVariables,
  ConsoleTrainingRecordsCsvQueryVariables,
} from '../gql/graphql';
import { request } from './request';

/**
 * Training as an organisation sees it (and head office, the training team and assessors, read
 * only): a person's mandatory courses, the compliance matrix of an organisation or a centre, and
 * their CSV files. Data-provider methods like operations.ts, each one typed document listed in
 * schema/persisted-documents.json by `pnpm codegen`. A person's training records are the
 * TrainingRecord resource's (react-admin's own methods); a person's mandatory courses are not
 * in the Person resource's documents (NESTED_READS in persistedDocuments.ts), so their page asks
 * for them here.
 */

const PersonTrainingDocument = graphql(`
  query ConsolePersonTraining($id: ID!) {
    Person(id: $id) {
      id
      trainingStatus
      trainingExpiresOn
      training {
        hoursLast12Months
        creditsLast12Months
        mandatory {
          courseId
          courseCode
          courseTitle
          state
          completedOn
          expiresOn
        }
      }
    }
  }
`);

const TrainingMatrixDocument = graphql(`
  query ConsoleTrainingMatrix($filter: TrainingMatrixFilter) {
    trainingMatrix(filter: $filter) {
      counts {
        total
        current
        expiring
        expired
        missing
      }
      courses {
        id
        code
        title
        validityMonths
      }
      rows {
        personId
        personName
        personType
        organisationId
        trainingStatus
        hoursLast12Months
        creditsLast12Months
        cells {
          courseId
          state
          completedOn
          expiresOn
        }
      }
    }
  }
`);

const TrainingMatrixCsvDocument = graphql(`
  query ConsoleTrainingMatrixCsv($filter: TrainingMatrixFilter) {
    trainingMatrixCsv(filter: $filter)
  }
`);

const TrainingRecordsCsvDocument = graphql(`
  query ConsoleTrainingRecordsCsv($filter: TrainingRecordFilter) {
    trainingRecordsCsv(filter: $filter)
  }
`);

export type PersonTraining = NonNullable<ConsolePersonTrainingQuery['Person']>;
export type MandatoryCourse = PersonTraining['training']['mandatory'][number];
export type TrainingMatrix = ConsoleTrainingMatrixQuery['trainingMatrix'];
export type TrainingMatrixRow = TrainingMatrix['rows'][number];
export type TrainingMatrixCourse = TrainingMatrix['courses'][number];

export const memberTrainingOperations = {
  /** A person's standing on each course mandatory for them, and their hours and credits over 12 months. */
  personTraining: async (params: ConsolePersonTrainingQueryVariables) => ({ data: (await request(PersonTrainingDocument, params)).Person ?? null }),
  /** People × mandatory courses for an organisation or a centre (a member's own by default). */
  trainingMatrix: async (params: ConsoleTrainingMatrixQueryVariables) => ({ data: (await request(TrainingMatrixDocument, params)).trainingMatrix }),
  /** The matrix as CSV, written (and audited) by the server. */
  trainingMatrixCsv: async (params: ConsoleTrainingMatrixCsvQueryVariables) => ({ data: (await request(TrainingMatrixCsvDocument, params)).trainingMatrixCsv }),
  /** The training records of a filter (a person, a centre, an organisation) as CSV, written (and audited) by the server. */
  trainingRecordsCsv: async (params: ConsoleTrainingRecordsCsvQueryVariables) => ({ data: (await request(TrainingRecordsCsvDocument, params)).trainingRecordsCsv }),
};
