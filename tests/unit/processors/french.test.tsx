// The processors pages in French (issue 17): headings, labels, values, the schemas' messages and the mock's own
// (flags, a 409), all in French; and a language switch that keeps what is typed in a form.
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { changeLanguage } from '@/shared/i18n/i18n';
import { renderApp, signInAs } from '../../setup/render';

/** Native date inputs take their value in one change event. */
function setDate(label: string | RegExp, value: string) {
  fireEvent.change(screen.getByLabelText(label), { target: { value } });
}

describe('processors in French', () => {
  it('shows the list in French: heading, columns, filters, values and the backend’s flag sentences', async () => {
    await changeLanguage('fr');
    await signInAs('officer');
    renderApp('/processors');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Sous-traitants' }, { timeout: 20_000 }),
    ).toBeInTheDocument();
    await waitFor(() => expect(document.title).toMatch(/^Sous-traitants/));
    const table = await screen.findByRole('table', { name: 'Sous-traitants' });
    const aws = (await within(table).findByRole('link', { name: 'Amazon Web Services (AWS)' })).closest(
      'tr',
    )!;
    expect(within(table).getByRole('columnheader', { name: /Signalements/ })).toBeInTheDocument();
    expect(within(table).getByRole('columnheader', { name: /Niveau de risque/ })).toBeInTheDocument();
    expect(within(aws).getByText('Actif')).toBeInTheDocument();
    expect(within(aws).getByText('Élevé')).toBeInTheDocument();
    // The chip's title is the backend's sentence, answered in the request's language (Accept-Language: fr-CA).
    const chip = within(aws).getByText('Transfert sous le Bouclier').closest('[title]')!;
    expect(chip.getAttribute('title')).toMatch(
      /^Le transfert vers ces pays repose sur le Bouclier.*États-Unis/,
    );
    // The filter bar's selects mount a frame after its other fields.
    expect(await screen.findByLabelText('Signalements')).toBeInTheDocument();
    expect(screen.getByLabelText('Rechercher un nom ou des services')).toBeInTheDocument();
    expect(screen.getByRole('option', { name: 'Tous les niveaux' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Inscrire un sous-traitant' })).toBeInTheDocument();
  });

  it('shows a processor in French: details, flags from the backend, contracts and reviews', async () => {
    await changeLanguage('fr');
    await signInAs('officer');
    renderApp('/processors/proc-email');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Postlane Email Delivery' }),
    ).toBeInTheDocument();
    const flags = screen.getByRole('region', { name: /demandent votre attention/ });
    expect(
      within(flags).getByText(/Il manque au contrat DPA-EML-2024 : droits de vérification et d’inspection\./),
    ).toBeInTheDocument();
    expect(
      within(flags).getByText(/prend fin le \d{4}-\d{2}-\d{2}, d’ici 90 jours, sans renouvellement/),
    ).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Détails' })).toHaveTextContent('Niveau de risque');
    const contracts = screen.getByRole('region', { name: 'Contrats' });
    const row = (await within(contracts).findByRole('rowheader', { name: /DPA-EML-2024/ })).closest('tr')!;
    expect(within(row).getByText('Expire bientôt')).toBeInTheDocument();
    expect(within(row).getByText('Sans vérifications')).toBeInTheDocument();
    const reviews = screen.getByRole('region', { name: 'Examens de conformité' });
    expect(within(reviews).getByText(/Prochain examen prévu :/)).toBeInTheDocument();
    expect(
      within(reviews).getByText('Les sous-traitants à risque moyen sont examinés tous les 12 mois.', {
        exact: false,
      }),
    ).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Modifier le sous-traitant' })).toBeInTheDocument();
    expect(within(contracts).getByRole('link', { name: 'Ajouter un contrat' })).toBeInTheDocument();
  });

  it('says the schema’s messages at the fields in French when registering a processor', async () => {
    const user = userEvent.setup();
    await changeLanguage('fr');
    await signInAs('officer');
    renderApp('/processors/new');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Inscrire un sous-traitant' }),
    ).toBeInTheDocument();
    await user.selectOptions(screen.getByLabelText(/^Lieu 1 : pays/), 'Japon');
    await user.click(screen.getByRole('button', { name: 'Inscrire le sous-traitant' }));
    expect(await screen.findByText('Entrez le nom du sous-traitant.', { selector: 'p' })).toBeInTheDocument();
    expect(
      screen.getByText('Choisissez le mécanisme de transfert de ce lieu situé hors du Canada.', {
        selector: 'p',
      }),
    ).toBeInTheDocument();
    expect(
      screen.getByText('Choisissez au moins une catégorie de renseignements.', { selector: 'p' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('alert')).toHaveTextContent('Lieu 1 : mécanisme de transfert');
  });

  it('says the backend’s 409 in French at the field of a contract, and a schema message too', async () => {
    const user = userEvent.setup();
    await changeLanguage('fr');
    await signInAs('officer');
    renderApp('/processors/proc-payments/contracts/new');
    expect(await screen.findByRole('heading', { level: 1, name: 'Ajouter un contrat' })).toBeInTheDocument();
    await user.type(screen.getByLabelText(/^Référence/), 'dpa-aws-2023');
    await user.type(screen.getByLabelText(/^Titre/), 'Entente de paiements');
    setDate(/^Date de début/, '2026-06-01');
    setDate(/^Date de fin ou de renouvellement/, '2026-05-01');
    await user.click(screen.getByRole('button', { name: 'Ajouter le contrat' }));
    expect(
      await screen.findByText('La date de fin doit être égale ou postérieure à la date de début.', {
        selector: 'p',
      }),
    ).toBeInTheDocument();
    setDate(/^Date de fin ou de renouvellement/, '2027-05-31');
    await user.click(screen.getByRole('button', { name: 'Ajouter le contrat' }));
    expect(
      await screen.findByText('Un autre contrat porte déjà la référence DPA-AWS-2023.', { selector: 'p' }),
    ).toBeInTheDocument();
    expect(screen.getByLabelText(/^Titre/)).toHaveValue('Entente de paiements');
  });

  it('shows the review cadence in French, with its message at the field', async () => {
    const user = userEvent.setup();
    await changeLanguage('fr');
    await signInAs('officer');
    renderApp('/processors/review-cadence');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Fréquence des examens' }),
    ).toBeInTheDocument();
    const high = await screen.findByLabelText(/^Risque élevé \(mois\)/);
    await user.clear(high);
    await user.type(high, '0');
    await user.click(screen.getByRole('button', { name: 'Enregistrer la fréquence' }));
    expect(
      await screen.findByText('Entrez un nombre entier de mois de 1 à 60.', { selector: 'p' }),
    ).toBeInTheDocument();
  });

  it('shows a manager the review cadence read-only, in French', async () => {
    await changeLanguage('fr');
    await signInAs('manager');
    renderApp('/processors/review-cadence');
    const table = await screen.findByRole('table', { name: 'Fréquence des examens' });
    expect(within(table).getByRole('columnheader', { name: 'Examiné tous les' })).toBeInTheDocument();
    expect(within(table).getByRole('cell', { name: '12 mois' })).toBeInTheDocument();
  });

  it('asks the backend again on a language switch, so the flags’ sentences follow it', async () => {
    await signInAs('officer');
    renderApp('/processors/proc-email');
    const flags = await screen.findByRole('region', { name: /needs? attention/ }, { timeout: 20_000 });
    expect(flags).toHaveTextContent('Contract DPA-EML-2024 lacks: audit and inspection rights.');
    await act(() => changeLanguage('fr'));
    await waitFor(() =>
      expect(screen.getByRole('region', { name: /demandent votre attention/ })).toHaveTextContent(
        /Il manque au contrat DPA-EML-2024\s:\sdroits de vérification et d’inspection\./,
      ),
    );
  });

  it('keeps what is typed in a review form when the language changes, and changes the labels', async () => {
    const user = userEvent.setup();
    await signInAs('officer');
    renderApp('/processors/proc-aws/reviews/new');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Record a compliance review' }),
    ).toBeInTheDocument();
    await user.type(screen.getByLabelText(/^Findings/), 'Gaps in logging.');
    await user.selectOptions(screen.getByLabelText(/^Outcome/), 'Remediation required');
    await user.click(screen.getByRole('button', { name: 'Add remediation action' }));
    await user.type(screen.getByLabelText(/^Action 1: what to do/), 'Enable CloudTrail.');

    await act(() => changeLanguage('fr'));
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Consigner un examen de conformité' }),
    ).toBeInTheDocument();
    expect(screen.getByLabelText(/^Constatations/)).toHaveValue('Gaps in logging.');
    expect(screen.getByLabelText(/^Résultat/)).toHaveValue('remediation_required');
    expect(screen.getByRole('option', { name: 'Correctifs requis' })).toBeInTheDocument();
    expect(screen.getByLabelText(/^Mesure 1 : ce qu’il faut faire/)).toHaveValue('Enable CloudTrail.');
    expect(screen.getByRole('button', { name: 'Consigner l’examen' })).toBeInTheDocument();

    await act(() => changeLanguage('en'));
    expect(screen.getByLabelText(/^Findings/)).toHaveValue('Gaps in logging.');
    expect(screen.getByLabelText(/^Action 1: what to do/)).toHaveValue('Enable CloudTrail.');
  });
});
