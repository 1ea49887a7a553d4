import { useMemo } from 'react';
import type { UseQueryResult } from '@tanstack/react-query';
import { Link as RouterLink } from 'react-router';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Link from '@mui/material/Link';
import Typography from '@mui/material/Typography';
import { useMessages } from '@/shared/i18n/messages';
import { ChildRecords, ChildTable, type ChildColumn } from '@/shared/record-page/child-records';
import { visuallyHidden } from '@/shared/ui/visually-hidden';
import type { Processor, ProcessingContract } from '../api/queries';
import { processorsMessages, type ProcessorsT } from '../i18n/messages';
import { ContractStatusChip, MissingClauseChips } from './chips';
import { Day } from './day';

const columns = (t: ProcessorsT): ChildColumn<ProcessingContract>[] => [
  {
    header: t('contracts.column.reference'),
    cell: (contract) => (
      <>
        {contract.reference}
        <Typography variant="body2" color="text.secondary">
          {contract.title}
        </Typography>
      </>
    ),
  },
  {
    header: t('contracts.column.status'),
    cell: (contract) => <ContractStatusChip status={contract.status} />,
  },
  { header: t('contracts.column.start'), cell: (contract) => <Day day={contract.startDate} /> },
  {
    header: t('contracts.column.end'),
    cell: (contract) => (
      <>
        <Day day={contract.endDate} />
        {contract.autoRenew && (
          <Typography variant="body2" color="text.secondary">
            {t('contracts.renews', { days: contract.noticePeriodDays ?? 0 })}
          </Typography>
        )}
      </>
    ),
  },
  {
    header: t('contracts.column.breach'),
    cell: (contract) =>
      contract.breachNotificationHours === null
        ? '—'
        : t('contracts.breachHours', { hours: contract.breachNotificationHours }),
  },
  {
    header: t('contracts.column.missing'),
    cell: (contract) => (
      <MissingClauseChips clauses={contract.missingClauses} emptyText={t('label.allClausesPresent')} />
    ),
  },
  {
    header: t('contracts.column.document'),
    cell: (contract) =>
      contract.documentUrl ? (
        <Link href={contract.documentUrl} target="_blank" rel="noopener noreferrer">
          {t('contracts.open')}
          <Box component="span" sx={visuallyHidden}>
            {' '}
            {t('contracts.opensInNewTab', { reference: contract.reference })}
          </Box>
        </Link>
      ) : (
        '—'
      ),
  },
];

/** A processor's data processing agreements, with an Edit per contract for those who may write. */
export function ProcessorContracts({
  processor,
  contracts,
  canWrite,
}: {
  processor: Processor;
  contracts: UseQueryResult<ProcessingContract[]>;
  canWrite: boolean;
}) {
  const t = useMessages(processorsMessages);
  const COLUMNS = useMemo(() => columns(t), [t]);
  return (
    <ChildRecords
      id="processor-contracts"
      title={t('contracts.title')}
      query={contracts}
      what={t('contracts.what')}
      emptyText={t('contracts.empty')}
      add={
        canWrite ? { label: t('contracts.add'), to: `/processors/${processor.id}/contracts/new` } : undefined
      }
    >
      {(items) => (
        <ChildTable
          labelledBy="processor-contracts"
          items={items}
          getRowId={(contract) => contract.id}
          columns={COLUMNS}
          rowActions={
            canWrite
              ? (contract) => (
                  <Button
                    size="small"
                    component={RouterLink}
                    to={`/processors/${processor.id}/contracts/${contract.id}/edit`}
                    aria-label={t('contracts.editLabel', { reference: contract.reference })}
                  >
                    {t('contracts.edit')}
                  </Button>
                )
              : undefined
          }
        />
      )}
    </ChildRecords>
  );
}
