import type { CheckResult } from './result.js';

const MOBILE = /^1[3-9]\d{9}$/;

/**
 * Validates a mainland China mobile number. Accepts full-width digits, spaces,
 * '-', parentheses and a leading '+86' or '0086'; returns the bare 11 digits.
 * @example checkMobile('+86 138-1234-1234') // { ok: true, value: '13812341234' }
 */
export function checkMobile(input: string): CheckResult<string> {
  const value = input
    .normalize('NFKC')
    .replace(/[\s\-()]/g, '')
    .replace(/^(?:\+86|0086)/, '');
  if (value === '') return { ok: false, code: 'required' };
  return MOBILE.test(value) ? { ok: true, value } : { ok: false, code: 'phone.format' };
}

/**
 * Masks the middle of a mobile number, keeping the first 3 and last 4 digits.
 * @example maskMobile('13812341234') // '138****1234'
 */
export function maskMobile(phone: string): string {
  return phone.length <= 7 ? '*'.repeat(phone.length) : phone.slice(0, 3) + '*'.repeat(phone.length - 7) + phone.slice(-4);
}
