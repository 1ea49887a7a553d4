import FactCheckOutlined from '@mui/icons-material/FactCheckOutlined';
import { defineModule } from '@/shared/modules/module-definition';
import { auditMessages } from './i18n/messages';
import { auditRoutes } from './routes';

/** The audit trail: who did what across every module, tamper-evident; privacy officers only. */
export const moduleDefinition = defineModule({
  id: 'audit',
  routes: auditRoutes,
  navigation: [
    {
      label: auditMessages.ref('nav.trail'),
      to: '/audit',
      icon: FactCheckOutlined,
      permission: 'audit.read',
      order: 50,
      description: auditMessages.ref('nav.trailDescription'),
    },
  ],
  historyLinks: [
    {
      permission: 'audit.read',
      label: auditMessages.ref('history.openInTrail'),
      to: ({ entityType, entityId }) => `/audit?${new URLSearchParams({ entityType, entityId }).toString()}`,
    },
  ],
});
