// The policies pages in French: headings, labels, a schema's message and the mock's own messages (the mock
// answers in the request's Accept-Language), and a language switch that keeps what is typed.
import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { changeLanguage } from '@/shared/i18n/i18n';
import { policyVersions } from '../../../mocks/store/policies';
import { renderApp, signInAs } from '../../setup/render';

describe('policies in French', () => {
  it('shows the officer the library in French, its completion as "x sur y (z %)"', async () => {
    await signInAs('officer');
    await changeLanguage('fr');
    renderApp('/policies');
    expect(await screen.findByRole('heading', { level: 1, name: 'Politiques' })).toBeInTheDocument();
    const table = await screen.findByRole('table', { name: 'Politiques' });
    expect(within(table).getByRole('columnheader', { name: /Titre/ })).toBeInTheDocument();
    const row = (await within(table).findByRole('link', { name: 'Data protection policy' })).closest('tr')!;
    // fr-CA: a no-break space before %, numbers as 1 234.
    expect(row).toHaveTextContent(/\d+ sur 400 \(\d+\s%\), \d+ en retard/);
    expect(row).toHaveTextContent('Protection des données');
    expect(
      within(table).getByRole('link', { name: 'Customer privacy notice' }).closest('tr'),
    ).toHaveTextContent('Non publiée');
    expect(screen.getByRole('link', { name: 'Ajouter une politique' })).toBeInTheDocument();
  });

  it('shows a policy’s page in French: details, completion, versions, and the chart’s table in French', async () => {
    await signInAs('officer');
    await changeLanguage('fr');
    const user = userEvent.setup();
    renderApp('/policies/pol-clean-desk');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Clean desk and screen lock' }),
    ).toBeVisible();
    const completion = await screen.findByRole('region', { name: 'Attestations' });
    expect(
      await within(completion).findByText(/^Version 1\.0, à attester au plus tard le \d{4}-\d\d-\d\d\.$/),
    );
    expect(within(completion).getByText('Visées')).toBeInTheDocument();
    await user.click(within(completion).getByRole('button', { name: 'Tableau' }));
    const byDepartment = within(completion).getByRole('table', { name: 'Par service' });
    expect(within(byDepartment).getByRole('columnheader', { name: 'En retard' })).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Tableau des versions' })).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Détails' })).toHaveTextContent(
      /Les personnes des sites Toronto head office et Montréal distribution centre/,
    );
    // The reminder, and the mock's own answer in French when one has just gone.
    await user.click(
      within(completion).getByRole('button', { name: /^Envoyer un rappel aux \d+ personnes en retard$/ }),
    );
    expect(await within(completion).findByText(/^Rappel envoyé à \d+ personnes : /)).toBeInTheDocument();
  });

  it('says a schema’s message and the server’s in French on the policy form', async () => {
    await signInAs('officer');
    await changeLanguage('fr');
    const user = userEvent.setup();
    renderApp('/policies/new');
    expect(await screen.findByRole('heading', { level: 1, name: 'Ajouter une politique' })).toBeVisible();
    await user.click(screen.getByRole('button', { name: 'Ajouter une politique' }));
    // The zod schema's message, a reference said in French.
    expect(await screen.findAllByText('Entrez le titre de la politique.')).not.toHaveLength(0);
    // The mock's message, in the request's language: an audience that matches nobody.
    await user.type(screen.getByLabelText(/^Titre/), 'Télétravail');
    await user.selectOptions(screen.getByLabelText(/^Catégorie/), 'Sécurité de l’information');
    await user.type(screen.getByRole('combobox', { name: /^Responsable/ }), 'Olivia');
    await user.click(await screen.findByRole('option', { name: /Olivia Ortiz/ }));
    await user.click(screen.getByRole('checkbox', { name: 'Toute l’entreprise' }));
    await user.click(await screen.findByRole('checkbox', { name: 'Finance' }));
    await user.click(screen.getByRole('checkbox', { name: 'Poste de sécurité' }));
    await screen.findByText(/^Personne ne correspond à ce public/);
    await user.click(screen.getByRole('button', { name: 'Ajouter une politique' }));
    await waitFor(() =>
      expect(
        screen.getAllByRole('alert').some((alert) =>
          // French puts a no-break space before the colon.
          /Personne ne correspond à ce public\u00a0: choisissez des services, des sites ou des rôles/.test(
            alert.textContent ?? '',
          ),
        ),
      ).toBe(true),
    );
  });

  it('shows staff their policies and a policy to read in French', async () => {
    await signInAs('staff');
    await changeLanguage('fr');
    renderApp('/my-policies');
    expect(await screen.findByRole('heading', { level: 1, name: 'Mes politiques' })).toBeVisible();
    expect(await screen.findByRole('region', { name: 'En retard (1)' })).toBeInTheDocument();
    const waiting = screen.getByRole('region', { name: 'En attente de votre part (1)' });
    expect(
      within(waiting).getByRole('link', { name: 'Lire et attester Acceptable use of IT' }),
    ).toHaveAttribute('href', '/my-policies/pol-acceptable-use');
    expect(screen.getByRole('region', { name: 'Attestées (2)' })).toBeInTheDocument();
  });

  it('reads a policy in French, with the 409 of a superseded version in French', async () => {
    await signInAs('staff');
    await changeLanguage('fr');
    const user = userEvent.setup();
    renderApp('/my-policies/pol-acceptable-use');
    const button = await screen.findByRole('button', {
      name: 'J’ai lu cette politique et je m’engage à la respecter',
    });
    expect(screen.getByRole('region', { name: 'Ce qui a changé depuis la version 1.0' })).toBeInTheDocument();
    await within(screen.getByRole('region', { name: /^Texte de/ })).findByRole('heading', {
      name: 'Devices',
    });
    const current = policyVersions.get('pol-acceptable-use-v2.0')!;
    policyVersions.replace({ ...current, status: 'superseded' });
    policyVersions.insert({
      ...current,
      id: 'pol-acceptable-use-v3.0',
      major: 3,
      minor: 0,
      status: 'published',
      text: '# Acceptable use of IT\n\nVersion three.',
      textHash: 'f'.repeat(64),
    });
    await waitFor(() => expect(button).toBeEnabled());
    await user.click(button);
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'La version 2.0 n’est plus en vigueur : lisez la version 3.0 et attestez celle-ci. La version en vigueur est maintenant affichée.',
    );
  });

  it('shows the publish page in French, its problems listed with the date as fr-CA writes it', async () => {
    await signInAs('officer');
    await changeLanguage('fr');
    const draft = policyVersions.get('pol-privacy-notice-v1.0')!;
    policyVersions.replace({ ...draft, text: '' });
    renderApp('/policies/pol-privacy-notice/versions/pol-privacy-notice-v1.0/publish');
    expect(
      await screen.findByRole('heading', {
        level: 1,
        name: 'Publier la version 1.0 de «\u00a0Customer privacy notice\u00a0»',
      }),
    ).toBeVisible();
    expect(await screen.findByText('Cette version n’a pas encore de texte.')).toBeInTheDocument();
    expect(screen.getByText(/Cette version ne peut pas encore être publiée/)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Publier la version 1.0' })).not.toBeInTheDocument();
  });
});

describe('switching the language on a policy form', () => {
  it('keeps what is typed and changes the labels', async () => {
    await signInAs('officer');
    const user = userEvent.setup();
    renderApp('/policies/new');
    const title = await screen.findByLabelText(/^Title/);
    await user.type(title, 'Working from home');
    await user.click(screen.getByRole('checkbox', { name: 'Everyone in the company' }));
    await act(() => changeLanguage('fr'));
    expect(await screen.findByRole('heading', { level: 1, name: 'Ajouter une politique' })).toBeVisible();
    expect(screen.getByLabelText(/^Titre/)).toHaveValue('Working from home');
    expect(screen.getByRole('checkbox', { name: 'Toute l’entreprise' })).not.toBeChecked();
    expect(screen.getByRole('group', { name: 'Services' })).toBeInTheDocument();
    await act(() => changeLanguage('en'));
    expect(await screen.findByLabelText(/^Title/)).toHaveValue('Working from home');
  });
});
