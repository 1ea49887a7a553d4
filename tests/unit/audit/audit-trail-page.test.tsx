// The audit trail page against the mock backend: the events with their actions in words, the chain's
// verification said plainly (and a tampered one reported), filters in the URL with a backwards range refused at
// its field, officers only, and the page in French.
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { api, unwrap } from '@/shared/api/client';
import { changeLanguage } from '@/shared/i18n/i18n';
import { auditEvents } from '../../../mocks/store/db';
import { renderApp, signInAs } from '../../setup/render';

async function revealAContact() {
  unwrap(
    await api.POST('/api/v1/reveals', {
      body: { entityType: 'processor', entityId: 'proc-aws', field: 'contactEmail' },
    }),
  );
}

describe('the audit trail page', () => {
  it('lists what was done, in words, with the chain verified for the events shown', async () => {
    await signInAs('manager');
    await signInAs('officer');
    await revealAContact();
    renderApp('/audit');
    const table = await screen.findByRole('table', { name: 'Audit trail' });
    expect(await within(table).findByText('Revealed personal data')).toBeInTheDocument();
    // The action, and the summary the sign-in recorded.
    expect(within(table).getAllByText('Signed in')).toHaveLength(4);
    expect(within(table).getByRole('link', { name: 'Processors · proc-aws' })).toHaveAttribute(
      'href',
      '/processors/proc-aws',
    );
    expect(await screen.findByText(/The chain is intact: 3 events checked/)).toBeInTheDocument();
  });

  it('reports a tampered chain', async () => {
    await signInAs('officer');
    await revealAContact();
    const [first] = [...auditEvents.all()];
    auditEvents.replace({ ...first!, summary: 'Nothing to see' });
    renderApp('/audit');
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(/The chain is broken: 1 problem in 2 events checked/);
    expect(alert).toHaveTextContent('Place 1: the event does not match its hash (altered).');
  });

  it('filters by module and action through the URL, and refuses a range that ends before it starts', async () => {
    const user = userEvent.setup();
    await signInAs('officer');
    await revealAContact();
    const { router } = renderApp('/audit');
    const table = await screen.findByRole('table', { name: 'Audit trail' });
    await within(table).findByText('Revealed personal data');
    await user.selectOptions(await screen.findByLabelText('Module'), 'Sign-in');
    await user.click(screen.getByRole('button', { name: 'Search' }));
    await waitFor(() => expect(router.state.location.search).toContain('module=account'));
    await waitFor(() => expect(within(table).queryByText('Revealed personal data')).toBeNull());
    fireEvent.change(screen.getByLabelText('From'), { target: { value: '2026-05-02' } });
    fireEvent.change(screen.getByLabelText('To'), { target: { value: '2026-05-01' } });
    await user.click(screen.getByRole('button', { name: 'Search' }));
    expect(
      await screen.findAllByText('The end date is before the start date: choose a later one.'),
    ).not.toHaveLength(0);
    expect(router.state.location.search).not.toContain('to=');
  });

  it('names a changed field as its module labels it', async () => {
    await signInAs('officer');
    const [event] = [...auditEvents.all()];
    auditEvents.replace({
      ...event!,
      action: 'update',
      entityType: 'processor',
      entityId: 'proc-aws',
      changes: [{ field: 'contactName', from: 'Jordan Ellis', to: 'Jane Roe' }],
    });
    renderApp('/audit?action=update');
    const table = await screen.findByRole('table', { name: 'Audit trail' });
    expect(await within(table).findByText('Contact name: Jordan Ellis → Jane Roe')).toBeInTheDocument();
  });

  it('says what is wrong with a filter the address bar brought', async () => {
    await signInAs('officer');
    renderApp('/audit?personId=p-nobody');
    expect(await screen.findByText('Person: There is no person with the id “p-nobody”.')).toBeInTheDocument();
    // At the field itself, and the list and the chain say nothing failed to load: the filter is what to fix.
    const person = await screen.findByRole('combobox', { name: /^Person/ });
    expect(person).toHaveAttribute('aria-invalid', 'true');
    expect(person).toHaveAccessibleDescription('There is no person with the id “p-nobody”.');
    expect(screen.getByText('Correct the filters above to see the list.')).toBeInTheDocument();
    expect(screen.queryByText(/Could not load/)).toBeNull();
  });

  it('says a backwards range the address bar brought at its end date', async () => {
    await signInAs('officer');
    renderApp('/audit?from=2026-12-02&to=2026-11-01');
    const to = await screen.findByLabelText('To');
    await waitFor(() => expect(to).toHaveAttribute('aria-invalid', 'true'));
    expect(screen.getByText('Correct the filters above to see the list.')).toBeInTheDocument();
    expect(screen.queryByText(/Could not load/)).toBeNull();
  });

  it('is not for managers', async () => {
    await signInAs('manager');
    renderApp('/audit');
    expect(await screen.findByText(/not permitted/i)).toBeInTheDocument();
  });

  it('reads in French, summaries included', async () => {
    await signInAs('officer');
    await changeLanguage('fr');
    renderApp('/audit');
    expect(await screen.findByRole('heading', { name: 'Journal d’audit' })).toBeInTheDocument();
    expect(await screen.findAllByText('Connexion', { selector: 'td' })).not.toHaveLength(0);
    expect(await screen.findByText(/La chaîne est intacte/)).toBeInTheDocument();
  });
});
