import type { ReactNode } from 'react';
import Box from '@mui/material/Box';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import { translateMessage } from '@/shared/i18n/messages';

/** A titled part of a record page (an h2 that names the section), with the section's own actions. */
export function RecordSection({
  id,
  title,
  actions,
  children,
}: {
  /** The heading's id; the section is labelled by it, and so may a table inside it be. */
  id: string;
  title: string;
  actions?: ReactNode;
  children: ReactNode;
}) {
  return (
    <Paper variant="outlined" component="section" aria-labelledby={id} sx={{ p: 2 }}>
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 2, mb: 1.5, flexWrap: 'wrap' }}>
        <Typography id={id} variant="h6" component="h2" sx={{ flexGrow: 1 }}>
          {translateMessage(title)}
        </Typography>
        {actions}
      </Box>
      {children}
    </Paper>
  );
}
