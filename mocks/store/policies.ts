// The policies module's tables and the answers built from them: policies, their versions, acknowledgements and
// the last reminder each person got. Where a person stands is computed per request from the acknowledgements of
// the policy's current major version (one pass over them, then one over the people): the 5,000 people of the
// large seed and their history answer in a few milliseconds, with nothing cached that a write could leave stale.
import type { components } from '@/shared/api/schema';
import type { Role } from '@/shared/auth/permissions';
import {
  acknowledgementStatus,
  isInAudience,
  isInTeam,
  versionNumber,
} from '@/features/policies/model/rules';
import type {
  AcknowledgementStatus,
  PolicyInput,
  PolicyVersionInput,
} from '@/features/policies/model/schemas';
import { utcTodayIso } from '@/shared/model/dates';
import { Collection } from './collection';
import { accounts, defineTable, people } from './db';
import { serverMessages } from '../i18n/server-messages';

type Schemas = components['schemas'];
type Person = Schemas['Person'];
export type Policy = Schemas['Policy'];
export type PolicyVersion = Schemas['PolicyVersion'];
export type PolicyListItem = Schemas['PolicyListItem'];
export type PolicyAcknowledgement = Schemas['PolicyAcknowledgement'];
export type PolicyPerson = Schemas['PolicyPerson'];
export type CompletionCounts = Schemas['CompletionCounts'];
type VersionSummary = Schemas['PolicyVersionSummary'];

export interface PolicyRecord extends PolicyInput {
  id: string;
  status: Policy['status'];
  retiredAt: string | null;
  version: number;
  createdAt: string;
  updatedAt: string;
}

export interface VersionRecord extends PolicyVersionInput {
  id: string;
  policyId: string;
  major: number;
  minor: number;
  status: PolicyVersion['status'];
  textHash: string | null;
  publishedAt: string | null;
  publishedBy: string | null;
  dueDate: string | null;
  version: number;
  createdAt: string;
}

export interface AcknowledgementRecord {
  /** `ack:<versionId>:<personId>`: one per person and version, which is what makes acknowledging idempotent. */
  id: string;
  policyId: string;
  versionId: string;
  major: number;
  number: string;
  personId: string;
  acknowledgedAt: string;
  textHash: string;
}

/** The last reminder a person got about a policy: `<policyId>:<personId>`. */
export interface ReminderRecord {
  id: string;
  policyId: string;
  personId: string;
  at: string;
}

const STATUS_ORDER = { draft: 0, published: 1, retired: 2 } as const;

export const policies = defineTable(
  'policies',
  new Collection<PolicyRecord>({
    sortKeys: {
      title: (p) => p.title.toLowerCase(),
      category: (p) => p.category,
      status: (p) => STATUS_ORDER[p.status],
      updatedAt: (p) => p.updatedAt,
    },
    defaultSort: { key: 'title', descending: false },
  }),
);
export const policyVersions = defineTable('policyVersions', new Collection<VersionRecord>());
export const policyAcknowledgements = defineTable(
  'policyAcknowledgements',
  new Collection<AcknowledgementRecord>({
    sortKeys: { acknowledgedAt: (a) => a.acknowledgedAt },
    defaultSort: { key: 'acknowledgedAt', descending: true },
  }),
);
export const policyReminders = defineTable('policyReminders', new Collection<ReminderRecord>());

export const todayIso = utcTodayIso;
export const acknowledgementId = (versionId: string, personId: string) => `ack:${versionId}:${personId}`;

export function versionsOf(policyId: string): VersionRecord[] {
  return [...policyVersions.all()]
    .filter((v) => v.policyId === policyId)
    .sort((a, b) => b.major - a.major || b.minor - a.minor);
}

/** The published version people are asked to acknowledge, if any (none for a draft or retired policy). */
export function currentVersion(policy: PolicyRecord, versions = versionsOf(policy.id)) {
  if (policy.status !== 'published') return undefined;
  return versions.find((v) => v.status === 'published');
}

