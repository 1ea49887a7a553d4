// The processors module's tables and rules: processors (2,000 in the large seed), their contracts and compliance
// reviews, and the review cadence per risk tier. Each processor record carries a digest of its contracts and reviews,
// refreshed on every write to them, so that a list request can compute flags for thousands of processors without
// looking at another table. What depends on today's date (expiry, overdue) is computed per request from the digest.
import type { components } from '@/shared/api/schema';
import { countryName, isCountryCode } from '@/shared/model/countries';
import type { Language } from '@/shared/i18n/language';
import { LOCALES } from '@/shared/i18n/language';
import { processorsMessages } from '@/features/processors/i18n/messages';
import { say } from '../i18n/server-messages';
import { serverProcessorsMessages } from '../i18n/processors-messages';
import {
  CONTRACT_CLAUSES,
  type ContractClause,
  type ContractInput,
  type ContractStatus,
  type ProcessorInput,
  type ReviewInput,
  type ReviewOutcome,
  type ReviewStatus,
  type RiskTier,
} from '@/features/processors/model/schemas';
import {
  CONTRACT_EXPIRY_WARNING_DAYS,
  DEFAULT_REVIEW_CADENCE,
  REVIEW_DUE_SOON_DAYS,
} from '@/features/processors/model/rules';
import { addDays, addMonths } from '@/shared/model/dates';
import { Collection } from './collection';
import { defineTable } from './db';
import { utcTodayIso } from '@/shared/model/dates';

type Schemas = components['schemas'];
export type Processor = Schemas['Processor'];
export type ProcessorListItem = Schemas['ProcessorListItem'];
export type ProcessingContract = Schemas['ProcessingContract'];
export type ComplianceReview = Schemas['ComplianceReview'];
export type ProcessorFlag = Schemas['ProcessorFlag'];
export type ReviewCadence = Schemas['ReviewCadence'];

interface ContractDigest {
  id: string;
  reference: string;
  startDate: string;
  endDate: string;
  autoRenew: boolean;
  missingClauses: ContractClause[];
}

export interface ProcessorRecord extends ProcessorInput {
  id: string;
  version: number;
  createdAt: string;
  updatedAt: string;
  /** Lower-cased name and services, for search. */
  searchText: string;
  contracts: ContractDigest[];
  lastReview: { date: string; outcome: ReviewOutcome } | null;
  /** The earliest due date of a remediation action not yet done, over all reviews. */
  openActionDue: string | null;
  /** Not time dependent (last review + cadence), so it can be a sort order. */
  nextReviewDue: string | null;
}

export type ContractRecord = Omit<ProcessingContract, 'missingClauses' | 'status'>;
export type ReviewRecord = ComplianceReview;
type CadenceRecord = ReviewCadence & { id: string };

const STATUS_ORDER = { onboarding: 0, active: 1, suspended: 2, offboarded: 3 } as const;
const TIER_ORDER = { low: 0, medium: 1, high: 2 } as const;

export const processors = defineTable(
  'processors',
  new Collection<ProcessorRecord>({
    sortKeys: {
      name: (p) => p.name.toLowerCase(),
      status: (p) => STATUS_ORDER[p.status],
      riskTier: (p) => TIER_ORDER[p.riskTier],
      country: (p) => countryName(p.country).toLowerCase(),
      // Offboarded processors have no review due: they sort last ascending.
      nextReviewDue: (p) => p.nextReviewDue ?? '9999-12-31',
      updatedAt: (p) => p.updatedAt,
    },
    defaultSort: { key: 'name', descending: false },
  }),
);
export const processorContracts = defineTable('processorContracts', new Collection<ContractRecord>());
export const processorReviews = defineTable('processorReviews', new Collection<ReviewRecord>());
export const CADENCE_ID = 'review-cadence';
export const reviewCadence = defineTable('reviewCadence', new Collection<CadenceRecord>());

/** Today as a calendar date (UTC), the day every "expiring" and "overdue" is measured from. */
export const todayIso = utcTodayIso;

