import BadgeOutlined from '@mui/icons-material/BadgeOutlined';
import EventAvailableOutlined from '@mui/icons-material/EventAvailableOutlined';
import { defineModule } from '@/shared/modules/module-definition';
import { visitsMessages } from './i18n/messages';
import { visitsDashboard } from './dashboard';
import { visitsRoutes } from './routes';

/** The visitor log: the desk's page, the visit history and retention, and every employee's expected visitors. */
export const moduleDefinition = defineModule({
  id: 'visits',
  routes: visitsRoutes,
  dashboard: visitsDashboard,
  // The desk starts on its own page: who is on site, who is expected, check in and out.
  home: { permission: 'visits.desk', path: '/visitors' },
  navigation: [
    {
      label: visitsMessages.ref('nav.visitorLog'),
      to: '/visitors',
      end: true,
      icon: BadgeOutlined,
      permission: 'visits.desk',
      order: 0,
      description: visitsMessages.ref('nav.desk.description'),
    },
    {
      label: visitsMessages.ref('nav.visitorLog'),
      to: '/visitors/history',
      icon: BadgeOutlined,
      permission: 'visits.history',
      unless: 'visits.desk',
      order: 20,
      description: visitsMessages.ref('nav.history.description'),
    },
    {
      label: visitsMessages.ref('nav.myVisitors'),
      to: '/my-visitors',
      icon: EventAvailableOutlined,
      permission: 'visits.expect',
      order: 30,
      description: visitsMessages.ref('nav.myVisitors.description'),
    },
  ],
});
