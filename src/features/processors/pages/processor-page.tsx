import type { ReactNode } from 'react';
import { usePrefetchQuery, type UseQueryResult } from '@tanstack/react-query';
import { Link as RouterLink, useParams } from 'react-router';
import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import CircularProgress from '@mui/material/CircularProgress';
import Grid from '@mui/material/Grid';
import Link from '@mui/material/Link';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { usePermission } from '@/shared/auth/session';
import { HistoryPanel } from '@/shared/history/history-panel';
import { entityHistoryQuery } from '@/shared/history/history-queries';
import { visuallyHidden } from '@/shared/ui/visually-hidden';
import { PageHeader } from '@/shared/ui/page-header';
import { QueryError } from '@/shared/ui/query-error';
import { PageLoadState } from '@/shared/ui/page-load-state';
import {
  useProcessor,
  useProcessorContracts,
  useProcessorReviews,
  useReviewCadence,
  type ComplianceReview,
  type Processor,
  type ProcessingContract,
} from '../api/queries';
import { ContractStatusChip, MissingClauseChips, OutcomeChip, ReviewStatusChip } from '../components/chips';
import { formatDate } from '@/shared/labels/format';
import { countryName } from '@/shared/model/countries';
import {
  DATA_CATEGORY_LABELS,
  DATA_SUBJECT_LABELS,
  FLAG_LABELS,
  STATUS_LABELS,
  TIER_LABELS,
  TRANSFER_MECHANISM_LABELS,
  PROCESSOR_HISTORY_LABELS,
} from '../model/labels';

function Section({
  id,
  title,
  actions,
  children,
}: {
  id: string;
  title: string;
  actions?: ReactNode;
  children: ReactNode;
}) {
  return (
    <Paper variant="outlined" component="section" aria-labelledby={id} sx={{ p: 2 }}>
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 2, mb: 1.5, flexWrap: 'wrap' }}>
        <Typography id={id} variant="h6" component="h2" sx={{ flexGrow: 1 }}>
          {title}
        </Typography>
        {actions}
      </Box>
      {children}
    </Paper>
  );
}

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Grid size={{ xs: 12, sm: 6, md: 4 }}>
      <Typography component="dt" variant="body2" color="text.secondary">
        {label}
      </Typography>
      <Typography component="dd" sx={{ m: 0 }}>
        {children}
      </Typography>
    </Grid>
  );
}

function Details({ processor }: { processor: Processor }) {
  return (
    <Section id="processor-details" title="Details">
      <Grid container spacing={2} component="dl" sx={{ m: 0 }}>
        <Fact label="Status">{STATUS_LABELS[processor.status]}</Fact>
        <Fact label="Risk tier">{TIER_LABELS[processor.riskTier]}</Fact>
        <Fact label="Country">{countryName(processor.country)}</Fact>
        <Fact label="Reason for the risk tier">{processor.riskReason || 'Not stated'}</Fact>
        <Fact label="Services provided">{processor.services}</Fact>
        <Fact label="Contact">
          {processor.contactName}
          <br />
          <Link href={`mailto:${processor.contactEmail}`}>{processor.contactEmail}</Link>
          {processor.contactPhone && (
            <>
              <br />
              {processor.contactPhone}
            </>
          )}
        </Fact>
        <Fact label="Data categories">
          {processor.dataCategories.map((category) => DATA_CATEGORY_LABELS[category]).join(', ')}
        </Fact>
        <Fact label="Data subjects">
          {processor.dataSubjects.map((subject) => DATA_SUBJECT_LABELS[subject]).join(', ')}
        </Fact>
        <Fact label="Registered">{formatDate(processor.createdAt.slice(0, 10))}</Fact>
      </Grid>
      <Grid container spacing={2} sx={{ mt: 1 }}>
        <Grid size={{ xs: 12, md: 6 }}>
          <Typography variant="subtitle1" component="h3">
            Processing locations
          </Typography>
          <Box component="ul" sx={{ pl: 2.5, my: 0.5 }}>
            {processor.locations.map((location) => (
              <li key={location.country}>
                {countryName(location.country)}
                {location.transferMechanism
                  ? `: ${TRANSFER_MECHANISM_LABELS[location.transferMechanism]}`
                  : ': no transfer'}
                {location.transferMechanism === 'privacy_shield' && (
                  <Chip
                    size="small"
                    label="Invalid mechanism"
                    variant="outlined"
                    sx={{ ml: 1, color: 'text.primary', borderColor: 'error.main', borderWidth: 2 }}
                  />
                )}
              </li>
            ))}
          </Box>
        </Grid>
        <Grid size={{ xs: 12, md: 6 }}>
          <Typography variant="subtitle1" component="h3">
            Sub-processors
          </Typography>
          {processor.subProcessors.length === 0 ? (
            <Typography color="text.secondary">None recorded.</Typography>
          ) : (
            <Box component="ul" sx={{ pl: 2.5, my: 0.5 }}>
              {processor.subProcessors.map((sub, index) => (
                <li key={index}>
                  {sub.name}: {sub.service} ({countryName(sub.country)})
                </li>
              ))}
            </Box>
          )}
        </Grid>
      </Grid>
    </Section>
  );
}

