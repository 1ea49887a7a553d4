import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { visits } from '../../../mocks/store/visits';
import { renderApp, signInAs } from '../../setup/render';

async function pickHost(user: ReturnType<typeof userEvent.setup>, name: string) {
  const host = screen.getByRole('combobox', { name: /Host/ });
  await user.type(host, name.slice(0, 4));
  await user.click(await screen.findByRole('option', { name: new RegExp(name) }));
}

describe('visitor log: check in', () => {
  it('checks a visitor in from the keyboard and is ready for the next one', async () => {
    await signInAs('desk');
    const user = userEvent.setup();
    renderApp('/visitors/check-in');
    expect(await screen.findByRole('heading', { level: 1, name: 'Check in visitor' })).toBeInTheDocument();
    const name = screen.getByRole('textbox', { name: /^Name/ });
    await waitFor(() => expect(name).toHaveFocus());
    // Name, Company, Host, Purpose, Site, Badge, Contact, privacy notice: in that order with Tab.
    await user.keyboard('Nora Lindqvist');
    await user.tab();
    expect(screen.getByRole('textbox', { name: /^Company/ })).toHaveFocus();
    await user.keyboard('Fjord Analytics');
    await user.tab();
    expect(screen.getByRole('combobox', { name: /Host/ })).toHaveFocus();
    await user.keyboard('Sam P');
    await screen.findByRole('option', { name: /Sam Patel/ });
    await user.keyboard('{ArrowDown}{Enter}');
    await user.tab();
    expect(screen.getByRole('textbox', { name: /^Purpose/ })).toHaveFocus();
    await user.keyboard('Meeting');
    await user.tab();
    expect(screen.getByRole('combobox', { name: /^Site/ })).toHaveFocus();
    await user.tab();
    expect(screen.getByRole('textbox', { name: /^Badge number/ })).toHaveFocus();
    await user.keyboard('150');
    await user.tab();
    expect(screen.getByRole('textbox', { name: /^Contact/ })).toHaveFocus();
    await user.tab();
    expect(screen.getByRole('checkbox', { name: /privacy notice/ })).toHaveFocus();
    await user.keyboard(' ');
    await user.click(screen.getByRole('textbox', { name: /^Badge number/ }));
    await user.keyboard('{Enter}');

    expect(
      await screen.findByText(
        // en-CA writes 2:15 a.m. (the kit’s formatTime), en-US 2:15 AM.
        /Nora Lindqvist is checked in with badge 150 at [0-9:]+( [AP]M| [ap]\.m\.)?\.? Sam Patel has been told\./,
      ),
    ).toBeInTheDocument();
    const record = [...visits.all()].find((v) => v.name === 'Nora Lindqvist');
    expect(record).toMatchObject({ hostId: 'p-staff', badge: '150', siteId: 'site-tor', checkedOutMs: null });
    await waitFor(() => expect(screen.getByRole('textbox', { name: /^Name/ })).toHaveFocus());
    expect(screen.getByRole('textbox', { name: /^Name/ })).toHaveValue('');
    expect(screen.getByRole('textbox', { name: /^Badge number/ })).toHaveValue('');
  });

  it('says what is missing at each field', async () => {
    await signInAs('desk');
    const user = userEvent.setup();
    renderApp('/visitors/check-in');
    await user.click(await screen.findByRole('button', { name: 'Check in' }));
    const summary = await screen.findByRole('alert');
    expect(summary).toHaveTextContent('Name: Enter the visitor’s name.');
    expect(summary).toHaveTextContent('Host: Choose the host from the people directory.');
    expect(summary).toHaveTextContent(
      'Privacy notice: Confirm that the visitor was shown the privacy notice.',
    );
    expect(screen.getByRole('textbox', { name: /^Name/ })).toHaveAccessibleDescription(
      'Enter the visitor’s name.',
    );
    expect(screen.getByRole('textbox', { name: /^Name/ })).toHaveFocus();
  });

  it('refuses a badge in use on site at the badge field, keeping everything typed', async () => {
    await signInAs('desk');
    const user = userEvent.setup();
    renderApp('/visitors/check-in');
    await user.type(await screen.findByRole('textbox', { name: /^Name/ }), 'Nora Lindqvist');
    await user.type(screen.getByRole('textbox', { name: /^Company/ }), 'Fjord Analytics');
    await pickHost(user, 'Sam Patel');
    await user.type(screen.getByRole('textbox', { name: /^Purpose/ }), 'Meeting');
    await user.type(screen.getByRole('textbox', { name: /^Badge number/ }), '101');
    await user.click(screen.getByRole('checkbox', { name: /privacy notice/ }));
    await user.click(screen.getByRole('button', { name: 'Check in' }));
    const badge = screen.getByRole('textbox', { name: /^Badge number/ });
    await waitFor(() =>
      expect(badge).toHaveAccessibleDescription(/Badge 101 is already in use at Toronto head office/),
    );
    expect(badge).toHaveFocus();
    expect(screen.getByRole('textbox', { name: /^Name/ })).toHaveValue('Nora Lindqvist');
    expect(screen.getByRole('textbox', { name: /^Company/ })).toHaveValue('Fjord Analytics');
  });

  it('warns when the visitor is already on site, and checks in only on “Check in anyway”', async () => {
    await signInAs('desk');
    const user = userEvent.setup();
    renderApp('/visitors/check-in');
    await user.type(await screen.findByRole('textbox', { name: /^Name/ }), 'Aisha Chen');
    await user.type(screen.getByRole('textbox', { name: /^Company/ }), 'Helix Software');
    await pickHost(user, 'Sam Patel');
    await user.type(screen.getByRole('textbox', { name: /^Purpose/ }), 'Second meeting');
    await user.type(screen.getByRole('textbox', { name: /^Badge number/ }), '155');
    await user.click(screen.getByRole('checkbox', { name: /privacy notice/ }));
    await user.click(screen.getByRole('button', { name: 'Check in' }));
    const warning = await screen.findByText(
      /Aisha Chen is already on site at Toronto head office \(badge 101/,
      { selector: '.MuiAlert-message' },
    );
    expect([...visits.all()].filter((v) => v.name === 'Aisha Chen')).toHaveLength(1);
    await user.click(
      within(warning.closest('.MuiAlert-root') as HTMLElement).getByRole('button', {
        name: 'Check in anyway',
      }),
    );
    expect(await screen.findByText(/Aisha Chen is checked in with badge 155/)).toBeInTheDocument();
    expect([...visits.all()].filter((v) => v.name === 'Aisha Chen' && v.checkedOutMs === null)).toHaveLength(
      2,
    );
  });

  it('refuses a contact that is neither email nor phone', async () => {
    await signInAs('desk');
    const user = userEvent.setup();
    renderApp('/visitors/check-in');
    await user.type(await screen.findByRole('textbox', { name: /^Contact/ }), 'ring me');
    await user.click(screen.getByRole('button', { name: 'Check in' }));
    await waitFor(() =>
      expect(screen.getByRole('textbox', { name: /^Contact/ })).toHaveAccessibleDescription(
        'Enter an email address or a phone number, or leave it empty.',
      ),
    );
  });
});
