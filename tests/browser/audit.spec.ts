// The audit trail's "Done when": changes made through the console in other modules (a processor registered, a
// risk edited) are found in the trail, exactly those, from each record's history panel and by person; a pack of
// a module holds them with the chain verified; and a tampered stored trail is reported by the trail and the
// pack. The packs page in every state (empty, bad input, making, failed, made) is axe-clean, in both languages,
// and prints as the report alone.
import type { Page } from '@playwright/test';
import { test, expect, expectAxeClean, expectNoAxeViolations } from './fixtures';
import { expectAllFrench, FRENCH_BROWSER } from './french';

const today = () => new Date().toISOString().slice(0, 10);

/** Rewrites one stored audit event in the mock's IndexedDB snapshot, as someone tampering with the trail would. */
async function tamperWithStoredEvent(page: Page, entityType: string, summary: string) {
  await page.evaluate(
    async ({ entityType, summary }) => {
      const open = indexedDB.open('keyval-store');
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        open.onsuccess = () => resolve(open.result);
        open.onerror = () => reject(open.error);
      });
      const key = 'privacy-office-console/mock-db/v3';
      const store = () => db.transaction('keyval', 'readwrite').objectStore('keyval');
      const snapshot = await new Promise<{ auditEvents: { entityType: string; summary: string }[] }>(
        (resolve) => {
          const get = store().get(key);
          get.onsuccess = () => resolve(get.result);
        },
      );
      snapshot.auditEvents.find((event) => event.entityType === entityType)!.summary = summary;
      await new Promise((resolve) => {
        const put = store().put(snapshot, key);
        put.onsuccess = resolve;
      });
    },
    { entityType, summary },
  );
}

const FIELDS = { module: /^Module/, from: /^From/, to: /^To/ };

async function makePack(page: Page, module: string, labels = FIELDS) {
  await page.getByLabel(labels.module).selectOption({ label: module });
  await page.getByLabel(labels.from).fill(today());
  await page.getByLabel(labels.to).fill(today());
}

