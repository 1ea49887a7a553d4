import type { QueryClient } from '@tanstack/react-query';
import type { RouteObject } from 'react-router';
import { prefetchLoader } from '@/shared/api/route-prefetch';
import { RequirePermission } from '@/shared/auth/require-permission';

/**
 * Policies: tiny and eager; each page is a lazy chunk. "My policies" is every signed-in person's; the library
 * is the officers' (policies.manage) and, for their team's completion, the managers'
 * (policies.team_completion); its forms and publishing need policies.manage.
 */
export function policiesRoutes(queryClient: QueryClient): RouteObject[] {
  return [
    {
      path: 'my-policies',
      element: <RequirePermission permission="policies.acknowledge" />,
      children: [
        {
          index: true,
          lazy: { Component: async () => (await import('./pages/my-policies-page')).MyPoliciesPage },
        },
        {
          path: ':id',
          lazy: { Component: async () => (await import('./pages/read-policy-page')).ReadPolicyPage },
        },
      ],
    },
    {
      path: 'policies',
      element: <RequirePermission permission={['policies.manage', 'policies.team_completion']} />,
      children: [
        {
          index: true,
          loader: prefetchLoader(queryClient, async () => (await import('./api/policy-list')).policyList),
          lazy: { Component: async () => (await import('./pages/policy-library-page')).PolicyLibraryPage },
        },
        {
          path: ':id',
          // The people asked, with the policy, its completion and the sites: one round trip, with the page's
          // code, rather than the policy first and the rows after it (decision 0009).
          loader: ({ params, ...args }) =>
            prefetchLoader(queryClient, async () =>
              (await import('./api/policy-people-list')).policyPeopleList(params.id ?? ''),
            )(args),
          lazy: { Component: async () => (await import('./pages/policy-page')).PolicyPage },
        },
        {
          element: <RequirePermission permission="policies.manage" />,
          children: [
            {
              path: 'new',
              lazy: { Component: async () => (await import('./pages/policy-form-pages')).NewPolicyPage },
            },
            {
              path: ':id/edit',
              lazy: { Component: async () => (await import('./pages/policy-form-pages')).EditPolicyPage },
            },
            {
              path: ':id/versions/new',
              lazy: { Component: async () => (await import('./pages/version-form-pages')).NewVersionPage },
            },
            {
              path: ':id/versions/:versionId/edit',
              lazy: { Component: async () => (await import('./pages/version-form-pages')).EditVersionPage },
            },
            {
              path: ':id/versions/:versionId/publish',
              lazy: { Component: async () => (await import('./pages/publish-page')).PublishPage },
            },
          ],
        },
      ],
    },
  ];
}
