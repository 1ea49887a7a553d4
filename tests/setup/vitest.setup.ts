import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest';
import { server } from '../../mocks/node';
import { mockConfig, seedDatabase } from '../../mocks/store/db';
import { setCsrfToken } from '@/shared/api/client';
import { clearPrivateListState } from '@/shared/list/use-list-state';
import { contractViolations } from './contract-validator';

// Lazy routes compile on first use in Vitest; give them time.
configure({ asyncUtilTimeout: 5000 });

// Every answer the mock gives in any test is checked against the OpenAPI document; a drift fails the test
// that caused it (reported in afterEach, since msw's events cannot throw into the test).
let violations: string[] = [];
server.events.on('response:mocked', async ({ request, response }) => {
  violations.push(...(await contractViolations(request, response)));
});

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
});
afterEach(async () => {
  cleanup();
  server.resetHandlers();
  // Let pending response events land before judging.
  await new Promise((resolve) => setTimeout(resolve, 0));
  if (violations.length) throw new Error(`Mock answers break the contract:\n${violations.join('\n')}`);
});
afterAll(() => server.close());
