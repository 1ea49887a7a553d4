// The desk works from the keyboard: after each action focus goes on to the next visitor, never to the page's
// body, and every dialog on the way closes on Escape.
import { test, expect } from './fixtures';

test('the desk checks out and checks in one visitor after another without losing focus', async ({
  page,
  signInAs,
}) => {
  await signInAs('desk');
  const table = page.getByRole('table', { name: 'Visitors on site now' });
  const checkOuts = table.getByRole('button', { name: /^Check out / });
  await expect(checkOuts).toHaveCount(3);
  const second = await checkOuts.nth(1).getAttribute('aria-label');
  await checkOuts.first().focus();
  await page.keyboard.press('Enter');
  await expect(page.getByText(/checked out at/)).toBeVisible();
  await expect(checkOuts).toHaveCount(2);
  await expect(page.getByRole('button', { name: second! })).toBeFocused();

  // Today's expected visitors: type a badge, press Enter, and the next one's badge has the focus.
  const badges = page.getByRole('textbox', { name: 'Badge' });
  await expect(badges).toHaveCount(3);
  await badges.first().fill('170');
  await badges.first().press('Enter');
  await expect(page.getByText(/is checked in with badge 170/)).toBeVisible();
  await expect(badges).toHaveCount(2);
  await expect(badges.first()).toBeFocused();
  await page.keyboard.type('171');
  await page.keyboard.press('Enter');
  await expect(badges).toHaveCount(1);
  await expect(badges.first()).toBeFocused();
  await expect(page.locator('body')).not.toBeFocused();
});

test('Escape closes “Leave without saving?” and keeps what was typed', async ({ page, signInAs }) => {
  await signInAs('desk');
  await page.getByRole('link', { name: 'Check in visitor' }).click();
  const name = page.getByRole('textbox', { name: /^Name/ });
  await expect(name).toBeFocused();
  await page.keyboard.type('Nora Lindqvist');
  await page.getByRole('link', { name: 'Cancel' }).click();
  const dialog = page.getByRole('dialog', { name: 'Leave without saving?' });
  await expect(dialog).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
  await expect(page).toHaveURL(/\/visitors\/check-in$/);
  await expect(name).toHaveValue('Nora Lindqvist');
});
