// The register's list query and its route loader's prefetch. Its own small module, loaded with the routes (not
// with the page): on a cold load the page's data is asked for as soon as the router starts, not after a chunk
// of the module's queries has come in behind the page's own code.
import { keepPreviousData, queryOptions, type QueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/shared/api/client';
import { prefetchBriefly } from '@/shared/api/route-prefetch';
import type { components, operations } from '@/shared/api/schema';
import { listParamsAt } from '@/shared/data-table/use-list-state';
import { processorKeys, type ProcessorListParams } from './keys';

export type ProcessorPage = components['schemas']['ProcessorPage'];
export type ProcessorListQuery = NonNullable<operations['listProcessors']['parameters']['query']>;

/** The list endpoint's query from the table's URL state (filters arrive as strings). */
export function toListQuery(
  params: ProcessorListParams,
  overrides: Partial<ProcessorListQuery> = {},
): ProcessorListQuery {
  const query: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(params))
    if (value !== undefined && value !== '') query[key] = value;
  if (typeof query.flagged === 'string') query.flagged = query.flagged === 'true';
  return { ...(query as ProcessorListQuery), ...overrides };
}

export async function fetchProcessorPage(query: ProcessorListQuery): Promise<ProcessorPage> {
  return unwrap(await api.GET('/api/v1/processors', { params: { query } }));
}

export function processorListQuery(params: ProcessorListParams) {
  return queryOptions({
    queryKey: processorKeys.list(params),
    queryFn: () => fetchProcessorPage(toListQuery(params)),
    placeholderData: keepPreviousData,
  });
}

/** The register's URL state, shared by its page (useListState) and its route's loader. */
export const PROCESSOR_LIST = {
  tableId: 'processors',
  defaultSort: 'name',
  filterKeys: ['status', 'tier', 'country', 'dataCategory', 'reviewStatus', 'flagged', 'flag'],
  privateKeys: ['q'],
};

/** The route loader's half: the page of the register at this URL starts loading with the navigation (see prefetchBriefly). */
export async function prefetchProcessorList(queryClient: QueryClient, url: string) {
  await prefetchBriefly(
    queryClient,
    processorListQuery(listParamsAt(url, PROCESSOR_LIST.tableId, PROCESSOR_LIST)),
  );
}
