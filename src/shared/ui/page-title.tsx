import { useEffect, type ReactNode } from 'react';
import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import { translateMessage, useMessages } from '@/shared/i18n/messages';
import { sharedMessages } from '@/shared/i18n/shared-messages';

// Apart from page-header.tsx so that the pages loaded with the sign-in page (sign-in, not found, not permitted,
// the route error) do not carry the breadcrumbs and status chips in its JavaScript budget.

/** Sets document.title to "<page> · <console>" in the active language. */
export function usePageTitle(title: string) {
  const t = useMessages(sharedMessages);
  useEffect(() => {
    document.title = t('app.pageTitle', { title: translateMessage(title), app: t('app.name') });
  }, [title, t]);
}

/** A page's h1 (and document.title), with the page's main actions beside it. */
export function PageTitle({ title, actions }: { title: string; actions?: ReactNode }) {
  usePageTitle(title);
  return (
    <Box sx={{ display: 'flex', alignItems: 'center', gap: 2, flexWrap: 'wrap' }}>
      <Typography variant="h4" component="h1" sx={{ flexGrow: 1, fontSize: { xs: '1.6rem', md: '2rem' } }}>
        {translateMessage(title)}
      </Typography>
      {actions}
    </Box>
  );
}
