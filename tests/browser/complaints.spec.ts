// Complaints & regulator escalations journeys (issue 16's "Done when"): an officer records a complaint from
// Quebec, sees the 30-day deadline and why, escalates it to the suggested regulator, logs two pieces of
// correspondence and closes it; a GDPR complaint's deadline extension is recorded with its reason; bad input
// is explained at its field with nothing lost; the list filters, sorts by deadline, exports and reveals the
// contact with a reason; other roles are not let in. Every page is scanned with axe on the way.
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { test, expect, expectAxeClean, expectNoAxeViolations, expectPageLoaded } from './fixtures';
import { expectAllFrench, FRENCH_BROWSER } from './french';

const today = () => new Date().toISOString().slice(0, 10);
const daysAgo = (days: number) => new Date(Date.now() - days * 86_400_000).toISOString().slice(0, 10);

test('an officer records a Quebec complaint, escalates it to the CAI, logs two letters and closes it', async ({
  page,
  signInAs,
}) => {
  await signInAs('officer');
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Complaints' }).click();
  await expect(page).toHaveTitle('Complaints · Privacy Office Console');
  await expectNoAxeViolations(page);

  await page.getByRole('link', { name: 'Record complaint' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Record a complaint' })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByLabel(/^Received on/).fill(daysAgo(3));
  await page.getByLabel(/^Channel/).selectOption({ label: 'Email to the privacy office' });
  await page.getByLabel(/^Subject/).selectOption({ label: 'Marketing and consent' });
  await page.getByLabel(/^Description/).fill('Gets promotional texts after opting out in the app.');
  await page.getByLabel(/^Name/).fill('Mathieu Roy');
  await page.getByLabel(/^Contact/).fill('mathieu.roy@courriel.example');
  await page.getByLabel(/^Country/).selectOption({ label: 'Canada' });
  await page.getByLabel(/^Province or territory/).selectOption({ label: 'Quebec' });
  await expect(
    page.getByRole('status').filter({ hasText: 'Quebec (Law 25): a response within 30 days' }),
  ).toBeVisible();
  await page.getByRole('combobox', { name: 'Processors concerned' }).fill('Postl');
  await page.getByRole('option', { name: /Postlane Email Delivery/ }).click();
  await expect(page.getByRole('button', { name: 'Postlane Email Delivery' })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: 'Record complaint' }).click();

  // The record: its 30-day clock under Law 25, and why.
  await expect(page.getByRole('heading', { level: 1, name: /^CMP-\d{4}-\d{4}: Mathieu Roy$/ })).toBeVisible();
  const deadlines = page.getByRole('region', { name: 'Deadlines' });
  await expect(deadlines).toContainText('Jurisdiction: Quebec (Law 25)');
  await expect(deadlines).toContainText('30 days from receipt');
  await expect(deadlines).toContainText(
    'Act respecting the protection of personal information in the private sector',
  );
  await expect(page.getByRole('region', { name: 'Details' })).toContainText('m•••@courriel.example');
  await expect(page.getByRole('region', { name: 'Details' })).not.toContainText('mathieu.roy@');
  await expectNoAxeViolations(page);

  // Escalate: the CAI is suggested first and chosen.
  await page.getByRole('link', { name: 'Escalate to a regulator' }).click();
  await expect(page.getByRole('heading', { level: 1, name: /^Escalate to a regulator/ })).toBeVisible();
  const regulator = page.getByLabel(/^Regulator/).first();
  await expect(regulator.locator('option:checked')).toHaveText(
    'Commission d’accès à l’information du Québec (CAI) (suggested)',
  );
  await expect(page.getByText('Suggested for where the complainant lives')).toBeVisible();
  await page
    .getByLabel(/^Regulator’s deadline/)
    .fill(new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10));
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: 'Escalate' }).click();
  await expect(page.getByRole('region', { name: 'Escalation' })).toContainText(
    'Commission d’accès à l’information du Québec (CAI)',
  );
  await expect(page.getByRole('region', { name: 'Deadlines' })).toContainText('Regulator’s deadline');

  // A letter in from the regulator needs its reference; a letter before the escalation is refused.
  await page.getByRole('link', { name: 'Log correspondence' }).click();
  await expect(page.getByRole('heading', { level: 1, name: /^Log correspondence with/ })).toBeVisible();
  await page.getByLabel(/^Direction/).selectOption({ label: 'From the regulator' });
  await page.getByLabel(/^Summary/).fill('The CAI opened a file and asks for our account of the facts.');
  await page.getByLabel(/^Date/).fill(daysAgo(5));
  await page.getByRole('button', { name: 'Log correspondence' }).click();
  await expect(page.getByText(/correspondence cannot be dated before/).first()).toBeVisible();
  await page.getByLabel(/^Date/).fill(today());
  await page.getByRole('button', { name: 'Log correspondence' }).click();
  await expect(
    page.getByText('The regulator has answered: enter the reference on its letter.').first(),
  ).toBeVisible();
  // Nothing typed was lost.
  await expect(page.getByLabel(/^Summary/)).toHaveValue(
    'The CAI opened a file and asks for our account of the facts.',
  );
  await page.getByLabel(/^Regulator’s reference/).fill('1045678-J');
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: 'Log correspondence' }).click();
  await expect(page.getByRole('region', { name: 'Escalation' })).toContainText('1045678-J');

  await page.getByRole('link', { name: 'Log correspondence' }).click();
  await page.getByLabel(/^Direction/).selectOption({ label: 'To the regulator' });
  await page.getByLabel(/^Summary/).fill('Sent the opt-out logs and our fix.');
  await page.getByLabel(/^Link to the document/).fill('https://docs.example.com/cai-reply.pdf');
  await page.getByRole('button', { name: 'Log correspondence' }).click();

  // One timeline: the complaint's own steps and both letters.
  const timeline = page.getByRole('region', { name: 'Timeline' });
  await expect(timeline).toContainText('Received → Escalated');
  await expect(timeline).toContainText('From the regulator');
  await expect(timeline).toContainText('To the regulator');
  await expect(timeline).toContainText('Sent the opt-out logs and our fix.');
  // Our reply met the regulator's deadline.
  await expect(
    page.getByRole('region', { name: 'Deadlines' }).getByRole('heading', { name: /Regulator’s deadline/ }),
  ).toContainText('Met');
  await expectNoAxeViolations(page);

  // Close: an escalated complaint says how the regulator's case ended.
  await page.getByRole('link', { name: 'Close complaint' }).click();
  await expect(page.getByRole('heading', { level: 1, name: /^Close complaint: CMP-/ })).toBeVisible();
  await page.getByRole('button', { name: 'Close complaint' }).click();
  await expect(page.getByText('Say how the regulator’s case ended.').first()).toBeVisible();
  await page.getByLabel(/^How the regulator’s case ended/).fill('The CAI closed its file after our fix.');
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: 'Close complaint' }).click();
  await expect(page.getByRole('region', { name: 'Resolution' })).toContainText(
    'The CAI closed its file after our fix.',
  );
  await expect(page.getByRole('region', { name: 'Timeline' })).toContainText('Escalated → Closed');
  await expect(page.getByRole('region', { name: 'History' })).toContainText('Status: Escalated → Closed');

  // The regulator view no longer lists it; the CAI's seeded open cases stay listed if any.
  await page.goto('/complaints/regulators');
  await expect(page.getByRole('heading', { level: 1, name: 'Open escalations by regulator' })).toBeVisible();
  await expect(page.getByRole('region', { name: /Information Commissioner’s Office/ })).toContainText(
    'IC-338201-K4X9',
  );
  await expect(page.getByText('1045678-J')).toHaveCount(0);
  await expectNoAxeViolations(page);
});

