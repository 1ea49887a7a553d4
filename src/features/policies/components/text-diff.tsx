// What changed between two texts, line by line with the changed words marked (the `diff` package). A lazy chunk:
// only the publish page and a reader with an earlier acknowledgement need it. Additions and removals are said in
// words for screen readers, not only by colour.
import { diffLines, diffWords } from 'diff';
import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import { useMessages } from '@/shared/i18n/messages';
import { visuallyHidden } from '@/shared/ui/visually-hidden';
import { policiesMessages } from '../i18n/messages';

type Kind = 'added' | 'removed' | 'same';
interface Row {
  kind: Kind;
  parts: { kind: Kind; value: string }[];
}

/** Lines that changed, a removal followed by an addition paired, so that the changed words can be marked. */
function rows(before: string, after: string): Row[] {
  const lines = diffLines(before, after);
  const result: Row[] = [];
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index]!;
    const next = lines[index + 1];
    if (line.removed && next?.added) {
      const words = diffWords(line.value, next.value);
      const side = (kind: 'added' | 'removed'): Row => ({
        kind,
        parts: words
          .filter((word) => (kind === 'added' ? !word.removed : !word.added))
          .map((word) => ({ kind: word.added || word.removed ? kind : 'same', value: word.value })),
      });
      result.push(side('removed'), side('added'));
      index += 1;
    } else {
      const kind: Kind = line.added ? 'added' : line.removed ? 'removed' : 'same';
      result.push({ kind, parts: [{ kind, value: line.value }] });
    }
  }
  return result;
}

const LINE_STYLE = {
  added: { bgcolor: '#e6f4ea', borderLeft: '4px solid #1e7e34' },
  removed: { bgcolor: '#fdecea', borderLeft: '4px solid #b3261e' },
  same: { borderLeft: '4px solid transparent' },
} as const;

export function TextDiff({
  before,
  after,
  beforeLabel,
  afterLabel,
}: {
  before: string;
  after: string;
  beforeLabel: string;
  afterLabel: string;
}) {
  const t = useMessages(policiesMessages);
  const changes = rows(before, after);
  const changed = changes.some((row) => row.kind !== 'same');
  if (!changed) {
    return <Typography>{t('diff.same', { before: beforeLabel, after: afterLabel })}</Typography>;
  }
  return (
    <>
      <Typography variant="body2" sx={{ mb: 1 }}>
        {t('diff.legend', { before: beforeLabel, after: afterLabel })}
      </Typography>
      <Box
        component="div"
        role="region"
        aria-label={t('diff.region', { before: beforeLabel, after: afterLabel })}
        tabIndex={0}
        sx={{
          fontFamily: 'monospace',
          fontSize: '0.875rem',
          whiteSpace: 'pre-wrap',
          overflowWrap: 'anywhere',
          maxHeight: 480,
          overflowY: 'auto',
          border: 1,
          borderColor: 'divider',
          borderRadius: 1,
          color: '#1d1b20',
          '& del': { bgcolor: '#f9c6c2', textDecorationThickness: 2 },
          '& ins': { bgcolor: '#b7e1c1', textDecorationThickness: 2 },
        }}
      >
        {changes.map((row, index) => (
          <Box key={index} sx={{ px: 1, ...LINE_STYLE[row.kind] }}>
            {row.kind !== 'same' && (
              <span style={visuallyHidden}>{t(row.kind === 'added' ? 'diff.added' : 'diff.removed')}</span>
            )}
            {row.parts.map((part, partIndex) =>
              part.kind === 'added' ? (
                <ins key={partIndex}>{part.value}</ins>
              ) : part.kind === 'removed' ? (
                <del key={partIndex}>{part.value}</del>
              ) : (
                <span key={partIndex}>{part.value}</span>
              ),
            )}
          </Box>
        ))}
      </Box>
    </>
  );
}
