// The kit in French in the browser: a list (table, toolbar, pager, filters, export), an empty list, a record
// (its history), a form with errors, and the status pages, each axe-clean with no kit string left in English.
// The whole-page check (expectAllFrench) also covers the shell's and the modules' strings, which move onto
// the catalogs on their own branches: until those merge, this spec checks the kit's catalog alone, and runs
// expectAllFrench only where every string on the page is the kit's.
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { test, expect, expectAxeClean, expectPageLoaded } from './fixtures';
import { expectAllFrench, FRENCH_BROWSER } from './french';

const catalog = (language: 'en' | 'fr') =>
  JSON.parse(readFileSync(`src/shared/i18n/${language}.json`, 'utf8')) as Record<string, string>;

/** The kit's English messages without placeholders that French says differently. */
const KIT_ENGLISH = (() => {
  const fr = catalog('fr');
  return Object.entries(catalog('en'))
    .filter(([key, english]) => !english.includes('{') && /[A-Za-z]{2}/.test(english) && fr[key] !== english)
    .map(([, english]) => english.trim());
})();

/** Fails when the page shows one of the kit's English messages (text or an accessible name); checks lang. */
async function expectKitFrench(page: Page) {
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr-CA');
  const shown: string[] = await page.evaluate(() => {
    const texts: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const element = node.parentElement;
      if (!element || element.closest('script, style, [hidden], [aria-hidden="true"]')) continue;
      const text = node.textContent?.trim();
      if (text) texts.push(text);
    }
    for (const element of document.querySelectorAll('[aria-label], [title], [placeholder], [alt]')) {
      for (const name of ['aria-label', 'title', 'placeholder', 'alt']) {
        const value = element.getAttribute(name)?.trim();
        if (value) texts.push(value);
      }
    }
    return texts;
  });
  const english = new Set(KIT_ENGLISH);
  expect([...new Set(shown.filter((text) => english.has(text)))], `kit English on ${page.url()}`).toEqual([]);
}

async function check(page: Page) {
  await expectKitFrench(page);
  await expectAxeClean(page);
}

test.describe('the kit in French', () => {
  test.use(FRENCH_BROWSER);

  test('a list, an empty list, a record with its history and a form with errors (officer)', async ({
    page,
    signInAs,
  }) => {
    await signInAs('officer');

    await page.goto('/processors');
    await expectPageLoaded(page);
    await expect(page.getByRole('button', { name: 'Colonnes' })).toBeVisible();
    await expect(page.getByText(/^Lignes par page/)).toBeVisible();
    await expect(page.getByRole('button', { name: 'Exporter en CSV' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Effacer les filtres' })).toBeVisible();
    await check(page);

    await page.getByRole('button', { name: 'Colonnes' }).click();
    await expect(page.getByRole('menu')).toBeVisible();
    await check(page);
    await page.keyboard.press('Escape');

    // Empty: a search that matches nothing.
    await page.getByRole('searchbox').first().fill('zzzz-nothing-matches');
    await page.getByRole('button', { name: 'Rechercher' }).click();
    await expect(page.getByText(/0–0 sur 0/)).toBeVisible();
    await check(page);

    await page.goto('/processors/proc-aws');
    await expectPageLoaded(page);
    await expect(page.getByRole('region', { name: 'Historique' })).toBeVisible();
    await check(page);

    await page.goto('/processors/new');
    await expectPageLoaded(page);
    await page.getByRole('button', { name: 'Inscrire le sous-traitant' }).click();
    await expect(page.getByRole('alert').first()).toContainText(/Il y a \d+ problèmes?/);
    await check(page);
  });

  test('the desk list and record pages for the security desk', async ({ page, signInAs }) => {
    await signInAs('desk');
    await page.goto('/visitors/history');
    await expectPageLoaded(page);
    await check(page);
  });

  test('a page that does not exist, and one the role may not see (staff)', async ({ page, signInAs }) => {
    await signInAs('staff');
    await page.goto('/no-such-page');
    await expect(page.getByRole('heading', { level: 1, name: 'Page introuvable' })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Aller à votre page d’accueil' })).toBeVisible();
    await expect(page).toHaveTitle(/^Page introuvable · /);
    await check(page);
    // The page's own content is the kit's alone: nothing on it may be English.
    await expectAllFrenchWithin(page, '#main');

    await page.goto('/processors');
    await expect(page.getByRole('heading', { level: 1, name: 'Accès non autorisé' })).toBeVisible();
    await check(page);
    await expectAllFrenchWithin(page, '#main');
  });
});

/** expectAllFrench on a page whose shell is left out: the main content must be French through and through. */
async function expectAllFrenchWithin(page: Page, selector: string) {
  // expectAllFrench reads the whole body; hide the rest for the look.
  await page.evaluate((selector) => {
    const keep = document.querySelector(selector);
    for (const element of document.body.querySelectorAll('*')) {
      if (keep && !keep.contains(element) && !element.contains(keep)) element.setAttribute('hidden', '');
    }
  }, selector);
  await expectAllFrench(page);
  await page.reload();
}
