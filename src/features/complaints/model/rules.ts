// What the complaints backend decides: which law's clock applies to a complainant, when each deadline falls and
// why, and which status may follow which. One table of response rules, each with its source. The mock backend
// imports these; the console shows their results (the basis of each deadline) rather than working them out again.
import type { components } from '@/shared/api/schema';
import { addDays, addMonths } from '@/shared/model/dates';
import { calendarFor, HOLIDAY_CALENDARS, isBusinessDay, isHoliday, type HolidayCalendar } from './holidays';
import { EEA_COUNTRIES } from './regulators';

type Schemas = components['schemas'];
type Jurisdiction = Schemas['ComplaintJurisdiction'];
type Status = Schemas['ComplaintStatus'];
type DeadlineKind = Schemas['DeadlineKind'];

/** A deadline within this many days (today included) is "due this week". */
export const DUE_SOON_DAYS = 7;

/** The settings officers may change (GET/PUT /complaint-deadline-settings), and their defaults. */
export const DEFAULT_DEADLINE_SETTINGS = { acknowledgementBusinessDays: 5, defaultResponseDays: 30 };
export type DeadlineSettings = typeof DEFAULT_DEADLINE_SETTINGS;

export interface ResponseRule {
  /** The law, as the basis of a deadline names it. */
  law: string;
  /** The response period from receipt: calendar months, or calendar days. */
  period: { months: number } | { days: number } | 'setting';
  /** How much longer the law allows, with a recorded reason; none where it allows no extension. */
  extension: { months: number; source: string } | null;
  source: string;
  /** A deadline that lands on a weekend or public holiday moves to the next business day, and under what. */
  rollsForward: string | null;
}

/** The one table of response deadlines. */
export const RESPONSE_RULES: Record<Jurisdiction, ResponseRule> = {
  gdpr: {
    law: 'the GDPR',
    period: { months: 1 },
    extension: { months: 2, source: 'GDPR Art. 12(3): by two further months where necessary' },
    source: 'GDPR Art. 12(3)',
    rollsForward: 'Regulation (EEC, Euratom) No 1182/71, Art. 3(4)',
  },
  uk_gdpr: {
    law: 'the UK GDPR',
    period: { months: 1 },
    extension: { months: 2, source: 'UK GDPR Art. 12(3): by two further months where necessary' },
    source: 'UK GDPR Art. 12(3)',
    rollsForward: 'the ICO’s guidance on calculating time limits',
  },
  pipeda: {
    law: 'PIPEDA',
    period: { days: 30 },
    extension: null,
    source: 'PIPEDA s. 8(3)',
    rollsForward: 'Interpretation Act (Canada), s. 26',
  },
  quebec: {
    law: 'Quebec’s Law 25',
    period: { days: 30 },
    extension: null,
    source:
      'Act respecting the protection of personal information in the private sector (as amended by Law 25), s. 32',
    rollsForward: 'Interpretation Act (Quebec), s. 52',
  },
  ccpa: {
    law: 'the CCPA',
    period: { days: 45 },
    extension: null,
    source: 'Cal. Civ. Code § 1798.130(a)(2)',
    rollsForward: null,
  },
  other: {
    law: 'the office’s default',
    period: 'setting',
    extension: null,
    source: 'privacy office setting (no law in the table applies)',
    rollsForward: 'office practice',
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
  escalated: ['closed'],
  closed: [],
};

/** A complaint can go to a regulator from any open status; a closed one is reopened by a new complaint. */
export const ESCALATABLE: readonly Status[] = ['received', 'acknowledged', 'investigating', 'resolved'];

export function mayTransition(from: Status, to: Status) {
  return TRANSITIONS[from].includes(to);
}

// ---------------------------------------------------------------------------------------------------------------
// Deadlines

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

/** '2026-03-05' -> 'Mar 5, 2026'; by hand: the large seed works out 60,000 of these. */
export function shortDate(date: string) {
  const [year, month, day] = date.split('-');
  return `${MONTHS[Number(month) - 1]} ${Number(day)}, ${year}`;
}

const weekdayOf = (date: string) => WEEKDAYS[new Date(`${date}T00:00:00Z`).getUTCDay()]!;

function calendarWords(calendar: HolidayCalendar | null) {
  return calendar
    ? `${HOLIDAY_CALENDARS[calendar]}’s public holidays`
    : 'weekends (no holiday calendar known here)';
}

/** `days` business days after `from`: weekends and the calendar's holidays skipped. */
export function addBusinessDays(from: string, days: number, calendar: HolidayCalendar | null) {
  let date = from;
  for (let counted = 0; counted < days;) {
    date = addDays(date, 1);
    if (isBusinessDay(date, calendar)) counted += 1;
  }
  return date;
}

/** The next business day on or after a date, and why it moved (null when it did not). */
function rollForward(date: string, calendar: HolidayCalendar | null): { date: string; why: string | null } {
  if (isBusinessDay(date, calendar)) return { date, why: null };
  const why = isHoliday(date, calendar)
    ? `a public holiday (${HOLIDAY_CALENDARS[calendar!]})`
    : `a ${weekdayOf(date)}`;
  let next = date;
  while (!isBusinessDay(next, calendar)) next = addDays(next, 1);
  return { date: next, why: `${shortDate(date)} is ${why}` };
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
    regulatorName: string;
    regulatorReference: string | null;
    regulatorDeadline: string | null;
    /** The day the regulator's current deadline was recorded: a reply sent on or after it meets it. */
    deadlineSetOn: string | null;
    correspondence: { date: string; direction: 'in' | 'out' }[];
  } | null;
}

