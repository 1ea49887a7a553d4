import {
  memo,
  startTransition,
  Suspense,
  useCallback,
  useContext,
  useDeferredValue,
  useEffect,
  useRef,
  useState,
  type RefObject,
} from 'react';
import { flushSync } from 'react-dom';
import {
  NavLink,
  Navigate,
  Outlet,
  UNSAFE_DataRouterContext,
  useLocation,
  useNavigation,
} from 'react-router';
import { useQueryClient } from '@tanstack/react-query';
import AppBar from '@mui/material/AppBar';
import Box from '@mui/material/Box';
import CircularProgress from '@mui/material/CircularProgress';
import Drawer from '@mui/material/Drawer';
import IconButton from '@mui/material/IconButton';
import LinearProgress from '@mui/material/LinearProgress';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import ListItemButton from '@mui/material/ListItemButton';
import ListItemIcon from '@mui/material/ListItemIcon';
import ListItemText from '@mui/material/ListItemText';
import Toolbar from '@mui/material/Toolbar';
import Typography from '@mui/material/Typography';
import useMediaQuery from '@mui/material/useMediaQuery';
import MenuIcon from '@mui/icons-material/Menu';
import { api, onApiError } from '@/shared/api/client';
import { useSession, useSignOut, type Session } from '@/shared/auth/session';
import { sharedMessages } from '@/shared/i18n/shared-messages';
import { QueryError } from '@/shared/ui/query-error';
import { ConsoleLoading } from '../pages/console-loading';
import { IdleTimeout } from './idle-timeout';
import { NavigationBadge } from './navigation-badge';
import { navigationFor } from './navigation';
import { preloadPages } from './preload-pages';
import { UserMenu } from './user-menu';
import { NotificationsButton } from './notifications-button';
import { useRouterNavigate } from './use-router-navigate';
import { translateMessage, useMessages } from '@/shared/i18n/messages';
import { appMessages } from '../i18n/messages';

const DRAWER_WIDTH = 248;

/** Where to come back to after signing in again. */
function signInPath(location: { pathname: string; search: string }, reason?: 'expired' | 'idle') {
  const params = new URLSearchParams({ next: location.pathname + location.search });
  if (reason) params.set('reason', reason);
  return `/sign-in?${params}`;
}

/** The signed-in part of the console: it waits for the session, or sends the person to sign in and back. */
export function SignedInLayout() {
  const session = useSession();
  const location = useLocation();
  // The shell and its page are the biggest render of a visit. Deferred, React renders them in slices after
  // the session arrives, not in the one long task that delivered it, so the page stays responsive meanwhile.
  const deferredSession = useDeferredValue(session.data);
  if (session.isPending || (session.data && !deferredSession)) {
    return <ConsoleLoading />;
  }
  if (session.isError) {
    return (
      <Box component="main" sx={{ p: 4 }}>
        <QueryError
          error={session.error}
          onRetry={() => void session.refetch()}
          what={appMessages.t('shell.yourSession')}
        />
      </Box>
    );
  }
  if (!session.data) return <Navigate to={signInPath(location)} replace />;
  return <AppShell session={deferredSession ?? session.data} />;
}

/**
 * When a navigation removes the focused element (the sign-in button, a clicked row), focus goes back to the
 * top of the page, as after a full page load: the next Tab reaches the skip link, not whatever followed the
 * removed element. Its own component, so a change of URL re-renders only this.
 */
function FocusResetOnNavigation({ top }: { top: RefObject<HTMLDivElement | null> }) {
  const { pathname } = useLocation();
  useEffect(() => {
    if (document.activeElement === null || document.activeElement === document.body) {
      top.current?.focus({ preventScroll: true });
    }
  }, [pathname, top]);
  return null;
}

/**
 * On the shell's first appearance its page follows in a second step (a transition): two shorter tasks instead
 * of one long one that blocks the page while the whole console appears at once.
 */
function PageAfterShell() {
  const [shellShown, setShellShown] = useState(false);
  useEffect(() => startTransition(() => setShellShown(true)), []);
  return shellShown ? <Outlet /> : null;
}

/**
 * A thin bar while a navigation waits for a page's code or data, shown only past 300 ms: a quicker one (a sort,
 * the next page) would only flash it, and mounting it would cost the very frames the new rows need.
 */
function NavigationProgress() {
  const loading = useNavigation().state === 'loading';
  const [slow, setSlow] = useState(false);
  useEffect(() => {
    if (!loading) return;
    const timer = window.setTimeout(() => setSlow(true), 300);
    return () => {
      window.clearTimeout(timer);
      setSlow(false);
    };
  }, [loading]);
  const t = useMessages(appMessages);
  if (!loading || !slow) return null;
  return (
    <LinearProgress
      aria-label={t('shell.loadingPage')}
      color="secondary"
      sx={{ position: 'absolute', bottom: 0, left: 0, right: 0 }}
    />
  );
}

