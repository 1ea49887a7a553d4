import { matchRoutes, type RouteObject } from 'react-router';

/**
 * Downloads the code of the pages at these paths ahead of a click (the shell calls it when the browser is
 * idle), so opening a module from the navigation waits for data only. It walks the router's own route tree
 * (not a module of the router's, which imports the shell: no cycle); the browser keeps each chunk once loaded,
 * and the router's own lazy call then resolves at once.
 */
export function preloadPages(routes: RouteObject[], paths: string[]) {
  for (const path of paths) {
    for (const { route } of matchRoutes(routes, path) ?? []) {
      const lazy = route.lazy;
      if (typeof lazy === 'function') void lazy().catch(() => undefined);
      else if (lazy) {
        for (const load of Object.values(lazy)) {
          if (typeof load === 'function') void (load as () => Promise<unknown>)().catch(() => undefined);
        }
      }
    }
  }
}
