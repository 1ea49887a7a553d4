import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { api } from '@/shared/api/client';
import { notifications, seedDatabase } from '../../../mocks/store/db';
import { expectedVisits, indexed, visits } from '../../../mocks/store/visits';
import { renderApp, signInAs } from '../../setup/render';

describe('visitor log: the desk’s page', () => {
  it('shows who is on site at the desk’s site, with a count per site, and all sites on request', async () => {
    // "After closing" depends on each site's clock: seen at mid-morning in Canada (16:00 UTC), whenever the
    // test runs. Only Date is faked; timers stay real for the page.
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-11-27T16:00:00Z'));
    seedDatabase('demo');
    await signInAs('desk');
    const user = userEvent.setup();
    const { router } = renderApp('/visitors');
    expect(await screen.findByRole('heading', { level: 1, name: 'Visitor log' })).toBeInTheDocument();
    const table = await screen.findByRole('table', { name: 'Visitors on site now' });
    expect(within(table).getAllByRole('row')).toHaveLength(4); // header + 3 at Toronto
    expect(within(table).getByRole('rowheader', { name: /Aisha Chen/ })).toBeInTheDocument();
    expect(screen.getByText('Toronto head office: 3 on site')).toBeInTheDocument();

    await user.selectOptions(screen.getByLabelText('Site'), 'All sites');
    await waitFor(() => expect(router.state.location.search).toBe('?site=all'));
    expect(
      await screen.findByText(/Montréal distribution centre: 3 on site, 1 after closing/),
    ).toBeInTheDocument();
    const farid = await screen.findByRole('rowheader', { name: /Farid Haddad/ });
    expect(within(farid).getByText('After closing')).toBeInTheDocument();
  });

  it('checks a visitor out, and undoes a mistaken check-out', async () => {
    await signInAs('desk');
    const user = userEvent.setup();
    renderApp('/visitors');
    await user.click(await screen.findByRole('button', { name: 'Check out Aisha Chen, badge 101' }));
    expect(await screen.findByText(/Aisha Chen checked out at/)).toBeInTheDocument();
    await waitFor(() =>
      expect(screen.queryByRole('rowheader', { name: /Aisha Chen/ })).not.toBeInTheDocument(),
    );
    expect(visits.get('visit-onsite-1')!.checkedOutMs).not.toBeNull();
    // The recently-checked-out list offers Undo as well as the snackbar.
    expect(await screen.findByRole('button', { name: 'Undo check-out of Aisha Chen' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Undo' }));
    expect(await screen.findByRole('rowheader', { name: /Aisha Chen/ })).toBeInTheDocument();
    expect(visits.get('visit-onsite-1')!.checkedOutMs).toBeNull();
  });

  it('virtualises a busy site: 300 people on site, some 40 rows in the DOM, the last reached by scrolling', async () => {
    const base = visits.get('visit-onsite-1')!;
    const start = Date.now() - 3 * 60 * 60_000;
    for (let n = 0; n < 297; n++) {
      visits.insert(
        indexed({
          ...base,
          id: `visit-event-${n}`,
          name: `Guest ${String(n).padStart(3, '0')}`,
          badge: String(500 + n),
          checkedInMs: start + n * 1000,
        }),
      );
    }
    // jsdom has no layout: give the scroll box a browser-like viewport, and let scrollTo scroll.
    vi.spyOn(HTMLElement.prototype, 'clientHeight', 'get').mockReturnValue(720);
    vi.spyOn(HTMLElement.prototype, 'clientWidth', 'get').mockReturnValue(1024);
    const scrolled = new WeakMap<Element, number>();
    vi.spyOn(Element.prototype, 'scrollTop', 'get').mockImplementation(function (this: Element) {
      return scrolled.get(this) ?? 0;
    });
    await signInAs('desk');
    renderApp('/visitors');
    const table = await screen.findByRole('table', { name: 'Visitors on site now' });
    expect(table).toHaveAttribute('aria-rowcount', '301');
    const rows = () =>
      within(table)
        .getAllByRole('row')
        .filter((row) => row.hasAttribute('aria-rowindex'));
    expect(rows().length).toBeGreaterThan(10);
    expect(rows().length).toBeLessThanOrEqual(60);
    expect(within(table).getByRole('rowheader', { name: /Guest 000/ })).toBeInTheDocument();
    expect(within(table).queryByRole('rowheader', { name: /Guest 296/ })).not.toBeInTheDocument();

    // Scrolled to the end, the last visitor (in the longest) is there, with their own "Check out".
    const box = table.parentElement!;
    scrolled.set(box, 400 * 45);
    box.dispatchEvent(new Event('scroll'));
    expect(await within(table).findByRole('rowheader', { name: /Aisha Chen/ })).toBeInTheDocument();
    expect(
      within(table).getByRole('button', { name: 'Check out Aisha Chen, badge 101' }),
    ).toBeInTheDocument();
    expect(rows().at(-1)).toHaveAttribute('aria-rowindex', '301');
  });

  it('says at the row when the visitor was already checked out elsewhere', async () => {
    await signInAs('desk');
    const user = userEvent.setup();
    renderApp('/visitors');
    const button = await screen.findByRole('button', { name: 'Check out Ben Okafor, badge 102' });
    // Another desk checks Ben out while this list still shows him.
    await api.POST('/api/v1/visits/{id}/check-out', { params: { path: { id: 'visit-onsite-2' } } });
    await user.click(button);
    expect(await screen.findByRole('alert')).toHaveTextContent(/Ben Okafor already left: checked out at/);
  });

  it('checks an expected visitor in with the badge alone and tells the host', async () => {
    await signInAs('desk');
    const user = userEvent.setup();
    renderApp('/visitors');
    const form = await screen.findByRole('form', { name: 'Check in Priya Raman' });
    await user.type(within(form).getByLabelText('Badge'), '101{Enter}');
    expect(
      await within(form).findByText(/Badge 101 is already in use at Toronto head office/),
    ).toBeInTheDocument();
    expect(within(form).getByLabelText('Badge')).toHaveValue('101');
    await user.clear(within(form).getByLabelText('Badge'));
    await user.type(within(form).getByLabelText('Badge'), '170{Enter}');
    await waitFor(() =>
      expect(screen.queryByRole('form', { name: 'Check in Priya Raman' })).not.toBeInTheDocument(),
    );
    expect(await screen.findByRole('rowheader', { name: /Priya Raman/ })).toBeInTheDocument();
    expect(
      [...notifications.all()].some((n) => n.personId === 'p-staff' && n.message.includes('Priya Raman')),
    ).toBe(true);
  });

  it('warns before checking in an expected visitor who seems to be on site already', async () => {
    const priya = expectedVisits.get('expected-1')!;
    expectedVisits.insert({ ...priya, id: 'expected-aisha', name: 'Aisha Chen' });
    await signInAs('desk');
    const user = userEvent.setup();
    renderApp('/visitors');
    const form = await screen.findByRole('form', { name: 'Check in Aisha Chen' });
    await user.type(within(form).getByLabelText('Badge'), '171{Enter}');
    expect(
      await screen.findByText(/Aisha Chen is already on site at Toronto head office/),
    ).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Check in anyway' }));
    await waitFor(() =>
      expect(screen.queryByRole('form', { name: 'Check in Aisha Chen' })).not.toBeInTheDocument(),
    );
    expect(expectedVisits.get('expected-aisha')!.status).toBe('arrived');
  });

  it('prints a roll call with one section per site, host and badge', async () => {
    await signInAs('desk');
    renderApp('/visitors/roll-call');
    expect(await screen.findByRole('heading', { level: 1, name: 'Roll call' })).toBeInTheDocument();
    for (const site of [
      'Toronto head office',
      'Montréal distribution centre',
      'Vancouver design studio',
      'Dublin EU office',
    ]) {
      expect(await screen.findByRole('heading', { level: 2, name: site })).toBeInTheDocument();
    }
    const toronto = screen.getByRole('region', { name: 'Toronto head office' });
    const aisha = within(toronto).getByRole('row', { name: /Aisha Chen/ });
    expect(aisha).toHaveTextContent('Sam Patel');
    expect(aisha).toHaveTextContent('101');
    expect(screen.getByRole('button', { name: 'Print' })).toBeInTheDocument();
    await waitFor(() => expect(document.title).toBe('Roll call · Privacy Office Console'));
  });

  it('refuses staff the visitor log', async () => {
    await signInAs('staff');
    renderApp('/visitors');
    expect(await screen.findByRole('heading', { level: 1, name: 'Not permitted' })).toBeInTheDocument();
  });

  it('refuses a manager the visit history', async () => {
    await signInAs('manager');
    renderApp('/visitors/history');
    expect(await screen.findByRole('heading', { level: 1, name: 'Not permitted' })).toBeInTheDocument();
  });
});
