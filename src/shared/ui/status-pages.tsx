import { Link as RouterLink } from 'react-router';
import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import { PageHeader } from './page-header';
import { useMessages } from '@/shared/i18n/messages';
import { sharedMessages } from '@/shared/i18n/shared-messages';

export function NotPermittedPage() {
  const t = useMessages(sharedMessages);
  return (
    <>
      <PageHeader title={t('notPermitted.title')} />
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
      <PageHeader title={t('notFound.title')} />
      <Paper variant="outlined" sx={{ p: 3, maxWidth: 640 }}>
        <Typography sx={{ mb: 2 }}>{t('notFound.text')}</Typography>
        <Button component={RouterLink} to="/" variant="contained">
          {t('status.home')}
        </Button>
      </Paper>
    </>
  );
}
