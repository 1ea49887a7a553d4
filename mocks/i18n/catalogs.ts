// Every catalog the mock backend speaks from, in both languages: the shared schemas' messages (the console's
// own catalogs) and the mock's (mocks/i18n/*.json). Listed, not globbed: the HTTP mock runs outside Vite.
import type { Messages } from '@lingui/core';
import type { Language } from '@/shared/i18n/language';
import sharedEn from '@/shared/i18n/en.json';
import sharedFr from '@/shared/i18n/fr.json';
import visitsEn from '@/features/visits/i18n/en.json';
import visitsFr from '@/features/visits/i18n/fr.json';
import processorsEn from '@/features/processors/i18n/en.json';
import processorsFr from '@/features/processors/i18n/fr.json';
import risksEn from '@/features/risks/i18n/en.json';
import risksFr from '@/features/risks/i18n/fr.json';
import policiesEn from '@/features/policies/i18n/en.json';
import policiesFr from '@/features/policies/i18n/fr.json';
import complaintsEn from '@/features/complaints/i18n/en.json';
import complaintsFr from '@/features/complaints/i18n/fr.json';
import serverEn from './server.en.json';
import serverFr from './server.fr.json';
import serverProcessorsEn from './processors.en.json';
import serverProcessorsFr from './processors.fr.json';
import serverComplaintsEn from './complaints.en.json';
import serverComplaintsFr from './complaints.fr.json';
import serverRisksEn from './risks.en.json';
import serverRisksFr from './risks.fr.json';
import policiesServerEn from './policies.en.json';
import policiesServerFr from './policies.fr.json';
import serverVisitsEn from './visits.en.json';
import serverVisitsFr from './visits.fr.json';
import dashboardEn from './dashboard.en.json';
import dashboardFr from './dashboard.fr.json';
import auditEn from './audit.en.json';
import auditFr from './audit.fr.json';

/** namespace -> language -> messages */
export const SERVER_CATALOGS: Record<string, Record<Language, Messages>> = {
  shared: { en: sharedEn, fr: sharedFr },
  visits: { en: visitsEn, fr: visitsFr },
  processors: { en: processorsEn, fr: processorsFr },
  risks: { en: risksEn, fr: risksFr },
  policies: { en: policiesEn, fr: policiesFr },
  complaints: { en: complaintsEn, fr: complaintsFr },
  server: { en: serverEn, fr: serverFr },
  'server-processors': { en: serverProcessorsEn, fr: serverProcessorsFr },
  'server-complaints': { en: serverComplaintsEn, fr: serverComplaintsFr },
  'server-risks': { en: serverRisksEn, fr: serverRisksFr },
  'server-policies': { en: policiesServerEn, fr: policiesServerFr },
  'server-visits': { en: serverVisitsEn, fr: serverVisitsFr },
  'server-dashboard': { en: dashboardEn, fr: dashboardFr },
  'server-audit': { en: auditEn, fr: auditFr },
};
