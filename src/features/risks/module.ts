import GppMaybeOutlined from '@mui/icons-material/GppMaybeOutlined';
import { defineModule } from '@/shared/modules/module-definition';
import { risksRoutes } from './routes';

/** The risk register: officers write and submit plans, managers review and approve them. */
export const moduleDefinition = defineModule({
  id: 'risks',
  routes: risksRoutes,
  navigation: [
    {
      label: 'Risk register',
      to: '/risks',
      icon: GppMaybeOutlined,
      permission: 'risks.read',
      order: 12,
      description:
        'Threats to personal data, their likelihood and impact, mitigation plans and the managers’ review of them.',
    },
  ],
});
