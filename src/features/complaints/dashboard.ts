// Complaints on the dashboard: those past a deadline first, then those due soon (each list sorted by its next
// deadline), open escalations per regulator, the promises of complaints resolved and people told of their
// regulators, and the navigation badge; from GET /api/v1/dashboard/complaints.
import {
  dashboardBadge,
  listLink,
  type DashboardContribution,
  type DashboardFigure,
} from '@/shared/modules/dashboard-contribution';
import { complaintsDashboardMessages as m } from './i18n/dashboard-messages';
import { DUE_SOON_DAYS } from './model/due-soon';

function figureLabel(figure: DashboardFigure) {
  if (figure.key === 'escalated') return m.t('figure.escalated', { regulator: figure.subject ?? '' });
  return figure.key === 'dueSoon' ? m.t('figure.dueSoon', { days: DUE_SOON_DAYS }) : m.t('figure.overdue');
}

export const complaintsDashboard: DashboardContribution = {
  cards: [
    {
      id: 'complaints',
      permission: 'complaints.read',
      order: 50,
      title: () => m.t('card.title'),
      figureLabel,
      linkTo: (figure) => listLink('/complaints', figure),
      promise: {
        title: (promise) =>
          promise.key === 'complainantsTold'
            ? m.t('promise.complainantsTold')
            : m.t('promise.complaintsAnswered'),
        status: (promise) =>
          m.t(promise.key === 'complainantsTold' ? 'status.complainantsTold' : 'status.complaintsAnswered', {
            met: promise.met,
            total: promise.total,
          }),
      },
      shortfallLabel: (figure) =>
        figure.key === 'unacknowledged' ? m.t('shortfall.unacknowledged') : m.t('shortfall.overdue'),
    },
  ],
};

/** Complaints past a deadline, beside "Complaints". */
export const complaintsBadge = dashboardBadge('complaints', ['overdue'], (count) =>
  m.t('nav.overdue', { count }),
);
