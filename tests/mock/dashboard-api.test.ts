// The dashboard's summaries: each card answers counts of the modules' own lists, so every figure is the total
// the linked list answers under the same filter, for every role; a figure a role may not read is left out; the
// promises count what keeps them out of a true total.
import { api, unwrap } from '@/shared/api/client';
import type { components } from '@/shared/api/schema';
import { failure, signInAs } from '../setup/render';
import type { DemoRole } from '../setup/demo-accounts';

type CardId = components['schemas']['DashboardCardId'];
const CARDS: CardId[] = ['processors', 'risks', 'policies', 'my-policies', 'visits', 'desk', 'complaints'];

const card = (id: CardId) =>
  api.GET('/api/v1/dashboard/{card}', { params: { path: { card: id } } }).then(unwrap);

/** The list a figure names, as the console's list page would ask for it. */
async function listTotal(list: string, filter: Record<string, string>) {
  const url = new URL(`http://localhost${list}`);
  for (const [key, value] of Object.entries(filter)) url.searchParams.set(key, value);
  const response = await fetch(url);
  expect(response.status).toBe(200);
  const body = (await response.json()) as { total?: number; items: { status?: string }[] };
  // /my-policies answers every policy asked of the person; the figure counts those not yet acknowledged.
  if (list.endsWith('/my-policies'))
    return body.items.filter((item) => item.status !== 'acknowledged').length;
  return body.total ?? body.items.length;
}

describe('dashboard cards', () => {
  it.each<DemoRole>(['officer', 'manager', 'staff', 'desk'])(
    'every figure for the %s is the total of the list it names',
    async (role) => {
      await signInAs(role);
      for (const id of CARDS) {
        const answer = await card(id);
        const figures = [...answer.figures, ...answer.promises.flatMap((p) => p.shortfalls)].filter(
          (figure) => !(id === 'my-policies' && figure.key === 'overdue'),
        );
        for (const figure of figures) expect(await listTotal(figure.list, figure.filter)).toBe(figure.count);
      }
    },
  );

  it('leaves out what a role may not read', async () => {
    await signInAs('staff');
    expect((await card('processors')).figures).toEqual([]);
    expect((await card('complaints')).promises).toEqual([]);
    await signInAs('manager');
    const risks = await card('risks');
    expect(risks.figures.some((f) => f.key === 'waitingForReview')).toBe(true);
    expect((await card('complaints')).figures).toEqual([]);
  });

  it('gives the officer the figures the issue asks for, with a heat map that adds up', async () => {
    await signInAs('officer');
    const processors = await card('processors');
    expect(processors.figures.map((f) => f.key)).toEqual([
      'contractsExpiring',
      'withoutContract',
      'reviewsOverdue',
    ]);
    const risks = await card('risks');
    const heat = risks.figures.filter((f) => f.key.startsWith('heat.'));
    const ratings = risks.figures.filter((f) => f.key.startsWith('rating.'));
    expect(heat).toHaveLength(25);
    const sum = (figures: typeof heat) => figures.reduce((total, f) => total + f.count, 0);
    expect(sum(heat)).toBe(sum(ratings));
    const complaints = await card('complaints');
    expect(complaints.figures.slice(0, 2).map((f) => f.key)).toEqual(['overdue', 'dueSoon']);
    expect(
      complaints.figures.filter((f) => f.key === 'escalated').every((f) => f.subject && f.count > 0),
    ).toBe(true);
    const policies = await card('policies');
    expect(policies.figures.filter((f) => f.key === 'policy.asked').every((f) => f.subject)).toBe(true);
  });

  it('counts each promise as kept by a true figure: the total less what falls short', async () => {
    await signInAs('officer');
    const all = await Promise.all(CARDS.map(card));
    const promises = all.flatMap((answer) => answer.promises);
    expect(promises.map((p) => p.key).sort()).toEqual(
      [
        'complainantsTold',
        'complaintsAnswered',
        'policiesAcknowledged',
        'processorsContracted',
        'processorsMonitored',
        'riskPlansKept',
        'transfersValid',
        'visitorsRegistered',
      ].sort(),
    );
    for (const p of promises) {
      expect(p.met).toBeGreaterThanOrEqual(0);
      expect(p.met).toBeLessThanOrEqual(p.total);
    }
    const contracted = promises.find((p) => p.key === 'processorsContracted')!;
    const active = await listTotal('/api/v1/processors', { status: 'active' });
    expect(contracted.total).toBe(active);
    // A processor short on both counts is counted once.
    expect(contracted.met).toBeGreaterThanOrEqual(
      active - contracted.shortfalls.reduce((s, f) => s + f.count, 0),
    );
  });

  it('counts again after a write, and for each person: a summary is kept for the data it was counted from', async () => {
    await signInAs('desk');
    const onSite = async () => (await card('desk')).figures.find((f) => f.key === 'onSite')!.count;
    const before = await onSite();
    expect(await onSite()).toBe(before);
    await api
      .POST('/api/v1/visits/{id}/check-out', { params: { path: { id: 'visit-onsite-1' } } })
      .then(unwrap);
    expect(await onSite()).toBe(before - 1);
    expect(await listTotal('/api/v1/visits/on-site', {})).toBe(before - 1);
    // The officer's risks card counts the manager's queue only for the manager.
    await signInAs('officer');
    expect((await card('risks')).figures.some((f) => f.key === 'waitingForReview')).toBe(false);
    await signInAs('manager');
    expect((await card('risks')).figures.some((f) => f.key === 'waitingForReview')).toBe(true);
  });

  it('answers 404 for a card that does not exist, and 401 without a session', async () => {
    expect((await failure(card('risks'))).status).toBe(401);
    await signInAs('officer');
    expect((await failure(card('cafeteria' as CardId))).status).toBe(404);
  });
});
