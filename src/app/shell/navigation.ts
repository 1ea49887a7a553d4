// The navigation lists the entries the modules declare, for the signed-in person's roles only.
import HomeOutlined from '@mui/icons-material/HomeOutlined';
import { hasPermission, type Role } from '@/shared/auth/permissions';
import type { ModuleDefinition, NavigationEntry } from '@/shared/modules/module-definition';
import { homePathFor } from '../home-path';
import { MODULES } from '../modules';
import { appMessages } from '../i18n/messages';

export type NavItem = Pick<NavigationEntry, 'label' | 'to' | 'icon' | 'end' | 'badge'> &
  Partial<Pick<NavigationEntry, 'description'>>;

const HOME: NavItem = { label: appMessages.ref('nav.home'), to: '/home', icon: HomeOutlined };

export function navigationFor(
  roles: readonly Role[],
  modules: readonly ModuleDefinition[] = MODULES,
): NavItem[] {
  const entries = modules
    .flatMap((m) => m.navigation)
    .filter(
      (entry) =>
        hasPermission(roles, entry.permission) && !(entry.unless && hasPermission(roles, entry.unless)),
    )
    .sort((a, b) => a.order - b.order);
  // A role whose start page is a module's (the desk's) has no separate home page.
  return homePathFor(roles, modules) === HOME.to ? [HOME, ...entries] : entries;
}
