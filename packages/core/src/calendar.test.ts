import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { addWorkingDays, chinaToday, dueStatus, formatChineseDate, isWorkingDay, parseLocalDate, workingDaysBetween } from './calendar.js';
import type { WorkCalendar } from './contract/config.js';

/** Plain weeks: Monday–Friday work, nothing else. */
const plain: WorkCalendar = { holidays: [], workdays: [] };

const range = (from: number, to: number, month: string): string[] =>
  Array.from({ length: to - from + 1 }, (_, i) => `2026-${month}-${String(from + i).padStart(2, '0')}`);

/**
 * 2026 春节 and 国庆 as in the State Council's 2026 holiday notice: 春节 2026-02-15 (Sun) … 02-23 (Mon) off,
 * 02-14 (Sat) and 02-28 (Sat) worked; 国庆 2026-10-01 (Thu) … 10-07 (Wed) off, 09-20 (Sun) and 10-10 (Sat)
 * worked. The weekend days inside the breaks are listed too, to show that they change nothing.
 */
const china2026: WorkCalendar = {
  holidays: [...range(15, 23, '02'), ...range(1, 7, '10')],
  workdays: ['2026-02-14', '2026-02-28', '2026-09-20', '2026-10-10'],
};

/** Deterministic pseudo-random numbers (mulberry32), so a failure can be replayed. */
const random = (seed: number) => () => {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
};

/** `YYYY-MM-DD` of a UTC day number, via `Date` (an independent check of the module's own arithmetic). */
const isoOfDay = (day: number): string => new Date(day * 86_400_000).toISOString().slice(0, 10);
const dayOfIso = (iso: string): number => Date.parse(`${iso}T00:00:00Z`) / 86_400_000;

/** Working days after `from` up to and including `to`, by walking day by day. */
const naiveBetween = (from: string, to: string, calendar: WorkCalendar): number => {
  const a = dayOfIso(from);
  const b = dayOfIso(to);
  const sign = b >= a ? 1 : -1;
  let count = 0; // stays +0 (not -0) when nothing is counted
  for (let d = Math.min(a, b) + 1; d <= Math.max(a, b); d++) if (isWorkingDay(isoOfDay(d), calendar)) count += sign;
  return count;
};

describe('parseLocalDate', () => {
  it('agrees with Date on every day from 1900 to 2100', () => {
    for (let day = dayOfIso('1900-01-01'); day <= dayOfIso('2100-12-31'); day++) {
      const iso = isoOfDay(day);
      const { year, month, day: dayOfMonth } = parseLocalDate(iso);
      assert.equal(Date.UTC(year, month - 1, dayOfMonth), day * 86_400_000, iso);
      // Round trip through the module's own day arithmetic.
      assert.equal(addWorkingDays(iso, 0, plain), iso);
    }
  });
  it('accepts leap days only in leap years', () => {
    assert.deepEqual(parseLocalDate('2024-02-29'), { year: 2024, month: 2, day: 29 });
    assert.deepEqual(parseLocalDate('2000-02-29'), { year: 2000, month: 2, day: 29 });
    assert.throws(() => parseLocalDate('2100-02-29'), RangeError);
    assert.throws(() => parseLocalDate('2026-02-29'), RangeError);
  });
});

describe('isWorkingDay', () => {
  it('takes Monday to Friday and skips weekends', () => {
    assert.equal(isWorkingDay('2026-03-02', plain), true); // Monday
    assert.equal(isWorkingDay('2026-03-06', plain), true); // Friday
    assert.equal(isWorkingDay('2026-03-07', plain), false); // Saturday
    assert.equal(isWorkingDay('2026-03-08', plain), false); // Sunday
  });
  it('follows holidays and make-up working days', () => {
    assert.equal(isWorkingDay('2026-10-01', china2026), false); // Thursday, 国庆
    assert.equal(isWorkingDay('2026-10-07', china2026), false); // Wednesday, 国庆
    assert.equal(isWorkingDay('2026-10-08', china2026), true);
    assert.equal(isWorkingDay('2026-10-10', china2026), true); // Saturday, 调休上班
    assert.equal(isWorkingDay('2026-10-11', china2026), false); // Sunday
    assert.equal(isWorkingDay('2026-02-14', china2026), true); // Saturday, 调休上班
    assert.equal(isWorkingDay('2026-02-16', china2026), false); // Monday, 春节
    assert.equal(isWorkingDay('2026-02-28', china2026), true); // Saturday, 调休上班
    assert.equal(isWorkingDay('2026-03-05', china2026), true);
  });
  it('notices a calendar that grew after first use', () => {
    const calendar: WorkCalendar = { holidays: [], workdays: [] };
    assert.equal(isWorkingDay('2026-03-05', calendar), true);
    calendar.holidays.push('2026-03-05');
    assert.equal(isWorkingDay('2026-03-05', calendar), false);
    calendar.workdays = ['2026-03-07'];
    assert.equal(isWorkingDay('2026-03-07', calendar), true);
  });
});

