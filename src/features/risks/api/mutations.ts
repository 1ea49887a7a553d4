import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, ifMatch, unwrap } from '@/shared/api/client';
import { historyKeys } from '@/shared/history/history-queries';
import type { RiskInput, RiskTransitionInput } from '../model/schemas';
import type { Risk } from './queries';
import { riskKeys } from './keys';

/** Any write can move a risk in the list, the queue and the heat map, and adds to its history. */
function useRiskWritten() {
  const queryClient = useQueryClient();
  return (risk: Risk) => {
    queryClient.setQueryData(riskKeys.detail(risk.id), risk);
    return Promise.all([
      queryClient.invalidateQueries({ queryKey: riskKeys.all }),
      queryClient.invalidateQueries({ queryKey: historyKeys.all }),
    ]);
  };
}

export function useCreateRisk() {
  const written = useRiskWritten();
  return useMutation({
    mutationFn: async (body: RiskInput) => unwrap(await api.POST('/api/v1/risks', { body })),
    onSuccess: written,
  });
}

export function useUpdateRisk(id: string) {
  const written = useRiskWritten();
  return useMutation({
    mutationFn: async ({ body, version }: { body: RiskInput; version: number }) =>
      unwrap(
        await api.PUT('/api/v1/risks/{id}', {
          params: { path: { id }, header: { 'If-Match': ifMatch(version) } },
          body,
        }),
      ),
    onSuccess: written,
  });
}

export function useTransitionRisk(id: string) {
  const written = useRiskWritten();
  return useMutation({
    mutationFn: async ({ body, version }: { body: RiskTransitionInput; version: number }) =>
      unwrap(
        await api.POST('/api/v1/risks/{id}/transitions', {
          params: { path: { id }, header: { 'If-Match': ifMatch(version) } },
          body,
        }),
      ),
    onSuccess: written,
  });
}
