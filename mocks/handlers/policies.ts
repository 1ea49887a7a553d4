// Policies & acknowledgements: the library and publishing (officers), completion, reminders and evidence
// (officers for everyone, managers for their own team), and every employee's own policies to read and
// acknowledge. The rules live in src/features/policies/model/rules.ts; this file applies them to the tables.
import { HttpResponse } from 'msw';
import type { components } from '@/shared/api/schema';
import { hasPermission, type Role } from '@/shared/auth/permissions';
import { defaultDueDate, TEAM_RULE, versionNumber, nextVersionNumber } from '@/features/policies/model/rules';
import {
  ACKNOWLEDGEMENT_STATUSES,
  AUDIENCE_ROLES,
  POLICY_CATEGORIES,
  POLICY_STATUSES,
  policyInputSchema,
  policyVersionInputSchema,
  publishInputSchema,
  type PolicyInput,
} from '@/features/policies/model/schemas';
import { sha256Hex } from '@/features/policies/model/text-hash';
import { newId, notifyWrite, people, sites } from '../store/db';
import {
  acknowledgementId,
  acknowledgementsOfMajor,
  audienceOf,
  countInto,
  currentVersion,
  emptyCounts,
  inScope,
  lastPublished,
  personInAudience,
  policies,
  policyAcknowledgements,
  policyReminders,
  policyVersions,
  reminderId,
  standings,
  summaryOf,
  toAcknowledgement,
  todayIso,
  toListItems,
  toPolicy,
  toVersion,
  versionsOf,
  type PolicyRecord,
  type Scope,
  type VersionRecord,
} from '../store/policies';
import '../seed/policies';
import { defineHistory, notify } from './base';
import { changedFields, fieldProblem, listParams, problem, readBody, recordAudit, type Caller } from './http';
import { defineResource } from './resource';
import { route } from './route';

type FieldError = components['schemas']['FieldError'];

defineHistory('policy', 'policies.manage');

const policyRecords = defineResource({
  table: policies,
  entityType: 'policy',
  notFound: 'There is no such policy.',
  answer: (record: PolicyRecord) => toPolicy(record),
});
const versionRecords = defineResource({
  table: policyVersions,
  entityType: 'policy',
  historyOf: (record) => record.policyId,
  notFound: 'There is no such policy version.',
  answer: (record: VersionRecord) => toVersion(record),
});

/** Officers see everyone; managers their own department (TEAM_RULE); anyone else is refused. */
function scopeOf(caller: Caller): Scope {
  if (hasPermission(caller.roles, 'policies.manage')) return { kind: 'all' };
  if (hasPermission(caller.roles, 'policies.team_completion')) {
    return { kind: 'team', department: caller.person.department };
  }
  throw problem(403, 'Forbidden', { detail: 'Your role does not permit this.' });
}

/** A policy a manager may see: a draft is the officers' business. */
function readablePolicy(id: string, scope: Scope): PolicyRecord {
  const policy = policyRecords.find(id);
  if (scope.kind === 'team' && policy.status === 'draft') {
    throw problem(404, 'Not found', { detail: 'There is no such policy.' });
  }
  return policy;
}

function enumParam<T extends string>(url: URL, name: string, values: readonly T[], errors: FieldError[]) {
  const value = url.searchParams.get(name);
  if (!value) return undefined;
  if (!(values as readonly string[]).includes(value)) {
    errors.push({ field: name, message: `Unknown ${name} “${value}”.` });
    return undefined;
  }
  return value as T;
}

/** 422 at the field for an owner who is not in the directory, or a department or site that does not exist. */
function checkReferences(input: PolicyInput) {
  if (!people.get(input.ownerId)) throw fieldProblem('ownerId', 'Choose the owner from the directory.');
  const departments = new Set([...people.all()].map((p) => p.department));
  const unknownDepartment = input.audience.departments.find((d) => !departments.has(d));
  if (unknownDepartment) {
    throw fieldProblem('audience.departments', `There is no department “${unknownDepartment}”.`);
  }
  const unknownSite = input.audience.siteIds.find((s) => !sites.get(s));
  if (unknownSite) throw fieldProblem('audience.siteIds', `There is no site “${unknownSite}”.`);
}

