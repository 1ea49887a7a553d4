import { keepPreviousData, queryOptions, useQuery, type QueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/shared/api/client';
import { prefetchBriefly } from '@/shared/api/route-prefetch';
import { listParamsAt } from '@/shared/data-table/use-list-state';
import type { components, operations } from '@/shared/api/schema';
import { visitKeys, type VisitListParams } from './keys';

export type Visit = components['schemas']['Visit'];
export type VisitPage = components['schemas']['VisitPage'];
export type OnSite = components['schemas']['OnSite'];
export type ExpectedVisit = components['schemas']['ExpectedVisit'];
export type VisitRetention = components['schemas']['VisitRetention'];
export type Site = components['schemas']['Site'];
export type VisitHistoryQuery = NonNullable<operations['listVisits']['parameters']['query']>;

/** Sites change about never: fetched once per session. */
export const sitesQuery = queryOptions({
  queryKey: visitKeys.sites(),
  queryFn: async () => unwrap(await api.GET('/api/v1/sites')).items,
  staleTime: Infinity,
});

export function useSites() {
  return useQuery(sitesQuery);
}

/** Everyone on site, refreshed every 30 s so a second desk's check-ins appear without a reload. */
export function onSiteQuery(siteId: string | undefined) {
  return queryOptions({
    queryKey: visitKeys.onSite(siteId),
    queryFn: async () => unwrap(await api.GET('/api/v1/visits/on-site', { params: { query: { siteId } } })),
    refetchInterval: 30_000,
    staleTime: 10_000,
  });
}

export function useOnSite(siteId: string | undefined) {
  return useQuery({ ...onSiteQuery(siteId), placeholderData: keepPreviousData });
}

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

export function useVisitHistory(params: VisitListParams, enabled = true) {
  return useQuery({ ...visitHistoryQuery(params), placeholderData: keepPreviousData, enabled });
}

export function useExpectedToday(siteId: string | undefined) {
  return useQuery({
    queryKey: visitKeys.expectedToday(siteId),
    queryFn: async () =>
      unwrap(
        await api.GET('/api/v1/expected-visits', {
          params: { query: { scope: 'desk', siteId, pageSize: 200 } },
        }),
      ),
    refetchInterval: 60_000,
    placeholderData: keepPreviousData,
  });
}

export function useMyExpectedVisits() {
  return useQuery({
    queryKey: visitKeys.myExpected(),
    queryFn: async () =>
      unwrap(
        await api.GET('/api/v1/expected-visits', { params: { query: { scope: 'mine', pageSize: 200 } } }),
      ),
  });
}

export function useRetention() {
  return useQuery({
    queryKey: visitKeys.retention(),
    queryFn: async () => unwrap(await api.GET('/api/v1/visit-retention')),
  });
}

export function retentionPreviewQuery(days: number) {
  return queryOptions({
    queryKey: visitKeys.retentionPreview(days),
    queryFn: async () =>
      unwrap(await api.GET('/api/v1/visit-retention/preview', { params: { query: { days } } })),
    staleTime: 0,
  });
}
