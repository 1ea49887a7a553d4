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
import { PageHeader } from '@/shared/ui/page-header';
import { visuallyHidden } from '@/shared/ui/visually-hidden';
import { QueryError } from '@/shared/ui/query-error';
import { LoadingBlock } from '@/shared/ui/loading-block';
import { useHeatMap } from '../api/queries';
import { BASIS_LABELS, impactLabel, likelihoodLabel, RATING_LABELS } from '../model/labels';
import { IMPACT_LEVELS, LEVELS, LIKELIHOOD_LEVELS, RATING_BANDS } from '../model/rules';
import type { RiskRating, RiskScoreBasis } from '../model/schemas';

const CRUMBS = [{ label: 'Risk register', to: '/risks' }];

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
  '& th': { fontWeight: 600, fontSize: '0.8125rem', padding: 4, overflowWrap: 'break-word' },
  '@media (max-width: 600px)': { '& th': { fontSize: '0.6875rem' } },
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
  const [searchParams, setSearchParams] = useSearchParams();
  const basis: RiskScoreBasis = searchParams.get('basis') === 'inherent' ? 'inherent' : 'residual';
  const map = useHeatMap({ basis });
  const countAt = (likelihood: number, impact: number) =>
    map.data?.cells.find((c) => c.likelihood === likelihood && c.impact === impact);
  const rowsTopDown = [...LEVELS].reverse();
  return (
    <>
      <PageHeader title="Risk heat map" crumbs={CRUMBS} />
      <Typography color="text.secondary" sx={{ mb: 2 }}>
        How many risks sit at each likelihood and impact. Open a cell for the list of its risks.
      </Typography>
      <FormControl sx={{ mb: 2 }}>
        <FormLabel id="heat-map-basis">Scores</FormLabel>
        <RadioGroup
          row
          aria-labelledby="heat-map-basis"
          value={basis}
          onChange={(event) =>
            setSearchParams(event.target.value === 'inherent' ? { basis: 'inherent' } : {}, { replace: true })
          }
        >
          <FormControlLabel value="residual" control={<Radio />} label={BASIS_LABELS.residual} />
          <FormControlLabel value="inherent" control={<Radio />} label={BASIS_LABELS.inherent} />
        </RadioGroup>
      </FormControl>
      {map.isError && !map.data ? (
        <QueryError error={map.error} onRetry={() => void map.refetch()} what="the heat map" />
      ) : !map.data ? (
        <LoadingBlock label="Loading the heat map" height={400} width={760} />
      ) : (
        <Box sx={{ overflowX: 'auto' }}>
          <Table onKeyDown={moveFocus}>
            <caption style={{ captionSide: 'top', textAlign: 'left', fontWeight: 600, paddingBottom: 8 }}>
              {basis === 'inherent' ? 'Inherent' : 'Residual'} risks by likelihood (rows) and impact
              (columns): {map.data.total} in all
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
                    <span style={visuallyHidden}>Impact </span>
                    {impact}
                    <br />
                    {IMPACT_LEVELS[impact].name}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {rowsTopDown.map((likelihood, rowIndex) => (
                <tr key={likelihood}>
                  <th scope="row" style={{ textAlign: 'right' }}>
                    <span style={visuallyHidden}>Likelihood </span>
                    {likelihood}
                    <br />
                    {LIKELIHOOD_LEVELS[likelihood].name}
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
                          aria-label={`Likelihood ${likelihoodLabel(likelihood)}, impact ${impactLabel(impact)}: ${cell.count} ${cell.count === 1 ? 'risk' : 'risks'}, score ${cell.score}, ${RATING_LABELS[cell.rating]}`}
                        >
                          <span style={{ fontSize: '1.25rem', fontWeight: 700 }}>{cell.count}</span>
                          <span style={{ fontSize: '0.75rem' }}>
                            {RATING_LABELS[cell.rating]} {cell.score}
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
            How risks are rated
          </Typography>
          <Typography variant="body2">
            A risk’s score is its likelihood times its impact, each from 1 to 5. The score’s band is its
            rating; the rating sets how often an approved plan is reviewed (critical monthly, high quarterly,
            medium every 6 months, low yearly).
          </Typography>
        </Grid>
        <Grid size={{ xs: 12, md: 4 }}>
          <Typography variant="subtitle1" component="h3">
            Rating bands
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
                {RATING_LABELS[band.rating]}: scores {band.min} to {band.max}
              </li>
            ))}
          </Box>
        </Grid>
        <Grid size={{ xs: 12, md: 4 }}>
          <Typography variant="subtitle1" component="h3">
            Likelihood
          </Typography>
          <Box component="ul" sx={{ pl: 2.5, my: 0.5 }}>
            {LEVELS.map((level) => (
              <li key={level}>
                {likelihoodLabel(level)}: {LIKELIHOOD_LEVELS[level].meaning}
              </li>
            ))}
          </Box>
        </Grid>
        <Grid size={{ xs: 12, md: 4 }}>
          <Typography variant="subtitle1" component="h3">
            Impact
          </Typography>
          <Box component="ul" sx={{ pl: 2.5, my: 0.5 }}>
            {LEVELS.map((level) => (
              <li key={level}>
                {impactLabel(level)}: {IMPACT_LEVELS[level].meaning}
              </li>
            ))}
          </Box>
        </Grid>
      </Grid>
    </>
  );
}
