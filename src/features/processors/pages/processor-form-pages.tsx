import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useParams } from 'react-router';
import { useMessages } from '@/shared/i18n/messages';
import { EditRecordPage, NewRecordPage, type RecordForm } from '@/shared/forms/record-form-pages';
import { PROCESSORS_PATH, processorKeys } from '../api/keys';
import { useCreateProcessor, useUpdateProcessor } from '../api/mutations';
import { processorForEditQuery, type ProcessorForEdit } from '../api/queries';
import { EMPTY_PROCESSOR, ProcessorFields, processorToValues } from '../components/processor-fields';
import { processorsMessages } from '../i18n/messages';
import { PROCESSOR_LABELS } from '../model/labels';
import { processorInputSchema } from '../model/schemas';

const PROCESSOR_FORM: RecordForm<typeof processorInputSchema, ProcessorForEdit> = {
  schema: processorInputSchema,
  labels: PROCESSOR_LABELS,
  toValues: processorToValues,
  Fields: ProcessorFields,
};
export function NewProcessorPage() {
  const t = useMessages(processorsMessages);
  const create = useCreateProcessor();
  return (
    <NewRecordPage
      form={PROCESSOR_FORM}
      title={t('processorForm.newTitle')}
      crumbs={[{ label: t('list.title'), to: PROCESSORS_PATH }]}
      formKey="processors.new"
      defaultValues={EMPTY_PROCESSOR}
      submitLabel={t('processorForm.submitNew')}
      create={(values) => create.mutateAsync(values)}
      backTo={PROCESSORS_PATH}
      savedTo={(created) => `/processors/${created.id}`}
    />
  );
}

export function EditProcessorPage() {
  const t = useMessages(processorsMessages);
  const { id = '' } = useParams();
  const queryClient = useQueryClient();
  const processor = useQuery(processorForEditQuery(id));
  const update = useUpdateProcessor(id);
  // A 412's current record has the contact masked, like every answer: the contact as revealed on opening
  // stands in for it.
  const withContact = (current: ProcessorForEdit): ProcessorForEdit => ({
    ...current,
    contactEmail: current.contactEmail ?? processor.data?.contactEmail ?? '',
    contactPhone: current.contactPhone ?? processor.data?.contactPhone ?? null,
  });
  const form = {
    ...PROCESSOR_FORM,
    toValues: (current: ProcessorForEdit) => processorToValues(withContact(current)),
  };
  return (
    <EditRecordPage
      form={form}
      query={processor}
      what={t('page.what')}
      loadingTitle={t('processorForm.editLoading')}
      title={(data) => t('processorForm.editTitle', { name: data.name })}
      crumbs={[
        { label: t('list.title'), to: PROCESSORS_PATH },
        ...(processor.data ? [{ label: processor.data.name, to: `/processors/${id}` }] : []),
      ]}
      formKey={`processors.edit.${id}`}
      submitLabel={t('processorForm.save')}
      update={(body, version) => update.mutateAsync({ body, version })}
      backTo={`/processors/${id}`}
      onConflict={(current) => {
        queryClient.setQueryData(processorKeys.forEdit(id), withContact(current));
        void queryClient.invalidateQueries({ queryKey: processorKeys.detail(id) });
      }}
    />
  );
}
