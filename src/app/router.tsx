import type { QueryClient } from '@tanstack/react-query';
import { createBrowserRouter, matchRoutes, Navigate, type RouteObject } from 'react-router';
import { holdFirstRenderForNothing } from '@/shared/api/route-prefetch';
import { sessionQuery, useCurrentUser } from '@/shared/auth/session';
import { NotFoundPage } from '@/shared/ui/status-pages';
import { SignInPage } from './pages/sign-in-page';
import { RouteError } from './pages/route-error';
import { homePathFor } from './home-path';
import { visitsRoutes } from '@/features/visits/routes';
import { processorsRoutes } from '@/features/processors/routes';

function HomeRedirect() {
  return <Navigate to={homePathFor(useCurrentUser().roles)} replace />;
}

/**
 * Each feature's routes.tsx is tiny and eager; its pages are lazy, one chunk per module. Routes get the query
 * client so their loaders can start a page's data with the navigation.
 */
const featureRoutes = (queryClient: QueryClient): RouteObject[] => [
  ...visitsRoutes(queryClient),
  ...processorsRoutes(queryClient),
];

/** Every page gets its own error boundary, so a failure stays inside the page and the shell keeps working. */
function withErrorBoundaries(routes: RouteObject[]): RouteObject[] {
  return routes.map((route) => ({
    ...route,
    errorElement: route.errorElement ?? <RouteError />,
    children: route.children ? withErrorBoundaries(route.children) : undefined,
  })) as RouteObject[];
}

/** A fresh tree per router: the router resolves lazy routes into the objects it is given. */
export const createRoutes = (queryClient: QueryClient): RouteObject[] => [
  { path: '/sign-in', element: <SignInPage />, errorElement: <RouteError /> },
  {
    path: '/',
    // The session is asked for with the navigation, alongside the shell's code, not after it has loaded.
    loader: () => {
      void queryClient.prefetchQuery(sessionQuery);
      return null;
    },
    // Once is enough: the shell keeps the session fresh itself.
    shouldRevalidate: () => false,
    // The shell (app bar, navigation, menus) is its own chunk: the sign-in page does not need it.
    lazy: { Component: async () => (await import('./shell/app-shell')).SignedInLayout },
    errorElement: <RouteError />,
    children: withErrorBoundaries([
      { index: true, element: <HomeRedirect /> },
      { path: 'home', lazy: { Component: async () => (await import('./pages/home-page')).HomePage } },
      ...featureRoutes(queryClient),
      { path: '*', element: <NotFoundPage /> },
    ]),
  },
];

export function createRouter(queryClient: QueryClient) {
  const router = createBrowserRouter(createRoutes(queryClient));
  holdFirstRenderForNothing(router);
  return router;
}

/**
 * Downloads the code of the pages at these paths ahead of a click (the shell calls it when the browser is
 * idle), so opening a module from the navigation waits for data only. The browser keeps each module once
 * loaded; the router's own lazy call then resolves at once.
 */
export function preloadPages(queryClient: QueryClient, paths: string[]) {
  const tree = createRoutes(queryClient);
  for (const path of paths) {
    for (const { route } of matchRoutes(tree, path) ?? []) {
      const lazy = route.lazy;
      if (typeof lazy === 'function') void lazy().catch(() => undefined);
      else if (lazy) {
        for (const load of Object.values(lazy)) {
          if (typeof load === 'function') void (load as () => Promise<unknown>)().catch(() => undefined);
        }
      }
    }
  }
}
