// The risk register in French: each page's headings, labels and values, a schema's message at its field, the
// mock's own sentences (flags, refusals) in the request's language, and a switch of language that keeps what
// is typed.
import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { changeLanguage } from '@/shared/i18n/i18n';
import { renderApp, signInAs } from '../../setup/render';

const SLOW = { timeout: 10_000 };

describe('the risk register in French', () => {
  it('lists the risks in French, with the backend’s flag sentences in French', async () => {
    await changeLanguage('fr');
    await signInAs('officer');
    renderApp('/risks?status=approved&overdue=true');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Registre des risques' }, SLOW),
    ).toBeInTheDocument();
    const table = await screen.findByRole('table', { name: 'Risques' }, SLOW);
    const row = (await within(table).findByRole('link', { name: 'RISK-0005' })).closest('tr')!;
    expect(within(row).getByText('16 Critique')).toBeInTheDocument();
    expect(within(row).getByText('Approuvé')).toBeInTheDocument();
    expect(within(row).getByText('Mesure en retard')).toBeInTheDocument();
    const overdue = within(row).getByText('Examen en retard').closest('[title]')!;
    expect(overdue.getAttribute('title')).toMatch(/^L’examen du plan était dû le \d{4}-\d{2}-\d{2}\.$/);
    expect(within(table).getByRole('columnheader', { name: /Réf\./ })).toBeInTheDocument();
    expect(await screen.findByLabelText('Catégorie', {}, SLOW)).toBeInTheDocument();
    expect(screen.getByLabelText('Probabilité')).toBeInTheDocument();
    expect(screen.getAllByRole('link', { name: 'Rédiger un risque' }).length).toBeGreaterThan(0);
  });

  it('says in French which typed-in filter value it ignored', async () => {
    await changeLanguage('fr');
    await signInAs('officer');
    renderApp('/risks?impact=0');
    expect(
      await screen.findByText(
        'L’adresse contenait une valeur que le registre n’accepte pas, maintenant retirée : Impact « 0 ».',
        {},
        SLOW,
      ),
    ).toBeInTheDocument();
  });

  it('shows a risk’s review in French, and a manager why he may not review his own risk', async () => {
    await changeLanguage('fr');
    await signInAs('manager');
    renderApp('/risks/risk-card-data');
    const review = await screen.findByRole('region', { name: 'Examen' }, SLOW);
    expect(
      within(review).getByText('Vous êtes responsable de ce risque : un autre gestionnaire doit l’examiner.'),
    ).toBeInTheDocument();
    expect(within(review).getAllByText('En examen').length).toBeGreaterThan(0);
    expect(screen.getByRole('region', { name: 'Détails' })).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Cotes' })).toBeInTheDocument();
    expect(screen.getAllByText(/^probabilité \d – .+, impact \d – .+$/)).toHaveLength(2);
  });

  it('refuses the form’s empty fields in French at the field', async () => {
    const user = userEvent.setup();
    await changeLanguage('fr');
    await signInAs('officer');
    renderApp('/risks/new');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Rédiger un risque' }, SLOW),
    ).toBeInTheDocument();
    const likelihood = screen.getByLabelText(/^Probabilité inhérente/);
    expect(
      within(likelihood).getByRole('option', {
        name: '5 – Presque certain : Attendu plusieurs fois par année.',
      }),
    ).toBeInTheDocument();
    await user.selectOptions(screen.getByLabelText(/^Traitement(?!s)/), 'mitigate');
    await user.click(screen.getByRole('button', { name: 'Enregistrer le brouillon' }));
    expect(
      await screen.findByText('Entrez un titre pour le risque.', { selector: 'p' }, SLOW),
    ).toBeInTheDocument();
    expect(screen.getAllByText(/Un plan d’atténuation exige au moins une mesure/).length).toBeGreaterThan(0);
  });

  it('shows the heat map and its text alternative in French', async () => {
    await changeLanguage('fr');
    await signInAs('manager');
    renderApp('/risks/heat-map');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Carte thermique des risques' }, SLOW),
    ).toBeInTheDocument();
    expect(
      await screen.findByText(
        'Risques résiduels par probabilité (rangées) et impact (colonnes) : 40 en tout',
        {},
        SLOW,
      ),
    ).toBeInTheDocument();
    const cells = screen.getAllByRole('link', {
      name: /^Probabilité \d – .+, impact \d – .+ : \d+ risques?, cote \d+, (Faible|Moyen|Élevé|Critique)$/,
    });
    expect(cells).toHaveLength(25);
    expect(
      screen.getByRole('link', { name: /^Probabilité 4 – Probable, impact 4 – Majeur : / }),
    ).toHaveAttribute('href', '/risks?likelihood=4&impact=4');
    expect(screen.getByRole('columnheader', { name: /^Impact 1\s?Négligeable$/ })).toBeInTheDocument();
    expect(screen.getByRole('rowheader', { name: /^Probabilité 5\s?Presque certain$/ })).toBeInTheDocument();
  });

  it('shows a manager’s review queue in French', async () => {
    await changeLanguage('fr');
    await signInAs('manager');
    renderApp('/risks/review-queue');
    expect(await screen.findByRole('heading', { level: 1, name: 'File d’examen' }, SLOW)).toBeInTheDocument();
    const table = await screen.findByRole('table', { name: 'Risques en attente d’examen' }, SLOW);
    expect(within(table).getByRole('columnheader', { name: /En attente depuis/ })).toBeInTheDocument();
    expect(within(table).getAllByText(/^(Soumis le|Examen dû le) /).length).toBeGreaterThan(0);
  });

  it('keeps what is typed in the form when the language switches, and changes its labels', async () => {
    const user = userEvent.setup();
    await signInAs('officer');
    renderApp('/risks/new');
    await user.type(await screen.findByLabelText(/^Title/, {}, SLOW), 'Ovens phone home');
    await user.selectOptions(screen.getByLabelText(/^Inherent likelihood/), '4');
    await act(() => changeLanguage('fr'));
    await waitFor(() =>
      expect(screen.getByRole('heading', { level: 1, name: 'Rédiger un risque' })).toBeInTheDocument(),
    );
    expect(screen.getByLabelText(/^Titre/)).toHaveValue('Ovens phone home');
    expect(screen.getByLabelText(/^Probabilité inhérente/)).toHaveValue('4');
    expect(screen.getByRole('button', { name: 'Enregistrer le brouillon' })).toBeInTheDocument();
    await act(() => changeLanguage('en'));
    await waitFor(() => expect(screen.getByLabelText(/^Title/)).toHaveValue('Ovens phone home'));
  });
});
