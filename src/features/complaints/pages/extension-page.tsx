import { Link as RouterLink, useParams } from 'react-router';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Typography from '@mui/material/Typography';
import { NewRecordPage, type RecordForm } from '@/shared/forms/record-form-pages';
import { TextField } from '@/shared/forms/text-field';
import { translateMessage, useMessages } from '@/shared/i18n/messages';
import { formatDate } from '@/shared/labels/format';
import { PageHeader } from '@/shared/ui/page-header';
import { PageLoadState } from '@/shared/ui/page-load-state';
import { useExtendComplaint } from '../api/mutations';
import { useComplaint } from '../api/queries';
import { useComplaintCrumbs } from '../components/complaint-crumbs';
import { complaintsMessages } from '../i18n/messages';
import { TRANSITION_LABELS } from '../model/labels';
import { RESPONSE_RULES } from '../model/rules';
import { extensionInputSchema } from '../model/schemas';

function ExtensionFields() {
  const t = useMessages(complaintsMessages);
  return (
    <TextField
      name="reason"
      label={t('transitionField.reason')}
      multiline
      minRows={3}
      required
      helperText={t('extension.reasonHelp')}
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
  const t = useMessages(complaintsMessages);
  const title = t('extension.title');
  if (!complaint.data)
    return <PageLoadState query={complaint} title={title} crumbs={crumbs} what={t('what.complaint')} />;
  const data = complaint.data;
  const rule = RESPONSE_RULES[data.jurisdiction];
  const response = data.deadlines.find((d) => d.kind === 'response');
  if (!rule.extension || data.extension || data.resolution || data.closure) {
    return (
      <>
        <PageHeader title={title} crumbs={crumbs} />
        <Alert severity="info" sx={{ mb: 2 }}>
          {data.extension
            ? t('extension.already', { date: formatDate(data.extension.extendedOn) })
            : !rule.extension
              ? t('extension.notAllowed', { law: translateMessage(rule.law) })
              : t('extension.responded')}
        </Alert>
        <Button component={RouterLink} to={`/complaints/${id}`}>
          {t('back')}
        </Button>
      </>
    );
  }
  return (
    <>
      <NewRecordPage
        form={FORM}
        title={t('page.titleWithReference', { title, reference: data.reference })}
        crumbs={crumbs}
        formKey={`complaints.${id}.extension`}
        defaultValues={{ reason: '' }}
        submitLabel={t('extension.submit', { months: rule.extension.months })}
        create={(values) => extend.mutateAsync(values)}
        backTo={`/complaints/${id}`}
      />
      <Typography color="text.secondary" sx={{ mt: 2, maxWidth: 720 }}>
        {t('extension.explain', {
          date: formatDate(response?.due),
          source: translateMessage(rule.extension.source),
          months: rule.extension.months,
        })}
      </Typography>
    </>
  );
}
