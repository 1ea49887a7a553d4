import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { server } from '../../../mocks/node';
import { HistoryPanel } from '@/shared/history/history-panel';
import { MaskedValue } from '@/shared/masked/masked-value';
import { recordRequests, renderWithRouter } from '../../setup/render';

const forbidden = () =>
  HttpResponse.json(
    { type: 'about:blank', title: 'Forbidden', status: 403, detail: 'Your role does not permit this.' },
    { status: 403, headers: { 'Content-Type': 'application/problem+json' } },
  );

describe('MaskedValue', () => {
  it('shows the masked text, reveals the clear value on request and hides it again', async () => {
    const user = userEvent.setup();
    const bodies: unknown[] = [];
    server.use(
      http.post('*/api/v1/reveals', async ({ request }) => {
        bodies.push(await request.json());
        return HttpResponse.json({ value: 'jane.doe@example.com' });
      }),
    );
    await renderWithRouter(
      <MaskedValue
        entityType="visit"
        entityId="v-1"
        field="contact"
        masked="j•••@example.com"
        fieldLabel="contact email"
      />,
    );
    expect(screen.getByText('j•••@example.com')).toBeInTheDocument();
    expect(screen.queryByText('jane.doe@example.com')).not.toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Reveal contact email' }));
    expect(await screen.findByText('jane.doe@example.com')).toBeInTheDocument();
    expect(bodies).toEqual([{ entityType: 'visit', entityId: 'v-1', field: 'contact' }]);

    await user.click(screen.getByRole('button', { name: 'Hide contact email' }));
    expect(screen.getByText('j•••@example.com')).toBeInTheDocument();
    expect(screen.queryByText('jane.doe@example.com')).not.toBeInTheDocument();
  });

  it('says when the role may not reveal it', async () => {
    const user = userEvent.setup();
    server.use(http.post('*/api/v1/reveals', forbidden));
    await renderWithRouter(
      <MaskedValue
        entityType="visit"
        entityId="v-1"
        field="contact"
        masked="•••• 42"
        fieldLabel="phone number"
      />,
      { role: 'staff' },
    );
    await user.click(screen.getByRole('button', { name: 'Reveal phone number' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'You are not permitted to see the phone number.',
    );
    expect(screen.getByText('•••• 42')).toBeInTheDocument();
  });

  it('says when the backend does not know the field (the real mock answers 422)', async () => {
    const user = userEvent.setup();
    await renderWithRouter(
      <MaskedValue entityType="nothing" entityId="x" field="secret" masked="•••" fieldLabel="secret" />,
    );
    await user.click(screen.getByRole('button', { name: 'Reveal secret' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('The secret cannot be revealed.');
  });

  it('offers nothing to reveal when there is no value', async () => {
    await renderWithRouter(<MaskedValue entityType="visit" entityId="v-1" field="contact" masked={null} />);
    expect(screen.getByText('(none)')).toBeInTheDocument();
    expect(screen.queryByRole('button')).not.toBeInTheDocument();
  });
});

describe('HistoryPanel', () => {
  const events = Array.from({ length: 12 }, (_, index) => ({
    id: `audit-${index}`,
    at: new Date(Date.UTC(2026, 10, 20 - index, 9, 30)).toISOString(),
    actor: { id: 'p-officer', name: 'Olivia Ortiz' },
    action: index === 0 ? ('update' as const) : ('reveal' as const),
    entityType: 'processor',
    entityId: 'proc-1',
    summary: index === 0 ? 'Updated the processor' : `Revealed contactEmail (${index})`,
    ...(index === 0
      ? {
          changes: [
            { field: 'riskTier', from: 'low', to: 'high' },
            { field: 'notes', from: null, to: 'Audit due' },
            { field: 'nextReviewDue', from: '2026-05-31', to: '2026-11-30' },
            { field: 'locations', from: [], to: [{ country: 'US', transferMechanism: 'eu_us_dpf' }] },
          ],
        }
      : {}),
  }));

  function answerPages() {
    server.use(
      http.get('*/api/v1/audit-events', ({ request }) => {
        const url = new URL(request.url);
        const page = Number(url.searchParams.get('page'));
        const pageSize = Number(url.searchParams.get('pageSize'));
        return HttpResponse.json({
          items: events.slice((page - 1) * pageSize, page * pageSize),
          total: events.length,
          page,
          pageSize,
        });
      }),
    );
  }

  const labels = {
    fields: { riskTier: 'Risk tier', nextReviewDue: 'Next review', locations: 'Locations' },
    values: { riskTier: { low: 'Low', high: 'High' } },
    describe: { locations: (l: { country: string }) => `in ${l.country}` },
  };

  it('lists who did what and when, with the fields changed from and to as the screen shows them', async () => {
    answerPages();
    const urls = recordRequests(server);
    await renderWithRouter(<HistoryPanel entityType="processor" entityId="proc-1" labels={labels} />);
    const panel = screen.getByRole('region', { name: 'History' });
    const list = await within(panel).findByRole('list', { name: 'History, newest first' });
    const entries = within(list)
      .getAllByRole('listitem')
      .filter((item) => item.parentElement === list);
    expect(entries).toHaveLength(10);
    expect(entries[0]).toHaveTextContent('Changed by Olivia Ortiz');
    expect(entries[0]).toHaveTextContent('Updated the processor');
    expect(entries[0]).toHaveTextContent('Risk tier: Low → High');
    expect(entries[0]).toHaveTextContent('notes: (empty) → Audit due');
    // Dates as the record page shows them, not ISO strings; structured values in words, not JSON.
    const day = (iso: string) =>
      new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeZone: 'UTC' }).format(new Date(iso));
    expect(entries[0]).toHaveTextContent(
      `Next review: ${day('2026-05-31T00:00:00Z')} → ${day('2026-11-30T00:00:00Z')}`,
    );
    expect(entries[0]).toHaveTextContent('Locations: (none) → in US');
    expect(entries[1]).toHaveTextContent('Revealed personal data by Olivia Ortiz');
    expect(entries[0]!.querySelector('time')).toHaveAttribute('datetime', events[0]!.at);
    const asked = urls.find((url) => url.pathname === '/api/v1/audit-events')!;
    expect(Object.fromEntries(asked.searchParams)).toMatchObject({
      entityType: 'processor',
      entityId: 'proc-1',
      page: '1',
      pageSize: '10',
    });
  });

  it('pages through a long history', async () => {
    const user = userEvent.setup();
    answerPages();
    await renderWithRouter(<HistoryPanel entityType="processor" entityId="proc-1" />);
    await screen.findByText('Updated the processor');
    await user.click(screen.getByRole('button', { name: 'Go to page 2' }));
    expect(await screen.findByText('Revealed contactEmail (10)')).toBeInTheDocument();
    expect(screen.queryByText('Updated the processor')).not.toBeInTheDocument();
  });

  it('says when there is no history yet (real mock backend)', async () => {
    await renderWithRouter(<HistoryPanel entityType="processor" entityId="does-not-exist" />);
    expect(await screen.findByText('No recorded changes yet.')).toBeInTheDocument();
  });

  it('shows a refusal with a way to retry', async () => {
    server.use(http.get('*/api/v1/audit-events', forbidden));
    await renderWithRouter(<HistoryPanel entityType="processor" entityId="proc-1" />, { role: 'staff' });
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Could not load the history. You are not permitted to do this.');
    expect(within(alert).getByRole('button', { name: 'Retry' })).toBeInTheDocument();
  });
});
