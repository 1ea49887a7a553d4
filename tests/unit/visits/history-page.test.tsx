import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { auditEvents, mockConfig, sessions } from '../../../mocks/store/db';
import { visitRetention, visits } from '../../../mocks/store/visits';
import { recordRequests, renderApp, signInAs, signInOnPage } from '../../setup/render';
import { say } from '../../../mocks/i18n/server-messages';

/** The UTC day of a stored time, as the history's date filters take it. */
function day(ms: number) {
  return new Date(ms).toISOString().slice(0, 10);
}

describe('visitor log: history', () => {
  it('finds a visit from three months ago by date range and company, server-side', async () => {
    // The officer: Harriet Quill's visit is outside the desk's window.
    await signInAs('officer');
    const user = userEvent.setup();
    const { router } = renderApp('/visitors/history');
    expect(await screen.findByRole('heading', { level: 1, name: 'Visit history' })).toBeInTheDocument();
    await screen.findByRole('table', { name: 'Visits' });
    const visitDay = day(visits.get('visit-past-1')!.checkedInMs);
    await user.type(await screen.findByLabelText('From'), visitDay);
    await user.type(screen.getByLabelText('To'), visitDay);
    await user.type(screen.getByRole('textbox', { name: 'Company' }), 'Quill');
    await user.click(screen.getByRole('button', { name: 'Search' }));
    await waitFor(() => expect(router.state.location.search).toContain(`from=${visitDay}`));
    expect(router.state.location.search).toContain('company=Quill');
    const table = screen.getByRole('table', { name: 'Visits' });
    expect(await within(table).findByText('Harriet Quill')).toBeInTheDocument();
    await waitFor(() => expect(within(table).getAllByRole('row')).toHaveLength(2));
  });

  it('keeps free-text search out of the address bar', async () => {
    // The officer: Harriet Quill's visit is outside the desk's window.
    await signInAs('officer');
    const user = userEvent.setup();
    const { router } = renderApp('/visitors/history');
    await user.type(await screen.findByRole('searchbox', { name: 'Search' }), 'Harriet');
    await user.click(screen.getByRole('button', { name: 'Search' }));
    expect(
      await within(screen.getByRole('table', { name: 'Visits' })).findByText('Harriet Quill'),
    ).toBeInTheDocument();
    expect(router.state.location.search).not.toContain('Harriet');
  });

  it('refuses a date range that ends before it starts, at the “To” field, keeping the dates', async () => {
    await signInAs('officer');
    const user = userEvent.setup();
    const { router } = renderApp('/visitors/history');
    await user.type(await screen.findByLabelText('From'), '2026-03-10');
    await user.type(screen.getByLabelText('To'), '2026-03-01');
    await user.click(screen.getByRole('button', { name: 'Search' }));
    await waitFor(() =>
      expect(screen.getByLabelText('To')).toHaveAccessibleDescription(
        'The end date is before the start date.',
      ),
    );
    expect(screen.getByLabelText('From')).toHaveValue('2026-03-10');
    expect(screen.getByLabelText('To')).toHaveValue('2026-03-01');
    // The summary names the field and leads to it; the focus is already there.
    expect(screen.getByLabelText('To')).toHaveFocus();
    const summary = screen.getByRole('alert');
    expect(summary).toHaveTextContent('There is a problem');
    await user.click(screen.getByLabelText('From'));
    await user.click(
      within(summary).getByRole('button', { name: 'To: The end date is before the start date.' }),
    );
    expect(screen.getByLabelText('To')).toHaveFocus();
    // Nothing was searched for.
    expect(router.state.location.search).not.toContain('from=');
  });

  it('shows the officer masked contacts, reveals one on request and audits it', async () => {
    await signInAs('officer');
    const user = userEvent.setup();
    renderApp('/visitors/history?company=Quill');
    const row = await screen.findByRole('row', { name: /Harriet Quill/ });
    expect(screen.getByRole('button', { name: 'Export CSV' })).toBeInTheDocument();
    await user.click(row);
    const dialog = await screen.findByRole('dialog', { name: 'Harriet Quill' });
    expect(within(dialog).getByText('h•••@quill.example')).toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: 'Reveal contact' }));
    // A visitor's contact asks a short reason first; an empty one is refused at the field.
    const ask = await screen.findByRole('dialog', { name: 'Reveal the contact?' });
    await user.click(within(ask).getByRole('button', { name: 'Reveal' }));
    expect(within(ask).getByRole('textbox', { name: /Reason/ })).toHaveAccessibleDescription(
      'Say why you need to see it.',
    );
    await user.type(within(ask).getByRole('textbox', { name: /Reason/ }), 'Returning a lost umbrella');
    await user.keyboard('{Enter}');
    expect(await within(dialog).findByText('harriet@quill.example')).toBeInTheDocument();
    expect(screen.queryByRole('dialog', { name: 'Reveal the contact?' })).not.toBeInTheDocument();
    const reveal = [...auditEvents.all()].find((e) => e.action === 'reveal' && e.entityId === 'visit-past-1');
    // Stored as a message reference, said in the reader's language.
    expect(say(reveal?.summary ?? '', 'en')).toBe('Revealed “Contact”. Reason: Returning a lost umbrella');
    // And the visit's history on screen shows it at once.
    const history = within(dialog).getByRole('list', { name: 'History, newest first' });
    expect(
      await within(history).findByText('Revealed “Contact”. Reason: Returning a lost umbrella'),
    ).toBeVisible();
  });

  it('keeps a reveal’s typed reason through a 401 and signing in again', async () => {
    await signInAs('officer');
    const user = userEvent.setup();
    const { router } = renderApp('/visitors/history?company=Quill');
    await user.click(await screen.findByRole('row', { name: /Harriet Quill/ }));
    const dialog = await screen.findByRole('dialog', { name: 'Harriet Quill' });
    await user.click(within(dialog).getByRole('button', { name: 'Reveal contact' }));
    const ask = await screen.findByRole('dialog', { name: 'Reveal the contact?' });
    await user.type(within(ask).getByRole('textbox', { name: /Reason/ }), 'Returning a lost umbrella');
    sessions.clear(); // the backend forgot the session
    await user.click(within(ask).getByRole('button', { name: 'Reveal' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Sign in' })).toBeInTheDocument();
    await signInOnPage(user, 'officer');
    await waitFor(() => expect(router.state.location.pathname).toBe('/visitors/history'));
    await user.click(await screen.findByRole('row', { name: /Harriet Quill/ }));
    const again = await screen.findByRole('dialog', { name: 'Harriet Quill' });
    await user.click(within(again).getByRole('button', { name: 'Reveal contact' }));
    const askAgain = await screen.findByRole('dialog', { name: 'Reveal the contact?' });
    expect(within(askAgain).getByRole('textbox', { name: /Reason/ })).toHaveValue(
      'Returning a lost umbrella',
    );
  }, 30_000);

  it('shows the desk which window of the history it reads, and no contact reveal', async () => {
    await signInAs('desk');
    const user = userEvent.setup();
    renderApp('/visitors/history');
    expect(
      await screen.findByText(/Showing the visits of the last 7 days \(and everyone still on site\)/),
    ).toBeInTheDocument();
    const table = await screen.findByRole('table', { name: 'Visits' });
    // Harriet Quill's visit of three months ago is outside the window.
    expect(within(table).queryByText('Harriet Quill')).not.toBeInTheDocument();
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.length).toBeGreaterThan(0);
    await user.click(rows[0]!);
    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).queryByRole('button', { name: 'Reveal contact' })).not.toBeInTheDocument();
  });

  it('offers the desk no export', async () => {
    await signInAs('desk');
    renderApp('/visitors/history');
    await screen.findByRole('table', { name: 'Visits' });
    expect(screen.queryByRole('button', { name: 'Export CSV' })).not.toBeInTheDocument();
  });
});

