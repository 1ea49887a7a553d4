import { Link as RouterLink, useParams } from 'react-router';
import Button from '@mui/material/Button';
import { useMessages } from '@/shared/i18n/messages';
import { usePermission } from '@/shared/auth/session';
import { RecordPage } from '@/shared/record-page/record-page';
import { useProcessor, useProcessorContracts, useProcessorReviews, useReviewCadence } from '../api/queries';
import { ProcessorContracts } from '../components/processor-contracts';
import { ProcessorDetails } from '../components/processor-details';
import { ProcessorFlags } from '../components/processor-flags';
import { ProcessorReviews } from '../components/processor-reviews';
import { processorsMessages } from '../i18n/messages';
import { PROCESSOR_HISTORY_LABELS } from '../model/labels';
import { useFreshInLanguage } from '../api/fresh-in-language';
import { PROCESSORS_PATH } from '../api/keys';

export function ProcessorPage() {
  const t = useMessages(processorsMessages);
  useFreshInLanguage();
  const { id = '' } = useParams();
  const canWrite = usePermission('processors.write');
  // Everything the page shows is requested at once, not each section after the processor arrives.
  const processor = useProcessor(id);
  const contracts = useProcessorContracts(id);
  const reviews = useProcessorReviews(id);
  const cadence = useReviewCadence();
  return (
    <RecordPage
      query={processor}
      what={t('page.what')}
      loadingTitle={t('page.loadingTitle')}
      crumbs={[{ label: t('list.title'), to: PROCESSORS_PATH }]}
      title={(data) => data.name}
      actions={(data) =>
        canWrite && (
          <Button component={RouterLink} to={`/processors/${data.id}/edit`} variant="contained">
            {t('page.edit')}
          </Button>
        )
      }
      history={{ entityType: 'processor', entityId: id, labels: PROCESSOR_HISTORY_LABELS }}
    >
      {(data) => (
        <>
          <ProcessorFlags processor={data} />
          <ProcessorDetails processor={data} />
          <ProcessorContracts processor={data} contracts={contracts} canWrite={canWrite} />
          <ProcessorReviews
            processor={data}
            reviews={reviews}
            cadenceMonths={cadence.data?.[data.riskTier]}
            canWrite={canWrite}
          />
        </>
      )}
    </RecordPage>
  );
}
