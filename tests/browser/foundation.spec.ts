import { DEMO_ACCOUNTS, expect, expectAxeClean, expectNoAxeViolations, test } from './fixtures';

test('the sign-in page is accessible and refuses a wrong password without losing the email', async ({
  page,
}) => {
  await page.goto('/sign-in');
  await expect(page).toHaveTitle('Sign in · Privacy Office Console');
  await expectNoAxeViolations(page);
  await page.getByLabel('Email').fill('officer@example.com');
  await page.getByLabel('Password').fill('not-the-password');
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  await expect(page.getByRole('alert')).toContainText('The email or password is not right');
  await expect(page.getByLabel('Email')).toHaveValue('officer@example.com');
});

const HOMES = {
  // Officers and managers start on the dashboard (issue 18).
  officer: {
    url: '/dashboard',
    nav: [
      'Dashboard',
      'Processors',
      'Risk register',
      'Policies',
      'Visitor log',
      'My policies',
      'My expected visitors',
      'Complaints',
      'Promises board',
      'Audit trail',
    ],
  },
  manager: {
    url: '/dashboard',
    nav: [
      'Dashboard',
      'Processors',
      'Risk register',
      'Team policies',
      'My policies',
      'My expected visitors',
      'Promises board',
    ],
  },
  // Staff start on their policies (issue 15).
  staff: { url: '/my-policies', nav: ['Dashboard', 'My policies', 'My expected visitors'] },
  desk: { url: '/visitors', nav: ['Dashboard', 'Visitor log', 'My policies', 'My expected visitors'] },
} as const;

for (const role of Object.keys(HOMES) as (keyof typeof HOMES)[]) {
  test(`${role} lands on their home and sees only their navigation`, async ({ page, signInAs }) => {
    await signInAs(role);
    await expect(page).toHaveURL(new RegExp(`${HOMES[role].url}$`));
    const nav = page.getByRole('navigation', { name: 'Main' });
    await expect(nav.getByRole('link')).toHaveText([...HOMES[role].nav]);
    await expectNoAxeViolations(page);
  });
}

test('a forbidden deep link shows "Not permitted"', async ({ page, signInAs }) => {
  await signInAs('staff');
  await page.goto('/processors');
  await expect(page.getByRole('heading', { name: 'Not permitted' })).toBeVisible();
  await expectNoAxeViolations(page);
});

test('an unknown address shows "Page not found" inside the console', async ({ page, signInAs }) => {
  await signInAs('staff');
  await page.goto('/no-such-page');
  await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible();
  await expectNoAxeViolations(page);
});

test('a signed-out deep link signs in and comes back', async ({ page }) => {
  await page.goto('/my-visitors');
  await expect(page).toHaveURL(/\/sign-in\?next=%2Fmy-visitors/);
  await page.getByLabel('Email').fill(DEMO_ACCOUNTS.staff.email);
  await page.getByLabel('Password').fill('demo-password');
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  await expect(page).toHaveURL(/\/my-visitors$/);
});

test('signing out leaves nothing to go back to, and no credential in storage', async ({ page, signInAs }) => {
  await signInAs('officer');
  const stored = await page.evaluate(
    () => JSON.stringify({ ...localStorage }) + JSON.stringify({ ...sessionStorage }),
  );
  expect(stored).not.toMatch(/csrf|token|password|poc_session/i);
  await page.getByRole('button', { name: /Account menu/ }).click();
  await page.getByRole('menuitem', { name: 'Sign out' }).click();
  await expect(page).toHaveURL(/\/sign-in$/);
  // Back returns to the page that was showing; it must send the visitor to sign in, showing nothing.
  await page.goBack();
  await expect(page).toHaveURL(/\/sign-in\?next=%2Fdashboard/);
  await expect(page.getByRole('heading', { name: /Welcome/ })).toHaveCount(0);
});

test('the keyboard reaches the skip link first, and it moves focus to the page', async ({
  page,
  signInAs,
}) => {
  await signInAs('staff');
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to main content' });
  await expect(skip).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.locator('#main')).toBeFocused();
});

test('after the idle timeout a warning offers to stay, then signs out and comes back', async ({
  page,
  signInAs,
}) => {
  await page.clock.install();
  await signInAs('staff');
  await page.goto('/home');
  await expect(page.getByRole('heading', { name: 'Welcome, Sam' })).toBeVisible();
  await page.clock.runFor('14:05');
  await expect(page.getByRole('dialog', { name: 'Are you still there?' })).toBeVisible();
  await page.getByRole('button', { name: 'Stay signed in' }).click();
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await page.clock.runFor('15:30');
  await expect(page).toHaveURL(/\/sign-in\?next=%2Fhome&reason=idle/);
  await expect(page.getByText('You were signed out because the console was not used')).toBeVisible();
  await page.getByLabel('Email').fill(DEMO_ACCOUNTS.staff.email);
  await page.getByLabel('Password').fill('demo-password');
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  await expect(page).toHaveURL(/\/home$/);
});

test.describe('in dark mode', () => {
  test.use({ colorScheme: 'dark' });

  test('the console follows the system and keeps its contrast', async ({ page, signInAs }) => {
    await signInAs('officer');
    const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect(background).not.toBe('rgb(255, 255, 255)');
    await expectNoAxeViolations(page);
  });
});

test('the theme can be switched from the account menu', async ({ page, signInAs }) => {
  await signInAs('staff');
  await page.getByRole('button', { name: /Account menu/ }).click();
  // The open menu, with the person's name and roles at its head, is clean for axe too.
  await expect(page.getByRole('menu')).toContainText('Sam Patel');
  await expectAxeClean(page);
  await page.getByRole('menuitem', { name: 'Theme: dark' }).click();
  await expect(page.locator('html')).toHaveClass(/dark/);
});
