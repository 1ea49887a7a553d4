import { useContext } from 'react';
import { UNSAFE_DataRouterContext } from 'react-router';

/**
 * Navigates through the data router itself. useNavigate reads the current route's context, so every change of
 * URL (a sort, the next page) re-renders the component that calls it: for the shell, that was the app bar, the
 * navigation, the account menu and the idle timeout, twice per click on a list. The router does not change.
 * Paths must be absolute.
 */
export function useRouterNavigate() {
  const router = useContext(UNSAFE_DataRouterContext)?.router;
  if (!router) throw new Error('useRouterNavigate needs a data router');
  return router.navigate;
}
