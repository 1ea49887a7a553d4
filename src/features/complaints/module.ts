import FeedbackOutlined from '@mui/icons-material/FeedbackOutlined';
import { defineModule } from '@/shared/modules/module-definition';
import { complaintsMessages } from './i18n/messages';
import { complaintsBadge, complaintsDashboard } from './dashboard';
import { complaintsRoutes } from './routes';

/** Complaints & regulator escalations: privacy officers only. */
export const moduleDefinition = defineModule({
  id: 'complaints',
  routes: complaintsRoutes,
  dashboard: complaintsDashboard,
  navigation: [
    {
      label: complaintsMessages.ref('nav.label'),
      to: '/complaints',
      icon: FeedbackOutlined,
      permission: 'complaints.read',
      order: 40,
      badge: complaintsBadge,
      description: complaintsMessages.ref('nav.description'),
    },
  ],
});
