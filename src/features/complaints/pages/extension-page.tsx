import { Link as RouterLink, useParams } from 'react-router';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Typography from '@mui/material/Typography';
import { NewRecordPage, type RecordForm } from '@/shared/forms/record-form-pages';
import { TextField } from '@/shared/forms/text-field';
import { formatDate } from '@/shared/labels/format';
import { PageHeader } from '@/shared/ui/page-header';
import { PageLoadState } from '@/shared/ui/page-load-state';
import { useExtendComplaint } from '../api/mutations';
import { useComplaint } from '../api/queries';
import { useComplaintCrumbs } from '../components/complaint-crumbs';
import { TRANSITION_LABELS } from '../model/labels';
import { RESPONSE_RULES } from '../model/rules';
import { extensionInputSchema } from '../model/schemas';

function ExtensionFields() {
  return (
    <TextField
      name="reason"
      label="Reason for the extension"
      multiline
      minRows={3}
      required
      helperText="Recorded on the complaint and told in its deadline’s basis; the complainant must be told it too."
    />
  );
}

const FORM: RecordForm<typeof extensionInputSchema, never> = {
  schema: extensionInputSchema,
  labels: TRANSITION_LABELS,
  toValues: () => ({ reason: '' }),
  Fields: ExtensionFields,
};

/** Extends the response deadline where the complainant's law allows it (GDPR: two more months). */
export function ExtensionPage() {
  const { id = '' } = useParams();
  const complaint = useComplaint(id);
  const crumbs = useComplaintCrumbs(id);
  const extend = useExtendComplaint(id);
  const title = 'Extend the response deadline';
  if (!complaint.data)
    return <PageLoadState query={complaint} title={title} crumbs={crumbs} what="the complaint" />;
  const data = complaint.data;
  const rule = RESPONSE_RULES[data.jurisdiction];
  const response = data.deadlines.find((d) => d.kind === 'response');
  if (!rule.extension || data.extension || data.resolution || data.closure) {
    return (
      <>
        <PageHeader title={title} crumbs={crumbs} />
        <Alert severity="info" sx={{ mb: 2 }}>
          {data.extension
            ? `The response deadline was already extended on ${formatDate(data.extension.extendedOn)}.`
            : !rule.extension
              ? `Under ${rule.law} the response deadline cannot be extended.`
              : 'The complainant has had the response: there is nothing left to extend.'}
        </Alert>
        <Button component={RouterLink} to={`/complaints/${id}`}>
          Back to the complaint
        </Button>
      </>
    );
  }
  return (
    <>
      <NewRecordPage
        form={FORM}
        title={`${title}: ${data.reference}`}
        crumbs={crumbs}
        formKey={`complaints.${id}.extension`}
        defaultValues={{ reason: '' }}
        submitLabel="Extend by two months"
        create={(values) => extend.mutateAsync(values)}
        backTo={`/complaints/${id}`}
      />
      <Typography color="text.secondary" sx={{ mt: 2, maxWidth: 720 }}>
        The response is due on {formatDate(response?.due)}. {rule.extension.source}; the new date follows from
        the received date, {rule.extension.months} months later.
      </Typography>
    </>
  );
}
