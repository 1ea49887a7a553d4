// The navigation lists only modules that exist and that the signed-in person's roles may use.
import type { SvgIconComponent } from '@mui/icons-material';
import HomeOutlined from '@mui/icons-material/HomeOutlined';
import BadgeOutlined from '@mui/icons-material/BadgeOutlined';
import EventAvailableOutlined from '@mui/icons-material/EventAvailableOutlined';
import BusinessOutlined from '@mui/icons-material/BusinessOutlined';
import { hasPermission, type Role } from '@/shared/auth/permissions';

export interface NavItem {
  label: string;
  to: string;
  icon: SvgIconComponent;
}

export function navigationFor(roles: readonly Role[]): NavItem[] {
  const items: NavItem[] = [];
  const can = (permission: Parameters<typeof hasPermission>[1]) => hasPermission(roles, permission);
  if (can('visits.desk')) items.push({ label: 'Visitor log', to: '/visitors', icon: BadgeOutlined });
  else items.push({ label: 'Home', to: '/home', icon: HomeOutlined });
  if (can('processors.read')) items.push({ label: 'Processors', to: '/processors', icon: BusinessOutlined });
  if (!can('visits.desk') && can('visits.history')) {
    items.push({ label: 'Visitor log', to: '/visitors/history', icon: BadgeOutlined });
  }
  if (can('visits.expect'))
    items.push({ label: 'My expected visitors', to: '/my-visitors', icon: EventAvailableOutlined });
  return items;
}
