// The processors module's words: how each value and field reads on screen, in history and in exports, in the
// active language (src/features/processors/i18n). Read them when they are shown, never at module load.
import { i18n } from '@lingui/core';
import { sharedMessages } from '@/shared/i18n/shared-messages';
import { formatDate } from '@/shared/labels/format';
import { defineLabels, mergeLabels } from '@/shared/labels/record-labels';
import { COUNTRIES, countryName, isCountryCode, type CountryCode } from '@/shared/model/countries';
import { processorsMessages } from '../i18n/messages';
import {
  CONTRACT_CLAUSES,
  CONTRACT_STATUSES,
  DATA_CATEGORIES,
  DATA_SUBJECTS,
  PROCESSOR_FLAG_CODES,
  PROCESSOR_STATUSES,
  REVIEW_OUTCOMES,
  REVIEW_STATUSES,
  RISK_TIERS,
  TRANSFER_MECHANISMS,
  type ContractClause,
  type ContractStatus,
  type DataCategory,
  type DataSubject,
  type ProcessorFlagCode,
  type ProcessorStatus,
  type ReviewOutcome,
  type ReviewStatus,
  type RiskTier,
  type TransferMechanism,
} from './schemas';

const { t } = processorsMessages;

export const statusLabel = (value: ProcessorStatus) => t(`value.status.${value}`);
export const tierLabel = (value: RiskTier) => t(`value.riskTier.${value}`);
export const dataCategoryLabel = (value: DataCategory) => t(`value.dataCategory.${value}`);
export const dataSubjectLabel = (value: DataSubject) => t(`value.dataSubject.${value}`);
export const transferMechanismLabel = (value: TransferMechanism) => t(`value.transferMechanism.${value}`);
export const reviewStatusLabel = (value: ReviewStatus) => t(`value.reviewStatus.${value}`);
export const reviewOutcomeLabel = (value: ReviewOutcome) => t(`value.reviewOutcome.${value}`);
export const clauseLabel = (value: ContractClause) => t(`value.clause.${value}`);
/** A chip's words for a clause a contract lacks ("No audits"). */
export const missingClauseLabel = (value: ContractClause) => t(`value.clauseMissing.${value}`);
export const contractStatusLabel = (value: ContractStatus) => t(`value.contractStatus.${value}`);
export const flagLabel = (value: ProcessorFlagCode) => t(`value.flag.${value}`);

/** Each value's label, in the declared order (for valueOptions and the record labels). */
function labelsOf<T extends string>(values: readonly T[], label: (value: T) => string): Record<T, string> {
  return Object.fromEntries(values.map((value) => [value, label(value)])) as Record<T, string>;
}

/** Made once per locale, on first use there. */
function perLocale<T>(make: (locale: string) => T): () => T {
  const made = new Map<string, T>();
  return () => {
    const locale = i18n.locale || 'en-CA';
    let value = made.get(locale);
    if (value === undefined) made.set(locale, (value = make(locale)));
    return value;
  };
}

const regionNames = perLocale((locale) => {
  try {
    return new Intl.DisplayNames([locale], { type: 'region', fallback: 'none' });
  } catch {
    return undefined;
  }
});

/** A country's name in the active language (Intl.DisplayNames); the kit's English list otherwise. */
export function countryLabel(code: string): string {
  if (!isCountryCode(code)) return code;
  if (i18n.locale?.startsWith('en')) return countryName(code);
  return regionNames()?.of(code) ?? countryName(code);
}

/** Options for country pickers in the active language, sorted by name as that language sorts. */
export const countryOptions = perLocale((locale) =>
  (Object.keys(COUNTRIES) as CountryCode[])
    .map((value) => ({ value, label: countryLabel(value) }))
    .sort((a, b) => a.label.localeCompare(b.label, locale)),
);

/** A processing location as it reads: "United States: Standard contractual clauses", "Canada: no transfer". */
export function formatLocation(location: { country: string; transferMechanism: TransferMechanism | null }) {
  const mechanism = location.transferMechanism;
  return t('label.location', {
    country: countryLabel(location.country),
    mechanism: mechanism ? transferMechanismLabel(mechanism) : t('label.noTransfer'),
  });
}

/** A sub-processor in one line, for exports and history: "Mailfast (Bounce handling, Ireland)". */
export const formatSubProcessor = (s: { name: string; service: string; country: string }) =>
  t('label.subProcessor', { name: s.name, service: s.service, country: countryLabel(s.country) });

const yesNo = (value: boolean) => sharedMessages.t(value ? 'value.yes' : 'value.no');

