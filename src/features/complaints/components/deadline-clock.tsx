import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import { useMessages } from '@/shared/i18n/messages';
import { formatDate } from '@/shared/labels/format';
import { RecordSection } from '@/shared/record-page/record-section';
import type { Complaint } from '../api/queries';
import { complaintsMessages } from '../i18n/messages';
import { DEADLINE_KIND_LABELS, JURISDICTION_LABELS } from '../model/labels';
import { deadlineDisplay } from '../model/rules';
import { DeadlineStatusChip, daysBetween, relativeDays } from './deadline-chips';

/**
 * The complaint's clock: each deadline with its date, how far off it is, how it stands and why it falls when
 * it does (the rule and its source, as the backend worked it out). Met on time is a success; met late is a
 * warning; a deadline the complaint closed without meeting says it stopped there, unmet.
 */
export function DeadlineClock({ complaint, actions }: { complaint: Complaint; actions?: React.ReactNode }) {
  const t = useMessages(complaintsMessages);
  const closedOn = complaint.closure?.closedOn ?? null;
  return (
    <RecordSection id="complaint-deadlines" title={t('deadlines.title')} actions={actions}>
      <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
        {t('deadlines.jurisdiction', { jurisdiction: JURISDICTION_LABELS[complaint.jurisdiction] })}
      </Typography>
      <Box component="ul" sx={{ listStyle: 'none', p: 0, m: 0, display: 'grid', gap: 2 }}>
        {complaint.deadlines.map((deadline) => {
          const shown = deadlineDisplay(deadline, closedOn);
          return (
            <Box
              component="li"
              key={deadline.kind}
              sx={{
                borderLeft: 4,
                borderColor:
                  shown === 'overdue'
                    ? 'error.main'
                    : shown === 'due_soon' || shown === 'met_late'
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
                {t('deadlines.heading', {
                  kind: DEADLINE_KIND_LABELS[deadline.kind],
                  date: formatDate(deadline.due),
                })}
                <DeadlineStatusChip status={shown} />
              </Typography>
              <Typography variant="body2">
                {shown === 'met'
                  ? t('deadlines.met', { date: formatDate(deadline.metOn) })
                  : shown === 'met_late'
                    ? t('deadlines.metLate', {
                        date: formatDate(deadline.metOn),
                        days: daysBetween(deadline.due, deadline.metOn!),
                      })
                    : shown === 'stopped'
                      ? t('deadlines.stopped', {
                          date: formatDate(closedOn),
                          missed: deadline.due < closedOn! ? 'yes' : 'no',
                        })
                      : shown === 'overdue'
                        ? t('deadlines.wasDue', { relative: relativeDays(deadline.due) })
                        : t('deadlines.due', { relative: relativeDays(deadline.due) })}
              </Typography>
              <Typography variant="body2" color="text.secondary">
                {t('deadlines.why', { basis: deadline.basis })}
              </Typography>
            </Box>
          );
        })}
      </Box>
    </RecordSection>
  );
}