export function currentCadence(): CadenceRecord {
  return (
    reviewCadence.get(CADENCE_ID) ?? {
      id: CADENCE_ID,
      ...DEFAULT_REVIEW_CADENCE,
      version: 1,
      updatedAt: new Date(0).toISOString(),
    }
  );
}

function missingClausesOf(contract: Pick<ContractRecord, 'clauses'>): ContractClause[] {
  return CONTRACT_CLAUSES.filter((clause) => !contract.clauses[clause]);
}

function contractStatus(
  contract: Pick<ContractRecord, 'startDate' | 'endDate' | 'autoRenew'>,
  today: string,
): ContractStatus {
  if (today < contract.startDate) return 'upcoming';
  // An auto-renewing contract rolls over at its renewal date instead of ending.
  if (contract.autoRenew) return 'current';
  if (contract.endDate < today) return 'expired';
  if (contract.endDate <= addDays(today, CONTRACT_EXPIRY_WARNING_DAYS)) return 'expiring';
  return 'current';
}

function isInForce(status: ContractStatus) {
  return status === 'current' || status === 'expiring';
}

export function toContract(record: ContractRecord, today = todayIso()): ProcessingContract {
  return { ...record, missingClauses: missingClausesOf(record), status: contractStatus(record, today) };
}

export function contractsOf(processorId: string): ContractRecord[] {
  return [...processorContracts.all()]
    .filter((contract) => contract.processorId === processorId)
    .sort((a, b) => (a.startDate < b.startDate ? 1 : a.startDate > b.startDate ? -1 : a.id < b.id ? 1 : -1));
}

export function reviewsOf(processorId: string): ReviewRecord[] {
  return [...processorReviews.all()]
    .filter((review) => review.processorId === processorId)
    .sort((a, b) =>
      a.reviewDate < b.reviewDate ? 1 : a.reviewDate > b.reviewDate ? -1 : a.createdAt < b.createdAt ? 1 : -1,
    );
}

export function nextReviewDue(
  processor: Pick<ProcessorRecord, 'status' | 'riskTier' | 'createdAt' | 'lastReview'>,
  cadence: Record<RiskTier, number>,
): string | null {
  if (processor.status === 'offboarded') return null;
  // Never reviewed: the first review is due from the day it was registered.
  if (!processor.lastReview) return processor.createdAt.slice(0, 10);
  return addMonths(processor.lastReview.date, cadence[processor.riskTier]);
}

function reviewStatusOf(processor: Pick<ProcessorRecord, 'nextReviewDue'>, today: string): ReviewStatus {
  if (!processor.nextReviewDue) return 'not_required';
  if (processor.nextReviewDue < today) return 'overdue';
  if (processor.nextReviewDue <= addDays(today, REVIEW_DUE_SOON_DAYS)) return 'due_soon';
  return 'scheduled';
}

/** Recomputes what a processor record keeps of its contracts and reviews. */
export function withDigest(
  processor: Omit<
    ProcessorRecord,
    'searchText' | 'contracts' | 'lastReview' | 'openActionDue' | 'nextReviewDue'
  >,
  contracts: ContractRecord[],
  reviews: ReviewRecord[],
  cadence: Record<RiskTier, number> = currentCadence(),
): ProcessorRecord {
  const latest = reviews.reduce<ReviewRecord | undefined>(
    (best, review) => (!best || review.reviewDate > best.reviewDate ? review : best),
    undefined,
  );
  let openActionDue: string | null = null;
  for (const review of reviews) {
    for (const action of review.remediationActions) {
      if (!action.done && (!openActionDue || action.dueDate < openActionDue)) openActionDue = action.dueDate;
    }
  }
  const record: ProcessorRecord = {
    ...processor,
    searchText: `${processor.name}\n${processor.services}`.toLowerCase(),
    contracts: contracts.map((contract) => ({
      id: contract.id,
      reference: contract.reference,
      startDate: contract.startDate,
      endDate: contract.endDate,
      autoRenew: contract.autoRenew,
      missingClauses: missingClausesOf(contract),
    })),
    lastReview: latest ? { date: latest.reviewDate, outcome: latest.outcome } : null,
    openActionDue,
    nextReviewDue: null,
  };
  record.nextReviewDue = nextReviewDue(record, cadence);
  return record;
}