/** An audience that matches nobody asks nobody: refused when it is saved and when a version is published. */
function checkAudienceMatches(input: Pick<PolicyInput, 'audience'>) {
  if (audienceOf(input).length === 0) {
    throw fieldProblem(
      'audience',
      'Nobody matches this audience: choose departments, sites or roles that people are in.',
    );
  }
}

/** The version the caller is asked to acknowledge, or 404 when the policy is not asked of them. */
function myCurrent(policyId: string, caller: Caller) {
  const policy = policies.get(policyId);
  const current = policy && currentVersion(policy);
  if (!policy || !current || !personInAudience(caller.person, policy)) {
    throw problem(404, 'Not found', { detail: 'This policy is not asked of you.' });
  }
  return { policy, current };
}

function myAcknowledgement(policyId: string, major: number, personId: string) {
  let latest;
  for (const ack of policyAcknowledgements.all()) {
    if (ack.policyId !== policyId || ack.personId !== personId || ack.major !== major) continue;
    if (!latest || latest.acknowledgedAt < ack.acknowledgedAt) latest = ack;
  }
  return latest;
}

function lastReminder(policyId: string) {
  let latest: string | null = null;
  for (const reminder of policyReminders.all()) {
    if (reminder.policyId === policyId && (latest === null || reminder.at > latest)) latest = reminder.at;
  }
  return latest;
}

const STATUS_RANK = { overdue: 0, pending: 1, acknowledged: 2 } as const;

