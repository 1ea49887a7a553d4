import { formatDate } from '@/shared/labels/format';

/** A calendar date that never breaks across lines (2027-06-20 would break at its hyphens in a narrow column). */
export function Day({ day }: { day: string | null | undefined }) {
  return <span style={{ whiteSpace: 'nowrap' }}>{formatDate(day)}</span>;
}
