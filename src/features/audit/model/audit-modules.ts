// Which records belong to which module, for the audit trail's module filter: the record types each module's
// handlers write audit events on. Shared with the mock, which filters by it.
import type { components } from '@/shared/api/schema';

export type AuditAction = components['schemas']['AuditEvent']['action'];
export type AuditModule = components['schemas']['AuditModule'];

export const AUDIT_MODULES = [
  'processors',
  'risks',
  'policies',
  'visits',
  'complaints',
  'account',
  'audit',
] as const satisfies AuditModule[];

export const MODULE_ENTITY_TYPES: Record<AuditModule, readonly string[]> = {
  processors: ['processor', 'processors', 'review-cadence'],
  risks: ['risk', 'risks'],
  policies: ['policy'],
  visits: ['visit', 'expected-visit', 'visit-retention', 'visit-history-window'],
  complaints: ['complaint', 'complaints', 'complaint-deadline-settings'],
  account: ['account'],
  audit: ['audit-trail', 'audit-pack'],
};

const MODULE_OF = new Map(
  Object.entries(MODULE_ENTITY_TYPES).flatMap(([module, types]) =>
    types.map((type) => [type, module as AuditModule] as const),
  ),
);

/** The module a record type belongs to; undefined for one no module declares. */
export const moduleOfEntityType = (entityType: string) => MODULE_OF.get(entityType);

/** The modules that keep records, of which an audit pack can be made. */
export const PACK_MODULES = [
  'processors',
  'risks',
  'policies',
  'visits',
  'complaints',
] as const satisfies components['schemas']['AuditPackModule'][];
export type PackModule = (typeof PACK_MODULES)[number];

/** The record types of a pack's records (the module's other events, on its lists or settings, are history only). */
export const PACK_RECORD_TYPES: Record<PackModule, string> = {
  processors: 'processor',
  risks: 'risk',
  policies: 'policy',
  visits: 'visit',
  complaints: 'complaint',
};

export const AUDIT_ACTIONS = [
  'create',
  'update',
  'delete',
  'reveal',
  'export',
  'sign_in',
  'sign_in_failed',
  'sign_out',
  'bulk_read',
  'purge',
  'check_in',
  'check_out',
  'undo_check_out',
] as const satisfies AuditAction[];

/** Sort keys of the trail. */
export const AUDIT_SORT_KEYS = ['at', 'actor', 'action', 'entityType'] as const;

/** Where a record of a type is shown in the console, for a link from the trail. */
export function recordPath(entityType: string, entityId: string): string | undefined {
  switch (entityType) {
    case 'processor':
      return `/processors/${entityId}`;
    case 'risk':
      return `/risks/${entityId}`;
    case 'policy':
      return `/policies/${entityId}`;
    case 'complaint':
      return `/complaints/${entityId}`;
    default:
      return undefined;
  }
}
