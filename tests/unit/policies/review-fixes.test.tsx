// The findings of the new-user review of policies (#15), each with its test: the Versions table reachable by
// keyboard, the preview's heading level, confirming an audience change, one reminder at a time, the effective
// date checked at the draft, the team's acknowledgements, a retired policy's last version, and the cosmetics.
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { server } from '../../../mocks/node';
import { audienceOf, policies, policyReminders, policyVersions } from '../../../mocks/store/policies';
import { policyAcknowledgements } from '../../../mocks/store/policies';
import { people } from '../../../mocks/store/db';
import { sharePercent } from '@/features/policies/components/figures';
import { formatDate } from '@/shared/labels/format';
import { recordRequests, renderApp, signInAs } from '../../setup/render';

describe('review of policies: accessibility', () => {
  it('puts the Versions table in a named region a keyboard can reach and scroll (390 px)', async () => {
    await signInAs('officer');
    renderApp('/policies/pol-data-protection');
    const region = await screen.findByRole('region', { name: 'Table of versions' });
    expect(region).toHaveAttribute('tabindex', '0');
    expect(within(region).getByRole('table', { name: 'Versions' })).toBeInTheDocument();
  });

  it('gives the version form’s preview a heading right below the page’s', async () => {
    await signInAs('officer');
    renderApp('/policies/pol-acceptable-use/versions/new');
    expect(await screen.findByRole('heading', { level: 1, name: /^New version of/ })).toBeInTheDocument();
    const preview = await screen.findByRole('heading', { name: 'Preview' });
    expect(preview.tagName).toBe('H2');
    // No level skipped on the way down from the h1.
    const levels = screen.getAllByRole('heading').map((h) => Number(h.tagName.slice(1)));
    levels.reduce((previous, level) => {
      expect(level - previous).toBeLessThanOrEqual(1);
      return level;
    });
  });
});

