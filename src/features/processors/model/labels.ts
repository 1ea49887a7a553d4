// The processors module's words: how each value and field reads on screen, in history and in exports.
import { formatDate } from '@/shared/labels/format';
import { defineLabels, mergeLabels } from '@/shared/labels/record-labels';
import { countryName } from '@/shared/model/countries';
import {
  CONTRACT_CLAUSES,
  type ContractClause,
  type ContractStatus,
  type DataCategory,
  type DataSubject,
  type ProcessorFlagCode,
  type ProcessorStatus,
  type ReviewOutcome,
  type ReviewStatus,
  type RiskTier,
  type TransferMechanism,
} from './schemas';

export const STATUS_LABELS: Record<ProcessorStatus, string> = {
  onboarding: 'Onboarding',
  active: 'Active',
  suspended: 'Suspended',
  offboarded: 'Offboarded',
};
export const TIER_LABELS: Record<RiskTier, string> = { low: 'Low', medium: 'Medium', high: 'High' };
export const DATA_CATEGORY_LABELS: Record<DataCategory, string> = {
  contact_details: 'Contact details',
  payment_data: 'Payment data',
  account_credentials: 'Account credentials',
  app_usage: 'App usage data',
  location: 'Location',
  purchase_history: 'Purchase history',
  device_identifiers: 'Device identifiers',
  support_communications: 'Support communications',
  employee_records: 'Employee records',
  marketing_preferences: 'Marketing preferences',
};
export const DATA_SUBJECT_LABELS: Record<DataSubject, string> = {
  customers: 'Customers',
  staff: 'Staff',
  visitors: 'Visitors',
  children: 'Children',
};
export const TRANSFER_MECHANISM_LABELS: Record<TransferMechanism, string> = {
  adequacy_decision: 'Adequacy decision',
  standard_contractual_clauses: 'Standard contractual clauses',
  eu_us_dpf: 'EU-US Data Privacy Framework',
  binding_corporate_rules: 'Binding corporate rules',
  other: 'Other',
  privacy_shield: 'EU-US Privacy Shield (invalid since July 2020)',
};
export const REVIEW_STATUS_LABELS: Record<ReviewStatus, string> = {
  overdue: 'Overdue',
  due_soon: 'Due soon',
  scheduled: 'Scheduled',
  not_required: 'Not required',
};
export const REVIEW_OUTCOME_LABELS: Record<ReviewOutcome, string> = {
  compliant: 'Compliant',
  remediation_required: 'Remediation required',
  non_compliant: 'Non-compliant',
};
export const CLAUSE_LABELS: Record<ContractClause, string> = {
  documentedInstructions: 'Processing only on documented instructions',
  confidentiality: 'Confidentiality of personnel',
  securityMeasures: 'Security measures',
  subProcessorConditions: 'Conditions for sub-processors',
  dataSubjectRights: 'Assistance with data-subject rights',
  breachNotification: 'Breach notification within a stated time',
  deletionOrReturn: 'Deletion or return of data at the end',
  auditRights: 'Audit and inspection rights',
};
/** Short names for chips in lists. */
export const CLAUSE_SHORT_LABELS: Record<ContractClause, string> = {
  documentedInstructions: 'Instructions',
  confidentiality: 'Confidentiality',
  securityMeasures: 'Security',
  subProcessorConditions: 'Sub-processors',
  dataSubjectRights: 'Data-subject rights',
  breachNotification: 'Breach notice',
  deletionOrReturn: 'Deletion/return',
  auditRights: 'Audits',
};
export const CONTRACT_STATUS_LABELS: Record<ContractStatus, string> = {
  upcoming: 'Not started',
  current: 'Current',
  expiring: 'Expiring',
  expired: 'Expired',
};
export const FLAG_LABELS: Record<ProcessorFlagCode, string> = {
  privacy_shield: 'Privacy Shield transfer',
  sensitive_data_low_tier: 'Sensitive data at low tier',
  missing_clauses: 'Missing clauses',
  contract_expiring: 'Contract expiring',
  no_current_contract: 'No current contract',
  review_overdue: 'Review overdue',
  remediation_overdue: 'Remediation overdue',
  non_compliant: 'Non-compliant',
};

/** A processing location as it reads: "United States: Standard contractual clauses", "Canada: no transfer". */
export function formatLocation(location: { country: string; transferMechanism: TransferMechanism | null }) {
  const mechanism = location.transferMechanism;
  return `${countryName(location.country)}: ${mechanism ? TRANSFER_MECHANISM_LABELS[mechanism] : 'no transfer'}`;
}

