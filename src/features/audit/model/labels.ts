import { defineLabels } from '@/shared/labels/record-labels';
import { auditMessages } from '../i18n/messages';
import { AUDIT_ACTIONS, AUDIT_MODULES } from './audit-modules';

/** The trail's fields and values, in the active language. */
export const AUDIT_LABELS = defineLabels(auditMessages, (t) => ({
  fields: {
    at: t('field.at'),
    actor: t('field.actor'),
    personId: t('field.personId'),
    action: t('field.action'),
    module: t('field.module'),
    entityType: t('field.entityType'),
    record: t('field.record'),
    summary: t('field.summary'),
    changes: t('field.changes'),
    from: t('field.from'),
    to: t('field.to'),
    seq: t('field.seq'),
    hash: t('field.hash'),
  },
  values: {
    action: Object.fromEntries(AUDIT_ACTIONS.map((a) => [a, t(`action.${a}` as const)])),
    module: Object.fromEntries(AUDIT_MODULES.map((m) => [m, t(`module.${m}` as const)])),
  },
}));
