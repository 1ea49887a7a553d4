import GavelOutlined from '@mui/icons-material/GavelOutlined';
import TaskAltOutlined from '@mui/icons-material/TaskAltOutlined';
import { defineModule } from '@/shared/modules/module-definition';
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
      label: 'Policies',
      to: '/policies',
      icon: GavelOutlined,
      permission: 'policies.manage',
      order: 14,
      badge: policiesBadge,
      description: 'The policy library: versions, publishing, who has acknowledged and who is overdue.',
    },
    {
      label: 'Team policies',
      to: '/policies',
      icon: GavelOutlined,
      permission: 'policies.team_completion',
      unless: 'policies.manage',
      order: 14,
      badge: policiesBadge,
      description: 'Which of your team have acknowledged each policy, and who is overdue.',
    },
    {
      label: 'My policies',
      to: '/my-policies',
      icon: TaskAltOutlined,
      permission: 'policies.acknowledge',
      order: 25,
      badge: myPoliciesBadge,
      description: 'Read the policies that apply to you and confirm you will follow them.',
    },
  ],
});