test('an officer extends a GDPR complaint’s response deadline with a reason', async ({ page, signInAs }) => {
  await signInAs('officer');
  await page.goto('/complaints/cmp-new-de');
  const response = page
    .getByRole('region', { name: 'Deadlines' })
    .getByRole('listitem')
    .filter({ hasText: 'Response to the complainant' });
  const before = await response.getByRole('heading').textContent();
  await page.getByRole('link', { name: 'Extend the response deadline' }).click();
  await expect(page.getByRole('heading', { level: 1, name: /^Extend the response deadline/ })).toBeVisible();
  await page.getByRole('button', { name: 'Extend by two months' }).click();
  await expect(
    page.getByText('Say why the response needs more time: the reason is recorded.').first(),
  ).toBeVisible();
  await expectNoAxeViolations(page);
  await page
    .getByLabel(/^Reason for the extension/)
    .fill('The kids’ club records are held by two processors.');
  await page.getByRole('button', { name: 'Extend by two months' }).click();
  await expect(response).toContainText('3 months from receipt');
  await expect(response).toContainText('The kids’ club records are held by two processors.');
  expect(await response.getByRole('heading').textContent()).not.toBe(before);
  await expect(page.getByRole('region', { name: 'Timeline' })).toContainText('Response deadline extended');
  await expect(page.getByRole('link', { name: 'Extend the response deadline' })).toHaveCount(0);
  await expectNoAxeViolations(page);
});

