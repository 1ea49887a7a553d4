// The visitor log's words: how its fields and values read in forms, lists, history and exports, in the active
// language (defineLabels makes them once per language, on first use).
import { defineLabels } from '@/shared/labels/record-labels';
import { visitsMessages } from '../i18n/messages';

export const VISIT_LABELS = defineLabels(visitsMessages, (t) => ({
  fields: {
    name: t('field.name'),
    company: t('field.company'),
    hostId: t('field.host'),
    hostName: t('field.host'),
    purpose: t('field.purpose'),
    siteId: t('field.site'),
    badge: t('field.badge'),
    contact: t('field.contact'),
    contactMasked: t('field.contact'),
    privacyNoticeShown: t('field.privacyNotice'),
    checkedInAt: t('field.checkedInAt'),
    checkedOutAt: t('field.checkedOutAt'),
    status: t('field.status'),
  },
  columns: { name: t('column.visitor'), badge: t('column.badge') },
  values: {
    status: { on_site: t('value.status.on_site'), checked_out: t('value.status.checked_out') },
  },
}));

/** How a visit's status reads, in the active language. */
export const visitStatusLabel = (status: 'on_site' | 'checked_out') => VISIT_LABELS.values!.status![status]!;

export const EXPECTED_VISIT_LABELS = defineLabels(visitsMessages, (t) => ({
  fields: {
    name: t('field.name'),
    company: t('field.company'),
    date: t('field.date'),
    siteId: t('field.site'),
    purpose: t('field.purpose'),
  },
}));

export const HISTORY_FILTER_LABELS = defineLabels(visitsMessages, (t) => ({
  fields: {
    from: t('field.from'),
    to: t('field.to'),
    hostId: t('field.host'),
    company: t('field.company'),
    siteId: t('field.site'),
    status: t('field.status'),
    q: t('field.search'),
  },
}));

export const RETENTION_LABELS = defineLabels(visitsMessages, (t) => ({ fields: { days: t('field.days') } }));