// Memoised: the layout above re-renders on every change of URL (a sort, a page), the shell need not.
const AppShell = memo(function AppShell({ session }: { session: Session }) {
  const t = useMessages(appMessages);
  const navigate = useRouterNavigate();
  const queryClient = useQueryClient();
  const signOut = useSignOut();
  const isDesktop = useMediaQuery((theme) => theme.breakpoints.up('md'));
  const [drawerOpen, setDrawerOpen] = useState(false);
  const items = navigationFor(session.user.roles);
  const pageTop = useRef<HTMLDivElement>(null);

  // The session ends once: an idle expiry, a 401 or the person's own sign-out, whichever comes first.
  const [ending, setEnding] = useState(false);
  const endingRef = useRef(false);
  const endSession = useCallback(
    (keepDrafts: boolean, to: string) => {
      if (endingRef.current) return;
      endingRef.current = true;
      // Take the page away at once: its forms write (or, signing out, drop) their last keystrokes as they
      // unmount, and their unsaved-changes guard goes with them, so "Leave without saving?" cannot stop the
      // way to the sign-in page nor offer to delete the draft the expiry keeps. Nothing of the page renders
      // once the session is gone.
      flushSync(() => setEnding(true));
      signOut.mutate({ keepDrafts }, { onSettled: () => navigate(to, { replace: keepDrafts }) });
    },
    [navigate, signOut],
  );
  const router = useContext(UNSAFE_DataRouterContext)?.router;
  const expire = useCallback(
    // The router's location, read when it happens (the shell does not re-render on every change of URL).
    (reason: 'expired' | 'idle') =>
      endSession(true, signInPath(router?.state.location ?? window.location, reason)),
    [endSession, router],
  );

  // Any 401 means the backend ended the session: sign in again and come back, drafts intact.
  useEffect(
    () =>
      onApiError((error) => {
        if (error.status === 401 && queryClient.getQueryData(['session'])) expire('expired');
      }),
    [expire, queryClient],
  );

  const routes = router?.routes;
  const preloadPaths = items.map((item) => item.to).join(',');
  useEffect(() => {
    if (!routes) return;
    const idle = window.requestIdleCallback ?? ((callback: () => void) => window.setTimeout(callback, 200));
    const cancel = window.cancelIdleCallback ?? window.clearTimeout;
    const handle = idle(() => preloadPages(routes, preloadPaths.split(',')));
    return () => cancel(handle);
  }, [preloadPaths, routes]);

  const drawer = (
    <Box component="nav" aria-label={t('shell.mainNavigation')}>
      <Toolbar />
      <List>
        {items.map((item) => (
          <ListItem key={item.to} disablePadding>
            <ListItemButton
              component={NavLink}
              to={item.to}
              end={item.end}
              onClick={() => setDrawerOpen(false)}
              sx={{ '&.active': { bgcolor: 'action.selected', fontWeight: 600 } }}
            >
              <ListItemIcon>
                <item.icon />
              </ListItemIcon>
              <ListItemText primary={translateMessage(item.label)} />
              {item.badge && <NavigationBadge badge={item.badge} />}
            </ListItemButton>
          </ListItem>
        ))}
      </List>
    </Box>
  );

  return (
    <Box sx={{ display: 'flex', minHeight: '100vh' }}>
      <FocusResetOnNavigation top={pageTop} />
      <Box ref={pageTop} tabIndex={-1} sx={{ position: 'absolute', outline: 'none' }} />
      <Box
        component="a"
        href="#main"
        className="no-print"
        sx={{
          position: 'absolute',
          left: 8,
          top: -48,
          zIndex: 2000,
          p: 1,
          bgcolor: 'background.paper',
          color: 'primary.main',
          '&:focus': { top: 8 },
        }}
      >
        {t('shell.skipToMain')}
      </Box>
      <AppBar position="fixed" className="no-print" sx={{ zIndex: (theme) => theme.zIndex.drawer + 1 }}>
        <Toolbar>
          {!isDesktop && (
            <IconButton
              color="inherit"
              edge="start"
              aria-label={t('shell.openNavigation')}
              onClick={() => setDrawerOpen(true)}
              sx={{ mr: 1 }}
            >
              <MenuIcon />
            </IconButton>
          )}
          <Typography component="div" variant="h6" noWrap sx={{ flexGrow: 1 }}>
            {sharedMessages.t('app.name')}
          </Typography>
          <NotificationsButton />
          <UserMenu user={session.user} onSignOut={() => endSession(false, '/sign-in')} />
        </Toolbar>
        <NavigationProgress />
      </AppBar>
      <Drawer
        className="no-print"
        variant={isDesktop ? 'permanent' : 'temporary'}
        open={isDesktop || drawerOpen}
        onClose={() => setDrawerOpen(false)}
        sx={{
          width: DRAWER_WIDTH,
          flexShrink: 0,
          '& .MuiDrawer-paper': { width: DRAWER_WIDTH, boxSizing: 'border-box' },
        }}
      >
        {drawer}
      </Drawer>
      <Box
        component="main"
        id="main"
        tabIndex={-1}
        sx={{ flexGrow: 1, minWidth: 0, p: { xs: 2, md: 3 }, outline: 'none' }}
      >
        <Toolbar className="no-print" />
        {ending ? (
          <Typography role="status">{t('shell.signingOut')}</Typography>
        ) : (
          <Suspense fallback={<CircularProgress aria-label={t('shell.loadingPage')} />}>
            <PageAfterShell />
          </Suspense>
        )}
      </Box>
      <IdleTimeout
        timeoutMinutes={session.idleTimeoutMinutes}
        onStay={() => void api.GET('/api/v1/session')}
        onExpire={() => expire('idle')}
      />
    </Box>
  );
});