test('bad input is explained at its field and nothing typed is lost', async ({ page, signInAs }) => {
  await signInAs('officer');
  await page.goto('/complaints/new');
  await page
    .getByLabel(/^Received on/)
    .fill(new Date(Date.now() + 3 * 86_400_000).toISOString().slice(0, 10));
  await page.getByLabel(/^Name/).fill('Nora Lind');
  await page.getByRole('button', { name: 'Record complaint' }).click();
  await expect(page.getByRole('alert').first()).toBeVisible();
  await expect(
    page.getByText('The received date cannot be in the future: enter the day it happened.').first(),
  ).toBeVisible();
  await expect(page.getByLabel(/^Name/)).toHaveValue('Nora Lind');
  await expectNoAxeViolations(page);

  // Resolving without an outcome.
  await page.goto('/complaints/cmp-quebec');
  await page.getByRole('link', { name: 'Resolve' }).click();
  await page.getByLabel(/^Resolution summary/).fill('Removed from every list.');
  await page.getByRole('button', { name: 'Resolve' }).click();
  await expect(
    page.getByText('Choose the outcome: a complaint cannot be resolved without one.').first(),
  ).toBeVisible();
  await expect(page.getByLabel(/^Resolution summary/)).toHaveValue('Removed from every list.');
  await expectNoAxeViolations(page);
  await page.getByLabel(/^Outcome/).selectOption({ label: 'Upheld' });
  await page.getByLabel(/^What the response said/).fill('Apologised and confirmed the removal.');
  await page.getByRole('button', { name: 'Resolve' }).click();
  await expect(page.getByRole('region', { name: 'Resolution' })).toContainText('Upheld');
  await expect(page.getByRole('region', { name: 'Deadlines' })).toContainText('Met on');
});

test('an officer filters overdue complaints, exports them and reveals a contact with a reason', async ({
  page,
  signInAs,
}) => {
  await signInAs('officer');
  await page.goto('/complaints');
  const table = page.getByRole('table', { name: 'Complaints' });
  await page.getByLabel('Deadline', { exact: true }).selectOption({ label: 'Overdue' });
  await page.getByRole('button', { name: 'Search' }).click();
  await expect(page).toHaveURL(/deadline=overdue/);
  const marcus = table.getByRole('row').filter({ hasText: 'Marcus Allen' });
  await expect(marcus.getByText('Overdue')).toBeVisible();
  await expect(table.getByText('On track')).toHaveCount(0);
  await expectNoAxeViolations(page);

  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export CSV' }).click();
  const csv = readFileSync((await (await downloading).path())!, 'utf8');
  const rows = csv.trim().split('\r\n');
  expect(rows[0]).toContain('Reference,Received,Channel,Status');
  expect(rows.slice(1).every((line) => line.includes('Overdue'))).toBe(true);
  expect(csv).not.toContain('marcus.allen@');

  await marcus.getByRole('button', { name: 'Reveal contact of Marcus Allen' }).click();
  const dialog = page.getByRole('dialog', { name: /Reveal the contact of Marcus Allen/ });
  await dialog.getByRole('button', { name: 'Reveal' }).click();
  await expect(dialog.getByText('Say why you need to see it.')).toBeVisible();
  await expectAxeClean(page);
  await dialog.getByLabel(/^Reason/).fill('Calling him back about the deletion');
  await dialog.getByRole('button', { name: 'Reveal' }).click();
  await expect(marcus.getByText('marcus.allen@inbox.example')).toBeVisible();

  // Escalated ones, by regulator; the settings with the rules table.
  await page.getByLabel('Deadline', { exact: true }).selectOption({ label: 'Any deadline' });
  await page.getByLabel('Regulator', { exact: true }).selectOption({ label: 'Escalated or referred' });
  await page.getByRole('button', { name: 'Search' }).click();
  await expect(page).toHaveURL(/escalated=true/);
  await expect(table.getByRole('link', { name: /^CMP-/ }).first()).toBeVisible();
  await page.goto('/complaints/deadline-settings');
  await expect(page.getByRole('table', { name: 'Response deadlines by jurisdiction' })).toContainText(
    'PIPEDA s. 8(3)',
  );
  await expectNoAxeViolations(page);
});

