import { hasPermission, type Role } from '@/shared/auth/permissions';
import type { ModuleDefinition } from '@/shared/modules/module-definition';
import { MODULES } from './modules';

/** Where each role starts after signing in: a module that claims it (the desk's page, staff's policies), or the home page. */
export function homePathFor(roles: readonly Role[], modules: readonly ModuleDefinition[] = MODULES) {
  const claimed = modules.find(
    (m) =>
      m.home &&
      hasPermission(roles, m.home.permission) &&
      !m.home.unless?.some((permission) => hasPermission(roles, permission)),
  );
  return claimed?.home?.path ?? '/home';
}
