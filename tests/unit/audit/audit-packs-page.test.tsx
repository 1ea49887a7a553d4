// The audit packs page against the mock backend: a pack made for a module and a range shows who made it and
// when, the chain's verification (a tampered one reported), the records touched and their history; bad input is
// said at its field before anything is asked; a capped range says so; officers only; and in French.
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { api, unwrap } from '@/shared/api/client';
import { changeLanguage } from '@/shared/i18n/i18n';
import { recordAuditBy } from '../../../mocks/handlers/http';
import { auditEvents } from '../../../mocks/store/db';
import { server } from '../../../mocks/node';
import { recordRequests, renderApp, signInAs } from '../../setup/render';

const today = new Date().toISOString().slice(0, 10);

async function revealContacts() {
  for (const field of ['contactEmail', 'contactPhone'])
    unwrap(
      await api.POST('/api/v1/reveals', { body: { entityType: 'processor', entityId: 'proc-aws', field } }),
    );
}

async function makePack(user: ReturnType<typeof userEvent.setup>, module: string) {
  await user.selectOptions(await screen.findByLabelText(/Module/), module);
  fireEvent.change(screen.getByLabelText(/From/), { target: { value: today } });
  fireEvent.change(screen.getByLabelText(/To/), { target: { value: today } });
  await user.click(screen.getByRole('button', { name: 'Make the pack' }));
}

describe('the audit packs page', () => {
  it('makes a dated pack of a module: the chain verified, the records touched and their history', async () => {
    const user = userEvent.setup();
    await signInAs('officer');
    await revealContacts();
    renderApp('/audit/packs');
    expect(await screen.findByRole('heading', { name: 'Audit packs', level: 1 })).toBeInTheDocument();
    await makePack(user, 'Processors');
    const report = await screen.findByRole('article', { name: /^Audit pack: Processors, / });
    expect(within(report).getByText(/^Made on .* by Olivia Ortiz\.$/)).toBeInTheDocument();
    expect(within(report).getByRole('status')).toHaveTextContent(/The chain is intact: 2 events checked/);
    const records = within(report).getByRole('table', { name: 'Records touched in the range' });
    expect(within(records).getByRole('link', { name: 'Amazon Web Services (AWS)' })).toHaveAttribute(
      'href',
      '/processors/proc-aws',
    );
    expect(
      within(report).getByText(/^1 record was touched in the range, of \d+ records the module holds/),
    ).toBeInTheDocument();
    const history = within(report).getByRole('table', { name: 'History' });
    expect(within(history).getAllByText('Revealed personal data')).toHaveLength(2);
    expect(within(report).getByText('2 audit events in the range, oldest first.')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Print the pack' })).toBeInTheDocument();
    // Making it was recorded in the trail.
    const trail = unwrap(
      await api.GET('/api/v1/audit-trail', { params: { query: { module: 'audit', action: 'export' } } }),
    );
    expect(trail.items[0]?.summary).toMatch(/^Made the audit pack of Processors for/);
  });

  it('reports a tampered chain in the pack', async () => {
    const user = userEvent.setup();
    await signInAs('officer');
    await revealContacts();
    const reveal = [...auditEvents.all()].find((e) => e.action === 'reveal')!;
    auditEvents.replace({ ...reveal, summary: 'Nothing revealed' });
    renderApp('/audit/packs');
    await makePack(user, 'Processors');
    const report = await screen.findByRole('article', { name: /^Audit pack: Processors/ });
    expect(within(report).getByRole('alert')).toHaveTextContent(/The chain is broken: 1 problem/);
  });

  it('says what is wrong at the field, and asks nothing', async () => {
    const user = userEvent.setup();
    await signInAs('officer');
    const urls = recordRequests(server);
    renderApp('/audit/packs');
    fireEvent.change(await screen.findByLabelText(/From/), { target: { value: '2026-05-02' } });
    fireEvent.change(screen.getByLabelText(/To/), { target: { value: '2026-05-01' } });
    await user.click(screen.getByRole('button', { name: 'Make the pack' }));
    expect(await screen.findByLabelText(/Module/)).toHaveAccessibleDescription('Choose a module.');
    expect(screen.getByLabelText(/To/)).toHaveAccessibleDescription(
      'The end date is before the start date: choose a later one.',
    );
    expect(urls.some((url) => url.pathname.endsWith('/audit-packs'))).toBe(false);
    expect(screen.queryByRole('article')).toBeNull();
  });

  it('says plainly when a range holds more than a pack lists', async () => {
    const user = userEvent.setup();
    await signInAs('officer');
    for (let i = 0; i < 1003; i++)
      recordAuditBy(
        { id: 'p-officer', name: 'Olivia Ortiz' },
        { action: 'update', entityType: 'policy', entityId: 'pol-x', summary: `Change ${i}` },
      );
    renderApp('/audit/packs');
    await makePack(user, 'Policies');
    const report = await screen.findByRole('article', { name: /^Audit pack: Policies/ }, { timeout: 10_000 });
    expect(
      within(report).getByText(/^Only the first 1,000 of 1,003 events are listed here; the verification/),
    ).toBeInTheDocument();
    expect(
      within(report).getByRole('link', { name: 'Open these events in the audit trail' }),
    ).toHaveAttribute('href', `/audit?module=policies&from=${today}&to=${today}`);
    expect(within(report).getByText('(no longer stored)')).toBeInTheDocument();
  }, 20_000);

  it('is not for managers', async () => {
    await signInAs('manager');
    renderApp('/audit/packs');
    expect(await screen.findByText(/not permitted/i)).toBeInTheDocument();
  });

  it('reads in French', async () => {
    const user = userEvent.setup();
    await signInAs('officer');
    await revealContacts();
    await changeLanguage('fr');
    renderApp('/audit/packs');
    expect(await screen.findByRole('heading', { name: 'Dossiers d’audit', level: 1 })).toBeInTheDocument();
    await user.selectOptions(await screen.findByLabelText(/Module/), 'Sous-traitants');
    fireEvent.change(screen.getByLabelText(/Du/), { target: { value: today } });
    fireEvent.change(screen.getByLabelText(/Au/), { target: { value: today } });
    await user.click(screen.getByRole('button', { name: 'Constituer le dossier' }));
    const report = await screen.findByRole('article', { name: /^Dossier d’audit : Sous-traitants/ });
    expect(within(report).getByText(/La chaîne est intacte/)).toBeInTheDocument();
    await waitFor(() =>
      expect(within(report).getAllByText('Révélation de données personnelles')).toHaveLength(2),
    );
  });
});
