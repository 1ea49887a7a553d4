import type { UseQueryResult } from '@tanstack/react-query';
import { Link as RouterLink } from 'react-router';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Link from '@mui/material/Link';
import Typography from '@mui/material/Typography';
import { formatDate } from '@/shared/labels/format';
import { ChildRecords, ChildTable, type ChildColumn } from '@/shared/record-page/child-records';
import { visuallyHidden } from '@/shared/ui/visually-hidden';
import type { Processor, ProcessingContract } from '../api/queries';
import { ContractStatusChip, MissingClauseChips } from './chips';

const COLUMNS: ChildColumn<ProcessingContract>[] = [
  {
    header: 'Reference',
    cell: (contract) => (
      <>
        {contract.reference}
        <Typography variant="body2" color="text.secondary">
          {contract.title}
        </Typography>
      </>
    ),
  },
  { header: 'Status', cell: (contract) => <ContractStatusChip status={contract.status} /> },
  { header: 'Start', cell: (contract) => formatDate(contract.startDate) },
  {
    header: 'End or renewal',
    cell: (contract) => (
      <>
        {formatDate(contract.endDate)}
        {contract.autoRenew && (
          <Typography variant="body2" color="text.secondary">
            Renews automatically; notice {contract.noticePeriodDays} days
          </Typography>
        )}
      </>
    ),
  },
  {
    header: 'Breach notice',
    cell: (contract) =>
      contract.breachNotificationHours === null ? '—' : `${contract.breachNotificationHours} hours`,
  },
  {
    header: 'Missing clauses',
    cell: (contract) => (
      <MissingClauseChips clauses={contract.missingClauses} emptyText="All clauses present" />
    ),
  },
  {
    header: 'Document',
    cell: (contract) =>
      contract.documentUrl ? (
        <Link href={contract.documentUrl} target="_blank" rel="noopener noreferrer">
          Open
          <Box component="span" sx={visuallyHidden}>
            {' '}
            {contract.reference} (opens in a new tab)
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
  return (
    <ChildRecords
      id="processor-contracts"
      title="Contracts"
      query={contracts}
      what="contracts"
      emptyText="No contract recorded."
      add={canWrite ? { label: 'Add contract', to: `/processors/${processor.id}/contracts/new` } : undefined}
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
                    aria-label={`Edit contract ${contract.reference}`}
                  >
                    Edit
                  </Button>
                )
              : undefined
          }
        />
      )}
    </ChildRecords>
  );
}
