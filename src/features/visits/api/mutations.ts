import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, ifMatch, unwrap } from '@/shared/api/client';
import type { components } from '@/shared/api/schema';
import { historyKeys } from '@/shared/history/history-queries';
import { visitKeys } from './keys';

type CheckInRequest = components['schemas']['CheckInRequest'];
type ExpectedVisitRequest = components['schemas']['ExpectedVisitRequest'];
type ExpectedCheckInRequest = components['schemas']['ExpectedCheckInRequest'];

/**
 * Every write here changes who is on site, the history or the expected list, and adds to a record's audit
 * history: refresh the module's answers and any history panel showing.
 */
function useInvalidateVisits() {
  const queryClient = useQueryClient();
  // Not awaited: the desk's confirmation should not wait for the lists to refetch.
  return () => {
    void queryClient.invalidateQueries({ queryKey: visitKeys.all });
    void queryClient.invalidateQueries({ queryKey: historyKeys.all });
  };
}

export function useCheckIn() {
  const invalidate = useInvalidateVisits();
  return useMutation({
    mutationFn: async (body: CheckInRequest) => unwrap(await api.POST('/api/v1/visits', { body })),
    onSuccess: invalidate,
  });
}

export function useCheckInExpected() {
  const invalidate = useInvalidateVisits();
  return useMutation({
    mutationFn: async ({ id, ...body }: ExpectedCheckInRequest & { id: string }) =>
      unwrap(await api.POST('/api/v1/expected-visits/{id}/check-in', { params: { path: { id } }, body })),
    onSuccess: invalidate,
  });
}

export function useCheckOut() {
  const invalidate = useInvalidateVisits();
  return useMutation({
    mutationFn: async (id: string) =>
      unwrap(await api.POST('/api/v1/visits/{id}/check-out', { params: { path: { id } } })),
    onSettled: invalidate,
  });
}

export function useUndoCheckOut() {
  const invalidate = useInvalidateVisits();
  return useMutation({
    mutationFn: async (id: string) =>
      unwrap(await api.POST('/api/v1/visits/{id}/undo-check-out', { params: { path: { id } } })),
    onSettled: invalidate,
  });
}

export function useExpectVisitor() {
  const invalidate = useInvalidateVisits();
  return useMutation({
    mutationFn: async (body: ExpectedVisitRequest) =>
      unwrap(await api.POST('/api/v1/expected-visits', { body })),
    onSuccess: invalidate,
  });
}

export function useCancelExpected() {
  const invalidate = useInvalidateVisits();
  return useMutation({
    mutationFn: async ({ id, version }: { id: string; version: number }) =>
      unwrap(
        await api.DELETE('/api/v1/expected-visits/{id}', {
          params: { path: { id }, header: { 'If-Match': ifMatch(version) } },
        }),
      ),
    onSettled: invalidate,
  });
}

export function useSetRetention() {
  const invalidate = useInvalidateVisits();
  return useMutation({
    mutationFn: async ({
      days,
      confirmPurge,
      version,
    }: {
      days: number;
      confirmPurge: boolean;
      version: number;
    }) =>
      unwrap(
        await api.PUT('/api/v1/visit-retention', {
          params: { header: { 'If-Match': ifMatch(version) } },
          body: { days, confirmPurge },
        }),
      ),
    onSuccess: invalidate,
  });
}

/** The security desk's history window, saved with If-Match like the retention period. */
export function useSetHistoryWindow() {
  const invalidate = useInvalidateVisits();
  return useMutation({
    mutationFn: async ({ days, version }: { days: number; version: number }) =>
      unwrap(
        await api.PUT('/api/v1/visit-history-window', {
          params: { header: { 'If-Match': ifMatch(version) } },
          body: { days },
        }),
      ),
    onSuccess: invalidate,
  });
}
