import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { checkDivisionCode, DIVISION_CODE_PATTERN, divisionLevel, divisionParent, isWithinDivision, toCountyCode } from './division.js';

describe('checkDivisionCode', () => {
  it('accepts 6- and 12-digit codes of every level', () => {
    for (const code of ['210000', '211100', '211102', '211102001000', '211102001001', '110101', '419001', '710000', '810000', '820000']) {
      assert.deepEqual(checkDivisionCode(code), { ok: true, value: code }, code);
    }
    assert.deepEqual(checkDivisionCode(' ２１１１０２ '), { ok: true, value: '211102' });
  });
  it('rejects an unknown province', () => {
    for (const code of [
      '000000',
      '100000',
      '160000',
      '240000',
      '380000',
      '470000',
      '550000',
      '660000',
      '720000',
      '830000',
      '991102001001',
    ]) {
      assert.deepEqual(checkDivisionCode(code), { ok: false, code: 'division.province' }, code);
    }
  });
  it('rejects wrong lengths and non-digits', () => {
    for (const code of ['21110', '2111020', '211102001', '21110200100', '2111020010010', '21110a']) {
      assert.deepEqual(checkDivisionCode(code), { ok: false, code: 'division.format' }, code);
    }
    assert.deepEqual(checkDivisionCode(''), { ok: false, code: 'required' });
  });
  it('exposes a JSON-schema pattern', () => {
    const re = new RegExp(DIVISION_CODE_PATTERN);
    assert.ok(re.test('211102') && re.test('211102001001'));
    assert.ok(!re.test('2111020') && !re.test('211102001'));
    assert.equal(JSON.parse(JSON.stringify({ pattern: DIVISION_CODE_PATTERN })).pattern, DIVISION_CODE_PATTERN);
  });
});

describe('divisionLevel', () => {
  it('reads the level from trailing zero groups', () => {
    assert.equal(divisionLevel('210000'), 'province');
    assert.equal(divisionLevel('211100'), 'prefecture');
    assert.equal(divisionLevel('211102'), 'county');
    assert.equal(divisionLevel('211102001000'), 'town');
    assert.equal(divisionLevel('211102001001'), 'village');
  });
  it('gives a 12-digit code ending in six zeros the level of its 6-digit prefix', () => {
    assert.equal(divisionLevel('211102000000'), 'county');
    assert.equal(divisionLevel('211100000000'), 'prefecture');
    assert.equal(divisionLevel('210000000000'), 'province');
  });
  it('throws on malformed codes', () => {
    assert.throws(() => divisionLevel('2111'), RangeError);
  });
});

describe('divisionParent', () => {
  it('walks up a 12-digit code, staying 12 digits', () => {
    assert.equal(divisionParent('211102001001'), '211102001000');
    assert.equal(divisionParent('211102001000'), '211102000000');
    assert.equal(divisionParent('211102000000'), '211100000000');
    assert.equal(divisionParent('211100000000'), '210000000000');
    assert.equal(divisionParent('210000000000'), undefined);
  });
  it('walks up a 6-digit code, staying 6 digits', () => {
    assert.equal(divisionParent('211102'), '211100');
    assert.equal(divisionParent('211100'), '210000');
    assert.equal(divisionParent('210000'), undefined);
  });
});

describe('isWithinDivision', () => {
  it('works across 6- and 12-digit forms', () => {
    for (const ancestor of ['211102', '211100', '210000', '211102001000', '211102000000', '210000000000']) {
      assert.ok(isWithinDivision('211102001001', ancestor), ancestor);
    }
    assert.ok(isWithinDivision('211102', '211100000000'));
    assert.ok(isWithinDivision('211102', '211102'), 'a code is within itself');
  });
  it('is false for siblings, descendants and malformed codes', () => {
    assert.equal(isWithinDivision('211102001001', '211103'), false);
    assert.equal(isWithinDivision('211102001001', '211102002000'), false);
    assert.equal(isWithinDivision('211102001001', '220000'), false);
    assert.equal(isWithinDivision('211100', '211102'), false);
    assert.equal(isWithinDivision('211102', '2111'), false);
    assert.equal(isWithinDivision('abc', '210000'), false);
  });
});

describe('toCountyCode', () => {
  it('returns the first 6 digits', () => {
    assert.equal(toCountyCode('211102001001'), '211102');
    assert.equal(toCountyCode('211102'), '211102');
  });
});
