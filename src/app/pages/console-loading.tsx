import Box from '@mui/material/Box';
import CircularProgress from '@mui/material/CircularProgress';

/**
 * What the console shows before it can show anything else: while a direct load fetches the shell's and the
 * page's code (the router's HydrateFallback, rendered at once instead of a blank page) and while the session
 * is on its way.
 */
export function ConsoleLoading() {
  return (
    <Box sx={{ display: 'grid', placeItems: 'center', minHeight: '100vh' }}>
      <CircularProgress aria-label="Loading the console" />
    </Box>
  );
}
