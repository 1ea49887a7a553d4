import { ROLE_LABELS } from '@/shared/auth/permissions';
import type { PolicyAudience } from '../model/schemas';

/** The audience in words: "Everyone", or each list that narrows it, joined by "and". */
export function describeAudience(audience: PolicyAudience, siteName: (id: string) => string): string {
  if (audience.everyone) return 'Everyone';
  const parts = [
    audience.departments.length > 0 && `in ${audience.departments.join(', ')}`,
    audience.siteIds.length > 0 && `at ${audience.siteIds.map(siteName).join(', ')}`,
    audience.roles.length > 0 && `holding the role ${audience.roles.map((r) => ROLE_LABELS[r]).join(' or ')}`,
  ].filter(Boolean);
  return `People ${parts.join(', and ')}`;
}
