// The new-user review of the risk register (#14): segregation of duties for the accepting manager, a bad value
// typed into the list's URL, the review cadence as a plural, the list's filter labels, and an expiring
// acceptance sending the plan back to review.
import { screen, waitFor, within } from '@testing-library/react';
import { api, ifMatch, unwrap } from '@/shared/api/client';
import { addDays, todayIso } from '@/shared/model/dates';
import type { RiskInput } from '@/features/risks/model/schemas';
import { server } from '../../../mocks/node';
import { recordRequests, renderApp, signInAs } from '../../setup/render';

const SLOW = { timeout: 10_000 };

const accepted = (overrides: Partial<RiskInput> = {}): RiskInput => ({
  title: 'Smart ovens keep recipes with names',
  description: 'Saved recipes carry the cook’s name.',
  category: 'operational',
  threat: 'Names kept longer than needed.',
  affectedAssets: 'Recipe store.',
  ownerId: 'p-officer',
  linkedProcessorIds: [],
  inherentLikelihood: 4,
  inherentImpact: 4,
  treatment: 'accept',
  actions: [],
  residualLikelihood: 4,
  residualImpact: 4,
  residualReason: null,
  acceptanceJustification: 'Fixed in the next firmware.',
  acceptedById: 'p-manager',
  acceptanceExpiry: addDays(todayIso(), 200),
  ...overrides,
});

async function writeAndSubmit(input: RiskInput) {
  await signInAs('officer');
  const draft = unwrap(await api.POST('/api/v1/risks', { body: input }));
  return unwrap(
    await api.POST('/api/v1/risks/{id}/transitions', {
      params: { path: { id: draft.id }, header: { 'If-Match': ifMatch(draft.version) } },
      body: { action: 'submit' },
    }),
  );
}

describe('review findings (#14)', () => {
  it('does not offer a manager approving a plan whose acceptance names him, and says why', async () => {
    const risk = await writeAndSubmit(accepted());
    await signInAs('manager');
    renderApp(`/risks/${risk.id}`);
    expect(
      await screen.findByText(
        'You are this risk’s accepting manager: another manager must review the plan.',
        {},
        SLOW,
      ),
    ).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Approve plan' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Request changes' })).not.toBeInTheDocument();
  });

  it('loads the list when the URL holds a filter value or order it does not take, and says what it ignored', async () => {
    await signInAs('officer');
    const requests = recordRequests(server);
    const { router } = renderApp('/risks?likelihood=9&sort=bogus&status=approved');
    expect(await screen.findByRole('table', { name: 'Risks' }, SLOW)).toBeInTheDocument();
    expect(
      await screen.findByText(
        'The address named values the register does not take, now cleared: Likelihood “9”, Order “bogus”.',
      ),
    ).toBeInTheDocument();
    expect(screen.queryByText(/Validation failed/)).not.toBeInTheDocument();
    await waitFor(() => expect(router.state.location.search).toBe('?status=approved'));
    const asked = requests.filter((url) => url.pathname === '/api/v1/risks');
    expect(asked.length).toBeGreaterThan(0);
    for (const url of asked) {
      expect(url.searchParams.get('likelihood')).toBeNull();
      expect(url.searchParams.get('sort')).not.toBe('bogus');
      expect(url.searchParams.get('status')).toBe('approved');
    }
  });

  it('names the list’s level filters and keeps the scores select short', async () => {
    await signInAs('officer');
    renderApp('/risks');
    expect(await screen.findByLabelText('Likelihood', {}, SLOW)).toBeInTheDocument();
    expect(await screen.findByLabelText('Impact', {}, SLOW)).toBeInTheDocument();
    const scores = screen.getByLabelText('Scores');
    expect(within(scores).getByRole('option', { name: 'Residual' })).toBeInTheDocument();
    expect(within(scores).getByRole('option', { name: 'Inherent' })).toBeInTheDocument();
  });

  it('says the review cadence as a plural: every month, every 3 months', async () => {
    await signInAs('officer');
    const critical = unwrap(await api.POST('/api/v1/risks', { body: accepted({ acceptedById: 'p-0002' }) }));
    const high = unwrap(
      await api.POST('/api/v1/risks', {
        body: accepted({ acceptedById: 'p-0002', residualLikelihood: 3, residualImpact: 4 }),
      }),
    );
    const first = renderApp(`/risks/${critical.id}`);
    expect(
      await screen.findByText('Set when approved (every month at critical)', {}, SLOW),
    ).toBeInTheDocument();
    first.unmount();
    renderApp(`/risks/${high.id}`);
    expect(
      await screen.findByText('Set when approved (every 3 months at high)', {}, SLOW),
    ).toBeInTheDocument();
  });

  it('shows an approved plan whose acceptance is expiring back in review: a manager may send it back, not approve it', async () => {
    await signInAs('manager');
    renderApp('/risks/risk-email-accepted');
    const review = await screen.findByRole('region', { name: 'Review' }, SLOW);
    await waitFor(() => expect(within(review).getAllByText('In review').length).toBeGreaterThan(0));
    expect(within(review).getByText('Acceptance expiring')).toBeInTheDocument();
    expect(
      within(review).getByText(
        'The acceptance has expired or expires within 30 days: request changes for a new expiry date before approving.',
      ),
    ).toBeInTheDocument();
    expect(within(review).queryByRole('button', { name: 'Approve plan' })).not.toBeInTheDocument();
    expect(within(review).getByRole('button', { name: 'Request changes' })).toBeInTheDocument();
    const last = within(review).getAllByRole('listitem').at(-1)!;
    expect(last).toHaveTextContent('Submitted for review by the console');
    expect(last).toHaveTextContent(
      /The acceptance expires on \d{4}-\d{2}-\d{2}: back to review before then\./,
    );
  });
});