const yesNo = (value: boolean) => (value ? 'Yes' : 'No');

export const PROCESSOR_LABELS = defineLabels({
  fields: {
    name: 'Name',
    services: 'Services provided',
    contactName: 'Contact name',
    contactEmail: 'Contact email',
    contactPhone: 'Contact phone',
    country: 'Country',
    status: 'Status',
    riskTier: 'Risk tier',
    riskReason: 'Reason for the risk tier',
    dataCategories: 'Data categories',
    dataSubjects: 'Data subjects',
    locations: 'Processing locations',
    'locations.country': 'country',
    'locations.transferMechanism': 'transfer mechanism',
    subProcessors: 'Sub-processors',
    'subProcessors.name': 'name',
    'subProcessors.service': 'service',
    'subProcessors.country': 'country',
    flags: 'Flags',
    missingClauses: 'Missing clauses',
    currentContract: 'Contract ends',
    nextReviewDue: 'Next review due',
    reviewStatus: 'Review status',
    lastReviewDate: 'Last review',
    lastReviewOutcome: 'Last review outcome',
    updatedAt: 'Last changed',
  },
  rows: { locations: 'Location', subProcessors: 'Sub-processor' },
  // The list's headings: short enough that the flags and missing clauses fit beside them at 1280 px.
  columns: { nextReviewDue: 'Next review' },
  values: {
    status: STATUS_LABELS,
    riskTier: TIER_LABELS,
    dataCategories: DATA_CATEGORY_LABELS,
    dataSubjects: DATA_SUBJECT_LABELS,
    transferMechanism: TRANSFER_MECHANISM_LABELS,
    reviewStatus: REVIEW_STATUS_LABELS,
    lastReviewOutcome: REVIEW_OUTCOME_LABELS,
    missingClauses: CLAUSE_LABELS,
    flags: FLAG_LABELS,
  },
  describe: {
    country: (code: string) => countryName(code),
    locations: formatLocation,
    subProcessors: (s: { name: string; service: string; country: string }) =>
      `${s.name} (${s.service}, ${countryName(s.country)})`,
  },
});

export const CONTRACT_LABELS = defineLabels({
  fields: {
    reference: 'Reference',
    title: 'Title',
    signedDate: 'Signed on',
    startDate: 'Start date',
    endDate: 'End or renewal date',
    autoRenew: 'Renews automatically',
    noticePeriodDays: 'Notice period (days)',
    documentUrl: 'Link to the signed document',
    breachNotificationHours: 'Breach notification within (hours)',
    clauses: 'Clauses',
    ...Object.fromEntries(CONTRACT_CLAUSES.map((clause) => [`clauses.${clause}`, CLAUSE_LABELS[clause]])),
  },
  values: { status: CONTRACT_STATUS_LABELS },
  describe: {
    // A contract's clauses read as what is missing: the one thing a reviewer looks for.
    clauses: (clauses: Record<ContractClause, boolean>) => {
      const missing = CONTRACT_CLAUSES.filter((clause) => !clauses[clause]);
      return missing.length
        ? `Missing: ${missing.map((c) => CLAUSE_LABELS[c]).join('; ')}`
        : 'All clauses present';
    },
    ...Object.fromEntries(CONTRACT_CLAUSES.map((clause) => [`clauses.${clause}`, yesNo])),
  },
});

export const REVIEW_LABELS = defineLabels({
  fields: {
    reviewDate: 'Review date',
    reviewer: 'Reviewer',
    findings: 'Findings',
    outcome: 'Outcome',
    remediationActions: 'Remediation actions',
    'remediationActions.description': 'what to do',
    'remediationActions.dueDate': 'due date',
  },
  rows: { remediationActions: 'Action' },
  values: { outcome: REVIEW_OUTCOME_LABELS },
  describe: {
    remediationActions: (a: { description: string; dueDate: string; done: boolean }) =>
      `${a.description} (due ${formatDate(a.dueDate)}${a.done ? ', done' : ''})`,
  },
});

export const REVIEW_CADENCE_LABELS = defineLabels({
  fields: {
    high: 'High tier (months)',
    medium: 'Medium tier (months)',
    low: 'Low tier (months)',
  },
});

/** A processor's history names its own fields and its contracts' and reviews' (their events are on it). */
export const PROCESSOR_HISTORY_LABELS = mergeLabels(REVIEW_LABELS, CONTRACT_LABELS, PROCESSOR_LABELS);
