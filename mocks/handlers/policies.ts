// Policies & acknowledgements: the library and publishing (officers), completion, reminders and evidence
// (officers for everyone, managers for their own team), and every employee's own policies to read and
// acknowledge. The rules live in src/features/policies/model/rules.ts; this file applies them to the tables.
import { HttpResponse } from 'msw';
import type { components } from '@/shared/api/schema';
import { hasPermission, type Role } from '@/shared/auth/permissions';
import {
  defaultDueDate,
  nextReminderAt,
  versionNumber,
  nextVersionNumber,
} from '@/features/policies/model/rules';
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
import { accounts, newId, notifyWrite, people, sites } from '../store/db';
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
import { LOCALES, type Language } from '@/shared/i18n/language';
import { policiesServerMessages as m } from '../i18n/policies-messages';
import { requestLanguage, say, serverMessages } from '../i18n/server-messages';
import { defineHistory, notify } from './base';
import { changedFields, fieldProblem, listParams, problem, readBody, recordAudit, type Caller } from './http';
import { defineResource } from './resource';
import { route } from './route';

type FieldError = components['schemas']['FieldError'];

/**
 * Text kept for a later reader: an audit summary. The mock's reader of the record history (GET /audit-events,
 * handlers/base.ts) does not say references yet, so it is said here, in the language of the request that wrote
 * it. Once that reader says what it reads, return `text` itself (a reference) and each reader gets their own.
 */
const kept = (text: string, request: Request) => say(text, requestLanguage(request));

/**
 * A notification's text, in its reader's language: the one they chose (PUT /preferences), else the language of
 * the request that sent it. Said here for the same reason as `kept`: GET /notifications does not say references
 * yet; once it does, pass the reference itself and each reader gets it in the language they read in then.
 */
function forReader(personId: string, text: string, request: Request) {
  return say(text, accounts.get(personId)?.language ?? requestLanguage(request));
}

/** A calendar date as the request's language writes it (as the console's formatDate does). */
function formatDay(day: string, language: Language) {
  const style = language === 'fr' ? 'short' : 'medium';
  return new Intl.DateTimeFormat(LOCALES[language], { dateStyle: style, timeZone: 'UTC' }).format(
    new Date(`${day}T00:00:00Z`),
  );
}

/** An instant's time of day (and date, unless today) as the request's language writes it. */
function formatAt(iso: string, language: Language) {
  const at = new Date(iso);
  const today = at.toDateString() === new Date().toDateString();
  return new Intl.DateTimeFormat(LOCALES[language], {
    ...(today ? {} : { dateStyle: language === 'fr' ? 'short' : 'medium' }),
    timeStyle: 'short',
  }).format(at);
}

/** 422 at the effective date when it is before the last published version's (said at the draft and at publishing). */
function effectiveDateProblem(
  effectiveDate: string,
  previous: VersionRecord | undefined,
  language: Language,
): FieldError | null {
  if (!previous || effectiveDate >= previous.effectiveDate) return null;
  return {
    field: 'effectiveDate',
    message: m.ref('version.effectiveBefore', {
      number: versionNumber(previous),
      date: formatDay(previous.effectiveDate, language),
    }),
  };
}

defineHistory('policy', 'policies.manage');

const policyRecords = defineResource({
  table: policies,
  entityType: 'policy',
  notFound: m.ref('notFound.policy'),
  answer: (record: PolicyRecord) => toPolicy(record),
});
const versionRecords = defineResource({
  table: policyVersions,
  entityType: 'policy',
  historyOf: (record) => record.policyId,
  notFound: m.ref('notFound.version'),
  answer: (record: VersionRecord) => toVersion(record),
});

/** Officers see everyone; managers their own department (TEAM_RULE); anyone else is refused. */
function scopeOf(caller: Caller): Scope {
  if (hasPermission(caller.roles, 'policies.manage')) return { kind: 'all' };
  if (hasPermission(caller.roles, 'policies.team_completion')) {
    return { kind: 'team', department: caller.person.department };
  }
  throw problem(403, 'Forbidden', { detail: serverMessages.ref('forbidden.role') });
}

