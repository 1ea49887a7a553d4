import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useParams } from 'react-router';
import { EditRecordPage, NewRecordPage, type RecordForm } from '@/shared/forms/record-form-pages';
import { complaintKeys } from '../api/keys';
import { useCreateComplaint, useUpdateComplaint } from '../api/mutations';
import { complaintForEditQuery, type ComplaintForEdit } from '../api/queries';
import {
  complaintToValues,
  EditComplaintFields,
  EMPTY_COMPLAINT,
  NewComplaintFields,
} from '../components/complaint-fields';
import { COMPLAINT_LABELS } from '../model/labels';
import { complaintCreateSchema, complaintInputSchema } from '../model/schemas';

const CRUMBS = [{ label: 'Complaints', to: '/complaints' }];

const NEW_FORM: RecordForm<typeof complaintCreateSchema, never> = {
  schema: complaintCreateSchema,
  labels: COMPLAINT_LABELS,
  toValues: () => EMPTY_COMPLAINT,
  Fields: NewComplaintFields,
};

const EDIT_FORM: RecordForm<typeof complaintInputSchema, ComplaintForEdit> = {
  schema: complaintInputSchema,
  labels: COMPLAINT_LABELS,
  toValues: complaintToValues,
  Fields: EditComplaintFields,
};

export function NewComplaintPage() {
  const create = useCreateComplaint();
  return (
    <NewRecordPage
      form={NEW_FORM}
      title="Record a complaint"
      crumbs={CRUMBS}
      formKey="complaints.new"
      defaultValues={EMPTY_COMPLAINT}
      submitLabel="Record complaint"
      create={(values) => create.mutateAsync(values)}
      backTo="/complaints"
      savedTo={(created) => `/complaints/${created.id}`}
    />
  );
}

export function EditComplaintPage() {
  const { id = '' } = useParams();
  const queryClient = useQueryClient();
  const complaint = useQuery(complaintForEditQuery(id));
  const update = useUpdateComplaint(id);
  // A 412's current record has the contact masked, like every answer: the contact as revealed on opening
  // stands in for it.
  const withContact = (current: ComplaintForEdit): ComplaintForEdit => ({
    ...current,
    complainantContact: current.complainantContact ?? complaint.data?.complainantContact ?? null,
  });
  return (
    <EditRecordPage
      form={{ ...EDIT_FORM, toValues: (current) => complaintToValues(withContact(current)) }}
      query={complaint}
      what="the complaint"
      loadingTitle="Edit complaint"
      title={(data) => `Edit ${data.reference}`}
      crumbs={[
        ...CRUMBS,
        ...(complaint.data ? [{ label: complaint.data.reference, to: `/complaints/${id}` }] : []),
      ]}
      formKey={`complaints.edit.${id}`}
      submitLabel="Save changes"
      update={(body, version) => update.mutateAsync({ body, version })}
      backTo={`/complaints/${id}`}
      onConflict={(current) => {
        queryClient.setQueryData(complaintKeys.forEdit(id), withContact(current));
        void queryClient.invalidateQueries({ queryKey: complaintKeys.detail(id) });
      }}
    />
  );
}
