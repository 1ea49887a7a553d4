// Every module's declaration, for a feature that draws what all modules contribute (the dashboard, the
// promises board) without importing any of them: found at build time, as src/app/modules.ts finds them for the
// router and the navigation (which could read this list too), and as src/shared/i18n finds their catalogs.
import type { ModuleDefinition } from './module-definition';

const found = import.meta.glob<ModuleDefinition>('/src/features/*/module.ts', {
  eager: true,
  import: 'moduleDefinition',
});

export const DECLARED_MODULES: readonly ModuleDefinition[] = Object.keys(found)
  .sort()
  .map((path) => found[path]!);
