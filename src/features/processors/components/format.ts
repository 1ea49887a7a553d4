import { countryName } from '../countries';
import { TRANSFER_MECHANISM_LABELS, type TransferMechanism } from '../schemas';

const dateFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeZone: 'UTC' });

/** A calendar date ('YYYY-MM-DD') as people read it; the same day in every time zone. */
export function formatDate(day: string | null | undefined) {
  return day ? dateFormat.format(new Date(`${day}T00:00:00Z`)) : '';
}

export function formatLocation(location: { country: string; transferMechanism: TransferMechanism | null }) {
  const name = countryName(location.country);
  return location.transferMechanism
    ? `${name} (${TRANSFER_MECHANISM_LABELS[location.transferMechanism]})`
    : name;
}