describe('visitor log: retention', () => {
  it('previews the purge and asks before shortening the period', async () => {
    await signInAs('officer');
    const user = userEvent.setup();
    renderApp('/visitors/retention');
    expect(await screen.findByRole('heading', { level: 1, name: 'Visit retention' })).toBeInTheDocument();
    const days = await screen.findByRole('spinbutton', { name: /Retention period/ });
    expect(days).toHaveValue(90);
    await user.clear(days);
    await user.type(days, '30');
    await user.click(screen.getByRole('button', { name: 'Preview purge' }));
    expect(await screen.findByText(/With 30 days, the next purge anonymises \d+ visits/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Save' }));
    const dialog = await screen.findByRole('dialog', { name: 'Shorten the retention period?' });
    expect(visits.get('visit-past-1')!.anonymised).toBe(false);
    await user.click(within(dialog).getByRole('button', { name: /Shorten and anonymise/ }));
    expect(await screen.findByText(/Saved: visits are kept for 30 days/)).toBeInTheDocument();
    expect(visits.get('visit-past-1')!.anonymised).toBe(true);
    expect([...auditEvents.all()].some((e) => e.action === 'purge')).toBe(true);
  });

  it('keeps the period when the officer steps back from the confirmation', async () => {
    await signInAs('officer');
    const user = userEvent.setup();
    renderApp('/visitors/retention');
    const days = await screen.findByRole('spinbutton', { name: /Retention period/ });
    await user.clear(days);
    await user.type(days, '30');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    const dialog = await screen.findByRole('dialog', { name: 'Shorten the retention period?' });
    await user.click(within(dialog).getByRole('button', { name: 'Keep 90 days' }));
    expect(visits.get('visit-past-1')!.anonymised).toBe(false);
    expect(days).toHaveValue(30);
  });

  it('keeps the typed period on a 412 and says what the other officer set', async () => {
    await signInAs('officer');
    const user = userEvent.setup();
    renderApp('/visitors/retention');
    const days = await screen.findByRole('spinbutton', { name: /Retention period/ });
    await user.clear(days);
    await user.type(days, '120');
    // Another officer saves first.
    const stored = visitRetention.get('visit-retention')!;
    visitRetention.replace({ ...stored, days: 60, version: stored.version + 1 });
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      /changed the retention period to 60 days meanwhile, so your 120 days were not saved/,
    );
    expect(await screen.findByText('60 days', { selector: 'strong' })).toBeInTheDocument();
    expect(screen.getByRole('spinbutton', { name: /Retention period/ })).toHaveValue(120);
    expect(visitRetention.get('visit-retention')!.days).toBe(60);
    // The form re-mounted with their setting: the message has the focus, not the page's body.
    expect(screen.getByRole('alert')).toHaveFocus();

    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText(/Saved: visits are kept for 120 days/)).toBeInTheDocument();
    expect(visitRetention.get('visit-retention')!.days).toBe(120);
  });

  it('closes the purge confirmation on Escape, keeping the period', async () => {
    await signInAs('officer');
    const user = userEvent.setup();
    renderApp('/visitors/retention');
    const days = await screen.findByRole('spinbutton', { name: /Retention period/ });
    await user.clear(days);
    await user.type(days, '30');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await screen.findByRole('dialog', { name: 'Shorten the retention period?' });
    await user.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(visits.get('visit-past-1')!.anonymised).toBe(false);
    expect(days).toHaveValue(30);
  });

  it('refuses a period out of range at the field', async () => {
    await signInAs('officer');
    const user = userEvent.setup();
    renderApp('/visitors/retention');
    const days = await screen.findByRole('spinbutton', { name: /Retention period/ });
    await user.clear(days);
    await user.type(days, '0');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(days).toHaveAccessibleDescription('Enter a whole number of days between 1 and 3650.');
  });

  it('is the privacy office’s alone', async () => {
    await signInAs('desk');
    renderApp('/visitors/retention');
    expect(await screen.findByRole('heading', { level: 1, name: 'Not permitted' })).toBeInTheDocument();
  });
});

