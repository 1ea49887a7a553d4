// The headless half of a list page (as react-admin's useListController is to its MUI List): URL state, the page
// of rows, the filters as the filter bar shows them, and the export's pages. No markup: ListView draws it, and a
// page with another layout can use it alone.
import { useCallback, useDeferredValue } from 'react';
import { useQuery } from '@tanstack/react-query';
import { useListState } from '@/shared/list/use-list-state';
import type { ListDefinition } from './define-list';

export function useListController<TRow>(list: ListDefinition<TRow>) {
  const state = useListState(list.id, list.stateOptions);
  const query = useQuery(list.query(state.params));
  // The filter bar follows a change after the rows have rendered, not in the same step.
  const shownFilters = useDeferredValue(state.filters);
  const hasFilters = Object.values(state.filters).some(Boolean);
  const { params } = state;
  const exportPage = useCallback(
    (page: number, pageSize: number) => list.exportPage(params, page, pageSize),
    [list, params],
  );
  return { list, state, query, shownFilters, hasFilters, exportPage };
}

export type ListController<TRow> = ReturnType<typeof useListController<TRow>>;
