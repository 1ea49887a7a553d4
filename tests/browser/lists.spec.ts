// Lists keep still while they load: a list's filters render a frame after its rows, in a space kept for them,
// so nothing a person is about to click moves (layout shift, as Chromium measures it for Core Web Vitals).
import { test, expect, expectPageLoaded } from './fixtures';

for (const width of [1280, 375]) {
  for (const [list, url] of [
    ['the processors', '/processors'],
    ['the visit history', '/visitors/history'],
  ] as const) {
    test(`${list} at ${width} px: nothing moves as the list and its filters appear`, async ({
      page,
      signInAs,
    }) => {
      await page.setViewportSize({ width, height: 800 });
      await page.addInitScript(() => {
        const shifts: PerformanceEntry[] = [];
        const observer = new PerformanceObserver((entries) => shifts.push(...entries.getEntries()));
        observer.observe({ type: 'layout-shift', buffered: true });
        // The sum of the shifts so far, with those of frames already painted but not yet handed to the observer.
        (window as unknown as { layoutShift: () => number }).layoutShift = () =>
          [...shifts, ...observer.takeRecords()]
            .map((entry) => entry as PerformanceEntry & { value: number; hadRecentInput: boolean })
            .filter((shift) => !shift.hadRecentInput)
            .reduce((sum, shift) => sum + shift.value, 0);
      });
      await signInAs('officer');
      // A load of the list's address, as from a bookmark: the rows first, then the filters.
      await page.goto(url);
      await expect(page.locator('tbody tr[data-row-index]').first()).toBeVisible();
      await expect(page.getByLabel('Status', { exact: true })).toBeVisible();
      // Every field has mounted in the space kept for it (the history's selects a frame after its other
      // fields), and nothing is loading: nothing else is coming.
      await expectPageLoaded(page);
      // Measured once the frame that showed it has been painted: two animation frames on.
      const shifted = await page.evaluate(
        () =>
          new Promise<number>((resolve) =>
            requestAnimationFrame(() =>
              requestAnimationFrame(() =>
                resolve((window as unknown as { layoutShift: () => number }).layoutShift()),
              ),
            ),
          ),
      );
      expect(shifted).toBeLessThan(0.01);
    });
  }
}

test('an error under a filter pushes the next row down, covering nothing', async ({ page, signInAs }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await signInAs('officer');
  await page.goto('/visitors/history');
  await expectPageLoaded(page);
  await page.getByLabel('From', { exact: true }).fill('2026-11-20');
  await page.getByLabel('To', { exact: true }).fill('2026-11-10');
  await page.getByRole('button', { name: 'Search' }).click();
  const message = page.locator('p', { hasText: 'The end date is before the start date.' });
  await expect(message).toBeVisible();
  const below = await page.getByLabel('Status', { exact: true }).boundingBox();
  const error = await message.boundingBox();
  expect(error!.y + error!.height).toBeLessThanOrEqual(below!.y);
  await expect(page.getByLabel('To', { exact: true })).toHaveValue('2026-11-10');
});
