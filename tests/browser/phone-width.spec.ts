// No page scrolls sideways on a 390 px phone: the desk checks visitors in and out one-handed, and a table
// wider than the screen scrolls inside its own box, never the page.
import { expect, expectPageLoaded, test, type DemoRole } from './fixtures';

const ROUTES: Record<DemoRole, string[]> = {
  desk: [
    '/visitors',
    '/visitors/check-in',
    '/visitors/roll-call',
    '/visitors/history',
    '/my-visitors',
    '/my-policies',
    '/dashboard',
  ],
  officer: [
    '/home',
    '/dashboard',
    '/dashboard/promises',
    '/audit',
    '/processors',
    '/processors/proc-aws',
    // A long contact email, which must wrap.
    '/processors/proc-0015',
    '/processors/new',
    '/processors/proc-aws/edit',
    '/processors/proc-aws/contracts/new',
    '/processors/proc-aws/reviews/new',
    '/processors/review-cadence',
    '/risks',
    '/risks/risk-privacy-shield',
    '/risks/new',
    '/risks/risk-privacy-shield/edit',
    '/risks/heat-map',
    '/visitors/history',
    '/visitors/retention',
    '/my-visitors',
    '/complaints',
    '/complaints/cmp-uk-ico',
    '/complaints/cmp-opc-referral',
    '/complaints/new',
    '/complaints/cmp-quebec/edit',
    '/complaints/cmp-quebec/move/resolved',
    '/complaints/cmp-quebec/escalate',
    '/complaints/cmp-uk-ico/correspondence/new',
    '/complaints/cmp-uk-ico/escalation/edit',
    '/complaints/cmp-new-de/extend',
    '/complaints/regulators',
    '/complaints/deadline-settings',
    '/policies',
    '/policies/pol-data-protection',
    '/policies/new',
    '/policies/pol-data-protection/edit',
    '/policies/pol-data-protection/versions/new',
    '/policies/pol-privacy-notice/versions/pol-privacy-notice-v1.0/edit',
    '/policies/pol-privacy-notice/versions/pol-privacy-notice-v1.0/publish',
    '/my-policies',
  ],
  manager: [
    '/home',
    '/dashboard',
    '/dashboard/promises',
    '/processors',
    '/processors/proc-aws',
    '/risks',
    '/risks/review-queue',
    '/risks/risk-card-data',
    '/risks/heat-map',
    '/my-visitors',
    '/policies',
    '/policies/pol-clean-desk',
  ],
  staff: [
    '/home',
    '/dashboard',
    '/my-visitors',
    '/my-policies',
    '/my-policies/pol-acceptable-use',
    '/my-policies/pol-data-protection',
  ],
};

test.use({ viewport: { width: 390, height: 844 } });
// The officer's walk is two dozen pages.
test.setTimeout(120_000);

for (const [role, routes] of Object.entries(ROUTES) as [DemoRole, string[]][]) {
  test(`${role}: no page is wider than a 390 px phone`, async ({ page, signInAs }) => {
    await signInAs(role);
    for (const route of routes) {
      await page.goto(route);
      await expectPageLoaded(page);
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      expect(width, `${route} is ${width} px wide`).toBeLessThanOrEqual(390);
    }
  });
}

test('desk: a visitor is checked out on a phone without scrolling sideways', async ({ page, signInAs }) => {
  await signInAs('desk');
  await page.goto('/visitors');
  await expectPageLoaded(page);
  const onSite = page.getByRole('table', { name: /on site/i });
  // The table is wider than the phone and scrolls in its box; the row's button stays at its right edge.
  const checkOut = onSite.getByRole('button', { name: /^Check out/ }).first();
  await expect(checkOut).toBeInViewport({ ratio: 1 });
  await checkOut.click();
  await expect(page.getByText(/checked out at/i).first()).toBeVisible();
});
