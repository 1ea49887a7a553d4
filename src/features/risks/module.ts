import GppMaybeOutlined from '@mui/icons-material/GppMaybeOutlined';
import { defineModule } from '@/shared/modules/module-definition';
import { risksMessages } from './i18n/messages';
import { risksBadge, risksDashboard } from './dashboard';
import { risksRoutes } from './routes';

/** The risk register: officers write and submit plans, managers review and approve them. */
export const moduleDefinition = defineModule({
  id: 'risks',
  routes: risksRoutes,
  dashboard: risksDashboard,
  navigation: [
    {
      label: risksMessages.ref('nav.register'),
      to: '/risks',
      icon: GppMaybeOutlined,
      permission: 'risks.read',
      order: 12,
      badge: risksBadge,
      description: risksMessages.ref('nav.description'),
    },
  ],
});
