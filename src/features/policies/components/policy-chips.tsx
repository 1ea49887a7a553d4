import { useMessages } from '@/shared/i18n/messages';
import { ToneChip } from '@/shared/ui/tone-chip';
import { policiesMessages } from '../i18n/messages';
import { acknowledgementStatusLabel, policyStatusLabel } from '../model/labels';
import type { AcknowledgementStatus, PolicyStatus } from '../model/schemas';

const STATUS_TONE = { draft: 'neutral', published: 'success', retired: 'neutral' } as const;
const ACK_TONE = { acknowledged: 'success', pending: 'warning', overdue: 'error' } as const;

export function PolicyStatusChip({ status }: { status: PolicyStatus }) {
  useMessages(policiesMessages); // the label follows the language
  return <ToneChip tone={STATUS_TONE[status]} label={policyStatusLabel(status)} />;
}

export function AcknowledgementChip({ status }: { status: AcknowledgementStatus }) {
  useMessages(policiesMessages);
  return (
    <ToneChip
      tone={ACK_TONE[status]}
      label={acknowledgementStatusLabel(status)}
      icon={status === 'overdue'}
    />
  );
}