/** A deadline as the backend keeps it; its status (overdue, due soon) depends on the day it is read. */
export interface StoredDeadline {
  kind: DeadlineKind;
  due: string;
  basis: string;
  metOn: string | null;
}

/** The response period's end before any roll-forward: months land on the same day, or the month's last day. */
function responseEnd(received: string, rule: ResponseRule, settings: DeadlineSettings, extended: boolean) {
  const period = rule.period === 'setting' ? { days: settings.defaultResponseDays } : rule.period;
  if ('months' in period) {
    const months = period.months + (extended && rule.extension ? rule.extension.months : 0);
    const end = addMonths(received, months);
    const words = months === 1 ? 'One month' : `${months} months`;
    const clipped = Number(end.slice(8)) < Number(received.slice(8));
    return {
      end,
      words: `${words} from receipt${clipped ? ` (no ${Number(received.slice(8))}th that month: its last day)` : ''}`,
    };
  }
  return { end: addDays(received, period.days), words: `${period.days} days from receipt` };
}

/**
 * Every deadline of a complaint with the sentence that explains it: acknowledgement (business days), the
 * response (the jurisdiction's rule, extended where allowed, moved off weekends and holidays where its law
 * says so), and the regulator's own deadline once one is involved. A deadline is met by the act it asks for,
 * or stops at the complaint's closing.
 */
export function computeDeadlines(facts: DeadlineFacts, settings: DeadlineSettings): StoredDeadline[] {
  const jurisdiction = jurisdictionOf(facts.complainantCountry, facts.complainantRegion);
  const rule = RESPONSE_RULES[jurisdiction];
  const calendar = calendarFor(facts.complainantCountry, facts.complainantRegion);
  const closedOn = facts.closure?.closedOn ?? null;
  const received = facts.receivedDate;
  const deadlines: StoredDeadline[] = [];

  const ackDays = settings.acknowledgementBusinessDays;
  deadlines.push({
    kind: 'acknowledgement',
    due: addBusinessDays(received, ackDays, calendar),
    basis: `${ackDays} business ${ackDays === 1 ? 'day' : 'days'} from receipt on ${shortDate(received)}, skipping ${calendarWords(calendar)}: the office’s acknowledgement policy.`,
    metOn: facts.acknowledgedOn ?? closedOn,
  });

  const { end, words } = responseEnd(received, rule, settings, facts.extension !== null);
  const rolled = rule.rollsForward ? rollForward(end, calendar) : { date: end, why: null };
  const extended =
    facts.extension && rule.extension
      ? ` Extended by ${rule.extension.months} months on ${shortDate(facts.extension.extendedOn)} (${rule.extension.source}): ${facts.extension.reason}`
      : '';
  deadlines.push({
    kind: 'response',
    due: rolled.date,
    basis: `${words} on ${shortDate(received)} under ${rule.law} (${rule.source}).${extended}${
      rolled.why ? ` ${rolled.why}, so it moves to the next business day (${rule.rollsForward}).` : ''
    }`,
    metOn: facts.resolution?.responseDate ?? closedOn,
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
      basis: `Set by the ${escalation.regulatorName.replace(/^the /i, '')}${
        escalation.regulatorReference ? ` (reference ${escalation.regulatorReference})` : ''
      }; met by our reply to it.`,
      metOn: reply ?? closedOn,
    });
  }
  return deadlines;
}

/** The earliest deadline not yet met, or null. */
export function nextDeadlineOf<T extends StoredDeadline>(deadlines: T[]): T | null {
  let next: T | null = null;
  for (const deadline of deadlines) {
    if (deadline.metOn === null && (!next || deadline.due < next.due)) next = deadline;
  }
  return next;
}

export type DeadlineStatus = 'overdue' | 'due_soon' | 'on_track' | 'met';

export function deadlineStatus(deadline: StoredDeadline, today: string): DeadlineStatus {
  if (deadline.metOn !== null) return 'met';
  if (deadline.due < today) return 'overdue';
  if (deadline.due < addDays(today, DUE_SOON_DAYS)) return 'due_soon';
  return 'on_track';
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
