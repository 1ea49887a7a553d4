// The regulators a complaint can be escalated to, or that can refer one to us: the ones the privacy policy names
// (the FTC, the Office of the Privacy Commissioner of Canada, the national data protection authorities in
// Europe), the provincial commissioners with their own private-sector laws, and the UK's ICO. The one for the
// complainant's place is suggested first (see suggestedRegulators).
import { complaintsMessages } from '../i18n/messages';

export interface Regulator {
  id: string;
  /** Its name in English (the catalog's regulator.<id> says it in each language: regulatorName). */
  name: string;
  /** ISO 3166-1 alpha-2 of the country it supervises. */
  country: string;
  /** A province or state whose own regulator it is; none for a national authority. */
  region?: string;
}

/** The EU/EEA member states' supervisory authorities (GDPR Art. 51), one per state: the national one. */
const EEA_AUTHORITIES: Regulator[] = [
  { id: 'at-dsb', country: 'AT', name: 'Austrian Data Protection Authority (Datenschutzbehörde)' },
  { id: 'be-apd', country: 'BE', name: 'Belgian Data Protection Authority (APD/GBA)' },
  { id: 'bg-cpdp', country: 'BG', name: 'Commission for Personal Data Protection (Bulgaria)' },
  { id: 'hr-azop', country: 'HR', name: 'Croatian Personal Data Protection Agency (AZOP)' },
  { id: 'cy-dpc', country: 'CY', name: 'Commissioner for Personal Data Protection (Cyprus)' },
  { id: 'cz-uoou', country: 'CZ', name: 'Office for Personal Data Protection (Czechia, ÚOOÚ)' },
  { id: 'dk-dt', country: 'DK', name: 'Danish Data Protection Agency (Datatilsynet)' },
  { id: 'ee-aki', country: 'EE', name: 'Estonian Data Protection Inspectorate (AKI)' },
  { id: 'fi-tsv', country: 'FI', name: 'Office of the Data Protection Ombudsman (Finland)' },
  { id: 'fr-cnil', country: 'FR', name: 'Commission nationale de l’informatique et des libertés (CNIL)' },
  {
    id: 'de-bfdi',
    country: 'DE',
    name: 'Federal Commissioner for Data Protection and Freedom of Information (BfDI)',
  },
  { id: 'gr-hdpa', country: 'GR', name: 'Hellenic Data Protection Authority' },
  { id: 'hu-naih', country: 'HU', name: 'Hungarian National Authority for Data Protection (NAIH)' },
  { id: 'ie-dpc', country: 'IE', name: 'Data Protection Commission (Ireland)' },
  { id: 'it-garante', country: 'IT', name: 'Garante per la protezione dei dati personali' },
  { id: 'lv-dvi', country: 'LV', name: 'Data State Inspectorate (Latvia)' },
  { id: 'lt-vdai', country: 'LT', name: 'State Data Protection Inspectorate (Lithuania)' },
  { id: 'lu-cnpd', country: 'LU', name: 'National Commission for Data Protection (Luxembourg, CNPD)' },
  { id: 'mt-idpc', country: 'MT', name: 'Information and Data Protection Commissioner (Malta)' },
  { id: 'nl-ap', country: 'NL', name: 'Dutch Data Protection Authority (Autoriteit Persoonsgegevens)' },
  { id: 'pl-uodo', country: 'PL', name: 'President of the Personal Data Protection Office (Poland, UODO)' },
  { id: 'pt-cnpd', country: 'PT', name: 'National Data Protection Commission (Portugal, CNPD)' },
  {
    id: 'ro-anspdcp',
    country: 'RO',
    name: 'National Supervisory Authority for Personal Data Processing (Romania)',
  },
  { id: 'sk-uoou', country: 'SK', name: 'Office for Personal Data Protection of the Slovak Republic' },
  { id: 'si-ip', country: 'SI', name: 'Information Commissioner of the Republic of Slovenia' },
  { id: 'es-aepd', country: 'ES', name: 'Spanish Data Protection Agency (AEPD)' },
  { id: 'se-imy', country: 'SE', name: 'Swedish Authority for Privacy Protection (IMY)' },
  { id: 'is-pv', country: 'IS', name: 'Icelandic Data Protection Authority (Persónuvernd)' },
  { id: 'li-dss', country: 'LI', name: 'Data Protection Authority of Liechtenstein (Datenschutzstelle)' },
  { id: 'no-dt', country: 'NO', name: 'Norwegian Data Protection Authority (Datatilsynet)' },
];

export const REGULATORS: readonly Regulator[] = [
  { id: 'ca-opc', country: 'CA', name: 'Office of the Privacy Commissioner of Canada (OPC)' },
  {
    id: 'ca-qc-cai',
    country: 'CA',
    region: 'QC',
    name: 'Commission d’accès à l’information du Québec (CAI)',
  },
  {
    id: 'ca-ab-oipc',
    country: 'CA',
    region: 'AB',
    name: 'Office of the Information and Privacy Commissioner of Alberta',
  },
  {
    id: 'ca-bc-oipc',
    country: 'CA',
    region: 'BC',
    name: 'Office of the Information and Privacy Commissioner for British Columbia',
  },
  { id: 'us-ftc', country: 'US', name: 'Federal Trade Commission (FTC)' },
  { id: 'us-ca-cppa', country: 'US', region: 'CA', name: 'California Privacy Protection Agency (CPPA)' },
  { id: 'gb-ico', country: 'GB', name: 'Information Commissioner’s Office (ICO, United Kingdom)' },
  ...EEA_AUTHORITIES,
];

/** EU member states and the EEA's Iceland, Liechtenstein and Norway: where the GDPR applies. */
export const EEA_COUNTRIES: ReadonlySet<string> = new Set(EEA_AUTHORITIES.map((r) => r.country));

const BY_ID = new Map(REGULATORS.map((regulator) => [regulator.id, regulator]));

export function regulatorById(id: string): Regulator | undefined {
  return BY_ID.get(id);
}

/** A regulator's name in the active language (its official name where it has one in French). */
export function regulatorName(id: string): string {
  const key = `regulator.${id}`;
  return complaintsMessages.has(key) ? complaintsMessages.t(key) : (BY_ID.get(id)?.name ?? id);
}

/** A regulator's name as a message reference, for what the backend stores or answers (said per reader). */
export function regulatorNameRef(id: string): string {
  return BY_ID.has(id) ? complaintsMessages.ref(`regulator.${id}` as never) : id;
}

/**
 * The directory in the order an officer meets it for this complainant: the regulator of their province or
 * state first, then their country's, then every other by name.
 */
export function suggestedRegulators(country: string, region: string | null): Regulator[] {
  const rank = (regulator: Regulator) =>
    regulator.country === country && regulator.region && regulator.region === region
      ? 0
      : regulator.country === country && !regulator.region
        ? 1
        : 2;
  return [...REGULATORS].sort(
    (a, b) => rank(a) - rank(b) || regulatorName(a.id).localeCompare(regulatorName(b.id)),
  );
}

/** The one suggested first, when the directory has one for the complainant's place. */
export function suggestedRegulator(country: string, region: string | null): Regulator | undefined {
  const [first] = suggestedRegulators(country, region);
  return first && first.country === country ? first : undefined;
}
