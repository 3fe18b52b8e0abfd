import type { CheckResult } from './result.js';

/**
 * Counts Unicode code points, not UTF-16 units, so supplementary characters
 * (CJK Extension B such as '𣵦', emoji) count as one.
 * @example codePointLength('𣵦县') // 2
 */
export function codePointLength(s: string): number {
  return Array.from(s).length;
}

/**
 * Normalises an identifier-like value (ID numbers, codes, phone numbers): NFKC, so
 * full-width digits and letters become ASCII, then trims.
 * @example normalizeCode(' １１０１０５ ') // '110105'
 */
export function normalizeCode(s: string): string {
  return s.normalize('NFKC').trim();
}

/**
 * Normalises free text written by people: NFC, CRLF/CR → LF, then trims.
 *
 * Deliberately NOT NFKC: NFKC folds full-width punctuation to ASCII, e.g. the
 * Chinese comma '，' (U+FF0C) becomes ',' and '：' becomes ':', which would
 * corrupt Chinese prose. NFC only unifies equivalent encodings of the same character.
 * @example normalizeProse('您好，\r\n谢谢 ') // '您好，\n谢谢'
 */
export function normalizeProse(s: string): string {
  return s.normalize('NFC').replace(/\r\n?/g, '\n').trim();
}

/**
 * Checks a string's length in code points against optional bounds. An empty
 * string with `min >= 1` fails with 'required' rather than 'text.too_short'.
 * Normalise (e.g. with `normalizeProse`) before checking.
 * @example checkLength('意见', { min: 5 }) // { ok: false, code: 'text.too_short', params: { min: 5 } }
 */
export function checkLength(s: string, limits: { min?: number; max?: number }): CheckResult<string> {
  const length = codePointLength(s);
  const { min, max } = limits;
  if (min !== undefined && length < min) {
    return length === 0 ? { ok: false, code: 'required' } : { ok: false, code: 'text.too_short', params: { min } };
  }
  if (max !== undefined && length > max) return { ok: false, code: 'text.too_long', params: { max } };
  return { ok: true, value: s };
}
