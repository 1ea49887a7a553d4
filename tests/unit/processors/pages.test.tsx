// The processors pages against the mock backend: what each role sees, and the officer's flows end to end.
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { api, ifMatch, unwrap } from '@/shared/api/client';
import { addMonths } from '@/shared/model/dates';
import { http, HttpResponse } from 'msw';
import { server } from '../../../mocks/node';
import { renderApp, signInAs } from '../../setup/render';

const today = (() => {
  const now = new Date();
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
})();
const display = (day: string) =>
  new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeZone: 'UTC' }).format(
    new Date(`${day}T00:00:00Z`),
  );

/** Native date inputs take their value in one change event. */
function setDate(label: string | RegExp, value: string) {
  fireEvent.change(screen.getByLabelText(label), { target: { value } });
}

describe('processors list', () => {
  it('shows the officer the processors with their flags and missing clauses at a glance', async () => {
    await signInAs('officer');
    renderApp('/processors');
    expect(await screen.findByRole('heading', { level: 1, name: 'Processors' })).toBeInTheDocument();
    // Set by the page's effect, after the heading has rendered.
    await waitFor(() => expect(document.title).toBe('Processors · Privacy Office Console'));
    const table = await screen.findByRole('table', { name: 'Processors' });
    const aws = (await within(table).findByRole('link', { name: 'Amazon Web Services (AWS)' })).closest(
      'tr',
    )!;
    expect(within(aws).getByText('Privacy Shield transfer')).toBeInTheDocument();
    const kids = within(table).getByRole('link', { name: 'Little Chefs Club Platform' }).closest('tr')!;
    expect(within(kids).getByText('Sensitive data at low tier')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Register processor' })).toBeInTheDocument();
  });

  it('shows the country from "Columns" only, so the flags fit beside the rest', async () => {
    await signInAs('officer');
    const user = userEvent.setup();
    renderApp('/processors');
    const table = await screen.findByRole('table', { name: 'Processors' });
    await within(table).findByRole('link', { name: 'Amazon Web Services (AWS)' });
    expect(within(table).queryByRole('columnheader', { name: /Country/ })).not.toBeInTheDocument();
    expect(within(table).getByRole('columnheader', { name: /Missing clauses/ })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Columns' }));
    await user.click(screen.getByRole('menuitemcheckbox', { name: 'Country' }));
    await user.keyboard('{Escape}');
    expect(await within(table).findByRole('columnheader', { name: /Country/ })).toBeInTheDocument();
  });

  it('filters through the URL and shows missing clauses in the list', async () => {
    const user = userEvent.setup();
    await signInAs('officer');
    const { router } = renderApp('/processors');
    await screen.findByRole('link', { name: 'Amazon Web Services (AWS)' });
    await user.selectOptions(await screen.findByLabelText('Flags'), 'Missing clauses');
    // Like every list, the filters apply with the visible Search button (or Enter), not on each change.
    expect(router.state.location.search).toBe('');
    await user.click(screen.getByRole('button', { name: 'Search' }));
    await waitFor(() => expect(router.state.location.search).toContain('flag=missing_clauses'));
    const table = screen.getByRole('table', { name: 'Processors' });
    await waitFor(() =>
      expect(within(table).queryByRole('link', { name: 'Amazon Web Services (AWS)' })).toBeNull(),
    );
    const email = within(table).getByRole('link', { name: 'Postlane Email Delivery' }).closest('tr')!;
    expect(within(email).getByText('No audits')).toBeInTheDocument();
    expect(within(email).getByText('Contract expiring')).toBeInTheDocument();

    await user.selectOptions(screen.getByLabelText('Risk tier'), 'High');
    await user.click(screen.getByRole('button', { name: 'Search' }));
    await waitFor(() => expect(router.state.location.search).toContain('tier=high'));
    await waitFor(() =>
      expect(within(table).queryByRole('link', { name: 'Postlane Email Delivery' })).toBeNull(),
    );
    expect(within(table).getByRole('link', { name: 'Adwise Retargeting' })).toBeInTheDocument();
  });

  it('applies the filters with Enter in a select, and clears what was chosen but not yet applied', async () => {
    const user = userEvent.setup();
    await signInAs('officer');
    const { router } = renderApp('/processors');
    await screen.findByRole('link', { name: 'Amazon Web Services (AWS)' });
    const status = await screen.findByLabelText('Status');
    await user.selectOptions(status, 'Onboarding');
    await user.type(status, '{Enter}');
    await waitFor(() => expect(router.state.location.search).toBe('?status=onboarding'));
    await user.click(screen.getByRole('button', { name: 'Clear filters' }));
    await waitFor(() => expect(router.state.location.search).toBe(''));
    // Chosen, not searched: Clear filters empties the bar as well.
    await user.selectOptions(screen.getByLabelText('Risk tier'), 'High');
    await user.click(screen.getByRole('button', { name: 'Clear filters' }));
    expect(screen.getByLabelText('Risk tier')).toHaveValue('');
    expect(router.state.location.search).toBe('');
  });

  it('searches without putting the search text in the URL, and clears the filters', async () => {
    const user = userEvent.setup();
    await signInAs('officer');
    const { router } = renderApp('/processors?status=active');
    const table = await screen.findByRole('table', { name: 'Processors' });
    await within(table).findByRole('link', { name: 'Amazon Web Services (AWS)' });
    const search = await screen.findByLabelText('Search name or services');
    await user.type(search, 'payments{Enter}');
    await waitFor(() =>
      expect(within(table).queryByRole('link', { name: 'Amazon Web Services (AWS)' })).toBeNull(),
    );
    expect(within(table).getByRole('link', { name: 'Maplepay Payments Inc.' })).toBeInTheDocument();
    expect(search).toHaveFocus();
    expect(router.state.location.search).not.toContain('payments');
    await user.click(screen.getByRole('button', { name: 'Clear filters' }));
    await within(table).findByRole('link', { name: 'Amazon Web Services (AWS)' });
    expect(search).toHaveValue('');
    expect(router.state.location.search).toBe('');
  });

  it('opens a filtered view from a shared link, and exports it as CSV', async () => {
    const user = userEvent.setup();
    await signInAs('officer');
    const blobs: Blob[] = [];
    const createObjectURL = vi.fn((blob: Blob) => {
      blobs.push(blob);
      return 'blob:export';
    });
    Object.assign(URL, { createObjectURL, revokeObjectURL: vi.fn() });
    renderApp('/processors?flag=privacy_shield');
    const table = await screen.findByRole('table', { name: 'Processors' });
    await within(table).findByRole('link', { name: 'Amazon Web Services (AWS)' });
    await user.click(screen.getByRole('button', { name: 'Export CSV' }));
    await waitFor(() => expect(createObjectURL).toHaveBeenCalled());
    const csv = await blobs[0]!.text();
    const lines = csv
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(lines[0]).toMatch(/^Name,Status,Risk tier/);
    // Only the filtered view: AWS (offboarded processors carry no flags).
    expect(lines).toHaveLength(2);
    expect(lines[1]).toContain('Amazon Web Services (AWS)');
    expect(lines[1]).toContain('Privacy Shield, invalidated in July 2020');
  });

  it('shows a manager everything, with no write buttons', async () => {
    await signInAs('manager');
    renderApp('/processors');
    await screen.findByRole('link', { name: 'Amazon Web Services (AWS)' });
    expect(screen.queryByRole('link', { name: 'Register processor' })).toBeNull();
  });

  it.each(['staff', 'desk'] as const)('tells %s the processors are not permitted', async (role) => {
    await signInAs(role);
    renderApp('/processors');
    expect(await screen.findByRole('heading', { level: 1, name: 'Not permitted' })).toBeInTheDocument();
  });
});

describe('processor page', () => {
  it('shows details, flags, contracts, reviews with the next due date, and history', async () => {
    await signInAs('officer');
    renderApp('/processors/proc-email');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Postlane Email Delivery' }),
    ).toBeInTheDocument();
    const flags = screen.getByRole('region', { name: /needs? attention/ });
    expect(
      within(flags).getByText(/Contract DPA-EML-2024 lacks: audit and inspection rights/),
    ).toBeInTheDocument();
    expect(within(flags).getByText(/ends on .* within 90 days/)).toBeInTheDocument();
    const contracts = screen.getByRole('region', { name: 'Contracts' });
    const row = (await within(contracts).findByRole('rowheader', { name: /DPA-EML-2024/ })).closest('tr')!;
    expect(within(row).getByText('Expiring')).toBeInTheDocument();
    expect(within(row).getByText('No audits')).toBeInTheDocument();
    const reviews = screen.getByRole('region', { name: 'Compliance reviews' });
    expect(within(reviews).getByText(/Next review due:/)).toBeInTheDocument();
    expect(
      within(reviews).getByText('Medium-tier processors are reviewed every 12 months.', { exact: false }),
    ).toBeInTheDocument();
    const history = screen.getByRole('region', { name: 'History' });
    expect(history).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Edit processor' })).toBeInTheDocument();
    expect(within(contracts).getByRole('link', { name: 'Add contract' })).toBeInTheDocument();
    expect(within(reviews).getByRole('link', { name: 'Record review' })).toBeInTheDocument();
  });

  it('shows a manager the same page read-only: no edit, add or record buttons', async () => {
    await signInAs('manager');
    renderApp('/processors/proc-email');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Postlane Email Delivery' }),
    ).toBeInTheDocument();
    await screen.findByRole('rowheader', { name: /DPA-EML-2024/ });
    await screen.findByText(/Review of/);
    expect(screen.queryByRole('link', { name: /Edit/ })).toBeNull();
    expect(screen.queryByRole('link', { name: 'Add contract' })).toBeNull();
    expect(screen.queryByRole('link', { name: 'Record review' })).toBeNull();
  });

  it('refuses a manager the forms on a deep link', async () => {
    await signInAs('manager');
    renderApp('/processors/proc-email/contracts/new');
    expect(await screen.findByRole('heading', { level: 1, name: 'Not permitted' })).toBeInTheDocument();
  });
});

