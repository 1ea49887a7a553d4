// Every state of the main pages is axe-clean, not only the loaded one: while their data is on its way and
// when it fails. The mock answers from its worker (no network for page.route to hold), so the test wraps
// the console's fetch in the page: requests matching a rule wait until the test is done, or fail with 503.
import type { Page } from '@playwright/test';
import { test, expect, expectAxeClean, type DemoRole } from './fixtures';

type Rule = { path: string; mode: 'hold' | 'fail' };

/** From the next page load on, API requests whose path starts with a rule's path are held or failed. */
async function interceptApi(page: Page, rules: Rule[]) {
  await page.addInitScript((rules: Rule[]) => {
    const wrap =
      (fetch: typeof globalThis.fetch): typeof globalThis.fetch =>
      async (input, init) => {
        const url = new URL(input instanceof Request ? input.url : String(input), location.href);
        const rule = rules.find((r) => url.pathname.startsWith(r.path));
        if (rule?.mode === 'hold') return new Promise<Response>(() => undefined);
        if (rule?.mode === 'fail') {
          return new Response(JSON.stringify({ type: 'about:blank', title: 'Unavailable', status: 503 }), {
            status: 503,
            headers: { 'Content-Type': 'application/problem+json' },
          });
        }
        return fetch(input, init);
      };
    // The mock backend replaces fetch as the console starts (mocks/browser.ts): wrap whatever is set.
    let current = wrap(globalThis.fetch.bind(globalThis));
    Object.defineProperty(globalThis, 'fetch', {
      configurable: true,
      get: () => current,
      set: (value: typeof globalThis.fetch) => (current = wrap(value)),
    });
  }, rules);
}

const PAGES: { name: string; role: DemoRole; url: string; api: string[] }[] = [
  {
    name: 'the desk',
    role: 'desk',
    url: '/visitors',
    api: ['/api/v1/visits/on-site', '/api/v1/expected-visits'],
  },
  { name: 'the visit history', role: 'officer', url: '/visitors/history', api: ['/api/v1/visits'] },
  { name: 'the processors', role: 'officer', url: '/processors', api: ['/api/v1/processors'] },
  {
    name: 'a processor',
    role: 'officer',
    url: '/processors/proc-aws',
    api: ['/api/v1/processors/', '/api/v1/audit-events'],
  },
  { name: 'the risk register', role: 'officer', url: '/risks', api: ['/api/v1/risks'] },
  {
    name: 'a risk',
    role: 'manager',
    url: '/risks/risk-privacy-shield',
    api: ['/api/v1/risks/', '/api/v1/audit-events'],
  },
  { name: 'the risk heat map', role: 'manager', url: '/risks/heat-map', api: ['/api/v1/risk-heat-map'] },
  { name: 'the review queue', role: 'manager', url: '/risks/review-queue', api: ['/api/v1/risks'] },
  { name: 'my visitors', role: 'staff', url: '/my-visitors', api: ['/api/v1/expected-visits'] },
  { name: 'the complaints', role: 'officer', url: '/complaints', api: ['/api/v1/complaints'] },
  {
    name: 'a complaint',
    role: 'officer',
    url: '/complaints/cmp-uk-ico',
    api: ['/api/v1/complaints/', '/api/v1/audit-events'],
  },
  {
    name: 'the regulators',
    role: 'officer',
    url: '/complaints/regulators',
    api: ['/api/v1/complaint-regulators'],
  },
  { name: 'my policies', role: 'staff', url: '/my-policies', api: ['/api/v1/my-policies'] },
  {
    name: 'a policy to read',
    role: 'staff',
    url: '/my-policies/pol-acceptable-use',
    api: ['/api/v1/my-policies/'],
  },
  { name: 'the policies', role: 'officer', url: '/policies', api: ['/api/v1/policies'] },
  { name: 'the dashboard', role: 'officer', url: '/dashboard', api: ['/api/v1/dashboard/'] },
  { name: 'the promises board', role: 'officer', url: '/dashboard/promises', api: ['/api/v1/dashboard/'] },
  { name: 'the audit trail', role: 'officer', url: '/audit', api: ['/api/v1/audit-trail'] },
  {
    name: 'a policy',
    role: 'officer',
    url: '/policies/pol-data-protection',
    api: ['/api/v1/policies/', '/api/v1/audit-events'],
  },
  {
    name: 'a policy’s team completion',
    role: 'manager',
    url: '/policies/pol-clean-desk',
    api: ['/api/v1/policies/pol-clean-desk/'],
  },
];

for (const target of PAGES) {
  test(`${target.name} while loading is axe-clean`, async ({ page, signInAs }) => {
    await signInAs(target.role);
    await interceptApi(
      page,
      target.api.map((path) => ({ path, mode: 'hold' })),
    );
    await page.goto(target.url);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    // Something says it is loading: a progress indicator, a busy region or a skeleton.
    await expect(page.locator('[role="progressbar"], [aria-busy="true"]').first()).toBeVisible();
    await expectAxeClean(page);
  });

  test.describe(() => {
    // The console logs nothing for a failed request; Chromium may note the 503 itself.
    test.use({ allowedConsoleMessages: [/status of 503/] });

    test(`${target.name} when its data fails is axe-clean and says so`, async ({ page, signInAs }) => {
      await signInAs(target.role);
      await interceptApi(
        page,
        target.api.map((path) => ({ path, mode: 'fail' })),
      );
      await page.goto(target.url);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      await expect(page.getByRole('button', { name: /Retry|Try again/ }).first()).toBeVisible({
        timeout: 15_000,
      });
      await expectAxeClean(page);
    });
  });
}

test('a direct load shows that it is loading at once, before the shell’s code is in', async ({
  page,
  signInAs,
}) => {
  await signInAs('officer');
  let release!: () => void;
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(/\/assets\/app-shell-[^/]+\.js$/, async (route) => {
    await held;
    await route.continue();
  });
  await page.goto('/processors', { waitUntil: 'domcontentloaded' });
  await expect(page.getByRole('progressbar', { name: 'Loading the console' })).toBeVisible();
  await expectAxeClean(page);
  release();
  await expect(page.getByRole('heading', { level: 1, name: 'Processors' })).toBeVisible();
});
