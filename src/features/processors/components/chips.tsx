import Chip from '@mui/material/Chip';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import WarningAmberOutlined from '@mui/icons-material/WarningAmberOutlined';
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
    <Chip
      size="small"
      variant="outlined"
      label={label}
      title={title}
      icon={icon ? <WarningAmberOutlined aria-hidden /> : undefined}
      sx={{
        color: 'text.primary',
        borderColor: tone === 'neutral' ? 'divider' : `${tone}.main`,
        borderWidth: tone === 'neutral' ? 1 : 2,
        '& .MuiChip-icon': { color: tone === 'neutral' ? 'text.secondary' : `${tone}.main` },
      }}
    />
  );
}

/** A processor's flags at a glance; the chip's title carries the backend's full sentence. */
export function FlagChips({ flags }: { flags: ProcessorFlag[] }) {
  if (flags.length === 0) {
    return (
      <Typography variant="body2" color="text.secondary">
        None
      </Typography>
    );
  }
  return (
    <Stack direction="row" spacing={0.5} useFlexGap sx={{ flexWrap: 'wrap' }}>
      {flags.map((flag) => (
        <ToneChip key={flag.code} tone="warning" icon label={FLAG_LABELS[flag.code]} title={flag.message} />
      ))}
    </Stack>
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
  if (clauses.length === 0) {
    return (
      <Typography variant="body2" color="text.secondary">
        {emptyText}
      </Typography>
    );
  }
  return (
    <Stack direction="row" spacing={0.5} useFlexGap sx={{ flexWrap: 'wrap' }}>
      {clauses.map((clause) => (
        <ToneChip
          key={clause}
          tone="error"
          label={`No ${CLAUSE_SHORT_LABELS[clause].toLowerCase()}`}
          title={`Missing clause: ${CLAUSE_LABELS[clause]}`}
        />
      ))}
    </Stack>
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
