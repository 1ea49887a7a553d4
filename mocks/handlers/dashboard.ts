// The dashboard's summaries: one endpoint per card, each a handful of counts. Every count is the total of the
// module's own list endpoint under the filter the figure names, asked as the caller (internal-requests.ts), so
// the number on the dashboard is the number of rows the linked list shows, and a figure the caller's role may
// not read is left out. A promise counts the records that keep it out of a total, with the lists that fall short.
import { HttpResponse } from 'msw';
import type { components } from '@/shared/api/schema';
import { addDays, todayIso } from '@/shared/model/dates';
import { serverDashboardMessages as m } from '../i18n/dashboard-messages';
import { hasPermission } from '@/shared/auth/permissions';
import { dataVersion } from '../store/db';
import { requestLanguage } from '../i18n/server-messages';
import { problem, type Caller } from './http';
import { getAsCaller } from './internal-requests';
import { route } from './route';

type Figure = components['schemas']['DashboardFigure'];
type Promise_ = components['schemas']['DashboardPromise'];
type CardId = components['schemas']['DashboardCardId'];
type Page = { total: number; items: { id: string }[] };

/** A figure: the key, the list it counts and that list's filter. */
interface Count {
  key: string;
  list: string;
  filter?: Record<string, string>;
  subject?: string;
}

async function count(
  request: Request,
  { key, list, filter = {}, subject }: Count,
): Promise<Figure | undefined> {
  const page = await getAsCaller<Page>(request, list, { ...filter, page: '1', pageSize: '1' });
  if (!page) return undefined;
  return { key, count: page.total, list: `/api/v1${list}`, filter, ...(subject && { subject }) };
}

async function counts(request: Request, wanted: Count[]): Promise<Figure[]> {
  const figures = await Promise.all(wanted.map((figure) => count(request, figure)));
  return figures.filter((figure): figure is Figure => figure !== undefined);
}

/** The ids a list answers under a filter, every page (for a promise whose shortfalls may overlap). */
async function ids(request: Request, list: string, filter: Record<string, string>): Promise<Set<string>> {
  const found = new Set<string>();
  for (let page = 1; ; page++) {
    const answer = await getAsCaller<Page>(request, list, { ...filter, page: String(page), pageSize: '500' });
    if (!answer) break;
    answer.items.forEach((item) => found.add(item.id));
    if (answer.items.length < 500) break;
  }
  return found;
}

/** A promise kept by the total less its shortfalls, which do not overlap. */
function promise(key: string, total: Figure | undefined, shortfalls: (Figure | undefined)[]): Promise_[] {
  if (!total) return [];
  const short = shortfalls.filter((figure): figure is Figure => figure !== undefined);
  const missing = short.reduce((sum, figure) => sum + figure.count, 0);
  return [{ key, met: Math.max(0, total.count - missing), total: total.count, shortfalls: short }];
}

const RATINGS = ['low', 'medium', 'high', 'critical'];
const LEVELS = [1, 2, 3, 4, 5];

const CARDS: Record<
  CardId,
  (request: Request, caller: Caller) => Promise<{ figures: Figure[]; promises: Promise_[] }>
