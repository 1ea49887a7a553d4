// Public holidays the console knows, per calendar (a country, or a province with its own). Business-day clocks
// skip them; a calendar not listed here counts weekends only, and says so in the deadline's basis. Computed by
// rule per year (Easter, "first Monday of September"), so no table runs out.

/** The calendars known: the jurisdictions complaints mostly come from. */
export const HOLIDAY_CALENDARS = {
  CA: 'Canada (federal)',
  'CA-QC': 'Quebec',
  US: 'United States (federal)',
  GB: 'England and Wales',
  IE: 'Ireland',
  FR: 'France',
  DE: 'Germany (nationwide)',
} as const;
export type HolidayCalendar = keyof typeof HOLIDAY_CALENDARS;

const pad = (value: number) => String(value).padStart(2, '0');
const iso = (year: number, month: number, day: number) => `${year}-${pad(month)}-${pad(day)}`;

function shift(year: number, month: number, day: number, days: number) {
  const date = new Date(Date.UTC(year, month - 1, day + days));
  return iso(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate());
}

/** Easter Sunday (Gregorian; the anonymous algorithm) as [month, day]. */
function easter(year: number): [number, number] {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return [month, day];
}

const weekday = (year: number, month: number, day: number) =>
  new Date(Date.UTC(year, month - 1, day)).getUTCDay();

/** The nth given weekday (0 = Sunday) of a month; n = -1 for the last. */
function nthWeekday(year: number, month: number, day: number, n: number) {
  if (n > 0) {
    const first = weekday(year, month, 1);
    return iso(year, month, 1 + ((day - first + 7) % 7) + (n - 1) * 7);
  }
  const lastDate = new Date(Date.UTC(year, month, 0)).getUTCDate();
  const last = weekday(year, month, lastDate);
  return iso(year, month, lastDate - ((last - day + 7) % 7));
}

/** The Monday before a date (Victoria Day, Quebec's National Patriots' Day: the Monday before May 25). */
function mondayBefore(year: number, month: number, day: number) {
  const dow = weekday(year, month, day);
  return shift(year, month, day, -((dow - 1 + 7) % 7 || 7));
}

/** A fixed-date holiday that falls on a weekend is observed on the Monday (US: Friday for a Saturday). */
function observed(year: number, month: number, day: number, saturdayToFriday = false) {
  const dow = weekday(year, month, day);
  if (dow === 6) return shift(year, month, day, saturdayToFriday ? -1 : 2);
  if (dow === 0) return shift(year, month, day, 1);
  return iso(year, month, day);
}

