// Who may do what. One table, read by the console (to hide navigation and guard routes) and by the mock
// backend (to answer 403), so the two cannot disagree. The real backend remains the authority.
import type { components } from '@/shared/api/schema';

export type Role = components['schemas']['Role'];

export const ROLE_LABELS: Record<Role, string> = {
  privacy_officer: 'Privacy officer',
  manager: 'Manager',
  staff: 'Staff',
  security_desk: 'Security desk',
};

export type Permission =
  | 'processors.read'
  | 'processors.write'
  | 'risks.read'
  | 'risks.write'
  | 'risks.review'
  | 'policies.manage'
  | 'policies.team_completion'
  | 'policies.acknowledge'
  | 'visits.desk' // check in, check out, roll call, today's expected visitors
  | 'visits.history' // the visit history: the desk's within its window (see visits.history.all)
  | 'visits.history.all' // all of it, past visits' record history, export events, contact reveal
  | 'visits.retention' // retention settings and purge
  | 'visits.expect' // pre-register a visitor one expects
  | 'complaints.read'
  | 'complaints.write'
  | 'audit.read'
  | 'dashboard.read'; // the dashboard as the start page, and the promises board

const EVERY_EMPLOYEE: Permission[] = ['policies.acknowledge', 'visits.expect'];

export const ROLE_PERMISSIONS: Record<Role, readonly Permission[]> = {
  privacy_officer: [
    ...EVERY_EMPLOYEE,
    'processors.read',
    'processors.write',
    'risks.read',
    'risks.write',
    'policies.manage',
    'visits.history',
    'visits.history.all',
    'visits.retention',
    'complaints.read',
    'complaints.write',
    'audit.read',
    'dashboard.read',
  ],
  manager: [
    ...EVERY_EMPLOYEE,
    'processors.read',
    'risks.read',
    'risks.review',
    'policies.team_completion',
    'dashboard.read',
  ],
  staff: [...EVERY_EMPLOYEE],
  security_desk: [...EVERY_EMPLOYEE, 'visits.desk', 'visits.history'],
};

export function hasPermission(roles: readonly Role[] | undefined, permission: Permission): boolean {
  return !!roles?.some((role) => ROLE_PERMISSIONS[role].includes(permission));
}