> = {
  async processors(request) {
    const list = '/processors';
    const [figures, [active, noContract, missingClauses, overdueReview, all, offboarded, shield]] =
      await Promise.all([
        counts(request, [
          { key: 'contractsExpiring', list, filter: { flag: 'contract_expiring' } },
          { key: 'withoutContract', list, filter: { flag: 'no_current_contract' } },
          { key: 'reviewsOverdue', list, filter: { reviewStatus: 'overdue' } },
        ]),
        Promise.all(
          (
            [
              { key: 'active', list, filter: { status: 'active' } },
              {
                key: 'activeWithoutContract',
                list,
                filter: { status: 'active', flag: 'no_current_contract' },
              },
              { key: 'activeMissingClauses', list, filter: { status: 'active', flag: 'missing_clauses' } },
              { key: 'activeReviewOverdue', list, filter: { status: 'active', reviewStatus: 'overdue' } },
              { key: 'all', list },
              { key: 'offboarded', list, filter: { status: 'offboarded' } },
              { key: 'privacyShield', list, filter: { flag: 'privacy_shield' } },
            ] as Count[]
          ).map((figure) => count(request, figure)),
        ),
      ]);
    const promises: Promise_[] = [];
    if (active && noContract && missingClauses) {
      // A contract that is not in force can still lack clauses: count each processor that falls short once.
      const [a, b] = await Promise.all([
        ids(request, list, noContract.filter),
        ids(request, list, missingClauses.filter),
      ]);
      const short = new Set([...a, ...b]).size;
      promises.push({
        key: 'processorsContracted',
        met: active.count - short,
        total: active.count,
        shortfalls: [noContract, missingClauses],
      });
    }
    promises.push(...promise('processorsMonitored', active, [overdueReview]));
    if (all && offboarded && shield) {
      const working = { ...all, count: all.count - offboarded.count };
      promises.push(...promise('transfersValid', working, [shield]));
    }
    return { figures, promises };
  },

  async risks(request, caller) {
    const list = '/risks';
    const [figures, all, overdue] = await Promise.all([
      counts(request, [
        ...RATINGS.map((rating) => ({ key: `rating.${rating}`, list, filter: { rating } })),
        ...LEVELS.flatMap((likelihood) =>
          LEVELS.map((impact) => ({
            key: `heat.${likelihood}.${impact}`,
            list,
            filter: { likelihood: String(likelihood), impact: String(impact) },
          })),
        ),
        { key: 'overdue', list, filter: { overdue: 'true' } },
        // The manager's queue: nothing waits for anyone else's review.
        ...(hasPermission(caller.roles, 'risks.review')
          ? [{ key: 'waitingForReview', list, filter: { queue: 'true' } }]
          : []),
      ]),
      count(request, { key: 'all', list }),
      count(request, { key: 'overdue', list, filter: { overdue: 'true' } }),
    ]);
    return { figures, promises: promise('riskPlansKept', all, [overdue]) };
  },

  async policies(request) {
    const published = await getAsCaller<{ items: { id: string; title: string }[] }>(request, '/policies', {
      status: 'published',
      pageSize: '100',
      sort: 'title',
    });
    if (!published) return { figures: [], promises: [] };
    const perPolicy = await Promise.all(
      published.items.map(async (policy) => {
        const list = `/policies/${policy.id}/people`;
        const subject = policy.title;
        return counts(request, [
          { key: 'policy.asked', list, subject },
          { key: 'policy.acknowledged', list, filter: { status: 'acknowledged' }, subject },
          { key: 'policy.overdue', list, filter: { status: 'overdue' }, subject },
        ]);
      }),
    );
    const figures = perPolicy.flat();
    const sum = (key: string) =>
      figures.filter((f) => f.key === key).reduce((total, figure) => total + figure.count, 0);
    const overdue = figures.filter((f) => f.key === 'policy.overdue' && f.count > 0);
    const total = sum('policy.asked');
    return {
      figures,
      promises: [
        { key: 'policiesAcknowledged', met: sum('policy.acknowledged'), total, shortfalls: overdue },
      ],
    };
  },

  async 'my-policies'(request) {
    const mine = await getAsCaller<{ items: { status: string }[] }>(request, '/my-policies');
    if (!mine) return { figures: [], promises: [] };
    const open = mine.items.filter((item) => item.status !== 'acknowledged');
    return {
      figures: [
        { key: 'toAcknowledge', count: open.length, list: '/api/v1/my-policies', filter: {} },
        {
          key: 'overdue',
          count: open.filter((item) => item.status === 'overdue').length,
          list: '/api/v1/my-policies',
          filter: {},
        },
      ],
      promises: [],
    };
  },

  async visits(request) {
    const list = '/visits';
    const today = todayIso();
    const monthAgo = addDays(today, -30);
    const [figures, month, notSignedOut] = await Promise.all([
      counts(request, [{ key: 'onSite', list, filter: { status: 'on_site' } }]),
      count(request, { key: 'lastMonth', list, filter: { from: monthAgo, to: today } }),
      // Still on site from an earlier day: their exit was not recorded.
      count(request, {
        key: 'exitNotRecorded',
        list,
        filter: { status: 'on_site', from: monthAgo, to: addDays(today, -1) },
      }),
    ]);
    return { figures, promises: promise('visitorsRegistered', month, [notSignedOut]) };
  },

  async desk(request) {
    const onSite = await getAsCaller<{ total: number }>(request, '/visits/on-site');
    if (!onSite) return { figures: [], promises: [] };
    return {
      figures: [{ key: 'onSite', count: onSite.total, list: '/api/v1/visits/on-site', filter: {} }],
      promises: [],
    };
  },

  async complaints(request) {
    const list = '/complaints';
    const regulators = await getAsCaller<{ items: { regulatorId: string; regulatorName: string }[] }>(
      request,
      '/complaint-regulators',
    );
    const [figures, all, unacknowledged] = await Promise.all([
      counts(request, [
        { key: 'overdue', list, filter: { deadline: 'overdue', sort: 'nextDeadline' } },
        { key: 'dueSoon', list, filter: { deadline: 'due_soon', sort: 'nextDeadline' } },
        ...(regulators?.items ?? []).map((regulator) => ({
          key: 'escalated',
          list,
          filter: { status: 'escalated', regulatorId: regulator.regulatorId },
          subject: regulator.regulatorName,
        })),
      ]),
      count(request, { key: 'all', list }),
      count(request, { key: 'unacknowledged', list, filter: { status: 'received' } }),
    ]);
    // The overdue figure is the promise's shortfall too: one count of 20,000 complaints fewer.
    const overdue = figures.find((figure) => figure.key === 'overdue');
    return {
      figures: figures.filter((figure) => figure.key !== 'escalated' || figure.count > 0),
      promises: [
        ...promise('complaintsAnswered', all, [overdue]),
        ...promise('complainantsTold', all, [unacknowledged]),
      ],
    };
  },
};

