import type { QueryClient } from '@tanstack/react-query';
import { createBrowserRouter, Navigate, type RouteObject } from 'react-router';
import { holdFirstRenderForNothing } from '@/shared/api/route-prefetch';
import { sessionQuery, useCurrentUser } from '@/shared/auth/session';
import { ALL_NAMESPACES, loadNamespaces } from '@/shared/i18n/i18n';
import { NotFoundPage } from '@/shared/ui/status-pages';
import { ConsoleLoading } from './pages/console-loading';
import { SignInPage } from './pages/sign-in-page';
import { RouteError } from './pages/route-error';
import { homePathFor } from './home-path';
import { MODULES } from './modules';

function HomeRedirect() {
  return <Navigate to={homePathFor(useCurrentUser().roles)} replace />;
}

/**
 * Each module's routes are tiny and eager; its pages are lazy, one chunk per page. Routes get the query
 * client so their loaders can start a page's data with the navigation.
 */
const featureRoutes = (queryClient: QueryClient): RouteObject[] =>
  MODULES.flatMap((definition) => definition.routes(queryClient));

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
    // Every module's messages come with it, in the active language only.
    lazy: {
      Component: async () => {
        const [shell] = await Promise.all([import('./shell/app-shell'), loadNamespaces(ALL_NAMESPACES)]);
        return shell.SignedInLayout;
      },
    },
    // Until a direct load has the shell's and the page's code, a sign of loading rather than a blank page.
    HydrateFallback: ConsoleLoading,
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
