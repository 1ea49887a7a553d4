// Issue 12, least privilege and audit gaps: the desk's history window, masked personal data in every answer
// and in audit changes, bulk reads and exports audited whatever the client says, notifications purged with
// the visit, and the session's own audit trail. Through the typed client; every answer is checked against the
// contract by the test setup.
import { api, ifMatch, setCsrfToken, unwrap } from '@/shared/api/client';
import { auditEvents, notifications, sessions } from '../../mocks/store/db';
import { say } from '../../mocks/i18n/server-messages';
import { indexed, visits } from '../../mocks/store/visits';
import { processors } from '../../mocks/store/processors';
import { failure, signInAs } from '../setup/render';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from '../setup/demo-accounts';

const DAY = 86_400_000;

// Stored summaries are message references (said in the reader's language when the trail is read): in English here.
const events = (action: string) =>
  [...auditEvents.all()]
    .filter((e) => e.action === action)
    .map((e) => ({ ...e, summary: say(e.summary, 'en') }));

/** A stored visit that ended between `fromDays` and `toDays` days ago. */
function visitEnded(fromDays: number, toDays: number) {
  const now = Date.now();
  const found = [...visits.all()].find(
    (v) =>
      v.checkedOutMs !== null && v.checkedOutMs < now - fromDays * DAY && v.checkedOutMs > now - toDays * DAY,
  );
  if (!found) throw new Error(`no visit ended ${fromDays}-${toDays} days ago in the seed`);
  return found;
}

