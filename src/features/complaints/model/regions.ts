import { complaintsMessages } from '../i18n/messages';

// Provinces and states: a complainant in Canada or the United States is under a different law (and different
// holidays) depending on where they live, so the complaint records it.
export const CA_PROVINCES = {
  AB: 'Alberta',
  BC: 'British Columbia',
  MB: 'Manitoba',
  NB: 'New Brunswick',
  NL: 'Newfoundland and Labrador',
  NS: 'Nova Scotia',
  NT: 'Northwest Territories',
  NU: 'Nunavut',
  ON: 'Ontario',
  PE: 'Prince Edward Island',
  QC: 'Quebec',
  SK: 'Saskatchewan',
  YT: 'Yukon',
} as const;

export const US_STATES = {
  AL: 'Alabama',
  AK: 'Alaska',
  AZ: 'Arizona',
  AR: 'Arkansas',
  CA: 'California',
  CO: 'Colorado',
  CT: 'Connecticut',
  DE: 'Delaware',
  DC: 'District of Columbia',
  FL: 'Florida',
  GA: 'Georgia',
  HI: 'Hawaii',
  ID: 'Idaho',
  IL: 'Illinois',
  IN: 'Indiana',
  IA: 'Iowa',
  KS: 'Kansas',
  KY: 'Kentucky',
  LA: 'Louisiana',
  ME: 'Maine',
  MD: 'Maryland',
  MA: 'Massachusetts',
  MI: 'Michigan',
  MN: 'Minnesota',
  MS: 'Mississippi',
  MO: 'Missouri',
  MT: 'Montana',
  NE: 'Nebraska',
  NV: 'Nevada',
  NH: 'New Hampshire',
  NJ: 'New Jersey',
  NM: 'New Mexico',
  NY: 'New York',
  NC: 'North Carolina',
  ND: 'North Dakota',
  OH: 'Ohio',
  OK: 'Oklahoma',
  OR: 'Oregon',
  PA: 'Pennsylvania',
  RI: 'Rhode Island',
  SC: 'South Carolina',
  SD: 'South Dakota',
  TN: 'Tennessee',
  TX: 'Texas',
  UT: 'Utah',
  VT: 'Vermont',
  VA: 'Virginia',
  WA: 'Washington',
  WV: 'West Virginia',
  WI: 'Wisconsin',
  WY: 'Wyoming',
} as const;

const REGIONS: Record<string, Record<string, string>> = { CA: CA_PROVINCES, US: US_STATES };

/** The countries whose complaints must say the province or state. */
export function hasRegions(country: string) {
  return country in REGIONS;
}

/** A province's or state's name in the active language (the English table's where the catalog has none). */
function regionLabel(country: string, region: string) {
  const key = `region.${country}.${region}`;
  return complaintsMessages.has(key) ? complaintsMessages.t(key) : (REGIONS[country]?.[region] ?? region);
}

export function regionOptions(country: string) {
  return Object.keys(REGIONS[country] ?? {})
    .map((value) => ({ value, label: regionLabel(country, value) }))
    .sort((a, b) => a.label.localeCompare(b.label));
}

export function isRegionOf(country: string, region: string) {
  return Object.prototype.hasOwnProperty.call(REGIONS[country] ?? {}, region);
}

export function regionName(country: string, region: string | null) {
  return region ? regionLabel(country, region) : '';
}
