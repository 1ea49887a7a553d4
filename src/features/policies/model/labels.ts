// The policies module's words for its fields and values, in the active language: defineLabels makes them once
// per language, on first use, so a label read anywhere (a column, a history entry, a filter) follows a switch.
import { ROLE_LABELS } from '@/shared/auth/permissions';
import { defineLabels } from '@/shared/labels/record-labels';
import { policiesMessages } from '../i18n/messages';
import type {
  AcknowledgementStatus,
  PolicyCategory,
  PolicyStatus,
  PolicyVersionStatus,
  VersionKind,
} from './schemas';

export const POLICY_LABELS = defineLabels(policiesMessages, (t) => ({
  fields: {
    title: t('field.title'),
    ownerId: t('field.owner'),
    ownerName: t('field.owner'),
    category: t('field.category'),
    status: t('field.status'),
    audience: t('field.audience'),
    'audience.everyone': t('field.audience.everyone'),
    'audience.departments': t('field.audience.departments'),
    'audience.siteIds': t('field.audience.siteIds'),
    'audience.roles': t('field.audience.roles'),
    current: t('field.current'),
    completion: t('field.completion'),
    updatedAt: t('field.updatedAt'),
  },
  values: {
    status: {
      draft: t('value.status.draft'),
      published: t('value.status.published'),
      retired: t('value.status.retired'),
    } satisfies Record<PolicyStatus, string>,
    category: {
      data_protection: t('value.category.data_protection'),
      information_security: t('value.category.information_security'),
      acceptable_use: t('value.category.acceptable_use'),
      retention: t('value.category.retention'),
      incident_response: t('value.category.incident_response'),
      privacy_notice: t('value.category.privacy_notice'),
    } satisfies Record<PolicyCategory, string>,
    // The kit's role names (read when looked up, in the active language once the kit's catalog has them).
    'audience.roles': { ...ROLE_LABELS },
  },
}));

export const VERSION_LABELS = defineLabels(policiesMessages, (t) => ({
  fields: {
    number: t('field.version.number'),
    kind: t('field.version.kind'),
    effectiveDate: t('field.version.effectiveDate'),
    summary: t('field.version.summary'),
    text: t('field.version.text'),
    dueDate: t('field.version.dueDate'),
    status: t('field.status'),
    publishedAt: t('field.version.publishedAt'),
    textHash: t('field.version.textHash'),
  },
  values: {
    kind: {
      major: t('value.kind.major'),
      minor: t('value.kind.minor'),
    } satisfies Record<VersionKind, string>,
    status: {
      draft: t('value.versionStatus.draft'),
      published: t('value.versionStatus.published'),
      superseded: t('value.versionStatus.superseded'),
    } satisfies Record<PolicyVersionStatus, string>,
  },
}));

export const PERSON_STATUS_LABELS = defineLabels(policiesMessages, (t) => ({
  fields: {
    name: t('field.person.name'),
    department: t('field.person.department'),
    siteId: t('field.person.siteId'),
    status: t('field.status'),
    acknowledgedNumber: t('field.person.acknowledgedNumber'),
    acknowledgedAt: t('field.person.acknowledgedAt'),
    remindedAt: t('field.person.remindedAt'),
    q: t('field.person.q'),
  },
  values: {
    status: {
      acknowledged: t('value.ack.acknowledged'),
      pending: t('value.ack.pending'),
      overdue: t('value.ack.overdue'),
    } satisfies Record<AcknowledgementStatus, string>,
  },
}));

// How a value reads, in the active language: read in render (the labels follow the language).
export const policyStatusLabel = (status: PolicyStatus) => POLICY_LABELS.values.status[status];
export const categoryLabel = (category: PolicyCategory) => POLICY_LABELS.values.category[category];
export const versionStatusLabel = (status: PolicyVersionStatus) => VERSION_LABELS.values.status[status];
export const versionKindLabel = (kind: VersionKind) => VERSION_LABELS.values.kind[kind];
export const acknowledgementStatusLabel = (status: AcknowledgementStatus) =>
  PERSON_STATUS_LABELS.values.status[status];