export const policyHandlers = [
  route('get', '/policies', 'signed-in', ({ caller, url }) => {
    const scope = scopeOf(caller);
    const { page, pageSize, sort, q } = listParams(url, (key) => policies.sortable(key));
    const errors: FieldError[] = [];
    const status = enumParam(url, 'status', POLICY_STATUSES, errors);
    const category = enumParam(url, 'category', POLICY_CATEGORIES, errors);
    if (errors.length) return problem(422, 'Validation failed', { errors });
    const result = policies.list({
      page,
      pageSize,
      sort,
      filter: (p) =>
        !(scope.kind === 'team' && p.status === 'draft') &&
        (!status || p.status === status) &&
        (!category || p.category === category) &&
        (!q || p.title.toLowerCase().includes(q)),
    });
    return HttpResponse.json({ ...result, items: toListItems(result.items, scope) });
  }),

  route('post', '/policies', 'policies.manage', async ({ caller, request }) => {
    const input = await readBody(request, policyInputSchema);
    checkReferences(input);
    checkAudienceMatches(input);
    const now = new Date().toISOString();
    const record = policyRecords.create(
      caller,
      {
        id: newId('pol'),
        ...input,
        status: 'draft',
        retiredAt: null,
        version: 1,
        createdAt: now,
        updatedAt: now,
      },
      { summary: `Added the policy “${input.title}”` },
    );
    return policyRecords.ok(record, 201);
  }),

  route('get', '/policies/:id', 'signed-in', ({ caller, params }) => {
    const scope = scopeOf(caller);
    const policy = readablePolicy(params.id, scope);
    return HttpResponse.json(toPolicy(policy, { withDrafts: scope.kind === 'all' }), {
      headers: { ETag: `"${policy.version}"` },
    });
  }),

  route('put', '/policies/:id', 'policies.manage', async ({ caller, request, params }) => {
    const before = policyRecords.forWrite(request, params.id);
    const input = await readBody(request, policyInputSchema);
    if (before.status === 'retired') {
      throw problem(409, 'Conflict', { detail: 'A retired policy cannot be changed.' });
    }
    checkReferences(input);
    checkAudienceMatches(input);
    const next = { ...before, ...input, updatedAt: new Date().toISOString() };
    const changes = changedFields(before, next, ['updatedAt', 'version']);
    const saved = policyRecords.save(caller, before, next, {
      summary: `Changed the policy “${input.title}”`,
      changes,
    });
    return policyRecords.ok(saved);
  }),

  route('post', '/policies/:id/retire', 'policies.manage', ({ caller, request, params }) => {
    const before = policyRecords.forWrite(request, params.id);
    if (before.status !== 'published') {
      throw problem(409, 'Conflict', {
        detail:
          before.status === 'retired'
            ? 'This policy is already retired.'
            : 'Only a published policy can be retired; a draft can simply be left unpublished.',
      });
    }
    const now = new Date().toISOString();
    const saved = policyRecords.save(
      caller,
      before,
      { ...before, status: 'retired', retiredAt: now, updatedAt: now },
      { summary: `Retired the policy “${before.title}”: it is asked of nobody now`, action: 'update' },
    );
    return policyRecords.ok(saved);
  }),

  route('post', '/policies/:id/versions', 'policies.manage', async ({ caller, request, params }) => {
    const policy = policyRecords.find(params.id);
    const input = await readBody(request, policyVersionInputSchema);
    if (policy.status === 'retired') {
      throw problem(409, 'Conflict', { detail: 'A retired policy gets no new versions.' });
    }
    const versions = versionsOf(policy.id);
    const draft = versions.find((v) => v.status === 'draft');
    if (draft) {
      throw problem(409, 'Conflict', {
        detail: `Version ${versionNumber(draft)} is still a draft: finish or change it first.`,
      });
    }
    const previous = lastPublished(versions);
    if (!previous && input.kind === 'minor') {
      throw fieldProblem(
        'kind',
        'The first version is a major one: everyone in the audience acknowledges it.',
      );
    }
    const { major, minor } = nextVersionNumber(previous, input.kind);
    const record = versionRecords.create(
      caller,
      {
        id: newId('polv'),
        policyId: policy.id,
        major,
        minor,
        ...input,
        status: 'draft',
        textHash: null,
        publishedAt: null,
        publishedBy: null,
        dueDate: null,
        version: 1,
        createdAt: new Date().toISOString(),
      },
      { summary: `Drafted version ${major}.${minor}` },
    );
    return versionRecords.ok(record, 201);
  }),

  route('get', '/policy-versions/:id', 'signed-in', ({ caller, params }) => {
    const version = versionRecords.find(params.id);
    // A draft is the officers' alone; a published or superseded text is meant to be read by anyone.
    if (version.status === 'draft' && !hasPermission(caller.roles, 'policies.manage')) {
      throw problem(404, 'Not found', { detail: 'There is no such policy version.' });
    }
    return versionRecords.ok(version);
  }),

  route('put', '/policy-versions/:id', 'policies.manage', async ({ caller, request, params }) => {
    const before = versionRecords.forWrite(request, params.id);
    const input = await readBody(request, policyVersionInputSchema);
    if (before.status !== 'draft') {
      throw problem(409, 'Conflict', {
        detail: `Version ${versionNumber(before)} is published: its text never changes. Start a new version.`,
      });
    }
    const previous = lastPublished(versionsOf(before.policyId));
    if (!previous && input.kind === 'minor') {
      throw fieldProblem(
        'kind',
        'The first version is a major one: everyone in the audience acknowledges it.',
      );
    }
    const { major, minor } = nextVersionNumber(previous, input.kind);
    const next = { ...before, ...input, major, minor };
    const saved = versionRecords.save(caller, before, next, {
      summary: `Changed draft version ${major}.${minor}`,
      changes: changedFields(before, next, ['version']).filter((c) => c.field !== 'text'),
    });
    return versionRecords.ok(saved);
  }),

  route('post', '/policy-versions/:id/publish', 'policies.manage', async ({ caller, request, params }) => {
    const before = versionRecords.forWrite(request, params.id);
    const { dueDate } = await readBody(request, publishInputSchema);
    const policy = policyRecords.find(before.policyId);
    if (policy.status === 'retired') {
      throw problem(409, 'Conflict', { detail: 'This policy is retired: nothing of it is published again.' });
    }
    if (before.status !== 'draft') {
      throw problem(409, 'Conflict', { detail: `Version ${versionNumber(before)} is already published.` });
    }
    const errors: FieldError[] = [];
    if (before.text.trim() === '') {
      errors.push({ field: 'text', message: 'Write the policy’s text before publishing it.' });
    }
    const versions = versionsOf(policy.id);
    const previous = lastPublished(versions);
    if (previous && before.effectiveDate < previous.effectiveDate) {
      errors.push({
        field: 'effectiveDate',
        message: `The effective date is before version ${versionNumber(previous)}’s (${previous.effectiveDate}).`,
      });
    }
    if (audienceOf(policy).length === 0) {
      errors.push({ field: 'audience', message: 'Nobody matches this policy’s audience: change it first.' });
    }
    if (errors.length) throw problem(422, 'Validation failed', { detail: errors[0]!.message, errors });

    const today = todayIso();
    const isMajor = before.minor === 0;
    // A minor version keeps its major version's due date: it asks nobody again.
    const due = isMajor ? (dueDate ?? defaultDueDate(today)) : (previous?.dueDate ?? null);
    const textHash = await sha256Hex(before.text);
    const now = new Date().toISOString();
    for (const version of versions) {
      if (version.status === 'published') policyVersions.replace({ ...version, status: 'superseded' });
    }
    const saved = versionRecords.save(
      caller,
      before,
      {
        ...before,
        status: 'published',
        textHash,
        publishedAt: now,
        publishedBy: caller.person.name,
        dueDate: due,
      },
      {
        summary: isMajor
          ? `Published version ${versionNumber(before)}: everyone in the audience acknowledges it by ${due}`
          : `Published minor version ${versionNumber(before)}: acknowledgements of ${before.major}.x still count`,
        action: 'update',
      },
    );
    policies.replace({ ...policy, status: 'published', updatedAt: now, version: policy.version + 1 });
    if (isMajor) {
      for (const person of audienceOf(policy)) {
        notify(
          person.id,
          `Please read and acknowledge “${policy.title}” ${versionNumber(before)} by ${due}.`,
          `/my-policies/${policy.id}`,
        );
      }
    }
    notifyWrite();
    return versionRecords.ok(saved);
  }),

  route('post', '/policy-versions/:id/acknowledgement', 'policies.acknowledge', ({ caller, params }) => {
    const version = policyVersions.get(params.id);
    if (!version) throw problem(404, 'Not found', { detail: 'There is no such policy version.' });
    const policy = policies.get(version.policyId)!;
    if (!personInAudience(caller.person, policy)) {
      throw problem(403, 'Forbidden', { detail: 'This policy is not asked of you.' });
    }
    // Idempotent: the record's id is the version and the person, so a second click or tab finds the first.
    const id = acknowledgementId(version.id, caller.person.id);
    const existing = policyAcknowledgements.get(id);
    if (existing) return HttpResponse.json(toAcknowledgement(existing), { status: 200 });
    if (policy.status === 'retired') {
      throw problem(409, 'Conflict', { detail: `“${policy.title}” is retired: it is asked of nobody now.` });
    }
    const current = currentVersion(policy);
    if (version.status !== 'published' || !current || current.id !== version.id) {
      throw problem(409, 'Conflict', {
        detail: current
          ? `Version ${versionNumber(version)} is no longer current: read version ${versionNumber(current)} and acknowledge that.`
          : 'This version is not published.',
        ...(current && { current: { versionId: current.id, number: versionNumber(current) } }),
      });
    }
    const record = policyAcknowledgements.insert({
      id,
      policyId: policy.id,
      versionId: version.id,
      major: version.major,
      number: versionNumber(version),
      personId: caller.person.id,
      acknowledgedAt: new Date().toISOString(),
      textHash: version.textHash!,
    });
    recordAudit(caller, {
      action: 'create',
      entityType: 'policy',
      entityId: policy.id,
      summary: `Acknowledged version ${record.number} (SHA-256 ${record.textHash.slice(0, 12)}…)`,
    });
    notifyWrite();
    return HttpResponse.json(toAcknowledgement(record), { status: 201 });
  }),

  route('get', '/policies/:id/completion', 'signed-in', ({ caller, params }) => {
    const scope = scopeOf(caller);
    const policy = readablePolicy(params.id, scope);
    const current = currentVersion(policy);
    const counts = emptyCounts();
    const departments = new Map<string, ReturnType<typeof emptyCounts>>();
    if (current) {
      for (const { person, status } of standings(policy, current, scope)) {
        countInto(counts, status);
        let tally = departments.get(person.department);
        if (!tally) departments.set(person.department, (tally = emptyCounts()));
        countInto(tally, status);
      }
    }
    return HttpResponse.json({
      policyId: policy.id,
      scope: scope.kind,
      team: scope.kind === 'team' ? scope.department : null,
      current: current ? summaryOf(current) : null,
      counts,
      departments: [...departments]
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([department, tally]) => ({ department, ...tally })),
      lastReminderAt: lastReminder(policy.id),
    });
  }),

  route('get', '/policies/:id/people', 'signed-in', ({ caller, params, url }) => {
    const scope = scopeOf(caller);
    const policy = readablePolicy(params.id, scope);
    const { page, pageSize, sort, q } = listParams(url, (key) => people.sortable(key));
    const errors: FieldError[] = [];
    const status = enumParam(url, 'status', ACKNOWLEDGEMENT_STATUSES, errors);
    if (errors.length) return problem(422, 'Validation failed', { errors });
    const department = url.searchParams.get('department') || undefined;
    const current = currentVersion(policy);
    if (!current) return HttpResponse.json({ items: [], total: 0, page, pageSize });
    const today = todayIso();
    const acks = acknowledgementsOfMajor(policy.id, current.major);
    const statusOf = (personId: string) =>
      acks.has(personId)
        ? 'acknowledged'
        : current.dueDate !== null && current.dueDate < today
          ? 'overdue'
          : 'pending';
    // The directory's own name order: a page of 5,000 people is a walk over it, not a sort.
    const result = people.list({
      page,
      pageSize,
      sort: sort ?? { key: 'name', descending: false },
      filter: (person) =>
        inScope(person, scope) &&
        (!department || person.department === department) &&
        (!q || person.name.toLowerCase().includes(q)) &&
        personInAudience(person, policy) &&
        (!status || statusOf(person.id) === status),
    });
    return HttpResponse.json({
      ...result,
      items: result.items.map((person) => {
        const ack = acks.get(person.id);
        return {
          personId: person.id,
          name: person.name,
          department: person.department,
          siteId: person.siteId,
          status: statusOf(person.id),
          acknowledgedNumber: ack?.number ?? null,
          acknowledgedAt: ack?.acknowledgedAt ?? null,
          remindedAt: policyReminders.get(reminderId(policy.id, person.id))?.at ?? null,
        };
      }),
    });
  }),

  route('post', '/policies/:id/reminders', 'signed-in', ({ caller, params }) => {
    const scope = scopeOf(caller);
    const policy = readablePolicy(params.id, scope);
    const current = currentVersion(policy);
    const overdue = current ? standings(policy, current, scope).filter((s) => s.status === 'overdue') : [];
    if (!current || overdue.length === 0) {
      throw problem(409, 'Conflict', {
        detail: scope.kind === 'team' ? `Nobody in your team is overdue. ${TEAM_RULE}` : 'Nobody is overdue.',
      });
    }
    const at = new Date().toISOString();
    for (const { person } of overdue) {
      const id = reminderId(policy.id, person.id);
      const reminder = { id, policyId: policy.id, personId: person.id, at };
      if (policyReminders.get(id)) policyReminders.replace(reminder);
      else policyReminders.insert(reminder);
      notify(
        person.id,
        `Reminder: “${policy.title}” ${versionNumber(current)} was due on ${current.dueDate}. Please read and acknowledge it.`,
        `/my-policies/${policy.id}`,
      );
    }
    recordAudit(caller, {
      action: 'update',
      entityType: 'policy',
      entityId: policy.id,
      summary: `Sent a reminder to ${overdue.length} ${overdue.length === 1 ? 'person' : 'people'} overdue on version ${versionNumber(current)}${scope.kind === 'team' ? ` (team: ${scope.department})` : ''}`,
    });
    notifyWrite();
    return HttpResponse.json({ sent: overdue.length, at });
  }),

  route('get', '/policies/:id/acknowledgements', 'signed-in', ({ caller, params, url }) => {
    const scope = scopeOf(caller);
    const policy = readablePolicy(params.id, scope);
    const { page, pageSize, isExport } = listParams(url, () => false);
    const result = policyAcknowledgements.list({
      page,
      pageSize,
      filter: (ack) => {
        if (ack.policyId !== policy.id) return false;
        if (scope.kind === 'all') return true;
        const person = people.get(ack.personId);
        return !!person && inScope(person, scope);
      },
    });
    if (isExport) {
      recordAudit(caller, {
        action: 'export',
        entityType: 'policy',
        entityId: policy.id,
        summary: `Exported page ${page} of ${Math.max(1, Math.ceil(result.total / pageSize))} of the acknowledgement evidence to CSV (${result.items.length} of ${result.total})`,
      });
      notifyWrite();
    }
    return HttpResponse.json({ ...result, items: result.items.map(toAcknowledgement) });
  }),

  route('get', '/policy-audience', 'policies.manage', ({ url }) => {
    const list = (name: string) => url.searchParams.getAll(name).filter(Boolean);
    const audience = {
      everyone: url.searchParams.get('everyone') === 'true',
      departments: list('departments'),
      siteIds: list('siteIds'),
      roles: list('roles').filter((role): role is Role => AUDIENCE_ROLES.includes(role as Role)),
    };
    const departments = [...new Set([...people.all()].map((p) => p.department))].sort((a, b) =>
      a.localeCompare(b),
    );
    return HttpResponse.json({ departments, matches: audienceOf({ audience }).length });
  }),

  route('get', '/my-policies', 'policies.acknowledge', ({ caller }) => {
    const today = todayIso();
    const items = [];
    for (const policy of policies.all()) {
      const current = currentVersion(policy);
      if (!current || !personInAudience(caller.person, policy)) continue;
      const ack = myAcknowledgement(policy.id, current.major, caller.person.id);
      items.push({
        policyId: policy.id,
        title: policy.title,
        category: policy.category,
        current: summaryOf(current),
        status: ack
          ? ('acknowledged' as const)
          : current.dueDate !== null && current.dueDate < today
            ? ('overdue' as const)
            : ('pending' as const),
        acknowledgement: ack ? toAcknowledgement(ack) : null,
      });
    }
    items.sort((a, b) => STATUS_RANK[a.status] - STATUS_RANK[b.status] || a.title.localeCompare(b.title));
    return HttpResponse.json({ items });
  }),

  route('get', '/my-policies/:id', 'policies.acknowledge', ({ caller, params }) => {
    const { policy, current } = myCurrent(params.id, caller);
    const ack = myAcknowledgement(policy.id, current.major, caller.person.id);
    // What the person acknowledged last, of any major version: the text to compare the current one with.
    let lastAck;
    for (const candidate of policyAcknowledgements.all()) {
      if (candidate.policyId !== policy.id || candidate.personId !== caller.person.id) continue;
      if (!lastAck || lastAck.acknowledgedAt < candidate.acknowledgedAt) lastAck = candidate;
    }
    const acknowledgedVersion =
      lastAck && lastAck.versionId !== current.id ? policyVersions.get(lastAck.versionId) : undefined;
    const today = todayIso();
    return HttpResponse.json({
      policyId: policy.id,
      title: policy.title,
      category: policy.category,
      status: ack
        ? 'acknowledged'
        : current.dueDate !== null && current.dueDate < today
          ? 'overdue'
          : 'pending',
      version: toVersion(current),
      acknowledgement: ack ? toAcknowledgement(ack) : null,
      acknowledgedText: acknowledgedVersion?.text ?? null,
      acknowledgedNumber: acknowledgedVersion ? versionNumber(acknowledgedVersion) : null,
    });
  }),
];
