import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useParams } from 'react-router';
import { EditRecordPage, NewRecordPage, type RecordForm } from '@/shared/forms/record-form-pages';
import { useMessages } from '@/shared/i18n/messages';
import { complaintKeys } from '../api/keys';
import { useCreateComplaint, useUpdateComplaint } from '../api/mutations';
import { complaintForEditQuery, type ComplaintForEdit } from '../api/queries';
import {
  COMPLAINT_FORM_LABELS,
  complaintToValues,
  EditComplaintFields,
  EMPTY_COMPLAINT,
  NewComplaintFields,
} from '../components/complaint-fields';
import { useListCrumbs } from '../components/complaint-crumbs';
import { complaintsMessages } from '../i18n/messages';
import { complaintCreateSchema, complaintInputSchema } from '../model/schemas';

const NEW_FORM: RecordForm<typeof complaintCreateSchema, never> = {
  schema: complaintCreateSchema,
  labels: COMPLAINT_FORM_LABELS,
  toValues: () => EMPTY_COMPLAINT,
  Fields: NewComplaintFields,
};

const EDIT_FORM: RecordForm<typeof complaintInputSchema, ComplaintForEdit> = {
  schema: complaintInputSchema,
  labels: COMPLAINT_FORM_LABELS,
  toValues: complaintToValues,
  Fields: EditComplaintFields,
};

export function NewComplaintPage() {
  const t = useMessages(complaintsMessages);
  const crumbs = useListCrumbs();
  const create = useCreateComplaint();
  return (
    <NewRecordPage
      form={NEW_FORM}
      title={t('new.title')}
      crumbs={crumbs}
      formKey="complaints.new"
      defaultValues={EMPTY_COMPLAINT}
      submitLabel={t('new.submit')}
      create={(values) => create.mutateAsync(values)}
      backTo="/complaints"
      savedTo={(created) => `/complaints/${created.id}`}
    />
  );
}

export function EditComplaintPage() {
  const t = useMessages(complaintsMessages);
  const crumbs = useListCrumbs();
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
      what={t('what.complaint')}
      loadingTitle={t('edit.loadingTitle')}
      title={(data) => t('edit.title', { reference: data.reference })}
      crumbs={[
        ...crumbs,
        ...(complaint.data ? [{ label: complaint.data.reference, to: `/complaints/${id}` }] : []),
      ]}
      formKey={`complaints.edit.${id}`}
      submitLabel={t('edit.submit')}
      update={(body, version) => update.mutateAsync({ body, version })}
      backTo={`/complaints/${id}`}
      onConflict={(current) => {
        queryClient.setQueryData(complaintKeys.forEdit(id), withContact(current));
        void queryClient.invalidateQueries({ queryKey: complaintKeys.detail(id) });
      }}
    />
  );
}
