// Where the browser journeys' servers listen (playwright.config.ts). E2E_PORT moves them all, so two checkouts
// on one machine can run their journeys side by side.
export const E2E_PORT = Number(process.env.E2E_PORT ?? 4180);
/** The build with VITE_API_BASE_URL, as deployed against a real backend. */
export const REAL_BACKEND_CONSOLE = `http://127.0.0.1:${E2E_PORT + 2000}`;
/** The HTTP mock (npm run mock:server) that build talks to. */
export const API_ORIGIN = `http://127.0.0.1:${E2E_PORT + 3000}`;
