// The people directory, for pickers and for showing a name behind an id. One key factory for the concern.
import { useMemo } from 'react';
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/shared/api/client';
import type { components } from '@/shared/api/schema';

export type Person = components['schemas']['Person'];

export const peopleKeys = {
  all: ['people'] as const,
  search: (q: string) => [...peopleKeys.all, 'search', q] as const,
  byIds: (ids: readonly string[]) => [...peopleKeys.all, 'ids', [...ids].sort().join(',')] as const,
};

const SEARCH_PAGE_SIZE = 20;

export function peopleSearchQuery(q: string) {
  return queryOptions({
    queryKey: peopleKeys.search(q),
    queryFn: async ({ signal }) =>
      unwrap(
        await api.GET('/api/v1/people', { params: { query: { q, pageSize: SEARCH_PAGE_SIZE } }, signal }),
      ),
    // The directory changes rarely; a picker reopened within minutes need not ask again.
    staleTime: 5 * 60_000,
  });
}

export function peopleByIdsQuery(ids: readonly string[]) {
  const unique = [...new Set(ids)].filter(Boolean).sort();
  return queryOptions({
    queryKey: peopleKeys.byIds(unique),
    queryFn: async ({ signal }) =>
      unwrap(
        await api.GET('/api/v1/people', {
          params: { query: { ids: unique.join(','), pageSize: Math.max(1, Math.min(unique.length, 500)) } },
          signal,
        }),
      ),
    staleTime: 5 * 60_000,
    enabled: unique.length > 0,
  });
}

/** Search as the user types (the caller debounces); asks only from two characters on. */
export function usePeopleSearch(q: string) {
  const trimmed = q.trim();
  return useQuery({
    ...peopleSearchQuery(trimmed),
    enabled: trimmed.length >= 2,
    placeholderData: keepPreviousData,
  });
}

/** Resolves a set of known ids in one request, e.g. the hosts shown on a page of visits. */
export function usePeopleByIds(ids: readonly string[]) {
  const query = useQuery(peopleByIdsQuery(ids));
  const items = query.data?.items;
  const byId = useMemo(() => new Map((items ?? []).map((person) => [person.id, person])), [items]);
  return { ...query, byId };
}
