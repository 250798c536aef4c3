import type { StandardSetKind, StandardSetStatus } from '../../gql/graphql';

export const STANDARD_SET_KIND_LABELS: Readonly<Record<StandardSetKind, string>> = {
  SUPPORTED_CENTRES: 'Supported centres',
  SUPERVISED_CENTRES: 'Supervised centres',
  SUPERVISED_SERVICES: 'Supervised services',
};

export const STANDARD_SET_STATUS_LABELS: Readonly<Record<StandardSetStatus, string>> = {
  DRAFT: 'Draft',
  PUBLISHED: 'Current (published)',
  RETIRED: 'Retired',
};

/** What each status means, beside it on a set's page. */
export const STANDARD_SET_STATUS_MEANING: Readonly<Record<StandardSetStatus, string>> = {
  DRAFT: 'Being written: head office can still change it, and no assessment uses it yet.',
  PUBLISHED: 'The version assessments use now. It can no longer change: a revision is a new version.',
  RETIRED: 'Replaced by a later version. Kept exactly as it was for the assessments that used it.',
};

const choicesOf = <K extends string>(labels: Readonly<Record<K, string>>) => (Object.keys(labels) as K[]).map((id) => ({ id, name: labels[id] }));
export const standardSetKindChoices = choicesOf(STANDARD_SET_KIND_LABELS);
export const standardSetStatusChoices = choicesOf(STANDARD_SET_STATUS_LABELS);

/** "Supported centres, version 2024" */
export const standardSetName = (set: { kind: StandardSetKind; versionLabel: string }) => `${STANDARD_SET_KIND_LABELS[set.kind]}, version ${set.versionLabel}`;
