/**
 * Dates for the demo data: fixed calendar arithmetic on `YYYY-MM-DD` strings (no clock is read),
 * working days from the county's calendar (holidays and 调休 make-up days, counted by the core's
 * calendar), Beijing-time stamps.
 */
import { isWorkingDay } from '../calendar.js';
import type { WorkCalendar } from '../contract/index.js';

export { addWorkingDays } from '../calendar.js';

/**
 * The day the demo data is "as of": every timestamp lies before it, some deadlines just after it
 * (due soon) and some well before it (overdue).
 */
export const DEMO_TODAY = '2026-11-27';

/** Whole days added to (or, when negative, taken from) a date. */
export function addDays(date: string, days: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

/** Days from `a` to `b` (negative when `b` is earlier). */
export function daysBetween(a: string, b: string): number {
  return Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86_400_000);
}

/** The date itself when it is a working day, else the next working day. */
export function onWorkingDay(date: string, calendar: WorkCalendar): string {
  let day = date;
  while (!isWorkingDay(day, calendar)) day = addDays(day, 1);
  return day;
}

/** An ISO 8601 timestamp in Beijing time, e.g. `2026-03-05T09:30:00+08:00`. */
export function stamp(date: string, time: string): string {
  return `${date}T${time}:00+08:00`;
}
