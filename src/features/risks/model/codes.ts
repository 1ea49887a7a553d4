// The register's codes (categories, ratings, statuses...), apart from the schemas: the list's declaration loads
// with the routes and checks a typed-in URL against these without pulling zod into the first chunk.
import type { components } from '@/shared/api/schema';

type Schemas = components['schemas'];

export const RISK_CATEGORIES = [
  'information_security',
  'third_party',
  'legal_compliance',
  'operational',
  'physical_security',
] as const satisfies Schemas['RiskCategory'][];
export const RISK_RATINGS = ['low', 'medium', 'high', 'critical'] as const satisfies Schemas['RiskRating'][];
export const RISK_STATUSES = [
  'draft',
  'in_review',
  'changes_requested',
  'approved',
] as const satisfies Schemas['RiskStatus'][];
export const RISK_SCORE_BASES = ['residual', 'inherent'] as const satisfies Schemas['RiskScoreBasis'][];
export const RISK_LEVEL_VALUES = ['1', '2', '3', '4', '5'] as const;

/** The orders the register's list may be sorted in (the backend refuses any other). */
export const RISK_SORT_KEYS = [
  'reference',
  'title',
  'category',
  'status',
  'inherentScore',
  'residualScore',
  'nextReviewDue',
  'waitingSince',
  'updatedAt',
] as const;
