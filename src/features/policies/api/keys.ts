// The one query-key factory of the policies module: every cached answer lives under ['policies'], so a write
// (a publish, an acknowledgement, a reminder) refreshes all it affects with one invalidation.
import type { ListParams } from '@/shared/list/use-list-state';

export const policyKeys = {
  all: ['policies'] as const,
  lists: () => [...policyKeys.all, 'list'] as const,
  list: (params: ListParams) => [...policyKeys.lists(), params] as const,
  detail: (id: string) => [...policyKeys.all, 'detail', id] as const,
  version: (id: string) => [...policyKeys.all, 'version', id] as const,
  completion: (id: string) => [...policyKeys.all, 'detail', id, 'completion'] as const,
  people: (id: string, params: ListParams) => [...policyKeys.all, 'detail', id, 'people', params] as const,
  audience: (params: Record<string, unknown>) => [...policyKeys.all, 'audience', params] as const,
  mine: () => [...policyKeys.all, 'mine'] as const,
  myPolicy: (id: string) => [...policyKeys.all, 'mine', id] as const,
};
