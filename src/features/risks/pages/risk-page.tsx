import { Link as RouterLink, useParams } from 'react-router';
import Button from '@mui/material/Button';
import { usePermission } from '@/shared/auth/session';
import { useMessages } from '@/shared/i18n/messages';
import { RecordPage } from '@/shared/record-page/record-page';
import { useRisk } from '../api/queries';
import { StatusChip } from '../components/chips';
import { RiskDetails, RiskScores, RiskTreatment } from '../components/risk-details';
import { RiskReview } from '../components/risk-review';
import { risksMessages } from '../i18n/messages';
import { RISK_LABELS } from '../model/labels';

export function RiskPage() {
  const t = useMessages(risksMessages);
  const { id = '' } = useParams();
  const canWrite = usePermission('risks.write');
  const risk = useRisk(id);
  return (
    <RecordPage
      query={risk}
      what={t('record.what')}
      loadingTitle={t('record.loadingTitle')}
      crumbs={[{ label: t('nav.register'), to: '/risks' }]}
      title={(data) => t('record.title', { reference: data.reference, title: data.title })}
      status={(data) => <StatusChip status={data.status} />}
      actions={(data) =>
        canWrite && (
          <Button component={RouterLink} to={`/risks/${data.id}/edit`} variant="contained">
            {t('record.edit')}
          </Button>
        )
      }
      history={{ entityType: 'risk', entityId: id, labels: RISK_LABELS }}
    >
      {(data) => (
        <>
          <RiskReview risk={data} />
          <RiskDetails risk={data} />
          <RiskScores risk={data} />
          <RiskTreatment risk={data} />
        </>
      )}
    </RecordPage>
  );
}
