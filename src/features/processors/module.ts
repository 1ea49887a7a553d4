import BusinessOutlined from '@mui/icons-material/BusinessOutlined';
import { defineModule } from '@/shared/modules/module-definition';
import { processorsMessages } from './i18n/messages';
import { processorsDashboard, processorsBadge } from './dashboard';
import { processorsRoutes } from './routes';

/** Processors & contracts: officers read and write, managers read. */
export const moduleDefinition = defineModule({
  id: 'processors',
  routes: processorsRoutes,
  dashboard: processorsDashboard,
  navigation: [
    {
      label: processorsMessages.ref('nav.label'),
      to: '/processors',
      icon: BusinessOutlined,
      permission: 'processors.read',
      order: 10,
      badge: processorsBadge,
      description: processorsMessages.ref('nav.description'),
    },
  ],
});
