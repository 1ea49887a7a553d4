// Processors & contracts journeys: an officer registers a processor, adds a contract that lacks a clause and sees it
// flagged, records a review and sees the next due date; filters and export; a manager reads without write buttons;
// the desk is not let in. Every page is scanned with axe on the way.
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { test, expect, expectAxeClean, expectNoAxeViolations, expectPageLoaded } from './fixtures';
import { expectAllFrench, FRENCH_BROWSER } from './french';

function addMonths(date: string, months: number) {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const total = year * 12 + (month - 1) + months;
  const y = Math.floor(total / 12);
  const m = total - y * 12;
  const last = new Date(Date.UTC(y, m + 1, 0)).getUTCDate();
  return `${y}-${String(m + 1).padStart(2, '0')}-${String(Math.min(day, last)).padStart(2, '0')}`;
}

test('an officer registers a processor, adds a contract missing a clause, and records a review', async ({
  page,
  signInAs,
}) => {
  await signInAs('officer');
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Processors' }).click();
  await expect(page).toHaveTitle('Processors · Privacy Office Console');
  const table = page.getByRole('table', { name: 'Processors' });
  const aws = table
    .getByRole('row')
    .filter({ has: page.getByRole('link', { name: 'Amazon Web Services (AWS)' }) });
  // The policy's own AWS record, still under the Privacy Shield: flagged on first run.
  await expect(aws.getByText('Privacy Shield transfer')).toBeVisible();
  await expectNoAxeViolations(page);

  await page.getByRole('link', { name: 'Register processor' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Register a processor' })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByLabel(/^Name/).fill('Frostline Cold Chain');
  await page.getByLabel(/^Services provided/).fill('Refrigerated storage of returned appliances.');
  await page.getByLabel(/^Country/).selectOption({ label: 'Canada' });
  await page.getByLabel(/^Status/).selectOption({ label: 'Active' });
  await page.getByLabel(/^Contact name/).fill('Ines Roy');
  await page.getByLabel(/^Contact email/).fill('ines.roy@frostline.example');
  await page.getByLabel(/^Risk tier/).selectOption({ label: 'High' });
  await page
    .getByLabel(/^Reason for the risk tier/)
    .fill('Holds delivery addresses of every returned appliance.');
  await page.getByRole('checkbox', { name: 'Contact details' }).check();
  await page.getByRole('checkbox', { name: 'Customers' }).check();
  await page.getByLabel(/^Location 1: country/).selectOption({ label: 'United States' });
  await page
    .getByLabel(/^Location 1: transfer mechanism/)
    .selectOption({ label: 'EU-US Privacy Shield (invalid since July 2020)' });
  await expect(page.getByText(/invalidated in July 2020 and no longer covers a transfer/)).toBeVisible();
  await expectNoAxeViolations(page);
  await page
    .getByLabel(/^Location 1: transfer mechanism/)
    .selectOption({ label: 'Standard contractual clauses' });
  await page.getByRole('button', { name: 'Register processor' }).click();

  await expect(page.getByRole('heading', { level: 1, name: 'Frostline Cold Chain' })).toBeVisible();
  await expect(page.getByRole('region', { name: /needs? attention/ })).toContainText(
    'Active without a current contract.',
  );
  await expectNoAxeViolations(page);

  // A contract with every clause but the audit rights, and a wrong end date first.
  await page.getByRole('link', { name: 'Add contract' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Add a contract' })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByLabel(/^Reference/).fill('DPA-FROST-2026');
  await page.getByLabel(/^Title/).fill('Cold storage data processing agreement');
  await page.getByLabel(/^Start date/).fill('2026-01-01');
  await page.getByLabel(/^End or renewal date/).fill('2025-12-31');
  for (const clause of [
    'Processing only on documented instructions',
    'Confidentiality of personnel',
    'Security measures',
    'Conditions for sub-processors',
    'Assistance with data-subject rights',
    'Breach notification within a stated time',
    'Deletion or return of data at the end',
  ]) {
    await page.getByRole('checkbox', { name: clause }).check();
  }
  await page.getByLabel(/^Breach notification within \(hours\)/).fill('-4');
  await page.getByRole('button', { name: 'Add contract' }).click();
  await expect(page.getByText('The end date must be on or after the start date.').first()).toBeVisible();
  await expect(
    page.getByText('Enter the breach-notification window as a whole number of hours, more than 0.').first(),
  ).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByLabel(/^End or renewal date/).fill('2028-12-31');
  await page.getByLabel(/^Breach notification within \(hours\)/).fill('48');
  await page.getByRole('button', { name: 'Add contract' }).click();

  await expect(page.getByRole('heading', { level: 1, name: 'Frostline Cold Chain' })).toBeVisible();
  await expect(page.getByRole('region', { name: /needs? attention/ })).toContainText(
    'Contract DPA-FROST-2026 lacks: audit and inspection rights.',
  );
  const contracts = page.getByRole('region', { name: 'Contracts' });
  await expect(contracts.getByRole('row', { name: /DPA-FROST-2026/ }).getByText('No audits')).toBeVisible();
  await expectNoAxeViolations(page);

  // A review: a high-tier processor is due again in six months.
  await page.getByRole('link', { name: 'Record review' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Record a compliance review' })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByLabel(/^Review date/).fill('2026-03-31');
  await page.getByLabel(/^Findings/).fill('Site visit; access logs and key management reviewed.');
  await page.getByLabel(/^Outcome/).selectOption({ label: 'Compliant' });
  await page.getByRole('button', { name: 'Record review' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Frostline Cold Chain' })).toBeVisible();
  const due = new Intl.DateTimeFormat('en-US', { dateStyle: 'medium', timeZone: 'UTC' }).format(
    new Date(`${addMonths('2026-03-31', 6)}T00:00:00Z`),
  );
  await expect(page.getByRole('region', { name: 'Compliance reviews' })).toContainText(
    `Next review due: ${due}`,
  );
  await expectNoAxeViolations(page);

  // The list shows the new processor's missing clause at a glance.
  await page.getByRole('link', { name: 'Processors', exact: true }).first().click();
  await page.getByLabel('Search name or services').fill('Frostline');
  await page.getByLabel('Search name or services').press('Enter');
  const row = page
    .getByRole('table', { name: 'Processors' })
    .getByRole('row', { name: /Frostline Cold Chain/ });
  await expect(row.getByText('No audits')).toBeVisible();
  await expect(row.getByText('Missing clauses')).toBeVisible();
});

test('an officer filters the list in the URL and exports the view as CSV', async ({ page, signInAs }) => {
  await signInAs('officer');
  await page.goto('/processors');
  await page.getByLabel('Flags').selectOption({ label: 'Contract expiring' });
  await page.getByRole('button', { name: 'Search' }).click();
  await expect(page).toHaveURL(/flag=contract_expiring/);
  await page.getByLabel('Risk tier').selectOption({ label: 'Medium' });
  await page.getByRole('button', { name: 'Search' }).click();
  await expect(page).toHaveURL(/tier=medium/);
  const table = page.getByRole('table', { name: 'Processors' });
  await expect(table.getByRole('link', { name: 'Postlane Email Delivery' })).toBeVisible();
  await expectNoAxeViolations(page);
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export CSV' }).click();
  const download = await downloading;
  const csv = readFileSync((await download.path())!, 'utf8');
  const rows = csv.trim().split('\r\n');
  expect(rows[0]).toContain('Name,Status,Risk tier');
  expect(rows.slice(1).every((line) => line.includes('Medium'))).toBe(true);
  expect(csv).toContain('Postlane Email Delivery');
  // The back button restores the previous filter.
  await page.goBack();
  await expect(page).not.toHaveURL(/tier=medium/);
  await expect(page).toHaveURL(/flag=contract_expiring/);
});

test('a manager reads processors, contracts and reviews without any write button', async ({
  page,
  signInAs,
}) => {
  await signInAs('manager');
  await page.goto('/processors');
  await expect(
    page.getByRole('table', { name: 'Processors' }).getByRole('link', { name: 'Amazon Web Services (AWS)' }),
  ).toBeVisible();
  await expect(page.getByRole('link', { name: 'Register processor' })).toHaveCount(0);
  await expectNoAxeViolations(page);
  await page.getByRole('link', { name: 'Amazon Web Services (AWS)' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Amazon Web Services (AWS)' })).toBeVisible();
  await expect(
    page.getByRole('region', { name: 'Contracts' }).getByRole('row', { name: /DPA-AWS-2023/ }),
  ).toBeVisible();
  await expect(page.getByRole('region', { name: 'History' })).toBeVisible();
  for (const name of ['Edit processor', 'Add contract', 'Record review']) {
    await expect(page.getByRole('link', { name })).toHaveCount(0);
  }
  await expect(page.getByRole('link', { name: /^Edit/ })).toHaveCount(0);
  await expectNoAxeViolations(page);
  await page.goto('/processors/review-cadence');
  await expect(page.getByRole('table', { name: 'Review cadence' })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.goto('/processors/proc-aws/edit');
  await expect(page.getByRole('heading', { level: 1, name: 'Not permitted' })).toBeVisible();
});

test('the security desk is not permitted to see processors', async ({ page, signInAs }) => {
  await signInAs('desk');
  await page.goto('/processors/proc-aws');
  await expect(page.getByRole('heading', { level: 1, name: 'Not permitted' })).toBeVisible();
  await expectNoAxeViolations(page);
});

// ---------------------------------------------------------------------------------------------------------------
// In French (issue 17): every page of the module, as each role that uses it, in each state it can reach, shows no
// English and passes axe (with <html lang="fr-CA">).

test.describe('in French', () => {
  test.use(FRENCH_BROWSER);

  /**
   * The page as loaded: no English on it, and axe clean. A page's English leftovers are gathered (not the first
   * one alone), so one run lists all of them.
   */
  async function checkPage(page: Page, leftovers: string[]) {
    await expectPageLoaded(page);
    try {
      await expectAllFrench(page);
    } catch (error) {
      leftovers.push(String(error instanceof Error ? error.message : error));
    }
    await expectAxeClean(page);
  }

  test('an officer’s pages read in French: list, processor, every form with its errors, cadence', async ({
    page,
    signInAs,
  }) => {
    test.setTimeout(180_000);
    const leftovers: string[] = [];
    await signInAs('officer');
    await page.goto('/processors');
    await expect(page.getByRole('heading', { level: 1, name: 'Sous-traitants' })).toBeVisible();
    await expect(page).toHaveTitle(/^Sous-traitants/);
    const table = page.getByRole('table', { name: 'Sous-traitants' });
    await expect(
      table
        .getByRole('row')
        .filter({ has: page.getByRole('link', { name: 'Amazon Web Services (AWS)' }) })
        .getByText('Transfert sous le Bouclier'),
    ).toBeVisible();
    await checkPage(page, leftovers);

    // The empty state of a search that finds nothing.
    await page.getByLabel('Rechercher un nom ou des services').fill('aucun sous-traitant de ce nom');
    await page.getByLabel('Rechercher un nom ou des services').press('Enter');
    await expect(page.getByText('Aucun sous-traitant ne correspond à ces filtres.')).toBeVisible();
    await checkPage(page, leftovers);

    // A processor with flags, contracts, reviews and history.
    await page.goto('/processors/proc-email');
    await expect(page.getByRole('heading', { level: 1, name: 'Postlane Email Delivery' })).toBeVisible();
    await expect(page.getByRole('region', { name: /demandent votre attention/ })).toContainText(
      'Il manque au contrat DPA-EML-2024',
    );
    await checkPage(page, leftovers);

    // Registering, with the schema's messages at the fields.
    await page.goto('/processors/new');
    await expect(page.getByRole('heading', { level: 1, name: 'Inscrire un sous-traitant' })).toBeVisible();
    await checkPage(page, leftovers);
    await page.getByLabel(/^Lieu 1\s:\spays/).selectOption({ label: 'États-Unis' });
    await page.getByLabel(/^Lieu 1\s:\smécanisme de transfert/).selectOption({
      label: 'Bouclier de protection des données UE–États-Unis (invalide depuis juillet 2020)',
    });
    await expect(page.getByText(/a été invalidé en juillet 2020/)).toBeVisible();
    await page.getByRole('button', { name: 'Inscrire le sous-traitant' }).click();
    await expect(page.getByText('Entrez le nom du sous-traitant.').first()).toBeVisible();
    await checkPage(page, leftovers);

    // Editing it: the contact revealed into the form.
    await page.goto('/processors/proc-email/edit');
    await expect(
      page.getByRole('heading', { level: 1, name: 'Modifier Postlane Email Delivery' }),
    ).toBeVisible();
    await checkPage(page, leftovers);

    // A contract: the schema's message, then the backend's 409, in French.
    await page.goto('/processors/proc-payments/contracts/new');
    await expect(page.getByRole('heading', { level: 1, name: 'Ajouter un contrat' })).toBeVisible();
    await checkPage(page, leftovers);
    await page.getByLabel(/^Référence/).fill('dpa-aws-2023');
    await page.getByLabel(/^Titre/).fill('Entente de paiements');
    await page.getByLabel(/^Date de début/).fill('2026-06-01');
    await page.getByLabel(/^Date de fin ou de renouvellement/).fill('2026-05-01');
    await page.getByRole('button', { name: 'Ajouter le contrat' }).click();
    await expect(
      page.getByText('La date de fin doit être égale ou postérieure à la date de début.').first(),
    ).toBeVisible();
    await checkPage(page, leftovers);
    await page.getByLabel(/^Date de fin ou de renouvellement/).fill('2027-05-31');
    await page.getByRole('button', { name: 'Ajouter le contrat' }).click();
    await expect(
      page.getByText('Un autre contrat porte déjà la référence DPA-AWS-2023.').first(),
    ).toBeVisible();
    await checkPage(page, leftovers);

    // Editing a contract and a review, from the processor's page.
    await page.goto('/processors/proc-email');
    await page.getByRole('link', { name: 'Modifier le contrat DPA-EML-2024' }).click();
    await expect(
      page.getByRole('heading', { level: 1, name: 'Modifier le contrat DPA-EML-2024' }),
    ).toBeVisible();
    await checkPage(page, leftovers);
    await page.goto('/processors/proc-email');
    await page
      .getByRole('link', { name: /^Modifier l’examen du/ })
      .first()
      .click();
    await expect(page.getByRole('heading', { level: 1, name: /^Modifier l’examen du/ })).toBeVisible();
    await checkPage(page, leftovers);

    // Recording a review that is not compliant, without its remediation action.
    await page.goto('/processors/proc-aws/reviews/new');
    await expect(
      page.getByRole('heading', { level: 1, name: 'Consigner un examen de conformité' }),
    ).toBeVisible();
    await page.getByLabel(/^Constatations/).fill('Journalisation incomplète.');
    await page.getByLabel(/^Résultat/).selectOption({ label: 'Correctifs requis' });
    await page.getByRole('button', { name: 'Consigner l’examen' }).click();
    await expect(
      page.getByText('Ajoutez au moins une mesure corrective avec une échéance.').first(),
    ).toBeVisible();
    await checkPage(page, leftovers);

    // The cadence, with its message at the field.
    await page.goto('/processors/review-cadence');
    await expect(page.getByRole('heading', { level: 1, name: 'Fréquence des examens' })).toBeVisible();
    await checkPage(page, leftovers);
    await page.getByLabel(/^Risque élevé \(mois\)/).fill('0');
    await page.getByRole('button', { name: 'Enregistrer la fréquence' }).click();
    await expect(page.getByText('Entrez un nombre entier de mois de 1 à 60.').first()).toBeVisible();
    await checkPage(page, leftovers);

    expect(leftovers, 'English left on the officer’s pages').toEqual([]);
  });

  test('a manager’s pages read in French: list, processor, cadence, a form refused', async ({
    page,
    signInAs,
  }) => {
    test.setTimeout(120_000);
    const leftovers: string[] = [];
    await signInAs('manager');
    await page.goto('/processors');
    await expect(
      page
        .getByRole('table', { name: 'Sous-traitants' })
        .getByRole('link', { name: 'Amazon Web Services (AWS)' }),
    ).toBeVisible();
    await expect(page.getByRole('link', { name: 'Inscrire un sous-traitant' })).toHaveCount(0);
    await checkPage(page, leftovers);
    await page.goto('/processors/proc-aws');
    await expect(page.getByRole('heading', { level: 1, name: 'Amazon Web Services (AWS)' })).toBeVisible();
    await expect(page.getByRole('link', { name: /^Modifier/ })).toHaveCount(0);
    await checkPage(page, leftovers);
    await page.goto('/processors/review-cadence');
    await expect(page.getByRole('table', { name: 'Fréquence des examens' })).toBeVisible();
    await checkPage(page, leftovers);
    await page.goto('/processors/proc-aws/edit');
    await checkPage(page, leftovers);
    expect(leftovers, 'English left on the manager’s pages').toEqual([]);
  });

  test('the desk is refused the processors in French', async ({ page, signInAs }) => {
    const leftovers: string[] = [];
    await signInAs('desk');
    await page.goto('/processors/proc-aws');
    await checkPage(page, leftovers);
    expect(leftovers, 'English left on the refusal').toEqual([]);
  });
});
