// What the complaints backend decides: which law's clock applies to a complainant, when each deadline falls and
// why, and which status may follow which. One table of response rules, each with its source. The mock backend
// imports these; the console shows their results (the basis of each deadline) rather than working them out again.
import type { components } from '@/shared/api/schema';
import { addDays, addMonths } from '@/shared/model/dates';
import { complaintsMessages } from '../i18n/messages';
import { calendarFor, isBusinessDay, isHoliday, type HolidayCalendar } from './holidays';
import { DUE_SOON_DAYS } from './due-soon';
import { EEA_COUNTRIES, regulatorNameRef } from './regulators';

type Schemas = components['schemas'];
type Jurisdiction = Schemas['ComplaintJurisdiction'];
type Status = Schemas['ComplaintStatus'];
type DeadlineKind = Schemas['DeadlineKind'];

export { DUE_SOON_DAYS };

/** The settings officers may change (GET/PUT /complaint-deadline-settings), and their defaults. */
export const DEFAULT_DEADLINE_SETTINGS = { acknowledgementBusinessDays: 5, defaultResponseDays: 30 };
export type DeadlineSettings = typeof DEFAULT_DEADLINE_SETTINGS;

export interface ResponseRule {
  /** The law, as the basis of a deadline names it (a message reference: translateMessage shows it). */
  law: string;
  /** The response period from receipt: calendar months, or calendar days. */
  period: { months: number } | { days: number } | 'setting';
  /** How much longer the law allows, with a recorded reason; none where it allows no extension. */
  extension: { months: number; source: string } | null;
  /** Where the rule comes from (a reference). */
  source: string;
  /** A deadline that lands on a weekend or public holiday moves to the next business day, and under what. */
  rollsForward: string | null;
}

const m = complaintsMessages.ref;

/** The one table of response deadlines. Its words are message references: each reader reads their language. */
export const RESPONSE_RULES: Record<Jurisdiction, ResponseRule> = {
  gdpr: {
    law: m('law.gdpr'),
    period: { months: 1 },
    extension: { months: 2, source: m('source.gdprExtension') },
    source: m('source.gdpr'),
    rollsForward: m('rollsForward.gdpr'),
  },
  uk_gdpr: {
    law: m('law.uk_gdpr'),
    period: { months: 1 },
    extension: { months: 2, source: m('source.ukGdprExtension') },
    source: m('source.uk_gdpr'),
    rollsForward: m('rollsForward.uk_gdpr'),
  },
  pipeda: {
    law: m('law.pipeda'),
    period: { days: 30 },
    extension: null,
    source: m('source.pipeda'),
    rollsForward: m('rollsForward.pipeda'),
  },
  quebec: {
    law: m('law.quebec'),
    period: { days: 30 },
    extension: null,
    source: m('source.quebec'),
    rollsForward: m('rollsForward.quebec'),
  },
  ccpa: {
    law: m('law.ccpa'),
    period: { days: 45 },
    extension: null,
    source: m('source.ccpa'),
    rollsForward: null,
  },
  other: {
    law: m('law.other'),
    period: 'setting',
    extension: null,
    source: m('source.other'),
    rollsForward: m('rollsForward.other'),
  },
};

/** The law whose clock applies, from where the complainant lives. */
export function jurisdictionOf(country: string, region: string | null): Jurisdiction {
  if (EEA_COUNTRIES.has(country)) return 'gdpr';
  if (country === 'GB') return 'uk_gdpr';
  if (country === 'CA') return region === 'QC' ? 'quebec' : 'pipeda';
  if (country === 'US' && region === 'CA') return 'ccpa';
  return 'other';
}

// ---------------------------------------------------------------------------------------------------------------
// Workflow

/** Which status may follow which through POST /transitions (escalation has its own endpoint). */
export const TRANSITIONS: Record<Status, readonly Status[]> = {
  received: ['acknowledged'],
  acknowledged: ['investigating'],
  investigating: ['resolved'],
  resolved: ['closed'],
  // With a regulator, the complainant is still owed the acknowledgement and the response (their clocks keep
  // running): both are recorded while the complaint stays escalated (see movesOf).
  escalated: ['acknowledged', 'resolved', 'closed'],
  closed: [],
};