describe('addWorkingDays', () => {
  it('skips weekends', () => {
    assert.equal(addWorkingDays('2026-03-06', 1, plain), '2026-03-09'); // Fri → Mon
    assert.equal(addWorkingDays('2026-03-07', 1, plain), '2026-03-09'); // Sat → Mon
    assert.equal(addWorkingDays('2026-03-08', 1, plain), '2026-03-09'); // Sun → Mon
    assert.equal(addWorkingDays('2026-03-02', 5, plain), '2026-03-09'); // Mon → next Mon
    assert.equal(addWorkingDays('2026-12-31', 1, plain), '2027-01-01'); // over the year end
  });
  it('returns the date itself for 0 days, working day or not', () => {
    assert.equal(addWorkingDays('2026-03-05', 0, plain), '2026-03-05');
    assert.equal(addWorkingDays('2026-03-07', 0, plain), '2026-03-07');
    assert.equal(addWorkingDays('2026-10-01', 0, china2026), '2026-10-01');
  });
  it('counts across 国庆 2026', () => {
    // By hand, from Wednesday 2026-09-30: 10-01 Thu … 10-07 Wed are 国庆 holidays (no count);
    // 10-08 Thu = 1, 10-09 Fri = 2, 10-10 Sat (调休上班) = 3, 10-11 Sun (no count), 10-12 Mon = 4, 10-13 Tue = 5.
    assert.equal(addWorkingDays('2026-09-30', 5, china2026), '2026-10-13');
    assert.equal(addWorkingDays('2026-09-30', 1, china2026), '2026-10-08');
    assert.equal(addWorkingDays('2026-09-30', 3, china2026), '2026-10-10');
    assert.equal(addWorkingDays('2026-09-30', 4, china2026), '2026-10-12');
    // From a day inside the break, the next working day is still 10-08.
    assert.equal(addWorkingDays('2026-10-03', 1, china2026), '2026-10-08');
    // 09-20 is a Sunday worked (调休): Friday 09-18 + 1 is that Sunday.
    assert.equal(addWorkingDays('2026-09-18', 1, china2026), '2026-09-20');
  });
  it('counts across 春节 2026', () => {
    // 02-13 Fri → 02-14 Sat (调休上班) = 1; 02-15 … 02-23 off; 02-24 Tue = 2.
    assert.equal(addWorkingDays('2026-02-13', 1, china2026), '2026-02-14');
    assert.equal(addWorkingDays('2026-02-13', 2, china2026), '2026-02-24');
    // 02-27 Fri → 02-28 Sat (调休上班) = 1.
    assert.equal(addWorkingDays('2026-02-27', 1, china2026), '2026-02-28');
  });
  it('goes backwards for negative days', () => {
    assert.equal(addWorkingDays('2026-03-09', -1, plain), '2026-03-06'); // Mon → Fri
    assert.equal(addWorkingDays('2026-03-08', -1, plain), '2026-03-06'); // Sun → Fri
    assert.equal(addWorkingDays('2026-03-09', -5, plain), '2026-03-02'); // Mon → previous Mon
    // 10-12 Mon = 1, 10-10 Sat (调休) = 2, 10-09 = 3, 10-08 = 4, 10-07 … 10-01 off, 09-30 = 5.
    assert.equal(addWorkingDays('2026-10-13', -5, china2026), '2026-09-30');
    assert.equal(addWorkingDays('2026-10-08', -1, china2026), '2026-09-30');
    assert.equal(addWorkingDays('2026-02-24', -2, china2026), '2026-02-13');
  });
  it('is fast for 66 working days', () => {
    // 2026-01-05 is a Monday: 65 working days are 13 weeks later (04-06, Monday), the 66th is 04-07.
    assert.equal(addWorkingDays('2026-01-05', 66, plain), '2026-04-07');
    const calendar: WorkCalendar = { holidays: [...china2026.holidays], workdays: [...china2026.workdays] };
    const started = performance.now();
    for (let i = 0; i < 10_000; i++) addWorkingDays('2026-08-03', 66, calendar);
    assert.ok(performance.now() - started < 2_000, '10 000 × 66 working days took over 2 s');
  });
});

