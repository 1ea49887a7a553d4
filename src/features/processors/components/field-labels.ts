// Field names as people read them: for the forms' error summaries and conflict dialogs, and for the processor's
// history (whose audit events name processor, contract and review fields). Kept apart from the form components so
// the processor page can use them without loading the forms.
import { CLAUSE_LABELS, CONTRACT_CLAUSES } from '../schemas';

/** Rows a form's repeatable sections (locations, sub-processors, actions) may have. */
export const MAX_ROWS = 50;

export const PROCESSOR_FIELD_LABELS: Record<string, string> = {
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
  subProcessors: 'Sub-processors',
  ...Object.fromEntries(
    Array.from({ length: MAX_ROWS }, (_, i) => [
      [`locations.${i}.country`, `Location ${i + 1}: country`],
      [`locations.${i}.transferMechanism`, `Location ${i + 1}: transfer mechanism`],
      [`subProcessors.${i}.name`, `Sub-processor ${i + 1}: name`],
      [`subProcessors.${i}.service`, `Sub-processor ${i + 1}: service`],
      [`subProcessors.${i}.country`, `Sub-processor ${i + 1}: country`],
    ]).flat(),
  ),
};

export const CONTRACT_FIELD_LABELS: Record<string, string> = {
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
};

export const REVIEW_FIELD_LABELS: Record<string, string> = {
  reviewDate: 'Review date',
  reviewer: 'Reviewer',
  findings: 'Findings',
  outcome: 'Outcome',
  remediationActions: 'Remediation actions',
  ...Object.fromEntries(
    Array.from({ length: MAX_ROWS }, (_, i) => [
      [`remediationActions.${i}.description`, `Action ${i + 1}: what to do`],
      [`remediationActions.${i}.dueDate`, `Action ${i + 1}: due date`],
    ]).flat(),
  ),
};

export const HISTORY_FIELD_LABELS: Record<string, string> = {
  ...REVIEW_FIELD_LABELS,
  ...CONTRACT_FIELD_LABELS,
  ...PROCESSOR_FIELD_LABELS,
};
