import { startTransition, useDeferredValue, useEffect, useState, type ReactNode } from 'react';
import Box from '@mui/material/Box';
import type { Breakpoint } from '@mui/material/styles';

/**
 * Renders secondary content (a list page's filter form) once the primary content has been painted: the rows
 * a person came for are not held back by seven form fields' first render. Until then a box of the same
 * height keeps the layout still, so nothing jumps when the content arrives a frame later.
 */
export function AfterPrimaryContent({
  primaryShown,
  minHeight,
  children,
}: {
  /** True once the primary content has something to show (rows, an empty state, an error). */
  primaryShown: boolean;
  /** The content's height, per breakpoint where it wraps differently by screen width. */
  minHeight: number | Partial<Record<Breakpoint, number>>;
  children: ReactNode;
}) {
  const [show, setShow] = useState(false);
  // The data table shows new rows through useDeferredValue; deferred the same way, this flips in the very
  // render that commits the rows. Read at once, it flipped a render earlier, and the form's render could
  // join the rows' and hold them back.
  const primaryCommitted = useDeferredValue(primaryShown);
  // Whatever happens to the primary content, the secondary appears within a second.
  useEffect(() => {
    const timeout = window.setTimeout(() => startTransition(() => setShow(true)), 1000);
    return () => window.clearTimeout(timeout);
  }, []);
  useEffect(() => {
    if (show || !primaryCommitted) return;
    // After the next paint: requestAnimationFrame runs before it, the timeout after it.
    let timeout = 0;
    const frame = requestAnimationFrame(() => {
      // A transition: React renders the form in slices, so typing or scrolling meanwhile is not held up.
      timeout = window.setTimeout(() => startTransition(() => setShow(true)));
    });
    return () => {
      cancelAnimationFrame(frame);
      window.clearTimeout(timeout);
    };
  }, [primaryCommitted, show]);
  return show ? children : <Box sx={{ minHeight }} aria-hidden="true" data-kept-space="" />;
}
