// The console in French, for each role: a browser set to French opens it in French, every page the role's
// navigation reaches reads in French with nothing left in English (tests/browser/french.ts), axe finds nothing
// (lang attributes included), and switching back and forth keeps what is typed.
import { expectAllFrench, FRENCH_BROWSER } from './french';
import { expect, expectNoAxeViolations, test } from './fixtures';

test.use(FRENCH_BROWSER);

test('the sign-in page opens in French, says a missing field in French, and offers English', async ({
  page,
}) => {
  await page.goto('/sign-in');
  await expect(page.getByRole('heading', { name: 'Connexion' })).toBeVisible();
  await page.getByRole('button', { name: 'Se connecter', exact: true }).click();
  await expect(page.getByText('Entrez votre adresse courriel.')).toBeVisible();
  await expectAllFrench(page);
  await expectNoAxeViolations(page);
  await page.getByLabel(/^Courriel/).fill('officer@example.com');
  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.getByRole('heading', { name: 'Sign in' })).toBeVisible();
  await expect(page.getByLabel(/^Email/)).toHaveValue('officer@example.com');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en-CA');
});

for (const role of ['officer', 'manager', 'staff', 'desk'] as const) {
  test(`${role}: every page of the navigation reads in French`, async ({ page, signInAs }) => {
    test.setTimeout(180_000);
    await signInAs(role);
    await expectAllFrench(page);
    await expectNoAxeViolations(page);
    const links = page.getByRole('navigation', { name: 'Principale' }).getByRole('link');
    const destinations = await links.evaluateAll((anchors) => anchors.map((a) => a.getAttribute('href')!));
    expect(destinations.length).toBeGreaterThan(0);
    for (const destination of destinations) {
      await page.goto(destination);
      await expectNoAxeViolations(page);
      await expectAllFrench(page);
    }
  });
}

test('switching the language from the account menu keeps what is typed in a form, and is remembered', async ({
  page,
  signInAs,
}) => {
  await signInAs('officer');
  await page.goto('/my-visitors');
  await expectNoAxeViolations(page);
  const name = page.getByRole('textbox').first();
  await name.fill('Élodie Tremblay');
  const menu = page.getByRole('button', { name: /Menu du compte/ });
  await menu.click();
  await page.getByRole('menuitem', { name: 'English' }).click();
  await page.keyboard.press('Escape');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en-CA');
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();
  await expect(name).toHaveValue('Élodie Tremblay');
  // Remembered for the person: a reload (browser still in French) opens in English.
  await page.reload();
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en-CA');
});