function holidaysOf(calendar: HolidayCalendar, year: number): string[] {
  const [em, ed] = easter(year);
  const goodFriday = shift(year, em, ed, -2);
  const easterMonday = shift(year, em, ed, 1);
  switch (calendar) {
    case 'CA':
      // Federal statutory holidays (Canada Labour Code, s. 166), as federally regulated offices keep them.
      return [
        observed(year, 1, 1),
        goodFriday,
        easterMonday,
        mondayBefore(year, 5, 25),
        observed(year, 7, 1),
        nthWeekday(year, 9, 1, 1),
        observed(year, 9, 30),
        nthWeekday(year, 10, 1, 2),
        observed(year, 11, 11),
        ...boxingPair(year),
      ];
    case 'CA-QC':
      // Quebec's statutory holidays (Act respecting labour standards, s. 60; National Holiday Act).
      return [
        observed(year, 1, 1),
        goodFriday,
        mondayBefore(year, 5, 25),
        observed(year, 6, 24),
        observed(year, 7, 1),
        nthWeekday(year, 9, 1, 1),
        nthWeekday(year, 10, 1, 2),
        observed(year, 12, 25),
      ];
    case 'US':
      // Federal holidays (5 U.S.C. 6103).
      return [
        observed(year, 1, 1, true),
        nthWeekday(year, 1, 1, 3),
        nthWeekday(year, 2, 1, 3),
        nthWeekday(year, 5, 1, -1),
        observed(year, 6, 19, true),
        observed(year, 7, 4, true),
        nthWeekday(year, 9, 1, 1),
        nthWeekday(year, 10, 1, 2),
        observed(year, 11, 11, true),
        nthWeekday(year, 11, 4, 4),
        observed(year, 12, 25, true),
      ];
    case 'GB':
      return [
        observed(year, 1, 1),
        goodFriday,
        easterMonday,
        nthWeekday(year, 5, 1, 1),
        nthWeekday(year, 5, 1, -1),
        nthWeekday(year, 8, 1, -1),
        // Christmas and Boxing Day: when either falls at a weekend, the substitutes are the next free weekdays.
        ...boxingPair(year),
      ];
    case 'IE':
      return [
        observed(year, 1, 1),
        ...(year >= 2023 ? [stBrigid(year)] : []),
        observed(year, 3, 17),
        easterMonday,
        nthWeekday(year, 5, 1, 1),
        nthWeekday(year, 6, 1, 1),
        nthWeekday(year, 8, 1, 1),
        nthWeekday(year, 10, 1, -1),
        ...boxingPair(year),
      ];
    case 'FR':
      return [
        iso(year, 1, 1),
        easterMonday,
        iso(year, 5, 1),
        iso(year, 5, 8),
        shift(year, em, ed, 39),
        shift(year, em, ed, 50),
        iso(year, 7, 14),
        iso(year, 8, 15),
        iso(year, 11, 1),
        iso(year, 11, 11),
        iso(year, 12, 25),
      ];
    case 'DE':
      return [
        iso(year, 1, 1),
        goodFriday,
        easterMonday,
        iso(year, 5, 1),
        shift(year, em, ed, 39),
        shift(year, em, ed, 50),
        iso(year, 10, 3),
        iso(year, 12, 25),
        iso(year, 12, 26),
      ];
  }
}

/** Ireland's St Brigid's Day: the first Monday of February, unless 1 February is a Friday (then that Friday). */
function stBrigid(year: number) {
  return weekday(year, 2, 1) === 5 ? iso(year, 2, 1) : nthWeekday(year, 2, 1, 1);
}

function boxingPair(year: number) {
  const christmas = weekday(year, 12, 25);
  if (christmas === 6) return [iso(year, 12, 27), iso(year, 12, 28)];
  if (christmas === 0) return [iso(year, 12, 26), iso(year, 12, 27)];
  if (christmas === 5) return [iso(year, 12, 25), iso(year, 12, 28)];
  return [iso(year, 12, 25), iso(year, 12, 26)];
}

const cache = new Map<string, Set<string>>();

/** The holidays of a calendar in a year, computed once. */
export function holidaySet(calendar: HolidayCalendar, year: number): Set<string> {
  const key = `${calendar}:${year}`;
  let set = cache.get(key);
  if (!set) cache.set(key, (set = new Set(holidaysOf(calendar, year))));
  return set;
}

/** Which calendar a complainant's place uses: the province's own where known, else the country's, else none. */
export function calendarFor(country: string, region: string | null): HolidayCalendar | null {
  const regional = `${country}-${region ?? ''}`;
  if (regional in HOLIDAY_CALENDARS) return regional as HolidayCalendar;
  if (country in HOLIDAY_CALENDARS) return country as HolidayCalendar;
  return null;
}

export function isWeekend(date: string) {
  const day = new Date(`${date}T00:00:00Z`).getUTCDay();
  return day === 0 || day === 6;
}

export function isHoliday(date: string, calendar: HolidayCalendar | null) {
  return calendar !== null && holidaySet(calendar, Number(date.slice(0, 4))).has(date);
}

export function isBusinessDay(date: string, calendar: HolidayCalendar | null) {
  return !isWeekend(date) && !isHoliday(date, calendar);
}
