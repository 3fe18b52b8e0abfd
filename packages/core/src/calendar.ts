/**
 * Working-day calendar for deadlines (办理时限): weekends, public holidays and make-up working days
 * (调休上班) as configured per county in {@link WorkCalendar}. Dependency-free; runs in browsers and Node 20.
 *
 * Dates are ISO `YYYY-MM-DD` calendar dates in China (Asia/Shanghai, UTC+8, no DST). All arithmetic
 * is done on whole day numbers (days since 1970-01-01 in the proleptic Gregorian calendar), so neither
 * the machine's time zone nor its Intl data can shift a day.
 *
 * A day is a working day when it is Monday–Friday and not in `holidays`, or Saturday/Sunday and in
 * `workdays`. (Holidays on weekends and workdays on weekdays change nothing.) A calendar object is
 * compiled once and cached; treat it as immutable once used — replacing or growing its arrays is
 * noticed, editing an entry in place is not.
 */
import type { WorkCalendar } from './contract/config.js';

/** A calendar date split into its parts (month and day 1-based). */
export interface LocalDateParts {
  year: number;
  month: number;
  day: number;
}

/** Where a deadline stands on a given day, see {@link dueStatus}. */
export interface DueStatus {
  status: 'overdue' | 'due_soon' | 'on_time';
  /** Working days after today up to and including the due date; ≤ 0 once overdue. */
  workingDaysLeft: number;
}

const MS_PER_DAY = 86_400_000;
const CHINA_OFFSET_MS = 8 * 3_600_000;
const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Day number of `y-m-d` (days since 1970-01-01), after H. Hinnant's `days_from_civil`. */
const daysFromCivil = (y: number, m: number, d: number): number => {
  const year = m <= 2 ? y - 1 : y;
  const era = Math.floor(year / 400);
  const yoe = year - era * 400;
  const doy = Math.floor((153 * (m > 2 ? m - 3 : m + 9) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146_097 + doe - 719_468;
};

/** Inverse of {@link daysFromCivil} (H. Hinnant's `civil_from_days`). */
const civilFromDays = (days: number): LocalDateParts => {
  const z = days + 719_468;
  const era = Math.floor(z / 146_097);
  const doe = z - era * 146_097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day };
};

const MIN_DAY = daysFromCivil(0, 1, 1);
const MAX_DAY = daysFromCivil(9999, 12, 31);

const daysInMonth = (year: number, month: number): number =>
  month === 2 ? (year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28) : [4, 6, 9, 11].includes(month) ? 30 : 31;

const show = (value: unknown): string => (typeof value === 'string' ? JSON.stringify(value) : String(value));

const pad = (n: number, width: number): string => String(n).padStart(width, '0');

/**
 * Parses an ISO `YYYY-MM-DD` calendar date strictly (real dates only), throwing a `RangeError` otherwise.
 * @example parseLocalDate('2026-03-05') // { year: 2026, month: 3, day: 5 }
 */
export function parseLocalDate(s: string): LocalDateParts {
  const match = typeof s === 'string' ? DATE_PATTERN.exec(s) : null;
  if (match) {
    const year = Number(match[1]);
    const month = Number(match[2]);
    const day = Number(match[3]);
    if (month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month)) return { year, month, day };
  }
  throw new RangeError(`[tongxin] not a date: ${show(s)}`);
}

const toDay = (s: string): number => {
  const { year, month, day } = parseLocalDate(s);
  return daysFromCivil(year, month, day);
};

const outOfRange = (): never => {
  throw new RangeError('[tongxin] date out of range (0000-01-01 to 9999-12-31)');
};

const fromDay = (days: number): string => {
  if (days < MIN_DAY || days > MAX_DAY) outOfRange();
  const { year, month, day } = civilFromDays(days);
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
};

/** Monday = 0 … Sunday = 6 (1970-01-01, day 0, was a Thursday). */
const weekday = (days: number): number => (((days + 3) % 7) + 7) % 7;

const isWeekend = (days: number): boolean => weekday(days) >= 5;

/** Number of Mondays–Fridays on or before `days`, counted from the Monday 1970-01-05 (may be negative). */
const weekdaysUpTo = (days: number): number => {
  const k = days - 4;
  const weeks = Math.floor(k / 7);
  return weeks * 5 + Math.min(k - weeks * 7 + 1, 5);
};

/** Number of entries of the ascending array `sorted` that are ≤ `value`. */
const countUpTo = (sorted: readonly number[], value: number): number => {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid]! <= value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
};

interface Compiled {
  holidays: readonly string[];
  workdays: readonly string[];
  holidayCount: number;
  workdayCount: number;
  /** Weekdays that are days off, as a set and ascending. */
  off: Set<number>;
  offSorted: number[];
  /** Weekend days that are working days, as a set and ascending. */
  on: Set<number>;
  onSorted: number[];
}

const compiled = new WeakMap<WorkCalendar, Compiled>();

const collect = (list: unknown, name: string, keep: (days: number) => boolean): Set<number> => {
  if (!Array.isArray(list)) throw new RangeError(`[tongxin] calendar.${name} is not a list of dates: ${show(list)}`);
  const set = new Set<number>();
  for (const entry of list) {
    let days: number;
    try {
      days = toDay(entry);
    } catch {
      throw new RangeError(`[tongxin] not a date in calendar.${name}: ${show(entry)}`);
    }
    if (keep(days)) set.add(days);
  }
  return set;
};

