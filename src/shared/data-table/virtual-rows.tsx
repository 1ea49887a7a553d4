import { useRef } from 'react';
import { useVirtualizer } from '@tanstack/react-virtual';

/** Rows kept in the DOM stay few; past this many rows on a page only the visible ones render. */
export const VIRTUALISE_OVER = 100;

/**
 * Virtualisation keeps the DOM small on long pages; padding rows stand in for the rest, so the table keeps
 * its real row and column semantics for assistive technology (aria-rowcount, aria-rowindex). Under
 * `VIRTUALISE_OVER` rows every row renders and nothing is measured.
 */
export function useVirtualRows(count: number, rowHeight: number) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const virtual = count > VIRTUALISE_OVER;
  // eslint-disable-next-line react-hooks/incompatible-library -- the virtualizer re-renders us through its own state
  const virtualizer = useVirtualizer({
    count: virtual ? count : 0,
    // No element when not virtualised: the virtualizer would otherwise measure (force a layout) for nothing.
    getScrollElement: () => (virtual ? scrollRef.current : null),
    estimateSize: () => rowHeight,
    overscan: 10,
    initialRect: { width: 1024, height: 720 },
  });
  const virtualItems = virtual ? virtualizer.getVirtualItems() : [];
  const paddingTop = virtual ? (virtualItems[0]?.start ?? 0) : 0;
  const paddingBottom = virtual ? virtualizer.getTotalSize() - (virtualItems.at(-1)?.end ?? 0) : 0;
  const indexes = virtual
    ? virtualItems.map((item) => item.index)
    : Array.from({ length: count }, (_, index) => index);
  return { scrollRef, virtual, virtualizer, indexes, paddingTop, paddingBottom };
}

/** Stands in for the rows above or below the rendered window; nothing when there are none. */
export function PaddingRow({ height, colSpan }: { height: number; colSpan: number }) {
  if (height <= 0) return null;
  return (
    <tr aria-hidden="true" style={{ height }}>
      <td colSpan={colSpan} style={{ padding: 0, border: 0 }} />
    </tr>
  );
}
