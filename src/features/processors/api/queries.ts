import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/shared/api/client';
import type { components } from '@/shared/api/schema';
import { processorsMessages } from '../i18n/messages';
import { processorKeys } from './keys';

export type Processor = components['schemas']['Processor'];
export type ProcessingContract = components['schemas']['ProcessingContract'];
export type ComplianceReview = components['schemas']['ComplianceReview'];
export type ReviewCadence = components['schemas']['ReviewCadence'];
export type ProcessorFlag = components['schemas']['ProcessorFlag'];

export function processorQuery(id: string) {
  return queryOptions({
    queryKey: processorKeys.detail(id),
    queryFn: async () => unwrap(await api.GET('/api/v1/processors/{id}', { params: { path: { id } } })),
  });
}

export function useProcessor(id: string) {
  return useQuery(processorQuery(id));
}

/** A processor as its edit form needs it: with the contact's email and phone in clear. */
export type ProcessorForEdit = Processor & { contactEmail: string; contactPhone: string | null };

async function revealProcessorField(id: string, field: 'contactEmail' | 'contactPhone') {
  return unwrap(
    await api.POST('/api/v1/reveals', {
      body: {
        entityType: 'processor',
        entityId: id,
        field,
        reason: processorsMessages.t('processorForm.revealReason'),
      },
    }),
  ).value;
}

/**
 * Every answer masks the contact, so the edit form reveals it (two audited reveals on the processor's history).
 * Not cached past the page (gcTime 0) and never refetched behind the form's back (staleTime Infinity).
 */
export function processorForEditQuery(id: string) {
  return queryOptions({
    queryKey: processorKeys.forEdit(id),
    queryFn: async (): Promise<ProcessorForEdit> => {
      const processor = unwrap(await api.GET('/api/v1/processors/{id}', { params: { path: { id } } }));
      const [contactEmail, contactPhone] = await Promise.all([
        revealProcessorField(id, 'contactEmail'),
        revealProcessorField(id, 'contactPhone'),
      ]);
      return { ...processor, contactEmail: contactEmail ?? '', contactPhone };
    },
    gcTime: 0,
    staleTime: Infinity,
  });
}

export function processorContractsQuery(processorId: string) {
  return queryOptions({
    queryKey: processorKeys.contracts(processorId),
    queryFn: async () =>
      unwrap(await api.GET('/api/v1/processors/{id}/contracts', { params: { path: { id: processorId } } }))
        .items,
  });
}

export function useProcessorContracts(processorId: string) {
  return useQuery(processorContractsQuery(processorId));
}

export function contractQuery(id: string) {
  return queryOptions({
    queryKey: processorKeys.contract(id),
    queryFn: async () => unwrap(await api.GET('/api/v1/contracts/{id}', { params: { path: { id } } })),
  });
}

export function useContract(id: string) {
  return useQuery(contractQuery(id));
}

export function processorReviewsQuery(processorId: string) {
  return queryOptions({
    queryKey: processorKeys.reviews(processorId),
    queryFn: async () =>
      unwrap(await api.GET('/api/v1/processors/{id}/reviews', { params: { path: { id: processorId } } }))
        .items,
  });
}

export function useProcessorReviews(processorId: string) {
  return useQuery(processorReviewsQuery(processorId));
}

export function reviewQuery(id: string) {
  return queryOptions({
    queryKey: processorKeys.review(id),
    queryFn: async () => unwrap(await api.GET('/api/v1/reviews/{id}', { params: { path: { id } } })),
  });
}

export function useReview(id: string) {
  return useQuery(reviewQuery(id));
}

export const reviewCadenceQuery = queryOptions({
  queryKey: processorKeys.cadence(),
  queryFn: async () => unwrap(await api.GET('/api/v1/review-cadence')),
});

export function useReviewCadence() {
  return useQuery(reviewCadenceQuery);
}
