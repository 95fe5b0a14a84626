/**
 * Calendar arithmetic on plain dates (YYYY-MM-DD), in UTC so a phone's time zone or a summer
 * time change can never move a deadline by a day.
 */
const DAY = 86_400_000;
const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for a real calendar date written YYYY-MM-DD (not 2026-02-30). */
export function isIsoDate(value: string): boolean {
  const match = ISO.exec(value);
  if (!match) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
}

function toTime(value: string): number {
  if (!isIsoDate(value)) throw new Error(`expected a date as YYYY-MM-DD, got ${JSON.stringify(value)}`);
  return Date.parse(`${value}T00:00:00Z`);
}

/** The date `days` calendar days after `date`. */
export function addDays(date: string, days: number): string {
  return new Date(toTime(date) + days * DAY).toISOString().slice(0, 10);
}

/** Calendar days from `from` to `to` (0 on the same day, negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round((toTime(to) - toTime(from)) / DAY);
}

/** Today in Kazakhstan (UTC+5, no summer time), as YYYY-MM-DD. */
export function todayInKazakhstan(now: Date = new Date()): string {
  return new Date(now.getTime() + 5 * 3_600_000).toISOString().slice(0, 10);
}
