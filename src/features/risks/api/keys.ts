// The one query-key factory of the risk register: every cached answer lives under ['risks'], so a write can
// refresh the list, the queue, the heat map and the record with one invalidation.
export type RiskListParams = { page: number; pageSize: number; sort?: string } & Record<
  string,
  string | number | undefined
>;

export const riskKeys = {
  all: ['risks'] as const,
  lists: () => [...riskKeys.all, 'list'] as const,
  list: (params: RiskListParams) => [...riskKeys.lists(), params] as const,
  queue: (params: RiskListParams) => [...riskKeys.all, 'queue', params] as const,
  detail: (id: string) => [...riskKeys.all, 'detail', id] as const,
  heatMap: (filters: Record<string, string | undefined>) => [...riskKeys.all, 'heat-map', filters] as const,
};
