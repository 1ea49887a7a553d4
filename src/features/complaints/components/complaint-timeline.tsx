import Box from '@mui/material/Box';
import Link from '@mui/material/Link';
import Typography from '@mui/material/Typography';
import { formatDate } from '@/shared/labels/format';
import { RecordSection } from '@/shared/record-page/record-section';
import { useMessages } from '@/shared/i18n/messages';
import { visuallyHidden } from '@/shared/ui/visually-hidden';
import type { Complaint } from '../api/queries';
import { complaintsMessages } from '../i18n/messages';
import { DIRECTION_LABELS, STATUS_LABELS } from '../model/labels';

const { t } = complaintsMessages;

interface Entry {
  key: string;
  date: string;
  /** Orders entries of one day: the moment it was recorded. */
  at: string;
  title: string;
  by: string;
  text?: string | null;
  link?: string | null;
}

/**
 * The complaint's own steps, its extension and every letter to and from the regulator, as one timeline, in
 * the active language (called in render).
 */
export function timelineOf(complaint: Complaint): Entry[] {
  const entries: Entry[] = complaint.transitions.map((step, index) => ({
    key: `step-${index}`,
    date: step.on,
    at: step.at,
    title:
      step.from === null
        ? t('timeline.received')
        : step.from === 'escalated' && (step.to === 'acknowledged' || step.to === 'resolved')
          ? t('timeline.whileEscalated', { to: step.to })
          : t('timeline.step', { from: STATUS_LABELS[step.from], to: STATUS_LABELS[step.to] }),
    by: step.by.name,
    text: step.note,
  }));
  if (complaint.escalation?.referral) {
    entries.push({
      key: 'referral',
      date: complaint.escalation.escalatedOn,
      at: '',
      title: t('timeline.referral', { regulator: complaint.escalation.regulatorName }),
      by: '',
      text:
        complaint.escalation.regulatorReference &&
        t('timeline.reference', { reference: complaint.escalation.regulatorReference }),
    });
  }
  if (complaint.extension) {
    entries.push({
      key: 'extension',
      date: complaint.extension.extendedOn,
      at: '~',
      title: t('timeline.extended'),
      by: complaint.extension.by.name,
      text: complaint.extension.reason,
    });
  }
  if (complaint.resolution) {
    entries.push({
      key: 'response',
      date: complaint.resolution.responseDate,
      at: '',
      title: t('timeline.response'),
      by: '',
      text: complaint.resolution.responseSummary,
    });
  }
  for (const letter of complaint.escalation?.correspondence ?? []) {
    entries.push({
      key: letter.id,
      date: letter.date,
      at: letter.recordedAt,
      title: DIRECTION_LABELS[letter.direction],
      by: letter.recordedBy.name,
      text: letter.summary,
      link: letter.documentUrl,
    });
  }
  return entries.sort((a, b) =>
    a.date === b.date ? a.at.localeCompare(b.at) : a.date.localeCompare(b.date),
  );
}

export function ComplaintTimeline({ complaint }: { complaint: Complaint }) {
  const say = useMessages(complaintsMessages);
  const entries = timelineOf(complaint);
  return (
    <RecordSection id="complaint-timeline" title={say('timeline.title')}>
      <Box component="ol" sx={{ listStyle: 'none', p: 0, m: 0, display: 'grid', gap: 1.5 }}>
        {entries.map((entry) => (
          <Box component="li" key={entry.key} sx={{ borderLeft: 2, borderColor: 'divider', pl: 2 }}>
            <Typography variant="body2" color="text.secondary">
              {entry.by
                ? say('timeline.dateBy', { date: formatDate(entry.date), by: entry.by })
                : formatDate(entry.date)}
            </Typography>
            <Typography variant="subtitle2" component="p">
              {entry.title}
            </Typography>
            {entry.text && <Typography variant="body2">{entry.text}</Typography>}
            {entry.link && (
              <Link href={entry.link} target="_blank" rel="noopener noreferrer" variant="body2">
                {say('timeline.openDocument')}
                <Box component="span" sx={visuallyHidden}>
                  {say('timeline.openDocumentHidden', { date: formatDate(entry.date) })}
                </Box>
              </Link>
            )}
          </Box>
        ))}
      </Box>
    </RecordSection>
  );
}
