import Box from '@mui/material/Box';
import Chip from '@mui/material/Chip';
import Grid from '@mui/material/Grid';
import { MaskedValue } from '@/shared/masked/masked-value';
import Typography from '@mui/material/Typography';
import { Fact, Facts } from '@/shared/record-page/facts';
import { RecordSection } from '@/shared/record-page/record-section';
import type { Processor } from '../api/queries';
import { formatDate } from '@/shared/labels/format';
import { countryName } from '@/shared/model/countries';
import {
  DATA_CATEGORY_LABELS,
  DATA_SUBJECT_LABELS,
  STATUS_LABELS,
  TIER_LABELS,
  formatLocation,
} from '../model/labels';

/** A processor's own facts, where it processes data, and whom it hands data on to. */
export function ProcessorDetails({ processor }: { processor: Processor }) {
  return (
    <RecordSection id="processor-details" title="Details">
      <Facts>
        <Fact label="Status">{STATUS_LABELS[processor.status]}</Fact>
        <Fact label="Risk tier">{TIER_LABELS[processor.riskTier]}</Fact>
        <Fact label="Country">{countryName(processor.country)}</Fact>
        <Fact label="Reason for the risk tier">{processor.riskReason || 'Not stated'}</Fact>
        <Fact label="Services provided">{processor.services}</Fact>
        <Fact label="Contact">
          {processor.contactName}
          <br />
          <MaskedValue
            entityType="processor"
            entityId={processor.id}
            field="contactEmail"
            masked={processor.contactEmailMasked}
            fieldLabel="contact email"
          />
          {processor.contactPhoneMasked && (
            <>
              <br />
              <MaskedValue
                entityType="processor"
                entityId={processor.id}
                field="contactPhone"
                masked={processor.contactPhoneMasked}
                fieldLabel="contact phone"
              />
            </>
          )}
        </Fact>
        <Fact label="Data categories">
          {processor.dataCategories.map((category) => DATA_CATEGORY_LABELS[category]).join(', ')}
        </Fact>
        <Fact label="Data subjects">
          {processor.dataSubjects.map((subject) => DATA_SUBJECT_LABELS[subject]).join(', ')}
        </Fact>
        <Fact label="Registered">{formatDate(processor.createdAt.slice(0, 10))}</Fact>
      </Facts>
      <Grid container spacing={2} sx={{ mt: 1 }}>
        <Grid size={{ xs: 12, md: 6 }}>
          <Typography variant="subtitle1" component="h3">
            Processing locations
          </Typography>
          <Box component="ul" sx={{ pl: 2.5, my: 0.5 }}>
            {processor.locations.map((location) => (
              <li key={location.country}>
                {formatLocation(location)}
                {location.transferMechanism === 'privacy_shield' && (
                  <Chip
                    size="small"
                    label="Invalid mechanism"
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
            Sub-processors
          </Typography>
          {processor.subProcessors.length === 0 ? (
            <Typography color="text.secondary">None recorded.</Typography>
          ) : (
            <Box component="ul" sx={{ pl: 2.5, my: 0.5 }}>
              {processor.subProcessors.map((sub, index) => (
                <li key={index}>
                  {sub.name}: {sub.service} ({countryName(sub.country)})
                </li>
              ))}
            </Box>
          )}
        </Grid>
      </Grid>
    </RecordSection>
  );
}
