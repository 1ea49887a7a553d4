// Renders a shared-kit component the way a feature would use it: inside the console's providers and a data
// router (useSearchParams, useBlocker), signed in against the msw/node mock backend.
import type { ReactElement } from 'react';
import { render } from '@testing-library/react';
import { createMemoryRouter, RouterProvider, type RouteObject } from 'react-router';
import { Providers, createQueryClient } from '@/app/providers';
import { api, setCsrfToken, unwrap } from '@/shared/api/client';

// Not tests/setup/render.tsx: that one loads the whole app's routes (every feature), which these tests of the
// shared kit neither need nor should depend on.
const ACCOUNTS = {
  officer: 'officer@example.com',
  manager: 'manager@example.com',
  staff: 'staff@example.com',
  desk: 'desk@example.com',
} as const;
export type DemoRole = keyof typeof ACCOUNTS;

export async function signInAs(role: DemoRole) {
  const session = unwrap(
    await api.POST('/api/v1/session', { body: { email: ACCOUNTS[role], password: 'demo-password' } }),
  );
  setCsrfToken(session.csrfToken);
  return session;
}

export interface HarnessOptions {
  url?: string;
  role?: DemoRole | null;
  /** Extra routes, e.g. somewhere to navigate away to. */
  routes?: RouteObject[];
}

export async function renderWithRouter(
  element: ReactElement,
  { url = '/', role = 'officer', routes = [] }: HarnessOptions = {},
) {
  const session = role ? await signInAs(role) : null;
  const queryClient = createQueryClient();
  if (session) queryClient.setQueryData(['session'], session);
  const router = createMemoryRouter([{ path: '/', element }, ...routes], { initialEntries: [url] });
  const view = render(
    <Providers queryClient={queryClient}>
      <RouterProvider router={router} />
    </Providers>,
  );
  return { ...view, router, queryClient, session };
}

/** Every request the app makes, for asserting what it asked the server. */
export function recordRequests(server: {
  events: {
    on: (event: 'request:start', listener: (args: { request: Request }) => void) => void;
    removeAllListeners: (event: 'request:start') => void;
  };
}) {
  const urls: URL[] = [];
  server.events.on('request:start', ({ request }) => {
    urls.push(new URL(request.url));
  });
  return urls;
}
