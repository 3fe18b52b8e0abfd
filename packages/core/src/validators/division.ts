import type { CheckResult } from './result.js';

/**
 * JSON-schema-compatible pattern (RegExp source) for a division code: 6 digits
 * (GB/T 2260: province/prefecture/county) or 12 digits (NBS statistical code down to village).
 */
export const DIVISION_CODE_PATTERN = '^(?:\\d{6}|\\d{12})$';
const CODE = new RegExp(DIVISION_CODE_PATTERN);

/** First two digits of every province-level division, including Taiwan (71), Hong Kong (81) and Macao (82). */
const PROVINCES = /^(?:1[1-5]|2[1-3]|3[1-7]|4[1-6]|5[0-4]|6[1-5]|71|8[12])/;

/** Administrative level of a division code. */
export type DivisionLevel = 'province' | 'prefecture' | 'county' | 'town' | 'village';

/** Levels from the top, and how many leading digits (of the 12-digit form) each one fixes. */
const LEVELS: readonly DivisionLevel[] = ['province', 'prefecture', 'county', 'town', 'village'];
const DIGITS: Record<DivisionLevel, number> = { province: 2, prefecture: 4, county: 6, town: 9, village: 12 };

/**
 * Validates a 6- or 12-digit division code whose first two digits are a real province.
 * Accepts full-width digits and spaces; returns the ASCII digits.
 * @example checkDivisionCode('211102') // { ok: true, value: '211102' }
 */
export function checkDivisionCode(input: string): CheckResult<string> {
  const value = input.normalize('NFKC').replace(/\s/g, '');
  if (value === '') return { ok: false, code: 'required' };
  if (!CODE.test(value)) return { ok: false, code: 'division.format' };
  if (!PROVINCES.test(value)) return { ok: false, code: 'division.province' };
  return { ok: true, value };
}

/** Pads a 6-digit code to 12 digits; throws on anything that is not 6 or 12 ASCII digits. */
function to12(code: string): string {
  if (!CODE.test(code)) throw new RangeError(`Not a 6- or 12-digit division code: ${code}`);
  return code.padEnd(12, '0');
}

/** Shallowest level after whose digits the 12-digit code is all zeros. */
function levelOf12(code12: string): DivisionLevel {
  return LEVELS.find((level) => /^0*$/.test(code12.slice(DIGITS[level]))) ?? 'village';
}

/**
 * Level of a (normalised) division code, from its trailing zero groups. Throws on a malformed code.
 * @example divisionLevel('211100') // 'prefecture'
 * @example divisionLevel('211102001000') // 'town'
 */
export function divisionLevel(code: string): DivisionLevel {
  return levelOf12(to12(code));
}

/**
 * Parent division in the same form (6-digit stays 6-digit, 12-digit stays 12-digit),
 * or undefined for a province. Throws on a malformed code.
 * @example divisionParent('211102001001') // '211102001000'
 * @example divisionParent('211102') // '211100'
 */
export function divisionParent(code: string): string | undefined {
  const parent = LEVELS[LEVELS.indexOf(levelOf12(to12(code))) - 1];
  return parent === undefined ? undefined : code.slice(0, DIGITS[parent]).padEnd(code.length, '0');
}

/**
 * True if `code` lies within `ancestor` (inclusive: a code is within itself). Works across
 * 6- and 12-digit forms; returns false for malformed codes.
 * @example isWithinDivision('211102001001', '211100') // true
 */
export function isWithinDivision(code: string, ancestor: string): boolean {
  if (!CODE.test(code) || !CODE.test(ancestor)) return false;
  const a = to12(ancestor);
  return to12(code).startsWith(a.slice(0, DIGITS[levelOf12(a)]));
}

/**
 * County-level (6-digit, GB/T 2260) part of a division code. Throws on a malformed code.
 * @example toCountyCode('211102001001') // '211102'
 */
export function toCountyCode(code: string): string {
  return to12(code).slice(0, 6);
}
