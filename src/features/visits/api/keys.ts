// The one query-key factory of the visitor log: every cached answer of this module lives under ['visits'],
// so a check-in or check-out can refresh everything it affects with one invalidation.
export type VisitListParams = { page: number; pageSize: number; sort?: string } & Record<
  string,
  string | number | undefined
>;

export const visitKeys = {
  all: ['visits'] as const,
  sites: () => [...visitKeys.all, 'sites'] as const,
  onSite: (siteId: string | undefined) => [...visitKeys.all, 'on-site', siteId ?? 'all'] as const,
  history: (params: VisitListParams) => [...visitKeys.all, 'history', params] as const,
  expectedToday: (siteId: string | undefined) =>
    [...visitKeys.all, 'expected', 'desk', siteId ?? 'all'] as const,
  myExpected: () => [...visitKeys.all, 'expected', 'mine'] as const,
  retention: () => [...visitKeys.all, 'retention'] as const,
  historyWindow: () => [...visitKeys.all, 'history-window'] as const,
  retentionPreview: (days: number) => [...visitKeys.all, 'retention', 'preview', days] as const,
};
