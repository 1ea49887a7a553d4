import { hasPermission, type Role } from '@/shared/auth/permissions';

/** Where each role starts after signing in: the desk on the visitor log, everyone else on their home page. */
export function homePathFor(roles: readonly Role[]) {
  return hasPermission(roles, 'visits.desk') ? '/visitors' : '/home';
}
