// The complaints module's words: how each value and field reads on screen, in history and in exports, in the
// active language (the complaints catalog). Read them where they are shown: each lookup is a translation.
import { defineLabels, mergeLabels } from '@/shared/labels/record-labels';
import { countryName } from '@/shared/model/countries';
import { complaintsMessages } from '../i18n/messages';
import { regulatorName } from './regulators';
import {
  COMPLAINT_CHANNELS,
  COMPLAINT_STATUSES,
  COMPLAINT_SUBJECTS,
  DEADLINE_STATUSES,
  DIRECTIONS,
  JURISDICTIONS,
  OUTCOMES,
  TRANSITION_TARGETS,
  type ComplaintChannel,
  type ComplaintDeadlineStatus,
  type ComplaintJurisdiction,
  type ComplaintOutcome,
  type ComplaintStatus,
  type ComplaintSubject,
  type CorrespondenceDirection,
  type DeadlineKind,
  type TransitionTarget,
} from './schemas';
import type { DeadlineDisplay } from './rules';

type Key = Parameters<typeof complaintsMessages.t>[0];

/**
 * The labels of a set of codes, read in the active language on each lookup: `STATUS_LABELS.received` is
 * "Received" or "Reçue" as the language is when it is read (never fixed at module load).
 */
function codeLabels<Code extends string>(prefix: string, codes: readonly Code[]): Record<Code, string> {
  const say = (code: string) => complaintsMessages.t(`${prefix}.${code}` as Key);
  const known = (code: string | symbol): code is Code => codes.includes(code as Code);
  return new Proxy({} as Record<Code, string>, {
    get: (_target, code) => (known(code) ? say(code) : undefined),
    has: (_target, code) => known(code),
    ownKeys: () => [...codes],
    getOwnPropertyDescriptor: (_target, code) =>
      known(code) ? { value: say(code), enumerable: true, configurable: true, writable: false } : undefined,
  });
}

export const STATUS_LABELS = codeLabels<ComplaintStatus>('value.status', COMPLAINT_STATUSES);
export const CHANNEL_LABELS = codeLabels<ComplaintChannel>('value.channel', COMPLAINT_CHANNELS);
export const SUBJECT_LABELS = codeLabels<ComplaintSubject>('value.subject', COMPLAINT_SUBJECTS);
export const JURISDICTION_LABELS = codeLabels<ComplaintJurisdiction>('value.jurisdiction', JURISDICTIONS);
export const OUTCOME_LABELS = codeLabels<ComplaintOutcome>('value.outcome', OUTCOMES);
export const DEADLINE_STATUS_LABELS = codeLabels<ComplaintDeadlineStatus>(
  'value.deadlineStatus',
  DEADLINE_STATUSES,
);
/** How one deadline stands on screen: met in time, met late, stopped at the closing, or running. */
export const DEADLINE_ITEM_STATUS_LABELS = codeLabels<DeadlineDisplay>('value.deadlineItem', [
  'overdue',
  'due_soon',
  'on_track',
  'met',
  'met_late',
  'stopped',
]);
export const DEADLINE_KIND_LABELS = codeLabels<DeadlineKind>('value.deadlineKind', [
  'acknowledgement',
  'response',
  'regulator',
]);
export const DIRECTION_LABELS = codeLabels<CorrespondenceDirection>('value.direction', DIRECTIONS);
/** What each move is called on its button and page. */
export const TRANSITION_ACTION_LABELS = codeLabels<TransitionTarget>('action', TRANSITION_TARGETS);

export const COMPLAINT_LABELS = defineLabels(complaintsMessages, (t) => ({
  fields: {
    reference: t('field.reference'),
    receivedDate: t('field.receivedDate'),
    channel: t('field.channel'),
    complainantName: t('field.complainantName'),
    complainantContact: t('field.complainantContact'),
    complainantCountry: t('field.complainantCountry'),
    complainantRegion: t('field.complainantRegion'),
    jurisdiction: t('field.jurisdiction'),
    subject: t('field.subject'),
    description: t('field.description'),
    assigneeId: t('field.assigneeId'),
    processorIds: t('field.processorIds'),
    status: t('field.status'),
    acknowledgedOn: t('field.acknowledgedOn'),
    nextDeadline: t('field.nextDeadline'),
    deadlineStatus: t('field.deadlineStatus'),
    regulatorId: t('field.regulatorId'),
    regulatorCase: t('field.regulatorCase'),
    'regulatorCase.regulatorId': t('field.regulatorCase.regulatorId'),
    'regulatorCase.regulatorReference': t('field.regulatorCase.regulatorReference'),
    'regulatorCase.regulatorDeadline': t('field.regulatorCase.regulatorDeadline'),
    updatedAt: t('field.updatedAt'),
  },
  columns: {
    complainantContact: t('column.complainantContact'),
    complainantCountry: t('column.complainantCountry'),
    receivedDate: t('column.receivedDate'),
  },
  values: {
    status: STATUS_LABELS,
    channel: CHANNEL_LABELS,
    subject: SUBJECT_LABELS,
    jurisdiction: JURISDICTION_LABELS,
    deadlineStatus: DEADLINE_STATUS_LABELS,
    outcome: OUTCOME_LABELS,
  },
  describe: {
    complainantCountry: (code: string) => countryName(code),
    regulatorId: (id: string) => regulatorName(id),
  },
}));

export const TRANSITION_LABELS = defineLabels(complaintsMessages, (t) => ({
  fields: {
    to: t('transitionField.to'),
    date: t('transitionField.date'),
    note: t('transitionField.note'),
    outcome: t('transitionField.outcome'),
    resolutionSummary: t('transitionField.resolutionSummary'),
    responseDate: t('transitionField.responseDate'),
    responseSummary: t('transitionField.responseSummary'),
    reason: t('transitionField.reason'),
  },
  values: { outcome: OUTCOME_LABELS, to: STATUS_LABELS },
}));

export const ESCALATION_LABELS = defineLabels(complaintsMessages, (t) => ({
  fields: {
    regulatorId: t('escalationField.regulatorId'),
    escalatedOn: t('escalationField.escalatedOn'),
    regulatorReference: t('escalationField.regulatorReference'),
    regulatorDeadline: t('escalationField.regulatorDeadline'),
    note: t('escalationField.note'),
    date: t('escalationField.date'),
    direction: t('escalationField.direction'),
    summary: t('escalationField.summary'),
    documentUrl: t('escalationField.documentUrl'),
  },
  values: { direction: DIRECTION_LABELS },
  describe: { regulatorId: (id: string) => regulatorName(id) },
}));

export const DEADLINE_SETTINGS_LABELS = defineLabels(complaintsMessages, (t) => ({
  fields: {
    acknowledgementBusinessDays: t('settingsField.acknowledgementBusinessDays'),
    defaultResponseDays: t('settingsField.defaultResponseDays'),
  },
}));

/** A complaint's history names its own fields, its workflow's and its escalation's. */
export const COMPLAINT_HISTORY_LABELS = mergeLabels(ESCALATION_LABELS, TRANSITION_LABELS, COMPLAINT_LABELS);
