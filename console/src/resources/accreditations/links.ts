import type { AccreditationFilter } from '../../gql/graphql';

/** The accreditation list filtered to match (a pipeline count, a dashboard entry). */
export function accreditationListLink(filter: AccreditationFilter): { pathname: string; search: string } {
  return { pathname: '/Accreditation', search: `?filter=${encodeURIComponent(JSON.stringify(filter))}` };
}

export const accreditationPath = (id: string) => `/Accreditation/${encodeURIComponent(id)}/show`;
export const centrePath = (id: string) => `/Centre/${encodeURIComponent(id)}/show`;
