import type { PersonType, ServiceType } from '../../gql/graphql';
import { SERVICE_TYPE_LABELS } from '../../labels';

/** Person types as a group of people, for sentences ("Coordinators, wherever they work"). */
const PEOPLE_OF_TYPE: Readonly<Record<PersonType, string>> = {
  VOLUNTEER: 'Volunteers',
  STAFF: 'Staff',
  SESSIONAL_WORKER: 'Sessional workers',
  COORDINATOR: 'Coordinators',
  TRUSTEE: 'Trustees',
};

/** A service as it reads inside a sentence: "supported contact". */
const serviceInSentence = (service: ServiceType) => {
  const label = SERVICE_TYPE_LABELS[service];
  return label.charAt(0).toLowerCase() + label.slice(1);
};

/**
 * One requirement row in words: who (a type of person, or everyone) and where (centres offering a
 * service, or wherever they work). Both empty: everyone.
 */
export function requirementInWords(requirement: { personType?: PersonType | null; serviceType?: ServiceType | null }): string {
  const who = requirement.personType ? PEOPLE_OF_TYPE[requirement.personType] : 'Everyone';
  if (requirement.serviceType) return `${who} at centres offering ${serviceInSentence(requirement.serviceType)}`;
  return requirement.personType ? `${who}, wherever they work` : 'Everyone';
}

/** How long a completion stays current: "3 years", "18 months", "Does not expire". */
export function validityInWords(months: number | null | undefined): string {
  if (months == null) return 'Does not expire';
  if (months % 12 === 0) return months === 12 ? '1 year' : `${months / 12} years`;
  return months === 1 ? '1 month' : `${months} months`;
}

/** "Safeguarding children and young people (SAF-1)" */
export const courseName = (course: { title: string; code: string }) => `${course.title} (${course.code})`;
