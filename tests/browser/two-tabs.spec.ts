// One mock backend per browser (decision 0019): every tab of a browser reads and writes one database, through
// a SharedWorker, or through a leader tab where the browser has no SharedWorker. Before, each tab had its own
// copy and the last one to write its snapshot erased what the others had saved.
import type { BrowserContext, Page } from '@playwright/test';
import { expect, expectPageLoaded, signIn, test } from './fixtures';

async function expectVisitor(page: Page, name: string) {
  await page.getByRole('textbox', { name: /Visitor’s name/ }).fill(name);
  await page.getByRole('textbox', { name: /^Company/ }).fill('Tab Test Ltd');
  await page.getByRole('button', { name: 'Expect visitor' }).click();
  await expect(page.getByText(new RegExp(`now expects ${name}`))).toBeVisible();
}

async function openMyVisitors(context: BrowserContext) {
  const page = await context.newPage();
  await page.goto('/my-visitors');
  await expectPageLoaded(page);
  return page;
}

const expected = (page: Page) => page.getByRole('table', { name: 'Visitors you expect' });

/** Two tabs write, a third opened afterwards and a reload of the first see both; nothing is lost. */
async function writesInTwoTabsSurvive(context: BrowserContext, first: Page) {
  await signIn(first, 'staff');
  await first.goto('/my-visitors');
  await expectPageLoaded(first);
  // The second tab shares the first one's session, as it shares its cookies with a real backend.
  const second = await openMyVisitors(context);
  await expectVisitor(first, 'Alpha Tab');
  await expectVisitor(second, 'Bravo Tab');
  await expect(expected(second).getByText('Alpha Tab')).toBeVisible();

  const third = await openMyVisitors(context);
  await expect(expected(third).getByText('Alpha Tab')).toBeVisible();
  await expect(expected(third).getByText('Bravo Tab')).toBeVisible();
  await first.reload();
  await expect(expected(first).getByText('Bravo Tab')).toBeVisible();
  await expect(expected(first).getByText('Alpha Tab')).toBeVisible();
  return { second, third };
}

test('writes in two tabs of one browser both survive, in every tab and after a reload', async ({
  page,
  context,
}) => {
  await writesInTwoTabsSurvive(context, page);
});

test('a stale edit in one tab gets the conflict dialog after a save in the other', async ({
  page,
  context,
}) => {
  await signIn(page, 'officer');
  await page.goto('/processors/proc-aws/edit');
  await expectPageLoaded(page);
  const other = await context.newPage();
  await other.goto('/processors/proc-aws/edit');
  await expectPageLoaded(other);

  await other.getByLabel(/^Services provided/).fill('Hosting, saved in the other tab.');
  await other.getByRole('button', { name: 'Save' }).click();
  await expect(other).toHaveURL(/\/processors\/proc-aws$/);

  await page.getByLabel(/^Services provided/).fill('Hosting, typed in this tab.');
  await page.getByRole('button', { name: 'Save' }).click();
  const dialog = page.getByRole('dialog', { name: 'Someone else changed this record' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByText('Hosting, saved in the other tab.')).toBeVisible();
  await expect(dialog.getByText('Hosting, typed in this tab.')).toBeVisible();
});

test('another person signing in, in another tab: this tab is sent to sign in, and Sign out signs the browser out', async ({
  page,
  context,
}) => {
  await signIn(page, 'staff');
  await page.goto('/my-visitors');
  await expectPageLoaded(page);
  // The browser's one session is now the desk's; this tab still shows Sam and holds Sam's CSRF token.
  const other = await context.newPage();
  await signIn(other, 'desk');
  await page.getByRole('textbox', { name: /Visitor’s name/ }).fill('Stale Tab');
  await page.getByRole('textbox', { name: /^Company/ }).fill('Tab Test Ltd');
  await page.getByRole('button', { name: 'Expect visitor' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Sign in' })).toBeVisible();
  await expect(page.getByText(/Your session ended/)).toBeVisible();

  // "Sign out" in the desk's tab, and then in a tab still showing the desk after Sam signed in again there.
  await signIn(page, 'staff');
  await other.getByRole('button', { name: /Account menu/ }).click();
  await other.getByRole('menuitem', { name: 'Sign out' }).click();
  await expect(other.getByRole('heading', { level: 1, name: 'Sign in' })).toBeVisible();
  const third = await context.newPage();
  await third.goto('/my-visitors');
  await expect(third).toHaveURL(/\/sign-in/);
});

test.describe('in a browser without SharedWorker', () => {
  test.beforeEach(async ({ context }) => {
    await context.addInitScript(() => {
      delete (globalThis as { SharedWorker?: unknown }).SharedWorker;
    });
  });

  test('a leader tab holds the backend, and another takes over when it closes', async ({ page, context }) => {
    await page.goto('/sign-in');
    expect(await page.evaluate(() => typeof SharedWorker)).toBe('undefined');
    const { second } = await writesInTwoTabsSurvive(context, page);
    // The first tab led (it came first); once it closes, a waiting tab takes over from the snapshot.
    await page.close();
    await second.reload();
    await expect(expected(second).getByText('Alpha Tab')).toBeVisible();
    await expectVisitor(second, 'Charlie Tab');
    const fourth = await openMyVisitors(context);
    await expect(expected(fourth).getByText('Charlie Tab')).toBeVisible();
    await expect(expected(fourth).getByText('Bravo Tab')).toBeVisible();
  });
});
