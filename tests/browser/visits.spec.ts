// Visitor log journeys: the security desk's day (check in, check out, roll call, history) and an employee
// pre-registering a visitor, with an accessibility scan of every page on the way.
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { test, expect, expectNoAxeViolations } from './fixtures';

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
  await expect(details.getByText('Revealed contact. Reason: Returning a lost umbrella')).toBeVisible();
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
