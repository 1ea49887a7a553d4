// Making an audit pack: a POST, since making one is itself audited (an export on `audit-pack`); the trail's
// answers are refreshed after, so its own event shows there.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/shared/api/client';
import type { components } from '@/shared/api/schema';
import { auditKeys } from './audit-trail-list';

export type AuditPack = components['schemas']['AuditPack'];
export type AuditPackRequest = components['schemas']['AuditPackRequest'];

export function useMakeAuditPack() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (body: AuditPackRequest) => unwrap(await api.POST('/api/v1/audit-packs', { body })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: auditKeys.all }),
  });
}
