// The 5x5 heat map of likelihood x impact. Each cell is a link to the list filtered to it (the filters in the
// URL), says its count and band in text (colour is never the only signal), is announced with its likelihood,
// impact and count, and the arrow keys move between cells.
import type { KeyboardEvent } from 'react';
import { Link as RouterLink, useSearchParams } from 'react-router';
import Box from '@mui/material/Box';
import FormControlLabel from '@mui/material/FormControlLabel';
import Grid from '@mui/material/Grid';
import Radio from '@mui/material/Radio';
import RadioGroup from '@mui/material/RadioGroup';
import FormLabel from '@mui/material/FormLabel';
import FormControl from '@mui/material/FormControl';
import Typography from '@mui/material/Typography';
import { styled } from '@mui/material/styles';
import { useMessages } from '@/shared/i18n/messages';
import { formatNumber } from '@/shared/labels/format';
import { PageHeader } from '@/shared/ui/page-header';
import { visuallyHidden } from '@/shared/ui/visually-hidden';
import { QueryError } from '@/shared/ui/query-error';
import { LoadingBlock } from '@/shared/ui/loading-block';
import { useHeatMap } from '../api/queries';
import { risksMessages } from '../i18n/messages';
import { impactLabel, likelihoodLabel, riskWords } from '../model/labels';
import { LEVELS, RATING_BANDS } from '../model/rules';
import type { RiskRating, RiskScoreBasis } from '../model/schemas';

/** Light tints with the body text in near-black on each: the band's word carries the meaning, the tint helps. */
const BAND_BACKGROUNDS: Record<RiskRating, string> = {
  low: '#e3f1e4',
  medium: '#fdf3cf',
  high: '#fddcb5',
  critical: '#f9c9c9',
};

const CellLink = styled(RouterLink)({
  display: 'flex',
  flexDirection: 'column',
  alignItems: 'center',
  justifyContent: 'center',
  minHeight: 64,
  minWidth: 56,
  color: '#1a1a1a',
  textDecoration: 'none',
  borderRadius: 4,
  '&:hover': { textDecoration: 'underline' },
  '&:focus-visible': { outline: '3px solid #1a1a1a', outlineOffset: -3 },
});

const Table = styled('table')({
  borderCollapse: 'separate',
  borderSpacing: 4,
  width: '100%',
  maxWidth: 760,
  tableLayout: 'fixed',
  // Words are never broken mid-word ("Negligi/ble"): a header wraps between words only; on a narrow screen
  // the impact names stand vertically, whole, above their columns.
  '& th': {
    fontWeight: 600,
    fontSize: '0.8125rem',
    padding: 4,
    overflowWrap: 'normal',
    wordBreak: 'normal',
    hyphens: 'manual',
  },
  '& .level-name': { display: 'inline-block' },
  '@media (max-width: 600px)': {
    '& th': { fontSize: '0.6875rem' },
    '& thead .level-name': {
      writingMode: 'vertical-rl',
      transform: 'rotate(180deg)',
      whiteSpace: 'nowrap',
      marginTop: 2,
    },
  },
  '& td': { padding: 0, border: '1px solid #6b6b6b', borderRadius: 4 },
});

/** Arrow keys move between the cells' links, as in a grid; Tab still walks them in reading order. */
function moveFocus(event: KeyboardEvent<HTMLTableElement>) {
  const moves: Record<string, [number, number]> = {
    ArrowUp: [-1, 0],
    ArrowDown: [1, 0],
    ArrowLeft: [0, -1],
    ArrowRight: [0, 1],
  };
  const move = moves[event.key];
  const target = event.target as HTMLElement;
  const row = Number(target.dataset.row);
  const column = Number(target.dataset.column);
  if (!move || Number.isNaN(row)) return;
  const next = event.currentTarget.querySelector<HTMLElement>(
    `[data-row="${row + move[0]}"][data-column="${column + move[1]}"]`,
  );
  if (next) {
    event.preventDefault();
    next.focus();
  }
}

