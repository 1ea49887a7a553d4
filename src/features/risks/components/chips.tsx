import { styled } from '@mui/material/styles';
import { ChipRow, ToneChip, type Tone } from '@/shared/ui/tone-chip';
import type { components } from '@/shared/api/schema';
import { FLAG_LABELS, RATING_LABELS, STATUS_LABELS } from '../model/labels';
import type { RiskRating, RiskStatus } from '../model/schemas';

type RiskFlag = components['schemas']['RiskFlag'];

const NoneText = styled('span')({ color: 'var(--mui-palette-text-secondary)' });

export const RATING_TONES: Record<RiskRating, Tone> = {
  critical: 'error',
  high: 'warning',
  medium: 'neutral',
  low: 'success',
};

/** A score with its band in words ("12 High"): the band is never told by colour alone. */
export function RatingChip({ score, rating }: { score: number; rating: RiskRating }) {
  return (
    <ToneChip
      tone={RATING_TONES[rating]}
      label={`${score} ${RATING_LABELS[rating]}`}
      title={`Score ${score}`}
    />
  );
}

const STATUS_TONES: Record<RiskStatus, Tone> = {
  draft: 'neutral',
  in_review: 'warning',
  changes_requested: 'error',
  approved: 'success',
};

export function StatusChip({ status }: { status: RiskStatus }) {
  return <ToneChip tone={STATUS_TONES[status]} label={STATUS_LABELS[status]} />;
}

/** A risk's flags; the chip's title carries the backend's full sentence. */
export function FlagChips({ flags }: { flags: RiskFlag[] }) {
  if (flags.length === 0) return <NoneText>None</NoneText>;
  return (
    <ChipRow>
      {flags.map((flag) => (
        <ToneChip
          key={flag.code}
          tone={flag.code === 'review_due_soon' || flag.code === 'acceptance_expiring' ? 'warning' : 'error'}
          icon
          label={FLAG_LABELS[flag.code]}
          title={flag.message}
        />
      ))}
    </ChipRow>
  );
}
