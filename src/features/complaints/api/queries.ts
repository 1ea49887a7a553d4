import { complaintsMessages } from '../i18n/messages';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/shared/api/client';
import type { components } from '@/shared/api/schema';
import type { RecordOption } from '@/shared/forms/record-picker';
import { complaintKeys } from './keys';

export type Complaint = components['schemas']['Complaint'];
export type ComplaintDeadline = components['schemas']['ComplaintDeadline'];
export type Correspondence = components['schemas']['Correspondence'];
export type RegulatorCaseload = components['schemas']['RegulatorCaseload'];

export function complaintQuery(id: string) {
  return queryOptions({
    queryKey: complaintKeys.detail(id),
    queryFn: async () => unwrap(await api.GET('/api/v1/complaints/{id}', { params: { path: { id } } })),
  });
}

export function useComplaint(id: string) {
  return useQuery(complaintQuery(id));
}

/** A complaint as its edit form needs it: with the complainant's contact in clear. */
export type ComplaintForEdit = Complaint & { complainantContact: string | null };

/**
 * Every answer masks the contact, so the edit form reveals it (an audited reveal, with its reason, on the
 * complaint's history). Not cached past the page (gcTime 0) and never refetched behind the form's back.
 */
export function complaintForEditQuery(id: string) {
  return queryOptions({
    queryKey: complaintKeys.forEdit(id),
    queryFn: async (): Promise<ComplaintForEdit> => {
      const complaint = unwrap(await api.GET('/api/v1/complaints/{id}', { params: { path: { id } } }));
      const contact = complaint.complainantContactMasked
        ? unwrap(
            await api.POST('/api/v1/reveals', {
              body: {
                entityType: 'complaint',
                entityId: id,
                field: 'complainantContact',
                reason: complaintsMessages.t('reveal.editReason'),
              },
            }),
          ).value
        : null;
      return { ...complaint, complainantContact: contact };
    },
    gcTime: 0,
    staleTime: Infinity,
  });
}

export const regulatorCaseloadQuery = queryOptions({
  queryKey: complaintKeys.regulators(),
  queryFn: async () => unwrap(await api.GET('/api/v1/complaint-regulators')).items,
});

export const deadlineSettingsQuery = queryOptions({
  queryKey: complaintKeys.settings(),
  queryFn: async () => unwrap(await api.GET('/api/v1/complaint-deadline-settings')),
});

/** Processors by name, for the record picker (the contract's processors list; officers may read it). */
export async function searchProcessors(q: string, signal: AbortSignal): Promise<RecordOption[]> {
  const page = unwrap(
    await api.GET('/api/v1/processors', { params: { query: { q, pageSize: 20 } }, signal }),
  );
  return page.items.map((processor) => ({
    id: processor.id,
    label: processor.name,
    detail: processor.services,
  }));
}

/** The processors a complaint links, by id, for the picker's chips. */
export async function processorsByIds(ids: string[], signal: AbortSignal): Promise<RecordOption[]> {
  return Promise.all(
    ids.map(async (id) => {
      const processor = unwrap(
        await api.GET('/api/v1/processors/{id}', { params: { path: { id } }, signal }),
      );
      return { id, label: processor.name, detail: processor.services };
    }),
  );
}
