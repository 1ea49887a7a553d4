// Start-up. This entry is kept tiny on purpose: the console's code (React, MUI, the router) loads as its own
// chunk, and in mock mode the mock's worker starts while that code is still downloading and compiling, so
// the worker has its database ready by the time the console asks for its first page.
import { startMockBackend } from '../mocks/browser';
import { registerMockControls } from '@/shared/mock-controls';
import { startI18n } from '@/shared/i18n/i18n';

async function start() {
  // Without a real backend the console runs on the built-in mock. With VITE_API_BASE_URL set this branch is
  // dead code at build time, and the two imports above go with it: no mock code ends up in the bundle.
  if (!import.meta.env.VITE_API_BASE_URL) {
    registerMockControls(
      startMockBackend({
        seedSize: import.meta.env.VITE_MOCK_SEED === 'large' ? 'large' : 'demo',
        latencyMs: Number(import.meta.env.VITE_MOCK_LATENCY_MS ?? 150),
        idleTimeoutMinutes: Number(import.meta.env.VITE_MOCK_IDLE_TIMEOUT_MINUTES ?? 15),
      }),
    );
  }
  // The console's code and the sign-in page's messages (in the browser's language) download side by side.
  const [{ createConsole }] = await Promise.all([import('@/app/render-console'), startI18n()]);
  // Evaluating the console's code, creating its router and rendering it are a task each, not one long task.
  const nextTask = () => new Promise((resolve) => setTimeout(resolve));
  await nextTask();
  const app = createConsole();
  await nextTask();
  app.render(document.getElementById('root')!);
}

void start();
