// The sign-in page's ?next= check: only a path of the console is followed after signing in.
import { safeNextPath } from '@/app/safe-next';

const ORIGIN = 'http://127.0.0.1:5173';

describe('safeNextPath', () => {
  it.each([
    '//evil.example',
    '/\\evil.example',
    '\\\\evil.example',
    '/\\/evil.example',
    '/\t/evil.example',
    ' //evil.example',
    'https://evil.example/home',
    'http://127.0.0.1:5174/home',
    'javascript:alert(1)',
    'JaVaScRiPt:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    '/sign-in',
    '/sign-in?next=/home',
    '',
  ])('refuses %j', (next) => {
    expect(safeNextPath(next, ORIGIN)).toBeNull();
  });

  it.each([
    ['/home', '/home'],
    ['/visits/history?status=on_site#top', '/visits/history?status=on_site#top'],
    // Encoded slashes stay one path segment of the console, never another host.
    ['%2F%2Fevil.example', '/%2F%2Fevil.example'],
    ['/%2F%2Fevil.example', '/%2F%2Fevil.example'],
    // A path the URL parser turns into "//evil" keeps one slash: a history entry would read it as a host.
    ['/.//evil.example', '/evil.example'],
  ])('follows %j as %j', (next, path) => {
    expect(safeNextPath(next, ORIGIN)).toBe(path);
  });

  it('uses the page’s own origin by default', () => {
    expect(safeNextPath('/processors')).toBe('/processors');
    expect(safeNextPath('/\\evil.example')).toBeNull();
  });
});
