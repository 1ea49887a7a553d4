import DashboardOutlined from '@mui/icons-material/DashboardOutlined';
import VerifiedOutlined from '@mui/icons-material/VerifiedOutlined';
import { defineModule } from '@/shared/modules/module-definition';
import { dashboardMessages } from './i18n/messages';
import { dashboardRoutes } from './routes';

/**
 * The dashboard and the promises board. Every module contributes its own cards (its dashboard.ts, through its
 * module definition); this module draws them and knows none of them.
 */
export const moduleDefinition = defineModule({
  id: 'dashboard',
  routes: dashboardRoutes,
  // Officers and managers start here; staff keep My policies and the desk its page (their modules claim them).
  home: { permission: 'dashboard.read', path: '/dashboard' },
  navigation: [
    {
      label: dashboardMessages.ref('nav.dashboard'),
      to: '/dashboard',
      end: true,
      icon: DashboardOutlined,
      // Every employee: the modules' cards for officers and managers, their own tasks for staff and the desk.
      permission: 'policies.acknowledge',
      order: -10,
      description: dashboardMessages.ref('nav.dashboardDescription'),
    },
    {
      label: dashboardMessages.ref('nav.promises'),
      to: '/dashboard/promises',
      icon: VerifiedOutlined,
      permission: 'dashboard.read',
      order: 49,
      description: dashboardMessages.ref('nav.promisesDescription'),
    },
  ],
});
