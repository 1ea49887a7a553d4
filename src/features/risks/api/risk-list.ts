// The register's lists: the whole register with its filters, and a manager's review queue. Small modules loaded
// with the routes, so a cold load asks for the rows as soon as the router starts.
import { api, unwrap } from '@/shared/api/client';
import type { components, operations } from '@/shared/api/schema';
import type { ListParams } from '@/shared/list/use-list-state';
import { defineList } from '@/shared/list/define-list';
import { riskKeys } from './keys';

export type RiskPage = components['schemas']['RiskPage'];
export type RiskListItem = components['schemas']['RiskListItem'];
type RiskListQuery = NonNullable<operations['listRisks']['parameters']['query']>;

/** The URL holds strings; the API's booleans and levels are typed. */
function toQuery(params: ListParams, options: { export: boolean }): RiskListQuery {
  const query = { ...params, ...(options.export ? { export: true } : {}) } as RiskListQuery;
  if (typeof params.overdue === 'string') query.overdue = params.overdue === 'true';
  if (typeof params.likelihood === 'string') query.likelihood = Number(params.likelihood);
  if (typeof params.impact === 'string') query.impact = Number(params.impact);
  return query;
}

export const riskList = defineList({
  id: 'risks',
  defaultSort: '-reference',
  filters: {
    q: 'private',
    category: 'url',
    rating: 'url',
    status: 'url',
    ownerId: 'url',
    overdue: 'url',
    processorId: 'url',
    basis: 'url',
    likelihood: 'url',
    impact: 'url',
  },
  queryKey: riskKeys.list,
  fetchPage: async (params: ListParams, options: { export: boolean }) =>
    unwrap(await api.GET('/api/v1/risks', { params: { query: toQuery(params, options) } })),
});

/** Everything waiting for the signed-in manager, oldest first. */
export const riskQueueList = defineList({
  id: 'risks.queue',
  defaultSort: 'waitingSince',
  filters: {},
  queryKey: riskKeys.queue,
  fetchPage: async (params: ListParams, options: { export: boolean }) =>
    unwrap(
      await api.GET('/api/v1/risks', { params: { query: { ...toQuery(params, options), queue: true } } }),
    ),
});
