import { useMemo } from 'react';
import { hasPermission } from '@/shared/auth/permissions';
import { useCurrentUser } from '@/shared/auth/session';
import type { DashboardCardDeclaration } from '@/shared/modules/dashboard-contribution';
import { DECLARED_MODULES } from '@/shared/modules/declared-modules';

/** The cards every module declares, for the signed-in person's roles only, in their order. */
export function useDeclaredCards(): DashboardCardDeclaration[] {
  const { roles } = useCurrentUser();
  return useMemo(
    () =>
      DECLARED_MODULES.flatMap((module) => module.dashboard?.cards ?? [])
        .filter(
          (card) =>
            hasPermission(roles, card.permission) && !(card.unless && hasPermission(roles, card.unless)),
        )
        .sort((a, b) => a.order - b.order),
    [roles],
  );
}
