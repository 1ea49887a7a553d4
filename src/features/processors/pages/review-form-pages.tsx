import { Link as RouterLink, useNavigate, useParams } from 'react-router';
import Button from '@mui/material/Button';
import { useCurrentUser } from '@/shared/auth/session';
import { todayIso } from '@/shared/model/dates';
import { ConsoleForm } from '@/shared/forms/console-form';
import { PageHeader } from '@/shared/ui/page-header';
import { PageLoadState } from '@/shared/ui/page-load-state';
import { useCreateReview, useUpdateReview } from '../api/mutations';
import { useProcessor, useReview, type ComplianceReview } from '../api/queries';
import { REVIEW_LABELS } from '../model/labels';
import { ReviewFields, emptyReview, reviewToValues } from '../components/review-fields';
import { formatDate } from '@/shared/labels/format';
import { reviewInputSchema } from '../model/schemas';

function useCrumbs(processorId: string) {
  const processor = useProcessor(processorId);
  return [
    { label: 'Processors', to: '/processors' },
    { label: processor.data?.name ?? 'Processor', to: `/processors/${processorId}` },
  ];
}

export function NewReviewPage() {
  const { id: processorId = '' } = useParams();
  const navigate = useNavigate();
  const user = useCurrentUser();
  const create = useCreateReview(processorId);
  const crumbs = useCrumbs(processorId);
  return (
    <>
      <PageHeader title="Record a compliance review" crumbs={crumbs} />
      <ConsoleForm
        aria-label="Record a compliance review"
        schema={reviewInputSchema}
        defaultValues={emptyReview(todayIso(), user.name)}
        formKey={`processors.${processorId}.reviews.new`}
        labels={REVIEW_LABELS}
        submitLabel="Record review"
        onSubmit={(values) => create.mutateAsync(values)}
        onSuccess={() => navigate(`/processors/${processorId}`)}
        secondaryActions={
          <Button component={RouterLink} to={`/processors/${processorId}`}>
            Cancel
          </Button>
        }
      >
        <ReviewFields />
      </ConsoleForm>
    </>
  );
}

export function EditReviewPage() {
  const { id: processorId = '', reviewId = '' } = useParams();
  const navigate = useNavigate();
  const review = useReview(reviewId);
  const update = useUpdateReview(reviewId);
  const crumbs = useCrumbs(processorId);

  if (!review.data) {
    return <PageLoadState query={review} title="Edit review" crumbs={crumbs} what="the review" />;
  }
  return (
    <>
      <PageHeader title={`Edit the review of ${formatDate(review.data.reviewDate)}`} crumbs={crumbs} />
      <ConsoleForm
        key={review.data.id}
        aria-label="Edit the review"
        schema={reviewInputSchema}
        defaultValues={reviewToValues(review.data)}
        version={review.data.version}
        toValues={(current) => reviewToValues(current as ComplianceReview)}
        formKey={`processors.reviews.edit.${reviewId}`}
        labels={REVIEW_LABELS}
        submitLabel="Save review"
        onSubmit={(values, { version }) => update.mutateAsync({ body: values, version: version! })}
        onSuccess={() => navigate(`/processors/${processorId}`)}
        secondaryActions={
          <Button component={RouterLink} to={`/processors/${processorId}`}>
            Cancel
          </Button>
        }
      >
        <ReviewFields />
      </ConsoleForm>
    </>
  );
}
