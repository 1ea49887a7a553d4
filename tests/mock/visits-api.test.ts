// The visitor log's backend rules, checked against the mock through the typed client (every answer is also
// validated against the OpenAPI document by the test setup).
import { api, ifMatch } from '@/shared/api/client';
import { auditEvents, notifications, sites } from '../../mocks/store/db';
import { expectedVisits, indexed, isAfterClosing, visits } from '../../mocks/store/visits';
import { changeLanguage } from '@/shared/i18n/i18n';
import { failure, signInAs } from '../setup/render';

const walkIn = {
  name: 'Nora Lindqvist',
  company: 'Fjord Analytics',
  hostId: 'p-staff',
  purpose: 'Meeting',
  siteId: 'site-tor',
  badge: '150',
  contact: 'nora@fjord.example',
  privacyNoticeShown: true,
};

describe('visitor log API: roles', () => {
  it('lets an employee read the history of their own expected visitors only; officers read any', async () => {
    const history = (entityId: string) =>
      api.GET('/api/v1/audit-events', { params: { query: { entityType: 'expected-visit', entityId } } });
    await signInAs('staff');
    // expected-1 is Sam Patel's (staff) visitor, expected-2 the officer's.
    expect((await history('expected-1')).response.status).toBe(200);
    expect((await failure(history('expected-2'))).status).toBe(403);
    await signInAs('officer');
    expect((await history('expected-1')).response.status).toBe(200);
  });

  it.each(['staff', 'manager'] as const)(
    'refuses %s everything but their expected visitors',
    async (role) => {
      await signInAs(role);
      expect((await failure(api.GET('/api/v1/visits'))).status).toBe(403);
      expect((await failure(api.GET('/api/v1/visits/on-site'))).status).toBe(403);
      expect((await failure(api.POST('/api/v1/visits', { body: walkIn }))).status).toBe(403);
      expect(
        (
          await failure(
            api.POST('/api/v1/visits/{id}/check-out', { params: { path: { id: 'visit-onsite-1' } } }),
          )
        ).status,
      ).toBe(403);
      expect(
        (await failure(api.GET('/api/v1/expected-visits', { params: { query: { scope: 'desk' } } }))).status,
      ).toBe(403);
      expect(
        (
          await failure(
            api.POST('/api/v1/expected-visits/{id}/check-in', {
              params: { path: { id: 'expected-1' } },
              body: { badge: '9' },
            }),
          )
        ).status,
      ).toBe(403);
      expect((await failure(api.GET('/api/v1/visit-retention'))).status).toBe(403);
      expect(
        (
          await failure(
            api.POST('/api/v1/reveals', {
              body: { entityType: 'visit', entityId: 'visit-onsite-1', field: 'contact' },
            }),
          )
        ).status,
      ).toBe(403);
      const mine = await api.GET('/api/v1/expected-visits');
      expect(mine.response.status).toBe(200);
    },
  );

  it('lets the privacy officer read and export the history and set retention, but not work the desk', async () => {
    await signInAs('officer');
    expect((await api.GET('/api/v1/visits')).response.status).toBe(200);
    expect((await api.GET('/api/v1/visit-retention')).response.status).toBe(200);
    expect((await failure(api.POST('/api/v1/visits', { body: walkIn }))).status).toBe(403);
    expect((await failure(api.GET('/api/v1/visits/on-site'))).status).toBe(403);
  });

  it('does not let the desk export the history', async () => {
    await signInAs('desk');
    expect(
      (await failure(api.GET('/api/v1/visits', { params: { query: { export: true, pageSize: 1000 } } })))
        .status,
    ).toBe(403);
  });
});

