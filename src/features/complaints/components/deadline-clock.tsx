import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import { formatDate } from '@/shared/labels/format';
import { RecordSection } from '@/shared/record-page/record-section';
import type { Complaint } from '../api/queries';
import { DEADLINE_KIND_LABELS, JURISDICTION_LABELS } from '../model/labels';
import { DeadlineStatusChip, relativeDays } from './deadline-chips';

/**
 * The complaint's clock: each deadline with its date, how far off it is, how it stands and why it falls when
 * it does (the rule and its source, as the backend worked it out).
 */
export function DeadlineClock({ complaint, actions }: { complaint: Complaint; actions?: React.ReactNode }) {
  return (
    <RecordSection id="complaint-deadlines" title="Deadlines" actions={actions}>
      <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
        Jurisdiction: {JURISDICTION_LABELS[complaint.jurisdiction]}
      </Typography>
      <Box component="ul" sx={{ listStyle: 'none', p: 0, m: 0, display: 'grid', gap: 2 }}>
        {complaint.deadlines.map((deadline) => (
          <Box
            component="li"
            key={deadline.kind}
            sx={{
              borderLeft: 4,
              borderColor:
                deadline.status === 'overdue'
                  ? 'error.main'
                  : deadline.status === 'due_soon'
                    ? 'warning.main'
                    : 'divider',
              pl: 2,
            }}
          >
            <Typography
              component="h3"
              variant="subtitle1"
              sx={{ display: 'flex', gap: 1, alignItems: 'center', flexWrap: 'wrap' }}
            >
              {DEADLINE_KIND_LABELS[deadline.kind]}: {formatDate(deadline.due)}
              <DeadlineStatusChip status={deadline.status} />
            </Typography>
            <Typography variant="body2">
              {deadline.metOn
                ? `Met on ${formatDate(deadline.metOn)}${deadline.metOn > deadline.due ? `, ${relativeDays(deadline.due, deadline.metOn).replace(' ago', '')} late` : ''}.`
                : deadline.status === 'overdue'
                  ? `Was due ${relativeDays(deadline.due)}.`
                  : `Due ${relativeDays(deadline.due)}.`}
            </Typography>
            <Typography variant="body2" color="text.secondary">
              Why: {deadline.basis}
            </Typography>
          </Box>
        ))}
      </Box>
    </RecordSection>
  );
}