describe('workingDaysBetween', () => {
  it('counts the days after `from` up to and including `to`', () => {
    assert.equal(workingDaysBetween('2026-03-05', '2026-03-05', plain), 0);
    assert.equal(workingDaysBetween('2026-03-06', '2026-03-09', plain), 1); // Fri → Mon
    assert.equal(workingDaysBetween('2026-03-06', '2026-03-08', plain), 0); // Fri → Sun
    assert.equal(workingDaysBetween('2026-09-30', '2026-10-13', china2026), 5);
    assert.equal(workingDaysBetween('2026-10-13', '2026-09-30', china2026), -5);
    assert.equal(workingDaysBetween('2026-01-01', '2027-01-01', plain), 261);
  });
  it('agrees with a day-by-day count', () => {
    const next = random(7);
    const start = dayOfIso('2025-11-01');
    for (let i = 0; i < 500; i++) {
      const from = isoOfDay(start + Math.floor(next() * 500));
      const to = isoOfDay(start + Math.floor(next() * 500));
      for (const calendar of [plain, china2026]) {
        assert.equal(workingDaysBetween(from, to, calendar), naiveBetween(from, to, calendar), `${from} → ${to}`);
        assert.equal(workingDaysBetween(to, from, calendar) + workingDaysBetween(from, to, calendar), 0, `${to} ↔ ${from}`);
      }
    }
  });
  it('undoes addWorkingDays for n ≥ 0, from any start', () => {
    const next = random(2026);
    const start = dayOfIso('2025-12-01');
    for (let i = 0; i < 2_000; i++) {
      const date = isoOfDay(start + Math.floor(next() * 400));
      const n = Math.floor(next() * 81);
      for (const calendar of [plain, china2026]) {
        const end = addWorkingDays(date, n, calendar);
        assert.equal(workingDaysBetween(date, end, calendar), n, `${date} + ${n} = ${end}`);
        if (n > 0) assert.equal(isWorkingDay(end, calendar), true, `${date} + ${n} = ${end}`);
      }
    }
  });
  it('undoes addWorkingDays for n < 0 from a working day', () => {
    const next = random(86);
    const start = dayOfIso('2025-12-01');
    for (let i = 0; i < 2_000; i++) {
      const date = isoOfDay(start + Math.floor(next() * 400));
      if (!isWorkingDay(date, china2026)) continue;
      const n = -1 - Math.floor(next() * 80);
      const end = addWorkingDays(date, n, china2026);
      assert.equal(workingDaysBetween(date, end, china2026), n, `${date} ${n} = ${end}`);
    }
  });
});

describe('chinaToday', () => {
  it('is the date in UTC+8', () => {
    assert.equal(chinaToday(new Date('2026-03-04T16:30:00Z')), '2026-03-05');
    assert.equal(chinaToday(new Date('2026-03-04T15:59:00Z')), '2026-03-04');
    assert.equal(chinaToday(new Date('2026-03-04T15:59:59.999Z')), '2026-03-04');
    assert.equal(chinaToday(new Date('2026-03-04T16:00:00Z')), '2026-03-05');
    assert.equal(chinaToday(new Date('2026-03-05T08:00:00+08:00')), '2026-03-05');
    assert.equal(chinaToday(new Date('2025-12-31T16:00:00Z')), '2026-01-01');
    assert.equal(chinaToday(new Date('1969-12-31T16:00:00Z')), '1970-01-01');
  });
  it('defaults to now', () => {
    const before = chinaToday(new Date());
    const today = chinaToday();
    assert.match(today, /^\d{4}-\d{2}-\d{2}$/);
    assert.ok(today >= before);
  });
  it('rejects an invalid Date', () => {
    assert.throws(() => chinaToday(new Date('nope')), RangeError);
    assert.throws(() => chinaToday('2026-03-05' as unknown as Date), RangeError);
  });
});