describe('visitor log API: check-in', () => {
  it('checks a visitor in at the server’s time, tells the host and audits it without the name', async () => {
    await signInAs('desk');
    const before = Date.now();
    const { data } = await api.POST('/api/v1/visits', { body: walkIn });
    expect(data!.status).toBe('on_site');
    expect(Date.parse(data!.checkedInAt)).toBeGreaterThanOrEqual(before - 1000);
    expect(data!.contactMasked).toBe('n•••@fjord.example');
    expect(JSON.stringify(data)).not.toContain('nora@fjord.example');
    expect(
      [...notifications.all()].some((n) => n.personId === 'p-staff' && n.message.includes('Nora Lindqvist')),
    ).toBe(true);
    const event = [...auditEvents.all()].find((e) => e.entityId === data!.id && e.action === 'check_in');
    expect(event?.summary).toContain('badge 150');
    expect(event?.summary).not.toContain('Nora');
  });

  it('answers each missing field at the field', async () => {
    await signInAs('desk');
    const error = await failure(
      api.POST('/api/v1/visits', { body: { ...walkIn, name: '  ', badge: '', privacyNoticeShown: false } }),
    );
    expect(error.status).toBe(422);
    expect(error.fieldErrors).toEqual(
      expect.arrayContaining([
        { field: 'name', message: 'Enter the visitor’s name.' },
        { field: 'badge', message: 'Enter the badge number.' },
        { field: 'privacyNoticeShown', message: 'Confirm that the visitor was shown the privacy notice.' },
      ]),
    );
  });

  it('refuses an unknown host and a contact that is neither email nor phone', async () => {
    await signInAs('desk');
    const host = await failure(api.POST('/api/v1/visits', { body: { ...walkIn, hostId: 'p-nobody' } }));
    expect(host.status).toBe(422);
    expect(host.fieldErrors[0]?.field).toBe('hostId');
    const contact = await failure(api.POST('/api/v1/visits', { body: { ...walkIn, contact: 'call me' } }));
    expect(contact.fieldErrors[0]).toEqual({
      field: 'contact',
      message: 'Enter an email address or a phone number, or leave it empty.',
    });
  });

  it('refuses a badge already in use at the site, but not at another site', async () => {
    await signInAs('desk');
    const error = await failure(api.POST('/api/v1/visits', { body: { ...walkIn, badge: '101' } }));
    expect(error.status).toBe(409);
    expect(error.fieldErrors[0]?.field).toBe('badge');
    expect(error.fieldErrors[0]?.message).toContain('Badge 101 is already in use at Toronto head office');
    const elsewhere = await api.POST('/api/v1/visits', {
      body: { ...walkIn, badge: '101', siteId: 'site-dub' },
    });
    expect(elsewhere.response.status).toBe(201);
  });

  it('warns about a visitor already on site and checks in only when confirmed', async () => {
    await signInAs('desk');
    const error = await failure(api.POST('/api/v1/visits', { body: { ...walkIn, name: 'aisha  CHEN' } }));
    expect(error.status).toBe(409);
    expect(error.fieldErrors[0]?.field).toBe('name');
    expect(error.fieldErrors[0]?.message).toMatch(
      /Aisha Chen is already on site at Toronto head office \(badge 101/,
    );
    const confirmed = await api.POST('/api/v1/visits', {
      body: { ...walkIn, name: 'Aisha Chen', confirmDuplicate: true },
    });
    expect(confirmed.response.status).toBe(201);
  });
});

describe('visitor log API: check-out and undo', () => {
  it('records the exit, refuses a second check-out, and undoes within the window', async () => {
    await signInAs('desk');
    const { data: out } = await api.POST('/api/v1/visits/{id}/check-out', {
      params: { path: { id: 'visit-onsite-1' } },
    });
    expect(out!.status).toBe('checked_out');
    expect(out!.undoableUntil).not.toBeNull();
    const again = await failure(
      api.POST('/api/v1/visits/{id}/check-out', { params: { path: { id: 'visit-onsite-1' } } }),
    );
    expect(again.status).toBe(409);
    expect(again.message).toMatch(/Aisha Chen already left: checked out at \d\d:\d\d/);
    const { data: back } = await api.POST('/api/v1/visits/{id}/undo-check-out', {
      params: { path: { id: 'visit-onsite-1' } },
    });
    expect(back!.status).toBe('on_site');
    expect(back!.checkedOutAt).toBeNull();
    expect([...auditEvents.all()].map((e) => e.action)).toEqual(
      expect.arrayContaining(['check_out', 'undo_check_out']),
    );
  });

  it('refuses an undo after five minutes', async () => {
    await signInAs('desk');
    await api.POST('/api/v1/visits/{id}/check-out', { params: { path: { id: 'visit-onsite-2' } } });
    const visit = visits.get('visit-onsite-2')!;
    visits.replace(indexed({ ...visit, checkedOutMs: Date.now() - 6 * 60_000 }));
    const error = await failure(
      api.POST('/api/v1/visits/{id}/undo-check-out', { params: { path: { id: 'visit-onsite-2' } } }),
    );
    expect(error.status).toBe(409);
    expect(error.message).toContain('within 5 minutes');
  });

  it('refuses an undo once the badge has been handed to someone else', async () => {
    await signInAs('desk');
    await api.POST('/api/v1/visits/{id}/check-out', { params: { path: { id: 'visit-onsite-1' } } });
    await api.POST('/api/v1/visits', { body: { ...walkIn, badge: '101' } });
    const error = await failure(
      api.POST('/api/v1/visits/{id}/undo-check-out', { params: { path: { id: 'visit-onsite-1' } } }),
    );
    expect(error.status).toBe(409);
    expect(error.fieldErrors[0]?.field).toBe('badge');
  });
});

describe('visitor log API: on site', () => {
  it('lists everyone on site with a count per site and flags who stayed past closing', async () => {
    await signInAs('desk');
    const { data } = await api.GET('/api/v1/visits/on-site');
    expect(data!.total).toBe(10);
    expect(data!.counts).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ siteId: 'site-tor', count: 3 }),
        expect.objectContaining({ siteId: 'site-mtl', count: 3 }),
      ]),
    );
    const farid = data!.items.find((v) => v.name === 'Farid Haddad')!;
    expect(farid.afterClosing).toBe(true);
    const { data: tor } = await api.GET('/api/v1/visits/on-site', {
      params: { query: { siteId: 'site-tor' } },
    });
    expect(tor!.items.map((v) => v.siteId)).toEqual(['site-tor', 'site-tor', 'site-tor']);
    expect(tor!.counts).toHaveLength(4);
  });

  it('flags by the site’s own closing hour and calendar day', () => {
    const tor = sites.get('site-tor')!; // closes at 19:00, America/Toronto (UTC-5 in January)
    const morning = new Date('2026-01-15T14:00:00Z'); // 09:00 local
    expect(isAfterClosing(tor, new Date('2026-01-15T13:00:00Z'), morning)).toBe(false);
    expect(isAfterClosing(tor, new Date('2026-01-15T13:00:00Z'), new Date('2026-01-16T00:30:00Z'))).toBe(
      true,
    ); // 19:30
    expect(isAfterClosing(tor, new Date('2026-01-14T20:00:00Z'), morning)).toBe(true); // since yesterday
  });
});

