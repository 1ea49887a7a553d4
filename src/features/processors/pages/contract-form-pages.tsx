import { Link as RouterLink, useNavigate, useParams } from 'react-router';
import Button from '@mui/material/Button';
import { ConsoleForm } from '@/shared/forms/console-form';
import { PageHeader } from '@/shared/ui/page-header';
import { PageLoadState } from '@/shared/ui/page-load-state';
import { useCreateContract, useUpdateContract } from '../api/mutations';
import { useContract, useProcessor, type ProcessingContract } from '../api/queries';
import { CONTRACT_LABELS } from '../model/labels';
import { ContractFields, EMPTY_CONTRACT, contractToValues } from '../components/contract-fields';
import { contractInputSchema } from '../model/schemas';

function useCrumbs(processorId: string) {
  const processor = useProcessor(processorId);
  return [
    { label: 'Processors', to: '/processors' },
    { label: processor.data?.name ?? 'Processor', to: `/processors/${processorId}` },
  ];
}

export function NewContractPage() {
  const { id: processorId = '' } = useParams();
  const navigate = useNavigate();
  const create = useCreateContract(processorId);
  const crumbs = useCrumbs(processorId);
  return (
    <>
      <PageHeader title="Add a contract" crumbs={crumbs} />
      <ConsoleForm
        aria-label="Add a contract"
        schema={contractInputSchema}
        defaultValues={EMPTY_CONTRACT}
        formKey={`processors.${processorId}.contracts.new`}
        labels={CONTRACT_LABELS}
        submitLabel="Add contract"
        onSubmit={(values) => create.mutateAsync(values)}
        onSuccess={() => navigate(`/processors/${processorId}`)}
        secondaryActions={
          <Button component={RouterLink} to={`/processors/${processorId}`}>
            Cancel
          </Button>
        }
      >
        <ContractFields />
      </ConsoleForm>
    </>
  );
}

export function EditContractPage() {
  const { id: processorId = '', contractId = '' } = useParams();
  const navigate = useNavigate();
  const contract = useContract(contractId);
  const update = useUpdateContract(contractId);
  const crumbs = useCrumbs(processorId);

  if (!contract.data) {
    return <PageLoadState query={contract} title="Edit contract" crumbs={crumbs} what="the contract" />;
  }
  return (
    <>
      <PageHeader title={`Edit contract ${contract.data.reference}`} crumbs={crumbs} />
      <ConsoleForm
        key={contract.data.id}
        aria-label={`Edit contract ${contract.data.reference}`}
        schema={contractInputSchema}
        defaultValues={contractToValues(contract.data)}
        version={contract.data.version}
        toValues={(current) => contractToValues(current as ProcessingContract)}
        formKey={`processors.contracts.edit.${contractId}`}
        labels={CONTRACT_LABELS}
        submitLabel="Save contract"
        onSubmit={(values, { version }) => update.mutateAsync({ body: values, version: version! })}
        onSuccess={() => navigate(`/processors/${processorId}`)}
        secondaryActions={
          <Button component={RouterLink} to={`/processors/${processorId}`}>
            Cancel
          </Button>
        }
      >
        <ContractFields />
      </ConsoleForm>
    </>
  );
}
