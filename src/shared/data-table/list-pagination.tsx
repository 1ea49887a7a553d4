import { useId } from 'react';
import Box from '@mui/material/Box';
import IconButton from '@mui/material/IconButton';
import Typography from '@mui/material/Typography';
import ChevronLeftIcon from '@mui/icons-material/ChevronLeft';
import ChevronRightIcon from '@mui/icons-material/ChevronRight';
import type { SxProps, Theme } from '@mui/material/styles';
import { useMessages } from '@/shared/i18n/messages';
import { sharedMessages } from '@/shared/i18n/shared-messages';

/**
 * The pager under every list: page size, "1–25 of 100,000", previous and next. Not MUI's TablePagination,
 * which renders a toolbar, a select with its input base and a tooltip per arrow: on opening a list that was
 * a tenth of the page's render and dozens of style rules, for the same controls.
 */
export function ListPagination({
  total,
  page,
  pageSize,
  pageSizeOptions,
  onStep,
  onPageSize,
}: {
  total: number;
  /** 1-based. */
  page: number;
  pageSize: number;
  pageSizeOptions: number[];
  /**
   * Pages to move from `page`, the page asked for: to the one before or after the page shown (which is the
   * last page when `page` is past it, e.g. from an old link).
   */
  onStep: (step: number) => void;
  onPageSize: (pageSize: number) => void;
}) {
  const t = useMessages(sharedMessages);
  const selectId = useId();
  const lastPage = Math.max(1, Math.ceil(total / pageSize));
  const shown = Math.min(page, lastPage);
  const from = total === 0 ? 0 : (shown - 1) * pageSize + 1;
  const to = Math.min(total, shown * pageSize);
  const options = pageSizeOptions.includes(pageSize)
    ? pageSizeOptions
    : [...pageSizeOptions, pageSize].sort((a, b) => a - b);
  return (
    <Box sx={pagerSx}>
      <Typography component="label" variant="body2" htmlFor={selectId}>
        {t('pager.rowsPerPage')}
      </Typography>
      {/* The browser's own select: light to render, and native on phones. */}
      <Box
        component="select"
        id={selectId}
        value={pageSize}
        onChange={(event) => onPageSize(Number(event.target.value))}
        sx={selectSx}
      >
        {options.map((option) => (
          <option key={option} value={option}>
            {option}
          </option>
        ))}
      </Box>
      <Typography variant="body2" sx={{ mx: '8px' }}>
        {t('pager.range', { from, to, total })}
      </Typography>
      <IconButton
        aria-label={t('pager.previous')}
        disabled={shown <= 1}
        onClick={() => onStep(shown - 1 - page)}
      >
        <ChevronLeftIcon />
      </IconButton>
      <IconButton
        aria-label={t('pager.next')}
        disabled={shown >= lastPage}
        onClick={() => onStep(shown + 1 - page)}
      >
        <ChevronRightIcon />
      </IconButton>
    </Box>
  );
}

const pagerSx: SxProps<Theme> = {
  display: 'flex',
  alignItems: 'center',
  justifyContent: 'flex-end',
  flexWrap: 'wrap',
  gap: '8px',
  minHeight: '52px',
  px: 2,
  borderTop: 1,
  borderColor: 'divider',
};

const selectSx: SxProps<Theme> = {
  font: 'inherit',
  fontSize: '0.875rem',
  color: 'text.primary',
  bgcolor: 'background.paper',
  border: 1,
  borderColor: 'divider',
  borderRadius: '4px',
  py: '4px',
  px: '8px',
  '&:focus-visible': { outline: '2px solid', outlineColor: 'primary.main', outlineOffset: '1px' },
};
