import BusinessOutlined from '@mui/icons-material/BusinessOutlined';
import { defineModule } from '@/shared/modules/module-definition';
import { processorsDashboard, processorsBadge } from './dashboard';
import { processorsRoutes } from './routes';

/** Processors & contracts: officers read and write, managers read. */
export const moduleDefinition = defineModule({
  id: 'processors',
  routes: processorsRoutes,
  dashboard: processorsDashboard,
  navigation: [
    {
      label: 'Processors',
      to: '/processors',
      icon: BusinessOutlined,
      permission: 'processors.read',
      order: 10,
      badge: processorsBadge,
      description:
        'Every third party that processes personal data for us: contracts, clauses and compliance reviews.',
    },
  ],
});
