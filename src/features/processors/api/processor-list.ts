// The register's list: filters, order, endpoint. Its own small module, loaded with the routes (not with the
// page): on a cold load the page's data is asked for as soon as the router starts, not after a chunk.
import { api, unwrap } from '@/shared/api/client';
import type { components, operations } from '@/shared/api/schema';
import type { ListParams } from '@/shared/list/use-list-state';
import { defineList } from '@/shared/list/define-list';
import { processorKeys } from './keys';

export type ProcessorPage = components['schemas']['ProcessorPage'];
export type ProcessorListItem = components['schemas']['ProcessorListItem'];
type ProcessorListQuery = NonNullable<operations['listProcessors']['parameters']['query']>;

export const processorList = defineList({
  id: 'processors',
  defaultSort: 'name',
  filters: {
    q: 'private',
    status: 'url',
    tier: 'url',
    country: 'url',
    dataCategory: 'url',
    reviewStatus: 'url',
    flagged: 'url',
    flag: 'url',
  },
  queryKey: processorKeys.list,
  fetchPage: async (params: ListParams, options: { export: boolean }) => {
    const query = { ...params, ...(options.export ? { export: true } : {}) } as ProcessorListQuery;
    // The URL holds strings; the API's flagged= is a boolean.
    if (typeof params.flagged === 'string') query.flagged = params.flagged === 'true';
    return unwrap(await api.GET('/api/v1/processors', { params: { query } }));
  },
});
