import { useQuery } from '@tanstack/react-query';
import { useConsoleDataProvider } from '../../dataProvider';
import { usePermissionsOrEmpty } from '../../scope';

export type { AttentionPerson, ClearanceCounts, ClearanceSummary } from '../../dataProvider';

/** The grant acted under narrows the summary when the user holds several (as lists do). */
function useSummaryFilter() {
  const { active } = usePermissionsOrEmpty();
  if (active?.role === 'ORG_ADMIN' && active.organisationId) return { organisationId: active.organisationId };
  if (active?.role === 'CENTRE_COORDINATOR' && active.centreIds.length === 1) return { centreId: active.centreIds[0] };
  return {};
}

/**
 * Through the data provider and react-admin's own query client: an ended session sends the user to
 * sign in, and react-admin's refresh button and every save (which invalidate all queries) bring
 * the dashboard up to date.
 */
export function useClearanceSummary() {
  const dataProvider = useConsoleDataProvider();
  const filter = useSummaryFilter();
  return useQuery({
    queryKey: ['console', 'clearanceSummary', filter],
    queryFn: async () => (await dataProvider.clearanceSummary({ filter })).data,
  });
}

export function useClearanceTotals() {
  const dataProvider = useConsoleDataProvider();
  return useQuery({
    queryKey: ['console', 'clearanceTotals'],
    queryFn: async () => (await dataProvider.clearanceTotals()).data,
  });
}

/** A link to the people list showing active people with this clearance status (and centre). */
export function peopleListLink(filter: Record<string, string | boolean>): { pathname: string; search: string } {
  return { pathname: '/Person', search: `?filter=${encodeURIComponent(JSON.stringify({ status: 'ACTIVE', ...filter }))}` };
}
