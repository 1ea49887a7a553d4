// `npm run contract:test` as a backend team runs it, over HTTP against a running server: here the HTTP mock
// the real-backend build talks to. Nothing to report, as the desk and as the officer.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { expect, test } from '@playwright/test';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from '../../setup/demo-accounts';
import { API_ORIGIN, REAL_BACKEND_CONSOLE } from '../ports';

const run = promisify(execFile);

for (const role of ['officer', 'desk'] as const) {
  test(`npm run contract:test finds nothing wrong with the HTTP mock, as the ${role}`, async () => {
    const { stdout } = await run('npm', [
      'run',
      '-s',
      'contract:test',
      '--',
      '--base-url',
      API_ORIGIN,
      '--origin',
      REAL_BACKEND_CONSOLE,
      '--email',
      DEMO_ACCOUNTS[role].email,
      '--password',
      DEMO_PASSWORD,
    ]);
    expect(stdout).not.toContain('MISMATCH');
    expect(stdout).toMatch(
      new RegExp(`\\d+ requests to ${API_ORIGIN}: 0 mismatch\\(es\\) with the contract`),
    );
  });
}
