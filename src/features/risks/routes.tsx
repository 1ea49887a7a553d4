import type { QueryClient } from '@tanstack/react-query';
import type { RouteObject } from 'react-router';
import { prefetchLoader } from '@/shared/api/route-prefetch';
import { RequirePermission } from '@/shared/auth/require-permission';

/**
 * The risk register: tiny and eager; each page is a lazy chunk. Reading needs risks.read (officers and managers);
 * the forms need risks.write and the review queue risks.review, so a deep link without them shows "Not permitted".
 */
export function risksRoutes(queryClient: QueryClient): RouteObject[] {
  return [
    {
      path: 'risks',
      element: <RequirePermission permission="risks.read" />,
      children: [
        {
          index: true,
          loader: prefetchLoader(queryClient, async () => (await import('./api/risk-list')).riskList),
          lazy: { Component: async () => (await import('./pages/risk-list-page')).RiskListPage },
        },
        {
          path: 'heat-map',
          lazy: { Component: async () => (await import('./pages/heat-map-page')).HeatMapPage },
        },
        {
          element: <RequirePermission permission="risks.review" />,
          children: [
            {
              path: 'review-queue',
              loader: prefetchLoader(
                queryClient,
                async () => (await import('./api/risk-list')).riskQueueList,
              ),
              lazy: { Component: async () => (await import('./pages/review-queue-page')).ReviewQueuePage },
            },
          ],
        },
        {
          path: ':id',
          lazy: { Component: async () => (await import('./pages/risk-page')).RiskPage },
        },
        {
          element: <RequirePermission permission="risks.write" />,
          children: [
            {
              path: 'new',
              lazy: { Component: async () => (await import('./pages/risk-form-pages')).NewRiskPage },
            },
            {
              path: ':id/edit',
              lazy: { Component: async () => (await import('./pages/risk-form-pages')).EditRiskPage },
            },
          ],
        },
      ],
    },
  ];
}
