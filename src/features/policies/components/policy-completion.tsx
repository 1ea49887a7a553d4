import { useMemo, useRef } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import CircularProgress from '@mui/material/CircularProgress';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { describeError } from '@/shared/api/errors';
import { historyKeys } from '@/shared/history/history-queries';
import { useMessages } from '@/shared/i18n/messages';
import type { CsvColumn } from '@/shared/data-table/csv';
import { ExportButton } from '@/shared/data-table/export-button';
import { formatDate, formatDateTime, formatNumber } from '@/shared/labels/format';
import { todayIso } from '@/shared/model/dates';
import { RecordSection } from '@/shared/record-page/record-section';
import { QueryError } from '@/shared/ui/query-error';
import { useSendReminder } from '../api/mutations';
import {
  fetchEvidencePage,
  useCompletion,
  type Policy,
  type PolicyAcknowledgement,
  type PolicyCompletion as Completion,
} from '../api/queries';
import { policiesMessages } from '../i18n/messages';
import { nextReminderAt } from '../model/rules';
import { CompletionByDepartment, CompletionCounts } from './completion-section';

/** Evidence for an auditor: who acknowledged which version, when, and the SHA-256 of the exact text they saw. */
function useEvidenceColumns(): CsvColumn<PolicyAcknowledgement>[] {
  const t = useMessages(policiesMessages);
  return useMemo(
    () => [
      { header: t('export.person'), value: (a) => a.personName },
      { header: t('export.department'), value: (a) => a.department },
      { header: t('export.version'), value: (a) => a.number },
      { header: t('export.acknowledgedAt'), value: (a) => a.acknowledgedAt },
      { header: t('export.textHash'), value: (a) => a.textHash },
    ],
    [t],
  );
}

/**
 * "Send reminder" to the overdue: once at a time (a second click while one is on its way sends nothing), and
 * not again within the cooldown after the last one, which is said with its time.
 */
function Reminder({
  policyId,
  overdue,
  team,
  lastReminderAt,
}: {
  policyId: string;
  overdue: number;
  team: boolean;
  lastReminderAt: string | null;
}) {
  const t = useMessages(policiesMessages);
  const remind = useSendReminder(policyId);
  const sending = useRef(false);
  // The reminder just sent counts at once, before the completion has reloaded with it.
  const last =
    [lastReminderAt, remind.data?.at]
      .filter((at): at is string => !!at)
      .sort()
      .at(-1) ?? null;
  const next = nextReminderAt(last);
  const send = () => {
    if (sending.current) return;
    sending.current = true;
    remind.mutate(undefined, {
      // Only a failure allows another try; after a success the cooldown decides.
      onError: () => {
        sending.current = false;
      },
    });
  };
  return (
    <Stack spacing={1}>
      <Stack direction="row" spacing={2} sx={{ alignItems: 'center', flexWrap: 'wrap' }} useFlexGap>
        <Button
          variant="outlined"
          onClick={send}
          disabled={remind.isPending || overdue === 0 || next !== null}
          aria-busy={remind.isPending || undefined}
          aria-describedby={next ? 'reminder-wait' : undefined}
        >
          {t('remind.button', { count: overdue, formatted: formatNumber(overdue) })}
        </Button>
        {overdue === 0 && (
          <Typography variant="body2" color="text.secondary">
            {t(team ? 'remind.nobodyInTeam' : 'remind.nobody')}
          </Typography>
        )}
      </Stack>
      {last && (
        <Typography id="reminder-wait" variant="body2" color="text.secondary">
          {next
            ? t('remind.lastWithNext', { at: formatDateTime(last), next: formatDateTime(next) })
            : t('remind.last', { at: formatDateTime(last) })}
        </Typography>
      )}
      <div role="status">
        {remind.isSuccess && (
          <Alert severity="success">
            {t('remind.sent', {
              count: remind.data.sent,
              formatted: formatNumber(remind.data.sent),
              at: formatDateTime(remind.data.at),
            })}
          </Alert>
        )}
      </div>
      {remind.isError && (
        <Alert severity="error" role="alert">
          {t('remind.failed', { reason: describeError(remind.error) })}
        </Alert>
      )}
    </Stack>
  );
}

function CurrentVersion({ completion, team }: { completion: Completion; team: boolean }) {
  const t = useMessages(policiesMessages);
  const current = completion.current!;
  const version = current.dueDate
    ? t('completion.versionDue', { number: current.number, date: formatDate(current.dueDate) })
    : t('completion.version', { number: current.number });
  return <Typography>{team ? t('completion.versionInTeam', { version }) : version}</Typography>;
}

/** Completion of the current version (the caller's scope), reminders to the overdue, and the evidence export. */
export function PolicyCompletion({ policy }: { policy: Policy }) {
  const t = useMessages(policiesMessages);
  const query = useCompletion(policy.id);
  const queryClient = useQueryClient();
  const columns = useEvidenceColumns();
  // Each page of the export is audited on the policy: its history shows the export as it happens.
  const fetchPage = async (page: number, pageSize: number) => {
    const result = await fetchEvidencePage(policy.id, page, pageSize);
    void queryClient.invalidateQueries({ queryKey: historyKeys.forEntity('policy', policy.id) });
    return result;
  };
  const completion = query.data;
  const team = completion?.scope === 'team';
  return (
    <RecordSection
      id="policy-completion"
      title={team ? t('completion.titleTeam', { team: completion.team }) : t('completion.title')}
      actions={
        <ExportButton
          fetchPage={fetchPage}
          columns={columns}
          fileName={`acknowledgements-${policy.id}-${todayIso()}.csv`}
          label={t('export.button')}
        />
      }
    >
      {query.isError ? (
        <QueryError error={query.error} onRetry={() => void query.refetch()} what={t('completion.what')} />
      ) : !completion ? (
        <CircularProgress aria-label={t('completion.loading')} />
      ) : !completion.current ? (
        <Typography color="text.secondary">
          {policy.status === 'retired' ? t('completion.retired') : t('completion.notPublished')}
        </Typography>
      ) : (
        <Stack spacing={2}>
          <CurrentVersion completion={completion} team={team} />
          <CompletionCounts completion={completion} />
          <Reminder
            policyId={policy.id}
            overdue={completion.counts.overdue}
            team={team}
            lastReminderAt={completion.lastReminderAt ?? null}
          />
          <CompletionByDepartment completion={completion} />
        </Stack>
      )}
    </RecordSection>
  );
}
