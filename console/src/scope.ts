import { usePermissions } from 'react-admin';
import type { Permissions } from './access';

/**
 * The permanent list filter for the grant the user is acting under. The server already limits
 * every list to everything the user may see; this narrows it to the chosen grant when they hold
 * several (e.g. administrator of two organisations, working on one at a time).
 */
export function useScopeFilter(resource: 'Centre' | 'Organisation' | 'User' | 'AuditEvent' | 'Person'): Record<string, unknown> {
  const { permissions } = usePermissions<Permissions>();
  const active = permissions?.active;
  if (!active || (permissions?.grants.length ?? 0) < 2) return {};
  switch (active.role) {
    case 'ORG_ADMIN':
      return resource === 'Organisation' ? { ids: [active.organisationId] } : { organisationId: active.organisationId };
    case 'CENTRE_COORDINATOR':
      if (resource === 'Person') return active.centreIds.length === 1 ? { centreId: active.centreIds[0] } : { organisationId: active.organisationId };
      return resource === 'Organisation' ? { ids: [active.organisationId] } : resource === 'Centre' ? { ids: active.centreIds } : {};
    case 'ASSESSOR':
      if (resource === 'Person') return active.centreIds.length === 1 ? { centreId: active.centreIds[0] } : {};
      return resource === 'Centre' ? { ids: active.centreIds } : {};
    default:
      return {};
  }
}

export function usePermissionsOrEmpty(): Permissions {
  const { permissions } = usePermissions<Permissions>();
  return permissions ?? { grants: [], active: undefined, face: undefined };
}
