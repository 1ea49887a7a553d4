// The visitor log on the dashboard: people on site now (the officer's figure links to the visit history filtered
// to them, the desk's to its own page), and the promise that visitors are registered on entry and exit; from
// GET /api/v1/dashboard/visits and /api/v1/dashboard/desk.
import { listLink, type DashboardContribution } from '@/shared/modules/dashboard-contribution';
import { visitsDashboardMessages as m } from './i18n/dashboard-messages';

export const visitsDashboard: DashboardContribution = {
  cards: [
    {
      id: 'visits',
      permission: 'visits.history.all',
      order: 40,
      title: () => m.t('card.title'),
      figureLabel: () => m.t('figure.onSite'),
      linkTo: (figure) => listLink('/visitors/history', figure),
      promise: {
        title: () => m.t('promise.visitorsRegistered'),
        status: (promise) => m.t('status.visitorsRegistered', { met: promise.met, total: promise.total }),
      },
      shortfallLabel: () => m.t('shortfall.exitNotRecorded'),
    },
    {
      id: 'desk',
      permission: 'visits.desk',
      order: 80,
      title: () => m.t('desk.title'),
      figureLabel: () => m.t('figure.onSite'),
      // Every site's people: the figure counts them all, and the desk's page shows its own site unless told.
      // (ALL_SITES of components/site-filter.tsx, written out: this file loads with the sign-in page.)
      linkTo: () => '/visitors?site=all',
    },
  ],
};
