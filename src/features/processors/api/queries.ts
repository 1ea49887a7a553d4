import { keepPreviousData, queryOptions, useQuery, type QueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/shared/api/client';
import { prefetchBriefly } from '@/shared/api/route-prefetch';
import { listParamsAt } from '@/shared/data-table/use-list-state';
import type { components, operations } from '@/shared/api/schema';
import { processorKeys, type ProcessorListParams } from './keys';

export type Processor = components['schemas']['Processor'];
export type ProcessorListItem = components['schemas']['ProcessorListItem'];
export type ProcessorPage = components['schemas']['ProcessorPage'];
export type ProcessingContract = components['schemas']['ProcessingContract'];
export type ComplianceReview = components['schemas']['ComplianceReview'];
export type ReviewCadence = components['schemas']['ReviewCadence'];
export type ProcessorFlag = components['schemas']['ProcessorFlag'];
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

export function useProcessorList(params: ProcessorListParams) {
  return useQuery(processorListQuery(params));
}

export function processorQuery(id: string) {
  return queryOptions({
    queryKey: processorKeys.detail(id),
    queryFn: async () => unwrap(await api.GET('/api/v1/processors/{id}', { params: { path: { id } } })),
  });
}

export function useProcessor(id: string) {
  return useQuery(processorQuery(id));
}

export function processorContractsQuery(processorId: string) {
  return queryOptions({
    queryKey: processorKeys.contracts(processorId),
    queryFn: async () =>
      unwrap(await api.GET('/api/v1/processors/{id}/contracts', { params: { path: { id: processorId } } }))
        .items,
  });
}

export function useProcessorContracts(processorId: string) {
  return useQuery(processorContractsQuery(processorId));
}

export function contractQuery(id: string) {
  return queryOptions({
    queryKey: processorKeys.contract(id),
    queryFn: async () => unwrap(await api.GET('/api/v1/contracts/{id}', { params: { path: { id } } })),
  });
}

export function useContract(id: string) {
  return useQuery(contractQuery(id));
}

export function processorReviewsQuery(processorId: string) {
  return queryOptions({
    queryKey: processorKeys.reviews(processorId),
    queryFn: async () =>
      unwrap(await api.GET('/api/v1/processors/{id}/reviews', { params: { path: { id: processorId } } }))
        .items,
  });
}

export function useProcessorReviews(processorId: string) {
  return useQuery(processorReviewsQuery(processorId));
}

export function reviewQuery(id: string) {
  return queryOptions({
    queryKey: processorKeys.review(id),
    queryFn: async () => unwrap(await api.GET('/api/v1/reviews/{id}', { params: { path: { id } } })),
  });
}

export function useReview(id: string) {
  return useQuery(reviewQuery(id));
}

export const reviewCadenceQuery = queryOptions({
  queryKey: processorKeys.cadence(),
  queryFn: async () => unwrap(await api.GET('/api/v1/review-cadence')),
});

export function useReviewCadence() {
  return useQuery(reviewCadenceQuery);
}
