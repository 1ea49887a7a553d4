import { utcTodayIso } from '@/shared/model/dates';
import { formatDate } from '@/shared/labels/format';
import { ToneChip, type Tone } from '@/shared/ui/tone-chip';
import type { ComplaintDeadline } from '../api/queries';
import { DEADLINE_ITEM_STATUS_LABELS, DEADLINE_KIND_LABELS, DEADLINE_STATUS_LABELS } from '../model/labels';
import type { DeadlineStatus } from '../model/rules';
import type { ComplaintDeadlineStatus } from '../model/schemas';

const TONES: Record<DeadlineStatus | ComplaintDeadlineStatus, Tone> = {
  overdue: 'error',
  due_soon: 'warning',
  on_track: 'neutral',
  met: 'success',
  none: 'neutral',
};

/**
 * Overdue and due this week said in words (and an icon), not by colour alone; the tone is the border. Light
 * enough for every row of a list.
 */
export function DeadlineStatusChip({ status }: { status: DeadlineStatus | ComplaintDeadlineStatus }) {
  const label =
    status in DEADLINE_ITEM_STATUS_LABELS
      ? DEADLINE_ITEM_STATUS_LABELS[status as DeadlineStatus]
      : DEADLINE_STATUS_LABELS[status as ComplaintDeadlineStatus];
  return <ToneChip tone={TONES[status]} label={label} icon={status === 'overdue' || status === 'due_soon'} />;
}

const DAY = 86_400_000;

/** "in 3 days", "today", "2 days ago": how far the due date is from the backend's today. */
export function relativeDays(due: string, today = utcTodayIso()) {
  const days = Math.round((Date.parse(`${due}T00:00:00Z`) - Date.parse(`${today}T00:00:00Z`)) / DAY);
  if (days === 0) return 'today';
  if (days === 1) return 'tomorrow';
  if (days === -1) return 'yesterday';
  return days > 0 ? `in ${days} days` : `${-days} days ago`;
}

/** A list row's clock: which deadline is next, when, and how it stands. */
export function NextDeadlineCell({ deadline }: { deadline: ComplaintDeadline | null }) {
  if (!deadline) return <DeadlineStatusChip status="none" />;
  return (
    <span style={{ display: 'inline-flex', flexDirection: 'column', gap: 2 }}>
      <span>
        {formatDate(deadline.due)} ({relativeDays(deadline.due)})
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
