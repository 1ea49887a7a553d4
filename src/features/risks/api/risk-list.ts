// The register's lists: the whole register with its filters, and a manager's review queue. Small modules loaded
// with the routes, so a cold load asks for the rows as soon as the router starts.
import { api, unwrap } from '@/shared/api/client';
import type { components, operations } from '@/shared/api/schema';
import type { ListParams } from '@/shared/list/use-list-state';
import { defineList } from '@/shared/list/define-list';
import {
  RISK_CATEGORIES,
  RISK_LEVEL_VALUES,
  RISK_RATINGS,
  RISK_SCORE_BASES,
  RISK_SORT_KEYS,
  RISK_STATUSES,
} from '../model/codes';
import { riskKeys } from './keys';

export type RiskPage = components['schemas']['RiskPage'];
export type RiskListItem = components['schemas']['RiskListItem'];
type RiskListQuery = NonNullable<operations['listRisks']['parameters']['query']>;

const DEFAULT_SORT = '-reference';

/** The values each filter of the URL may take: anything else was typed in, or is left from an older link. */
const FILTER_VALUES: Record<string, readonly string[]> = {
  category: RISK_CATEGORIES,
  rating: RISK_RATINGS,
  status: RISK_STATUSES,
  overdue: ['true', 'false'],
  basis: RISK_SCORE_BASES,
  likelihood: RISK_LEVEL_VALUES,
  impact: RISK_LEVEL_VALUES,
};

const isSortable = (sort: string) => (RISK_SORT_KEYS as readonly string[]).includes(sort.replace(/^-/, ''));

/** The filters and order of these params that the register does not take (field and value), for a notice. */
export function invalidListParams(params: Record<string, unknown>): { field: string; value: string }[] {
  const invalid: { field: string; value: string }[] = [];
  for (const [field, values] of Object.entries(FILTER_VALUES)) {
    const value = params[field];
    if (typeof value === 'string' && value !== '' && !values.includes(value)) invalid.push({ field, value });
  }
  if (typeof params.sort === 'string' && params.sort !== '' && !isSortable(params.sort))
    invalid.push({ field: 'sort', value: params.sort });
  return invalid;
}

/**
 * The params without what the register does not take: a bad value typed into the address bar (?likelihood=9,
 * ?sort=bogus) is ignored, so the list loads instead of answering 422; the page clears it from the URL.
 */
export function validListParams<P extends ListParams>(params: P, defaultSort?: string): P {
  const invalid = invalidListParams(params);
  if (invalid.length === 0) return params;
  const valid: Record<string, unknown> = { ...params };
  for (const { field } of invalid) delete valid[field];
  if (invalid.some((entry) => entry.field === 'sort') && defaultSort) valid.sort = defaultSort;
  return valid as P;
}

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
  defaultSort: DEFAULT_SORT,
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
  queryKey: (params) => riskKeys.list(validListParams(params, DEFAULT_SORT)),
  fetchPage: async (params: ListParams, options: { export: boolean }) =>
    unwrap(
      await api.GET('/api/v1/risks', {
        params: { query: toQuery(validListParams(params, DEFAULT_SORT), options) },
      }),
    ),
});

/** Everything waiting for the signed-in manager, oldest first. */
export const riskQueueList = defineList({
  id: 'risks.queue',
  defaultSort: 'waitingSince',
  filters: {},
  queryKey: (params) => riskKeys.queue(validListParams(params, 'waitingSince')),
  fetchPage: async (params: ListParams, options: { export: boolean }) =>
    unwrap(
      await api.GET('/api/v1/risks', {
        params: { query: { ...toQuery(validListParams(params, 'waitingSince'), options), queue: true } },
      }),
    ),
});
