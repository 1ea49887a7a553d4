// The complaints module's words: how each value and field reads on screen, in history and in exports.
import { defineLabels, mergeLabels } from '@/shared/labels/record-labels';
import { countryName } from '@/shared/model/countries';
import { regulatorName } from './regulators';
import type {
  ComplaintChannel,
  ComplaintDeadlineStatus,
  ComplaintJurisdiction,
  ComplaintOutcome,
  ComplaintStatus,
  ComplaintSubject,
  CorrespondenceDirection,
  DeadlineKind,
} from './schemas';
import type { DeadlineStatus } from './rules';

export const STATUS_LABELS: Record<ComplaintStatus, string> = {
  received: 'Received',
  acknowledged: 'Acknowledged',
  investigating: 'Investigating',
  resolved: 'Resolved',
  escalated: 'Escalated',
  closed: 'Closed',
};
export const CHANNEL_LABELS: Record<ComplaintChannel, string> = {
  email: 'Email to the privacy office',
  web_form: 'Web form',
  phone: 'Phone',
  letter: 'Letter',
  regulator_referral: 'Referred by a regulator',
};
export const SUBJECT_LABELS: Record<ComplaintSubject, string> = {
  access_correction: 'Access or correction',
  deletion: 'Deletion',
  marketing_consent: 'Marketing and consent',
  cookies_tracking: 'Cookies and tracking',
  security_incident: 'Security incident',
  childrens_data: 'Children’s data',
  third_party_disclosure: 'Disclosure to third parties',
  other: 'Other',
};
export const JURISDICTION_LABELS: Record<ComplaintJurisdiction, string> = {
  gdpr: 'GDPR (EU/EEA)',
  uk_gdpr: 'UK GDPR',
  pipeda: 'PIPEDA (Canada)',
  quebec: 'Quebec (Law 25)',
  ccpa: 'California (CCPA)',
  other: 'Elsewhere (office default)',
};
export const OUTCOME_LABELS: Record<ComplaintOutcome, string> = {
  upheld: 'Upheld',
  partly_upheld: 'Partly upheld',
  not_upheld: 'Not upheld',
  withdrawn: 'Withdrawn by the complainant',
};
export const DEADLINE_STATUS_LABELS: Record<ComplaintDeadlineStatus, string> = {
  overdue: 'Overdue',
  due_soon: 'Due this week',
  on_track: 'On track',
  none: 'No open deadline',
};
export const DEADLINE_ITEM_STATUS_LABELS: Record<DeadlineStatus, string> = {
  overdue: 'Overdue',
  due_soon: 'Due this week',
  on_track: 'On track',
  met: 'Met',
};
export const DEADLINE_KIND_LABELS: Record<DeadlineKind, string> = {
  acknowledgement: 'Acknowledgement',
  response: 'Response to the complainant',
  regulator: 'Regulator’s deadline',
};
export const DIRECTION_LABELS: Record<CorrespondenceDirection, string> = {
  in: 'From the regulator',
  out: 'To the regulator',
};
/** What each move is called on its button and page. */
export const TRANSITION_ACTION_LABELS = {
  acknowledged: 'Record acknowledgement',
  investigating: 'Start investigating',
  resolved: 'Resolve',
  closed: 'Close',
} as const;

export const COMPLAINT_LABELS = defineLabels({
  fields: {
    reference: 'Reference',
    receivedDate: 'Received',
    channel: 'Channel',
    complainantName: 'Complainant',
    complainantContact: 'Complainant’s contact',
    complainantCountry: 'Country',
    complainantRegion: 'Province or state',
    jurisdiction: 'Jurisdiction',
    subject: 'Subject',
    description: 'Description',
    assigneeId: 'Assignee',
    processorIds: 'Processors concerned',
    status: 'Status',
    nextDeadline: 'Next deadline',
    deadlineStatus: 'Deadline',
    regulatorId: 'Regulator',
    regulatorCase: 'Regulator’s case',
    'regulatorCase.regulatorId': 'Referring regulator',
    'regulatorCase.regulatorReference': 'Regulator’s reference',
    'regulatorCase.regulatorDeadline': 'Regulator’s deadline',
    updatedAt: 'Last changed',
  },
  columns: { complainantContact: 'Contact', complainantCountry: 'Where', receivedDate: 'Received' },
  values: {
    status: STATUS_LABELS,
    channel: CHANNEL_LABELS,
    subject: SUBJECT_LABELS,
    jurisdiction: JURISDICTION_LABELS,
    deadlineStatus: DEADLINE_STATUS_LABELS,
  },
  describe: {
    complainantCountry: (code: string) => countryName(code),
    regulatorId: (id: string) => regulatorName(id),
  },
});

export const TRANSITION_LABELS = defineLabels({
  fields: {
    to: 'Next status',
    date: 'Date',
    note: 'Note',
    outcome: 'Outcome',
    resolutionSummary: 'Resolution summary',
    responseDate: 'Response sent on',
    responseSummary: 'Response summary',
    reason: 'Reason for the extension',
  },
  values: { outcome: OUTCOME_LABELS, to: STATUS_LABELS },
});

export const ESCALATION_LABELS = defineLabels({
  fields: {
    regulatorId: 'Regulator',
    escalatedOn: 'Escalated on',
    regulatorReference: 'Regulator’s reference',
    regulatorDeadline: 'Regulator’s deadline',
    note: 'Note',
    date: 'Date',
    direction: 'Direction',
    summary: 'Summary',
    documentUrl: 'Link to the document',
  },
  values: { direction: DIRECTION_LABELS },
  describe: { regulatorId: (id: string) => regulatorName(id) },
});

export const DEADLINE_SETTINGS_LABELS = defineLabels({
  fields: {
    acknowledgementBusinessDays: 'Acknowledge within (business days)',
    defaultResponseDays: 'Default response period (days)',
  },
});

/** A complaint's history names its own fields, its workflow's and its escalation's. */
export const COMPLAINT_HISTORY_LABELS = mergeLabels(ESCALATION_LABELS, TRANSITION_LABELS, COMPLAINT_LABELS);
