import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { message } from '../messages.js';
import * as validators from './index.js';

describe('validators index', () => {
  it('re-exports the public API', () => {
    for (const name of [
      'checkResidentId',
      'maskResidentId',
      'residentIdCheckChar',
      'checkMobile',
      'maskMobile',
      'checkDivisionCode',
      'divisionLevel',
      'divisionParent',
      'isWithinDivision',
      'toCountyCode',
      'codePointLength',
      'normalizeCode',
      'normalizeProse',
      'checkLength',
    ]) {
      assert.equal(typeof (validators as Record<string, unknown>)[name], 'function', name);
    }
    assert.equal(typeof validators.DIVISION_CODE_PATTERN, 'string');
  });
  it('gives a failed check a user-facing message from the catalog', () => {
    const r = validators.checkResidentId('110105194912310021');
    assert.ok(!r.ok);
    assert.equal(message(r.code, 'zh-Hans', r.params), '身份证号码校验位不正确，请核对最后一位');
  });
});
