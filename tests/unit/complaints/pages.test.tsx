// The complaints pages against the mock backend: the list's clocks and masked contacts, the record's deadlines
// and why, the forms' messages at their fields (nothing typed lost), a server error, and the roles refused.
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { server } from '../../../mocks/node';
import { complaints } from '../../../mocks/store/complaints';
import { recordRequests, renderApp, signInAs } from '../../setup/render';

const isoIn = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

/** Native date inputs take their value in one change event. */
function setDate(label: string | RegExp, value: string) {
  fireEvent.change(screen.getByLabelText(label), { target: { value } });
}

describe('complaints list', () => {
  it('puts the next deadline first, says overdue and due this week in words, and masks the contact', async () => {
    await signInAs('officer');
    renderApp('/complaints');
    const table = await screen.findByRole('table', { name: 'Complaints' });
    const marcus = (await within(table).findByText('Marcus Allen')).closest('tr')!;
    expect(within(marcus).getByText('Overdue')).toBeInTheDocument();
    expect(within(marcus).getByText('m•••@inbox.example')).toBeInTheDocument();
    expect(
      within(marcus).getByRole('button', { name: 'Reveal contact of Marcus Allen' }),
    ).toBeInTheDocument();
    expect(table).not.toHaveTextContent('marcus.allen@');
    const harpreet = within(table).getByText('Harpreet Gill').closest('tr')!;
    expect(within(harpreet).getByText('Due this week')).toBeInTheDocument();
    expect(within(table).getByRole('columnheader', { name: /Next deadline/ })).toHaveAttribute(
      'aria-sort',
      'ascending',
    );
  });

  it('filters by deadline and regulator through the URL', async () => {
    const user = userEvent.setup();
    await signInAs('officer');
    const requests = recordRequests(server);
    const { router } = renderApp('/complaints');
    await screen.findByText('Marcus Allen');
    await user.selectOptions(await screen.findByLabelText('Deadline'), 'Due this week');
    await user.selectOptions(screen.getByLabelText('Regulator'), 'Escalated or referred');
    await user.click(screen.getByRole('button', { name: 'Search' }));
    await waitFor(() => expect(router.state.location.search).toContain('deadline=due_soon'));
    expect(router.state.location.search).toContain('escalated=true');
    await waitFor(() => expect(screen.queryByText('Marcus Allen')).not.toBeInTheDocument());
    expect(screen.getByText('Harpreet Gill')).toBeInTheDocument();
    const asked = requests.filter((url) => url.pathname === '/api/v1/complaints').at(-1)!;
    expect(asked.searchParams.get('escalated')).toBe('true');
  });
});

