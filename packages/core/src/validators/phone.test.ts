import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { checkMobile, maskMobile } from './phone.js';

describe('checkMobile', () => {
  it('accepts and normalises common ways of writing a number', () => {
    for (const input of [
      '13812341234',
      '+8613812341234',
      '+86 138 1234 1234',
      '008613812341234',
      '0086-138-1234-1234',
      '(+86) 138-1234-1234',
      '138 1234 1234',
      '１３８１２３４１２３４',
      '＋８６ １３８１２３４１２３４',
    ]) {
      assert.deepEqual(checkMobile(input), { ok: true, value: '13812341234' }, input);
    }
    assert.deepEqual(checkMobile('19912345678'), { ok: true, value: '19912345678' });
  });
  it('rejects wrong lengths and prefixes', () => {
    for (const input of [
      '138123412345',
      '1381234123',
      '12812341234',
      '10012341234',
      '23812341234',
      '8613812341234',
      '+8513812341234',
      '1381234123a',
    ]) {
      assert.deepEqual(checkMobile(input), { ok: false, code: 'phone.format' }, input);
    }
    assert.deepEqual(checkMobile(' - '), { ok: false, code: 'required' });
  });
});

describe('maskMobile', () => {
  it('keeps the first 3 and last 4 digits', () => {
    assert.equal(maskMobile('13812341234'), '138****1234');
  });
});
