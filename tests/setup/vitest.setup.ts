import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterAll, afterEach, beforeAll, beforeEach, vi } from 'vitest';
import { server } from '../../mocks/node';
import { mockConfig, seedDatabase } from '../../mocks/store/db';
import { setCsrfToken } from '@/shared/api/client';
import { ALL_NAMESPACES, changeLanguage, loadNamespaces, startI18n } from '@/shared/i18n/i18n';
import { clearPrivateListState } from '@/shared/list/private-list-state';
import { contractViolations } from './contract-validator';

// Lazy routes compile on first use in Vitest; give them time.
configure({ asyncUtilTimeout: 5000 });

// Every answer the mock gives in any test is checked against the OpenAPI document; a drift fails the test
// that caused it (reported in afterEach, since msw's events cannot throw into the test).
let violations: string[] = [];
let checks: Promise<void>[] = [];
server.events.on('response:mocked', ({ request, response }) => {
  checks.push(contractViolations(request, response).then((found) => void violations.push(...found)));
});

// Every catalog in English, as a signed-in browser has it; a test of the French console switches (and is
// switched back here).
await startI18n('en');
await loadNamespaces(ALL_NAMESPACES);

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
beforeEach(() => {
  seedDatabase('demo');
  mockConfig.idleTimeoutMinutes = 15;
  mockConfig.latencyMs = 0;
  setCsrfToken(undefined);
  sessionStorage.clear();
  // Private list filters live in memory for the tab, as a new tab starts without them.
  clearPrivateListState();
  localStorage.clear();
  violations = [];
  checks = [];
});
afterEach(async () => {
  cleanup();
  await changeLanguage('en');
  server.resetHandlers();
  // What a test replaced or spied on goes back, whether it passed or not; recordRequests removes its own
  // listener when its test finishes.
  vi.restoreAllMocks();
  vi.useRealTimers();
  // Judge once every answer the test received has been checked.
  await Promise.all(checks);
  if (violations.length) throw new Error(`Mock answers break the contract:\n${violations.join('\n')}`);
});
afterAll(() => {
  server.events.removeAllListeners();
  server.close();
});