/** A complaint can go to a regulator from any open status; a closed one is reopened by a new complaint. */
export const ESCALATABLE: readonly Status[] = ['received', 'acknowledged', 'investigating', 'resolved'];

/** What the workflow knows of a complaint to say which moves are open to it. */
export interface WorkflowFacts {
  status: Status;
  acknowledgedOn: string | null;
  resolution: unknown;
}

/**
 * The moves open to a complaint now. An escalated complaint may still record the acknowledgement (once) and
 * the response to the complainant (once) without leaving the regulator's hands, and may close.
 */
export function movesOf(complaint: WorkflowFacts): Status[] {
  return TRANSITIONS[complaint.status].filter(
    (to) =>
      complaint.status !== 'escalated' ||
      (to === 'acknowledged'
        ? complaint.acknowledgedOn === null
        : to === 'resolved'
          ? !complaint.resolution
          : true),
  );
}

export function mayMove(complaint: WorkflowFacts, to: Status) {
  return movesOf(complaint).includes(to);
}

/** The status a move leaves the complaint in: an escalated complaint stays escalated until it closes. */
export function statusAfter(from: Status, to: Status): Status {
  return from === 'escalated' && to !== 'closed' ? 'escalated' : to;
}

// ---------------------------------------------------------------------------------------------------------------
// Deadlines

const weekdayOf = (date: string) => new Date(`${date}T00:00:00Z`).getUTCDay();

const DAY_MS = 86_400_000;
/** A calendar date as a count of days since 1970-01-01 (a Thursday). */
const dayNumberOf = (date: string) =>
  Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10))) / DAY_MS;
/** Dates by day number, made once each: a few thousand days cover every complaint's clocks. */
const datesByDayNumber = new Map<number, string>();
function dateOfDayNumber(day: number) {
  let date = datesByDayNumber.get(day);
  if (date === undefined)
    datesByDayNumber.set(day, (date = new Date(day * DAY_MS).toISOString().slice(0, 10)));
  return date;
}

/**
 * `days` business days after `from`: weekends and the calendar's holidays skipped. Counted in day numbers, not
 * date strings: the large seed works out 20,000 of these as the mock starts, while a cold load waits for them,
 * and a string and a Date per day counted were most of that wait.
 */
export function addBusinessDays(from: string, days: number, calendar: HolidayCalendar | null) {
  let day = dayNumberOf(from);
  for (let counted = 0; counted < days;) {
    day += 1;
    const weekday = (((day + 4) % 7) + 7) % 7;
    if (weekday === 0 || weekday === 6) continue;
    if (calendar !== null && isHoliday(dateOfDayNumber(day), calendar)) continue;
    counted += 1;
  }
  return dateOfDayNumber(day);
}

/** The next business day on or after a date, and (explained) why it moved (null when it did not). */
function rollForward(
  date: string,
  calendar: HolidayCalendar | null,
  explain: boolean,
): { date: string; why: string | null } {
  if (isBusinessDay(date, calendar)) return { date, why: null };
  const why = !explain
    ? ''
    : isHoliday(date, calendar)
      ? m('basis.holiday', { date, calendar: m(`calendar.${calendar!}`) })
      : m('basis.weekend', { date, weekday: String(weekdayOf(date)) });
  let next = date;
  while (!isBusinessDay(next, calendar)) next = addDays(next, 1);
  return { date: next, why };
}

export interface DeadlineFacts {
  receivedDate: string;
  complainantCountry: string;
  complainantRegion: string | null;
  acknowledgedOn: string | null;
  extension: { reason: string; extendedOn: string } | null;
  resolution: { responseDate: string } | null;
  closure: { closedOn: string } | null;
  escalation: {
    regulatorId: string;
    regulatorReference: string | null;
    regulatorDeadline: string | null;
    /** The day the regulator's current deadline was recorded: a reply sent on or after it meets it. */
    deadlineSetOn: string | null;
    correspondence: { date: string; direction: 'in' | 'out' }[];
  } | null;
}