describe("the security desk's history window", () => {
  it('lists only visits on site or ended within the window (default 7 days) to the desk; all to officers', async () => {
    await signInAs('desk');
    const mine = unwrap(await api.GET('/api/v1/visits', { params: { query: { pageSize: 500 } } }));
    const start = Date.now() - 7 * DAY;
    expect(mine.items.length).toBeGreaterThan(0);
    expect(mine.items.every((v) => v.checkedOutAt === null || Date.parse(v.checkedOutAt) >= start)).toBe(
      true,
    );
    // An explicit date range does not reach past it either.
    const old = visits.get('visit-past-1')!;
    const day = new Date(old.checkedInMs).toISOString().slice(0, 10);
    const dated = unwrap(await api.GET('/api/v1/visits', { params: { query: { from: day, to: day } } }));
    expect(dated.items.map((v) => v.id)).not.toContain('visit-past-1');
    await signInAs('officer');
    const all = unwrap(await api.GET('/api/v1/visits', { params: { query: { pageSize: 500 } } }));
    expect(all.total).toBeGreaterThan(mine.total);
  });

  it('refuses the desk an older visit, its record history, the export events and every contact reveal', async () => {
    const old = visitEnded(10, 60);
    const recent = visits.get('visit-past-2')!; // ended yesterday
    await signInAs('desk');
    expect((await failure(api.GET('/api/v1/visits/{id}', { params: { path: { id: old.id } } }))).status).toBe(
      403,
    );
    const oldHistory = await failure(
      api.GET('/api/v1/audit-events', { params: { query: { entityType: 'visit', entityId: old.id } } }),
    );
    expect(oldHistory.status).toBe(403);
    expect(oldHistory.problem.detail).toMatch(/last 7 days/);
    expect(
      (
        await failure(
          api.GET('/api/v1/audit-events', {
            params: { query: { entityType: 'visit', entityId: 'history' } },
          }),
        )
      ).status,
    ).toBe(403);
    // Inside the window: the record and its history, but still no contact.
    expect(
      (await api.GET('/api/v1/visits/{id}', { params: { path: { id: recent.id } } })).response.status,
    ).toBe(200);
    expect(
      (
        await api.GET('/api/v1/audit-events', {
          params: { query: { entityType: 'visit', entityId: recent.id } },
        })
      ).response.status,
    ).toBe(200);
    for (const id of [recent.id, 'visit-onsite-1', old.id]) {
      const refused = await failure(
        api.POST('/api/v1/reveals', {
          body: { entityType: 'visit', entityId: id, field: 'contact', reason: 'Checking' },
        }),
      );
      expect(refused.status).toBe(403);
    }
    expect(events('reveal')).toEqual([]);
  });

  it('is set by the officer with If-Match and validation, audited, and applies at once', async () => {
    const old = visitEnded(10, 25);
    await signInAs('officer');
    const current = unwrap(await api.GET('/api/v1/visit-history-window'));
    expect(current.days).toBe(7);
    const put = (days: number, version?: number) =>
      api.PUT('/api/v1/visit-history-window', {
        params: { header: { 'If-Match': version === undefined ? '' : ifMatch(version) } },
        body: { days },
      });
    expect((await failure(put(30))).status).toBe(428);
    expect((await failure(put(30, current.version + 5))).status).toBe(412);
    const invalid = await failure(put(0, current.version));
    expect(invalid.status).toBe(422);
    expect(invalid.fieldErrors[0]?.field).toBe('days');
    expect((await failure(put(91, current.version))).status).toBe(422);
    const saved = unwrap(await put(30, current.version));
    expect(saved).toMatchObject({ days: 30, version: current.version + 1, updatedBy: { id: 'p-officer' } });
    const history = unwrap(
      await api.GET('/api/v1/audit-events', {
        params: { query: { entityType: 'visit-history-window', entityId: 'visit-history-window' } },
      }),
    );
    expect(history.items[0]).toMatchObject({
      action: 'update',
      changes: [{ field: 'days', from: 7, to: 30 }],
    });
    await signInAs('desk');
    expect(unwrap(await api.GET('/api/v1/visit-history-window')).days).toBe(30);
    expect((await api.GET('/api/v1/visits/{id}', { params: { path: { id: old.id } } })).response.status).toBe(
      200,
    );
    // The desk reads the setting, never changes it.
    expect((await failure(put(90, saved.version))).status).toBe(403);
  });

  it("asks a reason of the officer for a visitor's contact and records it on the visit's history", async () => {
    await signInAs('officer');
    const noReason = await failure(
      api.POST('/api/v1/reveals', {
        body: { entityType: 'visit', entityId: 'visit-past-2', field: 'contact' },
      }),
    );
    expect(noReason.status).toBe(422);
    expect(noReason.fieldErrors[0]?.field).toBe('reason');
    unwrap(
      await api.POST('/api/v1/reveals', {
        body: { entityType: 'visit', entityId: 'visit-past-2', field: 'contact', reason: 'Lost badge' },
      }),
    );
    const history = unwrap(
      await api.GET('/api/v1/audit-events', {
        params: { query: { entityType: 'visit', entityId: 'visit-past-2' } },
      }),
    );
    expect(history.items[0]).toMatchObject({ action: 'reveal' });
    // In the request's language once the trail's handler says it; a reference said in English until then.
    expect(say(history.items[0]!.summary, 'en')).toBe('Revealed “Contact”. Reason: Lost badge');
  });
});

