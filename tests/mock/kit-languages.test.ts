// The kit's side of the mock speaks the reader's language: stored notifications and audit summaries are
// references said when read, and the common problems answer in the request's Accept-Language.
import { getResponse } from 'msw';
import { api, unwrap } from '@/shared/api/client';
import { changeLanguage } from '@/shared/i18n/i18n';
import { auditEvents } from '../../mocks/store/db';
import { notify } from '../../mocks/handlers/base';
import { handlers } from '../../mocks/handlers';
import { say, serverMessages } from '../../mocks/i18n/server-messages';
import { failure, signInAs } from '../setup/render';

describe('the mock in the reader’s language', () => {
  it('says a stored notification in the language of the request that reads it', async () => {
    const { user } = await signInAs('staff');
    notify(user.id, serverMessages.ref('audit.revealedWithReason', { field: 'contact', reason: 'Badge' }));
    const english = unwrap(await api.GET('/api/v1/notifications'));
    expect(english.items[0]!.message).toBe('Revealed “contact”. Reason: Badge');
    await changeLanguage('fr');
    const french = unwrap(await api.GET('/api/v1/notifications'));
    expect(french.items[0]!.message).toBe('Affichage de «\u00a0contact\u00a0». Raison\u00a0: Badge');
  });

  it('stores sign-in and reveal summaries as references, said in either language', async () => {
    await signInAs('officer');
    unwrap(
      await api.POST('/api/v1/reveals', {
        body: { entityType: 'visit', entityId: 'visit-past-2', field: 'contact', reason: 'Lost badge' },
      }),
    );
    const summaries = (action: string) =>
      [...auditEvents.all()].filter((e) => e.action === action).map((e) => e.summary);
    expect(summaries('sign_in').map((s) => say(s, 'fr'))).toEqual(['Connexion']);
    expect(summaries('reveal').map((s) => say(s, 'en'))).toEqual(['Revealed “Contact”. Reason: Lost badge']);
    expect(summaries('reveal').map((s) => say(s, 'fr'))).toEqual([
      'Affichage de «\u00a0Coordonnées\u00a0». Raison\u00a0: Lost badge',
    ]);
  });

  it('answers a refused reveal in French', async () => {
    await signInAs('officer');
    await changeLanguage('fr');
    const refused = await failure(
      api
        .POST('/api/v1/reveals', { body: { entityType: 'nothing', entityId: 'x', field: 'secret' } })
        .then(unwrap),
    );
    expect(refused.status).toBe(422);
    expect(refused.fieldErrors).toEqual([{ field: 'field', message: 'Ce champ ne peut pas être affiché.' }]);
  });

  it('names the one who failed to sign in, and refuses to change an event, in French', async () => {
    await failure(
      api.POST('/api/v1/session', { body: { email: 'nobody@example.com', password: 'wrong' } }).then(unwrap),
    );
    await signInAs('officer');
    await changeLanguage('fr');
    const trail = unwrap(
      await api.GET('/api/v1/audit-trail', { params: { query: { action: 'sign_in_failed' } } }),
    );
    expect(trail.items.map((e) => e.actor.name)).toEqual(['Personne non connectée']);
    const [event] = [...auditEvents.all()];
    // Straight to the handlers: the contract, which checks every answer the client receives, has no such path.
    const refused = await getResponse(
      handlers,
      new Request(`http://localhost/api/v1/audit-events/${event!.id}`, {
        method: 'DELETE',
        headers: { 'Accept-Language': 'fr-CA' },
      }),
    );
    expect(refused?.status).toBe(405);
    expect(await refused!.json()).toMatchObject({ title: 'Méthode non permise' });
  });
});
