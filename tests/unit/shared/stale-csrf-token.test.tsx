// One browser, one session: a sign-in in another tab starts a new session with a new CSRF token, and this
// tab's token goes stale. Its next write must neither fail as "not permitted" nor leave anyone signed in
// after "Sign out".
import { act, renderHook, waitFor } from '@testing-library/react';
import { QueryClientProvider } from '@tanstack/react-query';
import { api, onApiError, unwrap } from '@/shared/api/client';
import { isApiError, type ApiError } from '@/shared/api/errors';
import { useSignOut } from '@/shared/auth/session';
import { createQueryClient } from '@/app/providers';
import { sessions } from '../../../mocks/store/db';
import { DEMO_ACCOUNTS, DEMO_PASSWORD, type DemoRole } from '../../setup/demo-accounts';
import { failure, signInAs } from '../../setup/render';

/** Another tab of the same browser signs in: straight to the backend, not through this tab's client. */
async function signInInAnotherTab(role: DemoRole) {
  const response = await fetch(`${location.origin}/api/v1/session`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email: DEMO_ACCOUNTS[role].email, password: DEMO_PASSWORD }),
  });
  expect(response.status).toBe(200);
}

const expectVisitor = () =>
  api.POST('/api/v1/expected-visits', {
    body: {
      name: 'Stale Token',
      company: 'Cobalt',
      date: new Date().toISOString().slice(0, 10),
      siteId: 'site-tor',
    },
  });

describe('a CSRF token made stale by a sign-in in another tab', () => {
  it('sends the write again with the current token when the same person signed in again', async () => {
    await signInAs('staff');
    await signInInAnotherTab('staff');
    const created = unwrap(await expectVisitor());
    expect(created.name).toBe('Stale Token');
  });

  it('ends this tab’s session (a 401, so the sign-in flow keeps the draft) when another person signed in', async () => {
    await signInAs('staff');
    await signInInAnotherTab('desk');
    const heard: ApiError[] = [];
    const stop = onApiError((error) => heard.push(error));
    const error = await failure(expectVisitor().then(unwrap));
    stop();
    expect(error.status).toBe(401);
    expect(error.problem.detail).toBe('Someone signed in or out in another tab of this browser.');
    expect(heard.map((e) => e.status)).toEqual([401]);
  });

  it('keeps a refusal of the role a 403', async () => {
    await signInAs('staff');
    const error = await failure(
      api
        .PUT('/api/v1/visit-retention', { params: { header: { 'If-Match': '"1"' } }, body: { days: 90 } })
        .then(unwrap),
    );
    expect(isApiError(error, 403)).toBe(true);
  });

  it('signs the browser out with “Sign out” in a stale tab, whoever is signed in now', async () => {
    await signInAs('officer');
    await signInInAnotherTab('staff');
    const queryClient = createQueryClient();
    const { result } = renderHook(() => useSignOut(), {
      wrapper: ({ children }) => <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>,
    });
    await act(() => result.current.mutateAsync({ keepDrafts: false }));
    await waitFor(() => expect([...sessions.all()]).toEqual([]));
    const after = await failure(api.GET('/api/v1/session').then(unwrap));
    expect(after.status).toBe(401);
  });
});