test('the trail shows the changes made in other modules, exactly those, and a tampered chain', async ({
  page,
  context,
  signInAs,
}) => {
  test.setTimeout(180_000);
  await signInAs('officer');

  // Processors: register one through its form.
  await page.goto('/processors/new');
  await page.getByLabel(/^Name/).fill('Glacier Archive Storage');
  await page.getByLabel(/^Services provided/).fill('Off-site storage of paper records.');
  await page.getByLabel(/^Country/).selectOption({ label: 'Canada' });
  await page.getByLabel(/^Status/).selectOption({ label: 'Active' });
  await page.getByLabel(/^Contact name/).fill('Noor Haddad');
  await page.getByLabel(/^Contact email/).fill('noor@glacier.example');
  await page.getByLabel(/^Risk tier/).selectOption({ label: 'Low' });
  await page.getByRole('checkbox', { name: 'Contact details' }).check();
  await page.getByRole('checkbox', { name: 'Customers' }).check();
  await page.getByLabel(/^Location 1: country/).selectOption({ label: 'Canada' });
  await page.getByRole('button', { name: 'Register processor' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Glacier Archive Storage' })).toBeVisible();
  const processorId = new URL(page.url()).pathname.split('/').pop()!;

  // From its history panel, the same entries in the trail: its creation, by the officer, and nothing else.
  const history = page.getByRole('region', { name: 'History' });
  await expect(history.getByText('Created', { exact: true })).toBeVisible();
  await history.getByRole('link', { name: 'See these entries in the audit trail' }).click();
  await expect(page).toHaveURL(`/audit?entityType=processor&entityId=${processorId}`);
  const trail = page.getByRole('table', { name: 'Audit trail' });
  await expect(trail.getByRole('row', { name: /^Created by Olivia Ortiz/ })).toHaveCount(1);
  await expect(trail.getByRole('link', { name: `Processors · ${processorId}` })).toHaveCount(1);
  await expect(page.getByRole('status').filter({ hasText: 'The chain is intact' })).toBeVisible();
  await expectNoAxeViolations(page);

  // Risk register: edit a risk through its form.
  await page.goto('/risks/risk-badge-tailgating/edit');
  await expect(page.getByRole('heading', { level: 1, name: /^Edit RISK-/ })).toBeVisible();
  await page
    .getByLabel(/^Affected processing or assets/)
    .fill('Head office doors; badge readers; visitor log.');
  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect(page).toHaveURL('/risks/risk-badge-tailgating');
  await page
    .getByRole('region', { name: 'History' })
    .getByRole('link', { name: 'See these entries in the audit trail' })
    .click();
  await expect(page).toHaveURL('/audit?entityType=risk&entityId=risk-badge-tailgating');
  const changed = trail.getByRole('row', { name: /^Changed by Olivia Ortiz/ });
  await expect(changed).toHaveCount(1);
  await expect(changed).toContainText('Affected processing or assets:');
  await expect(changed).toContainText('Head office doors; badge readers; visitor log.');

  // By person: the officer's writes today are exactly these two (her sign-in and reveals aside).
  await page.goto(`/audit?personId=p-officer&from=${today()}&to=${today()}`);
  await expect(trail.getByRole('link', { name: `Processors · ${processorId}` })).toHaveCount(1);
  await expect(trail.getByRole('link', { name: 'Risk register · risk-badge-tailgating' })).toHaveCount(1);
  await expect(trail.getByRole('row', { name: /^(Created|Changed) by Olivia Ortiz/ })).toHaveCount(2);

  // A pack of the processors for today holds the new one, the chain verified.
  await page.goto('/audit/packs');
  await makePack(page, 'Processors');
  await page.getByRole('button', { name: 'Make the pack' }).click();
  const report = page.getByRole('article', { name: /^Audit pack: Processors/ });
  await expect(report.getByRole('link', { name: 'Glacier Archive Storage' })).toBeVisible();
  await expect(report.getByRole('status')).toContainText('The chain is intact');

  // Someone edits the stored trail: the trail and the next pack report it.
  await tamperWithStoredEvent(page, 'processor', 'Nothing was created');
  await page.close();
  // The mock's worker starts again from the stored trail once no tab holds it.
  const next = await context.newPage();
  await next.waitForTimeout(1000);
  await next.goto(`/audit?entityType=processor&entityId=${processorId}`);
  await expect(next.getByRole('alert').filter({ hasText: 'The chain is broken' })).toBeVisible();
  await expect(next.getByRole('alert')).toContainText('the event does not match its hash (altered)');
  await next.goto('/audit/packs');
  await makePack(next, 'Processors');
  await next.getByRole('button', { name: 'Make the pack' }).click();
  await expect(
    next.getByRole('article', { name: /^Audit pack: Processors/ }).getByRole('alert'),
  ).toContainText('The chain is broken');
  await expectNoAxeViolations(next);
});

/** From the next page load on, the pack request waits forever (hold) or fails with 503 (fail). */
async function interceptPacks(page: Page, mode: 'hold' | 'fail') {
  await page.addInitScript((mode: 'hold' | 'fail') => {
    const wrap =
      (fetch: typeof globalThis.fetch): typeof globalThis.fetch =>
      async (input, init) => {
        const url = new URL(input instanceof Request ? input.url : String(input), location.href);
        if (!url.pathname.startsWith('/api/v1/audit-packs')) return fetch(input, init);
        if (mode === 'hold') return new Promise<Response>(() => undefined);
        return new Response(JSON.stringify({ type: 'about:blank', title: 'Unavailable', status: 503 }), {
          status: 503,
          headers: { 'Content-Type': 'application/problem+json' },
        });
      };
    // The mock backend replaces fetch as the console starts (mocks/browser.ts): wrap whatever is set.
    let current = wrap(globalThis.fetch.bind(globalThis));
    Object.defineProperty(globalThis, 'fetch', {
      configurable: true,
      get: () => current,
      set: (value: typeof globalThis.fetch) => (current = wrap(value)),
    });
  }, mode);
}

test('the packs page is axe-clean empty, with bad input, and made; it prints as the report alone', async ({
  page,
  signInAs,
}) => {
  await signInAs('officer');
  await page.goto('/audit');
  await page.getByRole('link', { name: 'Make an audit pack' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Audit packs' })).toBeVisible();
  await expect(page.getByText(/^Choose a module and a date range, then make the pack/)).toBeVisible();
  await expectNoAxeViolations(page);

  // Bad input, said at its fields.
  await page.getByLabel(FIELDS.from).fill('2026-05-02');
  await page.getByLabel(FIELDS.to).fill('2026-05-01');
  await page.getByRole('button', { name: 'Make the pack' }).click();
  await expect(page.getByLabel(FIELDS.module)).toHaveAccessibleDescription('Choose a module.');
  await expect(page.getByLabel(FIELDS.to)).toHaveAccessibleDescription(
    'The end date is before the start date: choose a later one.',
  );
  await expectAxeClean(page);

  await makePack(page, 'Processors');
  await page.getByRole('button', { name: 'Make the pack' }).click();
  const report = page.getByRole('article', { name: /^Audit pack: Processors/ });
  await expect(report.getByText(/^Made on .* by Olivia Ortiz\.$/)).toBeVisible();
  await expectNoAxeViolations(page);

  // Printed: the report, without the console's bar, navigation, form or buttons.
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('banner')).toBeHidden();
  await expect(page.getByRole('button', { name: 'Make the pack' })).toBeHidden();
  await expect(page.getByRole('button', { name: 'Print the pack' })).toBeHidden();
  await expect(report).toBeVisible();
  await page.emulateMedia({ media: 'screen' });
});

test('the packs page while a pack is made is axe-clean', async ({ page, signInAs }) => {
  await signInAs('officer');
  await interceptPacks(page, 'hold');
  await page.goto('/audit/packs');
  await makePack(page, 'Risk register');
  await page.getByRole('button', { name: 'Make the pack' }).click();
  await expect(page.getByRole('button', { name: 'Make the pack' })).toHaveAttribute('aria-busy', 'true');
  await expectAxeClean(page);
});

test.describe(() => {
  test.use({ allowedConsoleMessages: [/status of 503/] });
  test('the packs page when making fails says so, keeps the choice, and is axe-clean', async ({
    page,
    signInAs,
  }) => {
    await signInAs('officer');
    await interceptPacks(page, 'fail');
    await page.goto('/audit/packs');
    await makePack(page, 'Complaints');
    await page.getByRole('button', { name: 'Make the pack' }).click();
    await expect(page.getByRole('alert').first()).toBeVisible();
    await expect(page.getByLabel(FIELDS.module)).toHaveValue('complaints');
    await expect(page.getByRole('article')).toHaveCount(0);
    await expectAxeClean(page);
  });
});

test('managers and staff are not let in to the packs, and see no link to the trail in a history', async ({
  page,
  signInAs,
}) => {
  await signInAs('manager');
  await page.goto('/audit/packs');
  await expect(page.getByText(/not permitted/i).first()).toBeVisible();
  await expectAxeClean(page);
  await page.goto('/processors/proc-aws');
  const history = page.getByRole('region', { name: 'History' });
  await expect(history).toBeVisible();
  await expect(page.getByRole('heading', { level: 1, name: 'Amazon Web Services (AWS)' })).toBeVisible();
  await expect(history.locator('[aria-busy="true"]')).toHaveCount(0);
  await expect(history.getByRole('link', { name: 'See these entries in the audit trail' })).toHaveCount(0);
});

test.describe('in French', () => {
  test.use(FRENCH_BROWSER);
  test('the packs page and a pack read in French', async ({ page, signInAs }) => {
    await signInAs('officer');
    await page.goto('/audit/packs');
    await expect(page.getByRole('heading', { level: 1, name: 'Dossiers d’audit' })).toBeVisible();
    await makePack(page, 'Sous-traitants', { module: /^Module/, from: /^Du/, to: /^Au/ });
    await page.getByRole('button', { name: 'Constituer le dossier' }).click();
    const report = page.getByRole('article', { name: /^Dossier d’audit : Sous-traitants/ });
    await expect(report.getByText(/^Constitué le .* par Olivia Ortiz\.$/)).toBeVisible();
    await expectNoAxeViolations(page);
    await expectAllFrench(page);
  });
});