describe('personal data masked in every answer and in audit changes', () => {
  it("gives nobody a processor's contact email or phone in clear, from the record or its history", async () => {
    const stored = processors.get('proc-payments')!;
    await signInAs('officer');
    const before = unwrap(
      await api.GET('/api/v1/processors/{id}', { params: { path: { id: 'proc-payments' } } }),
    );
    unwrap(
      await api.PUT('/api/v1/processors/{id}', {
        params: { path: { id: 'proc-payments' }, header: { 'If-Match': ifMatch(before.version) } },
        body: {
          ...before,
          contactEmail: 'new.contact@maplepay.example',
          contactPhone: '+1 416 555 0199',
        },
      }),
    );
    for (const role of ['manager', 'officer'] as const) {
      await signInAs(role);
      const detail = await api.GET('/api/v1/processors/{id}', { params: { path: { id: 'proc-payments' } } });
      const history = await api.GET('/api/v1/audit-events', {
        params: { query: { entityType: 'processor', entityId: 'proc-payments' } },
      });
      const answers = JSON.stringify([detail.data, history.data]);
      for (const clear of [stored.contactEmail, 'new.contact@maplepay.example', '+1 416 555 0199']) {
        expect(answers).not.toContain(clear);
      }
      expect(detail.data).toMatchObject({
        contactEmailMasked: 'n•••@maplepay.example',
        contactPhoneMasked: '•••• 99',
      });
      expect(history.data!.items[0]!.changes).toEqual(
        expect.arrayContaining([
          {
            field: 'contactEmail',
            from: `${stored.contactEmail[0]}•••@${stored.contactEmail.split('@')[1]}`,
            to: 'n•••@maplepay.example',
          },
          expect.objectContaining({ field: 'contactPhone', to: '•••• 99' }),
        ]),
      );
    }
    // The manager reveals it through the audited reveal, which joins the processor's history.
    await signInAs('manager');
    const phone = unwrap(
      await api.POST('/api/v1/reveals', {
        body: { entityType: 'processor', entityId: 'proc-payments', field: 'contactPhone' },
      }),
    );
    expect(phone.value).toBe('+1 416 555 0199');
    const history = unwrap(
      await api.GET('/api/v1/audit-events', {
        params: { query: { entityType: 'processor', entityId: 'proc-payments' } },
      }),
    );
    expect(history.items[0]).toMatchObject({ action: 'reveal', actor: { id: 'p-manager' } });
  });
});

describe('bulk reading is audited whatever the client says', () => {
  it('records every page of an export, not only the first', async () => {
    await signInAs('officer');
    unwrap(await api.GET('/api/v1/visits', { params: { query: { export: true, page: 2, pageSize: 10 } } }));
    unwrap(await api.GET('/api/v1/visits', { params: { query: { export: true, page: 3, pageSize: 10 } } }));
    expect(events('export').map((e) => e.summary)).toEqual([
      expect.stringMatching(/^Exported page 2 of \d+ of the visit history \(10 of \d+ visits\)$/),
      expect.stringMatching(/^Exported page 3 of \d+ of the visit history/),
    ]);
  });

  it('records a bulk read once a caller has read more than 500 visit rows with personal data in 5 minutes', async () => {
    await signInAs('desk');
    const read = async () =>
      unwrap(await api.GET('/api/v1/visits', { params: { query: { pageSize: 100 } } })).items.filter(
        (v) => !v.anonymised,
      ).length;
    let total = 0;
    while (total <= 500) {
      expect(events('bulk_read')).toEqual([]);
      total += await read();
    }
    expect(events('bulk_read')).toEqual([
      expect.objectContaining({
        actor: expect.objectContaining({ id: 'p-desk' }),
        entityType: 'visit',
        summary: `Read ${total} visits with personal data within 5 minutes`,
      }),
    ]);
    // Counting starts afresh: the next page is not another event.
    await read();
    expect(events('bulk_read')).toHaveLength(1);
  });

  it('forgets reads older than the window', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    await signInAs('officer');
    const read = async () =>
      unwrap(await api.GET('/api/v1/visits', { params: { query: { pageSize: 500 } } })).items.filter(
        (v) => !v.anonymised,
      ).length;
    const perPage = await read();
    let total = perPage;
    while (total + perPage <= 500) total += await read();
    // Just under the threshold; six minutes later the next page would pass it, but the old reads no longer
    // count (the session stays alive: its idle timeout is 15 minutes).
    vi.setSystemTime(Date.now() + 6 * 60_000);
    await read();
    expect(events('bulk_read')).toEqual([]);
    vi.setSystemTime(Date.now() - 6 * 60_000);
  });
});

