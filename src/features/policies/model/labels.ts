import { ROLE_LABELS } from '@/shared/auth/permissions';
import { defineLabels } from '@/shared/labels/record-labels';
import type {
  AcknowledgementStatus,
  PolicyCategory,
  PolicyStatus,
  PolicyVersionStatus,
  VersionKind,
} from './schemas';

export const POLICY_STATUS_LABELS: Record<PolicyStatus, string> = {
  draft: 'Draft',
  published: 'Published',
  retired: 'Retired',
};
export const CATEGORY_LABELS: Record<PolicyCategory, string> = {
  data_protection: 'Data protection',
  information_security: 'Information security',
  acceptable_use: 'Acceptable use',
  retention: 'Records retention',
  incident_response: 'Incident response',
  privacy_notice: 'Privacy notice',
};
export const VERSION_STATUS_LABELS: Record<PolicyVersionStatus, string> = {
  draft: 'Draft',
  published: 'Current',
  superseded: 'Superseded',
};
export const VERSION_KIND_LABELS: Record<VersionKind, string> = {
  major: 'Major: everyone in the audience acknowledges it again',
  minor: 'Minor: earlier acknowledgements still count',
};
export const ACKNOWLEDGEMENT_STATUS_LABELS: Record<AcknowledgementStatus, string> = {
  acknowledged: 'Acknowledged',
  pending: 'Waiting',
  overdue: 'Overdue',
};

export const POLICY_LABELS = defineLabels({
  fields: {
    title: 'Title',
    ownerId: 'Owner',
    ownerName: 'Owner',
    category: 'Category',
    status: 'Status',
    audience: 'Audience',
    'audience.everyone': 'Everyone',
    'audience.departments': 'Departments',
    'audience.siteIds': 'Sites',
    'audience.roles': 'Roles',
    current: 'Current version',
    completion: 'Completion',
    updatedAt: 'Last changed',
  },
  values: {
    status: POLICY_STATUS_LABELS,
    category: CATEGORY_LABELS,
    'audience.roles': ROLE_LABELS,
  },
});

export const VERSION_LABELS = defineLabels({
  fields: {
    number: 'Version',
    kind: 'Kind of change',
    effectiveDate: 'Effective date',
    summary: 'Summary of changes',
    text: 'Text (Markdown)',
    dueDate: 'Acknowledge by',
    status: 'Status',
    publishedAt: 'Published',
    textHash: 'Text’s SHA-256',
  },
  values: { kind: VERSION_KIND_LABELS, status: VERSION_STATUS_LABELS },
});

export const PERSON_STATUS_LABELS = defineLabels({
  fields: {
    name: 'Name',
    department: 'Department',
    siteId: 'Site',
    status: 'Status',
    acknowledgedNumber: 'Version acknowledged',
    acknowledgedAt: 'Acknowledged',
    remindedAt: 'Last reminded',
    q: 'Search name',
  },
  values: { status: ACKNOWLEDGEMENT_STATUS_LABELS },
});