describe('review of policies: an audience change of a published policy', () => {
  it(
    'asks to confirm with both counts; keeping the audience saves nothing and loses nothing',
    { timeout: 60_000 },
    async () => {
      await signInAs('officer');
      const user = userEvent.setup();
      const { router } = renderApp('/policies/pol-clean-desk/edit');
      // Clean desk is asked of the Toronto and Montréal sites; narrowed to Operations there.
      const before = policies.get('pol-clean-desk')!;
      const asked = audienceOf(before).length;
      const narrowed = audienceOf({ audience: { ...before.audience, departments: ['Operations'] } }).length;
      await screen.findByText(`${asked} people match this audience.`, {}, { timeout: 20_000 });
      await user.click(await screen.findByRole('checkbox', { name: 'Operations' }));
      await screen.findByText(`${narrowed} people match this audience.`);
      await user.click(screen.getByRole('button', { name: 'Save policy' }));
      const dialog = await screen.findByRole('dialog', { name: 'Change who is asked?' });
      expect(dialog).toHaveTextContent(
        `This policy will be asked of ${narrowed} people instead of ${asked}.`,
      );
      await user.click(within(dialog).getByRole('button', { name: 'Keep the audience' }));
      expect(await screen.findByRole('alert')).toHaveTextContent(
        'The policy was not saved: its audience stays as it was until you confirm the change.',
      );
      expect(screen.getByRole('checkbox', { name: 'Operations' })).toBeChecked();
      expect(router.state.location.pathname).toBe('/policies/pol-clean-desk/edit');

      await user.click(screen.getByRole('button', { name: 'Save policy' }));
      await user.click(
        within(await screen.findByRole('dialog')).getByRole('button', { name: 'Change the audience' }),
      );
      await waitFor(() => expect(router.state.location.pathname).toBe('/policies/pol-clean-desk'));
      expect(
        await screen.findByText(/^People in Operations,? and at Toronto head office and Montréal/),
      ).toBeInTheDocument();
      expect(policies.get('pol-clean-desk')!.audience.departments).toEqual(['Operations']);
    },
  );

  it('does not ask when the audience is unchanged', async () => {
    await signInAs('officer');
    const user = userEvent.setup();
    const { router } = renderApp('/policies/pol-clean-desk/edit');
    const title = await screen.findByLabelText(/^Title/);
    await user.type(title, ' (2026)');
    await user.click(screen.getByRole('button', { name: 'Save policy' }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/policies/pol-clean-desk'));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });
});

describe('review of policies: reminders', () => {
  it('sends one reminder for a double click, then says when the last went and when the next may', async () => {
    await signInAs('officer');
    const user = userEvent.setup();
    const requests = recordRequests(server);
    renderApp('/policies/pol-clean-desk');
    const completion = await screen.findByRole('region', { name: 'Completion' });
    const send = await within(completion).findByRole('button', { name: /Send reminder to \d+ overdue/ });
    await user.dblClick(send);
    expect(await within(completion).findByText(/^Reminder sent to \d+ people: /)).toBeInTheDocument();
    expect(requests.filter((url) => url.pathname.endsWith('/reminders'))).toHaveLength(1);
    const wait = await within(completion).findByText(
      /^Last reminder sent .+ \(the next one can be sent from .+\)$/,
    );
    await waitFor(() => expect(send).toBeDisabled());
    expect(send.getAttribute('aria-describedby')).toBe(wait.id);
    expect([...policyReminders.all()].length).toBeGreaterThan(0);
  });
});

describe('review of policies: effective dates', () => {
  it('refuses a draft whose effective date is before the previous version’s, at the field', async () => {
    await signInAs('officer');
    const user = userEvent.setup();
    renderApp('/policies/pol-acceptable-use/versions/new');
    await user.type(await screen.findByLabelText(/^Summary of changes/), 'Back-dated.');
    const date = screen.getByLabelText(/^Effective date/);
    await user.clear(date);
    await user.type(date, '2000-01-01');
    await user.click(screen.getByRole('button', { name: 'Save draft' }));
    const previous = policyVersions.get('pol-acceptable-use-v2.0')!;
    const message = `The effective date is before version 2.0’s (${formatDate(previous.effectiveDate)}).`;
    await waitFor(() =>
      expect(date).toHaveAccessibleDescription(new RegExp(message.replace(/[().]/g, '\\$&'))),
    );
  });
});

describe('review of policies: what a manager and a retired policy show', () => {
  it('shows a manager their team’s acknowledgements in the Versions table', async () => {
    await signInAs('manager');
    renderApp('/policies/pol-data-protection');
    const table = await screen.findByRole('table', { name: 'Versions' });
    expect(within(table).getByRole('columnheader', { name: 'Acknowledgements in your team' })).toBeVisible();
    const row = within(table).getByRole('row', { name: /^2\.1/ });
    const team = [...policyAcknowledgements.all()].filter(
      (a) =>
        a.versionId === 'pol-data-protection-v2.1' && people.get(a.personId)?.department === 'Operations',
    ).length;
    expect(within(row).getAllByRole('cell')[4]).toHaveTextContent(new RegExp(`^${team}$`));
  });

  it('says a retired policy’s last published version as the Versions table marks it', async () => {
    await signInAs('officer');
    renderApp('/policies/pol-byod');
    const details = await screen.findByRole('region', { name: 'Details' });
    expect(await within(details).findByText('Last published')).toBeInTheDocument();
    expect(details).toHaveTextContent(/1\.0, effective .+ \(retired\)/);
    expect(details).not.toHaveTextContent('None published');
    const table = screen.getByRole('table', { name: 'Versions' });
    expect(within(table).getByRole('row', { name: /^1\.0/ })).toHaveTextContent('Last published (retired)');
    expect(table).not.toHaveTextContent('Current');
  });

  it('says the team rule once, says a policy not asked of the team, and offers managers no Draft', async () => {
    await signInAs('manager');
    renderApp('/policies');
    expect(
      await screen.findByText(
        'Each published policy and how many of your team have acknowledged it. Your team is everyone in your department (Operations).',
      ),
    ).toBeInTheDocument();
    const table = await screen.findByRole('table', { name: 'Policies' });
    const breach = (
      await within(table).findByRole('link', { name: 'Personal data breach response' })
    ).closest('tr')!;
    expect(breach).toHaveTextContent('Not asked of your team');
    expect(breach).not.toHaveTextContent('0 of 0');
    const status = await screen.findByRole('combobox', { name: 'Status' });
    const options = within(status).getAllByRole('option');
    expect(options.map((o) => o.textContent)).toEqual(['All statuses', 'Published', 'Retired']);
  });

  it('shows 1 of 400 as <1%, never 0%, and 399 of 400 as >99%', () => {
    expect(sharePercent(1, 400)).toBe('<1%');
    expect(sharePercent(0, 400)).toBe('0%');
    expect(sharePercent(399, 400)).toBe('>99%');
    expect(sharePercent(400, 400)).toBe('100%');
    expect(sharePercent(100, 400)).toBe('25%');
  });
});
