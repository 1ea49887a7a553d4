// Renders the real console (providers, router, routes) at a URL, against the msw/node mock backend.
import { render } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { Providers, createQueryClient } from '@/app/providers';
import { createRoutes } from '@/app/router';
import { api, setCsrfToken, unwrap } from '@/shared/api/client';

export const DEMO_ACCOUNTS = {
  officer: 'officer@example.com',
  manager: 'manager@example.com',
  staff: 'staff@example.com',
  desk: 'desk@example.com',
} as const;
export type DemoRole = keyof typeof DEMO_ACCOUNTS;

/** Signs in on the mock backend directly, as a test's precondition (the sign-in page has its own tests). */
export async function signInAs(role: DemoRole) {
  const session = unwrap(
    await api.POST('/api/v1/session', { body: { email: DEMO_ACCOUNTS[role], password: 'demo-password' } }),
  );
  setCsrfToken(session.csrfToken);
  return session;
}

export function renderApp(url: string) {
  const queryClient = createQueryClient();
  const router = createMemoryRouter(createRoutes(queryClient), { initialEntries: [url] });
  const view = render(
    <Providers queryClient={queryClient}>
      <RouterProvider router={router} />
    </Providers>,
  );
  return { ...view, router, queryClient };
}
