// Audit packs: for a module and a date range, one report for an auditor or a regulator (the records touched,
// their history and the chain's verification), dated and signed by who made it, printed from the browser.
// Making one is itself audited, so a pack is made on request, never on load.
import { useState } from 'react';
import { Link as RouterLink } from 'react-router';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import GlobalStyles from '@mui/material/GlobalStyles';
import Grid from '@mui/material/Grid';
import Typography from '@mui/material/Typography';
import { useMessages } from '@/shared/i18n/messages';
import { ConsoleForm } from '@/shared/forms/console-form';
import { DateField } from '@/shared/forms/date-field';
import { SelectField } from '@/shared/forms/select-field';
import { defineLabels, valueLabel } from '@/shared/labels/record-labels';
import { addDays, todayIso } from '@/shared/model/dates';
import { PageHeader } from '@/shared/ui/page-header';
import { useMakeAuditPack, type AuditPack, type AuditPackRequest } from '../api/audit-packs';
import { AuditPackReport } from '../components/audit-pack-report';
import { auditMessages } from '../i18n/messages';
import { PACK_MODULES } from '../model/audit-modules';
import { AUDIT_LABELS } from '../model/labels';
import { packFormSchema, type PackFormValues } from '../model/pack-schema';

// Printed, the pack is the report alone: the shell's bar and navigation (`.no-print`), the form and buttons stay
// on screen; sections do not split across pages where they can help it.
const PRINT_STYLES = (
  <GlobalStyles
    styles={{
      '@media print': {
        'main, body': { margin: '0 !important', padding: '0 !important' },
        '.pack-section': { border: 'none !important', padding: '0 !important' },
        thead: { display: 'table-header-group' },
        tr: { breakInside: 'avoid' },
        a: { color: 'inherit !important', textDecoration: 'none !important' },
      },
    }}
  />
);

const PACK_LABELS = defineLabels(auditMessages, (t) => ({
  fields: { module: t('field.module'), from: t('field.from'), to: t('field.to') },
}));

export function AuditPacksPage() {
  const t = useMessages(auditMessages);
  const make = useMakeAuditPack();
  const [pack, setPack] = useState<AuditPack | null>(null);
  // The last 30 days, chosen once for the form (not again on each render).
  const [defaults] = useState<PackFormValues>(() => {
    const today = todayIso();
    return { module: '', from: addDays(today, -30), to: today };
  });
  const options = PACK_MODULES.map((module) => ({
    value: module,
    label: valueLabel(AUDIT_LABELS, 'module', module),
  }));

  return (
    <>
      {PRINT_STYLES}
      <Box className="no-print">
        <PageHeader title={t('pack.title')} crumbs={[{ label: t('trail.title'), to: '/audit' }]} />
        <Typography color="text.secondary" sx={{ mb: 2, maxWidth: 760 }}>
          {t('pack.intro')}
        </Typography>
        <Box sx={{ maxWidth: 760 }}>
          <ConsoleForm
            aria-label={t('pack.formLabel')}
            schema={packFormSchema}
            defaultValues={defaults}
            labels={PACK_LABELS}
            formKey="audit.pack"
            guardUnsaved={false}
            submitLabel={t('pack.make')}
            onSubmit={(values) => make.mutateAsync(values as AuditPackRequest)}
            onSuccess={(result) => setPack(result as AuditPack)}
          >
            <Grid container spacing={2}>
              <Grid size={{ xs: 12, sm: 4 }}>
                <SelectField name="module" label={t('field.module')} options={options} required />
              </Grid>
              <Grid size={{ xs: 12, sm: 4 }}>
                <DateField name="from" label={t('field.from')} required />
              </Grid>
              <Grid size={{ xs: 12, sm: 4 }}>
                <DateField name="to" label={t('field.to')} required />
              </Grid>
            </Grid>
          </ConsoleForm>
        </Box>
      </Box>
      {pack ? (
        <>
          <Box className="no-print" sx={{ mt: 3, display: 'flex', gap: 2, flexWrap: 'wrap' }}>
            <Button variant="outlined" onClick={() => window.print()}>
              {t('pack.print')}
            </Button>
            <Button component={RouterLink} to="/audit?module=audit&action=export">
              {t('pack.seeExports')}
            </Button>
          </Box>
          <AuditPackReport pack={pack} />
        </>
      ) : (
        <Typography color="text.secondary" sx={{ mt: 3 }} className="no-print">
          {t('pack.none')}
        </Typography>
      )}
    </>
  );
}