type Summary = { figures: Figure[]; promises: Promise_[]; asOf: string };

/**
 * Summaries already counted, for the data as it is now: a card asks its lists a few dozen times (the risks'
 * heat map alone is 25 counts), which over the large seed takes longer than an answer may, and a dashboard is
 * read far more often than the data under it changes. An entry holds for one data version (any write to any
 * table but the sessions), one day (overdue, due soon and the last 30 days move with it), and one caller and
 * language (what a role may read, a person's own queue and tasks, the answer's words).
 */
const summaries = { key: '', byCaller: new Map<string, Summary>() };

function cached(caller: Caller, request: Request, card: CardId) {
  const key = `${dataVersion()} ${todayIso()}`;
  if (summaries.key !== key) {
    summaries.key = key;
    summaries.byCaller.clear();
  }
  const who = [card, caller.person.id, caller.roles.join(), requestLanguage(request)].join(' ');
  return {
    summary: summaries.byCaller.get(who),
    keep: (summary: Summary) => {
      // Counting may itself write (the risks' lapsed acceptances go back to review): keep it for the data it
      // was counted from only if nothing changed meanwhile.
      if (summaries.key === key && `${dataVersion()} ${todayIso()}` === key)
        summaries.byCaller.set(who, summary);
    },
  };
}

export const dashboardHandlers = [
  route('get', '/dashboard/:card', 'signed-in', async ({ caller, request, params }) => {
    const card = CARDS[params.card as CardId];
    if (!card)
      return problem(404, 'Not found', {
        detail: m.ref('dashboard.unknownCard', { card: params.card.slice(0, 50) }),
      });
    const { summary, keep } = cached(caller, request, params.card as CardId);
    const answer = summary ?? { ...(await card(request, caller)), asOf: new Date().toISOString() };
    if (!summary) keep(answer);
    return HttpResponse.json({ card: params.card, ...answer });
  }),
];
