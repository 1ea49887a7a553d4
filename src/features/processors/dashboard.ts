// The processors' card on the dashboard, their promises on the promises board and their navigation badge, from
// GET /api/v1/dashboard/processors. Each figure links to the processor list under the filter it counts.
import {
  dashboardBadge,
  listLink,
  type DashboardContribution,
  type DashboardFigure,
  type DashboardPromise,
} from '@/shared/modules/dashboard-contribution';
import { processorsDashboardMessages as m } from './i18n/dashboard-messages';

type Key = Parameters<typeof m.t>[0];
const say = (prefix: string, key: string, values?: Record<string, unknown>) =>
  m.has(`${prefix}.${key}`) ? m.t(`${prefix}.${key}` as Key, values) : key;

export const processorsDashboard: DashboardContribution = {
  cards: [
    {
      id: 'processors',
      permission: 'processors.read',
      order: 10,
      title: () => m.t('card.title'),
      figureLabel: (figure: DashboardFigure) => say('figure', figure.key),
      linkTo: (figure) => listLink('/processors', figure),
      promise: {
        title: (promise: DashboardPromise) => say('promise', promise.key),
        status: (promise) => say('status', promise.key, { met: promise.met, total: promise.total }),
      },
    },
  ],
};

/** Overdue compliance reviews, beside "Processors" in the navigation. */
export const processorsBadge = dashboardBadge('processors', ['reviewsOverdue'], (count) =>
  m.t('nav.overdue', { count }),
);
