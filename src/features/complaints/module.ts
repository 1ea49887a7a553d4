import FeedbackOutlined from '@mui/icons-material/FeedbackOutlined';
import { defineModule } from '@/shared/modules/module-definition';
import { complaintsBadge, complaintsDashboard } from './dashboard';
import { complaintsRoutes } from './routes';

/** Complaints & regulator escalations: privacy officers only. */
export const moduleDefinition = defineModule({
  id: 'complaints',
  routes: complaintsRoutes,
  dashboard: complaintsDashboard,
  navigation: [
    {
      label: 'Complaints',
      to: '/complaints',
      icon: FeedbackOutlined,
      permission: 'complaints.read',
      order: 40,
      badge: complaintsBadge,
      description: 'Every complaint answered in time, and every escalation to a regulator traceable.',
    },
  ],
});
