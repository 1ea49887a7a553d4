import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useParams } from 'react-router';
import { EditRecordPage, NewRecordPage, type RecordForm } from '@/shared/forms/record-form-pages';
import { processorKeys } from '../api/keys';
import { useCreateProcessor, useUpdateProcessor } from '../api/mutations';
import { processorForEditQuery, type ProcessorForEdit } from '../api/queries';
import { EMPTY_PROCESSOR, ProcessorFields, processorToValues } from '../components/processor-fields';
import { PROCESSOR_LABELS } from '../model/labels';
import { processorInputSchema } from '../model/schemas';

const PROCESSOR_FORM: RecordForm<typeof processorInputSchema, ProcessorForEdit> = {
  schema: processorInputSchema,
  labels: PROCESSOR_LABELS,
  toValues: processorToValues,
  Fields: ProcessorFields,
};
const CRUMBS = [{ label: 'Processors', to: '/processors' }];

export function NewProcessorPage() {
  const create = useCreateProcessor();
  return (
    <NewRecordPage
      form={PROCESSOR_FORM}
      title="Register a processor"
      crumbs={CRUMBS}
      formKey="processors.new"
      defaultValues={EMPTY_PROCESSOR}
      submitLabel="Register processor"
      create={(values) => create.mutateAsync(values)}
      backTo="/processors"
      savedTo={(created) => `/processors/${created.id}`}
    />
  );
}

export function EditProcessorPage() {
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
      what="the processor"
      loadingTitle="Edit processor"
      title={(data) => `Edit ${data.name}`}
      crumbs={[
        ...CRUMBS,
        ...(processor.data ? [{ label: processor.data.name, to: `/processors/${id}` }] : []),
      ]}
      formKey={`processors.edit.${id}`}
      submitLabel="Save changes"
      update={(body, version) => update.mutateAsync({ body, version })}
      backTo={`/processors/${id}`}
      onConflict={(current) => {
        queryClient.setQueryData(processorKeys.forEdit(id), withContact(current));
        void queryClient.invalidateQueries({ queryKey: processorKeys.detail(id) });
      }}
    />
  );
}