/** A policy a manager may see: a draft is the officers' business. */
function readablePolicy(id: string, scope: Scope): PolicyRecord {
  const policy = policyRecords.find(id);
  if (scope.kind === 'team' && policy.status === 'draft') {
    throw problem(404, 'Not found', { detail: m.ref('notFound.policy') });
  }
  return policy;
}

function enumParam<T extends string>(url: URL, name: string, values: readonly T[], errors: FieldError[]) {
  const value = url.searchParams.get(name);
  if (!value) return undefined;
  if (!(values as readonly string[]).includes(value)) {
    errors.push({ field: name, message: m.ref('param.unknown', { name, value }) });
    return undefined;
  }
  return value as T;
}

/** 422 at the field for an owner who is not in the directory, or a department or site that does not exist. */
function checkReferences(input: PolicyInput) {
  if (!people.get(input.ownerId)) throw fieldProblem('ownerId', m.ref('owner.notInDirectory'));
  const departments = new Set([...people.all()].map((p) => p.department));
  const unknownDepartment = input.audience.departments.find((d) => !departments.has(d));
  if (unknownDepartment) {
    throw fieldProblem(
      'audience.departments',
      m.ref('department.unknown', { department: unknownDepartment }),
    );
  }
  const unknownSite = input.audience.siteIds.find((s) => !sites.get(s));
  if (unknownSite) throw fieldProblem('audience.siteIds', m.ref('site.unknown', { site: unknownSite }));
}

/** An audience that matches nobody asks nobody: refused when it is saved and when a version is published. */
function checkAudienceMatches(input: Pick<PolicyInput, 'audience'>) {
  if (audienceOf(input).length === 0) {
    throw fieldProblem('audience', m.ref('audience.nobody'));
  }
}

