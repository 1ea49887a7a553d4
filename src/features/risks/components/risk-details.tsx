import { Link as RouterLink } from 'react-router';
import Link from '@mui/material/Link';
import Typography from '@mui/material/Typography';
import { formatDate } from '@/shared/labels/format';
import { ChildTable } from '@/shared/record-page/child-records';
import { Fact, Facts } from '@/shared/record-page/facts';
import { RecordSection } from '@/shared/record-page/record-section';
import { ToneChip } from '@/shared/ui/tone-chip';
import type { Risk, RiskAction } from '../api/queries';
import {
  ACTION_STATUS_LABELS,
  CATEGORY_LABELS,
  impactLabel,
  likelihoodLabel,
  TREATMENT_LABELS,
  TREATMENT_MEANINGS,
} from '../model/labels';
import { RatingChip } from './chips';

/** What the risk is, whom it belongs to and which processors it concerns. */
export function RiskDetails({ risk }: { risk: Risk }) {
  return (
    <RecordSection id="risk-details" title="Details">
      <Facts>
        <Fact label="Reference">{risk.reference}</Fact>
        <Fact label="Category">{CATEGORY_LABELS[risk.category]}</Fact>
        <Fact label="Owner">{risk.ownerName}</Fact>
        <Fact label="Description">{risk.description}</Fact>
        <Fact label="Threat">{risk.threat}</Fact>
        <Fact label="Affected processing or assets">{risk.affectedAssets}</Fact>
        <Fact label="Linked processors">
          {risk.linkedProcessors.length === 0
            ? 'None'
            : risk.linkedProcessors.map((processor, index) => (
                <span key={processor.id}>
                  {index > 0 && ', '}
                  <Link component={RouterLink} to={`/risks?processorId=${encodeURIComponent(processor.id)}`}>
                    {processor.name}
                  </Link>
                </span>
              ))}
        </Fact>
      </Facts>
    </RecordSection>
  );
}

/** Inherent and residual scores side by side, each level with its meaning's name. */
export function RiskScores({ risk }: { risk: Risk }) {
  return (
    <RecordSection id="risk-scores" title="Scores">
      <Facts>
        <Fact label="Inherent (before mitigation)">
          <RatingChip score={risk.inherentScore} rating={risk.inherentRating} /> likelihood{' '}
          {likelihoodLabel(risk.inherentLikelihood)}, impact {impactLabel(risk.inherentImpact)}
        </Fact>
        <Fact label="Residual (after mitigation)">
          <RatingChip score={risk.residualScore} rating={risk.residualRating} /> likelihood{' '}
          {likelihoodLabel(risk.residualLikelihood)}, impact {impactLabel(risk.residualImpact)}
        </Fact>
        {risk.residualReason && <Fact label="Why the residual score is higher">{risk.residualReason}</Fact>}
      </Facts>
    </RecordSection>
  );
}

const ACTION_COLUMNS = [
  { header: 'Action', cell: (a: RiskAction) => a.description },
  { header: 'Owner', cell: (a: RiskAction) => a.ownerName },
  {
    header: 'Due',
    cell: (a: RiskAction) => (
      <span style={{ display: 'inline-flex', gap: 8, alignItems: 'center', flexWrap: 'wrap' }}>
        {formatDate(a.dueDate)}
        {a.overdue && <ToneChip tone="error" icon label="Overdue" />}
      </span>
    ),
  },
  { header: 'Status', cell: (a: RiskAction) => ACTION_STATUS_LABELS[a.status] },
];

/** The treatment, its actions, and an acceptance's terms. */
export function RiskTreatment({ risk }: { risk: Risk }) {
  return (
    <RecordSection id="risk-treatment" title="Treatment">
      <Facts>
        <Fact label="Treatment">
          {TREATMENT_LABELS[risk.treatment]}: {TREATMENT_MEANINGS[risk.treatment]}
        </Fact>
        {risk.treatment === 'accept' && (
          <>
            <Fact label="Justification for accepting">{risk.acceptanceJustification ?? 'Not stated'}</Fact>
            <Fact label="Accepting manager">{risk.acceptedByName ?? 'Not named'}</Fact>
            <Fact label="Acceptance expires">
              {risk.acceptanceExpiry ? formatDate(risk.acceptanceExpiry) : 'No expiry'}
            </Fact>
          </>
        )}
      </Facts>
      <Typography variant="subtitle1" component="h3" id="risk-actions-heading" sx={{ mt: 2 }}>
        Mitigation actions
      </Typography>
      {risk.actions.length === 0 ? (
        <Typography color="text.secondary">No actions recorded.</Typography>
      ) : (
        <ChildTable
          labelledBy="risk-actions-heading"
          items={risk.actions}
          getRowId={(a) => a.id}
          columns={ACTION_COLUMNS}
        />
      )}
    </RecordSection>
  );
}
