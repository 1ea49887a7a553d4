// The French console in the browser: a page fails when it shows text that the English catalogs have and French
// says differently (a string left in English), and its <html lang> must say fr-CA.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { expect, type Page } from '@playwright/test';

function catalogs(language: 'en' | 'fr'): Map<string, string> {
  const messages = new Map<string, string>();
  const files = [
    `src/app/i18n/${language}.json`,
    `src/shared/i18n/${language}.json`,
    ...readdirSync('src/features').flatMap((module) =>
      existsSync(`src/features/${module}/i18n`)
        ? readdirSync(`src/features/${module}/i18n`)
            .filter((name) => name === `${language}.json` || name.endsWith(`.${language}.json`))
            .map((name) => `src/features/${module}/i18n/${name}`)
        : [],
    ),
    ...readdirSync('mocks/i18n')
      .filter((name) => name.endsWith(`.${language}.json`))
      .map((name) => `mocks/i18n/${name}`),
  ].filter((file) => existsSync(file));
  for (const file of files) {
    const namespace = file.replace(/\/i18n\/.*$/, '');
    const catalog = JSON.parse(readFileSync(file, 'utf8')) as Record<string, string>;
    for (const [key, message] of Object.entries(catalog)) messages.set(`${namespace}:${key}`, message);
  }
  return messages;
}

/** English messages without placeholders whose French differs: none of these may show on a French page. */
const englishOnly: string[] = (() => {
  const fr = catalogs('fr');
  // A word both languages write alike ("Actions", "Notifications") is French too wherever French says it.
  const frenchToo = new Set([...fr.values()].map((message) => message.trim()));
  const found = new Set<string>();
  for (const [id, english] of catalogs('en')) {
    if (english.includes('{') || !/[A-Za-z]{2}/.test(english)) continue;
    if (fr.get(id) !== english && !frenchToo.has(english.trim())) found.add(english.trim());
  }
  return [...found];
})();

/** The browser asks for French (navigator.languages), as a browser set to French does. */
export const FRENCH_BROWSER = { locale: 'fr-CA' } as const;

/**
 * Fails when the page shows an English message: visible text, or an accessible name or description given as
 * an attribute (aria-label, title, placeholder, alt). Checks <html lang> too.
 */
export async function expectAllFrench(page: Page) {
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr-CA');
  const shown: string[] = await page.evaluate(() => {
    const texts: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const element = node.parentElement;
      if (!element || element.closest('script, style, [hidden], [aria-hidden="true"]')) continue;
      const text = node.textContent?.trim();
      if (text && element.getClientRects().length) texts.push(text);
    }
    for (const element of document.querySelectorAll('[aria-label], [title], [placeholder], [alt]')) {
      for (const name of ['aria-label', 'title', 'placeholder', 'alt']) {
        const value = element.getAttribute(name)?.trim();
        if (value) texts.push(value);
      }
    }
    return texts;
  });
  const english = new Set(englishOnly);
  const left = [...new Set(shown.filter((text) => english.has(text)))];
  expect(left, `English left on ${page.url()}`).toEqual([]);
}