/** The version the caller is asked to acknowledge, or 404 when the policy is not asked of them. */
function myCurrent(policyId: string, caller: Caller) {
  const policy = policies.get(policyId);
  const current = policy && currentVersion(policy);
  if (!policy || !current || !personInAudience(caller.person, policy)) {
    throw problem(404, 'Not found', { detail: m.ref('notAskedOfYou') });
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

/** The last reminder about a policy to anyone within the caller's scope (a manager: their team's). */
function lastReminder(policyId: string, scope: Scope) {
  let latest: string | null = null;
  for (const reminder of policyReminders.all()) {
    if (reminder.policyId !== policyId || (latest !== null && reminder.at <= latest)) continue;
    const person = scope.kind === 'all' ? undefined : people.get(reminder.personId);
    if (scope.kind === 'all' || (person && inScope(person, scope))) latest = reminder.at;
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
      { summary: kept(m.ref('audit.added', { title: input.title }), request) },
    );
    return policyRecords.ok(record, 201);
  }),

  route('get', '/policies/:id', 'signed-in', ({ caller, params }) => {
    const scope = scopeOf(caller);
    const policy = readablePolicy(params.id, scope);
    return HttpResponse.json(toPolicy(policy, { withDrafts: scope.kind === 'all', scope }), {
      headers: { ETag: `"${policy.version}"` },
    });
  }),

  route('put', '/policies/:id', 'policies.manage', async ({ caller, request, params }) => {
    const before = policyRecords.forWrite(request, params.id);
    const input = await readBody(request, policyInputSchema);
    if (before.status === 'retired') {
      throw problem(409, 'Conflict', { detail: m.ref('retired.noChange') });
    }
    checkReferences(input);
    checkAudienceMatches(input);
    const next = { ...before, ...input, updatedAt: new Date().toISOString() };
    const changes = changedFields(before, next, ['updatedAt', 'version']);
    const saved = policyRecords.save(caller, before, next, {
      summary: kept(m.ref('audit.changed', { title: input.title }), request),
      changes,
    });
    return policyRecords.ok(saved);
  }),

  route('post', '/policies/:id/retire', 'policies.manage', ({ caller, request, params }) => {
    const before = policyRecords.forWrite(request, params.id);
    if (before.status !== 'published') {
      throw problem(409, 'Conflict', {
        detail: m.ref(before.status === 'retired' ? 'retire.already' : 'retire.draft'),
      });
    }
    const now = new Date().toISOString();
    const saved = policyRecords.save(
      caller,
      before,
      { ...before, status: 'retired', retiredAt: now, updatedAt: now },
      { summary: kept(m.ref('audit.retired', { title: before.title }), request), action: 'update' },
    );
    return policyRecords.ok(saved);
  }),

  route('post', '/policies/:id/versions', 'policies.manage', async ({ caller, request, params }) => {
    const policy = policyRecords.find(params.id);
    const input = await readBody(request, policyVersionInputSchema);
    if (policy.status === 'retired') {
      throw problem(409, 'Conflict', { detail: m.ref('retired.noVersions') });
    }
    const versions = versionsOf(policy.id);
    const draft = versions.find((v) => v.status === 'draft');
    if (draft) {
      throw problem(409, 'Conflict', {
        detail: m.ref('draft.exists', { number: versionNumber(draft) }),
      });
    }
    const previous = lastPublished(versions);
    if (!previous && input.kind === 'minor') throw fieldProblem('kind', m.ref('version.firstMajor'));
    // A draft that could never be published is said at once, at its field, not only at publishing.
    const early = effectiveDateProblem(input.effectiveDate, previous, requestLanguage(request));
    if (early) throw fieldProblem(early.field, early.message);
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
      { summary: kept(m.ref('audit.drafted', { number: `${major}.${minor}` }), request) },
    );
    return versionRecords.ok(record, 201);
  }),

  route('get', '/policy-versions/:id', 'signed-in', ({ caller, params }) => {
    const version = versionRecords.find(params.id);
    // A draft is the officers' alone; a published or superseded text is meant to be read by anyone.
    if (version.status === 'draft' && !hasPermission(caller.roles, 'policies.manage')) {
      throw problem(404, 'Not found', { detail: m.ref('notFound.version') });
    }
    return versionRecords.ok(version);
  }),

  route('put', '/policy-versions/:id', 'policies.manage', async ({ caller, request, params }) => {
    const before = versionRecords.forWrite(request, params.id);
    const input = await readBody(request, policyVersionInputSchema);
    if (before.status !== 'draft') {
      throw problem(409, 'Conflict', {
        detail: m.ref('version.publishedText', { number: versionNumber(before) }),
      });
    }
    const previous = lastPublished(versionsOf(before.policyId));
    if (!previous && input.kind === 'minor') throw fieldProblem('kind', m.ref('version.firstMajor'));
    const early = effectiveDateProblem(input.effectiveDate, previous, requestLanguage(request));
    if (early) throw fieldProblem(early.field, early.message);
    const { major, minor } = nextVersionNumber(previous, input.kind);
    const next = { ...before, ...input, major, minor };
    const saved = versionRecords.save(caller, before, next, {
      summary: kept(m.ref('audit.draftChanged', { number: `${major}.${minor}` }), request),
      changes: changedFields(before, next, ['version']).filter((c) => c.field !== 'text'),
    });
    return versionRecords.ok(saved);
  }),

  route('post', '/policy-versions/:id/publish', 'policies.manage', async ({ caller, request, params }) => {
    const before = versionRecords.forWrite(request, params.id);
    const { dueDate } = await readBody(request, publishInputSchema);
    const policy = policyRecords.find(before.policyId);
    if (policy.status === 'retired') {
      throw problem(409, 'Conflict', { detail: m.ref('retired.noPublish') });
    }
    if (before.status !== 'draft') {
      throw problem(409, 'Conflict', { detail: m.ref('publish.already', { number: versionNumber(before) }) });
    }
    const errors: FieldError[] = [];
    if (before.text.trim() === '') {
      errors.push({ field: 'text', message: m.ref('publish.noText') });
    }
    const versions = versionsOf(policy.id);
    const previous = lastPublished(versions);
    const early = effectiveDateProblem(before.effectiveDate, previous, requestLanguage(request));
    if (early) errors.push(early);
    if (audienceOf(policy).length === 0) {
      errors.push({ field: 'audience', message: m.ref('publish.nobody') });
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
        summary: kept(
          isMajor
            ? m.ref('audit.publishedMajor', { number: versionNumber(before), date: due })
            : m.ref('audit.publishedMinor', { number: versionNumber(before), major: before.major }),
          request,
        ),
        action: 'update',
      },
    );
    policies.replace({ ...policy, status: 'published', updatedAt: now, version: policy.version + 1 });
    if (isMajor) {
      for (const person of audienceOf(policy)) {
        notify(
          person.id,
          forReader(
            person.id,
            m.ref('notify.published', { title: policy.title, number: versionNumber(before), date: due }),
            request,
          ),
          `/my-policies/${policy.id}`,
        );
      }
    }
    notifyWrite();
    return versionRecords.ok(saved);
  }),

  route(
    'post',
    '/policy-versions/:id/acknowledgement',
    'policies.acknowledge',
    ({ caller, request, params }) => {
      const version = policyVersions.get(params.id);
      if (!version) throw problem(404, 'Not found', { detail: m.ref('notFound.version') });
      const policy = policies.get(version.policyId)!;
      if (!personInAudience(caller.person, policy)) {
        throw problem(403, 'Forbidden', { detail: m.ref('notAskedOfYou') });
      }
      // Idempotent: the record's id is the version and the person, so a second click or tab finds the first.
      const id = acknowledgementId(version.id, caller.person.id);
      const existing = policyAcknowledgements.get(id);
      if (existing) return HttpResponse.json(toAcknowledgement(existing), { status: 200 });
      if (policy.status === 'retired') {
        throw problem(409, 'Conflict', { detail: m.ref('ack.retired', { title: policy.title }) });
      }
      const current = currentVersion(policy);
      if (version.status !== 'published' || !current || current.id !== version.id) {
        throw problem(409, 'Conflict', {
          detail: current
            ? m.ref('ack.notCurrent', { number: versionNumber(version), current: versionNumber(current) })
            : m.ref('ack.notPublished'),
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
        summary: kept(
          m.ref('audit.acknowledged', { number: record.number, hash: record.textHash.slice(0, 12) }),
          request,
        ),
      });
      notifyWrite();
      return HttpResponse.json(toAcknowledgement(record), { status: 201 });
    },
  ),

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
      lastReminderAt: lastReminder(policy.id, scope),
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

  route('post', '/policies/:id/reminders', 'signed-in', ({ caller, request, params }) => {
    const scope = scopeOf(caller);
    const policy = readablePolicy(params.id, scope);
    const language = requestLanguage(request);
    const current = currentVersion(policy);
    const overdue = current ? standings(policy, current, scope).filter((s) => s.status === 'overdue') : [];
    if (!current || overdue.length === 0) {
      throw problem(409, 'Conflict', {
        detail:
          scope.kind === 'team'
            ? m.ref('remind.nobodyInTeam', { department: scope.department })
            : m.ref('remind.nobody'),
      });
    }
    // Once within the cooldown: a second click, or a second officer at the same moment, sends nothing again.
    const last = lastReminder(policy.id, scope);
    const next = nextReminderAt(last);
    if (last && next) {
      throw problem(409, 'Conflict', {
        detail: m.ref('remind.tooSoon', { at: formatAt(last, language), next: formatAt(next, language) }),
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
        forReader(
          person.id,
          m.ref('notify.reminder', {
            title: policy.title,
            number: versionNumber(current),
            date: current.dueDate,
          }),
          request,
        ),
        `/my-policies/${policy.id}`,
      );
    }
    recordAudit(caller, {
      action: 'update',
      entityType: 'policy',
      entityId: policy.id,
      summary: kept(
        scope.kind === 'team'
          ? m.ref('audit.remindedTeam', {
              count: overdue.length,
              number: versionNumber(current),
              department: scope.department,
            })
          : m.ref('audit.reminded', { count: overdue.length, number: versionNumber(current) }),
        request,
      ),
    });
    notifyWrite();
    return HttpResponse.json({ sent: overdue.length, at });
  }),

  route('get', '/policies/:id/acknowledgements', 'signed-in', ({ caller, request, params, url }) => {
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
        summary: kept(
          m.ref('audit.exported', {
            page,
            pages: Math.max(1, Math.ceil(result.total / pageSize)),
            count: result.items.length,
            total: result.total,
          }),
          request,
        ),
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