/** The latest version published, current or superseded: what a new version's number follows. */
export function lastPublished(versions: VersionRecord[]) {
  return versions.find((v) => v.status !== 'draft');
}

/**
 * The due date of a version's major: set when the major version was published; a minor version keeps it, so a
 * person who had not acknowledged 2.0 by its date is still overdue on 2.1.
 */
export function summaryOf(version: VersionRecord): VersionSummary {
  return {
    id: version.id,
    number: versionNumber(version),
    major: version.major,
    effectiveDate: version.effectiveDate,
    dueDate: version.dueDate,
  };
}

export function rolesOf(personId: string): Role[] {
  return accounts.get(personId)?.roles ?? ['staff'];
}

export function personInAudience(person: Person, policy: Pick<PolicyRecord, 'audience'>) {
  return isInAudience(person, rolesOf(person.id), policy.audience);
}

/** Everyone a policy's audience names (who is asked once it is published). */
export function audienceOf(policy: Pick<PolicyRecord, 'audience'>): Person[] {
  return [...people.all()].filter((person) => personInAudience(person, policy));
}

/** Per person, their latest acknowledgement of the given major version of a policy. */
export function acknowledgementsOfMajor(policyId: string, major: number) {
  const latest = new Map<string, AcknowledgementRecord>();
  for (const ack of policyAcknowledgements.all()) {
    if (ack.policyId !== policyId || ack.major !== major) continue;
    const known = latest.get(ack.personId);
    if (!known || known.acknowledgedAt < ack.acknowledgedAt) latest.set(ack.personId, ack);
  }
  return latest;
}

/** Per policy, per person, their latest acknowledgement of that policy's current major: one pass for a list. */
function acknowledgementsByPolicy(currentMajor: Map<string, number>) {
  const byPolicy = new Map<string, Map<string, AcknowledgementRecord>>();
  for (const ack of policyAcknowledgements.all()) {
    if (currentMajor.get(ack.policyId) !== ack.major) continue;
    let latest = byPolicy.get(ack.policyId);
    if (!latest) byPolicy.set(ack.policyId, (latest = new Map()));
    const known = latest.get(ack.personId);
    if (!known || known.acknowledgedAt < ack.acknowledgedAt) latest.set(ack.personId, ack);
  }
  return byPolicy;
}

/** Who counts for a caller: everyone for an officer, the manager's department for a manager. */
export type Scope = { kind: 'all' } | { kind: 'team'; department: string };

export function inScope(person: Person, scope: Scope) {
  return scope.kind === 'all' || isInTeam(person, scope);
}

export interface Standing {
  person: Person;
  status: AcknowledgementStatus;
  acknowledgement: AcknowledgementRecord | undefined;
}

/** Where each person of the audience (within the scope) stands on the policy's current version. */
export function standings(policy: PolicyRecord, current: VersionRecord, scope: Scope, today = todayIso()) {
  const acks = acknowledgementsOfMajor(policy.id, current.major);
  const result: Standing[] = [];
  for (const person of people.all()) {
    if (!inScope(person, scope) || !personInAudience(person, policy)) continue;
    const acknowledgement = acks.get(person.id);
    result.push({
      person,
      acknowledgement,
      status: acknowledgementStatus(acknowledgement?.major, current, today),
    });
  }
  return result;
}

export const emptyCounts = (): CompletionCounts => ({ total: 0, acknowledged: 0, pending: 0, overdue: 0 });

export function countInto(counts: CompletionCounts, status: AcknowledgementStatus) {
  counts.total += 1;
  counts[status] += 1;
}

export function toVersion(record: VersionRecord, acknowledgements?: number): PolicyVersion {
  return {
    ...record,
    number: versionNumber(record),
    ...(acknowledgements !== undefined && { acknowledgements }),
  };
}

export function ownerName(ownerId: string) {
  return people.get(ownerId)?.name ?? serverMessages.ref('person.unknown');
}