describe('visitor log: history round trips', () => {
  it('asks for each page of history once: on entering, on sorting and on paging', async () => {
    await signInAs('officer');
    const { server } = await import('../../../mocks/node');
    const requests = recordRequests(server);
    const historyRequests = () => requests.filter((url) => url.pathname === '/api/v1/visits');
    const user = userEvent.setup();
    const { router, queryClient } = renderApp('/visitors/history');
    const table = await screen.findByRole('table', { name: 'Visits' });
    await waitFor(() => expect(within(table).getAllByRole('row').length).toBeGreaterThan(10));
    // The route's loader starts the request with the navigation; the page reuses it instead of asking again.
    expect(historyRequests()).toHaveLength(1);
    expect(historyRequests()[0]!.searchParams.get('sort')).toBe('-checkedInAt');

    await user.click(within(table).getByRole('button', { name: 'Visitor' }));
    await waitFor(() => expect(router.state.location.search).toBe('?sort=name'));
    await waitFor(() => expect(historyRequests()).toHaveLength(2));
    expect(historyRequests()[1]!.searchParams.get('sort')).toBe('name');

    await user.click(screen.getByRole('button', { name: /next page/i }));
    await waitFor(() => expect(router.state.location.search).toBe('?sort=name&page=2'));
    await waitFor(() => expect(historyRequests()).toHaveLength(3));
    expect(historyRequests()[2]!.searchParams.get('page')).toBe('2');
    // Nothing else followed: with page 2 on screen, the navigation done and no query fetching, any second
    // request for it would have started.
    const pageSize = Number(historyRequests()[2]!.searchParams.get('pageSize') ?? 25);
    expect(await screen.findByText(new RegExp(`^${pageSize + 1}–${2 * pageSize} of`))).toBeInTheDocument();
    await waitFor(() => {
      expect(router.state.navigation.state).toBe('idle');
      expect(queryClient.isFetching()).toBe(0);
    });
    expect(historyRequests()).toHaveLength(3);
  });
});

