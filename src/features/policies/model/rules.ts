// What the backend decides about policies (the mock imports these): version numbers, who is asked, where each
// person stands, and what a manager's team is.
import type { components } from '@/shared/api/schema';
import type { Role } from '@/shared/auth/permissions';
import { addDays } from '@/shared/model/dates';

type Audience = components['schemas']['PolicyAudience'];
type AcknowledgementStatus = components['schemas']['AcknowledgementStatus'];
type Person = components['schemas']['Person'];

/** A major version must be acknowledged within this many days unless the officer chooses another date. */
export const DEFAULT_DUE_DAYS = 14;
/** The latest due date an officer may choose, in months from today. */
export const MAX_DUE_MONTHS = 12;
export const MAX_POLICY_TEXT = 50_000;
/**
 * A reminder goes to the overdue at most once in this many minutes (per policy and caller's scope): a second
 * click, or a second officer at the same moment, does not send everyone the same reminder twice.
 */
export const REMINDER_COOLDOWN_MINUTES = 60;

/** When the next reminder may go, after one sent at `lastAt` (ISO instant); null when one may go now. */
export function nextReminderAt(lastAt: string | null | undefined, now = new Date()): string | null {
  if (!lastAt) return null;
  const next = new Date(Date.parse(lastAt) + REMINDER_COOLDOWN_MINUTES * 60_000);
  return next > now ? next.toISOString() : null;
}

export const defaultDueDate = (today: string) => addDays(today, DEFAULT_DUE_DAYS);

/**
 * A manager's team is the people of the manager's own department (the directory has no reporting lines): what
 * a manager sees of completion, reminds and exports. Said on the manager's pages too (`team.rule`).
 */
export function isInTeam(person: Pick<Person, 'department'>, manager: Pick<Person, 'department'>) {
  return person.department === manager.department;
}

/**
 * Who must acknowledge a policy: everyone, or the people matching every list given (in one of the departments,
 * at one of the sites, holding one of the roles); an empty list does not narrow. Every employee holds `staff`.
 */
export function isInAudience(
  person: Pick<Person, 'department' | 'siteId'>,
  roles: readonly Role[],
  audience: Audience,
): boolean {
  if (audience.everyone) return true;
  if (audience.departments.length > 0 && !audience.departments.includes(person.department)) return false;
  if (audience.siteIds.length > 0 && !audience.siteIds.includes(person.siteId)) return false;
  if (audience.roles.length > 0 && !audience.roles.some((role) => roles.includes(role))) return false;
  return audience.departments.length + audience.siteIds.length + audience.roles.length > 0;
}

/**
 * The next version's number after the last published one: a major version starts the next whole number, a
 * minor one the next point of the current one. The first version is 1.0, whatever it is called.
 */
export function nextVersionNumber(
  lastPublished: { major: number; minor: number } | undefined,
  kind: 'major' | 'minor',
): { major: number; minor: number } {
  if (!lastPublished) return { major: 1, minor: 0 };
  return kind === 'major'
    ? { major: lastPublished.major + 1, minor: 0 }
    : { major: lastPublished.major, minor: lastPublished.minor + 1 };
}

export const versionNumber = (v: { major: number; minor: number }) => `${v.major}.${v.minor}`;

/**
 * Where a person stands on a policy's current version: an acknowledgement of any version of the current major
 * counts (a minor version does not ask again); without one, pending until the major version's due date,
 * overdue after it.
 */
export function acknowledgementStatus(
  acknowledgedMajor: number | undefined,
  current: { major: number; dueDate: string | null },
  today: string,
): AcknowledgementStatus {
  if (acknowledgedMajor === current.major) return 'acknowledged';
  return current.dueDate !== null && current.dueDate < today ? 'overdue' : 'pending';
}
