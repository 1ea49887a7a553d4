import { Link as RouterLink, useParams } from 'react-router';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Link from '@mui/material/Link';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { usePermission } from '@/shared/auth/session';
import { useMessages } from '@/shared/i18n/messages';
import { formatDate } from '@/shared/labels/format';
import { MaskedValue } from '@/shared/masked/masked-value';
import { countryName } from '@/shared/model/countries';
import { Fact, Facts } from '@/shared/record-page/facts';
import { RecordPage } from '@/shared/record-page/record-page';
import { RecordSection } from '@/shared/record-page/record-section';
import { ChipRow, ToneChip } from '@/shared/ui/tone-chip';
import { useComplaint, type Complaint } from '../api/queries';
import { useListCrumbs } from '../components/complaint-crumbs';
import { useRefetchOnLanguageChange } from '../api/use-refetch-on-language-change';
import { complaintsMessages } from '../i18n/messages';
import { ComplaintTimeline } from '../components/complaint-timeline';
import { DeadlineStatusChip } from '../components/deadline-chips';
import { DeadlineClock } from '../components/deadline-clock';
import {
  CHANNEL_LABELS,
  COMPLAINT_HISTORY_LABELS,
  OUTCOME_LABELS,
  STATUS_LABELS,
  SUBJECT_LABELS,
  TRANSITION_ACTION_LABELS,
} from '../model/labels';
import { regionName } from '../model/regions';
import { ESCALATABLE, extensionAllowed, movesOf } from '../model/rules';
import { TRANSITION_TARGETS, type TransitionTarget } from '../model/schemas';

/** The moves open now: an escalated complaint may still record its acknowledgement and response, and close. */
function nextMoves(complaint: Complaint): TransitionTarget[] {
  return movesOf(complaint).filter((to): to is TransitionTarget =>
    (TRANSITION_TARGETS as readonly string[]).includes(to),
  );
}

function canExtend(complaint: Complaint) {
  return (
    extensionAllowed(complaint.complainantCountry, complaint.complainantRegion) &&
    !complaint.extension &&
    !complaint.resolution &&
    !complaint.closure
  );
}

function Workflow({ complaint }: { complaint: Complaint }) {
  const t = useMessages(complaintsMessages);
  const moves = nextMoves(complaint);
  const escalate = !complaint.escalation && ESCALATABLE.includes(complaint.status);
  return (
    <Stack direction="row" spacing={1} useFlexGap sx={{ flexWrap: 'wrap' }}>
      {moves.map((to) => (
        <Button
          key={to}
          component={RouterLink}
          to={`/complaints/${complaint.id}/move/${to}`}
          variant="contained"
        >
          {TRANSITION_ACTION_LABELS[to]}
        </Button>
      ))}
      {escalate && (
        <Button component={RouterLink} to={`/complaints/${complaint.id}/escalate`} variant="outlined">
          {t('record.escalate')}
        </Button>
      )}
      <Button component={RouterLink} to={`/complaints/${complaint.id}/edit`}>
        {t('record.edit')}
      </Button>
    </Stack>
  );
}

function Details({ complaint }: { complaint: Complaint }) {
  const t = useMessages(complaintsMessages);
  return (
    <RecordSection id="complaint-details" title={t('record.details')}>
      <Facts>
        <Fact label={t('column.receivedDate')}>{formatDate(complaint.receivedDate)}</Fact>
        <Fact label={t('field.channel')}>{CHANNEL_LABELS[complaint.channel]}</Fact>
        <Fact label={t('field.subject')}>{SUBJECT_LABELS[complaint.subject]}</Fact>
        <Fact label={t('field.assigneeId')}>{complaint.assigneeName ?? t('record.unassigned')}</Fact>
        <Fact label={t('field.complainantName')}>
          <Box component="span" sx={{ overflowWrap: 'anywhere' }}>
            {complaint.complainantName}
          </Box>
          <br />
          <MaskedValue
            entityType="complaint"
            entityId={complaint.id}
            field="complainantContact"
            masked={complaint.complainantContactMasked}
            askReason
            fieldLabel={t('record.contactLabel')}
          />
        </Fact>
        <Fact label={t('record.livesIn')}>
          {complaint.complainantRegion
            ? t('place.regionCountry', {
                region: regionName(complaint.complainantCountry, complaint.complainantRegion),
                country: countryName(complaint.complainantCountry),
              })
            : countryName(complaint.complainantCountry)}
        </Fact>
        <Fact label={t('field.processorIds')}>
          {complaint.processors.length === 0
            ? t('record.noProcessors')
            : complaint.processors.map((processor, index) => (
                <span key={processor.id}>
                  {index > 0 && t('record.listSeparator')}
                  <Link component={RouterLink} to={`/processors/${processor.id}`}>
                    {processor.name}
                  </Link>
                </span>
              ))}
        </Fact>
      </Facts>
      <Typography component="h3" variant="subtitle1" sx={{ mt: 2 }}>
        {t('field.description')}
      </Typography>
      <Typography sx={{ whiteSpace: 'pre-wrap' }}>{complaint.description}</Typography>
    </RecordSection>
  );
}

