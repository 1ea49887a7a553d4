// The risk register's pages against the mock backend: what each role sees and may do, the form's refusals at
// the field, the review moves, and the heat map's cells.
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { api, ifMatch, unwrap } from '@/shared/api/client';
import { addDays, todayIso } from '@/shared/model/dates';
import { server } from '../../../mocks/node';
import { recordRequests, renderApp, signInAs } from '../../setup/render';

function setDate(label: RegExp, value: string) {
  fireEvent.change(screen.getByLabelText(label), { target: { value } });
}

describe('risk register list', () => {
  it('shows scores with their bands in words, statuses and flags, and the officer’s write button', async () => {
    await signInAs('officer');
    renderApp('/risks?status=approved&overdue=true');
    const table = await screen.findByRole('table', { name: 'Risks' });
    const row = (await within(table).findByRole('link', { name: 'RISK-0005' })).closest('tr')!;
    expect(within(row).getByText('16 Critical')).toBeInTheDocument();
    expect(within(row).getByText('12 High')).toBeInTheDocument();
    expect(within(row).getByText('Approved')).toBeInTheDocument();
    expect(within(row).getByText('Action overdue')).toBeInTheDocument();
    expect(within(row).getByText('Review overdue')).toBeInTheDocument();
    expect(screen.getAllByRole('link', { name: 'Write a risk' }).length).toBeGreaterThan(0);
    expect(screen.queryByRole('link', { name: 'Review queue' })).not.toBeInTheDocument();
  });

  it('filters through the URL and asks the server for that page only', async () => {
    const user = userEvent.setup();
    await signInAs('manager');
    const requests = recordRequests(server);
    const { router } = renderApp('/risks');
    await screen.findByRole('link', { name: 'RISK-0040' });
    expect(screen.queryByRole('link', { name: 'Write a risk' })).not.toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Review queue' })).toBeInTheDocument();
    await user.selectOptions(
      await screen.findByLabelText('Category', {}, { timeout: 10_000 }),
      'Physical security',
    );
    await user.click(screen.getByRole('button', { name: 'Search' }));
    await waitFor(() => expect(router.state.location.search).toContain('category=physical_security'));
    await waitFor(() => expect(screen.queryByRole('link', { name: 'RISK-0040' })).toBeNull());
    expect(screen.getByRole('link', { name: 'RISK-0005' })).toBeInTheDocument();
    const asked = requests.filter((url) => url.pathname === '/api/v1/risks').at(-1)!;
    expect(asked.searchParams.get('category')).toBe('physical_security');
    expect(asked.searchParams.get('pageSize')).toBe('25');
  });
});

describe('a risk’s page', () => {
  it('offers a manager approving and requesting changes, and records the move on the timeline', async () => {
    const user = userEvent.setup();
    await signInAs('officer');
    renderApp('/risks/risk-draft-backups');
    await user.click(await screen.findByRole('button', { name: 'Submit for review' }));
    const submit = await screen.findByRole('dialog', { name: 'Submit for review' });
    await user.click(within(submit).getByRole('button', { name: 'Submit for review' }));
    const review = screen.getByRole('region', { name: 'Review' });
    await waitFor(() => expect(within(review).getAllByText('In review').length).toBeGreaterThan(0));
    expect(screen.queryByRole('button', { name: 'Approve plan' })).not.toBeInTheDocument();
  });

  it('tells a manager why they may not review a risk they own, with no buttons', async () => {
    await signInAs('manager');
    renderApp('/risks/risk-card-data');
    expect(await screen.findByText('You own this risk: another manager must review it.')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Approve plan' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Request changes' })).not.toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Edit risk' })).not.toBeInTheDocument();
  });
});