for (const role of ['manager', 'staff', 'desk'] as const) {
  test(`a ${role} is not let into complaints`, async ({ page, signInAs }) => {
    await signInAs(role);
    await expect(
      page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Complaints' }),
    ).toHaveCount(0);
    await page.goto('/complaints/cmp-quebec');
    await expect(page.getByRole('heading', { level: 1, name: 'Not permitted' })).toBeVisible();
    await expectNoAxeViolations(page);
  });
}

// The complaints module in French: every page an officer uses, in each state it can be reached in (lists
// with rows and empty, records open, escalated, referred and closed, each form with an error, the steps that
// are not open), read with no English left (expectAllFrench) and scanned with axe; and a manager's refusal.
test.describe('in French', () => {
  test.use(FRENCH_BROWSER);

  async function expectFrenchPage(page: Page) {
    await expectPageLoaded(page);
    await expectAllFrench(page);
    await expectAxeClean(page);
  }

  test('an officer’s complaints pages read in French', async ({ page, signInAs }) => {
    test.setTimeout(240_000);
    await signInAs('officer');

    await page.goto('/complaints');
    await expect(page.getByRole('heading', { level: 1, name: 'Plaintes' })).toBeVisible();
    await expect(page).toHaveTitle(/^Plaintes · /);
    await expect(page.getByRole('table', { name: 'Plaintes' }).getByText('En retard').first()).toBeVisible();
    await expectFrenchPage(page);

    // Filtered to nothing: the empty state.
    await page.goto('/complaints?status=closed&subject=childrens_data&jurisdiction=ccpa');
    await expect(page.getByText('Aucune plainte ne correspond à ces filtres.')).toBeVisible();
    await expectFrenchPage(page);

    // Records: investigating, escalated (resolved first), referred, closed, received.
    for (const [id, heading] of [
      ['cmp-quebec', 'Geneviève Tremblay'],
      ['cmp-uk-ico', 'Olivia Bennett'],
      ['cmp-opc-referral', 'Harpreet Gill'],
      ['cmp-cai-closed', 'Sophie Gagnon'],
      ['cmp-gdpr-extended', 'Lukas Schneider'],
    ] as const) {
      await page.goto(`/complaints/${id}`);
      await expect(page.getByRole('heading', { level: 1, name: new RegExp(heading) })).toBeVisible();
      await expect(page.getByRole('region', { name: 'Échéances' })).toBeVisible();
      await expect(
        page.getByRole('region', { name: 'Historique' }).or(page.getByRole('region', { name: 'History' })),
      ).toBeVisible();
      await expectFrenchPage(page);
    }
    await expect(page.getByRole('region', { name: 'Échéances' })).toContainText('Prolongée de 2 mois');

    // The new complaint form, with its errors.
    await page.goto('/complaints/new');
    await expect(page.getByRole('heading', { level: 1, name: 'Enregistrer une plainte' })).toBeVisible();
    await page.getByLabel(/^Pays/).selectOption('CA');
    await page.getByRole('button', { name: 'Enregistrer la plainte' }).click();
    await expect(page.getByText('Choisissez la province ou le territoire.').first()).toBeVisible();
    await page.getByLabel(/^Canal/).selectOption('regulator_referral');
    await expect(page.getByText('Le dossier de l’autorité de contrôle')).toBeVisible();
    await expectFrenchPage(page);

    // The edit form.
    await page.goto('/complaints/cmp-quebec/edit');
    await expect(page.getByRole('heading', { level: 1, name: /^Modifier CMP-/ })).toBeVisible();
    await expectFrenchPage(page);

    // Each step of the workflow, a step with a server refusal, and one that is not open.
    await page.goto('/complaints/cmp-quebec/move/resolved');
    await expect(page.getByRole('heading', { level: 1, name: /^Résoudre/ })).toBeVisible();
    await page.getByRole('button', { name: 'Résoudre' }).click();
    await expect(
      page
        .getByText(
          'Choisissez l’issue : une plainte ne peut pas être résolue sans issue.'.replace(' :', '\u00a0:'),
        )
        .first(),
    ).toBeVisible();
    await expectFrenchPage(page);
    await page.goto('/complaints/cmp-new-de/move/acknowledged');
    await expect(
      page.getByRole('heading', { level: 1, name: /^Consigner l’accusé de réception/ }),
    ).toBeVisible();
    await page.getByLabel(/^Accusé de réception envoyé le/).fill('2020-01-01');
    await page.getByRole('button', { name: 'Consigner l’accusé de réception' }).click();
    await expect(page.getByText(/^La plainte a été reçue le/).first()).toBeVisible();
    await expectFrenchPage(page);
    await page.goto('/complaints/cmp-new-de/move/resolved');
    await expect(page.getByText(/cette étape ne lui est pas ouverte maintenant/)).toBeVisible();
    await expectFrenchPage(page);

    // The extension: a GDPR complaint's form, one already extended, one whose law allows none.
    await page.goto('/complaints/cmp-new-de/extend');
    await expect(
      page.getByRole('heading', { level: 1, name: /^Prolonger l’échéance de réponse/ }),
    ).toBeVisible();
    await page.getByRole('button', { name: /^Prolonger de deux mois/ }).click();
    await expect(page.getByText(/^Indiquez pourquoi la réponse demande plus de temps/).first()).toBeVisible();
    await expectFrenchPage(page);
    await page.goto('/complaints/cmp-gdpr-extended/extend');
    await expect(page.getByText(/a déjà été prolongée le/)).toBeVisible();
    await expectFrenchPage(page);
    await page.goto('/complaints/cmp-quebec/extend');
    await expect(page.getByText(/ne peut pas être prolongée/)).toBeVisible();
    await expectFrenchPage(page);

    // Escalating: the suggested regulator, then one already escalated.
    await page.goto('/complaints/cmp-fr-received/escalate');
    await expect(
      page.getByRole('heading', { level: 1, name: /^Transmettre à une autorité de contrôle/ }),
    ).toBeVisible();
    await expect(
      page
        .getByLabel(/^Autorité de contrôle/)
        .first()
        .locator('option:checked'),
    ).toHaveText('Commission nationale de l’informatique et des libertés (CNIL) (suggérée)');
    await page
      .getByLabel(/^Autorité de contrôle/)
      .first()
      .selectOption('ca-opc');
    await expect(
      page.getByRole('status').filter({ hasText: 'Ce n’est pas l’autorité de contrôle' }),
    ).toBeVisible();
    await expectFrenchPage(page);
    await page.goto('/complaints/cmp-uk-ico/escalate');
    await expect(page.getByText(/déjà entre les mains/)).toBeVisible();
    await expectFrenchPage(page);

    // The escalation's reference and deadline, with the server's refusal; correspondence, with its error.
    await page.goto('/complaints/cmp-uk-ico/escalation/edit');
    await page.getByLabel(/^Référence de l’autorité de contrôle/).fill('');
    await page.getByRole('button', { name: 'Enregistrer', exact: true }).click();
    await expect(page.getByText(/^L’autorité de contrôle a répondu le/).first()).toBeVisible();
    await expectFrenchPage(page);
    await page.goto('/complaints/cmp-uk-ico/correspondence/new');
    await expect(
      page.getByRole('heading', { level: 1, name: /^Consigner une correspondance/ }),
    ).toBeVisible();
    await page.getByRole('button', { name: 'Consigner une correspondance' }).click();
    await expect(page.getByText('Résumez son contenu.').first()).toBeVisible();
    await expectFrenchPage(page);
    await page.goto('/complaints/cmp-quebec/correspondence/new');
    await expect(page.getByText(/transmettez-la d’abord/)).toBeVisible();
    await expectFrenchPage(page);

    // The regulators' caseload and the deadline settings, with a bad number.
    await page.goto('/complaints/regulators');
    await expect(
      page.getByRole('heading', { level: 1, name: 'Transmissions en cours par autorité de contrôle' }),
    ).toBeVisible();
    await expectFrenchPage(page);
    await page.goto('/complaints/deadline-settings');
    await page.getByLabel(/^Accuser réception dans un délai de/).fill('0');
    await page.getByRole('button', { name: 'Enregistrer les paramètres' }).click();
    await expect(
      page.getByText('Entrez un nombre entier de jours ouvrables de 1 à 30.').first(),
    ).toBeVisible();
    await expectFrenchPage(page);
  });

  test('a manager is refused the complaints in French', async ({ page, signInAs }) => {
    await signInAs('manager');
    await expect(page.getByRole('navigation').getByRole('link', { name: 'Plaintes' })).toHaveCount(0);
    await page.goto('/complaints/cmp-quebec');
    await expectFrenchPage(page);
  });
});
