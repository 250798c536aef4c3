import { useQuery } from '@tanstack/react-query';
import { request } from '../../api';
import { graphql } from '../../gql';
import type { ConsoleClearanceSummaryQuery } from '../../gql/graphql';
import { usePermissionsOrEmpty } from '../../scope';

graphql(`
  fragment ConsoleClearanceCounts on ClearanceCounts {
    total
    cleared
    expiring
    expired
    missingDbs
    wrongLevel
    notCleared
    needsNewCheck
    cannotBeRostered
  }
`);

/** The safeguarding lead's view: counts per centre and the people who need something done. */
const ClearanceSummaryDocument = graphql(`
  query ConsoleClearanceSummary($filter: ClearanceSummaryFilter) {
    clearanceSummary(filter: $filter) {
      totals {
        ...ConsoleClearanceCounts
      }
      centres {
        centreId
        centreName
        counts {
          ...ConsoleClearanceCounts
        }
      }
      expiringSoon {
        id
        fullName
        clearanceStatus
        clearanceExpiresOn
        clearanceAction
      }
      cannotBeRostered {
        id
        fullName
        clearanceStatus
        clearanceExpiresOn
        clearanceAction
      }
    }
  }
`);

/** Head office, training team and assessors: compliance totals, nobody named. */
const ClearanceTotalsDocument = graphql(`
  query ConsoleClearanceTotals {
    clearanceSummary {
      totals {
        ...ConsoleClearanceCounts
      }
    }
  }
`);

export type ClearanceSummary = ConsoleClearanceSummaryQuery['clearanceSummary'];
export type ClearanceCounts = ClearanceSummary['totals'];
export type AttentionPerson = ClearanceSummary['expiringSoon'][number];

/** The grant acted under narrows the summary when the user holds several (as lists do). */
function useSummaryFilter() {
  const { active } = usePermissionsOrEmpty();
  if (active?.role === 'ORG_ADMIN' && active.organisationId) return { organisationId: active.organisationId };
  if (active?.role === 'CENTRE_COORDINATOR' && active.centreIds.length === 1) return { centreId: active.centreIds[0] };
  return {};
}

/**
 * Through react-admin's own query client, so its refresh button and every save (which
 * invalidate all queries) bring the dashboard up to date.
 */
export function useClearanceSummary() {
  const filter = useSummaryFilter();
  return useQuery({
    queryKey: ['console', 'clearanceSummary', filter],
    queryFn: async () => (await request(ClearanceSummaryDocument, { filter })).clearanceSummary,
  });
}

export function useClearanceTotals() {
  return useQuery({
    queryKey: ['console', 'clearanceTotals'],
    queryFn: async () => (await request(ClearanceTotalsDocument)).clearanceSummary.totals,
  });
}

/** A link to the people list showing active people with this clearance status (and centre). */
export function peopleListLink(filter: Record<string, string | boolean>): { pathname: string; search: string } {
  return { pathname: '/Person', search: `?filter=${encodeURIComponent(JSON.stringify({ status: 'ACTIVE', ...filter }))}` };
}
