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

  it('cancels an expected visit', async () => {
    await signInAs('staff');
    const user = userEvent.setup();
    renderApp('/my-visitors');
    await user.click(await screen.findByRole('button', { name: /Cancel the visit of Uma Kaur/ }));
    await waitFor(() => expect(screen.queryByText('Uma Kaur')).not.toBeInTheDocument());
    expect(expectedVisits.get('expected-4')).toBeUndefined();
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
