import GavelOutlined from '@mui/icons-material/GavelOutlined';
import TaskAltOutlined from '@mui/icons-material/TaskAltOutlined';
import { defineModule } from '@/shared/modules/module-definition';
import { policiesMessages } from './i18n/messages';
import { myPoliciesBadge, policiesBadge, policiesDashboard } from './dashboard';
import { policiesRoutes } from './routes';

/** Policies & acknowledgements: officers publish and track, managers see their team, everyone acknowledges. */
export const moduleDefinition = defineModule({
  id: 'policies',
  routes: policiesRoutes,
  dashboard: policiesDashboard,
  // Staff start on their own policies. Officers, managers and the desk keep the start page they have.
  home: {
    permission: 'policies.acknowledge',
    unless: ['policies.manage', 'policies.team_completion', 'visits.desk'],
    path: '/my-policies',
  },
  navigation: [
    {
      label: policiesMessages.ref('nav.policies'),
      to: '/policies',
      icon: GavelOutlined,
      permission: 'policies.manage',
      order: 14,
      badge: policiesBadge,
      description: policiesMessages.ref('nav.policiesDescription'),
    },
    {
      label: policiesMessages.ref('nav.teamPolicies'),
      to: '/policies',
      icon: GavelOutlined,
      permission: 'policies.team_completion',
      unless: 'policies.manage',
      order: 14,
      badge: policiesBadge,
      description: policiesMessages.ref('nav.teamPoliciesDescription'),
    },
    {
      label: policiesMessages.ref('nav.myPolicies'),
      to: '/my-policies',
      icon: TaskAltOutlined,
      permission: 'policies.acknowledge',
      order: 25,
      badge: myPoliciesBadge,
      description: policiesMessages.ref('nav.myPoliciesDescription'),
    },
  ],
});
