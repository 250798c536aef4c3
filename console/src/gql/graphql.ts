/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type ClearanceStatus =
  /** DBS current at the level their centres need */
  | 'CLEARED'
  /** The latest DBS is no longer current */
  | 'EXPIRED'
  /** Cleared, but the DBS stops being current within the warning window (90 days by default) */
  | 'EXPIRING'
  /** No DBS check recorded */
  | 'MISSING_DBS'
  /** An Update Service status check found new information: a fresh check is needed */
  | 'NEEDS_NEW_CHECK'
  /** The latest DBS decision was not to clear them */
  | 'NOT_CLEARED'
  /** The latest DBS is below the level their centres' services need */
  | 'WRONG_LEVEL';

export type ClearanceSummaryFilter = {
  centreId?: string | number | null | undefined;
  organisationId?: string | number | null | undefined;
};

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

export type StatusCheckResult =
  | 'NEW_INFORMATION'
  | 'NO_NEW_INFORMATION';

export type ConsoleLoginMutationVariables = Exact<{
  email: string;
  password: string;
}>;


export type ConsoleLoginMutation = { login: { id: string } | null };

export type ConsoleLogoutMutationVariables = Exact<{ [key: string]: never; }>;


export type ConsoleLogoutMutation = { logout: boolean };

export type ConsoleMeQueryVariables = Exact<{ [key: string]: never; }>;


export type ConsoleMeQuery = { me: { id: string, email: string, displayName: string, grants: Array<{ id: string, role: Role, organisationId: string | null, centreIds: Array<string>, organisation: { id: string, name: string } | null }> } };

export type ConsoleAcceptInviteMutationVariables = Exact<{
  token: string;
  password: string;
}>;


export type ConsoleAcceptInviteMutation = { acceptInvite: boolean };

export type ConsoleClearanceCountsFragment = { total: number, cleared: number, expiring: number, expired: number, missingDbs: number, wrongLevel: number, notCleared: number, needsNewCheck: number, cannotBeRostered: number };

export type ConsoleClearanceSummaryQueryVariables = Exact<{
  filter?: ClearanceSummaryFilter | null | undefined;
}>;


export type ConsoleClearanceSummaryQuery = { clearanceSummary: { totals: { total: number, cleared: number, expiring: number, expired: number, missingDbs: number, wrongLevel: number, notCleared: number, needsNewCheck: number, cannotBeRostered: number }, centres: Array<{ centreId: string, centreName: string, counts: { total: number, cleared: number, expiring: number, expired: number, missingDbs: number, wrongLevel: number, notCleared: number, needsNewCheck: number, cannotBeRostered: number } }>, expiringSoon: Array<{ id: string, fullName: string, clearanceStatus: ClearanceStatus, clearanceExpiresOn: string | null, clearanceAction: string | null }>, cannotBeRostered: Array<{ id: string, fullName: string, clearanceStatus: ClearanceStatus, clearanceExpiresOn: string | null, clearanceAction: string | null }> } };

export type ConsoleClearanceTotalsQueryVariables = Exact<{ [key: string]: never; }>;


export type ConsoleClearanceTotalsQuery = { clearanceSummary: { totals: { total: number, cleared: number, expiring: number, expired: number, missingDbs: number, wrongLevel: number, notCleared: number, needsNewCheck: number, cannotBeRostered: number } } };

export type ConsoleExportOrganisationQueryVariables = Exact<{
  id: string | number;
}>;


export type ConsoleExportOrganisationQuery = { exportOrganisation: unknown };

export type ConsoleRecordDbsStatusCheckMutationVariables = Exact<{
  id: string | number;
  checkedOn: string;
  result: StatusCheckResult;
}>;


export type ConsoleRecordDbsStatusCheckMutation = { recordDbsStatusCheck: { id: string, lastStatusCheckDate: string | null, lastStatusCheckResult: StatusCheckResult | null } | null };

export type ConsoleRevealDbsCertificateNumberMutationVariables = Exact<{
  id: string | number;
  reason: string;
}>;


export type ConsoleRevealDbsCertificateNumberMutation = { revealDbsCertificateNumber: string | null };

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

