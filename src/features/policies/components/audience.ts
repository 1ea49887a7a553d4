import { i18n } from '@lingui/core';
import { ROLE_LABELS } from '@/shared/auth/permissions';
import { policiesMessages } from '../i18n/messages';
import type { PolicyAudience } from '../model/schemas';

/** A list in words, in the active language: "A, B and C" / "A, B et C" (or "or"). */
function joined(items: string[], type: 'conjunction' | 'disjunction' = 'conjunction') {
  return new Intl.ListFormat(i18n.locale || 'en-CA', { type }).format(items);
}

/** The audience in words: "Everyone", or each list that narrows it, joined by "and". Call it in render. */
export function describeAudience(audience: PolicyAudience, siteName: (id: string) => string): string {
  const t = policiesMessages.t;
  if (audience.everyone) return t('audience.everyone');
  const parts = [
    audience.departments.length > 0 &&
      t('audience.inDepartments', {
        count: audience.departments.length,
        departments: joined(audience.departments),
      }),
    audience.siteIds.length > 0 &&
      t('audience.atSites', {
        count: audience.siteIds.length,
        sites: joined(audience.siteIds.map(siteName)),
      }),
    audience.roles.length > 0 &&
      t('audience.holdingRoles', {
        count: audience.roles.length,
        roles: joined(
          audience.roles.map((r) => ROLE_LABELS[r]),
          'disjunction',
        ),
      }),
  ].filter((part): part is string => Boolean(part));
  return t('audience.people', { parts: joined(parts) });
}
