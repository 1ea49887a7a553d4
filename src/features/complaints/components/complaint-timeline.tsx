import Box from '@mui/material/Box';
import Link from '@mui/material/Link';
import Typography from '@mui/material/Typography';
import { formatDate } from '@/shared/labels/format';
import { RecordSection } from '@/shared/record-page/record-section';
import { visuallyHidden } from '@/shared/ui/visually-hidden';
import type { Complaint } from '../api/queries';
import { DIRECTION_LABELS, STATUS_LABELS } from '../model/labels';

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

/** The complaint's own steps, its extension and every letter to and from the regulator, as one timeline. */
export function timelineOf(complaint: Complaint): Entry[] {
  const entries: Entry[] = complaint.transitions.map((t, index) => ({
    key: `step-${index}`,
    date: t.on,
    at: t.at,
    title: t.from === null ? 'Received' : `${STATUS_LABELS[t.from]} → ${STATUS_LABELS[t.to]}`,
    by: t.by.name,
    text: t.note,
  }));
  if (complaint.escalation?.referral) {
    entries.push({
      key: 'referral',
      date: complaint.escalation.escalatedOn,
      at: '',
      title: `Referred by ${complaint.escalation.regulatorName}`,
      by: '',
      text: complaint.escalation.regulatorReference && `Reference ${complaint.escalation.regulatorReference}`,
    });
  }
  if (complaint.extension) {
    entries.push({
      key: 'extension',
      date: complaint.extension.extendedOn,
      at: '~',
      title: 'Response deadline extended',
      by: complaint.extension.by.name,
      text: complaint.extension.reason,
    });
  }
  if (complaint.resolution) {
    entries.push({
      key: 'response',
      date: complaint.resolution.responseDate,
      at: '',
      title: 'Response sent to the complainant',
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
  const entries = timelineOf(complaint);
  return (
    <RecordSection id="complaint-timeline" title="Timeline">
      <Box component="ol" sx={{ listStyle: 'none', p: 0, m: 0, display: 'grid', gap: 1.5 }}>
        {entries.map((entry) => (
          <Box component="li" key={entry.key} sx={{ borderLeft: 2, borderColor: 'divider', pl: 2 }}>
            <Typography variant="body2" color="text.secondary">
              {formatDate(entry.date)}
              {entry.by && ` · ${entry.by}`}
            </Typography>
            <Typography variant="subtitle2" component="p">
              {entry.title}
            </Typography>
            {entry.text && <Typography variant="body2">{entry.text}</Typography>}
            {entry.link && (
              <Link href={entry.link} target="_blank" rel="noopener noreferrer" variant="body2">
                Open the document
                <Box component="span" sx={visuallyHidden}>
                  {' '}
                  of {formatDate(entry.date)} (opens in a new tab)
                </Box>
              </Link>
            )}
          </Box>
        ))}
      </Box>
    </RecordSection>
  );
}