describe('host notifications go with the visit at retention', () => {
  it("purges the host's arrival notification that names the visitor when the visit is anonymised", async () => {
    await signInAs('desk');
    const visit = unwrap(
      await api.POST('/api/v1/visits', {
        body: {
          name: 'Wilhelmina Quartz',
          company: 'Quartz & Daughters',
          hostId: 'p-staff',
          purpose: 'Meeting',
          siteId: 'site-tor',
          badge: '777',
          contact: '',
          privacyNoticeShown: true,
        },
      }),
    );
    const named = () => [...notifications.all()].filter((n) => n.message.includes('Wilhelmina Quartz'));
    expect(named()).toHaveLength(1);
    // The visit ended long ago, as far as the retention period is concerned.
    const stored = visits.get(visit.id)!;
    visits.replace(
      indexed({
        ...stored,
        checkedOutMs: Date.now() - 200 * DAY,
        checkedInMs: Date.now() - 200 * DAY - 3_600_000,
      }),
    );
    await signInAs('officer');
    const retention = unwrap(await api.GET('/api/v1/visit-retention'));
    unwrap(
      await api.PUT('/api/v1/visit-retention', {
        params: { header: { 'If-Match': ifMatch(retention.version) } },
        body: { days: retention.days },
      }),
    );
    expect(visits.get(visit.id)!.anonymised).toBe(true);
    expect(named()).toEqual([]);
    await signInAs('staff');
    const mine = unwrap(await api.GET('/api/v1/notifications'));
    expect(JSON.stringify(mine)).not.toContain('Wilhelmina');
  });
});

describe('the session and arrivals are audited; signing out needs the CSRF token', () => {
  it('refuses a sign-out without the CSRF token and keeps the session', async () => {
    await signInAs('staff');
    setCsrfToken(undefined);
    const refused = await failure(api.DELETE('/api/v1/session').then(unwrap));
    expect(refused.status).toBe(403);
    expect([...sessions.all()]).toHaveLength(1);
    expect(unwrap(await api.GET('/api/v1/session')).user.id).toBe('p-staff');
  });

  it('audits sign-in, failed sign-in and sign-out', async () => {
    await failure(
      api
        .POST('/api/v1/session', { body: { email: DEMO_ACCOUNTS.desk.email, password: 'wrong' } })
        .then(unwrap),
    );
    await signInAs('desk');
    const { response } = await api.DELETE('/api/v1/session');
    expect(response.status).toBe(204);
    expect([...sessions.all()]).toHaveLength(0);
    expect(events('sign_in_failed')).toEqual([
      expect.objectContaining({ entityType: 'account', summary: 'Failed sign-in as desk@example.com' }),
    ]);
    expect(JSON.stringify(events('sign_in_failed'))).not.toContain('wrong');
    expect(events('sign_in')).toEqual([
      expect.objectContaining({ actor: { id: 'p-desk', name: 'Dana Kim' } }),
    ]);
    expect(events('sign_out')).toEqual([
      expect.objectContaining({ actor: { id: 'p-desk', name: 'Dana Kim' } }),
    ]);
    // The officer reads them in the audit trail.
    unwrap(
      await api.POST('/api/v1/session', {
        body: { email: DEMO_ACCOUNTS.officer.email, password: DEMO_PASSWORD },
      }),
    );
    const trail = unwrap(await api.GET('/api/v1/audit-events'));
    expect(trail.items.map((e) => e.action)).toEqual(
      expect.arrayContaining(['sign_in', 'sign_in_failed', 'sign_out']),
    );
  });

  it("audits an expected visitor's arrival on the expected visit, where its host reads it", async () => {
    await signInAs('desk');
    unwrap(
      await api.POST('/api/v1/expected-visits/{id}/check-in', {
        params: { path: { id: 'expected-1' } },
        body: { badge: '88' },
      }),
    );
    await signInAs('staff');
    const history = unwrap(
      await api.GET('/api/v1/audit-events', {
        params: { query: { entityType: 'expected-visit', entityId: 'expected-1' } },
      }),
    );
    expect(history.items[0]).toMatchObject({
      action: 'check_in',
      actor: { id: 'p-desk' },
      summary: 'Arrived: checked in with badge 88 at Toronto head office',
    });
  });
});
