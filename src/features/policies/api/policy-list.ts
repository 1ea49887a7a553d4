// The policy library's list: filters, order, endpoint. Its own small module, loaded with the routes, so a cold
// load asks for the rows as soon as the router starts.
import { api, unwrap } from '@/shared/api/client';
import type { components, operations } from '@/shared/api/schema';
import type { ListParams } from '@/shared/list/use-list-state';
import { defineList } from '@/shared/list/define-list';
import { policyKeys } from './keys';

export type PolicyListItem = components['schemas']['PolicyListItem'];
type PolicyListQuery = NonNullable<operations['listPolicies']['parameters']['query']>;

export const policyList = defineList({
  id: 'policies',
  defaultSort: 'title',
  filters: { q: 'url', status: 'url', category: 'url' },
  queryKey: policyKeys.list,
  fetchPage: async (params: ListParams) =>
    unwrap(await api.GET('/api/v1/policies', { params: { query: params as PolicyListQuery } })),
});
