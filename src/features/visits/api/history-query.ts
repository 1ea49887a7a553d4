// The visit history's list query and its route loader's prefetch. Its own small module, loaded with the
// routes (not with the page): on a cold load the page's data is asked for as soon as the router starts, not
// after a chunk of the module's queries has come in behind the page's own code.
import { queryOptions, type QueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/shared/api/client';
import { prefetchBriefly } from '@/shared/api/route-prefetch';
import type { operations } from '@/shared/api/schema';
import { listParamsAt } from '@/shared/data-table/use-list-state';
import { visitKeys, type VisitListParams } from './keys';

export type VisitHistoryQuery = NonNullable<operations['listVisits']['parameters']['query']>;

/** Sites change about never: fetched once per session. */
export const sitesQuery = queryOptions({
  queryKey: visitKeys.sites(),
  queryFn: async () => unwrap(await api.GET('/api/v1/sites')).items,
  staleTime: Infinity,
});

/** Drops empty filters, so '' never reaches the server (and never splits the cache). */
export function toHistoryQuery(params: VisitListParams): VisitHistoryQuery {
  const query: Record<string, string | number> = {};
  for (const [key, value] of Object.entries(params))
    if (value !== undefined && value !== '') query[key] = value;
  return query as VisitHistoryQuery;
}

export async function fetchVisitHistory(query: VisitHistoryQuery) {
  return unwrap(await api.GET('/api/v1/visits', { params: { query } }));
}

export function visitHistoryQuery(params: VisitListParams) {
  return queryOptions({
    queryKey: visitKeys.history(params),
    queryFn: () => fetchVisitHistory(toHistoryQuery(params)),
  });
}

/** The history list's URL state, shared by its page (useListState) and its route's loader. */
export const HISTORY_LIST = {
  tableId: 'visits.history',
  defaultSort: '-checkedInAt',
  filterKeys: ['from', 'to', 'hostId', 'company', 'siteId', 'status'],
  // Free text about people stays out of the URL.
  privateKeys: ['q'],
};

/**
 * The route loader's half: the page of history at this URL, and the sites its rows name, start loading with
 * the navigation, side by side (see prefetchBriefly).
 */
export async function prefetchVisitHistory(queryClient: QueryClient, url: string) {
  await Promise.all([
    prefetchBriefly(queryClient, visitHistoryQuery(listParamsAt(url, HISTORY_LIST.tableId, HISTORY_LIST))),
    prefetchBriefly(queryClient, sitesQuery),
  ]);
}
