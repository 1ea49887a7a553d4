// The desk's writes on a bad day: what was typed stays through every fault, and focus goes on to the next
// visitor after each action instead of falling to the page's body.
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { server } from '../../../mocks/node';
import { sessions } from '../../../mocks/store/db';
import { expectedVisits, visits } from '../../../mocks/store/visits';
import { visitKeys } from '@/features/visits/api/keys';
import { renderApp, signInAs, signInOnPage } from '../../setup/render';

const outage = (method: 'get' | 'post', path: string) =>
  server.use(
    http[method](`*/api/v1${path}`, () =>
      HttpResponse.json(
        { type: 'about:blank', title: 'Unavailable', status: 503 },
        { status: 503, headers: { 'Content-Type': 'application/problem+json' } },
      ),
    ),
  );

describe('the desk keeps what was typed on every fault', () => {
  it('keeps the badge typed at an expected visitor through a server error and a failed refresh', async () => {
    await signInAs('desk');
    const user = userEvent.setup();
    const { queryClient } = renderApp('/visitors');
    const form = await screen.findByRole('form', { name: 'Check in Priya Raman' });
    outage('post', '/expected-visits/:id/check-in');
    await user.type(within(form).getByLabelText('Badge'), '170{Enter}');
    expect(await within(form.parentElement!).findByRole('alert')).toHaveTextContent(/server had a problem/);
    expect(within(form).getByLabelText('Badge')).toHaveValue('170');

    // The list's next refresh fails too: the rows, and the badge in this one, stay under the error.
    outage('get', '/expected-visits');
    // One retry after a second, as for any outage.
    await queryClient.refetchQueries({ queryKey: visitKeys.expectedToday('site-tor') });
    expect(
      await screen.findByText(/Could not load today’s expected visitors/, {}, { timeout: 4000 }),
    ).toBeInTheDocument();
    expect(
      within(screen.getByRole('form', { name: 'Check in Priya Raman' })).getByLabelText('Badge'),
    ).toHaveValue('170');
  });

  it('keeps the badge typed at an expected visitor through a 401 and signing in again', async () => {
    await signInAs('desk');
    const user = userEvent.setup();
    const { router } = renderApp('/visitors');
    const form = await screen.findByRole('form', { name: 'Check in Priya Raman' });
    sessions.clear();
    await user.type(within(form).getByLabelText('Badge'), '170{Enter}');
    expect(await screen.findByRole('heading', { level: 1, name: 'Sign in' })).toBeInTheDocument();
    await signInOnPage(user, 'desk');
    await waitFor(() => expect(router.state.location.pathname).toBe('/visitors'));
    const again = await screen.findByRole('form', { name: 'Check in Priya Raman' });
    expect(within(again).getByLabelText('Badge')).toHaveValue('170');
    expect(expectedVisits.get('expected-1')!.status).toBe('expected');
  });

  it('keeps Undo on offer when undoing a check-out fails', async () => {
    await signInAs('desk');
    const user = userEvent.setup();
    renderApp('/visitors');
    await user.click(await screen.findByRole('button', { name: 'Check out Aisha Chen, badge 101' }));
    expect(await screen.findByText(/Aisha Chen checked out at/)).toBeInTheDocument();
    outage('post', '/visits/:id/undo-check-out');
    await user.click(screen.getByRole('button', { name: 'Undo' }));
    expect(await screen.findByText(/Could not undo the check-out of Aisha Chen/)).toBeInTheDocument();
    server.resetHandlers();
    await user.click(screen.getByRole('button', { name: 'Try Undo again' }));
    expect(await screen.findByRole('rowheader', { name: /Aisha Chen/ })).toBeInTheDocument();
    expect(visits.get('visit-onsite-1')!.checkedOutMs).toBeNull();
  });
});

describe('focus after the desk’s actions', () => {
  it('moves to the next visitor’s Check out after a check-out, and to the heading after the last', async () => {
    await signInAs('desk');
    const user = userEvent.setup();
    renderApp('/visitors');
    const table = await screen.findByRole('table', { name: 'Visitors on site now' });
    const buttons = within(table).getAllByRole('button', { name: /^Check out / });
    expect(buttons).toHaveLength(3);
    const [first, second] = buttons;
    await user.click(first!);
    await waitFor(() => expect(second).toHaveFocus());
    // The row goes with the refresh; focus stays where it went.
    await waitFor(() =>
      expect(within(table).getAllByRole('button', { name: /^Check out / })).toHaveLength(2),
    );
    expect(second).toHaveFocus();

    await user.keyboard('{Enter}');
    await waitFor(() =>
      expect(within(table).getAllByRole('button', { name: /^Check out / })).toHaveLength(1),
    );
    const last = within(table).getByRole('button', { name: /^Check out / });
    await waitFor(() => expect(last).toHaveFocus());
    await user.keyboard('{Enter}');
    await waitFor(() => expect(screen.getByRole('heading', { level: 2, name: 'On site now' })).toHaveFocus());
  });

  it('moves to the next expected visitor’s badge after a check-in, and to the confirmation after the last', async () => {
    await signInAs('desk');
    const user = userEvent.setup();
    renderApp('/visitors');
    const forms = await screen.findAllByRole('form', { name: /^Check in / });
    expect(forms).toHaveLength(3);
    await user.type(within(forms[0]!).getByLabelText('Badge'), '170{Enter}');
    await waitFor(() => expect(within(forms[1]!).getByLabelText('Badge')).toHaveFocus());
    expect(screen.getByRole('status')).toHaveTextContent(/is checked in with badge 170/);
    await user.keyboard('171{Enter}');
    await waitFor(() => expect(screen.getAllByRole('form', { name: /^Check in / })).toHaveLength(1));
    const last = within(screen.getByRole('form', { name: /^Check in / })).getByLabelText('Badge');
    await waitFor(() => expect(last).toHaveFocus());
    await user.keyboard('172{Enter}');
    const confirmation = await screen.findByText(/is checked in with badge 172/);
    await waitFor(() => expect(confirmation.closest('[role="status"]')).toHaveFocus());
  });

  it('moves to the list’s heading after an Undo, where the visitor is back', async () => {
    await signInAs('desk');
    const user = userEvent.setup();
    renderApp('/visitors');
    await user.click(await screen.findByRole('button', { name: 'Check out Aisha Chen, badge 101' }));
    await user.click(await screen.findByRole('button', { name: 'Undo' }));
    expect(await screen.findByRole('rowheader', { name: /Aisha Chen/ })).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 2, name: 'On site now' })).toHaveFocus();

    await user.click(await screen.findByRole('button', { name: 'Check out Aisha Chen, badge 101' }));
    await user.click(await screen.findByRole('button', { name: 'Undo check-out of Aisha Chen' }));
    expect(await screen.findByRole('rowheader', { name: /Aisha Chen/ })).toBeInTheDocument();
    await waitFor(() => expect(screen.getByRole('heading', { level: 2, name: 'On site now' })).toHaveFocus());
  });
});
