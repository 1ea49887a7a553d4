// The visit history's list, and the sites its rows name. Its own small module, loaded with the routes (not
// with the page): on a cold load the page's data is asked for as soon as the router starts, not after a chunk.
import { queryOptions } from '@tanstack/react-query';
import { api, unwrap } from '@/shared/api/client';
import type { operations } from '@/shared/api/schema';
import type { ListParams } from '@/shared/list/use-list-state';
import { defineList } from '@/shared/list/define-list';
import { visitKeys } from './keys';

type VisitHistoryQuery = NonNullable<operations['listVisits']['parameters']['query']>;

/** Sites change about never: fetched once per session. */
export const sitesQuery = queryOptions({
  queryKey: visitKeys.sites(),
  queryFn: async () => unwrap(await api.GET('/api/v1/sites')).items,
  staleTime: Infinity,
});

export const visitHistoryList = defineList({
  id: 'visits.history',
  defaultSort: '-checkedInAt',
  // Free text about people stays out of the URL.
  filters: {
    from: 'url',
    to: 'url',
    hostId: 'url',
    company: 'url',
    siteId: 'url',
    status: 'url',
    q: 'private',
  },
  queryKey: visitKeys.history,
  fetchPage: async (params: ListParams, options: { export: boolean }) => {
    const query = { ...params, ...(options.export ? { export: true } : {}) } as VisitHistoryQuery;
    return unwrap(await api.GET('/api/v1/visits', { params: { query } }));
  },
  companions: [sitesQuery],
});