/** After a write to a processor's contracts or reviews. */
export function refreshProcessor(processorId: string) {
  const processor = processors.get(processorId);
  if (!processor) return;
  processors.replace(withDigest(processor, contractsOf(processorId), reviewsOf(processorId)));
}

/** After the cadence changes: every next review date moves. */
export function refreshAllReviewDates() {
  const cadence = currentCadence();
  const updated = [...processors.all()].map((processor) => ({
    ...processor,
    nextReviewDue: nextReviewDue(processor, cadence),
  }));
  processors.load(updated);
}

/** The contract that governs now: the one in force that started last, else the latest one. */
function governingContract(processor: ProcessorRecord, today: string) {
  let governing: (ContractDigest & { status: ContractStatus }) | undefined;
  let governingInForce = false;
  for (const contract of processor.contracts) {
    const status = contractStatus(contract, today);
    const inForce = isInForce(status);
    if (
      !governing ||
      (inForce && !governingInForce) ||
      (inForce === governingInForce && contract.startDate > governing.startDate)
    ) {
      governing = { ...contract, status };
      governingInForce = inForce;
    }
  }
  return governing ? { contract: governing, inForce: governingInForce } : undefined;
}

/**
 * A flag as the rules find it: its code and the facts its sentence names, in no language. The sentence is said in
 * the request's language when the processor is answered (sayFlag), so the derived cache serves both languages.
 */
export type FlagFacts =
  | { code: 'privacy_shield'; countries: string[] }
  | { code: 'sensitive_data_low_tier'; children: boolean; payment: boolean }
  | { code: 'missing_clauses'; reference: string; clauses: ContractClause[] }
  | { code: 'contract_expiring'; reference: string; endDate: string }
  | { code: 'no_current_contract' }
  | { code: 'review_overdue'; due: string; neverReviewed: boolean }
  | { code: 'remediation_overdue'; due: string }
  | { code: 'non_compliant' };

const m = serverProcessorsMessages;

