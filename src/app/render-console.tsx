import { startTransition, StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { RouterProvider } from 'react-router/dom';
import { Providers, createQueryClient } from './providers';
import { createRouter } from './router';

/**
 * The console: its query cache and its router, which starts loading the first page's code and data at once.
 * main.tsx renders it into the page a task later, so neither step is one long task.
 */
export function createConsole() {
  const queryClient = createQueryClient();
  const router = createRouter(queryClient);
  return {
    render(container: HTMLElement) {
      const root = createRoot(container);
      // A transition, so React renders the console in slices rather than in one task that holds the page.
      startTransition(() =>
        root.render(
          <StrictMode>
            <Providers queryClient={queryClient}>
              <RouterProvider router={router} />
            </Providers>
          </StrictMode>,
        ),
      );
    },
  };
}
