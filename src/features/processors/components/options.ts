import { useMemo } from 'react';
import { useMessages } from '@/shared/i18n/messages';
import { processorsMessages } from '../i18n/messages';
import { countryOptions } from '../model/labels';
import {
  DATA_CATEGORIES,
  DATA_SUBJECTS,
  PROCESSOR_FLAG_CODES,
  PROCESSOR_STATUSES,
  REVIEW_OUTCOMES,
  REVIEW_STATUSES,
  RISK_TIERS,
  TRANSFER_MECHANISMS,
} from '../model/schemas';

/** The options of the module's selects, checkbox groups and filters, in the active language. */
export function useProcessorOptions() {
  const t = useMessages(processorsMessages);
  return useMemo(
    () => ({
      status: PROCESSOR_STATUSES.map((value) => ({ value, label: t(`value.status.${value}`) })),
      tier: RISK_TIERS.map((value) => ({ value, label: t(`value.riskTier.${value}`) })),
      dataCategory: DATA_CATEGORIES.map((value) => ({ value, label: t(`value.dataCategory.${value}`) })),
      dataSubject: DATA_SUBJECTS.map((value) => ({ value, label: t(`value.dataSubject.${value}`) })),
      // The Privacy Shield stays choosable only so existing records can say what they rely on; it sorts last
      // and says it is invalid.
      mechanism: TRANSFER_MECHANISMS.map((value) => ({
        value,
        label: t(`value.transferMechanism.${value}`),
      })),
      reviewStatus: REVIEW_STATUSES.map((value) => ({ value, label: t(`value.reviewStatus.${value}`) })),
      outcome: REVIEW_OUTCOMES.map((value) => ({ value, label: t(`value.reviewOutcome.${value}`) })),
      flag: PROCESSOR_FLAG_CODES.map((value) => ({ value, label: t(`value.flag.${value}`) })),
      // Made once per locale (t changes with the locale).
      country: countryOptions(),
    }),
    [t],
  );
}
