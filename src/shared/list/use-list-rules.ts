// The rules every list follows, whatever draws it: a selection never outlives the view it was made in, and a
// page past the end shows the last page. Headless, beside the URL state they act on.
import { useCallback, useEffect, useState } from 'react';
import type { RowSelectionState } from '@tanstack/react-table';
import type { ListState } from './use-list-state';

/** The rows picked for a bulk action, cleared when the filters or the order change. */
export function useListSelection(listState: Pick<ListState, 'filters' | 'sort'>) {
  const [rowSelection, setRowSelection] = useState<RowSelectionState>({});
  // The same (empty) selection when nothing is selected: React then skips the render. The effect below
  // runs on every list's first commit, and that render of the whole table used to be part of it.
  const clearSelection = useCallback(
    () => setRowSelection((current) => (Object.keys(current).length === 0 ? current : {})),
    [],
  );
  // A selection made under other filters or another order would act on rows the user no longer sees.
  const filterSignature = JSON.stringify(listState.filters);
  // eslint-disable-next-line react-hooks/set-state-in-effect -- a no-op (the same object) when nothing is selected
  useEffect(() => clearSelection(), [filterSignature, listState.sort, clearSelection]);
  return { rowSelection, setRowSelection, clearSelection };
}

/**
 * A page past the end (an old link, or rows removed since) shows the last page instead of an empty table,
 * replacing the history entry so Back does not return to the empty page.
 */
export function useLastPageRule(
  listState: Pick<ListState, 'page' | 'pageSize' | 'setPage'>,
  shown: { total: number } | undefined,
  isFetching: boolean,
) {
  const total = shown?.total ?? 0;
  const lastPage = Math.max(1, Math.ceil(total / listState.pageSize));
  const pastTheEnd = shown !== undefined && !isFetching && total > 0 && listState.page > lastPage;
  const { setPage } = listState;
  useEffect(() => {
    if (pastTheEnd) setPage(lastPage, { replace: true });
  }, [pastTheEnd, lastPage, setPage]);
}