function list(items: string[], language: Language) {
  if (items.length <= 1) return items[0] ?? '';
  return say(m.ref('flag.listAnd', { items: items.slice(0, -1).join(', '), last: items.at(-1) }), language);
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/**
 * '2026-03-05' -> 'Mar 5, 2026' in English, '2026-03-05' in Canadian French (the console's formatDate); by hand,
 * because toLocaleDateString costs too much for thousands of records.
 */
function formatDate(date: string, language: Language) {
  if (language === 'fr') return date;
  const [year, month, day] = date.split('-');
  return `${MONTHS[Number(month) - 1]} ${Number(day)}, ${year}`;
}

const regionNames = new Map<Language, Intl.DisplayNames | undefined>();
/** A country's name in the language: the console's English list, Intl.DisplayNames in French. */
function countryIn(code: string, language: Language) {
  if (language === 'en' || !isCountryCode(code)) return countryName(code);
  if (!regionNames.has(language)) {
    try {
      regionNames.set(language, new Intl.DisplayNames([LOCALES[language]], { type: 'region' }));
    } catch {
      regionNames.set(language, undefined);
    }
  }
  return regionNames.get(language)?.of(code) ?? countryName(code);
}

/** A flag's sentence in the request's language. */
export function sayFlag(flag: FlagFacts, language: Language): ProcessorFlag {
  const message = (() => {
    switch (flag.code) {
      case 'privacy_shield':
        return m.ref('flag.privacyShield', {
          countries: list(
            flag.countries.map((c) => countryIn(c, language)),
            language,
          ),
        });
      case 'sensitive_data_low_tier':
        return m.ref('flag.sensitiveLowTier', {
          data: flag.children && flag.payment ? 'both' : flag.children ? 'children' : 'payment',
        });
      case 'missing_clauses':
        return m.ref('flag.missingClauses', {
          reference: flag.reference,
          clauses: flag.clauses
            .map((c) =>
              say(processorsMessages.ref(`value.clause.${c}`), language).toLocaleLowerCase(LOCALES[language]),
            )
            .join(language === 'fr' ? '\u202f; ' : '; '),
        });
      case 'contract_expiring':
        return m.ref('flag.contractExpiring', {
          reference: flag.reference,
          date: formatDate(flag.endDate, language),
          days: CONTRACT_EXPIRY_WARNING_DAYS,
        });
      case 'no_current_contract':
        return m.ref('flag.noCurrentContract');
      case 'review_overdue':
        return m.ref(flag.neverReviewed ? 'flag.neverReviewed' : 'flag.reviewOverdue', {
          date: formatDate(flag.due, language),
        });
      case 'remediation_overdue':
        return m.ref('flag.remediationOverdue', { date: formatDate(flag.due, language) });
      case 'non_compliant':
        return m.ref('flag.nonCompliant');
    }
  })();
  return { code: flag.code, message: say(message, language) };
}

interface Derived {
  flags: FlagFacts[];
  missingClauses: ContractClause[];
  currentContract: ProcessorListItem['currentContract'];
  reviewStatus: ReviewStatus;
}

// Records are immutable values (a write replaces the object), so what is derived from one can be kept per object
// for the day: a filter over 2,000 processors then costs a lookup per record.
const derivedCache = new WeakMap<ProcessorRecord, { today: string; derived: Derived }>();

export function derive(processor: ProcessorRecord, today = todayIso()): Derived {
  const cached = derivedCache.get(processor);
  if (cached && cached.today === today) return cached.derived;
  const governing = governingContract(processor, today);
  const missingClauses = governing?.contract.missingClauses ?? [];
  const reviewStatus = reviewStatusOf(processor, today);
  const flags: FlagFacts[] = [];

  // Offboarded processors no longer process data on our behalf: nothing about them needs action.
  if (processor.status !== 'offboarded') {
    const shielded = processor.locations.filter(
      (location) => location.transferMechanism === 'privacy_shield',
    );
    if (shielded.length) {
      flags.push({ code: 'privacy_shield', countries: shielded.map((l) => l.country) });
    }
    const children = processor.dataSubjects.includes('children');
    const payment = processor.dataCategories.includes('payment_data');
    if (processor.riskTier === 'low' && (children || payment) && !processor.riskReason?.trim()) {
      flags.push({ code: 'sensitive_data_low_tier', children, payment });
    }
    if (governing && missingClauses.length) {
      flags.push({
        code: 'missing_clauses',
        reference: governing.contract.reference,
        clauses: missingClauses,
      });
    }
    for (const contract of processor.contracts) {
      if (contractStatus(contract, today) !== 'expiring') continue;
      // A follow-up contract that starts in time and runs longer means nothing lapses.
      const covered = processor.contracts.some(
        (other) =>
          other.id !== contract.id &&
          other.startDate <= addDays(contract.endDate, 1) &&
          (other.autoRenew || other.endDate > contract.endDate),
      );
      if (!covered) {
        flags.push({ code: 'contract_expiring', reference: contract.reference, endDate: contract.endDate });
        break;
      }
    }
    if (processor.status === 'active' && !governing?.inForce) {
      flags.push({ code: 'no_current_contract' });
    }
    if (reviewStatus === 'overdue' && processor.nextReviewDue) {
      flags.push({
        code: 'review_overdue',
        due: processor.nextReviewDue,
        neverReviewed: !processor.lastReview,
      });
    }
    if (processor.openActionDue && processor.openActionDue < today) {
      flags.push({ code: 'remediation_overdue', due: processor.openActionDue });
    }
    if (processor.lastReview?.outcome === 'non_compliant') {
      flags.push({ code: 'non_compliant' });
    }
  }

  const currentContract =
    governing && governing.inForce
      ? {
          id: governing.contract.id,
          reference: governing.contract.reference,
          startDate: governing.contract.startDate,
          endDate: governing.contract.endDate,
          autoRenew: governing.contract.autoRenew,
          status: governing.contract.status,
        }
      : null;
  const derived = { flags, missingClauses, currentContract, reviewStatus };
  derivedCache.set(processor, { today, derived });
  return derived;
}

function maskEmail(value: string) {
  const [local = '', domain = ''] = value.split('@');
  return `${local.slice(0, 1)}•••@${domain}`;
}

/** A processor as lists answer it, its flags said in the language (the request's: requestLanguage). */
export function toListItem(
  processor: ProcessorRecord,
  today = todayIso(),
  language: Language = 'en',
): ProcessorListItem {
  const derived = derive(processor, today);
  return {
    id: processor.id,
    version: processor.version,
    name: processor.name,
    services: processor.services,
    country: processor.country,
    status: processor.status,
    riskTier: processor.riskTier,
    riskReason: processor.riskReason,
    dataCategories: processor.dataCategories,
    dataSubjects: processor.dataSubjects,
    locations: processor.locations,
    subProcessors: processor.subProcessors,
    contactEmailMasked: maskEmail(processor.contactEmail),
    createdAt: processor.createdAt,
    updatedAt: processor.updatedAt,
    flags: derived.flags.map((flag) => sayFlag(flag, language)),
    missingClauses: derived.missingClauses,
    currentContract: derived.currentContract,
    contractCount: processor.contracts.length,
    lastReviewDate: processor.lastReview?.date ?? null,
    lastReviewOutcome: processor.lastReview?.outcome ?? null,
    nextReviewDue: processor.nextReviewDue,
    reviewStatus: derived.reviewStatus,
  };
}

function maskPhone(value: string | null) {
  if (!value) return null;
  return `•••• ${value.replace(/\D/g, '').slice(-2)}`;
}

/** The processor's contact email and phone are personal data: masked here too, for every role (see /reveals). */
export function toProcessor(
  processor: ProcessorRecord,
  today = todayIso(),
  language: Language = 'en',
): Processor {
  return {
    ...toListItem(processor, today, language),
    contactName: processor.contactName,
    contactPhoneMasked: maskPhone(processor.contactPhone),
  };
}

/** The fields of a processor whose values an audit event's `changes` carry masked. */
export const MASKED_PROCESSOR_FIELDS: Record<string, (value: unknown) => unknown> = {
  contactEmail: (value) => (typeof value === 'string' ? maskEmail(value) : value),
  contactPhone: (value) => (typeof value === 'string' ? maskPhone(value) : value),
};

/** The fields of a processor as its form submits them, for audit diffs. */
export function processorInputOf(processor: ProcessorRecord): ProcessorInput {
  return {
    name: processor.name,
    services: processor.services,
    contactName: processor.contactName,
    contactEmail: processor.contactEmail,
    contactPhone: processor.contactPhone,
    country: processor.country,
    status: processor.status,
    riskTier: processor.riskTier,
    riskReason: processor.riskReason,
    dataCategories: processor.dataCategories,
    dataSubjects: processor.dataSubjects,
    locations: processor.locations,
    subProcessors: processor.subProcessors,
  };
}

export function contractInputOf(contract: ContractRecord): ContractInput {
  return {
    reference: contract.reference,
    title: contract.title,
    signedDate: contract.signedDate,
    startDate: contract.startDate,
    endDate: contract.endDate,
    autoRenew: contract.autoRenew,
    noticePeriodDays: contract.noticePeriodDays,
    documentUrl: contract.documentUrl,
    breachNotificationHours: contract.breachNotificationHours,
    clauses: contract.clauses,
  };
}

export function reviewInputOf(review: ReviewRecord): ReviewInput {
  return {
    reviewDate: review.reviewDate,
    reviewer: review.reviewer,
    findings: review.findings,
    outcome: review.outcome,
    remediationActions: review.remediationActions,
  };
}
