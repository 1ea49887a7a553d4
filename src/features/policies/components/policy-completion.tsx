import { useQueryClient } from '@tanstack/react-query';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import CircularProgress from '@mui/material/CircularProgress';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { describeError } from '@/shared/api/errors';
import { historyKeys } from '@/shared/history/history-queries';
import type { CsvColumn } from '@/shared/data-table/csv';
import { ExportButton } from '@/shared/data-table/export-button';
import { formatDate, formatDateTime } from '@/shared/labels/format';
import { todayIso } from '@/shared/model/dates';
import { RecordSection } from '@/shared/record-page/record-section';
import { QueryError } from '@/shared/ui/query-error';
import { useSendReminder } from '../api/mutations';
import { fetchEvidencePage, useCompletion, type Policy, type PolicyAcknowledgement } from '../api/queries';
import { TEAM_RULE } from '../model/rules';
import { CompletionByDepartment, CompletionCounts } from './completion-section';

// Evidence for an auditor: who acknowledged which version, when, and the SHA-256 of the exact text they saw.
const EVIDENCE_COLUMNS: CsvColumn<PolicyAcknowledgement>[] = [
  { header: 'Person', value: (a) => a.personName },
  { header: 'Department', value: (a) => a.department },
  { header: 'Version', value: (a) => a.number },
  { header: 'Acknowledged at', value: (a) => a.acknowledgedAt },
  { header: 'SHA-256 of the text', value: (a) => a.textHash },
];

function Reminder({ policyId, overdue, team }: { policyId: string; overdue: number; team: boolean }) {
  const remind = useSendReminder(policyId);
  return (
    <Stack spacing={1}>
      <Stack direction="row" spacing={2} sx={{ alignItems: 'center', flexWrap: 'wrap' }} useFlexGap>
        <Button
          variant="outlined"
          onClick={() => remind.mutate()}
          disabled={remind.isPending || overdue === 0}
        >
          Send reminder to {overdue} overdue
        </Button>
        {overdue === 0 && (
          <Typography variant="body2" color="text.secondary">
            Nobody{team ? ' in your team' : ''} is overdue.
          </Typography>
        )}
      </Stack>
      <div role="status">
        {remind.isSuccess && (
          <Alert severity="success">
            Reminder sent to {remind.data.sent} {remind.data.sent === 1 ? 'person' : 'people'} at{' '}
            {formatDateTime(remind.data.at)}.
          </Alert>
        )}
      </div>
      {remind.isError && (
        <Alert severity="error" role="alert">
          The reminder was not sent. {describeError(remind.error)}
        </Alert>
      )}
    </Stack>
  );
}

/** Completion of the current version (the caller's scope), reminders to the overdue, and the evidence export. */
export function PolicyCompletion({ policy }: { policy: Policy }) {
  const query = useCompletion(policy.id);
  const queryClient = useQueryClient();
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
      title={team ? `Completion in your team (${completion.team})` : 'Completion'}
      actions={
        <ExportButton
          fetchPage={fetchPage}
          columns={EVIDENCE_COLUMNS}
          fileName={`acknowledgements-${policy.id}-${todayIso()}.csv`}
          label="Export evidence (CSV)"
        />
      }
    >
      {query.isError ? (
        <QueryError error={query.error} onRetry={() => void query.refetch()} what="the completion" />
      ) : !completion ? (
        <CircularProgress aria-label="Loading the completion" />
      ) : !completion.current ? (
        <Typography color="text.secondary">
          {policy.status === 'retired'
            ? 'This policy is retired: it is asked of nobody. Its evidence can still be exported.'
            : 'No version is published yet: nobody has been asked.'}
        </Typography>
      ) : (
        <Stack spacing={2}>
          <Typography>
            Version {completion.current.number}
            {completion.current.dueDate &&
              `, to be acknowledged by ${formatDate(completion.current.dueDate)}`}
            .{team && ` ${TEAM_RULE}`}
          </Typography>
          <CompletionCounts completion={completion} />
          <Reminder policyId={policy.id} overdue={completion.counts.overdue} team={team} />
          {completion.lastReminderAt && (
            <Typography variant="body2" color="text.secondary">
              Last reminder sent {formatDateTime(completion.lastReminderAt)}.
            </Typography>
          )}
          <CompletionByDepartment completion={completion} />
        </Stack>
      )}
    </RecordSection>
  );
}
