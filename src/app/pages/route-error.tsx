import { useRouteError, isRouteErrorResponse, useNavigate } from 'react-router';
import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import { NotFoundPage } from '@/shared/ui/status-pages';
import { usePageTitle } from '@/shared/ui/page-title';
import { useMessages } from '@/shared/i18n/messages';
import { appMessages } from '../i18n/messages';

/**
 * The error boundary of every route: a page that failed to load or to render says so and offers a retry,
 * while the navigation around it keeps working.
 */
export function RouteError() {
  const error = useRouteError();
  const navigate = useNavigate();
  const t = useMessages(appMessages);
  usePageTitle(t('routeError.pageTitle'));
  if (isRouteErrorResponse(error) && error.status === 404) return <NotFoundPage />;
  // A chunk that failed to download (e.g. after a deploy or on a flaky network) needs a full reload.
  const isChunkError =
    error instanceof Error && /dynamically imported module|Importing a module script/i.test(error.message);
  return (
    <Alert severity="error" role="alert" sx={{ maxWidth: 720 }}>
      <AlertTitle>{t('routeError.title')}</AlertTitle>
      {isChunkError ? t('routeError.chunk') : t('routeError.render')}
      <Stack direction="row" spacing={1} sx={{ mt: 2 }}>
        <Button
          variant="contained"
          color="error"
          onClick={() => (isChunkError ? window.location.reload() : navigate('.', { replace: true }))}
        >
          {t('routeError.tryAgain')}
        </Button>
        <Button color="inherit" onClick={() => navigate('/')}>
          {t('routeError.home')}
        </Button>
      </Stack>
    </Alert>
  );
}
