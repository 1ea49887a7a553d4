import { useCallback, useState } from 'react';
import type { ColumnVisibilityState } from '@tanstack/react-table';
import { useSession } from '@/shared/auth/session';

export type Density = 'compact' | 'comfortable';

export interface TablePreferences {
  columnVisibility: ColumnVisibilityState;
  density: Density;
}

const PREFIX = 'poc-table:';

function storageKey(userId: string, tableId: string) {
  return `${PREFIX}${userId}:${tableId}`;
}

function read(key: string): Partial<TablePreferences> | undefined {
  try {
    const raw = localStorage.getItem(key);
    return raw ? (JSON.parse(raw) as Partial<TablePreferences>) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Which columns a person shows and how dense the rows are, per table and per user. localStorage is fine here:
 * these are preferences, never personal data, and they should outlive the tab.
 */
export function useTablePreferences(tableId: string, defaultVisibility: ColumnVisibilityState) {
  const userId = useSession().data?.user.id ?? 'anonymous';
  const key = storageKey(userId, tableId);
  const [prefs, setPrefs] = useState<TablePreferences>(() => {
    const stored = read(key);
    return {
      columnVisibility: { ...defaultVisibility, ...stored?.columnVisibility },
      density: stored?.density === 'compact' ? 'compact' : 'comfortable',
    };
  });

  const update = useCallback(
    (change: (current: TablePreferences) => TablePreferences) =>
      setPrefs((current) => {
        const next = change(current);
        try {
          localStorage.setItem(key, JSON.stringify(next));
        } catch {
          // Storage full or disabled: the choice holds for this visit only.
        }
        return next;
      }),
    [key],
  );

  return { prefs, update };
}
