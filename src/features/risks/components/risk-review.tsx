// The plan's review: where it stands, what the signed-in person may do next (only what the backend would allow:
// nobody is offered approving a risk they own or submitted), and every step so far as a timeline.
import { useState } from 'react';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useCurrentUser, usePermission } from '@/shared/auth/session';
import { ConsoleForm } from '@/shared/forms/console-form';
import { TextField } from '@/shared/forms/text-field';
import { formatDate, formatDateTime } from '@/shared/labels/format';
import { Fact, Facts } from '@/shared/record-page/facts';
import { RecordSection } from '@/shared/record-page/record-section';
import { ToneChip } from '@/shared/ui/tone-chip';
import { useTransitionRisk } from '../api/mutations';
import type { Risk } from '../api/queries';
import { RISK_LABELS, REVIEW_STATUS_LABELS, STATUS_LABELS, TIMELINE_ACTION_LABELS } from '../model/labels';
import { REVIEW_CADENCE_MONTHS, reviewerConflict, transitionConflict } from '../model/rules';
import { riskTransitionSchema, type RiskTransitionAction } from '../model/schemas';
import { FlagChips, StatusChip } from './chips';

const MOVE_LABELS: Record<RiskTransitionAction, string> = {
  submit: 'Submit for review',
  approve: 'Approve plan',
  request_changes: 'Request changes',
};

function TransitionDialog({
  risk,
  action,
  onClose,
}: {
  risk: Risk;
  action: RiskTransitionAction;
  onClose: () => void;
}) {
  const transition = useTransitionRisk(risk.id);
  const titleId = `risk-transition-${action}`;
  return (
    <Dialog open onClose={onClose} aria-labelledby={titleId} fullWidth maxWidth="sm">
      <DialogTitle id={titleId}>{MOVE_LABELS[action]}</DialogTitle>
      <DialogContent>
        <ConsoleForm
          schema={riskTransitionSchema}
          defaultValues={{ action, comment: '' }}
          formKey={`risks.${risk.id}.${action}`}
          labels={RISK_LABELS}
          version={risk.version}
          toValues={() => ({ action, comment: '' })}
          submitLabel={MOVE_LABELS[action]}
          aria-label={MOVE_LABELS[action]}
          guardUnsaved={false}
          onSubmit={(body, { version }) => transition.mutateAsync({ body, version: version ?? risk.version })}
          onSuccess={onClose}
          secondaryActions={<Button onClick={onClose}>Cancel</Button>}
        >
          <Typography variant="body2" sx={{ mb: 1 }}>
            {action === 'request_changes'
              ? 'Say what should change; the officer sees it on the timeline.'
              : action === 'approve'
                ? `Approving version ${risk.version}. The next review falls due by the residual rating's cadence.`
                : 'A manager who neither owns nor submitted the risk will review it.'}
          </Typography>
          <TextField
            name="comment"
            label={action === 'request_changes' ? 'What should change' : 'Comment (optional)'}
            multiline
            minRows={2}
            required={action === 'request_changes'}
          />
        </ConsoleForm>
      </DialogContent>
    </Dialog>
  );
}

/** Which moves this person is offered now, and why none when they are a reviewer kept out of their own risk. */
function useMoves(risk: Risk) {
  const user = useCurrentUser();
  const canWrite = usePermission('risks.write');
  const canReview = usePermission('risks.review');
  const open = (action: RiskTransitionAction) =>
    !transitionConflict(action, { status: risk.status, reviewStatus: risk.reviewStatus });
  const moves: RiskTransitionAction[] = [];
  if (canWrite && open('submit')) moves.push('submit');
  const conflict = reviewerConflict(risk, user.id);
  const reviewable = canReview && (open('approve') || open('request_changes'));
  if (reviewable && !conflict) moves.push('approve', 'request_changes');
  return { moves, reviewBlocked: reviewable && conflict ? conflict : null };
}

export function RiskReview({ risk }: { risk: Risk }) {
  const { moves, reviewBlocked } = useMoves(risk);
  const [action, setAction] = useState<RiskTransitionAction | null>(null);
  const approvedCurrent = risk.approvedVersion !== null && risk.status === 'approved';
  return (
    <RecordSection id="risk-review" title="Review">
      <Facts>
        <Fact label="Status">
          <StatusChip status={risk.status} />
        </Fact>
        <Fact label="Approved version">
          {risk.approvedVersion === null
            ? 'Never approved'
            : `Version ${risk.approvedVersion}${approvedCurrent && risk.approvedVersion !== risk.version ? ` (now version ${risk.version}, no material change)` : ''}${risk.approvedAt ? `, on ${formatDate(risk.approvedAt.slice(0, 10))}` : ''}`}
        </Fact>
        <Fact label="Next review due">
          {risk.nextReviewDue ? (
            <span style={{ display: 'inline-flex', gap: 8, alignItems: 'center', flexWrap: 'wrap' }}>
              {formatDate(risk.nextReviewDue)}
              <ToneChip
                tone={
                  risk.reviewStatus === 'overdue'
                    ? 'error'
                    : risk.reviewStatus === 'due_soon'
                      ? 'warning'
                      : 'neutral'
                }
                label={REVIEW_STATUS_LABELS[risk.reviewStatus]}
              />
            </span>
          ) : (
            `Set when approved (every ${REVIEW_CADENCE_MONTHS[risk.residualRating]} months at ${risk.residualRating})`
          )}
        </Fact>
        <Fact label="Flags">
          <FlagChips flags={risk.flags} />
        </Fact>
      </Facts>
      {reviewBlocked && (
        <Alert severity="info" sx={{ mt: 2 }}>
          {reviewBlocked}
        </Alert>
      )}
      {moves.length > 0 && (
        <Stack direction="row" spacing={1} sx={{ mt: 2, flexWrap: 'wrap' }}>
          {moves.map((move) => (
            <Button
              key={move}
              variant={move === 'request_changes' ? 'outlined' : 'contained'}
              onClick={() => setAction(move)}
            >
              {MOVE_LABELS[move]}
            </Button>
          ))}
        </Stack>
      )}
      {action && <TransitionDialog risk={risk} action={action} onClose={() => setAction(null)} />}
      <Typography variant="subtitle1" component="h3" id="risk-timeline-heading" sx={{ mt: 3 }}>
        Timeline
      </Typography>
      <Box component="ol" aria-labelledby="risk-timeline-heading" sx={{ pl: 2.5, my: 0.5 }}>
        {risk.timeline.map((entry) => (
          <Box component="li" key={entry.id} sx={{ mb: 1 }}>
            <Typography variant="body2" component="span" sx={{ fontWeight: 600 }}>
              {TIMELINE_ACTION_LABELS[entry.action]}
            </Typography>{' '}
            <Typography variant="body2" component="span">
              by {entry.actorName}, {formatDateTime(entry.at)} (version {entry.version}
              {entry.from ? `, ${STATUS_LABELS[entry.from]} → ${STATUS_LABELS[entry.to]}` : ''})
            </Typography>
            {entry.comment && (
              <Typography
                variant="body2"
                component="blockquote"
                sx={{ m: 0, mt: 0.5, pl: 1.5, borderLeft: 3, borderColor: 'divider' }}
              >
                {entry.comment}
              </Typography>
            )}
          </Box>
        ))}
      </Box>
    </RecordSection>
  );
}
