export const MY_VISITS_PATH = '/my-visits';
export const assessmentPath = (id: string) => `/Assessment/${encodeURIComponent(id)}/show`;
export const findingsPath = (id: string) => `/Assessment/${encodeURIComponent(id)}/findings`;
export const actionPath = (id: string) => `/ActionPlanItem/${encodeURIComponent(id)}/show`;
