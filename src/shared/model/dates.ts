// Calendar dates as 'YYYY-MM-DD' strings (no time zone): the one copy of the date arithmetic every module's rules
// and the mock backend use.

const pad = (value: number) => String(value).padStart(2, '0');

/** Today in the browser's (or the mock's) time zone, as a calendar date. */
export function todayIso(now = new Date()): string {
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** Adds calendar months; the 31st of a month without one lands on its last day. */
export function addMonths(date: string, months: number): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const total = year * 12 + (month - 1) + months;
  const targetYear = Math.floor(total / 12);
  const targetMonth = total - targetYear * 12;
  const lastDay = new Date(Date.UTC(targetYear, targetMonth + 1, 0)).getUTCDate();
  return `${String(targetYear).padStart(4, '0')}-${String(targetMonth + 1).padStart(2, '0')}-${String(Math.min(day, lastDay)).padStart(2, '0')}`;
}

export function addDays(date: string, days: number): string {
  const value = new Date(`${date}T00:00:00Z`);
  value.setUTCDate(value.getUTCDate() + days);
  return value.toISOString().slice(0, 10);
}

/** Today as a calendar date in UTC: the backend's day, from which "expiring" and "overdue" are measured. */
export function utcTodayIso(now = new Date()): string {
  return now.toISOString().slice(0, 10);
}