describe('visitor log API: history', () => {
  it('filters by date range, host, company and site, sorted and paged on the server', async () => {
    // The officer: a visit of three months ago is outside the desk's window (see "the desk's window").
    await signInAs('officer');
    const day = new Date(visits.get('visit-past-1')!.checkedInMs).toISOString().slice(0, 10);
    const { data } = await api.GET('/api/v1/visits', {
      params: { query: { from: day, to: day, company: 'quill', siteId: 'site-tor', hostId: 'p-officer' } },
    });
    expect(data!.items.map((v) => v.name)).toEqual(['Harriet Quill']);
    expect(data!.items[0]!.contactMasked).toBe('h•••@quill.example');
    const { data: sorted } = await api.GET('/api/v1/visits', {
      params: { query: { sort: 'name', pageSize: 5, page: 2 } },
    });
    expect(sorted!.page).toBe(2);
    expect(sorted!.items).toHaveLength(5);
    const names = sorted!.items.map((v) => v.name.toLowerCase());
    expect([...names].sort()).toEqual(names);
  });

  it('refuses a date range that ends before it starts, at the field "to"', async () => {
    await signInAs('officer');
    const error = await failure(
      api.GET('/api/v1/visits', { params: { query: { from: '2026-03-10', to: '2026-03-01' } } }),
    );
    expect(error.status).toBe(422);
    expect(error.fieldErrors).toEqual([{ field: 'to', message: 'The end date is before the start date.' }]);
  });

  it('reveals a masked contact to the officer and audits the reveal', async () => {
    await signInAs('officer');
    const { data } = await api.POST('/api/v1/reveals', {
      body: { entityType: 'visit', entityId: 'visit-past-1', field: 'contact', reason: 'Lost property' },
    });
    expect(data!.value).toBe('harriet@quill.example');
    expect([...auditEvents.all()].some((e) => e.action === 'reveal' && e.entityId === 'visit-past-1')).toBe(
      true,
    );
  });

  it('audits an export on its first page', async () => {
    await signInAs('officer');
    await api.GET('/api/v1/visits', { params: { query: { export: true, pageSize: 1000 } } });
    expect([...auditEvents.all()].some((e) => e.action === 'export' && e.entityType === 'visit')).toBe(true);
  });
});

