// Shared pieces of the browser journeys: sign in as a demo role, and scan a page with axe (WCAG 2.2 AA).
import AxeBuilder from '@axe-core/playwright';
import { test as base, expect, type Page } from '@playwright/test';
import { DEMO_ACCOUNTS, DEMO_PASSWORD, type DemoRole } from '../setup/demo-accounts';

export { DEMO_ACCOUNTS, type DemoRole };

/** Signs in through the sign-in page, as a person would, and waits for their home page. */
export async function signIn(page: Page, role: DemoRole) {
  await page.goto('/sign-in');
  // In English or in French (a browser set to French opens the console in French).
  await page.getByLabel(/^(Email|Courriel)/).fill(DEMO_ACCOUNTS[role].email);
  await page.getByLabel(/^(Password|Mot de passe)/).fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: /^(Sign in|Se connecter)$/ }).click();
  await expect(page).not.toHaveURL(/\/sign-in/);
  // The URL changes as the navigation starts; the sign-in page shows until the console has rendered.
  await expect(page.getByRole('button', { name: /Account menu|Menu du compte/ })).toBeVisible();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
}

/**
 * What a page shows while its code or data is on the way: a progress indicator (a lazy page, a slow
 * navigation, a child table's answer), a busy table or history, a skeleton.
 */
const STILL_LOADING = ['[role="progressbar"]', '[aria-busy="true"]', '.MuiSkeleton-root'].join(', ');

/**
 * Waits for the page's heading and for everything it loads, filter forms included. Not networkidle: the
 * mock answers from its worker, which no network event shows.
 */
export async function expectPageLoaded(page: Page) {
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.locator(STILL_LOADING)).toHaveCount(0);
  // AfterPrimaryContent keeps a filter form's place with a marked, empty box until the form arrives.
  await expect(page.locator('[data-kept-space]')).toHaveCount(0);
}

export async function expectNoAxeViolations(page: Page) {
  // Scan the page with its data, not its skeleton.
  await expectPageLoaded(page);
  await expectAxeClean(page);
}

/** Scans the page as it is now (a loading or an error state too), with the WCAG 2.2 AA tags. */
export async function expectAxeClean(page: Page) {
  // Colours mid-transition (a button turning disabled) are neither the old nor the new ones: axe measured a
  // contrast no one sees at rest. Wait for CSS transitions to end; animations that loop (a spinner) may run.
  await page
    .waitForFunction(() => document.getAnimations().every((a) => !(a instanceof CSSTransition)), undefined, {
      timeout: 2000,
    })
    .catch(() => undefined);
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .analyze();
  const summary = results.violations.map(
    (v) =>
      `${v.id} (${v.impact}): ${v.help}\n  ${v.nodes
        .map((n) => n.target.join(' '))
        .slice(0, 5)
        .join('\n  ')}`,
  );
  expect(summary, `axe violations on ${page.url()}`).toEqual([]);
}

export const test = base.extend<{
  signInAs: (role: DemoRole) => Promise<void>;
  /** Console messages a test expects (e.g. a failure it provokes); anything else fails it. */
  allowedConsoleMessages: RegExp[];
  consoleStaysClean: void;
}>({
  // A fresh context per test (Playwright's default) means a fresh mock database: IndexedDB starts empty.
  signInAs: async ({ page }, use) => {
    await use((role) => signIn(page, role));
  },
  allowedConsoleMessages: [[], { option: true }],
  // Every journey: no error or warning in the browser's console and no uncaught exception, from the first
  // page to the last (React Router's "No HydrateFallback element" was one on every full page load).
  consoleStaysClean: [
    async ({ page, allowedConsoleMessages }, use) => {
      const messages: string[] = [];
      const allowed = (text: string) => allowedConsoleMessages.some((pattern) => pattern.test(text));
      page.on('console', (message) => {
        const type = message.type();
        if ((type === 'error' || type === 'warning') && !allowed(message.text())) {
          messages.push(`${type}: ${message.text()} (${page.url()})`);
        }
      });
      page.on('pageerror', (error) => {
        if (!allowed(error.message)) messages.push(`uncaught: ${error.message} (${page.url()})`);
      });
      await use();
      expect(messages, 'the browser console').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
