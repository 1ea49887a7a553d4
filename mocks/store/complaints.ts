// The complaints module's tables: complaints (20,000 in the large seed) and the deadline settings. Each record
// keeps its deadlines' clocks as worked out at its last write (the rules of features/complaints/model/rules.ts),
// and the due date of its next open one, so a list can sort and filter 20,000 complaints by their clock; what
// depends on today (overdue, due this week) is computed per request from those dates, and the sentence that
// explains each deadline for the complaints an answer holds only.
import type { components } from '@/shared/api/schema';
import { utcTodayIso } from '@/shared/model/dates';
import {
  complaintDeadlineStatus,
  computeClocks,
  computeDeadlines,
  deadlineStatus,
  DEFAULT_DEADLINE_SETTINGS,
  jurisdictionOf,
  nextDeadlineOf,
  type DeadlineClock,
  type DeadlineSettings,
} from '@/features/complaints/model/rules';
import type { ComplaintInput } from '@/features/complaints/model/schemas';
import { Collection } from './collection';
import { defineTable, people } from './db';
import { processors } from './processors';
import { maskContact } from '../handlers/http';
import { complaintsServerMessages } from '../i18n/complaints-messages';

type Schemas = components['schemas'];
export type Complaint = Schemas['Complaint'];
export type ComplaintListItem = Schemas['ComplaintListItem'];
type Actor = Schemas['Actor'];

export interface CorrespondenceRecord {
  id: string;
  date: string;
  direction: 'in' | 'out';
  summary: string;
  documentUrl: string | null;
  recordedAt: string;
  recordedBy: Actor;
}

export interface EscalationRecord {
  regulatorId: string;
  regulatorName: string;
  referral: boolean;
  escalatedOn: string;
  regulatorReference: string | null;
  regulatorDeadline: string | null;
  deadlineSetOn: string | null;
  correspondence: CorrespondenceRecord[];
}

export interface ComplaintRecord extends ComplaintInput {
  id: string;
  version: number;
  reference: string;
  status: Schemas['ComplaintStatus'];
  acknowledgedOn: string | null;
  extension: { reason: string; extendedOn: string; by: Actor } | null;
  resolution: Exclude<Complaint['resolution'], null> | null;
  closure: { closedOn: string; note: string | null } | null;
  escalation: EscalationRecord | null;
  transitions: Complaint['transitions'];
  createdAt: string;
  updatedAt: string;
  // Derived at each write (see withDeadlines):
  jurisdiction: Schemas['ComplaintJurisdiction'];
  /** Without their sentences: answerDeadlines works those out for what it answers. */
  deadlines: DeadlineClock[];
  nextDue: string | null;
  /** Lower-cased reference, complainant's name and the regulator's reference, for search. */
  searchText: string;
}

type SettingsRecord = DeadlineSettings & { id: string; version: number; updatedAt: string };

const STATUS_ORDER = { received: 0, acknowledged: 1, investigating: 2, escalated: 3, resolved: 4, closed: 5 };

export const complaints = defineTable(
  'complaints',
  new Collection<ComplaintRecord>({
    sortKeys: {
      reference: (c) => c.reference,
      receivedDate: (c) => c.receivedDate,
      status: (c) => STATUS_ORDER[c.status],
      subject: (c) => c.subject,
      complainantName: (c) => c.complainantName.toLowerCase(),
      // Nothing open sorts last, ascending: the officer's "what is due first" order.
      nextDeadline: (c) => c.nextDue ?? '9999-12-31',
      updatedAt: (c) => c.updatedAt,
    },
    defaultSort: { key: 'nextDeadline', descending: false },
  }),
);
export const SETTINGS_ID = 'complaint-deadline-settings';
export const complaintSettings = defineTable('complaintSettings', new Collection<SettingsRecord>());

/** The backend's day (UTC), from which overdue and due this week are measured. */
export const todayIso = utcTodayIso;

export function currentSettings(): SettingsRecord {
  return (
    complaintSettings.get(SETTINGS_ID) ?? {
      id: SETTINGS_ID,
      ...DEFAULT_DEADLINE_SETTINGS,
      version: 1,
      updatedAt: new Date(0).toISOString(),
    }
  );
}

/**
 * Recomputes what a complaint keeps of its rules: jurisdiction, deadlines, the next one, its search text.
 *
 * Every field is written out, in one order, rather than spread from `complaint`: a spread of records built in
 * different places gave each of the large seed's 20,000 complaints a hidden class (V8 map) of its own, so every
 * property read while filtering or sorting them missed V8's caches (a filtered page took 15 ms, the seed twice
 * what it takes now). One literal makes them share one.
 */
