// The idle timeout on the real timer (Playwright's clock drives the page's Date and timers): a half-typed
// check-in ends on the sign-in page, not behind "Leave without saving?", and comes back as typed.
import { test, expect } from './fixtures';
import { DEMO_ACCOUNTS } from './fixtures';
import { DEMO_PASSWORD } from '../setup/demo-accounts';

test('an idle timeout on a half-typed check-in ends on the sign-in page, and the form comes back as typed', async ({
  page,
  signInAs,
}) => {
  await page.clock.install();
  await signInAs('desk');
  await page.getByRole('link', { name: 'Check in visitor' }).click();
  const name = page.getByRole('textbox', { name: /^Name/ });
  await expect(name).toBeFocused();
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
  // The last keystrokes, straight before the console is left alone: still inside the draft's debounce.
  await page.getByRole('textbox', { name: /^Badge number/ }).fill('150');

  // A minute before the end the console warns; nobody answers.
  await page.clock.fastForward('14:05');
  await expect(page.getByRole('dialog', { name: 'Are you still there?' })).toBeVisible();
  await page.clock.fastForward('01:00');

  await expect(page.getByRole('heading', { level: 1, name: 'Sign in' })).toBeVisible();
  await expect(page.getByText(/signed out because the console was not used/)).toBeVisible();
  await expect(page.getByRole('dialog', { name: 'Leave without saving?' })).toHaveCount(0);
  await expect(page).toHaveURL(/\/sign-in\?next=%2Fvisitors%2Fcheck-in&reason=idle$/);

  // The same person signs in again, here, and carries on.
  await page.getByLabel('Email').fill(DEMO_ACCOUNTS.desk.email);
  await page.getByLabel('Password').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  await expect(page).toHaveURL(/\/visitors\/check-in$/);
  await expect(page.getByText('Restored what you typed earlier.')).toBeVisible();
  await expect(name).toHaveValue('Nora Lindqvist');
  await expect(page.getByRole('textbox', { name: /^Company/ })).toHaveValue('Fjord Analytics');
  await expect(page.getByRole('combobox', { name: /Host/ })).toHaveValue('Sam Patel');
  await expect(page.getByRole('textbox', { name: /^Purpose/ })).toHaveValue('Meeting');
  await expect(page.getByRole('textbox', { name: /^Badge number/ })).toHaveValue('150');
});
