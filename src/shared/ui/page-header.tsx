import { useEffect, type ReactNode } from 'react';
import { Link as RouterLink } from 'react-router';
import Box from '@mui/material/Box';
import Breadcrumbs from '@mui/material/Breadcrumbs';
import Link from '@mui/material/Link';
import Typography from '@mui/material/Typography';
import { ChipRow } from './tone-chip';

export const APP_NAME = 'Privacy Office Console';

export function usePageTitle(title: string) {
  useEffect(() => {
    document.title = `${title} · ${APP_NAME}`;
  }, [title]);
}

export interface Crumb {
  label: string;
  to?: string;
}

/** Every page's heading: its h1, document.title, breadcrumbs, the page's main actions, a record's status. */
export function PageHeader({
  title,
  crumbs = [],
  actions,
  status,
}: {
  title: string;
  crumbs?: Crumb[];
  actions?: ReactNode;
  /** Status chips (ToneChip) under the title. */
  status?: ReactNode;
}) {
  usePageTitle(title);
  return (
    <Box component="header" sx={{ mb: 3 }}>
      {crumbs.length > 0 && (
        <Breadcrumbs aria-label="Breadcrumb" sx={{ mb: 1 }}>
          {crumbs.map((crumb) =>
            crumb.to ? (
              <Link key={crumb.label} component={RouterLink} to={crumb.to} underline="hover" color="inherit">
                {crumb.label}
              </Link>
            ) : (
              <Typography key={crumb.label} color="text.primary">
                {crumb.label}
              </Typography>
            ),
          )}
          <Typography color="text.primary" aria-current="page">
            {title}
          </Typography>
        </Breadcrumbs>
      )}
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 2, flexWrap: 'wrap' }}>
        <Typography variant="h4" component="h1" sx={{ flexGrow: 1, fontSize: { xs: '1.6rem', md: '2rem' } }}>
          {title}
        </Typography>
        {actions}
      </Box>
      {status && <ChipRow sx={{ mt: 1 }}>{status}</ChipRow>}
    </Box>
  );
}
