import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/shared/api/client';
import type { components } from '@/shared/api/schema';
import { visitKeys, type VisitListParams } from './keys';
import { sitesQuery, visitHistoryList } from './visit-history-list';

export type Visit = components['schemas']['Visit'];
export type VisitPage = components['schemas']['VisitPage'];
export type OnSite = components['schemas']['OnSite'];
export type ExpectedVisit = components['schemas']['ExpectedVisit'];
export type VisitRetention = components['schemas']['VisitRetention'];
export type Site = components['schemas']['Site'];

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

export function useVisitHistory(params: VisitListParams, enabled = true) {
  return useQuery({ ...visitHistoryList.query(params), enabled });
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

export type VisitHistoryWindow = components['schemas']['VisitHistoryWindow'];

/** How many days back the security desk reads the history (the officer sets it on the retention page). */
export function useHistoryWindow({ enabled = true }: { enabled?: boolean } = {}) {
  return useQuery({
    queryKey: visitKeys.historyWindow(),
    queryFn: async () => unwrap(await api.GET('/api/v1/visit-history-window')),
    enabled,
  });
}
