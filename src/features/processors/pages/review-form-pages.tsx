import { useParams } from 'react-router';
import { useMessages } from '@/shared/i18n/messages';
import { useCurrentUser } from '@/shared/auth/session';
import { EditRecordPage, NewRecordPage, type RecordForm } from '@/shared/forms/record-form-pages';
import { formatDate } from '@/shared/labels/format';
import { todayIso } from '@/shared/model/dates';
import { useCreateReview, useUpdateReview } from '../api/mutations';
import { useReview, type ComplianceReview } from '../api/queries';
import { ReviewFields, emptyReview, reviewToValues } from '../components/review-fields';
import { useProcessorCrumbs } from '../components/processor-crumbs';
import { processorsMessages } from '../i18n/messages';
import { REVIEW_LABELS } from '../model/labels';
import { reviewInputSchema } from '../model/schemas';

const REVIEW_FORM: RecordForm<typeof reviewInputSchema, ComplianceReview> = {
  schema: reviewInputSchema,
  labels: REVIEW_LABELS,
  toValues: reviewToValues,
  Fields: ReviewFields,
};

export function NewReviewPage() {
  const t = useMessages(processorsMessages);
  const { id: processorId = '' } = useParams();
  const user = useCurrentUser();
  const crumbs = useProcessorCrumbs(processorId);
  const create = useCreateReview(processorId);
  return (
    <NewRecordPage
      form={REVIEW_FORM}
      title={t('reviewForm.newTitle')}
      crumbs={crumbs}
      formKey={`processors.${processorId}.reviews.new`}
      defaultValues={emptyReview(todayIso(), user.name)}
      submitLabel={t('reviewForm.submitNew')}
      create={(values) => create.mutateAsync(values)}
      backTo={`/processors/${processorId}`}
    />
  );
}

export function EditReviewPage() {
  const t = useMessages(processorsMessages);
  const { id: processorId = '', reviewId = '' } = useParams();
  const review = useReview(reviewId);
  const crumbs = useProcessorCrumbs(processorId);
  const update = useUpdateReview(reviewId);
  return (
    <EditRecordPage
      form={REVIEW_FORM}
      query={review}
      what={t('reviewForm.what')}
      loadingTitle={t('reviewForm.editLoading')}
      title={(review) => t('reviews.editLabel', { date: formatDate(review.reviewDate) })}
      formLabel={() => t('reviewForm.formLabel')}
      crumbs={crumbs}
      formKey={`processors.reviews.edit.${reviewId}`}
      submitLabel={t('reviewForm.save')}
      update={(body, version) => update.mutateAsync({ body, version })}
      backTo={`/processors/${processorId}`}
    />
  );
}
