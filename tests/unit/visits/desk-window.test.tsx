// Issue 12: the officer sets the security desk's history window on the retention page (validated, saved with
// If-Match, audited); the desk's history page says which window it shows.
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { api, ifMatch, unwrap } from '@/shared/api/client';
import { auditEvents, sessions } from '../../../mocks/store/db';
import { currentHistoryWindow } from '../../../mocks/store/visits';
import { server } from '../../../mocks/node';
import { renderApp, signInAs, signInOnPage } from '../../setup/render';

/** The If-Match header of every PUT to the desk's window from now to the end of the test. */
function windowPuts() {
  const found: (string | null)[] = [];
  const listener = ({ request }: { request: Request }) => {
    if (request.method === 'PUT' && request.url.includes('/visit-history-window'))
      found.push(request.headers.get('If-Match'));
  };
  server.events.on('request:start', listener);
  onTestFinished(() => server.events.removeListener('request:start', listener));
  return found;
}

describe("visitor log: the desk's history window", () => {
  it('is set by the officer on the retention page, validated at the field and saved with If-Match', async () => {
    await signInAs('officer');
    const user = userEvent.setup();
    const puts = windowPuts();
    renderApp('/visitors/retention');
    const form = await screen.findByRole('form', { name: 'Security desk’s history window' });
    const field = within(form).getByRole('spinbutton', { name: /Desk’s history window \(days\)/ });
    expect(field).toHaveValue(7);
    await user.clear(field);
    await user.type(field, '120');
    await user.click(within(form).getByRole('button', { name: 'Save window' }));
    expect(field).toHaveAccessibleDescription('Enter a whole number of days between 1 and 90.');
    expect(field).toHaveAttribute('aria-invalid', 'true');
    expect(currentHistoryWindow().days).toBe(7);
    await user.clear(field);
    await user.type(field, '14');
    await user.click(within(form).getByRole('button', { name: 'Save window' }));
    expect(
      await screen.findByText('Saved: the security desk reads the visits of the last 14 days.'),
    ).toBeInTheDocument();
    expect(currentHistoryWindow().days).toBe(14);
    expect(puts).toEqual(['"1"']);
    expect([...auditEvents.all()].find((e) => e.entityType === 'visit-history-window')).toMatchObject({
      changes: [{ field: 'days', from: 7, to: 14 }],
    });
    // The change shows in the section's own history.
    expect(await screen.findByText("Set the security desk's history window to 14 days")).toBeInTheDocument();
  });

  it('keeps the typed number when another officer saved first (412)', async () => {
    await signInAs('officer');
    const user = userEvent.setup();
    renderApp('/visitors/retention');
    const form = await screen.findByRole('form', { name: 'Security desk’s history window' });
    const field = within(form).getByRole('spinbutton', { name: /Desk’s history window/ });
    unwrap(
      await api.PUT('/api/v1/visit-history-window', {
        params: { header: { 'If-Match': ifMatch(1) } },
        body: { days: 30 },
      }),
    );
    await user.clear(field);
    await user.type(field, '21');
    await user.click(within(form).getByRole('button', { name: 'Save window' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      /Someone else changed the desk’s history window/,
    );
    expect(field).toHaveValue(21);
    expect(await within(form.parentElement!).findByText('30 days')).toBeInTheDocument();
  });

  it('keeps the typed number through a 401 and signing in again', async () => {
    await signInAs('officer');
    const user = userEvent.setup();
    const { router } = renderApp('/visitors/retention');
    const form = await screen.findByRole('form', { name: 'Security desk’s history window' });
    const field = within(form).getByRole('spinbutton', { name: /Desk’s history window/ });
    await user.clear(field);
    await user.type(field, '21');
    sessions.clear(); // the backend forgot the session
    await user.click(within(form).getByRole('button', { name: 'Save window' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Sign in' })).toBeInTheDocument();
    await signInOnPage(user, 'officer');
    await waitFor(() => expect(router.state.location.pathname).toBe('/visitors/retention'));
    const again = await screen.findByRole('form', { name: 'Security desk’s history window' });
    expect(within(again).getByRole('spinbutton', { name: /Desk’s history window/ })).toHaveValue(21);
    expect(currentHistoryWindow().days).toBe(7);
  });

  it('is what the desk’s history page names', async () => {
    await signInAs('officer');
    unwrap(
      await api.PUT('/api/v1/visit-history-window', {
        params: { header: { 'If-Match': ifMatch(1) } },
        body: { days: 3 },
      }),
    );
    await signInAs('desk');
    renderApp('/visitors/history');
    expect(
      await screen.findByText(/^Showing the visits of the last 3 days \(and everyone still on site\)\./),
    ).toBeInTheDocument();
  });
});
