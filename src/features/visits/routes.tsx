import type { QueryClient } from '@tanstack/react-query';
import type { RouteObject } from 'react-router';
import { prefetchLoader } from '@/shared/api/route-prefetch';
import { RequirePermission } from '@/shared/auth/require-permission';

/** The visitor log's routes: tiny and eager; each page is its own lazy chunk behind its permission. */
export function visitsRoutes(queryClient: QueryClient): RouteObject[] {
  return [
    {
      path: 'visitors',
      element: <RequirePermission permission="visits.desk" />,
      children: [
        { index: true, lazy: { Component: async () => (await import('./pages/desk-page')).DeskPage } },
        {
          path: 'check-in',
          lazy: { Component: async () => (await import('./pages/check-in-page')).CheckInPage },
        },
        {
          path: 'roll-call',
          lazy: { Component: async () => (await import('./pages/roll-call-page')).RollCallPage },
        },
      ],
    },
    {
      path: 'visitors/history',
      element: <RequirePermission permission="visits.history" />,
      children: [
        {
          index: true,
          loader: prefetchLoader(
            queryClient,
            async () => (await import('./api/visit-history-list')).visitHistoryList,
          ),
          lazy: { Component: async () => (await import('./pages/history-page')).HistoryPage },
        },
      ],
    },
    {
      path: 'visitors/retention',
      element: <RequirePermission permission="visits.retention" />,
      children: [
        {
          index: true,
          lazy: { Component: async () => (await import('./pages/retention-page')).RetentionPage },
        },
      ],
    },
    {
      path: 'my-visitors',
      element: <RequirePermission permission="visits.expect" />,
      children: [
        {
          index: true,
          lazy: { Component: async () => (await import('./pages/my-visitors-page')).MyVisitorsPage },
        },
      ],
    },
  ];
}
