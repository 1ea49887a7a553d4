// The built console's answers carry the security headers (decision 0018): the policy with frame-ancestors,
// which a meta tag cannot carry, and what a meta tag cannot send at all.
import { test, expect } from './fixtures';

test('the page, its scripts and unknown paths are served with the security headers', async ({
  page,
  request,
}) => {
  const response = await page.goto('/sign-in');
  const script = await page.locator('script[type="module"][src]').first().getAttribute('src');
  for (const answer of [
    response!,
    await request.get('/'),
    await request.get('/processors/proc-aws'),
    await request.get(script!),
  ]) {
    const headers = answer.headers();
    const where = answer.url();
    const policy = headers['content-security-policy'] ?? '';
    expect(policy, where).toContain("frame-ancestors 'none'");
    expect(policy, where).toContain("default-src 'self'");
    expect(policy, where).toContain("script-src 'self'");
    expect(policy, where).toContain("object-src 'none'");
    expect(headers['x-content-type-options'], where).toBe('nosniff');
    expect(headers['referrer-policy'], where).toBe('no-referrer');
    expect(headers['x-frame-options'], where).toBe('DENY');
    expect(headers['permissions-policy'], where).toContain('camera=()');
    expect(headers['cross-origin-opener-policy'], where).toBe('same-origin');
  }
});

test.describe('framed by another site', () => {
  // The browser says in the console that it refused: expected here.
  test.use({ allowedConsoleMessages: [/frame-ancestors|Refused to (display|frame)/] });

  test('the console does not render inside it', async ({ page, baseURL }) => {
    // about:blank with an iframe: the parent is not the console's origin, so frame-ancestors 'none' applies.
    await page.setContent(`<iframe src="${baseURL}/sign-in" title="framed"></iframe>`);
    const frame = page.frameLocator('iframe[title="framed"]');
    // The sign-in page renders within a second when it may; give it three.
    await page.waitForTimeout(3000);
    await expect(frame.getByRole('button', { name: 'Sign in', exact: true })).toHaveCount(0);
  });
});
