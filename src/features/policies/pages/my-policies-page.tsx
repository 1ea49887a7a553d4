import { Link as RouterLink } from 'react-router';
import Button from '@mui/material/Button';
import CircularProgress from '@mui/material/CircularProgress';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { formatDate, formatDateTime } from '@/shared/labels/format';
import { ChildTable } from '@/shared/record-page/child-records';
import { RecordSection } from '@/shared/record-page/record-section';
import { PageHeader } from '@/shared/ui/page-header';
import { QueryError } from '@/shared/ui/query-error';
import { useMyPolicies, type MyPolicy } from '../api/queries';
import { AcknowledgementChip } from '../components/policy-chips';
import { CATEGORY_LABELS } from '../model/labels';

const SECTIONS = [
  {
    status: 'overdue',
    id: 'my-policies-overdue',
    title: 'Overdue',
    empty: 'Nothing is overdue.',
  },
  {
    status: 'pending',
    id: 'my-policies-waiting',
    title: 'Waiting for you',
    empty: 'Nothing is waiting for you.',
  },
  {
    status: 'acknowledged',
    id: 'my-policies-acknowledged',
    title: 'Acknowledged',
    empty: 'You have not acknowledged a policy yet.',
  },
] as const;

function PolicyLink({ policy }: { policy: MyPolicy }) {
  return (
    <Button
      component={RouterLink}
      to={`/my-policies/${policy.policyId}`}
      size="small"
      variant={policy.status === 'acknowledged' ? 'text' : 'contained'}
      aria-label={`${policy.status === 'acknowledged' ? 'Read' : 'Read and acknowledge'} ${policy.title}`}
    >
      {policy.status === 'acknowledged' ? 'Read' : 'Read and acknowledge'}
    </Button>
  );
}

function columnsFor(status: MyPolicy['status']) {
  return [
    { header: 'Policy', cell: (p: MyPolicy) => p.title },
    { header: 'Category', cell: (p: MyPolicy) => CATEGORY_LABELS[p.category] },
    { header: 'Version', cell: (p: MyPolicy) => p.current.number },
    status === 'acknowledged'
      ? {
          header: 'You acknowledged',
          cell: (p: MyPolicy) =>
            p.acknowledgement
              ? `Version ${p.acknowledgement.number} on ${formatDateTime(p.acknowledgement.acknowledgedAt)}`
              : '',
        }
      : {
          header: 'Due',
          cell: (p: MyPolicy) => (
            <span style={{ display: 'inline-flex', gap: 8, alignItems: 'center', flexWrap: 'wrap' }}>
              {p.current.dueDate ? formatDate(p.current.dueDate) : 'No date'}
              <AcknowledgementChip status={p.status} />
            </span>
          ),
        },
  ];
}

/** Every signed-in person's page (and staff's home): what is overdue, what waits for them, what they have done. */
export function MyPoliciesPage() {
  const query = useMyPolicies();
  return (
    <>
      <PageHeader title="My policies" />
      <Typography color="text.secondary" sx={{ mb: 2 }}>
        The company’s data-protection policies that apply to you. Read each one and confirm you will follow
        it; a new major version asks you again.
      </Typography>
      {query.isError ? (
        <QueryError error={query.error} onRetry={() => void query.refetch()} what="your policies" />
      ) : !query.data ? (
        <CircularProgress aria-label="Loading your policies" />
      ) : (
        <Stack spacing={3}>
          {SECTIONS.map((section) => {
            const items = query.data.filter((p) => p.status === section.status);
            return (
              <RecordSection key={section.id} id={section.id} title={`${section.title} (${items.length})`}>
                {items.length === 0 ? (
                  <Typography color="text.secondary">{section.empty}</Typography>
                ) : (
                  <ChildTable
                    labelledBy={section.id}
                    items={items}
                    getRowId={(p) => p.policyId}
                    columns={columnsFor(section.status)}
                    rowActions={(p) => <PolicyLink policy={p} />}
                  />
                )}
              </RecordSection>
            );
          })}
        </Stack>
      )}
    </>
  );
}
