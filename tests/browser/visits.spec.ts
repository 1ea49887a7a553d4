// Visitor log journeys: the security desk's day (check in, check out, roll call, history) and an employee
// pre-registering a visitor, with an accessibility scan of every page on the way.
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { test, expect, expectNoAxeViolations } from './fixtures';
import { expectAllFrench, FRENCH_BROWSER } from './french';

/** The UTC day of a moment, as the history's date filter reads it. */
function utcDay(msAgo: number) {
  return new Date(Date.now() - msAgo).toISOString().slice(0, 10);
}

test('the desk checks a visitor in and out, prints the roll call and finds a visit from three months ago', async ({
  page,
  signInAs,
}) => {
  await signInAs('desk');
  await expect(page).toHaveURL(/\/visitors$/);
  await expect(page.getByRole('table', { name: 'Visitors on site now' })).toBeVisible();
  // After 19:00 in Toronto the chip goes on with ", 3 after closing": the mock's worker keeps real time.
  await expect(page.getByText(/^Toronto head office: 3 on site/)).toBeVisible();
  await expectNoAxeViolations(page);

  // Check in from the keyboard alone.
  await page.getByRole('link', { name: 'Check in visitor' }).click();
  await expect(page).toHaveTitle('Check in visitor · Privacy Office Console');
  const name = page.getByRole('textbox', { name: /^Name/ });
  await expect(name).toBeFocused();
  await expectNoAxeViolations(page);
  await page.keyboard.type('Nora Lindqvist');
  await page.keyboard.press('Tab');
  await page.keyboard.type('Fjord Analytics');
  await page.keyboard.press('Tab');
  await page.keyboard.type('Sam P');
  await expect(page.getByRole('option', { name: /Sam Patel/ })).toBeVisible();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Tab');
  await page.keyboard.type('Meeting');
  await page.keyboard.press('Tab'); // site: the desk's own
  await page.keyboard.press('Tab');
  await page.keyboard.type('150');
  await page.keyboard.press('Tab'); // contact: optional
  await page.keyboard.press('Tab');
  await page.keyboard.press('Space'); // shown the privacy notice
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Enter');
  await expect(page.getByText(/Nora Lindqvist is checked in with badge 150/)).toBeVisible();
  await expect(name).toHaveValue('');
  await expect(name).toBeFocused();

  // Check out, from the desk's list.
  await page.getByRole('link', { name: 'Back to visitor log' }).click();
  await page.getByRole('button', { name: 'Check out Nora Lindqvist, badge 150' }).click();
  await expect(page.getByText(/Nora Lindqvist checked out at/)).toBeVisible();
  await expect(page.getByRole('button', { name: 'Check out Nora Lindqvist, badge 150' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Undo check-out of Nora Lindqvist' })).toBeVisible();

  // The roll call, on screen and on paper.
  await page.getByRole('link', { name: 'Roll call' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Toronto head office' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: 'Dublin EU office' })).toBeVisible();
  await expect(page.getByRole('row', { name: /Aisha Chen/ })).toContainText('Sam Patel');
  await expectNoAxeViolations(page);
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('button', { name: 'Print' })).toBeHidden();
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeHidden();
  await expect(page.getByRole('heading', { level: 2, name: 'Toronto head office' })).toBeVisible();
  for (const format of ['A4', 'Letter'] as const) {
    const pdf = await page.pdf({ format, preferCSSPageSize: true });
    expect(pdf.byteLength).toBeGreaterThan(1000);
  }
  await page.emulateMedia({ media: 'screen' });

  // The desk reads the last 7 days of the history: a visit of three months ago (Harriet Quill, 88 days ago
  // in the demo seed) is the privacy office's.
  await page.goto('/visitors/history');
  await expect(page.getByRole('table', { name: 'Visits' })).toBeVisible();
  await expect(page.getByText(/Showing the visits of the last 7 days/)).toBeVisible();
  await expectNoAxeViolations(page);
  const day = 86_400_000;
  await page.getByLabel('From', { exact: true }).fill(utcDay(89 * day));
  await page.getByLabel('To', { exact: true }).fill(utcDay(87 * day));
  await page.getByRole('textbox', { name: 'Company' }).fill('Quill');
  await page.getByRole('button', { name: 'Search' }).click();
  await expect(page.getByText('No visits match these filters.')).toBeVisible();
  await expectNoAxeViolations(page);
});

test('the privacy officer finds an old visit and reveals its contact with a reason', async ({
  page,
  signInAs,
}) => {
  await signInAs('officer');
  await page.goto('/visitors/history');
  const day = 86_400_000;
  await page.getByLabel('From', { exact: true }).fill(utcDay(89 * day));
  await page.getByLabel('To', { exact: true }).fill(utcDay(87 * day));
  await page.getByRole('textbox', { name: 'Company' }).fill('Quill');
  await page.getByRole('button', { name: 'Search' }).click();
  await page.getByRole('row', { name: /Harriet Quill/ }).click();
  const details = page.getByRole('dialog', { name: 'Harriet Quill' });
  await details.getByRole('button', { name: 'Reveal contact' }).click();
  const ask = page.getByRole('dialog', { name: 'Reveal the contact?' });
  await expect(ask.getByRole('textbox', { name: /Reason/ })).toBeFocused();
  await expectNoAxeViolationsInDialogs(page);
  await page.keyboard.type('Returning a lost umbrella');
  await page.keyboard.press('Enter');
  await expect(details.getByText('harriet@quill.example')).toBeVisible();
  await expect(ask).toBeHidden();
  await expect(details.getByText('Revealed “Contact”. Reason: Returning a lost umbrella')).toBeVisible();
  await expectNoAxeViolationsInDialogs(page);
});

/** With a dialog open the page's heading is hidden from the accessibility tree: scan the page as it is. */
async function expectNoAxeViolationsInDialogs(page: Page) {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .analyze();
  expect(
    results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
  ).toEqual([]);
}

test('an employee pre-registers a visitor, and cannot reach the visitor log', async ({ page, signInAs }) => {
  await signInAs('staff');
  await page.goto('/my-visitors');
  await expect(page.getByRole('heading', { level: 1, name: 'My expected visitors' })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole('textbox', { name: /Visitor’s name/ }).fill('Rafael Costa');
  await page.getByRole('textbox', { name: /^Company/ }).fill('Cobalt Consulting');
  await page.getByRole('button', { name: 'Expect visitor' }).click();
  await expect(page.getByText(/now expects Rafael Costa/)).toBeVisible();
  await expect(
    page.getByRole('table', { name: 'Visitors you expect' }).getByText('Rafael Costa'),
  ).toBeVisible();

  await page.goto('/visitors');
  await expect(page.getByRole('heading', { level: 1, name: 'Not permitted' })).toBeVisible();
  await page.goto('/visitors/history');
  await expect(page.getByRole('heading', { level: 1, name: 'Not permitted' })).toBeVisible();
});

test('the privacy officer reviews retention', async ({ page, signInAs }) => {
  await signInAs('officer');
  await page.goto('/visitors/retention');
  await expect(page.getByRole('heading', { level: 1, name: 'Visit retention' })).toBeVisible();
  await expect(page.getByRole('spinbutton', { name: /Retention period/ })).toHaveValue('90');
  await expect(page.getByRole('spinbutton', { name: /Desk’s history window/ })).toHaveValue('7');
  await expectNoAxeViolations(page);
});

// The same pages in French, as a browser set to French opens them: every page of the visitor log as each role
// that uses it, in each state a journey reaches (a list, a record, a form with its errors, an empty list), with
// nothing left in English and axe clean (lang attributes included: the privacy notice shown to the visitor in
// English carries lang="en-CA" on a French page).
test.describe('in French', () => {
  test.use(FRENCH_BROWSER);

  /** The page as it is now reads in French only, and passes axe. */
  async function expectFrenchAndAccessible(page: Page) {
    await expectNoAxeViolations(page);
    await expectAllFrench(page);
  }

  test('the desk’s day, in French', async ({ page, signInAs }) => {
    // The sign-in fixture reads the French sign-in page too.
    await signInAs('desk');
    await expect(page).toHaveURL(/\/visitors$/);
    await expect(page.getByRole('heading', { level: 1, name: 'Registre des visiteurs' })).toBeVisible();
    await expect(page.getByRole('table', { name: 'Visiteurs sur place en ce moment' })).toBeVisible();
    await expectFrenchAndAccessible(page);

    // Check-in: the form with its errors, the notice in either language, then a visitor checked in.
    await page.getByRole('link', { name: 'Enregistrer un visiteur' }).click();
    await expect(page).toHaveTitle(/^Enregistrer un visiteur · /);
    await expect(page.getByRole('heading', { level: 1, name: 'Enregistrer un visiteur' })).toBeVisible();
    const notice = page.locator('[data-notice-language]');
    await expect(notice).toHaveAttribute('lang', 'fr-CA');
    await expectFrenchAndAccessible(page);
    await page.getByRole('button', { name: 'Enregistrer l’arrivée' }).click();
    await expect(page.getByRole('textbox', { name: /^Nom/ })).toHaveAccessibleDescription(
      'Entrez le nom du visiteur.',
    );
    await expectFrenchAndAccessible(page);
    await page.getByRole('button', { name: 'English', exact: true }).click();
    await expect(page.getByRole('heading', { level: 2, name: 'Privacy notice for visitors' })).toBeVisible();
    await expect(notice).toHaveAttribute('lang', 'en-CA');
    // The notice is English on purpose (the visitor's choice): axe checks its lang; the rest stays French.
    await expectNoAxeViolations(page);
    await expect(page.getByRole('heading', { level: 1, name: 'Enregistrer un visiteur' })).toBeVisible();
    await page.getByRole('button', { name: 'Français', exact: true }).click();
    await expect(notice).toHaveAttribute('lang', 'fr-CA');

    await page.getByRole('textbox', { name: /^Nom/ }).fill('Nora Lindqvist');
    await page.getByRole('textbox', { name: /^Entreprise/ }).fill('Fjord Analytics');
    await page.getByRole('combobox', { name: /^Hôte/ }).fill('Sam P');
    await page.getByRole('option', { name: /Sam Patel/ }).click();
    await page.getByRole('textbox', { name: /^Objet de la visite/ }).fill('Réunion');
    await page.getByRole('textbox', { name: /^Numéro d’insigne/ }).fill('101');
    await page.getByRole('checkbox', { name: /avis de confidentialité/ }).check();
    await page.getByRole('button', { name: 'Enregistrer l’arrivée' }).click();
    // The mock refuses a badge in use, in French.
    await expect(page.getByRole('textbox', { name: /^Numéro d’insigne/ })).toHaveAccessibleDescription(
      /^L’insigne 101 est déjà utilisé à Toronto head office/,
    );
    await expectFrenchAndAccessible(page);
    await page.getByRole('textbox', { name: /^Numéro d’insigne/ }).fill('150');
    await page.getByRole('button', { name: 'Enregistrer l’arrivée' }).click();
    await expect(page.getByText(/Nora Lindqvist : arrivée enregistrée avec l’insigne 150/)).toBeVisible();
    await expectFrenchAndAccessible(page);

    // Check-out, with Undo.
    await page.getByRole('link', { name: 'Retour au registre des visiteurs' }).click();
    await page.getByRole('button', { name: 'Enregistrer le départ : Nora Lindqvist, insigne 150' }).click();
    await expect(page.getByText(/Nora Lindqvist : départ enregistré à/)).toBeVisible();
    await expect(page.getByRole('heading', { level: 2, name: 'Départs récents' })).toBeVisible();
    await expectFrenchAndAccessible(page);

    // The roll call.
    await page.getByRole('link', { name: 'Liste de présence' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Liste de présence' })).toBeVisible();
    await expectFrenchAndAccessible(page);

    // The history, with the desk's window, then a search that finds nothing.
    await page.goto('/visitors/history');
    await expect(page.getByRole('table', { name: 'Visites' })).toBeVisible();
    await expect(page.getByText(/^Visites des 7 derniers jours/)).toBeVisible();
    await expectFrenchAndAccessible(page);
    await page.getByRole('textbox', { name: 'Entreprise' }).fill('Quill');
    await page.getByRole('textbox', { name: 'Entreprise' }).press('Enter');
    await expect(page.getByText('Aucune visite ne correspond à ces filtres.')).toBeVisible();
    await expectFrenchAndAccessible(page);

    // The desk expects nobody itself: the empty list.
    await page.goto('/my-visitors');
    await expect(page.getByText('Vous n’attendez personne.')).toBeVisible();
    await expectFrenchAndAccessible(page);
  });

  test('the privacy officer’s history, a visit’s record and retention, in French', async ({
    page,
    signInAs,
  }) => {
    // The sign-in fixture reads the French sign-in page too.
    await signInAs('officer');
    await page.goto('/visitors/history');
    await expect(page.getByRole('heading', { level: 1, name: 'Historique des visites' })).toBeVisible();
    await expect(page.getByRole('table', { name: 'Visites' })).toBeVisible();
    await expectFrenchAndAccessible(page);
    await page.getByRole('table', { name: 'Visites' }).getByRole('row').nth(1).click();
    const details = page.getByRole('dialog');
    await expect(details.getByText('Entreprise', { exact: true })).toBeVisible();
    // The page's heading is hidden behind the dialog: wait for the record's history instead.
    await expect(details.locator('[role="progressbar"], [aria-busy="true"], .MuiSkeleton-root')).toHaveCount(
      0,
    );
    await expectAllFrench(page);
    await expectNoAxeViolationsInDialogs(page);
    await page.keyboard.press('Escape');

    await page.goto('/visitors/retention');
    await expect(page.getByRole('heading', { level: 1, name: 'Conservation des visites' })).toBeVisible();
    await expectFrenchAndAccessible(page);
    const days = page.getByRole('spinbutton', { name: /^Période de conservation/ });
    await days.fill('0');
    await page.getByRole('button', { name: 'Aperçu de la purge' }).click();
    await expect(days).toHaveAccessibleDescription(/^Entrez un nombre entier de jours entre 1 et 3\s650\.$/);
    await expectFrenchAndAccessible(page);
    await days.fill('30');
    await page.getByRole('button', { name: 'Aperçu de la purge' }).click();
    await expect(page.getByText(/^Avec 30 jours, la prochaine purge anonymisera/)).toBeVisible();
    await expectFrenchAndAccessible(page);
  });

  test('an employee’s expected visitors, in French', async ({ page, signInAs }) => {
    // The sign-in fixture reads the French sign-in page too.
    await signInAs('staff');
    await page.goto('/my-visitors');
    await expect(page.getByRole('heading', { level: 1, name: 'Mes visiteurs attendus' })).toBeVisible();
    await expect(page.getByRole('table', { name: 'Visiteurs que vous attendez' })).toBeVisible();
    await expectFrenchAndAccessible(page);
    await page.getByRole('button', { name: 'Attendre ce visiteur' }).click();
    await expect(page.getByRole('textbox', { name: /^Nom du visiteur/ })).toHaveAccessibleDescription(
      'Entrez le nom du visiteur.',
    );
    await expectFrenchAndAccessible(page);
    await page.getByRole('textbox', { name: /^Nom du visiteur/ }).fill('Rafael Costa');
    await page.getByRole('textbox', { name: /^Entreprise/ }).fill('Cobalt Consulting');
    await page.getByRole('button', { name: 'Attendre ce visiteur' }).click();
    await expect(page.getByText(/attend maintenant Rafael Costa le/)).toBeVisible();
    await expectFrenchAndAccessible(page);
    await page.getByRole('button', { name: /^Annuler la visite de Rafael Costa/ }).click();
    await expect(page.getByRole('dialog', { name: /^Annuler cette visite/ })).toBeVisible();
    await expectAllFrench(page);
    await expectNoAxeViolationsInDialogs(page);
  });
});