describe('officer flows', () => {
  it('registers a processor, adds a contract with a missing clause, records a review', async () => {
    const user = userEvent.setup();
    await signInAs('officer');
    const { router } = renderApp('/processors/new');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Register a processor' }),
    ).toBeInTheDocument();

    await user.type(screen.getByLabelText(/^Name/), 'Frostline Cold Chain');
    await user.type(
      screen.getByLabelText(/^Services provided/),
      'Refrigerated storage of returned appliances.',
    );
    await user.selectOptions(screen.getByLabelText(/^Country/), 'Canada');
    await user.type(screen.getByLabelText(/^Contact name/), 'Ines Roy');
    await user.type(screen.getByLabelText(/^Contact email/), 'ines.roy@frostline.example');
    await user.selectOptions(screen.getByLabelText(/^Status/), 'Active');
    await user.selectOptions(screen.getByLabelText(/^Risk tier/), 'Low');
    await user.click(screen.getByRole('checkbox', { name: 'Contact details' }));
    await user.click(screen.getByRole('checkbox', { name: 'Customers' }));
    await user.selectOptions(screen.getByLabelText(/^Location 1: country/), 'United States');
    // Choosing the Privacy Shield is possible (for records as they stand) but warned against.
    await user.selectOptions(
      screen.getByLabelText(/^Location 1: transfer mechanism/),
      'EU-US Privacy Shield (invalid since July 2020)',
    );
    expect(screen.getByText(/invalidated in July 2020 and no longer covers a transfer/)).toBeInTheDocument();
    await user.selectOptions(
      screen.getByLabelText(/^Location 1: transfer mechanism/),
      'EU-US Data Privacy Framework',
    );
    await user.click(screen.getByRole('button', { name: 'Register processor' }));

    await waitFor(() => expect(router.state.location.pathname).toMatch(/^\/processors\/proc-/));
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Frostline Cold Chain' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('region', { name: /needs? attention/ })).toHaveTextContent(
      'Active without a current contract.',
    );
    const processorId = router.state.location.pathname.split('/')[2]!;

    // A contract with every clause but audits.
    await user.click(screen.getByRole('link', { name: 'Add contract' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Add a contract' })).toBeInTheDocument();
    await user.type(screen.getByLabelText(/^Reference/), 'DPA-FROST-2026');
    await user.type(screen.getByLabelText(/^Title/), 'Cold storage DPA');
    setDate(/^Start date/, '2026-01-01');
    setDate(/^End or renewal date/, '2028-12-31');
    for (const clause of [
      'Processing only on documented instructions',
      'Confidentiality of personnel',
      'Security measures',
      'Conditions for sub-processors',
      'Assistance with data-subject rights',
      'Breach notification within a stated time',
      'Deletion or return of data at the end',
    ]) {
      await user.click(screen.getByRole('checkbox', { name: clause }));
    }
    await user.type(screen.getByLabelText(/^Breach notification within \(hours\)/), '48');
    await user.click(screen.getByRole('button', { name: 'Add contract' }));

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Frostline Cold Chain' }),
    ).toBeInTheDocument();
    const flags = await screen.findByRole('region', { name: /needs? attention/ });
    await waitFor(() =>
      expect(flags).toHaveTextContent('Contract DPA-FROST-2026 lacks: audit and inspection rights.'),
    );
    const contracts = screen.getByRole('region', { name: 'Contracts' });
    const row = (await within(contracts).findByRole('rowheader', { name: /DPA-FROST-2026/ })).closest('tr')!;
    expect(within(row).getByText('No audits')).toBeInTheDocument();

    // A review: the next one falls due two years on (low tier).
    await user.click(screen.getByRole('link', { name: 'Record review' }));
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Record a compliance review' }),
    ).toBeInTheDocument();
    expect(screen.getByLabelText(/^Reviewer/)).toHaveValue('Olivia Ortiz');
    await user.type(screen.getByLabelText(/^Findings/), 'Site visit; access logs reviewed.');
    await user.selectOptions(screen.getByLabelText(/^Outcome/), 'Compliant');
    await user.click(screen.getByRole('button', { name: 'Record review' }));
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Frostline Cold Chain' }),
    ).toBeInTheDocument();
    const reviews = screen.getByRole('region', { name: 'Compliance reviews' });
    await waitFor(() =>
      expect(reviews).toHaveTextContent(`Next review due: ${display(addMonths(today, 24))}`),
    );
    expect(within(reviews).getByText('Scheduled')).toBeInTheDocument();
    const processor = unwrap(
      await api.GET('/api/v1/processors/{id}', { params: { path: { id: processorId } } }),
    );
    expect(processor.nextReviewDue).toBe(addMonths(today, 24));
  }, 40_000); // a whole officer's journey through three forms: ~11 s alone, up to ~20 s on a loaded 2-core machine

  it('says at the field what is wrong with a contract, and keeps what was typed', async () => {
    const user = userEvent.setup();
    await signInAs('officer');
    renderApp('/processors/proc-payments/contracts/new');
    expect(await screen.findByRole('heading', { level: 1, name: 'Add a contract' })).toBeInTheDocument();
    await user.type(screen.getByLabelText(/^Reference/), 'dpa-aws-2023');
    await user.type(screen.getByLabelText(/^Title/), 'Payments DPA');
    setDate(/^Start date/, '2026-06-01');
    setDate(/^End or renewal date/, '2026-05-01');
    await user.click(screen.getByRole('checkbox', { name: 'Breach notification within a stated time' }));
    await user.type(screen.getByLabelText(/^Breach notification within \(hours\)/), '0');
    await user.click(screen.getByRole('button', { name: 'Add contract' }));

    expect(
      await screen.findByText('The end date must be on or after the start date.', { selector: 'p' }),
    ).toBeInTheDocument();
    expect(
      screen.getByText('Enter the breach-notification window as a whole number of hours, more than 0.', {
        selector: 'p',
      }),
    ).toBeInTheDocument();
    expect(screen.getByLabelText(/^End or renewal date/)).toHaveAttribute('aria-invalid', 'true');

    setDate(/^End or renewal date/, '2027-05-31');
    await user.clear(screen.getByLabelText(/^Breach notification within \(hours\)/));
    await user.type(screen.getByLabelText(/^Breach notification within \(hours\)/), '72');
    await user.click(screen.getByRole('button', { name: 'Add contract' }));
    // The reference is taken: 409 from the backend, at the field, with everything else kept.
    expect(
      await screen.findByText('Another contract already has the reference DPA-AWS-2023.', { selector: 'p' }),
    ).toBeInTheDocument();
    expect(screen.getByLabelText(/^Title/)).toHaveValue('Payments DPA');
    expect(screen.getByLabelText(/^Breach notification within \(hours\)/)).toHaveValue('72');
  });

  it('asks for remediation actions with due dates when a review is not compliant', async () => {
    const user = userEvent.setup();
    await signInAs('officer');
    renderApp('/processors/proc-aws/reviews/new');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Record a compliance review' }),
    ).toBeInTheDocument();
    await user.type(screen.getByLabelText(/^Findings/), 'Gaps in logging.');
    await user.selectOptions(screen.getByLabelText(/^Outcome/), 'Remediation required');
    await user.click(screen.getByRole('button', { name: 'Record review' }));
    expect(
      await screen.findByText('Add at least one remediation action with a due date.', { selector: 'p' }),
    ).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Add remediation action' }));
    await user.type(screen.getByLabelText(/^Action 1: what to do/), 'Enable CloudTrail in every region.');
    setDate(/^Action 1: due date/, addMonths(today, 1));
    await user.click(screen.getByRole('button', { name: 'Record review' }));
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Amazon Web Services (AWS)' }),
    ).toBeInTheDocument();
    expect(await screen.findByText(/Enable CloudTrail in every region. — due/)).toBeInTheDocument();
  });

  it('says at the field what a processor lacks: a transfer mechanism outside Canada, data categories', async () => {
    const user = userEvent.setup();
    await signInAs('officer');
    renderApp('/processors/new');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Register a processor' }),
    ).toBeInTheDocument();
    await user.type(screen.getByLabelText(/^Name/), 'Half-filled Ltd');
    await user.selectOptions(screen.getByLabelText(/^Location 1: country/), 'Japan');
    await user.selectOptions(screen.getByLabelText(/^Risk tier/), 'Low');
    await user.click(screen.getByRole('checkbox', { name: 'Children' }));
    // Said before saving: a low tier with children's data wants its reason.
    expect(screen.getByText(/State the reason for the low tier, or it will be flagged/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Register processor' }));
    expect(
      await screen.findByText('Choose the transfer mechanism for this location outside Canada.', {
        selector: 'p',
      }),
    ).toBeInTheDocument();
    expect(screen.getByText('Choose at least one data category.', { selector: 'p' })).toBeInTheDocument();
    expect(screen.getByRole('alert')).toHaveTextContent('Location 1: transfer mechanism');
    expect(screen.getByLabelText(/^Name/)).toHaveValue('Half-filled Ltd');
  });

  it('goes through the conflict dialog when another officer saved the processor first', async () => {
    const user = userEvent.setup();
    await signInAs('officer');
    renderApp('/processors/proc-payments/edit');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Edit Maplepay Payments Inc.' }),
    ).toBeInTheDocument();
    // The other officer changes the services while this one edits the name.
    const opened = unwrap(
      await api.GET('/api/v1/processors/{id}', { params: { path: { id: 'proc-payments' } } }),
    );
    // Answers mask the contact; the other officer's form revealed it, as the console's edit page does.
    const reveal = async (field: 'contactEmail' | 'contactPhone') =>
      unwrap(
        await api.POST('/api/v1/reveals', {
          body: { entityType: 'processor', entityId: 'proc-payments', field },
        }),
      ).value;
    unwrap(
      await api.PUT('/api/v1/processors/{id}', {
        params: { path: { id: 'proc-payments' }, header: { 'If-Match': ifMatch(opened.version) } },
        body: {
          ...opened,
          contactEmail: (await reveal('contactEmail')) ?? '',
          contactPhone: await reveal('contactPhone'),
          services: 'Card and wallet payments.',
        },
      }),
    );
    const name = screen.getByLabelText(/^Name/);
    await user.clear(name);
    await user.type(name, 'Maplepay Payments Canada');
    await user.click(screen.getByRole('button', { name: 'Save changes' }));
    const dialog = await screen.findByRole('dialog');
    expect(dialog).toHaveTextContent('Services provided');
    await user.click(within(dialog).getByRole('button', { name: /reapply|keep my/i }));
    expect(screen.getByLabelText(/^Services provided/)).toHaveValue('Card and wallet payments.');
    expect(screen.getByLabelText(/^Name/)).toHaveValue('Maplepay Payments Canada');
    await user.click(screen.getByRole('button', { name: 'Save changes' }));
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Maplepay Payments Canada' }),
    ).toBeInTheDocument();
    const saved = unwrap(
      await api.GET('/api/v1/processors/{id}', { params: { path: { id: 'proc-payments' } } }),
    );
    expect(saved).toMatchObject({
      name: 'Maplepay Payments Canada',
      services: 'Card and wallet payments.',
      version: opened.version + 2,
    });
  });

  it('lets an officer change the review cadence', async () => {
    const user = userEvent.setup();
    await signInAs('officer');
    const { router } = renderApp('/processors/review-cadence');
    const high = await screen.findByLabelText(/^High tier \(months\)/);
    await user.clear(high);
    await user.type(high, '0');
    await user.click(screen.getByRole('button', { name: 'Save cadence' }));
    expect(
      await screen.findByText('Enter a whole number of months from 1 to 60.', { selector: 'p' }),
    ).toBeInTheDocument();
    await user.clear(high);
    await user.type(high, '3');
    await user.click(screen.getByRole('button', { name: 'Save cadence' }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/processors'));
    expect(unwrap(await api.GET('/api/v1/review-cadence')).high).toBe(3);
  });

  it('keeps the typed cadence on a 412 and on a server error', async () => {
    const user = userEvent.setup();
    await signInAs('officer');
    renderApp('/processors/review-cadence');
    const high = await screen.findByLabelText(/^High tier \(months\)/);
    await user.clear(high);
    await user.type(high, '4');
    // Another officer saves first.
    const opened = unwrap(await api.GET('/api/v1/review-cadence'));
    await api.PUT('/api/v1/review-cadence', {
      params: { header: { 'If-Match': ifMatch(opened.version) } },
      body: { high: opened.high, medium: 9, low: opened.low },
    });
    await user.click(screen.getByRole('button', { name: 'Save cadence' }));
    const dialog = await screen.findByRole('dialog', { name: 'Someone else changed this record' });
    await user.keyboard('{Escape}');
    await waitFor(() => expect(dialog).not.toBeInTheDocument());
    expect(screen.getByLabelText(/^High tier \(months\)/)).toHaveValue('4');
    expect(screen.getByLabelText(/^Medium tier \(months\)/)).toHaveValue('9');

    server.use(
      http.put('*/api/v1/review-cadence', () =>
        HttpResponse.json(
          { type: 'about:blank', title: 'Unavailable', status: 503 },
          { status: 503, headers: { 'Content-Type': 'application/problem+json' } },
        ),
      ),
    );
    await user.click(screen.getByRole('button', { name: 'Save cadence' }));
    expect(await screen.findByText(/The server had a problem/)).toBeInTheDocument();
    expect(screen.getByLabelText(/^High tier \(months\)/)).toHaveValue('4');
  });
});
