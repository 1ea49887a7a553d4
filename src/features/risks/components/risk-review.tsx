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
import { translateMessage, useMessages } from '@/shared/i18n/messages';
import { formatDate, formatDateTime } from '@/shared/labels/format';
import { defineLabels } from '@/shared/labels/record-labels';
import { Fact, Facts } from '@/shared/record-page/facts';
import { RecordSection } from '@/shared/record-page/record-section';
import { ToneChip } from '@/shared/ui/tone-chip';
import { useTransitionRisk } from '../api/mutations';
import type { Risk } from '../api/queries';
import { risksMessages } from '../i18n/messages';
import { RISK_LABELS, riskWords } from '../model/labels';
import { REVIEW_CADENCE_MONTHS, reviewerConflict, transitionConflict } from '../model/rules';
import { riskTransitionSchema, type RiskTransitionAction } from '../model/schemas';
import { FlagChips, StatusChip } from './chips';

/** Returning a plan, the comment is "What should change": the error summary names it as the field does. */
const REQUEST_CHANGES_LABELS = defineLabels(risksMessages, (t) => ({
  ...RISK_LABELS,
  fields: { ...RISK_LABELS.fields, comment: t('move.whatShouldChange') },
}));

function TransitionDialog({
  risk,
  action,
  onClose,
}: {
  risk: Risk;
  action: RiskTransitionAction;
  onClose: () => void;
}) {
  const t = useMessages(risksMessages);
  const transition = useTransitionRisk(risk.id);
  const titleId = `risk-transition-${action}`;
  const moveLabel = t(`move.${action}`);
  return (
    <Dialog open onClose={onClose} aria-labelledby={titleId} fullWidth maxWidth="sm">
      <DialogTitle id={titleId}>{moveLabel}</DialogTitle>
      <DialogContent>
        <ConsoleForm
          schema={riskTransitionSchema}
          defaultValues={{ action, comment: '' }}
          formKey={`risks.${risk.id}.${action}`}
          labels={action === 'request_changes' ? REQUEST_CHANGES_LABELS : RISK_LABELS}
          version={risk.version}
          toValues={() => ({ action, comment: '' })}
          submitLabel={moveLabel}
          aria-label={moveLabel}
          guardUnsaved={false}
          onSubmit={(body, { version }) => transition.mutateAsync({ body, version: version ?? risk.version })}
          onSuccess={onClose}
          secondaryActions={<Button onClick={onClose}>{t('move.cancel')}</Button>}
        >
          <Typography variant="body2" sx={{ mb: 1 }}>
            {action === 'request_changes'
              ? t('move.requestChangesHint')
              : action === 'approve'
                ? t('move.approveHint', { version: risk.version })
                : t('move.submitHint')}
          </Typography>
          <TextField
            name="comment"
            label={action === 'request_changes' ? t('move.whatShouldChange') : t('move.commentOptional')}
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
  // The backend's flags say whether an acceptance has lapsed (its today, not the browser's).
  const codes = risk.flags.map((flag) => flag.code);
  const acceptance = codes.includes('acceptance_expired')
    ? ('expired' as const)
    : codes.includes('acceptance_expiring')
      ? ('expiring' as const)
      : null;
  const conflictOf = (action: RiskTransitionAction) =>
    transitionConflict(action, { status: risk.status, reviewStatus: risk.reviewStatus, acceptance });
  const open = (action: RiskTransitionAction) => !conflictOf(action);
  const moves: RiskTransitionAction[] = [];
  if (canWrite && open('submit')) moves.push('submit');
  const conflict = reviewerConflict(risk, user.id);
  const reviewable = canReview && (open('approve') || open('request_changes'));
  if (reviewable && !conflict) {
    if (open('approve')) moves.push('approve');
    if (open('request_changes')) moves.push('request_changes');
  }
  // Why approving is not offered to a reviewer who may otherwise review (a lapsed acceptance).
  const approveBlocked = reviewable && !conflict && !open('approve') ? conflictOf('approve') : null;
  return { moves, reviewBlocked: reviewable && conflict ? conflict : approveBlocked };
}

export function RiskReview({ risk }: { risk: Risk }) {
  const t = useMessages(risksMessages);
  const words = riskWords();
  const fields = RISK_LABELS.fields;
  const { moves, reviewBlocked } = useMoves(risk);
  const [action, setAction] = useState<RiskTransitionAction | null>(null);
  const approvedCurrent = risk.approvedVersion !== null && risk.status === 'approved';
  return (
    <RecordSection id="risk-review" title={t('review.title')}>
      <Facts>
        <Fact label={fields.status}>
          <StatusChip status={risk.status} />
        </Fact>
        <Fact label={t('review.approvedVersion')}>
          {risk.approvedVersion === null
            ? t('review.neverApproved')
            : t('review.version', {
                version: risk.approvedVersion,
                now: approvedCurrent && risk.approvedVersion !== risk.version ? 'yes' : 'no',
                current: risk.version,
                hasDate: risk.approvedAt ? 'yes' : 'no',
                date: risk.approvedAt ? formatDate(risk.approvedAt.slice(0, 10)) : '',
              })}
        </Fact>
        <Fact label={fields.nextReviewDue}>
          {risk.nextReviewDue ? (
            <span style={{ display: 'inline-flex', gap: 8, alignItems: 'center', flexWrap: 'wrap' }}>
              <span style={{ whiteSpace: 'nowrap' }}>{formatDate(risk.nextReviewDue)}</span>
              <ToneChip
                tone={
                  risk.reviewStatus === 'overdue'
                    ? 'error'
                    : risk.reviewStatus === 'due_soon'
                      ? 'warning'
                      : 'neutral'
                }
                label={words.reviewStatus[risk.reviewStatus]}
              />
            </span>
          ) : (
            t('review.cadence', {
              months: REVIEW_CADENCE_MONTHS[risk.residualRating],
              rating: risk.residualRating,
            })
          )}
        </Fact>
        <Fact label={fields.flags}>
          <FlagChips flags={risk.flags} />
        </Fact>
      </Facts>
      {reviewBlocked && (
        <Alert severity="info" sx={{ mt: 2 }}>
          {translateMessage(reviewBlocked)}
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
              {t(`move.${move}`)}
            </Button>
          ))}
        </Stack>
      )}
      {action && <TransitionDialog risk={risk} action={action} onClose={() => setAction(null)} />}
      <Typography variant="subtitle1" component="h3" id="risk-timeline-heading" sx={{ mt: 3 }}>
        {t('review.timeline')}
      </Typography>
      <Box component="ol" aria-labelledby="risk-timeline-heading" sx={{ pl: 2.5, my: 0.5 }}>
        {risk.timeline.map((entry) => (
          <Box component="li" key={entry.id} sx={{ mb: 1 }}>
            <Typography variant="body2" component="span" sx={{ fontWeight: 600 }}>
              {words.timeline[entry.action]}
            </Typography>{' '}
            <Typography variant="body2" component="span">
              {entry.from
                ? t('review.byWithStatus', {
                    actor: entry.actorName,
                    at: formatDateTime(entry.at),
                    version: entry.version,
                    from: words.status[entry.from],
                    to: words.status[entry.to],
                  })
                : t('review.by', {
                    actor: entry.actorName,
                    at: formatDateTime(entry.at),
                    version: entry.version,
                  })}
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
