// The visitor log in French: each page's headings, labels, the schemas' messages and the mock's own messages
// (it answers in the request's Accept-Language), a language switch that keeps what is typed, and the privacy
// notice offered to the visitor in either language whatever the desk's own.
import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { changeLanguage } from '@/shared/i18n/i18n';
import {
  NOTICE_CATALOGS,
  PRIVACY_NOTICE_TITLE_ID,
  resetNoticeInstances,
} from '@/features/visits/components/privacy-notice';
import { renderApp, signInAs } from '../../setup/render';

const NBSP = '\u00a0';

async function pickHost(user: ReturnType<typeof userEvent.setup>, name: string) {
  const host = screen.getByRole('combobox', { name: /Hôte/ });
  await user.type(host, name.slice(0, 4));
  await user.click(await screen.findByRole('option', { name: new RegExp(name) }));
}

describe('visitor log in French', () => {
  it('the desk: who is on site and who is expected, in French', async () => {
    await changeLanguage('fr');
    await signInAs('desk');
    renderApp('/visitors');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Registre des visiteurs' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 2, name: 'Sur place en ce moment' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 2, name: 'Attendus aujourd’hui' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Enregistrer un visiteur' })).toBeInTheDocument();
    const table = await screen.findByRole('table', { name: 'Visiteurs sur place en ce moment' });
    for (const header of ['Visiteur', 'Entreprise', 'Hôte', 'Insigne', 'Arrivée', 'Sur place depuis'])
      expect(within(table).getByRole('columnheader', { name: header })).toBeInTheDocument();
    expect(screen.getByText(/^Toronto head office\s: 3 sur place/)).toBeInTheDocument();
    expect(
      within(table).getByRole('button', { name: /^Enregistrer le départ : Aisha Chen, insigne/ }),
    ).toBeInTheDocument();
    // Time on site in French (2 h 05 min), never "min" glued to an English word.
    expect(within(table).getAllByText(/^\d+( h \d\d)? min$/u).length).toBeGreaterThan(0);
  });

  it('check-in: the schema’s messages and the server’s, in French', { timeout: 60_000 }, async () => {
    await changeLanguage('fr');
    await signInAs('desk');
    const user = userEvent.setup();
    renderApp('/visitors/check-in');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Enregistrer un visiteur' }),
    ).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Enregistrer l’arrivée' }));
    const summary = await screen.findByRole('alert');
    expect(summary).toHaveTextContent('Entrez le nom du visiteur.');
    expect(summary).toHaveTextContent('Choisissez l’hôte dans le répertoire du personnel.');
    expect(summary).toHaveTextContent('Confirmez que l’avis de confidentialité a été présenté au visiteur.');
    expect(screen.getByRole('textbox', { name: /^Nom/ })).toHaveAccessibleDescription(
      'Entrez le nom du visiteur.',
    );

    // Badge 101 is worn at Toronto: the mock refuses it, in French.
    await user.type(screen.getByRole('textbox', { name: /^Nom/ }), 'Nora Lindqvist');
    await user.type(screen.getByRole('textbox', { name: /^Entreprise/ }), 'Fjord Analytics');
    await pickHost(user, 'Sam Patel');
    await user.type(screen.getByRole('textbox', { name: /^Objet de la visite/ }), 'Réunion');
    await user.type(screen.getByRole('textbox', { name: /^Numéro d’insigne/ }), '101');
    await user.click(screen.getByRole('checkbox', { name: /avis de confidentialité/ }));
    await user.click(screen.getByRole('button', { name: 'Enregistrer l’arrivée' }));
    const badge = screen.getByRole('textbox', { name: /^Numéro d’insigne/ });
    await waitFor(() =>
      expect(badge).toHaveAccessibleDescription(
        /L’insigne 101 est déjà utilisé à Toronto head office\. Prenez un autre insigne/,
      ),
    );
  });

  it('a language switch keeps what is typed in the check-in form and changes its labels', async () => {
    await signInAs('desk');
    const user = userEvent.setup();
    renderApp('/visitors/check-in');
    const name = await screen.findByRole('textbox', { name: /^Name/ });
    await user.type(name, 'Nora Lindqvist');
    await user.type(screen.getByRole('textbox', { name: /^Badge number/ }), '150');
    await act(() => changeLanguage('fr'));
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Enregistrer un visiteur' }),
    ).toBeInTheDocument();
    // The same inputs, relabelled: nothing remounted.
    expect(screen.getByRole('textbox', { name: /^Nom/ })).toBe(name);
    expect(name).toHaveValue('Nora Lindqvist');
    expect(screen.getByRole('textbox', { name: /^Numéro d’insigne/ })).toHaveValue('150');
    expect(screen.getByRole('textbox', { name: /^Coordonnées \(facultatif\)/ })).toBeInTheDocument();
    await act(() => changeLanguage('en'));
    expect(await screen.findByRole('textbox', { name: /^Name/ })).toHaveValue('Nora Lindqvist');
  });

  it('the history: columns, the desk’s window and the date range rule, in French', async () => {
    await changeLanguage('fr');
    await signInAs('desk');
    const user = userEvent.setup();
    renderApp('/visitors/history');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Historique des visites' }),
    ).toBeInTheDocument();
    const table = await screen.findByRole('table', { name: 'Visites' });
    for (const header of ['Arrivée', 'Départ', 'Visiteur', 'Entreprise', 'Hôte', 'Site', 'Insigne'])
      expect(within(table).getByRole('columnheader', { name: new RegExp(`^${header}`) })).toBeInTheDocument();
    expect(await screen.findByText(/^Visites des 7 derniers jours/)).toBeInTheDocument();
    await user.type(await screen.findByLabelText('Du', { exact: true }), '2026-05-10');
    await user.type(screen.getByLabelText('Au', { exact: true }), '2026-05-01');
    await user.keyboard('{Enter}');
    expect(await screen.findByLabelText('Au', { exact: true })).toHaveAccessibleDescription(
      'La date de fin précède la date de début.',
    );
  });

  it('my expected visitors: the form, its messages and the list, in French', async () => {
    await changeLanguage('fr');
    await signInAs('staff');
    const user = userEvent.setup();
    renderApp('/my-visitors');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Mes visiteurs attendus' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 2, name: 'Attendre un visiteur' })).toBeInTheDocument();
    const table = await screen.findByRole('table', { name: 'Visiteurs que vous attendez' });
    expect(within(table).getByRole('columnheader', { name: 'Statut' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Attendre ce visiteur' }));
    expect(await screen.findByRole('textbox', { name: /^Nom du visiteur/ })).toHaveAccessibleDescription(
      'Entrez le nom du visiteur.',
    );
    await user.type(screen.getByRole('textbox', { name: /^Nom du visiteur/ }), 'Rafael Costa');
    await user.type(screen.getByRole('textbox', { name: /^Entreprise/ }), 'Cobalt Consulting');
    await user.click(screen.getByRole('button', { name: 'Attendre ce visiteur' }));
    expect(
      await screen.findByText(
        /^Le poste de sécurité de Toronto head office attend maintenant Rafael Costa le /,
      ),
    ).toBeInTheDocument();
  });

  it(
    'retention: the preview, the schema’s message and the server’s answer, in French',
    { timeout: 60_000 },
    async () => {
      await changeLanguage('fr');
      await signInAs('officer');
      const user = userEvent.setup();
      renderApp('/visitors/retention');
      expect(
        await screen.findByRole('heading', { level: 1, name: 'Conservation des visites' }),
      ).toBeInTheDocument();
      const days = await screen.findByRole('spinbutton', { name: /^Période de conservation \(jours\)/ });
      await user.clear(days);
      await user.type(days, '0');
      await user.click(screen.getByRole('button', { name: 'Aperçu de la purge' }));
      expect(days).toHaveAccessibleDescription(`Entrez un nombre entier de jours entre 1 et 3${NBSP}650.`);
      await user.clear(days);
      await user.type(days, '30');
      await user.click(screen.getByRole('button', { name: 'Aperçu de la purge' }));
      expect(await screen.findByText(/^Avec 30 jours, la prochaine purge anonymisera/)).toBeInTheDocument();
      await user.click(screen.getByRole('button', { name: 'Enregistrer' }));
      const dialog = await screen.findByRole('dialog', {
        name: `Raccourcir la période de conservation${NBSP}?`,
      });
      expect(within(dialog).getByRole('button', { name: 'Garder 90 jours' })).toBeInTheDocument();
      await user.click(within(dialog).getByRole('button', { name: /^Raccourcir et anonymiser/ }));
      expect(
        await screen.findByText(/^Enregistré\s: les visites sont conservées pendant 30 jours/),
      ).toBeInTheDocument();
      // MUI's own close button says "Close" unless told: the notice's says it in French.
      expect(screen.getByRole('button', { name: 'Fermer' })).toBeInTheDocument();
      expect(screen.getByRole('heading', { name: 'Historique du poste de sécurité' })).toBeInTheDocument();
    },
  );

  it('the roll call, in French', async () => {
    await changeLanguage('fr');
    await signInAs('desk');
    renderApp('/visitors/roll-call');
    expect(await screen.findByRole('heading', { level: 1, name: 'Liste de présence' })).toBeInTheDocument();
    expect(await screen.findByText(/^\d+ visiteurs sur place en date du /)).toBeInTheDocument();
    expect(screen.getAllByRole('columnheader', { name: 'Présent' }).length).toBeGreaterThan(0);
    expect(screen.getByRole('button', { name: 'Imprimer' })).toBeInTheDocument();
  });
});

describe('the privacy notice at check-in, in either language', () => {
  beforeEach(() => resetNoticeInstances());

  const notice = () => document.getElementById(PRIVACY_NOTICE_TITLE_ID)?.parentElement;

  it('an English desk shows the visitor the French notice, downloaded when asked for', async () => {
    const french = vi.spyOn(NOTICE_CATALOGS, 'fr');
    await signInAs('desk');
    const user = userEvent.setup();
    renderApp('/visitors/check-in');
    expect(
      await screen.findByRole('heading', { level: 2, name: 'Privacy notice for visitors' }),
    ).toBeInTheDocument();
    expect(notice()).toHaveAttribute('lang', 'en-CA');
    expect(french).not.toHaveBeenCalled();

    const languages = screen.getByRole('group', { name: 'Language of the privacy notice' });
    expect(within(languages).getByRole('button', { name: 'English' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    const francais = within(languages).getByRole('button', { name: 'Français' });
    expect(francais).toHaveAttribute('lang', 'fr-CA');
    await user.click(francais);
    expect(
      await screen.findByRole('heading', {
        level: 2,
        name: 'Avis de confidentialité à l’intention des visiteurs',
      }),
    ).toBeInTheDocument();
    expect(french).toHaveBeenCalledTimes(1);
    expect(notice()).toHaveAttribute('lang', 'fr-CA');
    expect(notice()).toHaveTextContent(/Nous ne vous demandons aucune pièce d’identité\./);
    expect(francais).toHaveAttribute('aria-pressed', 'true');
    // The desk's own page stays in English.
    expect(screen.getByRole('heading', { level: 1, name: 'Check in visitor' })).toBeInTheDocument();
    expect(document.documentElement).toHaveAttribute('lang', 'en-CA');

    await user.click(within(languages).getByRole('button', { name: 'English' }));
    expect(
      screen.getByRole('heading', { level: 2, name: 'Privacy notice for visitors' }),
    ).toBeInTheDocument();
    expect(notice()).toHaveAttribute('lang', 'en-CA');
  });

  it('a French desk shows the visitor the English notice', async () => {
    await changeLanguage('fr');
    await signInAs('desk');
    const user = userEvent.setup();
    renderApp('/visitors/check-in');
    expect(
      await screen.findByRole('heading', {
        level: 2,
        name: 'Avis de confidentialité à l’intention des visiteurs',
      }),
    ).toBeInTheDocument();
    expect(notice()).toHaveAttribute('lang', 'fr-CA');
    const languages = screen.getByRole('group', { name: 'Langue de l’avis de confidentialité' });
    await user.click(within(languages).getByRole('button', { name: 'English' }));
    expect(
      await screen.findByRole('heading', { level: 2, name: 'Privacy notice for visitors' }),
    ).toBeInTheDocument();
    expect(notice()).toHaveAttribute('lang', 'en-CA');
    expect(screen.getByRole('heading', { level: 1, name: 'Enregistrer un visiteur' })).toBeInTheDocument();
    expect(
      screen.getByRole('checkbox', { name: /L’avis de confidentialité a été présenté/ }),
    ).toBeInTheDocument();
  });

  it('says so when the other language’s notice cannot be downloaded, and tries again', async () => {
    const french = vi
      .spyOn(NOTICE_CATALOGS, 'fr')
      .mockRejectedValueOnce(new TypeError('Failed to fetch dynamically imported module'));
    await signInAs('desk');
    const user = userEvent.setup();
    renderApp('/visitors/check-in');
    await user.click(await screen.findByRole('button', { name: 'Français' }));
    expect(await screen.findByText('The notice could not be loaded in this language.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    expect(
      await screen.findByRole('heading', {
        level: 2,
        name: 'Avis de confidentialité à l’intention des visiteurs',
      }),
    ).toBeInTheDocument();
    expect(french).toHaveBeenCalledTimes(2);
  });
});
