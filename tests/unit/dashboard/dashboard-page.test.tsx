// The dashboard and the promises board against the mock backend: each role's cards, every figure a link to the
// list it counts (which then shows that many rows), a request per card, the heat map, the promises with true
// figures and their shortfalls, printing, and French.
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { vi } from 'vitest';
import { changeLanguage } from '@/shared/i18n/i18n';
import { server } from '../../../mocks/node';
import { recordRequests, renderApp, signInAs } from '../../setup/render';

const card = (name: string) => screen.findByRole('region', { name });

describe('the dashboard', () => {
  it('is where an officer starts: every module’s card, each from one summary request', async () => {
    await signInAs('officer');
    const requests = recordRequests(server);
    const { router } = renderApp('/');
    await waitFor(() => expect(router.state.location.pathname).toBe('/dashboard'));
    for (const name of [
      'Processors & contracts',
      'Risk register',
      'Policies & acknowledgements',
      'Visitor log',
      'Complaints',
      'My policies',
    ])
      expect(await card(name)).toBeInTheDocument();
    const processors = await card('Processors & contracts');
    const expiring = await within(processors).findByRole('link', {
      name: 'Contracts expiring within 90 days, not renewed: 5',
    });
    expect(expiring).toHaveAttribute('href', '/processors?flag=contract_expiring');
    // The window is said, as the list's filter ("Due this week") counts it.
    expect(
      await within(await card('Complaints')).findByRole('link', {
        name: /^Complaints due within 7 days: \d+$/,
      }),
    ).toHaveAttribute('href', expect.stringContaining('deadline=due_soon'));
    const summaries = requests.filter((url) => url.pathname.startsWith('/api/v1/dashboard/'));
    // One request per card (the navigation's badges share them), never a list.
    expect(new Set(summaries.map((url) => url.pathname)).size).toBe(summaries.length);
    expect(requests.some((url) => url.pathname === '/api/v1/processors')).toBe(false);
  });

  it('links each figure to its list, which shows exactly that many records', async () => {
    const user = userEvent.setup();
    await signInAs('officer');
    const { router } = renderApp('/dashboard');
    const processors = await card('Processors & contracts');
    await user.click(await within(processors).findByRole('link', { name: /Compliance reviews overdue: 16/ }));
    await waitFor(() => expect(router.state.location.search).toBe('?reviewStatus=overdue'));
    const table = await screen.findByRole('table', { name: 'Processors' });
    await waitFor(() => expect(within(table).getAllByRole('row')).toHaveLength(16 + 1));
  });

  it('draws the risks’ heat map as a table whose cells link to the register', async () => {
    await signInAs('officer');
    renderApp('/dashboard');
    const risks = await card('Risk register');
    const heat = await within(risks).findByRole('table', { name: 'Heat map of residual risk' });
    expect(within(heat).getAllByRole('rowheader')).toHaveLength(5);
    const cell = within(heat).getAllByRole('link')[0]!;
    expect(cell.getAttribute('href')).toMatch(/^\/risks\?likelihood=\d&impact=\d$/);
    expect(cell).toHaveAccessibleName(/^Likelihood \d, Impact \d: \d+$/);
    // Its count is the list's own (tests/mock/dashboard-api.test.ts compares every figure with its list).
    expect(
      within(risks).getByRole('link', { name: /^Overdue mitigation actions or reviews: \d+/ }),
    ).toHaveAttribute('href', expect.stringMatching(/^\/risks\?/));
    expect(within(risks).queryByRole('link', { name: /waiting for your review/ })).toBeNull();
  });

  it('gives a manager what they may read, with the plans waiting for their review', async () => {
    await signInAs('manager');
    renderApp('/dashboard');
    const risks = await card('Risk register');
    expect(
      await within(risks).findByRole('link', { name: /Plans waiting for your review: \d+/ }),
    ).toHaveAttribute('href', '/risks/review-queue');
    expect(screen.queryByRole('region', { name: 'Complaints' })).toBeNull();
    expect(screen.queryByRole('region', { name: 'Visitor log' })).toBeNull();
  });

  it('shows staff and the desk their own tasks', async () => {
    await signInAs('staff');
    const { unmount } = renderApp('/dashboard');
    const mine = await card('My policies');
    expect(
      await within(mine).findByRole('link', { name: /Policies for you to read and acknowledge: \d+/ }),
    ).toHaveAttribute('href', '/my-policies');
    expect(screen.queryByRole('region', { name: 'Processors & contracts' })).toBeNull();
    unmount();
    await signInAs('desk');
    renderApp('/dashboard');
    const desk = await card('On site now');
    expect(await within(desk).findByRole('link', { name: /People on site now: \d+/ })).toHaveAttribute(
      'href',
      '/visitors?site=all',
    );
  });

  it('reads in French', async () => {
    await signInAs('officer');
    await changeLanguage('fr');
    renderApp('/dashboard');
    expect(await screen.findByRole('heading', { name: 'Tableau de bord', level: 1 })).toBeInTheDocument();
    const processors = await card('Sous-traitants et contrats');
    expect(
      await within(processors).findByRole('link', {
        name: 'Contrats expirant d’ici 90 jours, non renouvelés : 5',
      }),
    ).toBeInTheDocument();
  });
});

describe('the promises board', () => {
  it('shows every promise with a true figure and the records that fall short, and prints', async () => {
    const user = userEvent.setup();
    const print = vi.spyOn(window, 'print').mockImplementation(() => {});
    await signInAs('officer');
    renderApp('/dashboard/promises');
    const contracts = await screen.findByRole('region', {
      name: 'Processors work under contracts that demand our level of security',
    });
    expect(
      await within(contracts).findByText(
        '24 of 33 active processors have a current contract with every clause.',
      ),
    ).toBeInTheDocument();
    expect(
      within(contracts).getByRole('link', { name: 'Active, without a current contract: 2' }),
    ).toHaveAttribute('href', '/processors?status=active&flag=no_current_contract');
    for (const name of [
      'Every processor is under compliance monitoring',
      'Data transfers rest on a valid mechanism',
      'Risk management plans identify threats and their mitigation, and are kept',
      'Data-protection policies are distributed to staff, who acknowledge them',
      'Visitors to our premises are registered on entry and exit',
      'We resolve complaints, in time',
      'We tell people of the regulators they can turn to',
    ])
      expect(await screen.findByRole('region', { name })).toBeInTheDocument();
    expect(screen.getByText(/^Report of /)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Print' }));
    expect(print).toHaveBeenCalled();
  });

  it('is not for staff', async () => {
    await signInAs('staff');
    renderApp('/dashboard/promises');
    expect(await screen.findByText(/not permitted/i)).toBeInTheDocument();
  });
});
