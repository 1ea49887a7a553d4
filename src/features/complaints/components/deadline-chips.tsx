import { utcTodayIso } from '@/shared/model/dates';
import { formatDate } from '@/shared/labels/format';
import { useMessages } from '@/shared/i18n/messages';
import { ToneChip, type Tone } from '@/shared/ui/tone-chip';
import type { ComplaintDeadline } from '../api/queries';
import { complaintsMessages } from '../i18n/messages';
import { DEADLINE_ITEM_STATUS_LABELS, DEADLINE_KIND_LABELS, DEADLINE_STATUS_LABELS } from '../model/labels';
import type { DeadlineDisplay } from '../model/rules';
import type { ComplaintDeadlineStatus } from '../model/schemas';

const TONES: Record<DeadlineDisplay | ComplaintDeadlineStatus, Tone> = {
  overdue: 'error',
  due_soon: 'warning',
  on_track: 'neutral',
  met: 'success',
  // Done, but after the date: a warning, never the green of a deadline met.
  met_late: 'warning',
  // The complaint closed without the act: not met, and nothing left running.
  stopped: 'neutral',
  none: 'neutral',
};

/**
 * Overdue and due this week said in words (and an icon), not by colour alone; the tone is the border. Light
 * enough for every row of a list.
 */
export function DeadlineStatusChip({ status }: { status: DeadlineDisplay | ComplaintDeadlineStatus }) {
  useMessages(complaintsMessages);
  const label =
    status in DEADLINE_ITEM_STATUS_LABELS
      ? DEADLINE_ITEM_STATUS_LABELS[status as DeadlineDisplay]
      : DEADLINE_STATUS_LABELS[status as ComplaintDeadlineStatus];
  return (
    <ToneChip
      tone={TONES[status]}
      label={label}
      icon={status === 'overdue' || status === 'due_soon' || status === 'met_late'}
    />
  );
}

const DAY = 86_400_000;

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string) {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY);
}

/** "in 3 days", "today", "2 days ago": how far the due date is from the backend's today. */
export function relativeDays(due: string, today = utcTodayIso()) {
  const days = daysBetween(today, due);
  if (days === 0) return complaintsMessages.t('deadline.today');
  if (days === 1) return complaintsMessages.t('deadline.tomorrow');
  if (days === -1) return complaintsMessages.t('deadline.yesterday');
  return days > 0
    ? complaintsMessages.t('deadline.inDays', { count: days })
    : complaintsMessages.t('deadline.daysAgo', { count: -days });
}

/** A list row's clock: which deadline is next, when, and how it stands. */
export function NextDeadlineCell({ deadline }: { deadline: ComplaintDeadline | null }) {
  const t = useMessages(complaintsMessages);
  if (!deadline) return <DeadlineStatusChip status="none" />;
  return (
    <span style={{ display: 'inline-flex', flexDirection: 'column', gap: 2 }}>
      <span>
        {t('deadline.dueCell', { date: formatDate(deadline.due), relative: relativeDays(deadline.due) })}
      </span>
      <span
        style={{
          display: 'inline-flex',
          alignItems: 'center',
          flexWrap: 'wrap',
          gap: 6,
          fontSize: '0.8125rem',
        }}
      >
        <DeadlineStatusChip status={deadline.status} />
        {DEADLINE_KIND_LABELS[deadline.kind]}
      </span>
    </span>
  );
}
