/** Where the compliance matrix lives; `?organisationId=` or `?centreId=` says whose. */
export const TRAINING_MATRIX_PATH = '/training-matrix';

export type MatrixScope = { organisationId?: string; centreId?: string };

/** A link to the matrix of an organisation or a centre. */
export function trainingMatrixLink(scope: MatrixScope): { pathname: string; search: string } {
  const params = new URLSearchParams();
  if (scope.centreId) params.set('centreId', scope.centreId);
  else if (scope.organisationId) params.set('organisationId', scope.organisationId);
  const search = params.toString();
  return { pathname: TRAINING_MATRIX_PATH, search: search ? `?${search}` : '' };
}
