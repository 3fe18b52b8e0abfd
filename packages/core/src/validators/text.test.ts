import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { checkLength, codePointLength, normalizeCode, normalizeProse } from './text.js';

describe('codePointLength', () => {
  it('counts code points, not UTF-16 units', () => {
    assert.equal('𣵦'.length, 2);
    assert.equal(codePointLength('𣵦'), 1);
    assert.equal(codePointLength('𠀀𪚥县'), 3);
    assert.equal(codePointLength('好👍'), 2);
    assert.equal(codePointLength(''), 0);
  });
});

describe('normalizeCode', () => {
  it('folds full-width characters and trims', () => {
    assert.equal(normalizeCode(' １１０１０５Ｘ\u3000'), '110105X');
  });
});

describe('normalizeProse', () => {
  it('keeps Chinese full-width punctuation', () => {
    assert.equal(normalizeProse('您好，请问：路灯何时修？'), '您好，请问：路灯何时修？');
    assert.notEqual(normalizeCode('，'), '，', 'NFKC would have changed it');
  });
  it('normalises line endings and trims', () => {
    assert.equal(normalizeProse('  一\r\n二\r三\n四  '), '一\n二\n三\n四');
  });
  it('composes to NFC', () => {
    assert.equal(normalizeProse('e\u0301'), '\u00e9');
  });
});

describe('checkLength', () => {
  it('measures by code points', () => {
    assert.deepEqual(checkLength('𣵦𣵦', { max: 2 }), { ok: true, value: '𣵦𣵦' });
    assert.deepEqual(checkLength('𣵦𣵦𣵦', { max: 2 }), { ok: false, code: 'text.too_long', params: { max: 2 } });
    assert.deepEqual(checkLength('👍', { min: 2 }), { ok: false, code: 'text.too_short', params: { min: 2 } });
  });
  it('treats empty as required when a minimum is set', () => {
    assert.deepEqual(checkLength('', { min: 1 }), { ok: false, code: 'required' });
    assert.deepEqual(checkLength('', {}), { ok: true, value: '' });
    assert.deepEqual(checkLength('', { max: 3 }), { ok: true, value: '' });
  });
});
