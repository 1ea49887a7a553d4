import Typography from '@mui/material/Typography';
import { useMessages } from '@/shared/i18n/messages';
import { risksMessages } from '../i18n/messages';
import { ratingOf, scoreOf } from '../model/rules';
import { riskWords } from '../model/labels';
import { RatingChip } from './chips';

/** The score and band of two chosen levels, as they are chosen; the bands said beside it. */
export function ScoreReadout({
  label,
  likelihood,
  impact,
}: {
  label: string;
  likelihood: unknown;
  impact: unknown;
}) {
  const t = useMessages(risksMessages);
  const l = Number(likelihood);
  const i = Number(impact);
  const chosen = l >= 1 && l <= 5 && i >= 1 && i <= 5;
  return (
    <Typography
      variant="body2"
      component="p"
      role="status"
      sx={{ display: 'flex', gap: 1, alignItems: 'center', flexWrap: 'wrap' }}
    >
      <span>{t('readout.label', { label })}</span>
      {chosen ? (
        <RatingChip score={scoreOf(l, i)} rating={ratingOf(scoreOf(l, i))} />
      ) : (
        <span>{t('readout.chooseBoth')}</span>
      )}
      <Typography component="span" variant="body2" color="text.secondary">
        {t('readout.explained', { bands: riskWords().bandDescriptions.join(', ') })}
      </Typography>
    </Typography>
  );
}