export const ConsoleClearanceCountsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConsoleClearanceCounts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ClearanceCounts"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"cleared"}},{"kind":"Field","name":{"kind":"Name","value":"expiring"}},{"kind":"Field","name":{"kind":"Name","value":"expired"}},{"kind":"Field","name":{"kind":"Name","value":"missingDbs"}},{"kind":"Field","name":{"kind":"Name","value":"wrongLevel"}},{"kind":"Field","name":{"kind":"Name","value":"notCleared"}},{"kind":"Field","name":{"kind":"Name","value":"needsNewCheck"}},{"kind":"Field","name":{"kind":"Name","value":"cannotBeRostered"}}]}}]} as unknown as DocumentNode<ConsoleClearanceCountsFragment, unknown>;
export const ConsoleLoginDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleLogin"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"email"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"password"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"login"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"email"},"value":{"kind":"Variable","name":{"kind":"Name","value":"email"}}},{"kind":"Argument","name":{"kind":"Name","value":"password"},"value":{"kind":"Variable","name":{"kind":"Name","value":"password"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<ConsoleLoginMutation, ConsoleLoginMutationVariables>;
export const ConsoleLogoutDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleLogout"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"logout"}}]}}]} as unknown as DocumentNode<ConsoleLogoutMutation, ConsoleLogoutMutationVariables>;
export const ConsoleMeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsoleMe"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"grants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"organisationId"}},{"kind":"Field","name":{"kind":"Name","value":"centreIds"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ConsoleMeQuery, ConsoleMeQueryVariables>;
export const ConsoleAcceptInviteDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleAcceptInvite"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"token"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"password"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acceptInvite"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"token"},"value":{"kind":"Variable","name":{"kind":"Name","value":"token"}}},{"kind":"Argument","name":{"kind":"Name","value":"password"},"value":{"kind":"Variable","name":{"kind":"Name","value":"password"}}}]}]}}]} as unknown as DocumentNode<ConsoleAcceptInviteMutation, ConsoleAcceptInviteMutationVariables>;
export const ConsoleClearanceSummaryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsoleClearanceSummary"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ClearanceSummaryFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"clearanceSummary"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConsoleClearanceCounts"}}]}},{"kind":"Field","name":{"kind":"Name","value":"centres"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"centreId"}},{"kind":"Field","name":{"kind":"Name","value":"centreName"}},{"kind":"Field","name":{"kind":"Name","value":"counts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConsoleClearanceCounts"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"expiringSoon"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"clearanceStatus"}},{"kind":"Field","name":{"kind":"Name","value":"clearanceExpiresOn"}},{"kind":"Field","name":{"kind":"Name","value":"clearanceAction"}}]}},{"kind":"Field","name":{"kind":"Name","value":"cannotBeRostered"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"clearanceStatus"}},{"kind":"Field","name":{"kind":"Name","value":"clearanceExpiresOn"}},{"kind":"Field","name":{"kind":"Name","value":"clearanceAction"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConsoleClearanceCounts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ClearanceCounts"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"cleared"}},{"kind":"Field","name":{"kind":"Name","value":"expiring"}},{"kind":"Field","name":{"kind":"Name","value":"expired"}},{"kind":"Field","name":{"kind":"Name","value":"missingDbs"}},{"kind":"Field","name":{"kind":"Name","value":"wrongLevel"}},{"kind":"Field","name":{"kind":"Name","value":"notCleared"}},{"kind":"Field","name":{"kind":"Name","value":"needsNewCheck"}},{"kind":"Field","name":{"kind":"Name","value":"cannotBeRostered"}}]}}]} as unknown as DocumentNode<ConsoleClearanceSummaryQuery, ConsoleClearanceSummaryQueryVariables>;
export const ConsoleClearanceTotalsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsoleClearanceTotals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"clearanceSummary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConsoleClearanceCounts"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConsoleClearanceCounts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ClearanceCounts"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"cleared"}},{"kind":"Field","name":{"kind":"Name","value":"expiring"}},{"kind":"Field","name":{"kind":"Name","value":"expired"}},{"kind":"Field","name":{"kind":"Name","value":"missingDbs"}},{"kind":"Field","name":{"kind":"Name","value":"wrongLevel"}},{"kind":"Field","name":{"kind":"Name","value":"notCleared"}},{"kind":"Field","name":{"kind":"Name","value":"needsNewCheck"}},{"kind":"Field","name":{"kind":"Name","value":"cannotBeRostered"}}]}}]} as unknown as DocumentNode<ConsoleClearanceTotalsQuery, ConsoleClearanceTotalsQueryVariables>;
export const ConsoleExportOrganisationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsoleExportOrganisation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"exportOrganisation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}]}}]} as unknown as DocumentNode<ConsoleExportOrganisationQuery, ConsoleExportOrganisationQueryVariables>;
export const ConsoleRecordDbsStatusCheckDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleRecordDbsStatusCheck"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"checkedOn"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LocalDate"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"result"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"StatusCheckResult"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordDbsStatusCheck"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"checkedOn"},"value":{"kind":"Variable","name":{"kind":"Name","value":"checkedOn"}}},{"kind":"Argument","name":{"kind":"Name","value":"result"},"value":{"kind":"Variable","name":{"kind":"Name","value":"result"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"lastStatusCheckDate"}},{"kind":"Field","name":{"kind":"Name","value":"lastStatusCheckResult"}}]}}]}}]} as unknown as DocumentNode<ConsoleRecordDbsStatusCheckMutation, ConsoleRecordDbsStatusCheckMutationVariables>;
export const ConsoleRevealDbsCertificateNumberDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleRevealDbsCertificateNumber"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revealDbsCertificateNumber"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}]}]}}]} as unknown as DocumentNode<ConsoleRevealDbsCertificateNumberMutation, ConsoleRevealDbsCertificateNumberMutationVariables>;
export const ConsolePeopleCsvDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsolePeopleCsv"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PersonFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"peopleCsv"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}]}]}}]} as unknown as DocumentNode<ConsolePeopleCsvQuery, ConsolePeopleCsvQueryVariables>;
export const ConsoleImportPeopleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleImportPeople"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"organisationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"csv"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"dryRun"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"importPeople"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"organisationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"organisationId"}}},{"kind":"Argument","name":{"kind":"Name","value":"csv"},"value":{"kind":"Variable","name":{"kind":"Name","value":"csv"}}},{"kind":"Argument","name":{"kind":"Name","value":"dryRun"},"value":{"kind":"Variable","name":{"kind":"Name","value":"dryRun"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"imported"}},{"kind":"Field","name":{"kind":"Name","value":"rows"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"row"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<ConsoleImportPeopleMutation, ConsoleImportPeopleMutationVariables>;