describe('a complaint', () => {
  it('shows each deadline with its rule and source, the escalation and one timeline', async () => {
    await signInAs('officer');
    renderApp('/complaints/cmp-uk-ico');
    const deadlines = await screen.findByRole('region', { name: 'Deadlines' });
    expect(deadlines).toHaveTextContent('Jurisdiction: UK GDPR');
    expect(deadlines).toHaveTextContent('One month from receipt');
    expect(deadlines).toHaveTextContent('UK GDPR Art. 12(3)');
    expect(deadlines).toHaveTextContent('Set by the Information Commissioner’s Office');
    const escalation = screen.getByRole('region', { name: 'Escalation' });
    expect(escalation).toHaveTextContent('IC-338201-K4X9');
    const timeline = screen.getByRole('region', { name: 'Timeline' });
    expect(
      within(timeline)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual(
      expect.arrayContaining([
        expect.stringContaining('Investigating → Resolved'),
        expect.stringContaining('The ICO asked for our cookie audit'),
        expect.stringContaining('Resolved → Escalated'),
      ]),
    );
    // An escalated complaint closes; it cannot be escalated again.
    expect(screen.getByRole('link', { name: 'Close complaint' })).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Escalate to a regulator' })).not.toBeInTheDocument();
  });

  it('asks why before revealing the complainant’s contact, and shows the reveal in the history', async () => {
    const user = userEvent.setup();
    await signInAs('officer');
    renderApp('/complaints/cmp-quebec');
    await user.click(await screen.findByRole('button', { name: 'Reveal complainant’s contact' }));
    const dialog = await screen.findByRole('dialog', { name: /Reveal the complainant’s contact/ });
    await user.click(within(dialog).getByRole('button', { name: 'Reveal' }));
    expect(within(dialog).getByText('Say why you need to see it.')).toBeInTheDocument();
    await user.type(within(dialog).getByLabelText(/^Reason/), 'Calling her back');
    await user.click(within(dialog).getByRole('button', { name: 'Reveal' }));
    expect(await screen.findByText('g.tremblay@courriel.example')).toBeInTheDocument();
    const history = screen.getByRole('region', { name: 'History' });
    expect(await within(history).findByText(/Reason: Calling her back/)).toBeInTheDocument();
  });
});

describe('complaint forms', () => {
  it('records a complaint: the province is asked for in Canada and the law’s clock said before saving', async () => {
    const user = userEvent.setup();
    await signInAs('officer');
    const { router } = renderApp('/complaints/new');
    await screen.findByRole('heading', { level: 1, name: 'Record a complaint' });
    setDate(/^Received on/, isoIn(-1));
    await user.selectOptions(screen.getByLabelText(/^Channel/), 'Phone');
    await user.selectOptions(screen.getByLabelText(/^Subject/), 'Deletion');
    await user.type(screen.getByLabelText(/^Description/), 'Wants the account deleted.');
    await user.type(screen.getByLabelText(/^Name/), 'Lou Martin');
    await user.selectOptions(screen.getByLabelText(/^Country/), 'Canada');
    await user.click(screen.getByRole('button', { name: 'Record complaint' }));
    expect(await screen.findAllByText('Choose the province or territory.')).not.toHaveLength(0);
    await user.selectOptions(screen.getByLabelText(/^Province or territory/), 'Ontario');
    expect(screen.getByRole('status')).toHaveTextContent(
      'PIPEDA (Canada): a response within 30 days (PIPEDA s. 8(3))',
    );
    await user.click(screen.getByRole('button', { name: 'Record complaint' }));
    await waitFor(() => expect(router.state.location.pathname).toMatch(/^\/complaints\/cmp-/));
    const saved = complaints.get(router.state.location.pathname.split('/')[2]!)!;
    expect(saved).toMatchObject({
      complainantName: 'Lou Martin',
      complainantRegion: 'ON',
      jurisdiction: 'pipeda',
    });
  });

  it('keeps what was typed when the server fails, and says so', async () => {
    const user = userEvent.setup();
    await signInAs('officer');
    server.use(
      http.post('*/api/v1/complaints/:id/transitions', () =>
        HttpResponse.json(
          { type: 'about:blank', title: 'Unavailable', status: 503 },
          { status: 503, headers: { 'Content-Type': 'application/problem+json' } },
        ),
      ),
    );
    renderApp('/complaints/cmp-quebec/move/resolved');
    await screen.findByRole('heading', { level: 1, name: /^Resolve: CMP-/ });
    await user.selectOptions(screen.getByLabelText(/^Outcome/), 'Upheld');
    await user.type(screen.getByLabelText(/^Resolution summary/), 'Removed from the lists.');
    await user.type(screen.getByLabelText(/^What the response said/), 'Confirmed the removal.');
    await user.click(screen.getByRole('button', { name: 'Resolve' }));
    expect(await screen.findByText(/The server had a problem/)).toBeInTheDocument();
    expect(screen.getByLabelText(/^Resolution summary/)).toHaveValue('Removed from the lists.');
    expect(complaints.get('cmp-quebec')!.status).toBe('investigating');
  });

  it('says a step that is not open to the complaint instead of offering its form', async () => {
    await signInAs('officer');
    renderApp('/complaints/cmp-new-de/move/resolved');
    expect(await screen.findByText(/is received: this step is not open to it now/)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Resolve' })).not.toBeInTheDocument();
  });

  it('fills the edit form with the contact revealed for editing, audited with its reason', async () => {
    await signInAs('officer');
    renderApp('/complaints/cmp-quebec/edit');
    expect(await screen.findByLabelText(/^Contact/)).toHaveValue('g.tremblay@courriel.example');
    expect(await screen.findByRole('button', { name: 'Postlane Email Delivery' })).toBeInTheDocument();
  });
});

describe('escalation and settings forms', () => {
  it('asks for the regulator’s reference once it has answered, at the field, keeping the deadline typed', async () => {
    const user = userEvent.setup();
    await signInAs('officer');
    const { router } = renderApp('/complaints/cmp-uk-ico/escalation/edit');
    const reference = await screen.findByLabelText(/^Regulator’s reference/);
    expect(reference).toHaveValue('IC-338201-K4X9');
    await user.clear(reference);
    setDate(/^Regulator’s deadline/, isoIn(12));
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(
      await screen.findAllByText(/The regulator answered on .*: enter its reference\./),
    ).not.toHaveLength(0);
    expect(screen.getByLabelText(/^Regulator’s deadline/)).toHaveValue(isoIn(12));
    await user.type(reference, 'IC-338201-K4X9');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/complaints/cmp-uk-ico'));
    expect(complaints.get('cmp-uk-ico')!.escalation!.regulatorDeadline).toBe(isoIn(12));
  });

  it('saves the acknowledgement days, which moves every acknowledgement deadline', async () => {
    const user = userEvent.setup();
    await signInAs('officer');
    const before = complaints.get('cmp-new-de')!.deadlines.find((d) => d.kind === 'acknowledgement')!.due;
    renderApp('/complaints/deadline-settings');
    expect(
      await screen.findByRole('table', { name: 'Response deadlines by jurisdiction' }),
    ).toHaveTextContent('Cal. Civ. Code § 1798.130(a)(2)');
    const days = screen.getByLabelText(/^Acknowledge within/);
    await user.clear(days);
    await user.type(days, '0');
    await user.click(screen.getByRole('button', { name: 'Save settings' }));
    expect(
      await screen.findAllByText('Enter a whole number of business days from 1 to 30.'),
    ).not.toHaveLength(0);
    await user.clear(days);
    await user.type(days, '10');
    await user.click(screen.getByRole('button', { name: 'Save settings' }));
    await waitFor(() => expect(complaints.get('cmp-new-de')!.deadlines[0]!.due > before).toBe(true));
  });
});

describe('roles', () => {
  it.each(['manager', 'staff', 'desk'] as const)(
    'shows a %s "Not permitted" on a deep link',
    async (role) => {
      await signInAs(role);
      renderApp('/complaints/cmp-quebec');
      expect(await screen.findByRole('heading', { level: 1, name: 'Not permitted' })).toBeInTheDocument();
    },
  );
});
