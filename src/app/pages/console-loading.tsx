import Box from '@mui/material/Box';
import CircularProgress from '@mui/material/CircularProgress';
import { useMessages } from '@/shared/i18n/messages';
import { appMessages } from '../i18n/messages';

/**
 * What the console shows before it can show anything else: while a direct load fetches the shell's and the
 * page's code (the router's HydrateFallback, rendered at once instead of a blank page) and while the session
 * is on its way.
 */
export function ConsoleLoading() {
  const t = useMessages(appMessages);
  return (
    <Box sx={{ display: 'grid', placeItems: 'center', minHeight: '100vh' }}>
      <CircularProgress aria-label={t('loading.console')} />
    </Box>
  );
}
