import { styled } from '@mui/material/styles';
import { translateMessage } from '@/shared/i18n/messages';

export type Tone = 'error' | 'warning' | 'success' | 'neutral';

// Plain spans styled once, not MUI Chips: lists show several on every row, and a Chip's slots, styles and icon
// made a page of rows several times slower to render. The theme's CSS variables keep dark mode.
const ChipRoot = styled('span')({
  display: 'inline-flex',
  alignItems: 'center',
  gap: 4,
  boxSizing: 'border-box',
  height: 24,
  padding: '0 8px',
  borderRadius: 12,
  fontSize: '0.8125rem',
  lineHeight: 1,
  whiteSpace: 'nowrap',
  color: 'var(--mui-palette-text-primary)',
  border: '1px solid var(--mui-palette-divider)',
  '& > svg': { width: 16, height: 16, flexShrink: 0, fill: 'currentColor' },
  '&[data-tone="error"]': { border: '2px solid var(--mui-palette-error-main)' },
  '&[data-tone="warning"]': { border: '2px solid var(--mui-palette-warning-main)' },
  '&[data-tone="success"]': { border: '2px solid var(--mui-palette-success-main)' },
  '&[data-tone="error"] > svg': { color: 'var(--mui-palette-error-main)' },
  '&[data-tone="warning"] > svg': { color: 'var(--mui-palette-warning-main)' },
});

/** Chips side by side, wrapping. */
export const ChipRow = styled('span')({ display: 'inline-flex', flexWrap: 'wrap', gap: 4 });

/** MUI's WarningAmberOutlined path, drawn without an SvgIcon component per chip. */
const WARNING_PATH = 'M12 5.99 19.53 19H4.47zM12 2 1 21h22zm1 14h-2v2h2zm0-6h-2v4h2z';

/**
 * A small status chip. The text stays in the body colour and the tone shows in the border (and icon): MUI's
 * warning orange as text on white falls short of the 4.5:1 contrast small text needs.
 */
export function ToneChip({
  tone,
  label,
  title,
  icon,
}: {
  tone: Tone;
  label: string;
  title?: string;
  icon?: boolean;
}) {
  return (
    <ChipRoot data-tone={tone} title={title === undefined ? undefined : translateMessage(title)}>
      {icon && (
        <svg viewBox="0 0 24 24" aria-hidden="true" focusable="false">
          <path d={WARNING_PATH} />
        </svg>
      )}
      {translateMessage(label)}
    </ChipRoot>
  );
}
