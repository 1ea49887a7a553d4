import type { QueryClient } from '@tanstack/react-query';
import type { RouteObject } from 'react-router';
import { prefetchLoader } from '@/shared/api/route-prefetch';
import { RequirePermission } from '@/shared/auth/require-permission';

/** The audit trail, for privacy officers (audit.read): tiny and eager, the page a lazy chunk. */
export function auditRoutes(queryClient: QueryClient): RouteObject[] {
  return [
    {
      path: 'audit',
      element: <RequirePermission permission="audit.read" />,
      children: [
        {
          index: true,
          loader: prefetchLoader(
            queryClient,
            async () => (await import('./api/audit-trail-list')).auditTrailList,
          ),
          lazy: { Component: async () => (await import('./pages/audit-trail-page')).AuditTrailPage },
        },
        {
          path: 'packs',
          lazy: { Component: async () => (await import('./pages/audit-packs-page')).AuditPacksPage },
        },
      ],
    },
  ];
}
