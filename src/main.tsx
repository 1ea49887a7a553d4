import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { RouterProvider } from 'react-router/dom';
import { Providers, createQueryClient } from '@/app/providers';
import { createRouter } from '@/app/router';
import { registerMockControls } from '@/shared/mock-controls';

async function start() {
  // Without a real backend the console runs on the built-in mock. With VITE_API_BASE_URL set this branch is
  // dead code at build time, so no mock code ends up in the bundle.
  if (!import.meta.env.VITE_API_BASE_URL) {
    const { startMockBackend } = await import('../mocks/browser');
    registerMockControls(
      startMockBackend({
        seedSize: import.meta.env.VITE_MOCK_SEED === 'large' ? 'large' : 'demo',
        latencyMs: Number(import.meta.env.VITE_MOCK_LATENCY_MS ?? 150),
        idleTimeoutMinutes: Number(import.meta.env.VITE_MOCK_IDLE_TIMEOUT_MINUTES ?? 15),
      }),
    );
    // One task's pause lets the browser start the mock's worker before the first render takes the thread.
    await new Promise((resolve) => setTimeout(resolve));
  }
  const queryClient = createQueryClient();
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <Providers queryClient={queryClient}>
        <RouterProvider router={createRouter(queryClient)} />
      </Providers>
    </StrictMode>,
  );
}

void start();
