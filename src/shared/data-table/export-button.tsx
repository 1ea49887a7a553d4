import { useRef, useState } from 'react';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import LinearProgress from '@mui/material/LinearProgress';
import Typography from '@mui/material/Typography';
import { describeError } from '@/shared/api/errors';
import { translateMessage, useMessages } from '@/shared/i18n/messages';
import { sharedMessages } from '@/shared/i18n/shared-messages';
import { downloadCsv, fetchAllPages, toCsv, type CsvColumn } from './csv';
import type { ListPage } from './types';

export interface ExportButtonProps<T> {
  /** Calls the list endpoint for the current filtered view with export=true; the backend audits it. */
  fetchPage: (page: number, pageSize: number) => Promise<ListPage<T>>;
  columns: CsvColumn<T>[];
  fileName: string;
  label?: string;
  disabled?: boolean;
}

type ExportState =
  | { status: 'idle' }
  | { status: 'running'; loaded: number; total: number | undefined }
  | { status: 'failed'; error: unknown };

/** Exports the whole current view (not just the visible page) as CSV, with progress and a way to stop. */
export function ExportButton<T>({ fetchPage, columns, fileName, label, disabled }: ExportButtonProps<T>) {
  const t = useMessages(sharedMessages);
  const [state, setState] = useState<ExportState>({ status: 'idle' });
  const abort = useRef<AbortController | null>(null);

  async function run() {
    const controller = new AbortController();
    abort.current = controller;
    setState({ status: 'running', loaded: 0, total: undefined });
    try {
      const rows = await fetchAllPages(
        fetchPage,
        (loaded, total) => setState({ status: 'running', loaded, total }),
        controller.signal,
      );
      downloadCsv(fileName, toCsv(columns, rows));
      setState({ status: 'idle' });
    } catch (error) {
      if (controller.signal.aborted) setState({ status: 'idle' });
      else setState({ status: 'failed', error });
    } finally {
      abort.current = null;
    }
  }

  if (state.status === 'running') {
    const { loaded, total } = state;
    return (
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 1, minWidth: 240 }}>
        <Box sx={{ flexGrow: 1 }}>
          <Typography variant="body2" role="status">
            {total === undefined ? t('export.preparing') : t('export.running', { loaded, total })}
          </Typography>
          <LinearProgress
            aria-label={t('export.progress')}
            variant={total ? 'determinate' : 'indeterminate'}
            value={total ? Math.min(100, (loaded / total) * 100) : undefined}
          />
        </Box>
        <Button size="small" onClick={() => abort.current?.abort()}>
          {t('export.cancel')}
        </Button>
      </Box>
    );
  }

  return (
    <Box sx={{ display: 'flex', alignItems: 'center', gap: 1 }}>
      <Button variant="outlined" size="small" disabled={disabled} onClick={() => void run()}>
        {label ? translateMessage(label) : t('export.label')}
      </Button>
      {state.status === 'failed' && (
        <Alert
          severity="error"
          onClose={() => setState({ status: 'idle' })}
          closeText={t('action.close')}
          sx={{ py: 0 }}
        >
          {t('export.failed', { message: describeError(state.error) })}
        </Alert>
      )}
    </Box>
  );
}
