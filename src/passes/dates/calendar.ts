/**
 * Day arithmetic and TIMEX3 formatting. Dates are plain year/month/day triples computed through
 * UTC milliseconds, so no time zone or daylight saving shift can move a day.
 */
export interface Day {
  year: number;
  /** 1–12. */
  month: number;
  day: number;
}

const DAY_MS = 86_400_000;

export function parseDay(iso: string): Day | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return null;
  const day = { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
  return isValidDay(day) ? day : null;
}

export function isValidDay({ year, month, day }: Day): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  return day <= daysInMonth(year, month);
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function toMs(d: Day): number {
  const ms = Date.UTC(d.year, d.month - 1, d.day);
  // Date.UTC maps years 0–99 to 1900–1999.
  return d.year < 100 ? new Date(ms).setUTCFullYear(d.year) : ms;
}

function fromMs(ms: number): Day {
  const date = new Date(ms);
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

export function addDays(d: Day, n: number): Day {
  return fromMs(toMs(d) + n * DAY_MS);
}

export function addMonths(year: number, month: number, n: number): { year: number; month: number } {
  const index = year * 12 + (month - 1) + n;
  return { year: Math.floor(index / 12), month: (index % 12 + 12) % 12 + 1 };
}

/** 0 = Sunday … 6 = Saturday, as JavaScript and chrono count. */
export function weekday(d: Day): number {
  return new Date(toMs(d)).getUTCDay();
}

export function compareDays(a: Day, b: Day): number {
  return toMs(a) - toMs(b);
}

export function daysBetween(a: Day, b: Day): number {
  return Math.round((toMs(b) - toMs(a)) / DAY_MS);
}

/** ISO 8601 week: weeks start on Monday and week 1 holds the year's first Thursday. */
export function isoWeek(d: Day): { year: number; week: number } {
  const monday = addDays(d, -((weekday(d) + 6) % 7));
  const thursday = addDays(monday, 3);
  const firstThursdayYear = thursday.year;
  const jan4 = { year: firstThursdayYear, month: 1, day: 4 };
  const week1Monday = addDays(jan4, -((weekday(jan4) + 6) % 7));
  return { year: firstThursdayYear, week: Math.round(daysBetween(week1Monday, monday) / 7) + 1 };
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

export function formatDay(d: Day): string {
  return `${pad(d.year, 4)}-${pad(d.month)}-${pad(d.day)}`;
}

export function formatMonth(year: number, month: number): string {
  return `${pad(year, 4)}-${pad(month)}`;
}

export function formatWeek(d: Day): string {
  const { year, week } = isoWeek(d);
  return `${pad(year, 4)}-W${pad(week)}`;
}

export function formatYear(year: number): string {
  return pad(year, 4);
}

export function quarterOf(month: number): number {
  return Math.ceil(month / 3);
}
