import { startTransition, StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { RouterProvider } from 'react-router/dom';
import { Providers, createQueryClient } from './providers';
import { createRouter } from './router';

/** Renders the console into the page: providers, then the router. main.tsx calls it once the backend is set. */
export function renderConsole(container: HTMLElement) {
  const queryClient = createQueryClient();
  const router = createRouter(queryClient);
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
}
