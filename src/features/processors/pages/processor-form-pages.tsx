import { useQueryClient } from '@tanstack/react-query';
import { Link as RouterLink, useNavigate, useParams } from 'react-router';
import Button from '@mui/material/Button';
import { ConsoleForm } from '@/shared/forms/console-form';
import { PageHeader } from '@/shared/ui/page-header';
import { PageLoadState } from '@/shared/ui/page-load-state';
import { processorKeys } from '../api/keys';
import { useCreateProcessor, useUpdateProcessor } from '../api/mutations';
import { useProcessor, type Processor } from '../api/queries';
import { PROCESSOR_LABELS } from '../model/labels';
import { EMPTY_PROCESSOR, ProcessorFields, processorToValues } from '../components/processor-fields';
import { processorInputSchema } from '../model/schemas';

export function NewProcessorPage() {
  const navigate = useNavigate();
  const create = useCreateProcessor();
  return (
    <>
      <PageHeader title="Register a processor" crumbs={[{ label: 'Processors', to: '/processors' }]} />
      <ConsoleForm
        aria-label="Register a processor"
        schema={processorInputSchema}
        defaultValues={EMPTY_PROCESSOR}
        formKey="processors.new"
        labels={PROCESSOR_LABELS}
        submitLabel="Register processor"
        onSubmit={(values) => create.mutateAsync(values)}
        onSuccess={(result) => navigate(`/processors/${(result as Processor).id}`)}
        secondaryActions={
          <Button component={RouterLink} to="/processors">
            Cancel
          </Button>
        }
      >
        <ProcessorFields />
      </ConsoleForm>
    </>
  );
}

export function EditProcessorPage() {
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const processor = useProcessor(id);
  const update = useUpdateProcessor(id);
  const crumbs = [
    { label: 'Processors', to: '/processors' },
    ...(processor.data ? [{ label: processor.data.name, to: `/processors/${id}` }] : []),
  ];

  if (!processor.data) {
    return <PageLoadState query={processor} title="Edit processor" crumbs={crumbs} what="the processor" />;
  }
  return (
    <>
      <PageHeader title={`Edit ${processor.data.name}`} crumbs={crumbs} />
      <ConsoleForm
        key={processor.data.id}
        aria-label={`Edit ${processor.data.name}`}
        schema={processorInputSchema}
        defaultValues={processorToValues(processor.data)}
        version={processor.data.version}
        toValues={(current) => processorToValues(current as Processor)}
        onConflict={(current) => queryClient.setQueryData(processorKeys.detail(id), current as Processor)}
        formKey={`processors.edit.${id}`}
        labels={PROCESSOR_LABELS}
        submitLabel="Save changes"
        onSubmit={(values, { version }) => update.mutateAsync({ body: values, version: version! })}
        onSuccess={() => navigate(`/processors/${id}`)}
        secondaryActions={
          <Button component={RouterLink} to={`/processors/${id}`}>
            Cancel
          </Button>
        }
      >
        <ProcessorFields />
      </ConsoleForm>
    </>
  );
}
