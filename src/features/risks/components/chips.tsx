import { styled } from '@mui/material/styles';
import { translateMessage, useMessages } from '@/shared/i18n/messages';
import { ChipRow, ToneChip, type Tone } from '@/shared/ui/tone-chip';
import type { components } from '@/shared/api/schema';
import { risksMessages } from '../i18n/messages';
import { riskWords } from '../model/labels';
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
  const t = useMessages(risksMessages);
  return (
    <ToneChip
      tone={RATING_TONES[rating]}
      label={t('chip.rating', { score, rating: riskWords().rating[rating] })}
      title={t('chip.score', { score })}
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
  useMessages(risksMessages);
  return <ToneChip tone={STATUS_TONES[status]} label={riskWords().status[status]} />;
}

/** A risk's flags; the chip's title carries the backend's full sentence (in the request's language). */
export function FlagChips({ flags }: { flags: RiskFlag[] }) {
  const t = useMessages(risksMessages);
  if (flags.length === 0) return <NoneText>{t('chip.none')}</NoneText>;
  return (
    <ChipRow>
      {flags.map((flag) => (
        <ToneChip
          key={flag.code}
          tone={flag.code === 'review_due_soon' || flag.code === 'acceptance_expiring' ? 'warning' : 'error'}
          icon
          label={riskWords().flag[flag.code]}
          title={translateMessage(flag.message)}
        />
      ))}
    </ChipRow>
  );
}