function Resolution({ complaint }: { complaint: Complaint }) {
  const t = useMessages(complaintsMessages);
  const { resolution, closure } = complaint;
  if (!resolution && !closure) return null;
  return (
    <RecordSection id="complaint-resolution" title={t('record.resolution')}>
      <Facts>
        {resolution && (
          <>
            <Fact label={t('transitionField.outcome')}>{OUTCOME_LABELS[resolution.outcome]}</Fact>
            <Fact label={t('record.resolvedOn')}>{formatDate(resolution.resolvedOn)}</Fact>
            <Fact label={t('record.howResolved')}>{resolution.summary}</Fact>
            <Fact label={t('record.responseSent')}>
              {t('record.dated', {
                date: formatDate(resolution.responseDate),
                text: resolution.responseSummary,
              })}
            </Fact>
          </>
        )}
        {closure && (
          <Fact label={t('record.closedOn')}>
            {closure.note
              ? t('record.dated', { date: formatDate(closure.closedOn), text: closure.note })
              : formatDate(closure.closedOn)}
          </Fact>
        )}
      </Facts>
    </RecordSection>
  );
}

function Escalation({ complaint, canWrite }: { complaint: Complaint; canWrite: boolean }) {
  const t = useMessages(complaintsMessages);
  const escalation = complaint.escalation;
  if (!escalation) return null;
  return (
    <RecordSection
      id="complaint-escalation"
      title={escalation.referral ? t('record.referral') : t('record.escalation')}
      actions={
        canWrite && (
          <Stack direction="row" spacing={1} useFlexGap sx={{ flexWrap: 'wrap' }}>
            <Button
              component={RouterLink}
              to={`/complaints/${complaint.id}/correspondence/new`}
              variant="outlined"
            >
              {t('record.logCorrespondence')}
            </Button>
            <Button component={RouterLink} to={`/complaints/${complaint.id}/escalation/edit`}>
              {t('record.editEscalation')}
            </Button>
          </Stack>
        )
      }
    >
      <Facts>
        <Fact label={t('escalationField.regulatorId')}>{escalation.regulatorName}</Fact>
        <Fact label={escalation.referral ? t('record.referredOn') : t('escalationField.escalatedOn')}>
          {formatDate(escalation.escalatedOn)}
        </Fact>
        <Fact label={t('escalationField.regulatorReference')}>
          {escalation.regulatorReference ?? t('record.notGivenYet')}
        </Fact>
        <Fact label={t('escalationField.regulatorDeadline')}>
          {escalation.regulatorDeadline ? formatDate(escalation.regulatorDeadline) : t('record.noneSet')}
        </Fact>
        <Fact label={t('record.correspondence')}>
          {t('record.letters', { count: escalation.correspondence.length })}
        </Fact>
      </Facts>
    </RecordSection>
  );
}

export function ComplaintPage() {
  const t = useMessages(complaintsMessages);
  const crumbs = useListCrumbs();
  const { id = '' } = useParams();
  const canWrite = usePermission('complaints.write');
  const complaint = useComplaint(id);
  useRefetchOnLanguageChange();
  return (
    // A long unbroken name (a pasted address, say) wraps in the heading and breadcrumb instead of widening a
    // phone's page (the kit's header does not wrap words).
    <Box sx={{ '& h1, & nav li': { overflowWrap: 'anywhere', minWidth: 0 } }}>
      <RecordPage
        query={complaint}
        what={t('what.complaint')}
        loadingTitle={t('crumbs.complaint')}
        crumbs={crumbs}
        title={(data) => t('record.title', { reference: data.reference, name: data.complainantName })}
        status={(data) => (
          <ChipRow>
            <ToneChip tone="neutral" label={STATUS_LABELS[data.status]} />
            <DeadlineStatusChip status={data.deadlineStatus} />
          </ChipRow>
        )}
        actions={(data) => canWrite && <Workflow complaint={data} />}
        history={{ entityType: 'complaint', entityId: id, labels: COMPLAINT_HISTORY_LABELS }}
      >
        {(data) => (
          <>
            <DeadlineClock
              complaint={data}
              actions={
                canWrite &&
                canExtend(data) && (
                  <Button component={RouterLink} to={`/complaints/${data.id}/extend`}>
                    {t('extension.title')}
                  </Button>
                )
              }
            />
            <Details complaint={data} />
            <Escalation complaint={data} canWrite={canWrite} />
            <Resolution complaint={data} />
            <ComplaintTimeline complaint={data} />
          </>
        )}
      </RecordPage>
    </Box>
  );
}
