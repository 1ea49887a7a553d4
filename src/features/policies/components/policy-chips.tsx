import { ToneChip } from '@/shared/ui/tone-chip';
import { ACKNOWLEDGEMENT_STATUS_LABELS, POLICY_STATUS_LABELS } from '../model/labels';
import type { AcknowledgementStatus, PolicyStatus } from '../model/schemas';

const STATUS_TONE = { draft: 'neutral', published: 'success', retired: 'neutral' } as const;
const ACK_TONE = { acknowledged: 'success', pending: 'warning', overdue: 'error' } as const;

export function PolicyStatusChip({ status }: { status: PolicyStatus }) {
  return <ToneChip tone={STATUS_TONE[status]} label={POLICY_STATUS_LABELS[status]} />;
}

export function AcknowledgementChip({ status }: { status: AcknowledgementStatus }) {
  return (
    <ToneChip
      tone={ACK_TONE[status]}
      label={ACKNOWLEDGEMENT_STATUS_LABELS[status]}
      icon={status === 'overdue'}
    />
  );
}
