import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import Typography from '@mui/material/Typography';
import { HistoryPanel } from '@/shared/history/history-panel';
import { usePermission } from '@/shared/auth/session';
import { MaskedValue } from '@/shared/masked/masked-value';
import type { Visit } from '../api/queries';
import { formatDateTime } from '@/shared/labels/format';
import { VISIT_LABELS } from '../model/labels';
import { useMessages } from '@/shared/i18n/messages';
import { visitsMessages } from '../i18n/messages';

/** One visit: its details, the contact masked until someone reveals it (audited), and its history. */
export function VisitDetailsDialog({
  visit,
  siteName,
  onClose,
}: {
  visit: Visit | null;
  siteName: (id: string) => string;
  onClose: () => void;
}) {
  // The contact is the privacy office's to reveal, with a reason; the desk sees it masked.
  const canReveal = usePermission('visits.history.all');
  const t = useMessages(visitsMessages);
  return (
    <Dialog
      open={visit !== null}
      onClose={onClose}
      aria-labelledby="visit-details-title"
      fullWidth
      maxWidth="sm"
    >
      {visit && (
        <>
          <DialogTitle id="visit-details-title">
            {visit.anonymised ? t('history.anonymisedName') : visit.name}
          </DialogTitle>
          <DialogContent>
            <Box
              component="dl"
              sx={{
                display: 'grid',
                gridTemplateColumns: 'max-content 1fr',
                columnGap: 2,
                rowGap: 1,
                m: 0,
                mb: 3,
                '& dt': { fontWeight: 600 },
                '& dd': { m: 0 },
              }}
            >
              <dt>{t('field.company')}</dt>
              <dd>{visit.company}</dd>
              <dt>{t('field.host')}</dt>
              <dd>{visit.hostName}</dd>
              <dt>{t('field.purpose')}</dt>
              <dd>{visit.purpose}</dd>
              <dt>{t('field.site')}</dt>
              <dd>{siteName(visit.siteId)}</dd>
              <dt>{t('column.badge')}</dt>
              <dd>{visit.badge}</dd>
              <dt>{t('field.checkedInAt')}</dt>
              <dd>{formatDateTime(visit.checkedInAt)}</dd>
              <dt>{t('field.checkedOutAt')}</dt>
              <dd>{visit.checkedOutAt ? formatDateTime(visit.checkedOutAt) : t('details.stillOnSite')}</dd>
              <dt>{t('field.contact')}</dt>
              <dd>
                <MaskedValue
                  entityType="visit"
                  entityId={visit.id}
                  field="contact"
                  masked={visit.contactMasked}
                  fieldLabel={t('details.contactField')}
                  askReason
                  canReveal={canReveal}
                />
              </dd>
            </Box>
            {visit.anonymised && (
              <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
                {t('details.anonymised')}
              </Typography>
            )}
            <HistoryPanel entityType="visit" entityId={visit.id} headingLevel={3} labels={VISIT_LABELS} />
          </DialogContent>
          <DialogActions>
            <Button onClick={onClose}>{t('details.close')}</Button>
          </DialogActions>
        </>
      )}
    </Dialog>
  );
}
