import type { QueryClient } from '@tanstack/react-query';
import type { RouteObject } from 'react-router';
import { prefetchLoader } from '@/shared/api/route-prefetch';
import { RequirePermission } from '@/shared/auth/require-permission';

/**
 * Complaints & regulator escalations: tiny and eager; each page is a lazy chunk. Privacy officers only
 * (complaints.read); the forms need complaints.write.
 */
export function complaintsRoutes(queryClient: QueryClient): RouteObject[] {
  return [
    {
      path: 'complaints',
      element: <RequirePermission permission="complaints.read" />,
      children: [
        {
          index: true,
          loader: prefetchLoader(
            queryClient,
            async () => (await import('./api/complaint-list')).complaintList,
          ),
          lazy: { Component: async () => (await import('./pages/complaint-list-page')).ComplaintListPage },
        },
        {
          path: 'regulators',
          lazy: { Component: async () => (await import('./pages/regulators-page')).RegulatorsPage },
        },
        {
          path: 'deadline-settings',
          lazy: {
            Component: async () => (await import('./pages/deadline-settings-page')).DeadlineSettingsPage,
          },
        },
        {
          path: ':id',
          lazy: { Component: async () => (await import('./pages/complaint-page')).ComplaintPage },
        },
        {
          element: <RequirePermission permission="complaints.write" />,
          children: [
            {
              path: 'new',
              lazy: {
                Component: async () => (await import('./pages/complaint-form-pages')).NewComplaintPage,
              },
            },
            {
              path: ':id/edit',
              lazy: {
                Component: async () => (await import('./pages/complaint-form-pages')).EditComplaintPage,
              },
            },
            {
              path: ':id/move/:to',
              lazy: { Component: async () => (await import('./pages/transition-page')).TransitionPage },
            },
            {
              path: ':id/extend',
              lazy: { Component: async () => (await import('./pages/extension-page')).ExtensionPage },
            },
            {
              path: ':id/escalate',
              lazy: { Component: async () => (await import('./pages/escalation-pages')).EscalatePage },
            },
            {
              path: ':id/escalation/edit',
              lazy: { Component: async () => (await import('./pages/escalation-pages')).EditEscalationPage },
            },
            {
              path: ':id/correspondence/new',
              lazy: {
                Component: async () => (await import('./pages/correspondence-page')).CorrespondencePage,
              },
            },
          ],
        },
      ],
    },
  ];
}