/** A deadline as the backend works it out; its status (overdue, due soon) depends on the day it is read. */
export interface StoredDeadline {
  kind: DeadlineKind;
  due: string;
  /** Why it falls when it does: a message reference (with its values), said in the reader's language. */
  basis: string;
  /** The day the act it asks for was done; null while it is not (a closing does not meet it). */
  metOn: string | null;
  /** The complaint closed on this day without the act done: the clock stopped there, unmet. */
  stoppedOn?: string | null;
}

/**
 * A deadline's clock without its sentence: what the backend keeps per complaint to sort and filter by (see
 * computeClocks). The sentence is worked out for the complaints an answer holds.
 */
export type DeadlineClock = Omit<StoredDeadline, 'basis'>;

/** The response period's end before any roll-forward: months land on the same day, or the month's last day. */
function responseEnd(
  received: string,
  rule: ResponseRule,
  settings: DeadlineSettings,
  extended: boolean,
  explain: boolean,
) {
  const period = rule.period === 'setting' ? { days: settings.defaultResponseDays } : rule.period;
  if ('months' in period) {
    const months = period.months + (extended && rule.extension ? rule.extension.months : 0);
    const end = addMonths(received, months);
    const clipped = Number(end.slice(8)) < Number(received.slice(8));
    return {
      end,
      words: explain
        ? m('basis.periodMonths', {
            months,
            clipped: clipped ? 'yes' : 'no',
            day: Number(received.slice(8)),
          })
        : '',
    };
  }
  return {
    end: addDays(received, period.days),
    words: explain ? m('basis.periodDays', { days: period.days }) : '',
  };
}

/**
 * Every deadline of a complaint with the sentence that explains it: acknowledgement (business days), the
 * response (the jurisdiction's rule, extended where allowed, moved off weekends and holidays where its law
 * says so), and the regulator's own deadline once one is involved. A deadline is met only by the act it asks
 * for; one not met when the complaint closes stops there, unmet (stoppedOn), and is never "met".
 */
export function computeDeadlines(facts: DeadlineFacts, settings: DeadlineSettings): StoredDeadline[] {
  return workOutDeadlines(facts, settings, true);
}

/**
 * The same deadlines without their sentences: what a complaint keeps (the mock's large seed works out 20,000
 * complaints' clocks as it starts, and their 60,000 sentences, each a message reference with its values, were
 * most of the memory and of the time a cold load of the list waited for).
 */
export function computeClocks(facts: DeadlineFacts, settings: DeadlineSettings): DeadlineClock[] {
  return workOutDeadlines(facts, settings, false);
}

