import { registerEnumType } from 'type-graphql';

/** The three sets of National Standards NACCC accredits against. */
export enum StandardSetKind {
  SUPPORTED_CENTRES = 'SUPPORTED_CENTRES',
  SUPERVISED_CENTRES = 'SUPERVISED_CENTRES',
  SUPERVISED_SERVICES = 'SUPERVISED_SERVICES',
}
registerEnumType(StandardSetKind, {
  name: 'StandardSetKind',
  valuesConfig: {
    SUPPORTED_CENTRES: { description: 'Supported child contact centres (Accreditation)' },
    SUPERVISED_CENTRES: { description: 'Supervised child contact centres (Enhanced Accreditation)' },
    SUPERVISED_SERVICES: { description: 'Supervised child contact services, with no venue of their own (Enhanced Accreditation)' },
  },
});

/** The kinds in words, for messages. */
export const KIND_WORDS: Readonly<Record<StandardSetKind, string>> = {
  SUPPORTED_CENTRES: 'Supported centres',
  SUPERVISED_CENTRES: 'Supervised centres',
  SUPERVISED_SERVICES: 'Supervised services',
};

/** Where a version of a set is in its life; the database allows only DRAFT -> PUBLISHED -> RETIRED. */
export enum StandardSetStatus {
  DRAFT = 'DRAFT',
  PUBLISHED = 'PUBLISHED',
  RETIRED = 'RETIRED',
}
registerEnumType(StandardSetStatus, {
  name: 'StandardSetStatus',
  valuesConfig: {
    DRAFT: { description: 'Being written by head office; not yet used by any assessment' },
    PUBLISHED: { description: 'The current version of its kind (at most one per kind); it can no longer change' },
    RETIRED: { description: 'Replaced by a later version; kept unchanged for the assessments that used it' },
  },
});
