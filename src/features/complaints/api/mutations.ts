import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, ifMatch, unwrap } from '@/shared/api/client';
import type { components } from '@/shared/api/schema';
import { historyKeys } from '@/shared/history/history-queries';
import type {
  ComplaintCreateInput,
  ComplaintInput,
  CorrespondenceInput,
  DeadlineSettingsInput,
  EscalationInput,
  EscalationUpdateInput,
  ExtensionInput,
  TransitionInput,
} from '../model/schemas';
import { complaintKeys } from './keys';

type Complaint = components['schemas']['Complaint'];

/** Any write can move a complaint's clocks in the list and on its page, and adds to its history. */
function useAfterWrite() {
  const queryClient = useQueryClient();
  return (complaint?: Complaint) => {
    if (complaint) queryClient.setQueryData(complaintKeys.detail(complaint.id), complaint);
    return Promise.all([
      queryClient.invalidateQueries({ queryKey: complaintKeys.all }),
      queryClient.invalidateQueries({ queryKey: historyKeys.all }),
    ]);
  };
}

export function useCreateComplaint() {
  const afterWrite = useAfterWrite();
  return useMutation({
    mutationFn: async (body: ComplaintCreateInput) => unwrap(await api.POST('/api/v1/complaints', { body })),
    onSuccess: afterWrite,
  });
}

export function useUpdateComplaint(id: string) {
  const afterWrite = useAfterWrite();
  return useMutation({
    mutationFn: async ({ body, version }: { body: ComplaintInput; version: number }) =>
      unwrap(
        await api.PUT('/api/v1/complaints/{id}', {
          params: { path: { id }, header: { 'If-Match': ifMatch(version) } },
          body,
        }),
      ),
    onSuccess: afterWrite,
  });
}

export function useTransitionComplaint(id: string) {
  const afterWrite = useAfterWrite();
  return useMutation({
    mutationFn: async (body: TransitionInput) =>
      unwrap(await api.POST('/api/v1/complaints/{id}/transitions', { params: { path: { id } }, body })),
    onSuccess: afterWrite,
  });
}

export function useExtendComplaint(id: string) {
  const afterWrite = useAfterWrite();
  return useMutation({
    mutationFn: async (body: ExtensionInput) =>
      unwrap(await api.POST('/api/v1/complaints/{id}/extension', { params: { path: { id } }, body })),
    onSuccess: afterWrite,
  });
}

export function useEscalateComplaint(id: string) {
  const afterWrite = useAfterWrite();
  return useMutation({
    mutationFn: async (body: EscalationInput) =>
      unwrap(await api.POST('/api/v1/complaints/{id}/escalation', { params: { path: { id } }, body })),
    onSuccess: afterWrite,
  });
}

export function useUpdateEscalation(id: string) {
  const afterWrite = useAfterWrite();
  return useMutation({
    mutationFn: async ({ body, version }: { body: EscalationUpdateInput; version: number }) =>
      unwrap(
        await api.PUT('/api/v1/complaints/{id}/escalation', {
          params: { path: { id }, header: { 'If-Match': ifMatch(version) } },
          body,
        }),
      ),
    onSuccess: afterWrite,
  });
}

export function useAddCorrespondence(id: string) {
  const afterWrite = useAfterWrite();
  return useMutation({
    mutationFn: async (body: CorrespondenceInput) =>
      unwrap(await api.POST('/api/v1/complaints/{id}/correspondence', { params: { path: { id } }, body })),
    onSuccess: afterWrite,
  });
}

export function useUpdateDeadlineSettings() {
  const afterWrite = useAfterWrite();
  return useMutation({
    mutationFn: async ({ body, version }: { body: DeadlineSettingsInput; version: number }) =>
      unwrap(
        await api.PUT('/api/v1/complaint-deadline-settings', {
          params: { header: { 'If-Match': ifMatch(version) } },
          body,
        }),
      ),
    onSuccess: () => afterWrite(),
  });
}
