// Every module of the console: each features/<module>/module.ts, found at build time. A new module is a new
// folder with its module.ts; nothing here or in the router, navigation or home page changes.
import type { ModuleDefinition } from '@/shared/modules/module-definition';

const found = import.meta.glob<ModuleDefinition>('../features/*/module.ts', {
  eager: true,
  import: 'moduleDefinition',
});

export const MODULES: readonly ModuleDefinition[] = Object.keys(found)
  .sort()
  .map((path) => found[path]!);
