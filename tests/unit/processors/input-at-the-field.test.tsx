// The review and processor forms refuse at the field what the backend would: a review dated ahead, an action due
// before its review, a phone number that is not one. One schema for both (src/shared/model/fields.ts).
import { fireEvent, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { addDays, todayIso } from '@/shared/model/dates';
import { recordRequests, renderApp, signInAs } from '../../setup/render';
import { server } from '../../../mocks/node';

function setDate(label: RegExp, value: string) {
  fireEvent.change(screen.getByLabelText(label), { target: { value } });
}

describe('input refused at the field', () => {
  it('a review dated in the future, and an action due before its review', async () => {
    const user = userEvent.setup();
    await signInAs('officer');
    const requests = recordRequests(server);
    renderApp('/processors/proc-aws/reviews/new');
    await screen.findByRole('heading', { level: 1, name: 'Record a compliance review' });
    setDate(/^Review date/, addDays(todayIso(), 5));
    await user.type(screen.getByLabelText(/^Findings/), 'Gaps in logging.');
    await user.selectOptions(screen.getByLabelText(/^Outcome/), 'Remediation required');
    await user.click(screen.getByRole('button', { name: 'Add remediation action' }));
    await user.type(screen.getByLabelText(/^Action 1: what to do/), 'Enable CloudTrail.');
    setDate(/^Action 1: due date/, addDays(todayIso(), 1));
    await user.click(screen.getByRole('button', { name: 'Record review' }));
    expect(
      await screen.findByText('A review cannot be dated in the future: enter the day it was carried out.', {
        selector: 'p',
      }),
    ).toBeInTheDocument();

    setDate(/^Review date/, addDays(todayIso(), -3));
    setDate(/^Action 1: due date/, addDays(todayIso(), -10));
    await user.click(screen.getByRole('button', { name: 'Record review' }));
    expect(
      await screen.findByText(`An action cannot be due before the review (${addDays(todayIso(), -3)}).`, {
        selector: 'p',
      }),
    ).toBeInTheDocument();
    expect(requests.filter((url) => url.pathname.endsWith('/reviews')).length).toBe(0);
  });

  it('a contact phone "abc"', async () => {
    const user = userEvent.setup();
    await signInAs('officer');
    renderApp('/processors/proc-aws/edit');
    const phone = await screen.findByLabelText(/^Contact phone/);
    await user.clear(phone);
    await user.type(phone, 'abc');
    await user.click(screen.getByRole('button', { name: /^Save/ }));
    expect(
      await screen.findByText('Enter a phone number of digits, e.g. +1 416 555 0100.', { selector: 'p' }),
    ).toBeInTheDocument();
    expect(phone).toHaveValue('abc');
  });
});
