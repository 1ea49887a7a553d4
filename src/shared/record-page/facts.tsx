import type { ReactNode } from 'react';
import Grid from '@mui/material/Grid';
import Typography from '@mui/material/Typography';
import { translateMessage } from '@/shared/i18n/messages';

/** A record's facts as a description list, three to a row on wide screens, one on a phone. */
export function Facts({ children }: { children: ReactNode }) {
  return (
    <Grid container spacing={2} component="dl" sx={{ m: 0 }}>
      {children}
    </Grid>
  );
}

/** One label and its value; inside `Facts`. */
export function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Grid size={{ xs: 12, sm: 6, md: 4 }}>
      <Typography component="dt" variant="body2" color="text.secondary">
        {translateMessage(label)}
      </Typography>
      {/* A long email address or link wraps rather than push a phone's page wider than the screen. */}
      <Typography component="dd" sx={{ m: 0, overflowWrap: 'anywhere' }}>
        {children}
      </Typography>
    </Grid>
  );
}
