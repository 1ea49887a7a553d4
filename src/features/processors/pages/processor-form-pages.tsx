import { useQueryClient } from '@tanstack/react-query';
import { Link as RouterLink, useNavigate, useParams } from 'react-router';
import Button from '@mui/material/Button';
import { ConsoleForm } from '@/shared/forms/console-form';
import { PageHeader } from '@/shared/ui/page-header';
import { PageLoadState } from '@/shared/ui/page-load-state';
import { processorKeys } from '../api/keys';
import { useCreateProcessor, useUpdateProcessor } from '../api/mutations';
import { useProcessor, type Processor } from '../api/queries';
import { formatLocation } from '../components/format';
import { PROCESSOR_FIELD_LABELS } from '../components/field-labels';
import { EMPTY_PROCESSOR, ProcessorFields, processorToValues } from '../components/processor-fields';
import { countryName } from '../countries';
import {
  DATA_CATEGORY_LABELS,
  DATA_SUBJECT_LABELS,
  STATUS_LABELS,
  TIER_LABELS,
  processorInputSchema,
  type DataCategory,
  type DataSubject,
  type ProcessorStatus,
  type RiskTier,
  type TransferMechanism,
} from '../schemas';

/** Values as the conflict dialog shows them: words, not codes. */
function formatConflictValue(field: string, value: unknown): string {
  if (value === null || value === undefined || value === '') return '(empty)';
  switch (field) {
    case 'country':
      return countryName(String(value));
    case 'status':
      return STATUS_LABELS[value as ProcessorStatus] ?? String(value);
    case 'riskTier':
      return TIER_LABELS[value as RiskTier] ?? String(value);
    case 'dataCategories':
      return (value as DataCategory[]).map((c) => DATA_CATEGORY_LABELS[c] ?? c).join(', ') || '(none)';
    case 'dataSubjects':
      return (value as DataSubject[]).map((s) => DATA_SUBJECT_LABELS[s] ?? s).join(', ') || '(none)';
    case 'locations':
      return (
        (value as { country: string; transferMechanism: TransferMechanism | '' | null }[])
          .map((l) => formatLocation({ country: l.country, transferMechanism: l.transferMechanism || null }))
          .join('; ') || '(none)'
      );
    case 'subProcessors':
      return (value as { name: string }[]).map((s) => s.name).join(', ') || '(none)';
    default:
      return String(value);
  }
}

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
        fieldLabels={PROCESSOR_FIELD_LABELS}
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
        formatConflictValue={formatConflictValue}
        formKey={`processors.edit.${id}`}
        fieldLabels={PROCESSOR_FIELD_LABELS}
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
