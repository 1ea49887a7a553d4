// The complaints pages in French: headings, labels, values, a schema (zod) message and the mock's own messages
// in French (it answers in the request's language), and a language switch that keeps what is typed.
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { changeLanguage } from '@/shared/i18n/i18n';
import { addDays, utcTodayIso } from '@/shared/model/dates';
import { renderApp, signInAs } from '../../setup/render';

const slow = { timeout: 15_000 };
const today = utcTodayIso();
/** French puts a no-break space before a colon and inside « »: matched here as any space. */
const fr = (text: string) => new RegExp(text.replace(/[.()?]/g, '\\$&').replace(/ /g, '[\\s\\u00a0\\u202f]'));

function setDate(label: string | RegExp, value: string) {
  fireEvent.change(screen.getByLabelText(label), { target: { value } });
}

describe('complaints in French', { timeout: 60_000 }, () => {
  beforeEach(async () => {
    await signInAs('officer');
    await changeLanguage('fr');
  });

  it('lists the complaints with French headings, filters and deadline words', async () => {
    renderApp('/complaints');
    expect(await screen.findByRole('heading', { level: 1, name: 'Plaintes' }, slow)).toBeInTheDocument();
    const table = await screen.findByRole('table', { name: 'Plaintes' }, slow);
    const marcus = (await within(table).findByText('Marcus Allen', {}, slow)).closest('tr')!;
    expect(within(marcus).getByText('En retard')).toBeInTheDocument();
    expect(within(table).getByRole('columnheader', { name: /Prochaine échéance/ })).toBeInTheDocument();
    expect(within(table).getByRole('columnheader', { name: /Régime applicable/ })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Enregistrer la plainte' })).toBeInTheDocument();
    expect(await screen.findByLabelText('Échéance', {}, slow)).toBeInTheDocument();
    expect(screen.getByRole('option', { name: 'Échéance cette semaine' })).toBeInTheDocument();
    expect(
      await screen.findByRole(
        'option',
        { name: 'Commissariat à la protection de la vie privée du Canada (CPVP)' },
        slow,
      ),
    ).toBeInTheDocument();
  });

  it('shows a complaint’s deadlines, basis and regulator in French', async () => {
    renderApp('/complaints/cmp-uk-ico');
    const deadlines = await screen.findByRole('region', { name: 'Échéances' }, slow);
    expect(deadlines).toHaveTextContent(fr('Régime applicable : RGPD du Royaume-Uni'));
    expect(deadlines).toHaveTextContent('Un mois à compter de la réception');
    expect(deadlines).toHaveTextContent('RGPD du Royaume-Uni, art. 12(3)');
    expect(deadlines).toHaveTextContent('Information Commissioner’s Office (ICO, Royaume-Uni)');
    expect(deadlines).not.toHaveTextContent('@@');
    const escalation = screen.getByRole('region', { name: 'Transmission à l’autorité de contrôle' });
    expect(escalation).toHaveTextContent('IC-338201-K4X9');
    expect(screen.getByRole('region', { name: 'Chronologie' })).toHaveTextContent(
      'Résolue → Transmise à l’autorité',
    );
    expect(screen.getByRole('link', { name: 'Fermer la plainte' })).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Détails' })).toHaveTextContent('Témoins et pistage');
  });

  it('says a closed complaint’s unmet deadline stopped at closing', async () => {
    renderApp('/complaints/cmp-cai-closed');
    const deadlines = await screen.findByRole('region', { name: 'Échéances' }, slow);
    expect(within(deadlines).getAllByText('Arrêtée à la fermeture').length).toBeGreaterThan(0);
    expect(deadlines).toHaveTextContent(fr('Non respectée : la plainte a été fermée le'));
  });

  it('says the form’s schema messages in French, names the fields as the form does, and the law’s clock', async () => {
    const user = userEvent.setup();
    renderApp('/complaints/new');
    await screen.findByRole('heading', { level: 1, name: 'Enregistrer une plainte' }, slow);
    await user.selectOptions(screen.getByLabelText(/^Pays/), 'CA');
    await user.click(screen.getByRole('button', { name: 'Enregistrer la plainte' }));
    const summary = await screen.findByRole('alert');
    // The summary's "label: message" is the kit's (its French colon comes with the kit's catalog).
    expect(summary).toHaveTextContent(/Reçue le\s?: Entrez la date de réception de la plainte\./);
    expect(summary).toHaveTextContent(/Province ou territoire\s?: Choisissez la province ou le territoire\./);
    await user.selectOptions(screen.getByLabelText(/^Province ou territoire/), 'QC');
    expect(screen.getByRole('status')).toHaveTextContent(
      fr('Québec (Loi 25) : une réponse dans un délai de 30 jours'),
    );
  });

  it('says the backend’s own refusal in French, at its field', async () => {
    const user = userEvent.setup();
    renderApp('/complaints/cmp-uk-ico/escalation/edit');
    const reference = await screen.findByLabelText(/^Référence de l’autorité de contrôle/, {}, slow);
    await user.clear(reference);
    setDate(/^Échéance de l’autorité de contrôle/, addDays(today, 12));
    await user.click(screen.getByRole('button', { name: 'Enregistrer' }));
    expect(
      await screen.findAllByText(
        fr('L’autorité de contrôle a répondu le \\d{4}-\\d{2}-\\d{2} : entrez sa référence'),
        {},
        slow,
      ),
    ).not.toHaveLength(0);
  });

  it('shows the regulators’ caseload and the deadline rules in French', async () => {
    renderApp('/complaints/regulators');
    expect(
      await screen.findByRole(
        'heading',
        { level: 1, name: 'Transmissions en cours par autorité de contrôle' },
        slow,
      ),
    ).toBeInTheDocument();
    expect(await screen.findAllByRole('columnheader', { name: 'Situation' }, slow)).not.toHaveLength(0);
  });

  it('shows the deadline settings in French with the zod message of a bad number', async () => {
    const user = userEvent.setup();
    renderApp('/complaints/deadline-settings');
    const table = await screen.findByRole('table', { name: 'Délais de réponse par régime applicable' }, slow);
    expect(table).toHaveTextContent('Loi d’interprétation (Québec), art. 52');
    const days = screen.getByLabelText(/^Accuser réception dans un délai de/);
    await user.clear(days);
    await user.type(days, '0');
    await user.click(screen.getByRole('button', { name: 'Enregistrer les paramètres' }));
    expect(
      await screen.findAllByText('Entrez un nombre entier de jours ouvrables de 1 à 30.'),
    ).not.toHaveLength(0);
  });
});

describe('switching the language in a complaint form', { timeout: 60_000 }, () => {
  it('keeps what is typed and says the labels in the new language', async () => {
    const user = userEvent.setup();
    await signInAs('officer');
    renderApp('/complaints/new');
    await screen.findByRole('heading', { level: 1, name: 'Record a complaint' }, slow);
    await user.type(screen.getByLabelText(/^Name/), 'Mathieu Roy');
    await user.type(screen.getByLabelText(/^Description/), 'Still gets newsletters.');
    await user.selectOptions(screen.getByLabelText(/^Country/), 'Canada');
    await act(() => changeLanguage('fr'));
    await waitFor(() =>
      expect(screen.getByRole('heading', { level: 1, name: 'Enregistrer une plainte' })).toBeInTheDocument(),
    );
    expect(screen.getByLabelText(/^Nom/)).toHaveValue('Mathieu Roy');
    expect(screen.getByLabelText(/^Description/)).toHaveValue('Still gets newsletters.');
    expect(screen.getByLabelText(/^Pays/)).toHaveValue('CA');
    expect(screen.getByLabelText(/^Province ou territoire/)).toBeInTheDocument();
    expect(
      screen.getByRole('option', { name: 'Courriel au bureau de la protection de la vie privée' }),
    ).toBeInTheDocument();
  });
});