export const PROCESSOR_LABELS = defineLabels(processorsMessages, (t) => ({
  fields: {
    name: t('field.name'),
    services: t('field.services'),
    contactName: t('field.contactName'),
    contactEmail: t('field.contactEmail'),
    contactPhone: t('field.contactPhone'),
    country: t('field.country'),
    status: t('field.status'),
    riskTier: t('field.riskTier'),
    riskReason: t('field.riskReason'),
    dataCategories: t('field.dataCategories'),
    dataSubjects: t('field.dataSubjects'),
    locations: t('field.locations'),
    'locations.country': t('field.locations.country'),
    'locations.transferMechanism': t('field.locations.transferMechanism'),
    subProcessors: t('field.subProcessors'),
    'subProcessors.name': t('field.subProcessors.name'),
    'subProcessors.service': t('field.subProcessors.service'),
    'subProcessors.country': t('field.subProcessors.country'),
    flags: t('field.flags'),
    missingClauses: t('field.missingClauses'),
    currentContract: t('field.currentContract'),
    nextReviewDue: t('field.nextReviewDue'),
    reviewStatus: t('field.reviewStatus'),
    lastReviewDate: t('field.lastReviewDate'),
    lastReviewOutcome: t('field.lastReviewOutcome'),
    updatedAt: t('field.updatedAt'),
  },
  rows: { locations: t('row.location'), subProcessors: t('row.subProcessor') },
  // The list's headings: short enough that the flags and missing clauses fit beside them at 1280 px.
  columns: { nextReviewDue: t('column.nextReviewDue') },
  values: {
    status: labelsOf(PROCESSOR_STATUSES, statusLabel),
    riskTier: labelsOf(RISK_TIERS, tierLabel),
    dataCategories: labelsOf(DATA_CATEGORIES, dataCategoryLabel),
    dataSubjects: labelsOf(DATA_SUBJECTS, dataSubjectLabel),
    transferMechanism: labelsOf(TRANSFER_MECHANISMS, transferMechanismLabel),
    reviewStatus: labelsOf(REVIEW_STATUSES, reviewStatusLabel),
    lastReviewOutcome: labelsOf(REVIEW_OUTCOMES, reviewOutcomeLabel),
    missingClauses: labelsOf(CONTRACT_CLAUSES, clauseLabel),
    flags: labelsOf(PROCESSOR_FLAG_CODES, flagLabel),
  },
  describe: {
    country: (code: string) => countryLabel(code),
    locations: formatLocation,
    subProcessors: formatSubProcessor,
  },
}));

export const CONTRACT_LABELS = defineLabels(processorsMessages, (t) => ({
  fields: {
    reference: t('field.reference'),
    title: t('field.title'),
    signedDate: t('field.signedDate'),
    startDate: t('field.startDate'),
    endDate: t('field.endDate'),
    autoRenew: t('field.autoRenew'),
    noticePeriodDays: t('field.noticePeriodDays'),
    documentUrl: t('field.documentUrl'),
    breachNotificationHours: t('field.breachNotificationHours'),
    clauses: t('field.clauses'),
    ...Object.fromEntries(CONTRACT_CLAUSES.map((clause) => [`clauses.${clause}`, clauseLabel(clause)])),
  },
  values: { status: labelsOf(CONTRACT_STATUSES, contractStatusLabel) },
  describe: {
    // A contract's clauses read as what is missing: the one thing a reviewer looks for.
    clauses: (clauses: Record<ContractClause, boolean>) => {
      const missing = CONTRACT_CLAUSES.filter((clause) => !clauses[clause]);
      return missing.length
        ? t('label.clausesMissing', { clauses: missing.map(clauseLabel).join('; ') })
        : t('label.allClausesPresent');
    },
    ...Object.fromEntries(CONTRACT_CLAUSES.map((clause) => [`clauses.${clause}`, yesNo])),
  },
}));

export const REVIEW_LABELS = defineLabels(processorsMessages, (t) => ({
  fields: {
    reviewDate: t('field.reviewDate'),
    reviewer: t('field.reviewer'),
    findings: t('field.findings'),
    outcome: t('field.outcome'),
    remediationActions: t('field.remediationActions'),
    'remediationActions.description': t('field.remediationActions.description'),
    'remediationActions.dueDate': t('field.remediationActions.dueDate'),
  },
  rows: { remediationActions: t('row.action') },
  values: { outcome: labelsOf(REVIEW_OUTCOMES, reviewOutcomeLabel) },
  describe: {
    remediationActions: (a: { description: string; dueDate: string; done: boolean }) =>
      t('label.remediationAction', {
        description: a.description,
        date: formatDate(a.dueDate),
        done: String(a.done),
      }),
  },
}));

export const REVIEW_CADENCE_LABELS = defineLabels(processorsMessages, (t) => ({
  fields: {
    high: t('field.cadence.high'),
    medium: t('field.cadence.medium'),
    low: t('field.cadence.low'),
  },
}));

/** A processor's history names its own fields and its contracts' and reviews' (their events are on it). */
export const PROCESSOR_HISTORY_LABELS = mergeLabels(REVIEW_LABELS, CONTRACT_LABELS, PROCESSOR_LABELS);
