import type { ReactNode } from 'react';
import { Link as RouterLink } from 'react-router';
import Box from '@mui/material/Box';
import Breadcrumbs from '@mui/material/Breadcrumbs';
import Link from '@mui/material/Link';
import Typography from '@mui/material/Typography';
import { ChipRow } from './tone-chip';
import { PageTitle } from './page-title';
import { translateMessage, useMessages } from '@/shared/i18n/messages';
import { sharedMessages } from '@/shared/i18n/shared-messages';

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
  const t = useMessages(sharedMessages);
  // The page's texts may be message references (crumbs declared at module level).
  title = translateMessage(title);
  return (
    <Box component="header" sx={{ mb: 3 }}>
      {crumbs.length > 0 && (
        <Breadcrumbs aria-label={t('page.breadcrumb')} sx={{ mb: 1 }}>
          {crumbs.map((crumb) =>
            crumb.to ? (
              <Link key={crumb.label} component={RouterLink} to={crumb.to} underline="hover" color="inherit">
                {translateMessage(crumb.label)}
              </Link>
            ) : (
              <Typography key={crumb.label} color="text.primary">
                {translateMessage(crumb.label)}
              </Typography>
            ),
          )}
          <Typography color="text.primary" aria-current="page">
            {title}
          </Typography>
        </Breadcrumbs>
      )}
      <PageTitle title={title} actions={actions} />
      {status && <ChipRow sx={{ mt: 1 }}>{status}</ChipRow>}
    </Box>
  );
}
