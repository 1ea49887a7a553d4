// The risk register's card (risks by rating, a heat map, the manager's queue, what is overdue), its promise and
// its navigation badge, from GET /api/v1/dashboard/risks. Each figure links to the register under its filter;
// the queue links to the review queue.
import {
  dashboardBadge,
  listLink,
  type DashboardContribution,
  type DashboardFigure,
} from '@/shared/modules/dashboard-contribution';
import { risksDashboardMessages as m } from './i18n/dashboard-messages';
import { ratingOf } from './model/rules';

const LEVELS = ['5', '4', '3', '2', '1'];

function figureLabel(figure: DashboardFigure) {
  if (figure.key.startsWith('rating.')) return m.t('figure.rating', { rating: figure.filter.rating });
  if (figure.key === 'overdue') return m.t('figure.overdue');
  if (figure.key === 'waitingForReview') return m.t('figure.waitingForReview');
  return figure.key;
}

export const risksDashboard: DashboardContribution = {
  cards: [
    {
      id: 'risks',
      permission: 'risks.read',
      order: 20,
      title: () => m.t('card.title'),
      listed: (figure) => !figure.key.startsWith('heat.'),
      figureLabel,
      linkTo: (figure) =>
        figure.key === 'waitingForReview' ? '/risks/review-queue' : listLink('/risks', figure),
      bars: { title: () => m.t('chart.ratings'), figures: (figure) => figure.key.startsWith('rating.') },
      grid: {
        rows: LEVELS,
        columns: [...LEVELS].reverse(),
        cellKey: (likelihood, impact) => `heat.${likelihood}.${impact}`,
        title: () => m.t('grid.title'),
        rowHeading: () => m.t('grid.likelihood'),
        columnHeading: () => m.t('grid.impact'),
        rowLabel: (level) => m.t('grid.likelihoodLevel', { level }),
        columnLabel: (level) => m.t('grid.impactLevel', { level }),
        tone: (likelihood, impact) => ratingOf(Number(likelihood) * Number(impact)),
      },
      promise: {
        title: () => m.t('promise.riskPlansKept'),
        status: (promise) => m.t('status.riskPlansKept', { met: promise.met, total: promise.total }),
      },
      shortfallLabel: () => m.t('shortfall.overdue'),
    },
  ],
};

/** Risks with an overdue action or review, beside "Risk register". */
export const risksBadge = dashboardBadge('risks', ['overdue'], (count) => m.t('nav.overdue', { count }));
