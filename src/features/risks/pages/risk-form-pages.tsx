import { useQueryClient } from '@tanstack/react-query';
import { useParams } from 'react-router';
import Alert from '@mui/material/Alert';
import { EditRecordPage, NewRecordPage, type RecordForm } from '@/shared/forms/record-form-pages';
import { useMessages } from '@/shared/i18n/messages';
import { riskKeys } from '../api/keys';
import { useCreateRisk, useUpdateRisk } from '../api/mutations';
import { useRisk, type Risk } from '../api/queries';
import { EMPTY_RISK, RiskFields, riskToValues } from '../components/risk-fields';
import { risksMessages } from '../i18n/messages';
import { RISK_LABELS } from '../model/labels';
import { riskInputSchema } from '../model/schemas';

const RISK_FORM: RecordForm<typeof riskInputSchema, Risk> = {
  schema: riskInputSchema,
  labels: RISK_LABELS,
  toValues: riskToValues,
  Fields: RiskFields,
};
export function NewRiskPage() {
  const t = useMessages(risksMessages);
  const create = useCreateRisk();
  return (
    <NewRecordPage
      form={RISK_FORM}
      title={t('form.newTitle')}
      crumbs={[{ label: t('nav.register'), to: '/risks' }]}
      formKey="risks.new"
      defaultValues={EMPTY_RISK}
      submitLabel={t('form.saveDraft')}
      create={(values) => create.mutateAsync(values)}
      backTo="/risks"
      savedTo={(created) => `/risks/${created.id}`}
    />
  );
}

/** An approved plan's form says first what will send it back to review. */
function ApprovedRiskFields() {
  const t = useMessages(risksMessages);
  return (
    <>
      <Alert severity="info" sx={{ mb: 3 }}>
        {t('form.approvedNotice')}
      </Alert>
      <RiskFields />
    </>
  );
}
const APPROVED_RISK_FORM = { ...RISK_FORM, Fields: ApprovedRiskFields };

export function EditRiskPage() {
  const t = useMessages(risksMessages);
  const { id = '' } = useParams();
  const queryClient = useQueryClient();
  const risk = useRisk(id);
  const update = useUpdateRisk(id);
  return (
    <EditRecordPage
      form={risk.data?.status === 'approved' ? APPROVED_RISK_FORM : RISK_FORM}
      query={risk}
      what={t('record.what')}
      loadingTitle={t('form.editLoadingTitle')}
      title={(data) => t('form.editTitle', { reference: data.reference })}
      crumbs={[
        { label: t('nav.register'), to: '/risks' },
        ...(risk.data ? [{ label: risk.data.reference, to: `/risks/${id}` }] : []),
      ]}
      formKey={`risks.edit.${id}`}
      submitLabel={t('form.saveChanges')}
      update={(body, version) => update.mutateAsync({ body, version })}
      backTo={`/risks/${id}`}
      onConflict={(current) => queryClient.setQueryData(riskKeys.detail(id), current)}
    />
  );
}
