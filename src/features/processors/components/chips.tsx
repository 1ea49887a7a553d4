import { styled } from '@mui/material/styles';
import type { ProcessorFlag } from '../api/queries';
import { useMessages } from '@/shared/i18n/messages';
import { processorsMessages } from '../i18n/messages';
import {
  clauseLabel,
  contractStatusLabel,
  flagLabel,
  missingClauseLabel,
  reviewOutcomeLabel,
  reviewStatusLabel,
} from '../model/labels';
import {
  type ContractClause,
  type ContractStatus,
  type ReviewOutcome,
  type ReviewStatus,
} from '../model/schemas';
import { ChipRow, ToneChip, type Tone } from '@/shared/ui/tone-chip';

const NoneText = styled('span')({ color: 'var(--mui-palette-text-secondary)' });

// A transfer on an invalidated mechanism, or a processor found non-compliant, is a breach now, not a warning.
const FLAG_TONES: Partial<Record<ProcessorFlag['code'], Tone>> = {
  privacy_shield: 'error',
  non_compliant: 'error',
};

/** A processor's flags at a glance; the chip's title carries the backend's full sentence (in our language). */
export function FlagChips({ flags }: { flags: ProcessorFlag[] }) {
  const t = useMessages(processorsMessages);
  if (flags.length === 0) return <NoneText>{t('chip.none')}</NoneText>;
  return (
    <ChipRow>
      {flags.map((flag) => (
        <ToneChip
          key={flag.code}
          tone={FLAG_TONES[flag.code] ?? 'warning'}
          icon
          label={flagLabel(flag.code)}
          title={flag.message}
        />
      ))}
    </ChipRow>
  );
}

/** The clauses a contract lacks, one chip each, so a gap is visible without opening the contract. */
export function MissingClauseChips({
  clauses,
  emptyText,
}: {
  clauses: ContractClause[];
  emptyText?: string;
}) {
  const t = useMessages(processorsMessages);
  if (clauses.length === 0) return <NoneText>{emptyText ?? t('chip.none')}</NoneText>;
  return (
    <ChipRow>
      {clauses.map((clause) => (
        <ToneChip
          key={clause}
          tone="error"
          label={missingClauseLabel(clause)}
          title={t('chip.missingClauseTitle', { clause: clauseLabel(clause) })}
        />
      ))}
    </ChipRow>
  );
}

const REVIEW_STATUS_TONES: Record<ReviewStatus, Tone> = {
  overdue: 'error',
  due_soon: 'warning',
  scheduled: 'success',
  not_required: 'neutral',
};

export function ReviewStatusChip({ status }: { status: ReviewStatus }) {
  useMessages(processorsMessages);
  return <ToneChip tone={REVIEW_STATUS_TONES[status]} label={reviewStatusLabel(status)} />;
}

const CONTRACT_STATUS_TONES: Record<ContractStatus, Tone> = {
  current: 'success',
  expiring: 'warning',
  expired: 'neutral',
  upcoming: 'neutral',
};

export function ContractStatusChip({ status }: { status: ContractStatus }) {
  useMessages(processorsMessages);
  return <ToneChip tone={CONTRACT_STATUS_TONES[status]} label={contractStatusLabel(status)} />;
}

const OUTCOME_TONES: Record<ReviewOutcome, Tone> = {
  compliant: 'success',
  remediation_required: 'warning',
  non_compliant: 'error',
};

export function OutcomeChip({ outcome }: { outcome: ReviewOutcome }) {
  useMessages(processorsMessages);
  return <ToneChip tone={OUTCOME_TONES[outcome]} label={reviewOutcomeLabel(outcome)} />;
}
