// Shared pieces of the browser journeys: sign in as a demo role, and scan a page with axe (WCAG 2.2 AA).
import AxeBuilder from '@axe-core/playwright';
import { test as base, expect, type Page } from '@playwright/test';

export const ACCOUNTS = {
  officer: { email: 'officer@example.com', name: 'Olivia Ortiz' },
  manager: { email: 'manager@example.com', name: 'Marcus Reid' },
  staff: { email: 'staff@example.com', name: 'Sam Patel' },
  desk: { email: 'desk@example.com', name: 'Dana Kim' },
} as const;
export type DemoRole = keyof typeof ACCOUNTS;

/** Signs in through the sign-in page, as a person would, and waits for their home page. */
export async function signIn(page: Page, role: DemoRole) {
  await page.goto('/sign-in');
  await page.getByLabel('Email').fill(ACCOUNTS[role].email);
  await page.getByLabel('Password').fill('demo-password');
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  await expect(page).not.toHaveURL(/\/sign-in/);
  // The URL changes as the navigation starts; the sign-in page shows until the console has rendered.
  await expect(page.getByRole('button', { name: /Account menu/ })).toBeVisible();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
}

export async function expectNoAxeViolations(page: Page) {
  // Let the page settle (lazy chunks, first answers) before scanning.
  await page.waitForLoadState('networkidle');
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

export const test = base.extend<{ signInAs: (role: DemoRole) => Promise<void> }>({
  // A fresh context per test (Playwright's default) means a fresh mock database: IndexedDB starts empty.
  signInAs: async ({ page }, use) => {
    await use((role) => signIn(page, role));
  },
});

export { expect };
