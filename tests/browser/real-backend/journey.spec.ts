// The console as deployed: a production build with VITE_API_BASE_URL, talking over HTTP to a backend on
// another origin (here the HTTP mock, npm run mock:server). What only real HTTP can show: the session cookie
// and its flags, the CSRF header and If-Match on the wire, CORS between the two origins, the CSP allowing the
// API and nothing else, and two browsers (two sessions) on one record.
import type { Page, Request } from '@playwright/test';
import { DEMO_PASSWORD } from '../../setup/demo-accounts';
import { DEMO_ACCOUNTS, expect, expectNoAxeViolations, expectPageLoaded, signIn, test } from '../fixtures';
import { API_ORIGIN, REAL_BACKEND_CONSOLE } from '../ports';

const services = (page: Page) => page.getByLabel(/^Services provided/);

// Over real HTTP the browser logs each answer of 400 or more; this journey provokes a 412 and a lost session.
test.use({ allowedConsoleMessages: [/Failed to load resource: .* status of (401|412) /] });

test('sign in, a list, a write with If-Match, a 412 from a second browser, a lost session and sign out', async ({
  page,
  context,
  browser,
}) => {
  // The page and the CSP: the API's origin is the one other place the console may connect to.
  const answer = await page.goto('/sign-in');
  const policy = answer!.headers()['content-security-policy'] ?? '';
  expect(policy).toContain(`connect-src 'self' ${API_ORIGIN};`);
  expect(policy).toContain("frame-ancestors 'none'");
  expect(answer!.headers()['x-content-type-options']).toBe('nosniff');
  // A real-backend build offers no demo accounts and no demo data reset.
  await expect(page.getByText('officer@example.com')).toHaveCount(0);

  const signInAnswer = page.waitForResponse(
    (response) => response.url() === `${API_ORIGIN}/api/v1/session` && response.request().method() === 'POST',
  );
  await signIn(page, 'officer');
  const { csrfToken } = (await (await signInAnswer).json()) as { csrfToken: string };

  // The session is an HttpOnly, SameSite=Strict cookie of the API's origin; nothing of it, nor the CSRF
  // token, is where page scripts keep things.
  const [cookie] = await context.cookies(API_ORIGIN);
  expect(cookie).toMatchObject({ name: 'poc_session', httpOnly: true, sameSite: 'Strict', secure: false });
  const kept = await page.evaluate(() => ({
    cookies: document.cookie,
    storage: JSON.stringify({ ...localStorage }) + JSON.stringify({ ...sessionStorage }),
  }));
  expect(kept.cookies).not.toContain('poc_session');
  expect(kept.storage).not.toContain(cookie!.value);
  expect(kept.storage).not.toContain(csrfToken);

  // A list, from the server: the request is on the network, where a developer sees it.
  const listAnswer = page.waitForResponse((response) =>
    response.url().startsWith(`${API_ORIGIN}/api/v1/processors?`),
  );
  await page.getByRole('link', { name: 'Processors', exact: true }).click();
  expect((await listAnswer).status()).toBe(200);
  await expectNoAxeViolations(page);
  await expect(page.getByRole('link', { name: 'Amazon Web Services' })).toBeVisible();

  // A write: the version as If-Match and the CSRF token, sent cross-origin with the cookie.
  const read = page.waitForResponse(`${API_ORIGIN}/api/v1/processors/proc-aws`);
  await page.goto('/processors/proc-aws/edit');
  const etag = (await read).headers()['etag'];
  expect(etag).toMatch(/^"\d+"$/);
  await expectPageLoaded(page);
  await services(page).fill('Cloud hosting, saved over HTTP.');
  const put = page.waitForRequest(
    (request) => request.url() === `${API_ORIGIN}/api/v1/processors/proc-aws` && request.method() === 'PUT',
  );
  await page.getByRole('button', { name: 'Save' }).click();
  const sent: Request = await put;
  expect(sent.headers()['if-match']).toBe(etag);
  expect(sent.headers()['x-csrf-token']).toBe(csrfToken);
  expect((await sent.response())!.status()).toBe(200);
  await expect(page).toHaveURL(/\/processors\/proc-aws$/);
  await expect(page.getByText('Cloud hosting, saved over HTTP.', { exact: true })).toBeVisible();

  // Two browsers, two sessions on one backend: the other one saves first, this one gets the 412 dialog.
  await page.goto('/processors/proc-aws/edit');
  await expectPageLoaded(page);
  const otherBrowser = await browser.newContext({ baseURL: REAL_BACKEND_CONSOLE });
  const other = await otherBrowser.newPage();
  await signIn(other, 'officer');
  expect((await otherBrowser.cookies(API_ORIGIN))[0]!.value).not.toBe(cookie!.value);
  await other.goto('/processors/proc-aws/edit');
  await expectPageLoaded(other);
  await services(other).fill('Cloud hosting, saved in the other browser.');
  await other.getByRole('button', { name: 'Save' }).click();
  await expect(other).toHaveURL(/\/processors\/proc-aws$/);
  await otherBrowser.close();

  await services(page).fill('Cloud hosting, typed here.');
  await page.getByRole('button', { name: 'Save' }).click();
  const conflict = page.getByRole('dialog', { name: 'Someone else changed this record' });
  await expect(conflict.getByText('Cloud hosting, saved in the other browser.')).toBeVisible();
  await conflict.getByRole('button', { name: 'Reapply my changes' }).click();
  await expect(services(page)).toHaveValue('Cloud hosting, typed here.');

  // The session ends (the cookie is gone) while the form is open: signing in again returns to it as typed.
  await context.clearCookies();
  await services(page).fill('Cloud hosting, typed before the session ended.');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Sign in' })).toBeVisible();
  await expect(page.getByText(/Your session ended/)).toBeVisible();
  await page.getByLabel('Email').fill(DEMO_ACCOUNTS.officer.email);
  await page.getByLabel('Password').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  await expect(page).toHaveURL(/\/processors\/proc-aws\/edit$/);
  await expect(services(page)).toHaveValue('Cloud hosting, typed before the session ended.');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page).toHaveURL(/\/processors\/proc-aws$/);
  await expect(
    page.getByText('Cloud hosting, typed before the session ended.', { exact: true }),
  ).toBeVisible();

  // Signing out ends the session on the server and removes the cookie.
  await page.getByRole('button', { name: /Account menu/ }).click();
  await page.getByRole('menuitem', { name: 'Sign out' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Sign in' })).toBeVisible();
  expect(await context.cookies(API_ORIGIN)).toEqual([]);
  await page.goto('/processors');
  await expect(page).toHaveURL(/\/sign-in/);
});
