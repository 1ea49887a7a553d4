// A record's history is server state like any other: one key factory, so a feature can refresh the panel
// after its own write with invalidateQueries({ queryKey: historyKeys.forEntity(type, id) }).
import { queryOptions } from '@tanstack/react-query';
import { api, unwrap } from '@/shared/api/client';
import type { components } from '@/shared/api/schema';

export type AuditEvent = components['schemas']['AuditEvent'];

export const historyKeys = {
  all: ['audit-events'] as const,
  forEntity: (entityType: string, entityId: string) =>
    [...historyKeys.all, 'entity', entityType, entityId] as const,
  entity: (entityType: string, entityId: string, page: number, pageSize: number) =>
    [...historyKeys.forEntity(entityType, entityId), { page, pageSize }] as const,
};

export function entityHistoryQuery(entityType: string, entityId: string, page: number, pageSize: number) {
  return queryOptions({
    queryKey: historyKeys.entity(entityType, entityId, page, pageSize),
    queryFn: async ({ signal }) =>
      unwrap(
        await api.GET('/api/v1/audit-events', {
          params: { query: { entityType, entityId, page, pageSize } },
          signal,
        }),
      ),
  });
}
