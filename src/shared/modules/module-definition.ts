// What a module tells the console about itself. The router, the navigation and the home page read these
// declarations (src/app/modules.ts finds every features/<module>/module.ts): adding a module touches none of them.
import type { QueryClient, QueryKey } from '@tanstack/react-query';
import type { SvgIconComponent } from '@mui/icons-material';
import type { RouteObject } from 'react-router';
import type { Permission } from '@/shared/auth/permissions';
import type { DashboardContribution } from './dashboard-contribution';

export interface NavigationEntry {
  /** A message reference (`<module>Messages.ref('nav.…')`): the shell says it in the active language. */
  label: string;
  /** An absolute path. */
  to: string;
  icon: SvgIconComponent;
  /** Shown to the roles with this permission... */
  permission: Permission;
  /** ...unless they also hold this one (the desk reaches the visit history from its own page). */
  unless?: Permission;
  /** Position in the navigation, lowest first, across modules. */
  order: number;
  /** What the home page says the entry is for: a message reference too. */
  description: string;
  /** Active on its own path only, not on deeper ones that another entry of the module names. */
  end?: boolean;
  /**
   * How many things here need attention (overdue, waiting for the person): a query whose answer is the number
   * shown as the entry's badge, from a backend summary endpoint, never a full list.
   */
  badge?: {
    queryKey: QueryKey;
    queryFn: () => Promise<number>;
    /** Called as the badge renders: `(count) => <module>Messages.t('nav.overdue', { count })`. */
    label: (count: number) => string;
  };
}

/** A link a record's history panel shows under its entries, to what another module keeps on that record. */
export interface HistoryLink {
  /** Shown only to the roles with this permission. */
  permission: Permission;
  /** A message reference: said in the active language where it is shown. */
  label: string;
  /** Where it leads, for the record whose history is shown. */
  to: (record: { entityType: string; entityId: string }) => string;
}

export interface ModuleDefinition {
  id: string;
  /** The module's routes under the signed-in shell: tiny and eager, each page a lazy chunk. */
  routes: (queryClient: QueryClient) => RouteObject[];
  navigation: NavigationEntry[];
  /**
   * Roles holding this permission start here after signing in, instead of the home page; `unless` they hold
   * one of these too (every employee acknowledges policies, but only staff start on their policies).
   */
  home?: { permission: Permission; path: string; unless?: readonly Permission[] };
  /** The module's cards on the dashboard and its promises on the promises board (module/dashboard.ts). */
  dashboard?: DashboardContribution;
  /** Links every record's history panel offers (the audit trail: the same entries there). */
  historyLinks?: HistoryLink[];
}

/** Declares a module; the identity, typed, so that a module's declaration reads as one. */
export const defineModule = (definition: ModuleDefinition): ModuleDefinition => definition;