describe('visitor log API: expected visitors', () => {
  it('lets staff pre-register and see only their own expected visitors', async () => {
    const session = await signInAs('staff');
    const today = new Date().toISOString().slice(0, 10);
    const tomorrow = new Date(Date.now() + 86_400_000).toISOString().slice(0, 10);
    const { data: created } = await api.POST('/api/v1/expected-visits', {
      body: { name: 'Rafael Costa', company: 'Cobalt Consulting', date: tomorrow, siteId: 'site-tor' },
    });
    expect(created!.hostId).toBe(session.user.id);
    const { data } = await api.GET('/api/v1/expected-visits');
    expect(data!.items.every((e) => e.hostId === 'p-staff')).toBe(true);
    expect(data!.items.map((e) => e.name)).toEqual(expect.arrayContaining(['Priya Raman', 'Rafael Costa']));
    const past = await failure(
      api.POST('/api/v1/expected-visits', {
        body: { name: 'X', company: 'Y', date: '2020-01-01', siteId: 'site-tor' },
      }),
    );
    expect(past.fieldErrors[0]).toEqual({ field: 'date', message: 'Choose today or a later date.' });
    expect(today).toMatch(/\d{4}/);
  });

  it('cancels only one’s own, with If-Match', async () => {
    await signInAs('manager');
    const other = await failure(
      api.DELETE('/api/v1/expected-visits/{id}', {
        params: { path: { id: 'expected-1' }, header: { 'If-Match': ifMatch(1) } },
      }),
    );
    expect(other.status).toBe(403);
    const mine = await api.DELETE('/api/v1/expected-visits/{id}', {
      params: { path: { id: 'expected-3' }, header: { 'If-Match': ifMatch(1) } },
    });
    expect(mine.response.status).toBe(204);
    expect(expectedVisits.get('expected-3')).toBeUndefined();
  });

  it('shows the desk today’s expected visitors and checks one in with the badge alone, telling the host', async () => {
    await signInAs('desk');
    const { data } = await api.GET('/api/v1/expected-visits', {
      params: { query: { scope: 'desk', siteId: 'site-tor' } },
    });
    expect(data!.items.map((e) => e.name)).toEqual(['Priya Raman', 'Tomás Ortega', 'Wen Li']);
    const { data: visit } = await api.POST('/api/v1/expected-visits/{id}/check-in', {
      params: { path: { id: 'expected-1' } },
      body: { badge: '160' },
    });
    expect(visit).toMatchObject({
      name: 'Priya Raman',
      hostId: 'p-staff',
      badge: '160',
      status: 'on_site',
      expectedVisitId: 'expected-1',
    });
    expect(
      [...notifications.all()].some((n) => n.personId === 'p-staff' && n.message.includes('Priya Raman')),
    ).toBe(true);
    const { data: after } = await api.GET('/api/v1/expected-visits', {
      params: { query: { scope: 'desk', siteId: 'site-tor' } },
    });
    expect(after!.items.map((e) => e.name)).toEqual(['Tomás Ortega', 'Wen Li']);
    const twice = await failure(
      api.POST('/api/v1/expected-visits/{id}/check-in', {
        params: { path: { id: 'expected-1' } },
        body: { badge: '161' },
      }),
    );
    expect(twice.status).toBe(409);
    const badge = await failure(
      api.POST('/api/v1/expected-visits/{id}/check-in', {
        params: { path: { id: 'expected-2' } },
        body: { badge: '160' },
      }),
    );
    expect(badge.fieldErrors[0]?.field).toBe('badge');
  });
});

describe('visitor log API: an expected visitor already on site', () => {
  it('warns before checking in an expected visitor of the same name as someone on site', async () => {
    await signInAs('staff');
    const today = (await api.GET('/api/v1/expected-visits', { params: { query: {} } })).data!.items.find(
      (e) => e.id === 'expected-1',
    )!.date;
    const { data: expected } = await api.POST('/api/v1/expected-visits', {
      body: { name: 'Aisha Chen', company: 'Helix Software', date: today, siteId: 'site-tor' },
    });
    await signInAs('desk');
    const warning = await failure(
      api.POST('/api/v1/expected-visits/{id}/check-in', {
        params: { path: { id: expected!.id } },
        body: { badge: '180' },
      }),
    );
    expect(warning.status).toBe(409);
    expect(warning.fieldErrors[0]?.field).toBe('name');
    const { response } = await api.POST('/api/v1/expected-visits/{id}/check-in', {
      params: { path: { id: expected!.id } },
      body: { badge: '180', confirmDuplicate: true },
    });
    expect(response.status).toBe(201);
  });
});

