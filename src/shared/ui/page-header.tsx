import { useEffect, type ReactNode } from 'react';
import { Link as RouterLink } from 'react-router';
import Box from '@mui/material/Box';
import Breadcrumbs from '@mui/material/Breadcrumbs';
import Link from '@mui/material/Link';
import Typography from '@mui/material/Typography';
import { ChipRow } from './tone-chip';
import { translateMessage, useMessages } from '@/shared/i18n/messages';
import { sharedMessages } from '@/shared/i18n/shared-messages';

/**
 * The console's name in English. Words a person reads come from the catalog instead: `sharedMessages.t('app.name')`
 * (or `useMessages(sharedMessages)('app.name')` in a component), which French says differently.
 */
export const APP_NAME = 'Privacy Office Console';

/** document.title: the page's title (text or a message reference) and the console's name, in the active language. */
export function usePageTitle(title: string) {
  const t = useMessages(sharedMessages);
  useEffect(() => {
    document.title = t('app.pageTitle', { title: translateMessage(title), app: t('app.name') });
  }, [title, t]);
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
  const t = useMessages(sharedMessages);
  usePageTitle(title);
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
