// The visitor log's words: how its fields and values read in forms, lists, history and exports.
import { defineLabels } from '@/shared/labels/record-labels';

export const VISIT_STATUS_LABELS = { on_site: 'On site', checked_out: 'Left' } as const;

export const VISIT_LABELS = defineLabels({
  fields: {
    name: 'Name',
    company: 'Company',
    hostId: 'Host',
    hostName: 'Host',
    purpose: 'Purpose',
    siteId: 'Site',
    badge: 'Badge number',
    contact: 'Contact',
    contactMasked: 'Contact',
    privacyNoticeShown: 'Privacy notice',
    checkedInAt: 'Checked in',
    checkedOutAt: 'Checked out',
    status: 'Status',
  },
  columns: { name: 'Visitor', badge: 'Badge' },
  values: { status: VISIT_STATUS_LABELS },
});

export const EXPECTED_VISIT_LABELS = defineLabels({
  fields: { name: 'Name', company: 'Company', date: 'Date', siteId: 'Site', purpose: 'Purpose' },
});

export const HISTORY_FILTER_LABELS = defineLabels({
  fields: {
    from: 'From',
    to: 'To',
    hostId: 'Host',
    company: 'Company',
    siteId: 'Site',
    status: 'Status',
    q: 'Search',
  },
});

export const RETENTION_LABELS = defineLabels({ fields: { days: 'Days' } });
