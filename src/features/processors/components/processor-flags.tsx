import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Box from '@mui/material/Box';
import type { Processor } from '../api/queries';
import { useMessages } from '@/shared/i18n/messages';
import { processorsMessages } from '../i18n/messages';
import { flagLabel } from '../model/labels';

/** What needs attention on a processor (an expired contract, an invalid transfer); nothing when all is well. */
export function ProcessorFlags({ processor }: { processor: Processor }) {
  const t = useMessages(processorsMessages);
  if (processor.flags.length === 0) return null;
  const count = processor.flags.length;
  return (
    <Box component="section" aria-labelledby="processor-flags">
      {/* Part of the page, not an event: a note, not an alert that interrupts a screen reader. */}
      <Alert severity="warning" role="note">
        <AlertTitle id="processor-flags" component="h2">
          {t('flags.heading', { count })}
        </AlertTitle>
        <Box component="ul" sx={{ m: 0, pl: 2 }}>
          {processor.flags.map((flag) => (
            <li key={flag.code}>
              <strong>{t('flags.label', { label: flagLabel(flag.code) })}</strong> {flag.message}
            </li>
          ))}
        </Box>
      </Alert>
    </Box>
  );
}
