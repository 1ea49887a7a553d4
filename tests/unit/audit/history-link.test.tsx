// The link from a record's history panel to the same entries in the audit trail: for those who may read the
// trail (privacy officers) only, leading to the trail filtered to that record.
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { api, unwrap } from '@/shared/api/client';
import { HistoryPanel } from '@/shared/history/history-panel';
import { changeLanguage } from '@/shared/i18n/i18n';
import { renderApp, renderWithRouter, signInAs, type DemoRole } from '../../setup/render';

const LINK = 'See these entries in the audit trail';

describe('the history panel’s link to the audit trail', () => {
  it('is offered to a privacy officer, filtered to the record', async () => {
    await renderWithRouter(<HistoryPanel entityType="risk" entityId="risk-1" />, { role: 'officer' });
    const panel = screen.getByRole('region', { name: 'History' });
    expect(await within(panel).findByRole('link', { name: LINK })).toHaveAttribute(
      'href',
      '/audit?entityType=risk&entityId=risk-1',
    );
  });

  it.each<DemoRole>(['manager', 'staff'])(
    'is not offered to %s, who may not read the trail',
    async (role) => {
      await renderWithRouter(<HistoryPanel entityType="risk" entityId="risk-1" />, { role });
      const panel = screen.getByRole('region', { name: 'History' });
      // The panel has answered (its entries, or that the role may not read them) before the link is looked for.
      await waitFor(() => expect(within(panel).queryByText('Loading history…')).toBeNull());
      expect(within(panel).queryByRole('link', { name: LINK })).toBeNull();
    },
  );

  it('leads from a record page to that record’s entries only', async () => {
    const user = userEvent.setup();
    await signInAs('officer');
    // Something on that record and something on another, so the filter has something to leave out.
    for (const entityId of ['proc-aws', 'proc-payments'])
      unwrap(
        await api.POST('/api/v1/reveals', {
          body: { entityType: 'processor', entityId, field: 'contactEmail' },
        }),
      );
    const { router } = renderApp('/processors/proc-aws');
    const panel = await screen.findByRole('region', { name: 'History' });
    await user.click(await within(panel).findByRole('link', { name: LINK }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/audit'));
    expect(router.state.location.search).toBe('?entityType=processor&entityId=proc-aws');
    const table = await screen.findByRole('table', { name: 'Audit trail' });
    expect(await within(table).findByRole('link', { name: 'Processors · proc-aws' })).toBeInTheDocument();
    expect(within(table).queryByRole('link', { name: 'Processors · proc-payments' })).toBeNull();
  });

  it('reads in French', async () => {
    await changeLanguage('fr');
    await renderWithRouter(<HistoryPanel entityType="risk" entityId="risk-1" />, { role: 'officer' });
    expect(
      await screen.findByRole('link', { name: 'Voir ces entrées dans le journal d’audit' }),
    ).toBeInTheDocument();
  });
});
