import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, ifMatch, unwrap } from '@/shared/api/client';
import { historyKeys } from '@/shared/history/history-queries';
import type { PolicyInput, PolicyVersionInput, PublishInput } from '../model/schemas';
import { policyKeys } from './keys';

/** Any write here can change a policy's versions, completion, the people lists and the history. */
function useInvalidatePolicies() {
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: policyKeys.all }),
      queryClient.invalidateQueries({ queryKey: historyKeys.all }),
    ]);
}

export function useCreatePolicy() {
  const invalidate = useInvalidatePolicies();
  return useMutation({
    mutationFn: async (body: PolicyInput) => unwrap(await api.POST('/api/v1/policies', { body })),
    onSuccess: invalidate,
  });
}

export function useUpdatePolicy(id: string) {
  const invalidate = useInvalidatePolicies();
  return useMutation({
    mutationFn: async ({ body, version }: { body: PolicyInput; version: number }) =>
      unwrap(
        await api.PUT('/api/v1/policies/{id}', {
          params: { path: { id }, header: { 'If-Match': ifMatch(version) } },
          body,
        }),
      ),
    onSuccess: invalidate,
  });
}

export function useRetirePolicy(id: string) {
  const invalidate = useInvalidatePolicies();
  return useMutation({
    mutationFn: async (version: number) =>
      unwrap(
        await api.POST('/api/v1/policies/{id}/retire', {
          params: { path: { id }, header: { 'If-Match': ifMatch(version) } },
        }),
      ),
    onSuccess: invalidate,
  });
}

export function useCreateVersion(policyId: string) {
  const invalidate = useInvalidatePolicies();
  return useMutation({
    mutationFn: async (body: PolicyVersionInput) =>
      unwrap(await api.POST('/api/v1/policies/{id}/versions', { params: { path: { id: policyId } }, body })),
    onSuccess: invalidate,
  });
}

export function useUpdateVersion(id: string) {
  const invalidate = useInvalidatePolicies();
  return useMutation({
    mutationFn: async ({ body, version }: { body: PolicyVersionInput; version: number }) =>
      unwrap(
        await api.PUT('/api/v1/policy-versions/{id}', {
          params: { path: { id }, header: { 'If-Match': ifMatch(version) } },
          body,
        }),
      ),
    onSuccess: invalidate,
  });
}

export function usePublishVersion(id: string) {
  const invalidate = useInvalidatePolicies();
  return useMutation({
    mutationFn: async ({ body, version }: { body: PublishInput; version: number }) =>
      unwrap(
        await api.POST('/api/v1/policy-versions/{id}/publish', {
          params: { path: { id }, header: { 'If-Match': ifMatch(version) } },
          body,
        }),
      ),
    onSuccess: invalidate,
  });
}

export function useSendReminder(policyId: string) {
  const invalidate = useInvalidatePolicies();
  return useMutation({
    mutationFn: async () =>
      unwrap(await api.POST('/api/v1/policies/{id}/reminders', { params: { path: { id: policyId } } })),
    onSuccess: invalidate,
  });
}

export function useAcknowledge() {
  const invalidate = useInvalidatePolicies();
  return useMutation({
    mutationFn: async (versionId: string) =>
      unwrap(
        await api.POST('/api/v1/policy-versions/{id}/acknowledgement', {
          params: { path: { id: versionId } },
        }),
      ),
    onSuccess: invalidate,
  });
}
