// Session, people directory, sites, audit trail, reveals of masked data and notifications.
import { HttpResponse } from 'msw';
import { z } from 'zod';
import { hasPermission, type Permission } from '@/shared/auth/permissions';
import {
  accounts,
  auditEvents,
  mockConfig,
  newId,
  notifications,
  notifyWrite,
  people,
  sites,
} from '../store/db';
import { listParams, problem, readBody, recordAudit, recordAuditBy, type Caller } from './http';
import { requirePermission, route } from './route';
import { endSession, startSession } from './sessions';
import { requestLanguage, say, serverMessages } from '../i18n/server-messages';
import { fieldLabelRef } from '../i18n/field-labels';

const signInSchema = z.object({
  email: z.string().trim().min(1, serverMessages.ref('signIn.email')),
  password: z.string().min(1, serverMessages.ref('signIn.password')),
});

const revealSchema = z.object({
  entityType: z.string().min(1),
  entityId: z.string().min(1),
  field: z.string().min(1),
  reason: z.string().trim().max(500, serverMessages.ref('reveal.reasonLength')).optional(),
});

interface Revealable {
  permission: Permission;
  read: (entityId: string) => string | null | undefined;
  /** Access-logging rules want a reason for some data (a visitor's or complainant's contact): 422 without. */
  reasonRequired?: boolean;
  /** Refuses (throws a 403) a caller who holds the permission but not this record (the desk's window). */
  mayReveal?: (caller: Caller, entityId: string) => void;
}
const revealables = new Map<string, Revealable>();

/** A module declares which of its masked fields may be revealed, to whom, and how to read the clear value. */
export function defineRevealable(entityType: string, field: string, revealable: Revealable) {
  revealables.set(`${entityType}.${field}`, revealable);
}

/**
 * Which audit trails a role may read: the full trail for officers, a record's history for its readers.
 * `mayRead` narrows it further for callers without the full trail (e.g. an employee reads the history of
 * their own expected visitors only).
 */
const historyRules = new Map<
  string,
  { permission: Permission; mayRead?: (caller: Caller, entityId: string) => boolean }
>();
export function defineHistory(
  entityType: string,
  permission: Permission,
  mayRead?: (caller: Caller, entityId: string) => boolean,
) {
  historyRules.set(entityType, { permission, mayRead });
}

/** The permission a history query needs: its record type's, or the full trail's. */
function historyPermission(url: URL): Permission {
  const entityType = url.searchParams.get('entityType');
  const entityId = url.searchParams.get('entityId');
  const rule = entityType && entityId ? historyRules.get(entityType) : undefined;
  return rule?.permission ?? 'audit.read';
}

function sessionBody(personId: string, csrfToken: string) {
  const person = people.get(personId)!;
  const account = accounts.get(personId)!;
  return {
    user: {
      id: person.id,
      name: person.name,
      email: person.email,
      roles: account.roles,
      department: person.department,
      siteId: person.siteId,
      language: account.language ?? null,
    },
    csrfToken,
    idleTimeoutMinutes: mockConfig.idleTimeoutMinutes,
  };
}

