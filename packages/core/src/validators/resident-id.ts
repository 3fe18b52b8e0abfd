import type { CheckResult } from './result.js';

/** ISO 7064 MOD 11-2 weights for digits 1–17 (GB 11643-1999). */
const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2] as const;
/** Check character indexed by (weighted sum mod 11). */
const CHECK_CHARS = '10X98765432';

/** Parsed fields of a valid 18-digit resident ID. */
export type ResidentId = {
  /** Normalised 18-character ID (ASCII digits, upper-case X). */
  id: string;
  /** Birth date as YYYY-MM-DD. */
  birthDate: string;
  sex: 'male' | 'female';
  /** First 6 digits; not checked against any division list, as retired codes stay valid. */
  addressCode: string;
};

/**
 * Computes the ISO 7064 MOD 11-2 check character for the first 17 digits of a resident ID.
 * @example residentIdCheckChar('11010519491231002') // 'X'
 */
export function residentIdCheckChar(first17: string): string {
  if (!/^\d{17}$/.test(first17)) throw new RangeError('residentIdCheckChar expects exactly 17 ASCII digits');
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * (WEIGHTS[i] ?? 0);
  return CHECK_CHARS.charAt(sum % 11);
}

/** Local calendar date of `d` as YYYYMMDD, for string comparison with the ID's birth date. */
function ymd(d: Date): string {
  return `${d.getFullYear()}`.padStart(4, '0') + `${d.getMonth() + 1}`.padStart(2, '0') + `${d.getDate()}`.padStart(2, '0');
}

/** True if YYYYMMDD names a real Gregorian calendar date. */
function isCalendarDate(yyyymmdd: string): boolean {
  const y = Number(yyyymmdd.slice(0, 4));
  const m = Number(yyyymmdd.slice(4, 6));
  const d = Number(yyyymmdd.slice(6, 8));
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/**
 * Validates an 18-digit resident ID (GB 11643-1999): format, birth date (real, from
 * 1900-01-01, not after `opts.today`, default now) and check character. Accepts
 * full-width digits, spaces and lower-case x. The old 15-digit form fails with 'resident_id.legacy_15'.
 * @example checkResidentId('110105 19491231 002x')
 * // { ok: true, value: { id: '11010519491231002X', birthDate: '1949-12-31', sex: 'female', addressCode: '110105' } }
 */
export function checkResidentId(input: string, opts: { today?: Date } = {}): CheckResult<ResidentId> {
  const id = input.normalize('NFKC').replace(/\s/g, '').toUpperCase();
  if (id === '') return { ok: false, code: 'required' };
  if (/^\d{15}$/.test(id)) return { ok: false, code: 'resident_id.legacy_15' };
  if (!/^\d{17}[\dX]$/.test(id)) return { ok: false, code: 'resident_id.format' };

  const birth = id.slice(6, 14);
  if (!isCalendarDate(birth) || birth < '19000101' || birth > ymd(opts.today ?? new Date())) {
    return { ok: false, code: 'resident_id.date' };
  }
  if (residentIdCheckChar(id.slice(0, 17)) !== id[17]) return { ok: false, code: 'resident_id.checksum' };

  return {
    ok: true,
    value: {
      id,
      birthDate: `${birth.slice(0, 4)}-${birth.slice(4, 6)}-${birth.slice(6, 8)}`,
      sex: Number(id[16]) % 2 === 1 ? 'male' : 'female',
      addressCode: id.slice(0, 6),
    },
  };
}

/**
 * Masks a resident ID for display, keeping the first 3 and last 4 characters.
 * @example maskResidentId('11010519491231002X') // '110***********002X'
 */
export function maskResidentId(id: string): string {
  return id.length <= 7 ? '*'.repeat(id.length) : id.slice(0, 3) + '*'.repeat(id.length - 7) + id.slice(-4);
}
