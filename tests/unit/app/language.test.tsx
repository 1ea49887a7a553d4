// Choosing the console's language: at once, without a reload, keeping what is typed, and remembered for the
// person on the backend, so their next sign-in opens in it.
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { server } from '../../../mocks/node';
import { accounts } from '../../../mocks/store/db';
import { api, setCsrfToken } from '@/shared/api/client';
import { activeLanguage, changeLanguage } from '@/shared/i18n/i18n';
import { acceptedLanguage, browserLanguage } from '@/shared/i18n/language';
import { DEMO_ACCOUNTS, failure, renderApp, signInAs } from '../../setup/render';
import { DEMO_PASSWORD } from '../../setup/demo-accounts';

it('switches the sign-in page to French at once, keeping the email typed', async () => {
  const user = userEvent.setup();
  renderApp('/sign-in');
  await user.type(await screen.findByLabelText(/Email/), 'officer@example.com');
  await user.click(screen.getByRole('button', { name: 'Français' }));
  expect(await screen.findByRole('heading', { name: 'Connexion' })).toBeInTheDocument();
  expect(screen.getByLabelText(/Courriel/)).toHaveValue('officer@example.com');
  expect(document.documentElement.lang).toBe('fr-CA');
  // Both ways: the French page offers English, named in English.
  await user.click(screen.getByRole('button', { name: 'English' }));
  expect(await screen.findByRole('heading', { name: 'Sign in' })).toBeInTheDocument();
  expect(screen.getByLabelText(/Email/)).toHaveValue('officer@example.com');
});

it('says the missing fields in French on the French sign-in page', async () => {
  const user = userEvent.setup();
  await changeLanguage('fr');
  renderApp('/sign-in');
  await user.click(await screen.findByRole('button', { name: 'Se connecter' }));
  expect(screen.getByText('Entrez votre adresse courriel.')).toBeInTheDocument();
});

it('switches from the account menu, and remembers it for the person on the backend', async () => {
  const user = userEvent.setup();
  const { user: officer } = await signInAs('officer');
  const sent: { method: string; body: unknown }[] = [];
  server.events.on('request:start', async ({ request }) => {
    if (request.url.endsWith('/api/v1/preferences'))
      sent.push({ method: request.method, body: await request.clone().json() });
  });
  renderApp('/home');
  await user.click(await screen.findByRole('button', { name: /Account menu/ }));
  const menu = await screen.findByRole('menu');
  expect(within(menu).getByRole('menuitem', { name: 'Français' })).toHaveAttribute('lang', 'fr-CA');
  await user.click(within(menu).getByRole('menuitem', { name: 'Français' }));
  // The menu stays open, now in French, with French ticked.
  expect(await within(menu).findByRole('menuitem', { name: 'Se déconnecter' })).toBeInTheDocument();
  await user.keyboard('{Escape}');
  expect(await screen.findByRole('button', { name: 'Ouvrir la navigation' })).toBeInTheDocument();
  expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Bonjour, Olivia');
  await waitFor(() => expect(sent).toEqual([{ method: 'PUT', body: { language: 'fr' } }]));
  expect(accounts.get(officer.id)?.language).toBe('fr');
  server.events.removeAllListeners('request:start');
});

it('opens the next sign-in in the language the person chose, whatever the browser says', async () => {
  const session = await signInAs('officer');
  await api.PUT('/api/v1/preferences', { body: { language: 'fr' } });
  await api.DELETE('/api/v1/session');
  setCsrfToken(undefined);
  expect(session.user.language).toBeNull();
  expect(activeLanguage()).toBe('en');
  const user = userEvent.setup();
  renderApp('/sign-in');
  await user.type(await screen.findByLabelText(/Email/), DEMO_ACCOUNTS.officer.email);
  await user.type(screen.getByLabelText(/Password/), DEMO_PASSWORD);
  await user.click(screen.getByRole('button', { name: 'Sign in' }));
  // Officers start on the dashboard (issue 18).
  expect(await screen.findByRole('heading', { name: 'Tableau de bord', level: 1 })).toBeInTheDocument();
  expect(activeLanguage()).toBe('fr');
});

it('refuses a language the console does not speak, in the language asked for', async () => {
  await signInAs('officer');
  const error = await failure(
    api.PUT('/api/v1/preferences', {
      body: { language: 'de' as 'en' },
      headers: { 'Accept-Language': 'fr-CA' },
    }),
  );
  expect(error.status).toBe(422);
  expect(error.problem).toMatchObject({
    title: 'Validation échouée',
    errors: [{ field: 'language', message: 'Choisissez l’anglais ou le français.' }],
  });
});

it('reads the browser’s and the request’s preferred language', () => {
  expect(browserLanguage(['fr-CA', 'en'])).toBe('fr');
  expect(browserLanguage(['de-DE', 'fr-FR'])).toBe('fr');
  expect(browserLanguage(['de-DE'])).toBe('en');
  expect(acceptedLanguage('de;q=1, fr-CA;q=0.8, en;q=0.5')).toBe('fr');
  expect(acceptedLanguage('en-CA,fr;q=0.9')).toBe('en');
  expect(acceptedLanguage('fr;q=0')).toBe('en');
  expect(acceptedLanguage(null)).toBe('en');
});