describe('visitor log API: retention', () => {
  it('previews, asks for confirmation before shortening, then purges and audits', async () => {
    await signInAs('officer');
    const { data: current, response } = await api.GET('/api/v1/visit-retention');
    expect(current!.days).toBe(90);
    expect(response.headers.get('ETag')).toBe('"1"');
    const { data: preview } = await api.GET('/api/v1/visit-retention/preview', {
      params: { query: { days: 30 } },
    });
    expect(preview!.affected).toBeGreaterThan(0);
    const unconfirmed = await failure(
      api.PUT('/api/v1/visit-retention', {
        params: { header: { 'If-Match': ifMatch(1) } },
        body: { days: 30 },
      }),
    );
    expect(unconfirmed.status).toBe(409);
    expect(unconfirmed.fieldErrors[0]?.field).toBe('days');
    expect(visits.get('visit-past-1')!.anonymised).toBe(false);
    const { data: saved } = await api.PUT('/api/v1/visit-retention', {
      params: { header: { 'If-Match': ifMatch(1) } },
      body: { days: 30, confirmPurge: true },
    });
    expect(saved).toMatchObject({ days: 30, version: 2, lastPurgeCount: preview!.affected });
    const harriet = visits.get('visit-past-1')!;
    expect(harriet).toMatchObject({ anonymised: true, contact: null });
    expect(harriet.name).not.toContain('Harriet');
    expect([...auditEvents.all()].some((e) => e.action === 'purge')).toBe(true);
    const { data: none } = await api.GET('/api/v1/visit-retention/preview', {
      params: { query: { days: 30 } },
    });
    expect(none!.affected).toBe(0);
    const stale = await failure(
      api.PUT('/api/v1/visit-retention', {
        params: { header: { 'If-Match': ifMatch(1) } },
        body: { days: 60 },
      }),
    );
    expect(stale.status).toBe(412);
  });

  it('refuses a period out of range', async () => {
    await signInAs('officer');
    const error = await failure(
      api.GET('/api/v1/visit-retention/preview', { params: { query: { days: 0 } } }),
    );
    expect(error.status).toBe(422);
    expect(error.fieldErrors[0]?.field).toBe('days');
  });
});

describe('visitor log API: in the request’s language', () => {
  it('answers its problems, field errors and schema messages in French to a French request', async () => {
    await changeLanguage('fr');
    await signInAs('desk');
    const badge = await failure(api.POST('/api/v1/visits', { body: { ...walkIn, badge: '101' } }));
    expect(badge.status).toBe(409);
    expect(badge.fieldErrors[0]).toEqual({
      field: 'badge',
      message:
        'L’insigne 101 est déjà utilisé à Toronto head office. Prenez un autre insigne, ou enregistrez d’abord le départ de la personne qui le porte.',
    });
    const twice = await failure(api.POST('/api/v1/visits', { body: { ...walkIn, name: 'Aisha Chen' } }));
    expect(twice.fieldErrors[0]?.message).toMatch(
      /^Aisha Chen est déjà sur place à Toronto head office \(insigne \d+, depuis \d\d\u00a0h\u00a0\d\d\)\./,
    );
    const empty = await failure(api.POST('/api/v1/visits', { body: { ...walkIn, name: ' ', badge: '' } }));
    expect(empty.fieldErrors).toEqual(
      expect.arrayContaining([
        { field: 'name', message: 'Entrez le nom du visiteur.' },
        { field: 'badge', message: 'Entrez le numéro d’insigne.' },
      ]),
    );

    const { data: visit } = await api.POST('/api/v1/visits', { body: walkIn });
    await api.POST('/api/v1/visits/{id}/check-out', { params: { path: { id: visit!.id } } });
    const again = await failure(
      api.POST('/api/v1/visits/{id}/check-out', { params: { path: { id: visit!.id } } }),
    );
    expect(again.status).toBe(409);
    expect(again.problem.title).toBe('Départ déjà enregistré');
    expect(again.problem.detail).toMatch(/^Nora Lindqvist est déjà parti\u00a0: départ enregistré à /);
    // Kept text is said in the language of the request that wrote it (see `kept` in mocks/handlers/visits.ts).
    const checkIn = [...auditEvents.all()].find((e) => e.entityId === visit!.id && e.action === 'check_in');
    expect(checkIn?.summary).toBe(
      'Arrivée d’un visiteur enregistrée avec l’insigne 150 à Toronto head office',
    );
    const arrival = [...notifications.all()].find((n) => n.subject === `visit:${visit!.id}`);
    expect(arrival?.message).toBe(
      'Votre visiteur Nora Lindqvist (Fjord Analytics) est arrivé à Toronto head office.',
    );
  });

  it('answers in English to an English request', async () => {
    await signInAs('desk');
    const badge = await failure(api.POST('/api/v1/visits', { body: { ...walkIn, badge: '101' } }));
    expect(badge.fieldErrors[0]?.message).toBe(
      'Badge 101 is already in use at Toronto head office. Use another badge, or check out its holder first.',
    );
  });
});
