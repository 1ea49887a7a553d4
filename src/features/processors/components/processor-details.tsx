import Box from '@mui/material/Box';
import Chip from '@mui/material/Chip';
import Grid from '@mui/material/Grid';
import { MaskedValue } from '@/shared/masked/masked-value';
import Typography from '@mui/material/Typography';
import { Fact, Facts } from '@/shared/record-page/facts';
import { RecordSection } from '@/shared/record-page/record-section';
import type { Processor } from '../api/queries';
import { useMessages } from '@/shared/i18n/messages';
import { formatDate } from '@/shared/labels/format';
import { processorsMessages } from '../i18n/messages';
import {
  PROCESSOR_LABELS,
  countryLabel,
  dataCategoryLabel,
  dataSubjectLabel,
  formatLocation,
  statusLabel,
  tierLabel,
} from '../model/labels';

/** A processor's own facts, where it processes data, and whom it hands data on to. */
export function ProcessorDetails({ processor }: { processor: Processor }) {
  const t = useMessages(processorsMessages);
  const { fields } = PROCESSOR_LABELS;
  return (
    <RecordSection id="processor-details" title={t('details.title')}>
      <Facts>
        <Fact label={fields.status}>{statusLabel(processor.status)}</Fact>
        <Fact label={fields.riskTier}>{tierLabel(processor.riskTier)}</Fact>
        <Fact label={fields.country}>{countryLabel(processor.country)}</Fact>
        <Fact label={fields.riskReason}>{processor.riskReason || t('details.notStated')}</Fact>
        <Fact label={fields.services}>{processor.services}</Fact>
        <Fact label={t('details.contact')}>
          {processor.contactName}
          <br />
          <MaskedValue
            entityType="processor"
            entityId={processor.id}
            field="contactEmail"
            masked={processor.contactEmailMasked}
            fieldLabel={t('details.contactEmail')}
          />
          {processor.contactPhoneMasked && (
            <>
              <br />
              <MaskedValue
                entityType="processor"
                entityId={processor.id}
                field="contactPhone"
                masked={processor.contactPhoneMasked}
                fieldLabel={t('details.contactPhone')}
              />
            </>
          )}
        </Fact>
        <Fact label={fields.dataCategories}>
          {processor.dataCategories.map(dataCategoryLabel).join(', ')}
        </Fact>
        <Fact label={fields.dataSubjects}>{processor.dataSubjects.map(dataSubjectLabel).join(', ')}</Fact>
        <Fact label={t('details.registered')}>{formatDate(processor.createdAt.slice(0, 10))}</Fact>
      </Facts>
      <Grid container spacing={2} sx={{ mt: 1 }}>
        <Grid size={{ xs: 12, md: 6 }}>
          <Typography variant="subtitle1" component="h3">
            {fields.locations}
          </Typography>
          <Box component="ul" sx={{ pl: 2.5, my: 0.5 }}>
            {processor.locations.map((location) => (
              <li key={location.country}>
                {formatLocation(location)}
                {location.transferMechanism === 'privacy_shield' && (
                  <Chip
                    size="small"
                    label={t('details.invalidMechanism')}
                    variant="outlined"
                    sx={{ ml: 1, color: 'text.primary', borderColor: 'error.main', borderWidth: 2 }}
                  />
                )}
              </li>
            ))}
          </Box>
        </Grid>
        <Grid size={{ xs: 12, md: 6 }}>
          <Typography variant="subtitle1" component="h3">
            {fields.subProcessors}
          </Typography>
          {processor.subProcessors.length === 0 ? (
            <Typography color="text.secondary">{t('details.noSubProcessors')}</Typography>
          ) : (
            <Box component="ul" sx={{ pl: 2.5, my: 0.5 }}>
              {processor.subProcessors.map((sub, index) => (
                <li key={index}>
                  {t('details.subProcessor', {
                    name: sub.name,
                    service: sub.service,
                    country: countryLabel(sub.country),
                  })}
                </li>
              ))}
            </Box>
          )}
        </Grid>
      </Grid>
    </RecordSection>
  );
}