function Contracts({
  processor,
  contracts,
  canWrite,
}: {
  processor: Processor;
  contracts: UseQueryResult<ProcessingContract[]>;
  canWrite: boolean;
}) {
  return (
    <Section
      id="processor-contracts"
      title="Contracts"
      actions={
        canWrite && (
          <Button component={RouterLink} to={`/processors/${processor.id}/contracts/new`} variant="outlined">
            Add contract
          </Button>
        )
      }
    >
      {contracts.isPending ? (
        <CircularProgress size={24} aria-label="Loading contracts" />
      ) : contracts.isError ? (
        <QueryError error={contracts.error} onRetry={() => void contracts.refetch()} what="the contracts" />
      ) : contracts.data.length === 0 ? (
        <Typography color="text.secondary">No contract recorded.</Typography>
      ) : (
        <TableContainer>
          <Table size="small" aria-labelledby="processor-contracts">
            <TableHead>
              <TableRow>
                <TableCell scope="col">Reference</TableCell>
                <TableCell scope="col">Status</TableCell>
                <TableCell scope="col">Start</TableCell>
                <TableCell scope="col">End or renewal</TableCell>
                <TableCell scope="col">Breach notice</TableCell>
                <TableCell scope="col">Missing clauses</TableCell>
                <TableCell scope="col">Document</TableCell>
                {canWrite && (
                  <TableCell scope="col">
                    <Box component="span" sx={visuallyHidden}>
                      Actions
                    </Box>
                  </TableCell>
                )}
              </TableRow>
            </TableHead>
            <TableBody>
              {contracts.data.map((contract: ProcessingContract) => (
                <TableRow key={contract.id}>
                  <TableCell component="th" scope="row">
                    {contract.reference}
                    <Typography variant="body2" color="text.secondary">
                      {contract.title}
                    </Typography>
                  </TableCell>
                  <TableCell>
                    <ContractStatusChip status={contract.status} />
                  </TableCell>
                  <TableCell>{formatDate(contract.startDate)}</TableCell>
                  <TableCell>
                    {formatDate(contract.endDate)}
                    {contract.autoRenew && (
                      <Typography variant="body2" color="text.secondary">
                        Renews automatically; notice {contract.noticePeriodDays} days
                      </Typography>
                    )}
                  </TableCell>
                  <TableCell>
                    {contract.breachNotificationHours === null
                      ? '—'
                      : `${contract.breachNotificationHours} hours`}
                  </TableCell>
                  <TableCell>
                    <MissingClauseChips clauses={contract.missingClauses} emptyText="All clauses present" />
                  </TableCell>
                  <TableCell>
                    {contract.documentUrl ? (
                      <Link href={contract.documentUrl} target="_blank" rel="noopener noreferrer">
                        Open
                        <Box component="span" sx={visuallyHidden}>
                          {' '}
                          {contract.reference} (opens in a new tab)
                        </Box>
                      </Link>
                    ) : (
                      '—'
                    )}
                  </TableCell>
                  {canWrite && (
                    <TableCell>
                      <Button
                        size="small"
                        component={RouterLink}
                        to={`/processors/${processor.id}/contracts/${contract.id}/edit`}
                        aria-label={`Edit contract ${contract.reference}`}
                      >
                        Edit
                      </Button>
                    </TableCell>
                  )}
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </TableContainer>
      )}
    </Section>
  );
}

function ReviewItem({
  review,
  processorId,
  canWrite,
}: {
  review: ComplianceReview;
  processorId: string;
  canWrite: boolean;
}) {
  return (
    <Box component="li" sx={{ py: 1.5, borderTop: 1, borderColor: 'divider', listStyle: 'none' }}>
      <Stack direction="row" spacing={1} sx={{ alignItems: 'center', flexWrap: 'wrap' }}>
        <Typography component="h3" variant="subtitle1" sx={{ fontWeight: 600 }}>
          Review of {formatDate(review.reviewDate)}
        </Typography>
        <OutcomeChip outcome={review.outcome} />
        <Typography variant="body2" color="text.secondary" sx={{ flexGrow: 1 }}>
          by {review.reviewer}
        </Typography>
        {canWrite && (
          <Button
            size="small"
            component={RouterLink}
            to={`/processors/${processorId}/reviews/${review.id}/edit`}
            aria-label={`Edit the review of ${formatDate(review.reviewDate)}`}
          >
            Edit
          </Button>
        )}
      </Stack>
      <Typography sx={{ whiteSpace: 'pre-line', mt: 0.5 }}>{review.findings}</Typography>
      {review.remediationActions.length > 0 && (
        <Box
          component="ul"
          sx={{ pl: 2.5, mt: 1, mb: 0 }}
          aria-label={`Remediation actions of the review of ${formatDate(review.reviewDate)}`}
        >
          {review.remediationActions.map((action, index) => (
            <li key={index}>
              {action.description} — due {formatDate(action.dueDate)}
              {action.done ? ' (done)' : ''}
            </li>
          ))}
        </Box>
      )}
    </Box>
  );
}

function Reviews({
  processor,
  reviews,
  cadenceMonths: months,
  canWrite,
}: {
  processor: Processor;
  reviews: UseQueryResult<ComplianceReview[]>;
  cadenceMonths: number | undefined;
  canWrite: boolean;
}) {
  return (
    <Section
      id="processor-reviews"
      title="Compliance reviews"
      actions={
        canWrite && (
          <Button component={RouterLink} to={`/processors/${processor.id}/reviews/new`} variant="outlined">
            Record review
          </Button>
        )
      }
    >
      <Stack
        direction="row"
        spacing={1}
        sx={{ alignItems: 'center', flexWrap: 'wrap', mb: 1 }}
        aria-live="polite"
      >
        <Typography>
          <strong>Next review due:</strong>{' '}
          {processor.nextReviewDue ? formatDate(processor.nextReviewDue) : 'not required (offboarded)'}
        </Typography>
        <ReviewStatusChip status={processor.reviewStatus} />
      </Stack>
      <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
        {months
          ? `${TIER_LABELS[processor.riskTier]}-tier processors are reviewed every ${months} months. `
          : ''}
        {processor.lastReviewDate
          ? `Last reviewed on ${formatDate(processor.lastReviewDate)}.`
          : 'Not reviewed yet: the first review is due from registration.'}
      </Typography>
      {reviews.isPending ? (
        <CircularProgress size={24} aria-label="Loading reviews" />
      ) : reviews.isError ? (
        <QueryError error={reviews.error} onRetry={() => void reviews.refetch()} what="the reviews" />
      ) : reviews.data.length === 0 ? (
        <Typography color="text.secondary">No review recorded.</Typography>
      ) : (
        <Box component="ul" sx={{ p: 0, m: 0 }}>
          {reviews.data.map((review) => (
            <ReviewItem key={review.id} review={review} processorId={processor.id} canWrite={canWrite} />
          ))}
        </Box>
      )}
    </Section>
  );
}

function Flags({ processor }: { processor: Processor }) {
  if (processor.flags.length === 0) return null;
  const count = processor.flags.length;
  return (
    <Box component="section" aria-labelledby="processor-flags">
      {/* Part of the page, not an event: a note, not an alert that interrupts a screen reader. */}
      <Alert severity="warning" role="note">
        <AlertTitle id="processor-flags" component="h2">
          {count === 1 ? 'One thing needs attention' : `${count} things need attention`}
        </AlertTitle>
        <Box component="ul" sx={{ m: 0, pl: 2 }}>
          {processor.flags.map((flag) => (
            <li key={flag.code}>
              <strong>{FLAG_LABELS[flag.code]}:</strong> {flag.message}
            </li>
          ))}
        </Box>
      </Alert>
    </Box>
  );
}

export function ProcessorPage() {
  const { id = '' } = useParams();
  const canWrite = usePermission('processors.write');
  // Everything the page shows is requested at once, not each section after the processor arrives.
  const processor = useProcessor(id);
  const contracts = useProcessorContracts(id);
  const reviews = useProcessorReviews(id);
  const cadence = useReviewCadence();
  usePrefetchQuery(entityHistoryQuery('processor', id, 1, 10));

  if (!processor.data) {
    return (
      <PageLoadState
        query={processor}
        title="Processor"
        crumbs={[{ label: 'Processors', to: '/processors' }]}
        what="the processor"
      />
    );
  }
  const data = processor.data;
  return (
    <>
      <PageHeader
        title={data.name}
        crumbs={[{ label: 'Processors', to: '/processors' }]}
        actions={
          canWrite && (
            <Button component={RouterLink} to={`/processors/${data.id}/edit`} variant="contained">
              Edit processor
            </Button>
          )
        }
      />
      <Stack spacing={3}>
        <Flags processor={data} />
        <Details processor={data} />
        <Contracts processor={data} contracts={contracts} canWrite={canWrite} />
        <Reviews
          processor={data}
          reviews={reviews}
          cadenceMonths={cadence.data?.[data.riskTier]}
          canWrite={canWrite}
        />
        <HistoryPanel entityType="processor" entityId={data.id} labels={PROCESSOR_HISTORY_LABELS} />
      </Stack>
    </>
  );
}