describe('dueStatus', () => {
  it('is due_soon with 0 left on the due date, overdue the day after', () => {
    assert.deepEqual(dueStatus('2026-03-05', '2026-03-05', plain, 3), { status: 'due_soon', workingDaysLeft: 0 });
    assert.deepEqual(dueStatus('2026-03-05', '2026-03-05', plain, 0), { status: 'due_soon', workingDaysLeft: 0 });
    assert.deepEqual(dueStatus('2026-03-04', '2026-03-05', plain, 3), { status: 'overdue', workingDaysLeft: -1 });
  });
  it('is due_soon up to the threshold, on_time beyond it', () => {
    assert.deepEqual(dueStatus('2026-03-10', '2026-03-05', plain, 3), { status: 'due_soon', workingDaysLeft: 3 });
    assert.deepEqual(dueStatus('2026-03-11', '2026-03-05', plain, 3), { status: 'on_time', workingDaysLeft: 4 });
  });
  it('counts working days, not calendar days', () => {
    // Eight calendar days but one working day (10-08) across 国庆.
    assert.deepEqual(dueStatus('2026-10-08', '2026-09-30', china2026, 2), { status: 'due_soon', workingDaysLeft: 1 });
    assert.deepEqual(dueStatus('2026-10-08', '2026-09-30', plain, 2), { status: 'on_time', workingDaysLeft: 6 });
    // Due on a Sunday, today Friday: no working day left, but not overdue yet.
    assert.deepEqual(dueStatus('2026-03-08', '2026-03-06', plain, 0), { status: 'due_soon', workingDaysLeft: 0 });
    assert.equal(dueStatus('2026-03-08', '2026-03-09', plain, 0).status, 'overdue');
  });
});

describe('formatChineseDate', () => {
  it('writes GB/T 9704 dates without zero padding', () => {
    assert.equal(formatChineseDate('2026-03-05'), '2026年3月5日');
    assert.equal(formatChineseDate('2026-10-01'), '2026年10月1日');
    assert.equal(formatChineseDate('2026-12-31'), '2026年12月31日');
  });
});

describe('bad input', () => {
  it('throws RangeError for malformed or impossible dates', () => {
    assert.throws(() => isWorkingDay('2026-02-30', plain), { name: 'RangeError', message: '[tongxin] not a date: "2026-02-30"' });
    for (const bad of [
      '2026-2-3',
      '2026-13-01',
      '2026-00-10',
      '2026-03-00',
      '2026-03-32',
      '',
      ' 2026-03-05',
      '2026-03-05T00:00',
      '26-03-05',
    ]) {
      assert.throws(() => formatChineseDate(bad), RangeError, bad);
      assert.throws(() => addWorkingDays(bad, 1, plain), RangeError, bad);
      assert.throws(() => workingDaysBetween('2026-03-05', bad, plain), RangeError, bad);
      assert.throws(() => dueStatus(bad, '2026-03-05', plain, 3), RangeError, bad);
    }
    assert.throws(() => formatChineseDate(20260305 as unknown as string), {
      name: 'RangeError',
      message: '[tongxin] not a date: 20260305',
    });
  });
  it('throws RangeError for bad calendar entries', () => {
    const calendar: WorkCalendar = { holidays: ['2026-10-01', '2026-10-32'], workdays: [] };
    assert.throws(() => isWorkingDay('2026-03-05', calendar), {
      name: 'RangeError',
      message: '[tongxin] not a date in calendar.holidays: "2026-10-32"',
    });
    assert.throws(() => isWorkingDay('2026-03-05', null as unknown as WorkCalendar), RangeError);
    assert.throws(() => isWorkingDay('2026-03-05', { holidays: [] } as unknown as WorkCalendar), RangeError);
  });
  it('throws RangeError for bad day counts and thresholds', () => {
    for (const days of [1.5, Number.NaN, Number.POSITIVE_INFINITY, 2 ** 60]) {
      assert.throws(() => addWorkingDays('2026-03-05', days, plain), RangeError, String(days));
    }
    assert.throws(() => addWorkingDays('2026-03-05', 10_000_000, plain), RangeError);
    assert.throws(() => addWorkingDays('9999-12-31', 1, plain), RangeError);
    assert.throws(() => addWorkingDays('0000-01-03', -1, plain), RangeError);
    assert.throws(() => dueStatus('2026-03-05', '2026-03-05', plain, -1), RangeError);
    assert.throws(() => dueStatus('2026-03-05', '2026-03-05', plain, 0.5), RangeError);
  });
});
