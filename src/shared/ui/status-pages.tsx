// PageTitle, not PageHeader: these pages load with the sign-in page (the router's and RequirePermission's).
import { Link as RouterLink } from 'react-router';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import { PageTitle } from './page-title';
import { useMessages } from '@/shared/i18n/messages';
import { sharedMessages } from '@/shared/i18n/shared-messages';

export function NotPermittedPage() {
  const t = useMessages(sharedMessages);
  return (
    <>
      <Box component="header" sx={{ mb: 3 }}>
        <PageTitle title={t('notPermitted.title')} />
      </Box>
      <Paper variant="outlined" sx={{ p: 3, maxWidth: 640 }}>
        <Typography sx={{ mb: 2 }}>{t('notPermitted.text')}</Typography>
        <Button component={RouterLink} to="/" variant="contained">
          {t('status.home')}
        </Button>
      </Paper>
    </>
  );
}

export function NotFoundPage() {
  const t = useMessages(sharedMessages);
  return (
    <>
      <Box component="header" sx={{ mb: 3 }}>
        <PageTitle title={t('notFound.title')} />
      </Box>
      <Paper variant="outlined" sx={{ p: 3, maxWidth: 640 }}>
        <Typography sx={{ mb: 2 }}>{t('notFound.text')}</Typography>
        <Button component={RouterLink} to="/" variant="contained">
          {t('status.home')}
        </Button>
      </Paper>
    </>
  );
}
