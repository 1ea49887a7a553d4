// The rules the processors backend owns: the home country transfers are measured from, the windows that flag a
// contract or a review, and the default review cadence. The mock backend imports them; the console shows them.
import type { RiskTier } from './schemas';

/** The country every transfer is measured from: locations elsewhere need a transfer mechanism. */
export const HOME_COUNTRY = 'CA';
/** Contracts ending within this many days (and not renewing by themselves) are flagged. */
export const CONTRACT_EXPIRY_WARNING_DAYS = 90;
/** A review due within this many days is "due soon". */
export const REVIEW_DUE_SOON_DAYS = 30;
export const DEFAULT_REVIEW_CADENCE: Record<RiskTier, number> = { high: 6, medium: 12, low: 24 };
/** Rows a processor's or a review's repeatable sections (locations, sub-processors, actions) may have. */
export const MAX_ROWS = 50;
