import { useParams } from 'react-router';
import { useMessages } from '@/shared/i18n/messages';
import { EditRecordPage, NewRecordPage, type RecordForm } from '@/shared/forms/record-form-pages';
import { useCreateContract, useUpdateContract } from '../api/mutations';
import { useContract, type ProcessingContract } from '../api/queries';
import { ContractFields, EMPTY_CONTRACT, contractToValues } from '../components/contract-fields';
import { useProcessorCrumbs } from '../components/processor-crumbs';
import { processorsMessages } from '../i18n/messages';
import { CONTRACT_LABELS } from '../model/labels';
import { contractInputSchema } from '../model/schemas';

const CONTRACT_FORM: RecordForm<typeof contractInputSchema, ProcessingContract> = {
  schema: contractInputSchema,
  labels: CONTRACT_LABELS,
  toValues: contractToValues,
  Fields: ContractFields,
};

export function NewContractPage() {
  const t = useMessages(processorsMessages);
  const { id: processorId = '' } = useParams();
  const crumbs = useProcessorCrumbs(processorId);
  const create = useCreateContract(processorId);
  return (
    <NewRecordPage
      form={CONTRACT_FORM}
      title={t('contractForm.newTitle')}
      crumbs={crumbs}
      formKey={`processors.${processorId}.contracts.new`}
      defaultValues={EMPTY_CONTRACT}
      submitLabel={t('contractForm.submitNew')}
      create={(values) => create.mutateAsync(values)}
      backTo={`/processors/${processorId}`}
    />
  );
}

export function EditContractPage() {
  const t = useMessages(processorsMessages);
  const { id: processorId = '', contractId = '' } = useParams();
  const contract = useContract(contractId);
  const crumbs = useProcessorCrumbs(processorId);
  const update = useUpdateContract(contractId);
  return (
    <EditRecordPage
      form={CONTRACT_FORM}
      query={contract}
      what={t('contractForm.what')}
      loadingTitle={t('contractForm.editLoading')}
      title={(contract) => t('contractForm.editTitle', { reference: contract.reference })}
      crumbs={crumbs}
      formKey={`processors.contracts.edit.${contractId}`}
      submitLabel={t('contractForm.save')}
      update={(body, version) => update.mutateAsync({ body, version })}
      backTo={`/processors/${processorId}`}
    />
  );
}
