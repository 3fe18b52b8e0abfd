import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { checkResidentId, maskResidentId, residentIdCheckChar } from './resident-id.js';

/**
 * Independent ISO 7064 MOD 11-2 (weights 2^(17-i) mod 11, check = (12 - sum mod 11) mod 11, 10 → X),
 * used to build test vectors without trusting the implementation's table.
 * Hand check for 11010519491231002X: digits 1 1 0 1 0 5 1 9 4 9 1 2 3 1 0 0 2 ×
 * weights 7 9 10 5 8 4 2 1 6 3 7 9 10 5 8 4 2 = 7+9+0+5+0+20+2+9+24+27+7+18+30+5+0+0+4 = 167;
 * 167 mod 11 = 2 → table ['1','0','X',…][2] = 'X'.
 */
function withCheck(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * (2 ** (17 - i) % 11);
  const c = (12 - (sum % 11)) % 11;
  return first17 + (c === 10 ? 'X' : String(c));
}

const today = new Date(2025, 5, 15); // 2025-06-15, local time

describe('residentIdCheckChar', () => {
  it('matches the well-known example and the independent helper', () => {
    assert.equal(residentIdCheckChar('11010519491231002'), 'X');
    assert.equal(withCheck('11010519491231002'), '11010519491231002X');
    for (const first17 of ['44030419900101123', '21110220000229001', '65010219850615456']) {
      assert.equal(first17 + residentIdCheckChar(first17), withCheck(first17));
    }
  });
  it('rejects input that is not 17 digits', () => {
    assert.throws(() => residentIdCheckChar('1101051949123100'), RangeError);
    assert.throws(() => residentIdCheckChar('1101051949123100X'), RangeError);
  });
});

describe('checkResidentId', () => {
  it('accepts the well-known example and parses it', () => {
    assert.deepEqual(checkResidentId('11010519491231002X', { today }), {
      ok: true,
      value: { id: '11010519491231002X', birthDate: '1949-12-31', sex: 'female', addressCode: '110105' },
    });
  });
  it('reads sex from the 17th digit', () => {
    const male = checkResidentId(withCheck('44030419900101123'), { today });
    assert.ok(male.ok);
    assert.equal(male.value.sex, 'male');
    assert.equal(male.value.birthDate, '1990-01-01');
  });
  it('normalises lower-case x, full-width digits and spaces', () => {
    for (const input of [
      '11010519491231002x',
      '１１０１０５１９４９１２３１００２Ｘ',
      ' 110105 1949 1231 002x ',
      '110105\u300019491231002X',
    ]) {
      const r = checkResidentId(input, { today });
      assert.ok(r.ok, input);
      assert.equal(r.value.id, '11010519491231002X');
    }
  });
  it('does not check the address code against a division list', () => {
    assert.ok(checkResidentId(withCheck('99999919800101001'), { today }).ok);
  });
  it('rejects a bad check character', () => {
    assert.deepEqual(checkResidentId('110105194912310021', { today }), { ok: false, code: 'resident_id.checksum' });
    assert.deepEqual(checkResidentId('11010519491231003X', { today }), { ok: false, code: 'resident_id.checksum' });
  });
  it('accepts Feb 29 only in leap years', () => {
    assert.ok(checkResidentId(withCheck('11010520240229001'), { today }).ok);
    assert.ok(checkResidentId(withCheck('11010520000229001'), { today }).ok);
    assert.deepEqual(checkResidentId(withCheck('11010520230229001'), { today }), { ok: false, code: 'resident_id.date' });
    assert.deepEqual(checkResidentId(withCheck('11010519000229001'), { today }), { ok: false, code: 'resident_id.date' });
  });
  it('rejects impossible, future and pre-1900 dates', () => {
    for (const first17 of ['11010519901301001', '11010519900431001', '11010519900100001', '11010518991231001', '11010520250616001']) {
      assert.deepEqual(checkResidentId(withCheck(first17), { today }), { ok: false, code: 'resident_id.date' }, first17);
    }
    assert.ok(checkResidentId(withCheck('11010519000101001'), { today }).ok);
    assert.ok(checkResidentId(withCheck('11010520250615001'), { today }).ok, 'born today');
  });
  it('defaults today to now', () => {
    assert.equal(checkResidentId(withCheck('11010529991231001')).ok, false);
    assert.ok(checkResidentId('11010519491231002X').ok);
  });
  it('rejects the old 15-digit form with its own code', () => {
    assert.deepEqual(checkResidentId('110105491231002'), { ok: false, code: 'resident_id.legacy_15' });
  });
  it('rejects malformed input', () => {
    for (const input of ['1101051949123100', '1101051949123100XX', '11010519491231002Y', 'X10105194912310021', '11010519491231002X1']) {
      assert.deepEqual(checkResidentId(input, { today }), { ok: false, code: 'resident_id.format' }, input);
    }
    assert.deepEqual(checkResidentId('  '), { ok: false, code: 'required' });
  });
});

describe('maskResidentId', () => {
  it('shows the first 3 and last 4 characters', () => {
    assert.equal(maskResidentId('11010519491231002X'), '110***********002X');
    assert.equal(maskResidentId('1234'), '****');
  });
});
