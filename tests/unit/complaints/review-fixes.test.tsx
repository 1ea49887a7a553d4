// The findings of the new-user review of complaints (#16), each seen on the page: deadlines a closing did not
// meet, an escalated complaint's acknowledgement and response, a late acknowledgement, the restored draft,
// the error summary's field names, the history's wording and the record's buttons.
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { api, unwrap } from '@/shared/api/client';
import { addDays, utcTodayIso } from '@/shared/model/dates';
import { complaints } from '../../../mocks/store/complaints';
import { renderApp, signInAs } from '../../setup/render';

const today = utcTodayIso();
const slow = { timeout: 15_000 };

/** Native date inputs take their value in one change event. */
function setDate(label: string | RegExp, value: string) {
  fireEvent.change(screen.getByLabelText(label), { target: { value } });
}

describe('deadlines on a complaint', { timeout: 60_000 }, () => {
  it('says a deadline the closing did not meet stopped there, never "Met"', async () => {
    await signInAs('officer');
    renderApp('/complaints/cmp-cai-closed');
    const deadlines = await screen.findByRole('region', { name: 'Deadlines' }, slow);
    const items = within(deadlines).getAllByRole('listitem');
    const response = items.find((item) => item.textContent?.startsWith('Response to the complainant'))!;
    expect(within(response).getByText('Stopped at closing')).toBeInTheDocument();
    expect(response).toHaveTextContent(/Not met: the complaint was closed on/);
    expect(within(response).queryByText('Met')).not.toBeInTheDocument();
    expect(complaints.get('cmp-cai-closed')!.deadlines.find((d) => d.kind === 'response')!.metOn).toBeNull();
  });

  it('shows a late acknowledgement as late (a warning), not as met', async () => {
    await signInAs('officer');
    const created = unwrap(
      await api.POST('/api/v1/complaints', {
        body: {
          receivedDate: addDays(today, -20),
          channel: 'email',
          complainantName: 'Late Ack',
          complainantContact: null,
          complainantCountry: 'CA',
          complainantRegion: 'ON',
          subject: 'deletion',
          description: 'Wants the account deleted.',
          assigneeId: null,
          processorIds: [],
          regulatorCase: null,
        },
      }),
    );
    unwrap(
      await api.POST('/api/v1/complaints/{id}/transitions', {
        params: { path: { id: created.id } },
        body: {
          to: 'acknowledged',
          date: today,
          note: null,
          outcome: null,
          resolutionSummary: null,
          responseDate: null,
          responseSummary: null,
        },
      }),
    );
    renderApp(`/complaints/${created.id}`);
    const deadlines = await screen.findByRole('region', { name: 'Deadlines' }, slow);
    const ack = within(deadlines)
      .getAllByRole('listitem')
      .find((item) => item.textContent?.startsWith('Acknowledgement'))!;
    expect(within(ack).getByText('Met late')).toBeInTheDocument();
    expect(within(ack).queryByText('Met')).not.toBeInTheDocument();
    expect(ack).toHaveTextContent(/days late\./);
  });
});

describe('an escalated complaint', { timeout: 60_000 }, () => {
  it('can still record its acknowledgement, staying with the regulator, and its main button says "Close complaint"', async () => {
    const user = userEvent.setup();
    await signInAs('officer');
    unwrap(
      await api.POST('/api/v1/complaints/{id}/escalation', {
        params: { path: { id: 'cmp-fr-received' } },
        body: {
          regulatorId: 'fr-cnil',
          escalatedOn: today,
          regulatorReference: null,
          regulatorDeadline: null,
          note: null,
        },
      }),
    );
    const { router } = renderApp('/complaints/cmp-fr-received');
    expect(await screen.findByRole('link', { name: 'Record acknowledgement' }, slow)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Resolve' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Close complaint' })).toBeInTheDocument();
    await user.click(screen.getByRole('link', { name: 'Record acknowledgement' }));
    await screen.findByRole('heading', { level: 1, name: /^Record acknowledgement: CMP-/ }, slow);
    await user.click(screen.getByRole('button', { name: 'Record acknowledgement' }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/complaints/cmp-fr-received'), slow);
    expect(complaints.get('cmp-fr-received')).toMatchObject({ status: 'escalated', acknowledgedOn: today });
    const timeline = await screen.findByRole('region', { name: 'Timeline' }, slow);
    expect(timeline).toHaveTextContent('Acknowledgement recorded (still with the regulator)');
    // Recorded once: the button goes.
    await waitFor(() =>
      expect(screen.queryByRole('link', { name: 'Record acknowledgement' })).not.toBeInTheDocument(),
    );
  });
});

describe('the new complaint form', { timeout: 60_000 }, () => {
  it('names each field in the error summary as the form does', async () => {
    const user = userEvent.setup();
    await signInAs('officer');
    renderApp('/complaints/new');
    await screen.findByRole('heading', { level: 1, name: 'Record a complaint' }, slow);
    await user.selectOptions(screen.getByLabelText(/^Country/), 'Canada');
    await user.click(screen.getByRole('button', { name: 'Record complaint' }));
    const summary = await screen.findByRole('alert');
    expect(within(summary).getByRole('button', { name: /^Received on: / })).toBeInTheDocument();
    expect(within(summary).getByRole('button', { name: /^Name: / })).toBeInTheDocument();
    expect(
      within(summary).getByRole('button', {
        name: 'Province or territory: Choose the province or territory.',
      }),
    ).toBeInTheDocument();
    await user.selectOptions(screen.getByLabelText(/^Country/), 'United States');
    await user.click(screen.getByRole('button', { name: 'Record complaint' }));
    expect(
      await within(await screen.findByRole('alert')).findByRole('button', {
        name: 'State: Choose the state.',
      }),
    ).toBeInTheDocument();
  });

  it('says it restored an earlier draft and offers to discard it and start empty', async () => {
    const user = userEvent.setup();
    await signInAs('officer');
    const first = renderApp('/complaints/new');
    await user.type(await screen.findByLabelText(/^Name/, {}, slow), 'Someone Else');
    setDate(/^Received on/, addDays(today, -1));
    await new Promise((resolve) => setTimeout(resolve, 600)); // the draft is written after a pause
    first.unmount();
    renderApp('/complaints/new');
    expect(await screen.findByText('Restored what you typed earlier.', {}, slow)).toBeInTheDocument();
    expect(screen.getByLabelText(/^Name/)).toHaveValue('Someone Else');
    await user.click(screen.getByRole('button', { name: 'Discard' }));
    expect(screen.getByLabelText(/^Name/)).toHaveValue('');
    expect(screen.queryByText('Restored what you typed earlier.')).not.toBeInTheDocument();
  });
});

describe('the history', { timeout: 60_000 }, () => {
  it('says a move once: the summary names the act, the change the statuses', async () => {
    const user = userEvent.setup();
    await signInAs('officer');
    renderApp('/complaints/cmp-new-de/move/acknowledged');
    await user.click(await screen.findByRole('button', { name: 'Record acknowledgement' }, slow));
    const history = await screen.findByRole('region', { name: 'History' }, slow);
    await within(history).findByText('Received → Acknowledged', { exact: false }, slow);
    expect(history.textContent!.match(/Received → Acknowledged/g)).toHaveLength(1);
  });
});
