import type { ReactNode } from 'react';
import Box from '@mui/material/Box';

/**
 * A table that may be wider than a phone's screen, in a box that scrolls sideways and that a keyboard can reach
 * (a focusable, named region: arrow keys scroll it). The kit's TableContainer inside is told not to scroll
 * itself, so there is one scroller, and it is this one.
 */
export function ScrollRegion({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Box
      role="region"
      aria-label={label}
      tabIndex={0}
      sx={{
        overflowX: 'auto',
        maxWidth: '100%',
        '& .MuiTableContainer-root': { overflowX: 'visible' },
        '&:focus-visible': { outline: '3px solid', outlineColor: 'primary.main', outlineOffset: 2 },
      }}
    >
      {children}
    </Box>
  );
}
