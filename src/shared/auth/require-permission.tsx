import { Outlet } from 'react-router';
import { hasPermission, type Permission } from './permissions';
import { useSession } from './session';
import { NotPermittedPage } from '@/shared/ui/status-pages';

/**
 * A layout route that shows "Not permitted" to a role that may not see what it wraps (e.g. a deep link). Given
 * several permissions, any one of them lets the person in (officers and managers into the policy library).
 */
export function RequirePermission({ permission }: { permission: Permission | readonly Permission[] }) {
  const roles = useSession().data?.user.roles;
  const permissions: readonly Permission[] = typeof permission === 'string' ? [permission] : permission;
  return permissions.some((p) => hasPermission(roles, p)) ? <Outlet /> : <NotPermittedPage />;
}
