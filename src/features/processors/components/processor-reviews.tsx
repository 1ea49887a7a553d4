import type { UseQueryResult } from '@tanstack/react-query';
import { Link as RouterLink } from 'react-router';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { formatDate } from '@/shared/labels/format';
import { ChildRecords } from '@/shared/record-page/child-records';
import type { ComplianceReview, Processor } from '../api/queries';
import { TIER_LABELS } from '../model/labels';
import { OutcomeChip, ReviewStatusChip } from './chips';

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

/** When a processor's next review is due and why, and the reviews recorded so far. */
export function ProcessorReviews({
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
    <ChildRecords
      id="processor-reviews"
      title="Compliance reviews"
      query={reviews}
      what="reviews"
      emptyText="No review recorded."
      add={canWrite ? { label: 'Record review', to: `/processors/${processor.id}/reviews/new` } : undefined}
      intro={
        <>
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
        </>
      }
    >
      {(items) => (
        <Box component="ul" sx={{ p: 0, m: 0 }}>
          {items.map((review) => (
            <ReviewItem key={review.id} review={review} processorId={processor.id} canWrite={canWrite} />
          ))}
        </Box>
      )}
    </ChildRecords>
  );
}
