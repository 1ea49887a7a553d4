// Issue 12: signing out is a write like any other. The console's sign-out sends the session's CSRF token (the
// mock refuses a DELETE /session without it), ends the backend session and is audited.
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { server } from '../../../mocks/node';
import { auditEvents, sessions } from '../../../mocks/store/db';
import { renderApp, signInAs } from '../../setup/render';
import { say } from '../../../mocks/i18n/server-messages';

describe('signing out', () => {
  it('sends the CSRF token, ends the backend session and is audited', async () => {
    const session = await signInAs('staff');
    const tokens: (string | null)[] = [];
    const listener = ({ request }: { request: Request }) => {
      if (request.method === 'DELETE' && request.url.endsWith('/api/v1/session'))
        tokens.push(request.headers.get('X-CSRF-Token'));
    };
    server.events.on('request:start', listener);
    onTestFinished(() => server.events.removeListener('request:start', listener));
    const user = userEvent.setup();
    const { router } = renderApp('/home');
    await user.click(await screen.findByRole('button', { name: /Account menu/ }));
    await user.click(screen.getByRole('menuitem', { name: 'Sign out' }));
    await vi.waitFor(() => expect(router.state.location.pathname).toBe('/sign-in'));
    expect(tokens).toEqual([session.csrfToken]);
    expect([...sessions.all()]).toEqual([]);
    // The stored summary is a reference, said in the reader's language when the trail is read.
    const signOuts = [...auditEvents.all()].filter((e) => e.action === 'sign_out');
    expect(signOuts.map((e) => ({ ...e, summary: say(e.summary, 'en') }))).toEqual([
      expect.objectContaining({ actor: { id: 'p-staff', name: 'Sam Patel' }, summary: 'Signed out' }),
    ]);
  });
});
