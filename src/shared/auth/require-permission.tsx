import { Outlet } from 'react-router';
import type { Permission } from './permissions';
import { usePermission } from './session';
import { NotPermittedPage } from '@/shared/ui/status-pages';

/** A layout route that shows "Not permitted" to a role that may not see what it wraps (e.g. a deep link). */
export function RequirePermission({ permission }: { permission: Permission }) {
  return usePermission(permission) ? <Outlet /> : <NotPermittedPage />;
}