export function HeatMapPage() {
  const t = useMessages(risksMessages);
  const words = riskWords();
  const [searchParams, setSearchParams] = useSearchParams();
  const basis: RiskScoreBasis = searchParams.get('basis') === 'inherent' ? 'inherent' : 'residual';
  const map = useHeatMap({ basis });
  const countAt = (likelihood: number, impact: number) =>
    map.data?.cells.find((c) => c.likelihood === likelihood && c.impact === impact);
  const rowsTopDown = [...LEVELS].reverse();
  return (
    <>
      <PageHeader title={t('heatMap.title')} crumbs={[{ label: t('nav.register'), to: '/risks' }]} />
      <Typography color="text.secondary" sx={{ mb: 2 }}>
        {t('heatMap.intro')}
      </Typography>
      <FormControl sx={{ mb: 2 }}>
        <FormLabel id="heat-map-basis">{t('heatMap.scores')}</FormLabel>
        <RadioGroup
          row
          aria-labelledby="heat-map-basis"
          value={basis}
          onChange={(event) =>
            setSearchParams(event.target.value === 'inherent' ? { basis: 'inherent' } : {}, { replace: true })
          }
        >
          <FormControlLabel value="residual" control={<Radio />} label={words.basis.residual} />
          <FormControlLabel value="inherent" control={<Radio />} label={words.basis.inherent} />
        </RadioGroup>
      </FormControl>
      {map.isError && !map.data ? (
        <QueryError error={map.error} onRetry={() => void map.refetch()} what={t('heatMap.errorWhat')} />
      ) : !map.data ? (
        <LoadingBlock label={t('heatMap.loading')} height={400} width={760} />
      ) : (
        <Box sx={{ overflowX: 'auto' }}>
          <Table onKeyDown={moveFocus}>
            <caption style={{ captionSide: 'top', textAlign: 'left', fontWeight: 600, paddingBottom: 8 }}>
              {t('heatMap.caption', { basis, total: map.data.total })}
            </caption>
            <colgroup>
              <col style={{ width: '20%' }} />
              {LEVELS.map((level) => (
                <col key={level} />
              ))}
            </colgroup>
            <thead>
              <tr>
                <td style={{ border: 'none' }} />
                {LEVELS.map((impact) => (
                  <th key={impact} scope="col">
                    <span style={visuallyHidden}>{t('heatMap.impactHidden')}</span> {impact}
                    <br />
                    <span className="level-name">{words.levelName('impact', impact)}</span>
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {rowsTopDown.map((likelihood, rowIndex) => (
                <tr key={likelihood}>
                  <th scope="row" style={{ textAlign: 'right' }}>
                    <span style={visuallyHidden}>{t('heatMap.likelihoodHidden')}</span> {likelihood}
                    <br />
                    <span className="level-name">{words.levelName('likelihood', likelihood)}</span>
                  </th>
                  {LEVELS.map((impact, columnIndex) => {
                    const cell = countAt(likelihood, impact)!;
                    const params = new URLSearchParams({
                      ...(basis === 'inherent' ? { basis } : {}),
                      likelihood: String(likelihood),
                      impact: String(impact),
                    });
                    return (
                      <td key={impact} style={{ background: BAND_BACKGROUNDS[cell.rating] }}>
                        <CellLink
                          to={`/risks?${params}`}
                          data-row={rowIndex}
                          data-column={columnIndex}
                          aria-label={t('heatMap.cell', {
                            likelihood: likelihoodLabel(likelihood),
                            impact: impactLabel(impact),
                            count: cell.count,
                            score: cell.score,
                            rating: words.rating[cell.rating],
                          })}
                        >
                          <span style={{ fontSize: '1.25rem', fontWeight: 700 }}>
                            {formatNumber(cell.count)}
                          </span>
                          <span style={{ fontSize: '0.75rem' }}>
                            {t('heatMap.cellBand', { rating: words.rating[cell.rating], score: cell.score })}
                          </span>
                        </CellLink>
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </Table>
        </Box>
      )}
      <Grid container spacing={3} sx={{ mt: 3 }} component="section" aria-labelledby="heat-map-explained">
        <Grid size={12}>
          <Typography variant="h6" component="h2" id="heat-map-explained">
            {t('heatMap.explained')}
          </Typography>
          <Typography variant="body2">{t('heatMap.explanation')}</Typography>
        </Grid>
        <Grid size={{ xs: 12, md: 4 }}>
          <Typography variant="subtitle1" component="h3">
            {t('heatMap.bands')}
          </Typography>
          <Box component="ul" sx={{ pl: 2.5, my: 0.5 }}>
            {RATING_BANDS.map((band) => (
              <li key={band.rating}>
                <Box
                  component="span"
                  sx={{
                    display: 'inline-block',
                    width: 12,
                    height: 12,
                    mr: 1,
                    border: '1px solid #6b6b6b',
                    background: BAND_BACKGROUNDS[band.rating],
                  }}
                  aria-hidden="true"
                />
                {t('band.range', { rating: words.rating[band.rating], min: band.min, max: band.max })}
              </li>
            ))}
          </Box>
        </Grid>
        <Grid size={{ xs: 12, md: 4 }}>
          <Typography variant="subtitle1" component="h3">
            {t('heatMap.likelihood')}
          </Typography>
          <Box component="ul" sx={{ pl: 2.5, my: 0.5 }}>
            {LEVELS.map((level) => (
              <li key={level}>
                {t('level.option', {
                  label: likelihoodLabel(level),
                  meaning: words.levelMeaning('likelihood', level),
                })}
              </li>
            ))}
          </Box>
        </Grid>
        <Grid size={{ xs: 12, md: 4 }}>
          <Typography variant="subtitle1" component="h3">
            {t('heatMap.impact')}
          </Typography>
          <Box component="ul" sx={{ pl: 2.5, my: 0.5 }}>
            {LEVELS.map((level) => (
              <li key={level}>
                {t('level.option', {
                  label: impactLabel(level),
                  meaning: words.levelMeaning('impact', level),
                })}
              </li>
            ))}
          </Box>
        </Grid>
      </Grid>
    </>
  );
}
