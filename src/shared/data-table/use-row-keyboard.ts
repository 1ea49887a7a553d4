import { useCallback, useEffect, useRef, type KeyboardEvent, type MouseEvent } from 'react';

/** A click on one of these inside a row does its own job and never opens the record. */
const ROW_CONTROLS = 'button, a, input, select, textarea, label, [role="button"], [data-row-action]';

/**
 * Rows are focusable `tr[data-row-index]`: ArrowUp/ArrowDown/Home/End move between them, Enter or a click
 * opens one. Rows listen through the body (one handler, not two per row), so a memoised row needs no new
 * callbacks. A row outside the rendered window is scrolled in (`scrollToIndex`), then focused.
 */
export function useRowKeyboard<TRow>({
  rows,
  onRowOpen,
  scrollToIndex,
}: {
  rows: readonly TRow[];
  onRowOpen: ((row: TRow) => void) | undefined;
  scrollToIndex: (index: number) => void;
}) {
  const bodyRef = useRef<HTMLTableSectionElement>(null);
  const pendingFocus = useRef<number | null>(null);
  const focusRow = useCallback(
    (index: number) => {
      const element = bodyRef.current?.querySelector<HTMLElement>(`tr[data-row-index="${index}"]`);
      if (element) {
        element.focus();
        return;
      }
      pendingFocus.current = index;
      scrollToIndex(index);
    },
    [scrollToIndex],
  );
  useEffect(() => {
    if (pendingFocus.current === null) return;
    const element = bodyRef.current?.querySelector<HTMLElement>(
      `tr[data-row-index="${pendingFocus.current}"]`,
    );
    if (element) {
      pendingFocus.current = null;
      element.focus();
    }
  });

  const onKeyDown = (event: KeyboardEvent<HTMLTableSectionElement>) => {
    const element = event.target as HTMLElement;
    // Keys inside a row's own control belong to that control.
    if (!element.matches('tr[data-row-index]')) return;
    const index = Number(element.dataset.rowIndex);
    if (event.key === 'ArrowDown' && index < rows.length - 1) {
      event.preventDefault();
      focusRow(index + 1);
    } else if (event.key === 'ArrowUp' && index > 0) {
      event.preventDefault();
      focusRow(index - 1);
    } else if (event.key === 'Home') {
      event.preventDefault();
      focusRow(0);
    } else if (event.key === 'End') {
      event.preventDefault();
      focusRow(rows.length - 1);
    } else if (event.key === 'Enter' && onRowOpen && rows[index]) {
      event.preventDefault();
      onRowOpen(rows[index]);
    }
  };
  const onClick = (event: MouseEvent<HTMLTableSectionElement>) => {
    if (!onRowOpen) return;
    const target = event.target as HTMLElement;
    const element = target.closest<HTMLElement>('tr[data-row-index]');
    if (!element) return;
    const control = target.closest(ROW_CONTROLS);
    if (control && element.contains(control)) return;
    const row = rows[Number(element.dataset.rowIndex)];
    if (row) onRowOpen(row);
  };
  return { bodyRef, onKeyDown, onClick };
}