describe('a manager’s review', () => {
  it('needs a comment to request changes, then shows it on the timeline', async () => {
    const user = userEvent.setup();
    await signInAs('officer');
    const draft = unwrap(
      await api.GET('/api/v1/risks/{id}', { params: { path: { id: 'risk-draft-backups' } } }),
    );
    await api.POST('/api/v1/risks/{id}/transitions', {
      params: { path: { id: draft.id }, header: { 'If-Match': ifMatch(draft.version) } },
      body: { action: 'submit' },
    });
    await signInAs('manager');
    renderApp('/risks/risk-draft-backups');
    await user.click(await screen.findByRole('button', { name: 'Request changes' }));
    const dialog = await screen.findByRole('dialog', { name: 'Request changes' });
    await user.click(within(dialog).getByRole('button', { name: 'Request changes' }));
    expect(await within(dialog).findByText('Say what should change.', { selector: 'p' })).toBeInTheDocument();
    // The error summary names the field as the form labels it.
    expect(within(dialog).getByText('What should change: Say what should change.')).toBeInTheDocument();
    await user.type(within(dialog).getByLabelText(/^What should change/), 'Name a restore owner.');
    await user.click(within(dialog).getByRole('button', { name: 'Request changes' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    const review = screen.getByRole('region', { name: 'Review' });
    const last = within(review).getAllByRole('listitem').at(-1)!;
    expect(last).toHaveTextContent('Changes requested by Marcus Reid');
    expect(last).toHaveTextContent('Name a restore owner.');
    expect(screen.queryByRole('button', { name: 'Approve plan' })).not.toBeInTheDocument();
  });
});

describe('the risk form', () => {
  it('refuses at the field a mitigation plan without actions, and a new action due in the past', async () => {
    const user = userEvent.setup();
    await signInAs('officer');
    const requests = recordRequests(server);
    renderApp('/risks/new');
    await screen.findByRole('heading', { level: 1, name: 'Write a risk' });
    await user.selectOptions(screen.getByLabelText(/^Treatment/), 'mitigate');
    await user.click(screen.getByRole('button', { name: 'Save draft' }));
    expect(
      (await screen.findAllByText(/A mitigation plan needs at least one action/)).length,
    ).toBeGreaterThan(0);
    await user.click(screen.getByRole('button', { name: 'Add action' }));
    await user.type(screen.getByLabelText(/^Action 1: what to do/), 'Train the team');
    setDate(/^Action 1: due date/, addDays(todayIso(), -5));
    await user.click(screen.getByRole('button', { name: 'Save draft' }));
    expect(
      await screen.findByText('A new action cannot be due in the past: choose today or a later date.', {
        selector: 'p',
      }),
    ).toBeInTheDocument();
    expect(screen.getByLabelText(/^Action 1: what to do/)).toHaveValue('Train the team');
    expect(requests.some((url) => url.pathname === '/api/v1/risks' && url.search === '')).toBe(false);
  });

  it('shows each level’s meaning where it is chosen, and the score with its band as it is chosen', async () => {
    const user = userEvent.setup();
    await signInAs('officer');
    renderApp('/risks/new');
    const likelihood = await screen.findByLabelText(/^Inherent likelihood/);
    expect(
      within(likelihood).getByRole('option', { name: '5 – Almost certain: Expected several times a year.' }),
    ).toBeInTheDocument();
    await user.selectOptions(likelihood, '5');
    await user.selectOptions(screen.getByLabelText(/^Inherent impact/), '3');
    expect(screen.getByText('15 High')).toBeInTheDocument();
    expect(
      screen.getAllByText(/bands 1–4: Low, 5–9: Medium, 10–15: High, 16–25: Critical/).length,
    ).toBeGreaterThan(0);
  });

  it('asks for the acceptance details when accepting a risk above medium', async () => {
    const user = userEvent.setup();
    await signInAs('officer');
    renderApp('/risks/new');
    await user.selectOptions(await screen.findByLabelText(/^Inherent likelihood/), '4');
    await user.selectOptions(screen.getByLabelText(/^Inherent impact/), '4');
    await user.selectOptions(screen.getByLabelText(/^Residual likelihood/), '4');
    await user.selectOptions(screen.getByLabelText(/^Residual impact/), '3');
    await user.selectOptions(screen.getByLabelText(/^Treatment/), 'accept');
    expect(screen.getByRole('group', { name: 'Acceptance' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Save draft' }));
    expect(
      await screen.findByText('Accepting a critical risk needs a justification.', { selector: 'p' }),
    ).toBeInTheDocument();
    expect(
      screen.getByText('Accepting a critical risk needs an expiry date.', { selector: 'p' }),
    ).toBeInTheDocument();
  });
});

describe('the heat map', () => {
  it('names each cell with its likelihood, impact and count, and links it to the filtered list', async () => {
    await signInAs('manager');
    renderApp('/risks/heat-map');
    const cells = await screen.findAllByRole('link', {
      name: /^Likelihood \d – .+, impact \d – .+: \d+ risks?, score \d+, /,
    });
    expect(cells).toHaveLength(25);
    const total = cells.reduce((sum, cell) => sum + Number(cell.textContent!.match(/^\d+/)![0]), 0);
    expect(total).toBe(40);
    const cell = screen.getByRole('link', { name: /^Likelihood 4 – Likely, impact 4 – Major: / });
    expect(cell).toHaveAttribute('href', '/risks?likelihood=4&impact=4');
  });
});
