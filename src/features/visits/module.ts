import BadgeOutlined from '@mui/icons-material/BadgeOutlined';
import EventAvailableOutlined from '@mui/icons-material/EventAvailableOutlined';
import { defineModule } from '@/shared/modules/module-definition';
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
      label: 'Visitor log',
      to: '/visitors',
      end: true,
      icon: BadgeOutlined,
      permission: 'visits.desk',
      order: 0,
      description: 'Sign visitors in and out, see who is on site, print the roll call.',
    },
    {
      label: 'Visitor log',
      to: '/visitors/history',
      icon: BadgeOutlined,
      permission: 'visits.history',
      unless: 'visits.desk',
      order: 20,
      description: 'Every visit on record, retention of visitor data, and exports for auditors.',
    },
    {
      label: 'My expected visitors',
      to: '/my-visitors',
      icon: EventAvailableOutlined,
      permission: 'visits.expect',
      order: 30,
      description: 'Tell the security desk about a visitor you expect, so they are signed in quickly.',
    },
  ],
});