const compile = (calendar: WorkCalendar): Compiled => {
  if (typeof calendar !== 'object' || calendar === null) throw new RangeError(`[tongxin] not a work calendar: ${show(calendar)}`);
  const cached = compiled.get(calendar);
  if (
    cached &&
    cached.holidays === calendar.holidays &&
    cached.workdays === calendar.workdays &&
    cached.holidayCount === calendar.holidays.length &&
    cached.workdayCount === calendar.workdays.length
  ) {
    return cached;
  }
  const off = collect(calendar.holidays, 'holidays', (days) => !isWeekend(days));
  const on = collect(calendar.workdays, 'workdays', isWeekend);
  const result: Compiled = {
    holidays: calendar.holidays,
    workdays: calendar.workdays,
    holidayCount: calendar.holidays.length,
    workdayCount: calendar.workdays.length,
    off,
    offSorted: [...off].sort((a, b) => a - b),
    on,
    onSorted: [...on].sort((a, b) => a - b),
  };
  compiled.set(calendar, result);
  return result;
};

const working = (c: Compiled, days: number): boolean => (isWeekend(days) ? c.on.has(days) : !c.off.has(days));

/** Working days on or before `days` (relative to a fixed origin), so that differences count half-open ranges. */
const workingUpTo = (c: Compiled, days: number): number => weekdaysUpTo(days) - countUpTo(c.offSorted, days) + countUpTo(c.onSorted, days);

/**
 * Today's date in China (UTC+8) as `YYYY-MM-DD`, independent of the machine's time zone.
 * @example chinaToday(new Date('2026-03-04T16:30:00Z')) // '2026-03-05'
 */
export function chinaToday(now: Date = new Date()): string {
  let ms: number;
  try {
    ms = Date.prototype.getTime.call(now);
  } catch {
    throw new RangeError(`[tongxin] not a Date: ${show(now)}`);
  }
  if (!Number.isFinite(ms)) throw new RangeError('[tongxin] invalid Date');
  return fromDay(Math.floor((ms + CHINA_OFFSET_MS) / MS_PER_DAY));
}

/**
 * Whether `date` is a working day: Mon–Fri unless a holiday, Sat/Sun only when a make-up workday.
 * @example isWorkingDay('2026-10-10', { holidays: [], workdays: ['2026-10-10'] }) // true
 */
export function isWorkingDay(date: string, calendar: WorkCalendar): boolean {
  const days = toDay(date);
  return working(compile(calendar), days);
}

/**
 * The date `days` working days after `date` (the start day does not count; 0 returns `date`; negative goes back).
 * @example addWorkingDays('2026-09-30', 5, { holidays: ['2026-10-01', '2026-10-02', '2026-10-05', '2026-10-06', '2026-10-07'], workdays: ['2026-10-10'] }) // '2026-10-13'
 */
export function addWorkingDays(date: string, days: number, calendar: WorkCalendar): string {
  let day = toDay(date);
  if (!Number.isSafeInteger(days)) throw new RangeError(`[tongxin] not a whole number of days: ${show(days)}`);
  const c = compile(calendar);
  if (Math.abs(days) > MAX_DAY - MIN_DAY) outOfRange();
  const step = days > 0 ? 1 : -1;
  let left = Math.abs(days);
  while (left > 0) {
    day += step;
    if (day < MIN_DAY || day > MAX_DAY) outOfRange();
    if (working(c, day)) left--;
  }
  return fromDay(day);
}

/**
 * Working days after `from` up to and including `to` (negative, counting after `to` up to `from`, when `to` is earlier).
 * @example workingDaysBetween('2026-03-06', '2026-03-09', { holidays: [], workdays: [] }) // 1 (Fri → Mon)
 */
export function workingDaysBetween(from: string, to: string, calendar: WorkCalendar): number {
  const a = toDay(from);
  const b = toDay(to);
  const c = compile(calendar);
  return workingUpTo(c, b) - workingUpTo(c, a);
}

/**
 * Classifies a deadline on `today`: overdue after `due`, due_soon with ≤ `dueSoonWorkingDays` working days left, else on_time.
 * @example dueStatus('2026-03-06', '2026-03-05', { holidays: [], workdays: [] }, 3) // { status: 'due_soon', workingDaysLeft: 1 }
 */
export function dueStatus(due: string, today: string, calendar: WorkCalendar, dueSoonWorkingDays: number): DueStatus {
  const dueDay = toDay(due);
  const todayDay = toDay(today);
  if (!Number.isSafeInteger(dueSoonWorkingDays) || dueSoonWorkingDays < 0) {
    throw new RangeError(`[tongxin] dueSoonWorkingDays must be a whole number ≥ 0: ${show(dueSoonWorkingDays)}`);
  }
  const c = compile(calendar);
  const workingDaysLeft = workingUpTo(c, dueDay) - workingUpTo(c, todayDay);
  if (todayDay > dueDay) return { status: 'overdue', workingDaysLeft };
  return { status: workingDaysLeft <= dueSoonWorkingDays ? 'due_soon' : 'on_time', workingDaysLeft };
}

/**
 * Formats a date the GB/T 9704 way: Arabic numerals, no zero padding.
 * @example formatChineseDate('2026-03-05') // '2026年3月5日'
 */
export function formatChineseDate(date: string): string {
  const { year, month, day } = parseLocalDate(date);
  return `${year}年${month}月${day}日`;
}