describe('visitor log: history search form', () => {
  it('keeps the focus on "Search" after a search, and follows the address bar on Back', async () => {
    // The officer: Harriet Quill's visit is outside the desk's window.
    await signInAs('officer');
    const user = userEvent.setup();
    const { router } = renderApp('/visitors/history');
    await user.type(await screen.findByRole('textbox', { name: 'Company' }), 'Quill');
    await user.click(screen.getByRole('button', { name: 'Search' }));
    await waitFor(() => expect(router.state.location.search).toContain('company=Quill'));
    const table = screen.getByRole('table', { name: 'Visits' });
    expect(await within(table).findByText('Harriet Quill')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Search' })).toHaveFocus();
    expect(screen.getByRole('textbox', { name: 'Company' })).toHaveValue('Quill');
    await act(() => router.navigate(-1));
    await waitFor(() => expect(screen.getByRole('textbox', { name: 'Company' })).toHaveValue(''));
  });
});

describe('visitor log: history paging', () => {
  it('moves two pages when "next page" is clicked twice before the first page has arrived', async () => {
    await signInAs('officer');
    const user = userEvent.setup();
    const { router } = renderApp('/visitors/history');
    const table = await screen.findByRole('table', { name: 'Visits' });
    await waitFor(() => expect(within(table).getAllByRole('row').length).toBeGreaterThan(10));
    mockConfig.latencyMs = 150;
    const next = screen.getByRole('button', { name: /next page/i });
    await user.click(next);
    await user.click(next);
    await waitFor(() => expect(router.state.location.search).toBe('?page=3'), { timeout: 3000 });
    expect(await screen.findByText(/^51–\d+ of/)).toBeInTheDocument();
  });
});
