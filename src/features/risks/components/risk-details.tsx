import { useMemo } from 'react';
import { Link as RouterLink } from 'react-router';
import Link from '@mui/material/Link';
import Typography from '@mui/material/Typography';
import { useMessages } from '@/shared/i18n/messages';
import { formatDate } from '@/shared/labels/format';
import { ChildTable } from '@/shared/record-page/child-records';
import { Fact, Facts } from '@/shared/record-page/facts';
import { RecordSection } from '@/shared/record-page/record-section';
import { ToneChip } from '@/shared/ui/tone-chip';
import type { Risk, RiskAction } from '../api/queries';
import { risksMessages } from '../i18n/messages';
import { impactLabel, likelihoodLabel, RISK_LABELS, riskWords } from '../model/labels';
import { RatingChip } from './chips';

/** What the risk is, whom it belongs to and which processors it concerns. */
export function RiskDetails({ risk }: { risk: Risk }) {
  const t = useMessages(risksMessages);
  const fields = RISK_LABELS.fields;
  return (
    <RecordSection id="risk-details" title={t('details.title')}>
      <Facts>
        <Fact label={fields.reference}>{risk.reference}</Fact>
        <Fact label={fields.category}>{riskWords().category[risk.category]}</Fact>
        <Fact label={fields.ownerId}>{risk.ownerName}</Fact>
        <Fact label={fields.description}>{risk.description}</Fact>
        <Fact label={fields.threat}>{risk.threat}</Fact>
        <Fact label={fields.affectedAssets}>{risk.affectedAssets}</Fact>
        <Fact label={fields.linkedProcessors}>
          {risk.linkedProcessors.length === 0
            ? t('details.noProcessors')
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
  const t = useMessages(risksMessages);
  const basis = riskWords().basis;
  return (
    <RecordSection id="risk-scores" title={t('scores.title')}>
      <Facts>
        <Fact label={basis.inherent}>
          <RatingChip score={risk.inherentScore} rating={risk.inherentRating} />{' '}
          {t('scores.levels', {
            likelihood: likelihoodLabel(risk.inherentLikelihood),
            impact: impactLabel(risk.inherentImpact),
          })}
        </Fact>
        <Fact label={basis.residual}>
          <RatingChip score={risk.residualScore} rating={risk.residualRating} />{' '}
          {t('scores.levels', {
            likelihood: likelihoodLabel(risk.residualLikelihood),
            impact: impactLabel(risk.residualImpact),
          })}
        </Fact>
        {risk.residualReason && <Fact label={RISK_LABELS.fields.residualReason}>{risk.residualReason}</Fact>}
      </Facts>
    </RecordSection>
  );
}

function useActionColumns() {
  const t = useMessages(risksMessages);
  return useMemo(
    () => [
      { header: t('actions.columnAction'), cell: (a: RiskAction) => a.description },
      { header: t('actions.columnOwner'), cell: (a: RiskAction) => a.ownerName },
      {
        header: t('actions.columnDue'),
        cell: (a: RiskAction) => (
          <span style={{ display: 'inline-flex', gap: 8, alignItems: 'center', flexWrap: 'wrap' }}>
            <span style={{ whiteSpace: 'nowrap' }}>{formatDate(a.dueDate)}</span>
            {a.overdue && <ToneChip tone="error" icon label={t('chip.overdue')} />}
          </span>
        ),
      },
      {
        header: t('actions.columnStatus'),
        cell: (a: RiskAction) => riskWords().actionStatus[a.status],
      },
    ],
    [t],
  );
}

/** The treatment, its actions, and an acceptance's terms. */
export function RiskTreatment({ risk }: { risk: Risk }) {
  const t = useMessages(risksMessages);
  const columns = useActionColumns();
  const words = riskWords();
  const fields = RISK_LABELS.fields;
  return (
    <RecordSection id="risk-treatment" title={t('treatment.title')}>
      <Facts>
        <Fact label={fields.treatment}>
          {t('treatment.withMeaning', {
            treatment: words.treatment[risk.treatment],
            meaning: words.treatmentMeaning[risk.treatment],
          })}
        </Fact>
        {risk.treatment === 'accept' && (
          <>
            <Fact label={fields.acceptanceJustification}>
              {risk.acceptanceJustification ?? t('treatment.notStated')}
            </Fact>
            <Fact label={fields.acceptedById}>{risk.acceptedByName ?? t('treatment.notNamed')}</Fact>
            <Fact label={fields.acceptanceExpiry}>
              {risk.acceptanceExpiry ? formatDate(risk.acceptanceExpiry) : t('treatment.noExpiry')}
            </Fact>
          </>
        )}
      </Facts>
      <Typography variant="subtitle1" component="h3" id="risk-actions-heading" sx={{ mt: 2 }}>
        {fields.actions}
      </Typography>
      {risk.actions.length === 0 ? (
        <Typography color="text.secondary">{t('treatment.noActions')}</Typography>
      ) : (
        <ChildTable
          labelledBy="risk-actions-heading"
          items={risk.actions}
          getRowId={(a) => a.id}
          columns={columns}
        />
      )}
    </RecordSection>
  );
}
