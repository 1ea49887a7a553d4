import { Link as RouterLink, useParams } from 'react-router';
import Button from '@mui/material/Button';
import { usePermission } from '@/shared/auth/session';
import { RecordPage } from '@/shared/record-page/record-page';
import { useRisk } from '../api/queries';
import { StatusChip } from '../components/chips';
import { RiskDetails, RiskScores, RiskTreatment } from '../components/risk-details';
import { RiskReview } from '../components/risk-review';
import { RISK_LABELS } from '../model/labels';

const CRUMBS = [{ label: 'Risk register', to: '/risks' }];

export function RiskPage() {
  const { id = '' } = useParams();
  const canWrite = usePermission('risks.write');
  const risk = useRisk(id);
  return (
    <RecordPage
      query={risk}
      what="the risk"
      loadingTitle="Risk"
      crumbs={CRUMBS}
      title={(data) => `${data.reference}: ${data.title}`}
      status={(data) => <StatusChip status={data.status} />}
      actions={(data) =>
        canWrite && (
          <Button component={RouterLink} to={`/risks/${data.id}/edit`} variant="contained">
            Edit risk
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
