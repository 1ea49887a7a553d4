import { styled } from '@mui/material/styles';
import type { ProcessorFlag } from '../api/queries';
import {
  CLAUSE_LABELS,
  CLAUSE_SHORT_LABELS,
  CONTRACT_STATUS_LABELS,
  FLAG_LABELS,
  REVIEW_OUTCOME_LABELS,
  REVIEW_STATUS_LABELS,
  type ContractClause,
  type ContractStatus,
  type ReviewOutcome,
  type ReviewStatus,
} from '../schemas';

type Tone = 'error' | 'warning' | 'success' | 'neutral';

// Plain spans styled once, not MUI Chips: the register shows several on every row, and a Chip's slots, styles
// and icon made a page of rows several times slower to render. The theme's CSS variables keep dark mode.
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

const ChipRow = styled('span')({ display: 'inline-flex', flexWrap: 'wrap', gap: 4 });

/** MUI's WarningAmberOutlined path, drawn without an SvgIcon component per chip. */
const WARNING_PATH = 'M12 5.99 19.53 19H4.47zM12 2 1 21h22zm1 14h-2v2h2zm0-6h-2v4h2z';

/**
 * A small status chip. The text stays in the body colour and the tone shows in the border (and icon): MUI's
 * warning orange as text on white falls short of the 4.5:1 contrast small text needs.
 */
function ToneChip({
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
    <ChipRoot data-tone={tone} title={title}>
      {icon && (
        <svg viewBox="0 0 24 24" aria-hidden="true" focusable="false">
          <path d={WARNING_PATH} />
        </svg>
      )}
      {label}
    </ChipRoot>
  );
}

const NoneText = styled('span')({ color: 'var(--mui-palette-text-secondary)' });

// A transfer on an invalidated mechanism, or a processor found non-compliant, is a breach now, not a warning.
const FLAG_TONES: Partial<Record<ProcessorFlag['code'], Tone>> = {
  privacy_shield: 'error',
  non_compliant: 'error',
};

/** A processor's flags at a glance; the chip's title carries the backend's full sentence. */
export function FlagChips({ flags }: { flags: ProcessorFlag[] }) {
  if (flags.length === 0) return <NoneText>None</NoneText>;
  return (
    <ChipRow>
      {flags.map((flag) => (
        <ToneChip
          key={flag.code}
          tone={FLAG_TONES[flag.code] ?? 'warning'}
          icon
          label={FLAG_LABELS[flag.code]}
          title={flag.message}
        />
      ))}
    </ChipRow>
  );
}

/** The clauses a contract lacks, one chip each, so a gap is visible without opening the contract. */
export function MissingClauseChips({
  clauses,
  emptyText = 'None',
}: {
  clauses: ContractClause[];
  emptyText?: string;
}) {
  if (clauses.length === 0) return <NoneText>{emptyText}</NoneText>;
  return (
    <ChipRow>
      {clauses.map((clause) => (
        <ToneChip
          key={clause}
          tone="error"
          label={`No ${CLAUSE_SHORT_LABELS[clause].toLowerCase()}`}
          title={`Missing clause: ${CLAUSE_LABELS[clause]}`}
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
  return <ToneChip tone={REVIEW_STATUS_TONES[status]} label={REVIEW_STATUS_LABELS[status]} />;
}

const CONTRACT_STATUS_TONES: Record<ContractStatus, Tone> = {
  current: 'success',
  expiring: 'warning',
  expired: 'neutral',
  upcoming: 'neutral',
};

export function ContractStatusChip({ status }: { status: ContractStatus }) {
  return <ToneChip tone={CONTRACT_STATUS_TONES[status]} label={CONTRACT_STATUS_LABELS[status]} />;
}

const OUTCOME_TONES: Record<ReviewOutcome, Tone> = {
  compliant: 'success',
  remediation_required: 'warning',
  non_compliant: 'error',
};

export function OutcomeChip({ outcome }: { outcome: ReviewOutcome }) {
  return <ToneChip tone={OUTCOME_TONES[outcome]} label={REVIEW_OUTCOME_LABELS[outcome]} />;
}
