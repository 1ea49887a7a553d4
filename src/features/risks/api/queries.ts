import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/shared/api/client';
import type { components, operations } from '@/shared/api/schema';
import { riskKeys } from './keys';

export type Risk = components['schemas']['Risk'];
export type RiskAction = components['schemas']['RiskAction'];
export type RiskTimelineEntry = components['schemas']['RiskTimelineEntry'];
export type RiskHeatMap = components['schemas']['RiskHeatMap'];
export type RiskHeatMapQuery = NonNullable<operations['getRiskHeatMap']['parameters']['query']>;

export function riskQuery(id: string) {
  return queryOptions({
    queryKey: riskKeys.detail(id),
    queryFn: async () => unwrap(await api.GET('/api/v1/risks/{id}', { params: { path: { id } } })),
  });
}

export function useRisk(id: string) {
  return useQuery(riskQuery(id));
}

export function heatMapQuery(query: RiskHeatMapQuery) {
  return queryOptions({
    queryKey: riskKeys.heatMap(query),
    queryFn: async () => unwrap(await api.GET('/api/v1/risk-heat-map', { params: { query } })),
    placeholderData: keepPreviousData,
  });
}

export function useHeatMap(query: RiskHeatMapQuery) {
  return useQuery(heatMapQuery(query));
}
