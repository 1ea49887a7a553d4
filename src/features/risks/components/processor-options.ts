import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/shared/api/client';
import type { SelectOption } from '@/shared/forms/select-field';

/**
 * The linked-processor filter's choices: the register's processors by name (its first 500: the demo's all), and
 * the one the URL names even when it is not among them, so a link from a record always shows its filter.
 */
export function useProcessorOptions(selectedId: string | undefined, enabled: boolean): SelectOption[] {
  const all = useQuery({
    // Asked once the rows are in: the filter bar renders after them, and the rows go first (decision 0010).
    enabled,
    queryKey: ['record-picker', 'processors', 'filter-options'],
    queryFn: async () =>
      unwrap(await api.GET('/api/v1/processors', { params: { query: { pageSize: 500, sort: 'name' } } }))
        .items,
    staleTime: 5 * 60_000,
  });
  const options = (all.data ?? []).map((p) => ({ value: p.id, label: p.name }));
  const missing = selectedId && !options.some((option) => option.value === selectedId);
  const selected = useQuery({
    queryKey: ['record-picker', 'processors', 'id', selectedId],
    queryFn: async () =>
      unwrap(await api.GET('/api/v1/processors/{id}', { params: { path: { id: selectedId! } } })),
    enabled: Boolean(missing && all.isSuccess),
    retry: false,
  });
  if (missing && selectedId) {
    options.unshift({ value: selectedId, label: selected.data?.name ?? selectedId });
  }
  return options;
}
