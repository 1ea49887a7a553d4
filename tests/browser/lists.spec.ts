// Lists keep still while they load: a list's filters render a frame after its rows, in a space kept for them,
// so nothing a person is about to click moves (layout shift, as Chromium measures it for Core Web Vitals).
import { test, expect } from './fixtures';

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
        const shifts: number[] = [];
        (window as unknown as { layoutShifts: number[] }).layoutShifts = shifts;
        new PerformanceObserver((entries) =>
          entries.getEntries().forEach((entry) => {
            const shift = entry as PerformanceEntry & { value: number; hadRecentInput: boolean };
            if (!shift.hadRecentInput) shifts.push(shift.value);
          }),
        ).observe({ type: 'layout-shift', buffered: true });
      });
      await signInAs('officer');
      // A load of the list's address, as from a bookmark: the rows first, then the filters.
      await page.goto(url);
      await expect(page.locator('tbody tr[data-row-index]').first()).toBeVisible();
      await expect(page.getByLabel('Status', { exact: true })).toBeVisible();
      await page.waitForTimeout(500);
      const shifted = await page.evaluate(() =>
        (window as unknown as { layoutShifts: number[] }).layoutShifts.reduce((sum, value) => sum + value, 0),
      );
      expect(shifted).toBeLessThan(0.01);
    });
  }
}