/**
 * A policy as answered; each version's acknowledgements counted within the caller's scope (a manager's team
 * sees their team's, beside their team's completion, not the company's).
 */
export function toPolicy(
  record: PolicyRecord,
  { withDrafts = true, scope = { kind: 'all' } as Scope } = {},
): Policy {
  const versions = versionsOf(record.id);
  const counts = new Map<string, number>();
  for (const ack of policyAcknowledgements.all()) {
    if (ack.policyId !== record.id) continue;
    if (scope.kind === 'team') {
      const person = people.get(ack.personId);
      if (!person || !inScope(person, scope)) continue;
    }
    counts.set(ack.versionId, (counts.get(ack.versionId) ?? 0) + 1);
  }
  const current = currentVersion(record, versions);
  return {
    ...record,
    ownerName: ownerName(record.ownerId),
    current: current ? summaryOf(current) : null,
    versions: versions
      .filter((v) => withDrafts || v.status !== 'draft')
      .map((v) => toVersion(v, counts.get(v.id) ?? 0)),
  };
}

/** The list's rows, with the completion of each current version in the caller's scope. */
export function toListItems(records: PolicyRecord[], scope: Scope, today = todayIso()): PolicyListItem[] {
  const versionsByPolicy = new Map<string, VersionRecord[]>();
  for (const version of policyVersions.all()) {
    const list = versionsByPolicy.get(version.policyId) ?? [];
    list.push(version);
    versionsByPolicy.set(version.policyId, list);
  }
  const currents = new Map<string, VersionRecord>();
  for (const record of records) {
    const versions = (versionsByPolicy.get(record.id) ?? []).sort(
      (a, b) => b.major - a.major || b.minor - a.minor,
    );
    const current = currentVersion(record, versions);
    if (current) currents.set(record.id, current);
  }
  const acks = acknowledgementsByPolicy(new Map([...currents].map(([id, v]) => [id, v.major])));
  const counts = new Map([...currents.keys()].map((id) => [id, emptyCounts()]));
  const everyone = [...people.all()].filter((person) => inScope(person, scope));
  for (const record of records) {
    const current = currents.get(record.id);
    if (!current) continue;
    const latest = acks.get(record.id);
    const tally = counts.get(record.id)!;
    for (const person of everyone) {
      if (!personInAudience(person, record)) continue;
      countInto(tally, acknowledgementStatus(latest?.get(person.id)?.major, current, today));
    }
  }
  return records.map((record) => {
    const current = currents.get(record.id);
    return {
      id: record.id,
      title: record.title,
      ownerName: ownerName(record.ownerId),
      category: record.category,
      status: record.status,
      current: current ? summaryOf(current) : null,
      hasDraft: (versionsByPolicy.get(record.id) ?? []).some((v) => v.status === 'draft'),
      completion: counts.get(record.id) ?? null,
      updatedAt: record.updatedAt,
    };
  });
}

export function toAcknowledgement(record: AcknowledgementRecord): PolicyAcknowledgement {
  const person = people.get(record.personId);
  return {
    id: record.id,
    policyId: record.policyId,
    versionId: record.versionId,
    number: record.number,
    personId: record.personId,
    personName: person?.name ?? serverMessages.ref('person.unknown'),
    department: person?.department ?? '',
    acknowledgedAt: record.acknowledgedAt,
    textHash: record.textHash,
  };
}

export const reminderId = (policyId: string, personId: string) => `${policyId}:${personId}`;

export function policyInputOf(record: PolicyRecord): PolicyInput {
  return {
    title: record.title,
    ownerId: record.ownerId,
    category: record.category,
    audience: record.audience,
  };
}

export function versionInputOf(record: VersionRecord): PolicyVersionInput {
  return {
    kind: record.kind,
    effectiveDate: record.effectiveDate,
    summary: record.summary,
    text: record.text,
  };
}