/** Deadlines with their sentences (`explain`), or with `basis` left empty. */
function workOutDeadlines(facts: DeadlineFacts, settings: DeadlineSettings, explain: boolean) {
  const jurisdiction = jurisdictionOf(facts.complainantCountry, facts.complainantRegion);
  const rule = RESPONSE_RULES[jurisdiction];
  const calendar = calendarFor(facts.complainantCountry, facts.complainantRegion);
  const closedOn = facts.closure?.closedOn ?? null;
  const received = facts.receivedDate;
  const deadlines: StoredDeadline[] = [];
  const ending = (metOn: string | null) => ({ metOn, stoppedOn: metOn === null ? closedOn : null });

  const ackDays = settings.acknowledgementBusinessDays;
  deadlines.push({
    kind: 'acknowledgement',
    due: addBusinessDays(received, ackDays, calendar),
    basis: explain
      ? m('basis.acknowledgement', {
          days: ackDays,
          received,
          skipping: calendar ? m(`holidays.${calendar}`) : m('holidays.none'),
        })
      : '',
    ...ending(facts.acknowledgedOn),
  });

  const { end, words } = responseEnd(received, rule, settings, facts.extension !== null, explain);
  const rolled = rule.rollsForward ? rollForward(end, calendar, explain) : { date: end, why: null };
  const extension = facts.extension && rule.extension ? { ...facts.extension, ...rule.extension } : null;
  deadlines.push({
    kind: 'response',
    due: rolled.date,
    basis: explain
      ? m('basis.response', {
          period: words,
          received,
          law: rule.law,
          source: rule.source,
          extended: extension ? 'yes' : 'no',
          months: extension?.months ?? 0,
          extendedOn: extension?.extendedOn ?? '',
          extensionSource: extension?.source ?? '',
          reason: extension?.reason ?? '',
          rolled: rolled.why ? 'yes' : 'no',
          why: rolled.why ?? '',
          rollsForward: rule.rollsForward ?? '',
        })
      : '',
    ...ending(facts.resolution?.responseDate ?? null),
  });

  const escalation = facts.escalation;
  if (escalation?.regulatorDeadline) {
    const reply = escalation.deadlineSetOn
      ? escalation.correspondence
          .filter((c) => c.direction === 'out' && c.date >= escalation.deadlineSetOn!)
          .map((c) => c.date)
          .sort()[0]
      : undefined;
    deadlines.push({
      kind: 'regulator',
      due: escalation.regulatorDeadline,
      basis: explain
        ? m('basis.regulator', {
            regulator: regulatorNameRef(escalation.regulatorId),
            hasReference: escalation.regulatorReference ? 'yes' : 'no',
            reference: escalation.regulatorReference ?? '',
          })
        : '',
      ...ending(reply ?? null),
    });
  }
  return deadlines;
}

/** The earliest deadline still running (neither met nor stopped by the closing), or null. */
export function nextDeadlineOf<T extends DeadlineClock>(deadlines: T[]): T | null {
  let next: T | null = null;
  for (const deadline of deadlines) {
    if (deadline.metOn === null && !deadline.stoppedOn && (!next || deadline.due < next.due)) next = deadline;
  }
  return next;
}

export type DeadlineStatus = 'overdue' | 'due_soon' | 'on_track' | 'met';

/**
 * How a deadline stands on a day. A stopped one (the complaint closed without the act) stands as it did on
 * its closing day: overdue if it was already missed, never met.
 */
export function deadlineStatus(deadline: DeadlineClock, today: string): DeadlineStatus {
  if (deadline.metOn !== null) return 'met';
  const day = deadline.stoppedOn && deadline.stoppedOn < today ? deadline.stoppedOn : today;
  if (deadline.due < day) return 'overdue';
  if (deadline.due < addDays(day, DUE_SOON_DAYS)) return 'due_soon';
  return 'on_track';
}

/**
 * How a deadline reads on screen, finer than the API's status: met in time, met late (a warning, not a
 * success), or stopped at the closing without being met.
 */
export type DeadlineDisplay = DeadlineStatus | 'met_late' | 'stopped';

export function deadlineDisplay(
  deadline: { due: string; metOn: string | null; status: DeadlineStatus },
  closedOn: string | null,
): DeadlineDisplay {
  if (deadline.metOn !== null) return deadline.metOn > deadline.due ? 'met_late' : 'met';
  if (closedOn) return 'stopped';
  return deadline.status;
}

/**
 * The complaint's standing: its next open deadline's, or none when every deadline is met. `soon` is the first
 * day past "this week", worked out once by a caller that asks for thousands of complaints.
 */
export function complaintDeadlineStatus(
  nextDue: string | null,
  today: string,
  soon = addDays(today, DUE_SOON_DAYS),
) {
  if (nextDue === null) return 'none' as const;
  if (nextDue < today) return 'overdue' as const;
  if (nextDue < soon) return 'due_soon' as const;
  return 'on_track' as const;
}

/** Whether the complainant's law allows the response deadline to be extended. */
export function extensionAllowed(country: string, region: string | null) {
  return RESPONSE_RULES[jurisdictionOf(country, region)].extension !== null;
}
