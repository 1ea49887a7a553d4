// Renders against the msw/node mock backend, inside the console's providers and a data router: the real
// console (providers, router, routes) at a URL, or one component the way a feature would use it
// (useSearchParams, useBlocker) without the app's routes.
import type { ReactElement } from 'react';
import { render, screen } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';
import { onTestFinished } from 'vitest';
import { createMemoryRouter, RouterProvider, type RouteObject } from 'react-router';
import { Providers, createQueryClient } from '@/app/providers';
import { createRoutes } from '@/app/router';
import { api, setCsrfToken, unwrap } from '@/shared/api/client';
import { isApiError, type ApiError } from '@/shared/api/errors';
import type { server } from '@mocks/node';
import { DEMO_ACCOUNTS, DEMO_PASSWORD, type DemoRole } from './demo-accounts';

export { DEMO_ACCOUNTS, type DemoRole };

/** Signs in on the mock backend directly, as a test's precondition (the sign-in page has its own tests). */
export async function signInAs(role: DemoRole) {
  const session = unwrap(
    await api.POST('/api/v1/session', {
      body: { email: DEMO_ACCOUNTS[role].email, password: DEMO_PASSWORD },
    }),
  );
  setCsrfToken(session.csrfToken, session.user.id);
  return session;
}

/** The whole console at `url`; sign in first (signInAs) for a page behind the sign-in. */
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

export interface RenderWithRouterOptions {
  url?: string;
  role?: DemoRole | null;
  /** Extra routes, e.g. somewhere to navigate away to. */
  routes?: RouteObject[];
}

/** One component at `/` in a data router, signed in as `role` (officer unless told; null for nobody). */
export async function renderWithRouter(
  element: ReactElement,
  { url = '/', role = 'officer', routes = [] }: RenderWithRouterOptions = {},
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

/** Every request the app makes from now to the end of the test, for asserting what it asked the server. */
export function recordRequests(mockServer: typeof server) {
  const urls: URL[] = [];
  const listener = ({ request }: { request: Request }) => {
    urls.push(new URL(request.url));
  };
  mockServer.events.on('request:start', listener);
  onTestFinished(() => mockServer.events.removeListener('request:start', listener));
  return urls;
}

/** The ApiError a call ends in; fails the test if the call succeeds or fails some other way. */
export async function failure(promise: Promise<unknown>): Promise<ApiError> {
  try {
    await promise;
  } catch (error) {
    if (isApiError(error)) return error;
    throw error;
  }
  throw new Error('expected the call to fail');
}

/** Signs in again on the sign-in page the console is showing, as a person would (after a 401 or an expiry). */
export async function signInOnPage(user: UserEvent, role: DemoRole) {
  await user.type(await screen.findByLabelText(/Email/), DEMO_ACCOUNTS[role].email);
  await user.type(screen.getByLabelText(/Password/), DEMO_PASSWORD);
  await user.click(screen.getByRole('button', { name: 'Sign in' }));
}
