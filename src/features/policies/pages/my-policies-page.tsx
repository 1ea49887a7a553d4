import { Link as RouterLink } from 'react-router';
import Button from '@mui/material/Button';
import CircularProgress from '@mui/material/CircularProgress';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useMessages } from '@/shared/i18n/messages';
import { formatDate, formatDateTime } from '@/shared/labels/format';
import { ChildTable, type ChildColumn } from '@/shared/record-page/child-records';
import { RecordSection } from '@/shared/record-page/record-section';
import { PageHeader } from '@/shared/ui/page-header';
import { QueryError } from '@/shared/ui/query-error';
import { useMyPolicies, type MyPolicy } from '../api/queries';
import { AcknowledgementChip } from '../components/policy-chips';
import { policiesMessages } from '../i18n/messages';
import { categoryLabel } from '../model/labels';

const SECTIONS = [
  { status: 'overdue', id: 'my-policies-overdue', title: 'mine.overdue', empty: 'mine.overdueEmpty' },
  { status: 'pending', id: 'my-policies-waiting', title: 'mine.waiting', empty: 'mine.waitingEmpty' },
  {
    status: 'acknowledged',
    id: 'my-policies-acknowledged',
    title: 'mine.acknowledged',
    empty: 'mine.acknowledgedEmpty',
  },
] as const;

function PolicyLink({ policy }: { policy: MyPolicy }) {
  const t = useMessages(policiesMessages);
  const done = policy.status === 'acknowledged';
  return (
    <Button
      component={RouterLink}
      to={`/my-policies/${policy.policyId}`}
      size="small"
      variant={done ? 'text' : 'contained'}
      aria-label={t(done ? 'mine.readLabel' : 'mine.readAndAcknowledgeLabel', { title: policy.title })}
    >
      {t(done ? 'mine.read' : 'mine.readAndAcknowledge')}
    </Button>
  );
}

function useColumns(status: MyPolicy['status']): ChildColumn<MyPolicy>[] {
  const t = useMessages(policiesMessages);
  return [
    { header: t('mine.policy'), cell: (p) => p.title },
    { header: t('field.category'), cell: (p) => categoryLabel(p.category) },
    { header: t('versions.version'), cell: (p) => p.current.number },
    status === 'acknowledged'
      ? {
          header: t('mine.youAcknowledged'),
          cell: (p) =>
            p.acknowledgement
              ? t('mine.acknowledgedOn', {
                  number: p.acknowledgement.number,
                  at: formatDateTime(p.acknowledgement.acknowledgedAt),
                })
              : '',
        }
      : {
          header: t('mine.due'),
          cell: (p) => (
            <span style={{ display: 'inline-flex', gap: 8, alignItems: 'center', flexWrap: 'wrap' }}>
              {p.current.dueDate ? formatDate(p.current.dueDate) : t('mine.noDate')}
              <AcknowledgementChip status={p.status} />
            </span>
          ),
        },
  ];
}

function Section({ section, items }: { section: (typeof SECTIONS)[number]; items: MyPolicy[] }) {
  const t = useMessages(policiesMessages);
  const columns = useColumns(section.status);
  return (
    <RecordSection id={section.id} title={t(section.title, { count: items.length })}>
      {items.length === 0 ? (
        <Typography color="text.secondary">{t(section.empty)}</Typography>
      ) : (
        <ChildTable
          labelledBy={section.id}
          items={items}
          getRowId={(p) => p.policyId}
          columns={columns}
          rowActions={(p) => <PolicyLink policy={p} />}
        />
      )}
    </RecordSection>
  );
}

/** Every signed-in person's page (and staff's home): what is overdue, what waits for them, what they have done. */
export function MyPoliciesPage() {
  const t = useMessages(policiesMessages);
  const query = useMyPolicies();
  return (
    <>
      <PageHeader title={t('mine.title')} />
      <Typography color="text.secondary" sx={{ mb: 2 }}>
        {t('mine.intro')}
      </Typography>
      {query.isError ? (
        <QueryError error={query.error} onRetry={() => void query.refetch()} what={t('mine.what')} />
      ) : !query.data ? (
        <CircularProgress aria-label={t('mine.loading')} />
      ) : (
        <Stack spacing={3}>
          {SECTIONS.map((section) => (
            <Section
              key={section.id}
              section={section}
              items={query.data.filter((p) => p.status === section.status)}
            />
          ))}
        </Stack>
      )}
    </>
  );
}
