// Who may do what. One table, read by the console (to hide navigation and guard routes) and by the mock
// backend (to answer 403), so the two cannot disagree. The real backend remains the authority.
import type { components } from '@/shared/api/schema';
import { sharedMessages } from '@/shared/i18n/shared-messages';

export type Role = components['schemas']['Role'];

/**
 * How each role reads, in the active language: each label is read when it is looked up (a getter), so code that
 * holds the table at module level still shows the language active as it renders.
 */
export const ROLE_LABELS: Readonly<Record<Role, string>> = {
  get privacy_officer() {
    return sharedMessages.t('role.privacy_officer');
  },
  get manager() {
    return sharedMessages.t('role.manager');
  },
  get staff() {
    return sharedMessages.t('role.staff');
  },
  get security_desk() {
    return sharedMessages.t('role.security_desk');
  },
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
