// Issue 12: a processor's contact email and phone are masked on its page for every role, revealed on request
// (audited), and the reveal shows in the page's history at once; the officer's edit form reveals them to fill
// itself.
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { say } from '../../../mocks/i18n/server-messages';
import { auditEvents } from '../../../mocks/store/db';
import { processors } from '../../../mocks/store/processors';
import { renderApp, signInAs } from '../../setup/render';

describe('processor contact', () => {
  it('shows a manager the contact masked, reveals it on request, and lists the reveal in the history', async () => {
    const clear = processors.get('proc-payments')!.contactEmail;
    await signInAs('manager');
    const user = userEvent.setup();
    renderApp('/processors/proc-payments');
    await screen.findByRole('heading', { level: 1, name: 'Maplepay Payments Inc.' });
    const details = screen.getByRole('region', { name: 'Details' });
    expect(details).not.toHaveTextContent(clear);
    expect(within(details).getByText(`${clear[0]}•••@${clear.split('@')[1]}`)).toBeInTheDocument();
    const history = screen.getByRole('region', { name: 'History' });
    // The history has loaded (the seed has recorded nothing on this processor yet).
    expect(await within(history).findByText('No recorded changes yet.')).toBeInTheDocument();
    expect(within(history).queryByText('Revealed personal data')).not.toBeInTheDocument();
    await user.click(within(details).getByRole('button', { name: 'Reveal contact email' }));
    expect(await within(details).findByText(clear)).toBeInTheDocument();
    expect(await within(history).findByText('Revealed personal data')).toBeInTheDocument();
    expect(within(history).getByText(/by Marcus Reid/)).toBeInTheDocument();
  });

  it('fills the officer’s edit form with the contact through audited reveals', async () => {
    const stored = processors.get('proc-payments')!;
    await signInAs('officer');
    renderApp('/processors/proc-payments/edit');
    await screen.findByRole('heading', { level: 1, name: 'Edit Maplepay Payments Inc.' });
    expect(screen.getByLabelText(/^Contact email/)).toHaveValue(stored.contactEmail);
    const reveals = [...auditEvents.all()].filter(
      (e) => e.action === 'reveal' && e.entityType === 'processor' && e.entityId === 'proc-payments',
    );
    expect(reveals.map((e) => say(e.summary, 'en')).sort()).toEqual([
      'Revealed “Contact email”. Reason: Editing the processor',
      'Revealed “Contact phone”. Reason: Editing the processor',
    ]);
  });

  it('reveals nothing more when the edit is saved: the trail shows only what the officer saw', async () => {
    await signInAs('officer');
    const user = userEvent.setup();
    const { router } = renderApp('/processors/proc-payments/edit');
    const name = await screen.findByLabelText(/^Contact name/);
    const reveals = () =>
      [...auditEvents.all()].filter((e) => e.action === 'reveal' && e.entityId === 'proc-payments').length;
    await waitFor(() => expect(reveals()).toBe(2));
    await user.clear(name);
    await user.type(name, 'Jane Roe');
    await user.click(screen.getByRole('button', { name: 'Save changes' }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/processors/proc-payments'));
    await screen.findByRole('heading', { level: 1, name: 'Maplepay Payments Inc.' });
    expect(reveals()).toBe(2);
  });
});
