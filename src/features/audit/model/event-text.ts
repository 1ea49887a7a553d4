// How an audit event reads, on the trail and in a pack: its changed fields as lines and its record's module.
import type { components } from '@/shared/api/schema';
import { valueLabel } from '@/shared/labels/record-labels';
import { auditMessages } from '../i18n/messages';
import { moduleOfEntityType } from './audit-modules';
import { AUDIT_LABELS } from './labels';

type AuditEvent = components['schemas']['AuditEvent'];

/** Each changed field as "field: from → to", in the active language (values as the backend masked them). */
export function changeLines(event: AuditEvent): string[] {
  const t = auditMessages.t;
  const show = (value: unknown) =>
    value === null || value === undefined || value === ''
      ? t('change.empty')
      : typeof value === 'string'
        ? value
        : JSON.stringify(value);
  return (event.changes ?? []).map((c) =>
    t('change.line', { field: c.label ?? c.field, from: show(c.from), to: show(c.to) }),
  );
}

/** The module a record type belongs to, in words; the type itself for one no module declares. */
export function moduleName(entityType: string) {
  const module = moduleOfEntityType(entityType);
  return module ? valueLabel(AUDIT_LABELS, 'module', module) : entityType;
}
