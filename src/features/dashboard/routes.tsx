import type { RouteObject } from 'react-router';
import { RequirePermission } from '@/shared/auth/require-permission';

/**
 * The dashboard (every employee has one: officers and managers see the modules' cards, staff and the desk their
 * own tasks) and the promises board (dashboard.read: officers and managers). Each page is a lazy chunk.
 */
export function dashboardRoutes(): RouteObject[] {
  return [
    {
      path: 'dashboard',
      element: <RequirePermission permission="policies.acknowledge" />,
      children: [
        {
          index: true,
          lazy: { Component: async () => (await import('./pages/dashboard-page')).DashboardPage },
        },
        {
          element: <RequirePermission permission="dashboard.read" />,
          children: [
            {
              path: 'promises',
              lazy: { Component: async () => (await import('./pages/promises-page')).PromisesPage },
            },
          ],
        },
      ],
    },
  ];
}
