import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, ifMatch, unwrap } from '@/shared/api/client';
import { historyKeys } from '@/shared/history/history-queries';
import type { components } from '@/shared/api/schema';
import type { ContractInput, ProcessorInput, ReviewCadenceInput, ReviewInput } from '../model/schemas';
import { processorKeys } from './keys';

type Processor = components['schemas']['Processor'];

/**
 * Any write here can change a processor's flags, missing clauses or next review date, in the list and on its page,
 * and adds to its history: refresh the module's answers and the history panels.
 */
function useInvalidateProcessors() {
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      // Not the edit form's copy (it holds the revealed contact): asking again would reveal it again, an
      // audited read nobody made. Marked stale only, so the next edit form asks (and reveals) afresh.
      queryClient.invalidateQueries({
        queryKey: processorKeys.all,
        predicate: (query) => query.queryKey[1] !== 'edit',
      }),
      queryClient.invalidateQueries({ queryKey: [...processorKeys.all, 'edit'], refetchType: 'none' }),
      queryClient.invalidateQueries({ queryKey: historyKeys.all }),
    ]);
}

export function useCreateProcessor() {
  const queryClient = useQueryClient();
  const invalidate = useInvalidateProcessors();
  return useMutation({
    mutationFn: async (body: ProcessorInput) => unwrap(await api.POST('/api/v1/processors', { body })),
    onSuccess: (processor: Processor) => {
      queryClient.setQueryData(processorKeys.detail(processor.id), processor);
      return invalidate();
    },
  });
}

export function useUpdateProcessor(id: string) {
  const queryClient = useQueryClient();
  const invalidate = useInvalidateProcessors();
  return useMutation({
    mutationFn: async ({ body, version }: { body: ProcessorInput; version: number }) =>
      unwrap(
        await api.PUT('/api/v1/processors/{id}', {
          params: { path: { id }, header: { 'If-Match': ifMatch(version) } },
          body,
        }),
      ),
    onSuccess: (processor: Processor) => {
      queryClient.setQueryData(processorKeys.detail(processor.id), processor);
      return invalidate();
    },
  });
}

export function useCreateContract(processorId: string) {
  const invalidate = useInvalidateProcessors();
  return useMutation({
    mutationFn: async (body: ContractInput) =>
      unwrap(
        await api.POST('/api/v1/processors/{id}/contracts', { params: { path: { id: processorId } }, body }),
      ),
    onSuccess: invalidate,
  });
}

export function useUpdateContract(id: string) {
  const invalidate = useInvalidateProcessors();
  return useMutation({
    mutationFn: async ({ body, version }: { body: ContractInput; version: number }) =>
      unwrap(
        await api.PUT('/api/v1/contracts/{id}', {
          params: { path: { id }, header: { 'If-Match': ifMatch(version) } },
          body,
        }),
      ),
    onSuccess: invalidate,
  });
}

export function useCreateReview(processorId: string) {
  const invalidate = useInvalidateProcessors();
  return useMutation({
    mutationFn: async (body: ReviewInput) =>
      unwrap(
        await api.POST('/api/v1/processors/{id}/reviews', { params: { path: { id: processorId } }, body }),
      ),
    onSuccess: invalidate,
  });
}

export function useUpdateReview(id: string) {
  const invalidate = useInvalidateProcessors();
  return useMutation({
    mutationFn: async ({ body, version }: { body: ReviewInput; version: number }) =>
      unwrap(
        await api.PUT('/api/v1/reviews/{id}', {
          params: { path: { id }, header: { 'If-Match': ifMatch(version) } },
          body,
        }),
      ),
    onSuccess: invalidate,
  });
}

export function useUpdateReviewCadence() {
  const invalidate = useInvalidateProcessors();
  return useMutation({
    mutationFn: async ({ body, version }: { body: ReviewCadenceInput; version: number }) =>
      unwrap(
        await api.PUT('/api/v1/review-cadence', {
          params: { header: { 'If-Match': ifMatch(version) } },
          body,
        }),
      ),
    onSuccess: invalidate,
  });
}
