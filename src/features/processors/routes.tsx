import type { QueryClient } from '@tanstack/react-query';
import type { RouteObject } from 'react-router';
import { prefetchLoader } from '@/shared/api/route-prefetch';
import { RequirePermission } from '@/shared/auth/require-permission';

/**
 * Processors & contracts: tiny and eager; each page is a lazy chunk. Reading needs processors.read (officers and
 * managers); the forms need processors.write, so a manager's deep link to one shows "Not permitted".
 */
export function processorsRoutes(queryClient: QueryClient): RouteObject[] {
  return [
    {
      path: 'processors',
      element: <RequirePermission permission="processors.read" />,
      children: [
        {
          index: true,
          loader: prefetchLoader(
            queryClient,
            async () => (await import('./api/processor-list')).processorList,
          ),
          lazy: { Component: async () => (await import('./pages/processor-list-page')).ProcessorListPage },
        },
        {
          path: 'review-cadence',
          lazy: { Component: async () => (await import('./pages/review-cadence-page')).ReviewCadencePage },
        },
        {
          path: ':id',
          lazy: { Component: async () => (await import('./pages/processor-page')).ProcessorPage },
        },
        {
          element: <RequirePermission permission="processors.write" />,
          children: [
            {
              path: 'new',
              lazy: {
                Component: async () => (await import('./pages/processor-form-pages')).NewProcessorPage,
              },
            },
            {
              path: ':id/edit',
              lazy: {
                Component: async () => (await import('./pages/processor-form-pages')).EditProcessorPage,
              },
            },
            {
              path: ':id/contracts/new',
              lazy: { Component: async () => (await import('./pages/contract-form-pages')).NewContractPage },
            },
            {
              path: ':id/contracts/:contractId/edit',
              lazy: { Component: async () => (await import('./pages/contract-form-pages')).EditContractPage },
            },
            {
              path: ':id/reviews/new',
              lazy: { Component: async () => (await import('./pages/review-form-pages')).NewReviewPage },
            },
            {
              path: ':id/reviews/:reviewId/edit',
              lazy: { Component: async () => (await import('./pages/review-form-pages')).EditReviewPage },
            },
          ],
        },
      ],
    },
  ];
}
