import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { expectedVisits } from '../../../mocks/store/visits';
import { navigationFor } from '@/app/shell/navigation';
import { renderApp, signInAs } from '../../setup/render';

describe('visitor log: my expected visitors', () => {
  it('lets staff pre-register a visitor and lists their own', async () => {
    await signInAs('staff');
    const user = userEvent.setup();
    renderApp('/my-visitors');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'My expected visitors' }),
    ).toBeInTheDocument();
    const list = await screen.findByRole('table', { name: 'Visitors you expect' });
    expect(within(list).getByText('Priya Raman')).toBeInTheDocument();
    expect(within(list).queryByText('Tomás Ortega')).not.toBeInTheDocument();
    await user.type(screen.getByRole('textbox', { name: /Visitor’s name/ }), 'Rafael Costa');
    await user.type(screen.getByRole('textbox', { name: /^Company/ }), 'Cobalt Consulting');
    await user.click(screen.getByRole('button', { name: 'Expect visitor' }));
    expect(await screen.findByText(/now expects Rafael Costa on/)).toBeInTheDocument();
    expect(
      await within(screen.getByRole('table', { name: 'Visitors you expect' })).findByText('Rafael Costa'),
    ).toBeInTheDocument();
    expect([...expectedVisits.all()].find((e) => e.name === 'Rafael Costa')).toMatchObject({
      hostId: 'p-staff',
      siteId: 'site-tor',
    });
    expect(screen.getByRole('textbox', { name: /Visitor’s name/ })).toHaveValue('');
  });

  it('asks for a name and keeps the rest', async () => {
    await signInAs('staff');
    const user = userEvent.setup();
    renderApp('/my-visitors');
    await user.type(await screen.findByRole('textbox', { name: /^Company/ }), 'Cobalt Consulting');
    await user.click(screen.getByRole('button', { name: 'Expect visitor' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Name: Enter the visitor’s name.');
    expect(screen.getByRole('textbox', { name: /^Company/ })).toHaveValue('Cobalt Consulting');
  });

  it('cancels an expected visit only once confirmed, and says so', async () => {
    await signInAs('staff');
    const user = userEvent.setup();
    renderApp('/my-visitors');
    const button = await screen.findByRole('button', { name: /Cancel the visit of Uma Kaur/ });
    await user.click(button);
    const dialog = await screen.findByRole('dialog', { name: 'Cancel this visit?' });
    expect(dialog).toHaveTextContent(/no longer expect Uma Kaur \(Fjord Analytics\)/);
    // Escape, like "Keep the visit", keeps it, and focus goes back to where it was.
    await user.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(expectedVisits.get('expected-4')).toBeDefined();
    expect(button).toHaveFocus();

    await user.click(button);
    await user.click(
      within(await screen.findByRole('dialog', { name: 'Cancel this visit?' })).getByRole('button', {
        name: 'Cancel the visit',
      }),
    );
    const done = await screen.findByRole('status');
    expect(done).toHaveTextContent(/The visit of Uma Kaur on .+ is cancelled/);
    await waitFor(() =>
      expect(
        within(screen.getByRole('table', { name: 'Visitors you expect' })).queryByText('Uma Kaur'),
      ).not.toBeInTheDocument(),
    );
    expect(expectedVisits.get('expected-4')).toBeUndefined();
    // The button went with its row: focus is on the confirmation, not the page's body.
    expect(done).toHaveFocus();
  });

  it('leaves the visitor log out of staff’s and managers’ navigation', () => {
    for (const roles of [['staff'], ['manager', 'staff']] as const) {
      const items = navigationFor(roles).map((item) => item.to);
      expect(items).toContain('/my-visitors');
      expect(items).not.toContain('/visitors');
      expect(items).not.toContain('/visitors/history');
    }
  });
});
