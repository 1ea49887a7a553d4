import { Link as RouterLink, useParams } from 'react-router';
import Button from '@mui/material/Button';
import Link from '@mui/material/Link';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { usePermission } from '@/shared/auth/session';
import { formatDate } from '@/shared/labels/format';
import { MaskedValue } from '@/shared/masked/masked-value';
import { countryName } from '@/shared/model/countries';
import { Fact, Facts } from '@/shared/record-page/facts';
import { RecordPage } from '@/shared/record-page/record-page';
import { RecordSection } from '@/shared/record-page/record-section';
import { ChipRow, ToneChip } from '@/shared/ui/tone-chip';
import { useComplaint, type Complaint } from '../api/queries';
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
import { ESCALATABLE, extensionAllowed, TRANSITIONS } from '../model/rules';
import { TRANSITION_TARGETS, type TransitionTarget } from '../model/schemas';

const CRUMBS = [{ label: 'Complaints', to: '/complaints' }];

function nextMoves(complaint: Complaint): TransitionTarget[] {
  return TRANSITIONS[complaint.status].filter((to): to is TransitionTarget =>
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
          Escalate to a regulator
        </Button>
      )}
      <Button component={RouterLink} to={`/complaints/${complaint.id}/edit`}>
        Edit complaint
      </Button>
    </Stack>
  );
}

function Details({ complaint }: { complaint: Complaint }) {
  return (
    <RecordSection id="complaint-details" title="Details">
      <Facts>
        <Fact label="Received">{formatDate(complaint.receivedDate)}</Fact>
        <Fact label="Channel">{CHANNEL_LABELS[complaint.channel]}</Fact>
        <Fact label="Subject">{SUBJECT_LABELS[complaint.subject]}</Fact>
        <Fact label="Assignee">{complaint.assigneeName ?? 'Unassigned'}</Fact>
        <Fact label="Complainant">
          {complaint.complainantName}
          <br />
          <MaskedValue
            entityType="complaint"
            entityId={complaint.id}
            field="complainantContact"
            masked={complaint.complainantContactMasked}
            askReason
            fieldLabel="complainant’s contact"
          />
        </Fact>
        <Fact label="Lives in">
          {complaint.complainantRegion
            ? `${regionName(complaint.complainantCountry, complaint.complainantRegion)}, ${countryName(complaint.complainantCountry)}`
            : countryName(complaint.complainantCountry)}
        </Fact>
        <Fact label="Processors concerned">
          {complaint.processors.length === 0
            ? 'None linked'
            : complaint.processors.map((processor, index) => (
                <span key={processor.id}>
                  {index > 0 && ', '}
                  <Link component={RouterLink} to={`/processors/${processor.id}`}>
                    {processor.name}
                  </Link>
                </span>
              ))}
        </Fact>
      </Facts>
      <Typography component="h3" variant="subtitle1" sx={{ mt: 2 }}>
        Description
      </Typography>
      <Typography sx={{ whiteSpace: 'pre-wrap' }}>{complaint.description}</Typography>
    </RecordSection>
  );
}

function Resolution({ complaint }: { complaint: Complaint }) {
  const { resolution, closure } = complaint;
  if (!resolution && !closure) return null;
  return (
    <RecordSection id="complaint-resolution" title="Resolution">
      <Facts>
        {resolution && (
          <>
            <Fact label="Outcome">{OUTCOME_LABELS[resolution.outcome]}</Fact>
            <Fact label="Resolved on">{formatDate(resolution.resolvedOn)}</Fact>
            <Fact label="How it was resolved">{resolution.summary}</Fact>
            <Fact label="Response sent">
              {formatDate(resolution.responseDate)}: {resolution.responseSummary}
            </Fact>
          </>
        )}
        {closure && (
          <Fact label="Closed on">
            {formatDate(closure.closedOn)}
            {closure.note && `: ${closure.note}`}
          </Fact>
        )}
      </Facts>
    </RecordSection>
  );
}

function Escalation({ complaint, canWrite }: { complaint: Complaint; canWrite: boolean }) {
  const escalation = complaint.escalation;
  if (!escalation) return null;
  return (
    <RecordSection
      id="complaint-escalation"
      title={escalation.referral ? 'Regulator’s referral' : 'Escalation'}
      actions={
        canWrite && (
          <Stack direction="row" spacing={1} useFlexGap sx={{ flexWrap: 'wrap' }}>
            <Button
              component={RouterLink}
              to={`/complaints/${complaint.id}/correspondence/new`}
              variant="outlined"
            >
              Log correspondence
            </Button>
            <Button component={RouterLink} to={`/complaints/${complaint.id}/escalation/edit`}>
              Edit reference and deadline
            </Button>
          </Stack>
        )
      }
    >
      <Facts>
        <Fact label="Regulator">{escalation.regulatorName}</Fact>
        <Fact label={escalation.referral ? 'Referred on' : 'Escalated on'}>
          {formatDate(escalation.escalatedOn)}
        </Fact>
        <Fact label="Regulator’s reference">{escalation.regulatorReference ?? 'Not given yet'}</Fact>
        <Fact label="Regulator’s deadline">
          {escalation.regulatorDeadline ? formatDate(escalation.regulatorDeadline) : 'None set'}
        </Fact>
        <Fact label="Correspondence">
          {escalation.correspondence.length === 0
            ? 'None logged yet'
            : `${escalation.correspondence.length} ${escalation.correspondence.length === 1 ? 'letter' : 'letters'}, in the timeline`}
        </Fact>
      </Facts>
    </RecordSection>
  );
}

export function ComplaintPage() {
  const { id = '' } = useParams();
  const canWrite = usePermission('complaints.write');
  const complaint = useComplaint(id);
  return (
    <RecordPage
      query={complaint}
      what="the complaint"
      loadingTitle="Complaint"
      crumbs={CRUMBS}
      title={(data) => `${data.reference}: ${data.complainantName}`}
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
                  Extend the response deadline
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
  );
}
