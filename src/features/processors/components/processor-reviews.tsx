import type { UseQueryResult } from '@tanstack/react-query';
import { Link as RouterLink } from 'react-router';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useMessages } from '@/shared/i18n/messages';
import { formatDate } from '@/shared/labels/format';
import { ChildRecords } from '@/shared/record-page/child-records';
import type { ComplianceReview, Processor } from '../api/queries';
import { processorsMessages } from '../i18n/messages';
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
  const t = useMessages(processorsMessages);
  const date = formatDate(review.reviewDate);
  return (
    <Box component="li" sx={{ py: 1.5, borderTop: 1, borderColor: 'divider', listStyle: 'none' }}>
      <Stack direction="row" spacing={1} sx={{ alignItems: 'center', flexWrap: 'wrap' }}>
        <Typography component="h3" variant="subtitle1" sx={{ fontWeight: 600 }}>
          {t('reviews.itemTitle', { date })}
        </Typography>
        <OutcomeChip outcome={review.outcome} />
        <Typography variant="body2" color="text.secondary" sx={{ flexGrow: 1 }}>
          {t('reviews.by', { reviewer: review.reviewer })}
        </Typography>
        {canWrite && (
          <Button
            size="small"
            component={RouterLink}
            to={`/processors/${processorId}/reviews/${review.id}/edit`}
            aria-label={t('reviews.editLabel', { date })}
          >
            {t('reviews.edit')}
          </Button>
        )}
      </Stack>
      <Typography sx={{ whiteSpace: 'pre-line', mt: 0.5 }}>{review.findings}</Typography>
      {review.remediationActions.length > 0 && (
        <Box component="ul" sx={{ pl: 2.5, mt: 1, mb: 0 }} aria-label={t('reviews.actionsLabel', { date })}>
          {review.remediationActions.map((action, index) => (
            <li key={index}>
              {t('reviews.action', {
                description: action.description,
                date: formatDate(action.dueDate),
                done: String(action.done),
              })}
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
  const t = useMessages(processorsMessages);
  const cadence = [
    months ? t('reviews.cadence', { tier: processor.riskTier, months }) : '',
    processor.lastReviewDate
      ? t('reviews.lastReviewed', { date: formatDate(processor.lastReviewDate) })
      : t('reviews.notReviewed'),
  ];
  return (
    <ChildRecords
      id="processor-reviews"
      title={t('reviews.title')}
      query={reviews}
      what={t('reviews.what')}
      emptyText={t('reviews.empty')}
      add={
        canWrite ? { label: t('reviews.record'), to: `/processors/${processor.id}/reviews/new` } : undefined
      }
      intro={
        <>
          <Stack
            direction="row"
            spacing={1}
            sx={{ alignItems: 'center', flexWrap: 'wrap', mb: 1 }}
            aria-live="polite"
          >
            <Typography>
              <strong>{t('reviews.nextDueLabel')}</strong>{' '}
              {processor.nextReviewDue ? formatDate(processor.nextReviewDue) : t('reviews.notRequired')}
            </Typography>
            <ReviewStatusChip status={processor.reviewStatus} />
          </Stack>
          <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
            {cadence.filter(Boolean).join(' ')}
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
