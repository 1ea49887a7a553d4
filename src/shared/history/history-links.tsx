// The links a record's history panel offers under its entries, as modules declare them (module.ts
// `historyLinks`): the audit trail's "the same entries there" for those who may read it. The panel knows no module.
import { Link as RouterLink } from 'react-router';
import Link from '@mui/material/Link';
import Stack from '@mui/material/Stack';
import { hasPermission } from '@/shared/auth/permissions';
import { useSession } from '@/shared/auth/session';
import { translateMessage, useMessages } from '@/shared/i18n/messages';
import { sharedMessages } from '@/shared/i18n/shared-messages';
import { DECLARED_MODULES } from '@/shared/modules/declared-modules';

const HISTORY_LINKS = DECLARED_MODULES.flatMap((module) => module.historyLinks ?? []);

export function HistoryLinks({ entityType, entityId }: { entityType: string; entityId: string }) {
  // Read for the re-render on a language switch: the labels are references translated here.
  useMessages(sharedMessages);
  const roles = useSession().data?.user.roles;
  const links = HISTORY_LINKS.filter((link) => hasPermission(roles, link.permission));
  if (links.length === 0) return null;
  return (
    <Stack direction="row" spacing={2} sx={{ mt: 1 }}>
      {links.map((link) => (
        <Link key={link.label} component={RouterLink} to={link.to({ entityType, entityId })} variant="body2">
          {translateMessage(link.label)}
        </Link>
      ))}
    </Stack>
  );
}
