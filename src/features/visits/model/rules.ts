// The visitor log's rules that its backend owns: retention, the check-out undo window, and when two visitors'
// names are the same person on site twice. The mock backend imports them.

export const DEFAULT_RETENTION_DAYS = 90;
/** How many days of history the security desk reads until an officer sets it (PRODUCT.md: default 7). */
export const DEFAULT_DESK_HISTORY_DAYS = 7;
export const MAX_DESK_HISTORY_DAYS = 90;
/** A mistaken check-out can be undone for this long. */
export const UNDO_WINDOW_MS = 5 * 60_000;

/** How two names compare when looking for the same visitor on site twice: case, accents and spacing aside. */
export function sameNameKey(name: string) {
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}