export const baseHandlers = [
  route('get', '/session', 'signed-in', ({ caller }) =>
    HttpResponse.json(sessionBody(caller.person.id, caller.session.csrfToken)),
  ),

  route('post', '/session', 'public', async ({ request }) => {
    const { email, password } = await readBody(request, signInSchema);
    const account = [...accounts.all()].find((a) => a.email.toLowerCase() === email.toLowerCase());
    if (!account || account.password !== password) {
      // Audited with the address as typed (never the password): repeated failures are how guessing shows.
      recordAuditBy(
        { id: 'not-signed-in', name: serverMessages.ref('audit.notSignedIn') },
        {
          action: 'sign_in_failed',
          entityType: 'account',
          entityId: account?.id ?? 'unknown',
          summary: serverMessages.ref('audit.signInFailed', { email: email.slice(0, 200) }),
        },
      );
      notifyWrite();
      return problem(401, 'Sign-in failed', { detail: serverMessages.ref('signIn.failed') });
    }
    const { session, headers } = startSession(request, account.id);
    const person = people.get(account.id)!;
    recordAuditBy(
      { id: person.id, name: person.name },
      {
        action: 'sign_in',
        entityType: 'account',
        entityId: person.id,
        summary: serverMessages.ref('audit.signedIn'),
      },
    );
    notifyWrite();
    return HttpResponse.json(sessionBody(account.id, session.csrfToken), { headers });
  }),

  // A write like any other: the session and its CSRF token, so another site cannot sign a person out.
  route('delete', '/session', 'signed-in', ({ request, caller }) => {
    const headers = endSession(request, caller.session);
    recordAudit(caller, {
      action: 'sign_out',
      entityType: 'account',
      entityId: caller.person.id,
      summary: serverMessages.ref('audit.signedOut'),
    });
    notifyWrite();
    return new HttpResponse(null, { status: 204, headers });
  }),

  route('get', '/people', 'signed-in', ({ url }) => {
    const { page, pageSize, q } = listParams(url, (key) => people.sortable(key));
    const ids = url.searchParams.get('ids')?.split(',').filter(Boolean);
    const idSet = ids ? new Set(ids) : undefined;
    const result = people.list({
      page,
      pageSize,
      filter: (person) =>
        (!idSet || idSet.has(person.id)) &&
        (!q || person.name.toLowerCase().includes(q) || person.email.toLowerCase().includes(q)),
    });
    return HttpResponse.json(result);
  }),

  route('get', '/sites', 'signed-in', () => HttpResponse.json({ items: [...sites.all()] })),

  // A record's history is readable by whoever may read the record; the whole trail by officers only.
  route('get', '/audit-events', historyPermission, ({ caller, request, url }) => {
    const entityType = url.searchParams.get('entityType');
    const entityId = url.searchParams.get('entityId');
    const rule = entityType && entityId ? historyRules.get(entityType) : undefined;
    if (
      rule?.mayRead &&
      entityId &&
      !hasPermission(caller.roles, 'audit.read') &&
      !rule.mayRead(caller, entityId)
    ) {
      throw problem(403, 'Forbidden', { detail: serverMessages.ref('forbidden.ownHistory') });
    }
    const { page, pageSize } = listParams(url, () => false);
    const result = auditEvents.list({
      page,
      pageSize,
      filter: entityType
        ? (e) => e.entityType === entityType && (!entityId || e.entityId === entityId)
        : undefined,
    });
    // Summaries are stored as message references: said in the reader's language.
    const language = requestLanguage(request);
    return HttpResponse.json({
      ...result,
      items: result.items.map((event) => ({ ...event, summary: say(event.summary, language) })),
    });
  }),

  route('post', '/reveals', 'signed-in', async ({ caller, request }) => {
    const body = await readBody(request, revealSchema);
    const revealable = revealables.get(`${body.entityType}.${body.field}`);
    if (!revealable)
      return problem(422, 'Validation failed', {
        errors: [{ field: 'field', message: serverMessages.ref('reveal.notRevealable') }],
      });
    requirePermission(caller.roles, revealable.permission);
    const value = revealable.read(body.entityId);
    if (value === undefined)
      return problem(404, 'Not found', { detail: serverMessages.ref('notFound.record') });
    revealable.mayReveal?.(caller, body.entityId);
    if (revealable.reasonRequired && !body.reason) {
      return problem(422, 'Validation failed', {
        errors: [{ field: 'reason', message: serverMessages.ref('reveal.reasonRequired') }],
      });
    }
    // On the record's own history, so the record's page shows who saw what, and why; the field by its label.
    const revealed = fieldLabelRef(body.entityType, body.field);
    recordAudit(caller, {
      action: 'reveal',
      entityType: body.entityType,
      entityId: body.entityId,
      // References: the trail says them in its reader's language.
      summary: body.reason
        ? serverMessages.ref('audit.revealedWithReason', {
            field: revealed,
            reason: body.reason,
            $refs: ['field'],
          })
        : serverMessages.ref('audit.revealed', { field: revealed, $refs: ['field'] }),
    });
    notifyWrite();
    return HttpResponse.json({ value });
  }),

  // Stored texts are references (or plain text): each is said in the reader's language.
  route('get', '/notifications', 'signed-in', ({ caller, request }) => {
    const language = requestLanguage(request);
    const mine = [...notifications.all()]
      .filter((n) => n.personId === caller.person.id)
      .sort((a, b) => (a.at < b.at ? 1 : -1))
      .slice(0, 50);
    return HttpResponse.json({
      items: mine.map(({ personId: _personId, subject: _subject, ...notification }) => ({
        ...notification,
        message: say(notification.message, language),
      })),
      unread: mine.filter((n) => !n.read).length,
    });
  }),

  route('post', '/notifications/:id/read', 'signed-in', ({ caller, params }) => {
    const notification = notifications.get(params.id);
    if (!notification || notification.personId !== caller.person.id) return problem(404, 'Not found');
    notifications.replace({ ...notification, read: true });
    notifyWrite();
    return new HttpResponse(null, { status: 204 });
  }),
];

/**
 * Tells a person something in the console (e.g. a host that their visitor has arrived). The message is a
 * reference (`<module>Messages.ref` / `serverMessages.ref`), said in the person's language when they read it.
 */
export function notify(personId: string, message: string, link?: string, subject?: string) {
  notifications.insert({
    id: newId('note'),
    personId,
    at: new Date().toISOString(),
    message,
    link,
    read: false,
    ...(subject && { subject }),
  });
}
