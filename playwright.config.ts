import { defineConfig } from '@playwright/test';
import { API_ORIGIN, E2E_PORT as PORT, REAL_BACKEND_CONSOLE } from './tests/browser/ports';

// Browser journeys against production builds, in Debian's chromium (test tools cannot download browsers
// here). `npm run test:browser` makes sure chromium is installed. Two projects:
// - "in-browser mock": the console as `npm run dev` runs it, on the mock backend inside the browser;
// - "real backend": a build with VITE_API_BASE_URL pointed at the HTTP mock (npm run mock:server), as a
//   deployment points it at the company's backend: cookies, CSRF, CORS and CSP over real HTTP.
// Ports: tests/browser/ports.ts.
const API_PORT = new URL(API_ORIGIN).port;
const REAL_BACKEND_CONSOLE_PORT = new URL(REAL_BACKEND_CONSOLE).port;

const reuseExistingServer = !process.env.CI;

export default defineConfig({
  testDir: 'tests/browser',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: 1,
  retries: process.env.CI ? 1 : 0,
  reporter: process.env.CI ? [['list']] : [['list'], ['html', { open: 'never' }]],
  use: {
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
  projects: [
    {
      name: 'in-browser mock',
      testIgnore: 'real-backend/**',
      use: { baseURL: `http://127.0.0.1:${PORT}` },
    },
    {
      name: 'real backend',
      testMatch: 'real-backend/**/*.spec.ts',
      use: { baseURL: REAL_BACKEND_CONSOLE },
    },
  ],
  webServer: [
    {
      // Latency 0 keeps journeys quick; loading states have their own component tests.
      command: `npx vite build --mode e2e && npx vite preview --mode e2e --port ${PORT} --strictPort`,
      url: `http://127.0.0.1:${PORT}/sign-in`,
      reuseExistingServer,
      timeout: 180_000,
    },
    {
      // From the seed on every run; the journey's writes go to a file of its own.
      command: `npx tsx --tsconfig tsconfig.tools.json mocks/server/main.ts --port ${API_PORT} --origin ${REAL_BACKEND_CONSOLE} --data .mock-data/e2e-${API_PORT}.json --reset --quiet`,
      url: `${API_ORIGIN}/api/v1/session`,
      reuseExistingServer,
      timeout: 60_000,
    },
    {
      command: `npx vite build --mode e2e --outDir dist-real-backend && npx vite preview --mode e2e --outDir dist-real-backend --port ${REAL_BACKEND_CONSOLE_PORT} --strictPort`,
      env: { VITE_API_BASE_URL: API_ORIGIN },
      url: `${REAL_BACKEND_CONSOLE}/sign-in`,
      reuseExistingServer,
      timeout: 180_000,
    },
  ],
});
