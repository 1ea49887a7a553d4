// Policies on the dashboard: acknowledgement completion per published policy with the number overdue (each
// linked to the policy's people who are overdue), the promise of policies distributed and acknowledged, every
// employee's own policies to acknowledge, and the navigation badges; from GET /api/v1/dashboard/policies and
// /api/v1/dashboard/my-policies.
import {
  dashboardBadge,
  type DashboardContribution,
  type DashboardFigure,
} from '@/shared/modules/dashboard-contribution';
import { policiesDashboardMessages as m } from './i18n/dashboard-messages';

/** The policy a per-policy figure counts the people of: /api/v1/policies/{id}/people. */
const policyIdOf = (figure: DashboardFigure) => figure.list.split('/').at(-2) ?? '';

/** The share of the people asked who have acknowledged the policy this figure is about. */
function acknowledgedShare(figure: DashboardFigure, figures: readonly DashboardFigure[]) {
  const same = (key: string) => figures.find((f) => f.key === key && f.list === figure.list)?.count ?? 0;
  const asked = same('policy.asked');
  return asked ? same('policy.acknowledged') / asked : 0;
}

export const policiesDashboard: DashboardContribution = {
  cards: [
    {
      id: 'policies',
      // Officers see every policy; managers their team's completion (the summary is scoped as the lists are).
      permission: 'dashboard.read',
      order: 30,
      title: () => m.t('card.title'),
      listed: (figure) => figure.key === 'policy.overdue',
      figureLabel: (figure, figures) =>
        figure.key === 'policy.overdue'
          ? m.t('figure.overdue', {
              title: figure.subject ?? '',
              percent: acknowledgedShare(figure, figures),
            })
          : m.t('figure.acknowledged', { title: figure.subject ?? '' }),
      linkTo: (figure) =>
        figure.filter.status
          ? `/policies/${policyIdOf(figure)}?status=${figure.filter.status}`
          : `/policies/${policyIdOf(figure)}`,
      bars: {
        title: () => m.t('chart.acknowledged'),
        figures: (figure) => figure.key === 'policy.acknowledged',
      },
      promise: {
        title: () => m.t('promise.policiesAcknowledged'),
        status: (promise) => m.t('status.policiesAcknowledged', { met: promise.met, total: promise.total }),
      },
      shortfallLabel: (figure) => m.t('shortfall.overdue', { title: figure.subject ?? '' }),
    },
    {
      id: 'my-policies',
      permission: 'policies.acknowledge',
      order: 90,
      title: () => m.t('mine.title'),
      figureLabel: (figure) => (figure.key === 'overdue' ? m.t('mine.overdue') : m.t('mine.toAcknowledge')),
      linkTo: () => '/my-policies',
    },
  ],
};

/** Acknowledgements overdue over every published policy, beside "Policies" (or "Team policies"). */
export const policiesBadge = dashboardBadge('policies', ['policy.overdue'], (count) =>
  m.t('nav.overdue', { count }),
);

/** The person's own overdue acknowledgements, beside "My policies". */
export const myPoliciesBadge = dashboardBadge('my-policies', ['overdue'], (count) =>
  m.t('nav.mineOverdue', { count }),
);
