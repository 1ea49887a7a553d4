import { useQueryClient } from '@tanstack/react-query';
import { useParams } from 'react-router';
import Alert from '@mui/material/Alert';
import { EditRecordPage, NewRecordPage, type RecordForm } from '@/shared/forms/record-form-pages';
import { riskKeys } from '../api/keys';
import { useCreateRisk, useUpdateRisk } from '../api/mutations';
import { useRisk, type Risk } from '../api/queries';
import { EMPTY_RISK, RiskFields, riskToValues } from '../components/risk-fields';
import { RISK_LABELS } from '../model/labels';
import { riskInputSchema } from '../model/schemas';

const RISK_FORM: RecordForm<typeof riskInputSchema, Risk> = {
  schema: riskInputSchema,
  labels: RISK_LABELS,
  toValues: riskToValues,
  Fields: RiskFields,
};
const CRUMBS = [{ label: 'Risk register', to: '/risks' }];

export function NewRiskPage() {
  const create = useCreateRisk();
  return (
    <NewRecordPage
      form={RISK_FORM}
      title="Write a risk"
      crumbs={CRUMBS}
      formKey="risks.new"
      defaultValues={EMPTY_RISK}
      submitLabel="Save draft"
      create={(values) => create.mutateAsync(values)}
      backTo="/risks"
      savedTo={(created) => `/risks/${created.id}`}
    />
  );
}

/** An approved plan's form says first what will send it back to review. */
function ApprovedRiskFields() {
  return (
    <>
      <Alert severity="info" sx={{ mb: 3 }}>
        This plan is approved. Changing its treatment, its actions (other than their status) or its residual
        scores sends it back to review.
      </Alert>
      <RiskFields />
    </>
  );
}
const APPROVED_RISK_FORM = { ...RISK_FORM, Fields: ApprovedRiskFields };

export function EditRiskPage() {
  const { id = '' } = useParams();
  const queryClient = useQueryClient();
  const risk = useRisk(id);
  const update = useUpdateRisk(id);
  return (
    <EditRecordPage
      form={risk.data?.status === 'approved' ? APPROVED_RISK_FORM : RISK_FORM}
      query={risk}
      what="the risk"
      loadingTitle="Edit risk"
      title={(data) => `Edit ${data.reference}`}
      crumbs={[...CRUMBS, ...(risk.data ? [{ label: risk.data.reference, to: `/risks/${id}` }] : [])]}
      formKey={`risks.edit.${id}`}
      submitLabel="Save changes"
      update={(body, version) => update.mutateAsync({ body, version })}
      backTo={`/risks/${id}`}
      onConflict={(current) => queryClient.setQueryData(riskKeys.detail(id), current)}
    />
  );
}