export function withDeadlines(
  complaint: Omit<ComplaintRecord, 'jurisdiction' | 'deadlines' | 'nextDue' | 'searchText'>,
  settings: DeadlineSettings = currentSettings(),
): ComplaintRecord {
  const deadlines = computeClocks(complaint, settings);
  return {
    id: complaint.id,
    version: complaint.version,
    reference: complaint.reference,
    receivedDate: complaint.receivedDate,
    channel: complaint.channel,
    complainantName: complaint.complainantName,
    complainantContact: complaint.complainantContact,
    complainantCountry: complaint.complainantCountry,
    complainantRegion: complaint.complainantRegion,
    subject: complaint.subject,
    description: complaint.description,
    assigneeId: complaint.assigneeId,
    processorIds: complaint.processorIds,
    status: complaint.status,
    acknowledgedOn: complaint.acknowledgedOn,
    extension: complaint.extension,
    resolution: complaint.resolution,
    closure: complaint.closure,
    escalation: complaint.escalation,
    transitions: complaint.transitions,
    createdAt: complaint.createdAt,
    updatedAt: complaint.updatedAt,
    jurisdiction: jurisdictionOf(complaint.complainantCountry, complaint.complainantRegion),
    deadlines,
    nextDue: nextDeadlineOf(deadlines)?.due ?? null,
    searchText: [
      complaint.reference,
      complaint.complainantName,
      complaint.escalation?.regulatorReference ?? '',
    ]
      .join('\n')
      .toLowerCase(),
  };
}

/** After the settings change: every complaint's clocks move. */
export function refreshAllDeadlines() {
  const settings = currentSettings();
  complaints.load([...complaints.all()].map((complaint) => withDeadlines(complaint, settings)));
}

/** The next reference of a year: CMP-2026-0012 follows the highest of 2026. */
export function nextReference(year: string) {
  const prefix = `CMP-${year}-`;
  let highest = 0;
  for (const complaint of complaints.all()) {
    if (complaint.reference.startsWith(prefix))
      highest = Math.max(highest, Number(complaint.reference.slice(prefix.length)));
  }
  return `${prefix}${String(highest + 1).padStart(4, '0')}`;
}

function answerDeadlines(record: ComplaintRecord, today: string) {
  // With their sentences, worked out again for this complaint: the same deadlines as its clocks (the settings
  // they were worked out with are the current ones: a change of settings works out every complaint again).
  // As the API has them: when a deadline stopped at the closing is the backend's to know (its status).
  const deadlines = computeDeadlines(record, currentSettings()).map((d) => ({
    kind: d.kind,
    due: d.due,
    basis: d.basis,
    metOn: d.metOn,
    status: deadlineStatus(d, today),
  }));
  return { deadlines, nextDeadline: nextDeadlineOf(deadlines) };
}

export function toListItem(record: ComplaintRecord, today = todayIso()): ComplaintListItem {
  const { deadlines } = answerDeadlines(record, today);
  const next = nextDeadlineOf(record.deadlines);
  const nextDeadline = next ? (deadlines.find((d) => d.kind === next.kind) ?? null) : null;
  return {
    id: record.id,
    version: record.version,
    reference: record.reference,
    receivedDate: record.receivedDate,
    channel: record.channel,
    complainantName: record.complainantName,
    complainantContactMasked: maskContact(record.complainantContact),
    complainantCountry: record.complainantCountry,
    complainantRegion: record.complainantRegion,
    jurisdiction: record.jurisdiction,
    subject: record.subject,
    assigneeId: record.assigneeId,
    assigneeName: record.assigneeId ? (people.get(record.assigneeId)?.name ?? null) : null,
    status: record.status,
    regulatorId: record.escalation?.regulatorId ?? null,
    regulatorName: record.escalation?.regulatorName ?? null,
    regulatorReference: record.escalation?.regulatorReference ?? null,
    deadlines,
    nextDeadline,
    deadlineStatus: complaintDeadlineStatus(record.nextDue, today),
    createdAt: record.createdAt,
    updatedAt: record.updatedAt,
  };
}

/** The complaint as the API answers it: the complainant's contact masked here too (see /reveals). */
export function toComplaint(record: ComplaintRecord, today = todayIso()): Complaint {
  const escalation = record.escalation;
  return {
    ...toListItem(record, today),
    description: record.description,
    processorIds: record.processorIds,
    processors: record.processorIds.map((id) => ({
      id,
      name: processors.get(id)?.name ?? complaintsServerMessages.ref('processor.gone'),
    })),
    acknowledgedOn: record.acknowledgedOn,
    extension: record.extension,
    resolution: record.resolution,
    closure: record.closure,
    escalation: escalation && {
      regulatorId: escalation.regulatorId,
      regulatorName: escalation.regulatorName,
      referral: escalation.referral,
      escalatedOn: escalation.escalatedOn,
      regulatorReference: escalation.regulatorReference,
      regulatorDeadline: escalation.regulatorDeadline,
      correspondence: escalation.correspondence,
    },
    transitions: record.transitions,
  };
}

/** The fields of a complaint as its form submits them, for audit diffs. */
export function complaintInputOf(record: ComplaintRecord): ComplaintInput {
  return {
    receivedDate: record.receivedDate,
    channel: record.channel,
    complainantName: record.complainantName,
    complainantContact: record.complainantContact,
    complainantCountry: record.complainantCountry,
    complainantRegion: record.complainantRegion,
    subject: record.subject,
    description: record.description,
    assigneeId: record.assigneeId,
    processorIds: record.processorIds,
  };
}
