import Box from '@mui/material/Box';
import Skeleton from '@mui/material/Skeleton';
import { visuallyHidden } from './visually-hidden';

/**
 * A section's first load: a skeleton the size of what is coming, and its name for screen readers as text.
 * Not aria-label on the skeleton: a span without a role may not carry one (axe: aria-prohibited-attr), and
 * screen readers would not read it.
 */
export function LoadingBlock({ label, height, width }: { label: string; height: number; width?: number }) {
  return (
    <Box aria-busy="true">
      <Skeleton variant="rounded" height={height} width={width} aria-hidden="true" />
      <span style={visuallyHidden}>{label}…</span>
    </Box>
  );
}
