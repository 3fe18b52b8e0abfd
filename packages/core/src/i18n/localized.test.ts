import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { hasLocale, message } from '../messages.js';
import { ensureLocale, localized } from './localized.js';

describe('localized strings', () => {
  it('answers zh-Hans at once, loads another language once and tells each waiting host once', async () => {
    let loads = 0;
    const table = localized({ hello: '你好' }, async (locale) => {
      loads++;
      return { hello: locale === 'en' ? 'Hello' : '妳好' };
    });
    assert.equal(table.get('zh-Hans').hello, '你好');
    let renders = 0;
    const rerender = () => renders++;
    // Many reads during one render (and several renders) before the table arrives.
    for (let i = 0; i < 5; i++) assert.equal(table.get('en', rerender).hello, '你好');
    assert.equal((await table.load('en')).hello, 'Hello');
    await new Promise((r) => setTimeout(r, 0));
    assert.equal(renders, 1);
    assert.equal(loads, 1);
    assert.equal(table.get('en', rerender).hello, 'Hello');
  });

  it('keeps zh-Hans for the page when a language cannot be loaded, without trying on every render', async () => {
    let loads = 0;
    const table = localized({ hello: '你好' }, () => {
      loads++;
      return Promise.reject(new Error('offline'));
    });
    let renders = 0;
    table.get('zh-Hant', () => renders++);
    assert.equal((await table.load('zh-Hant')).hello, '你好');
    await new Promise((r) => setTimeout(r, 0));
    assert.equal(table.get('zh-Hant', () => renders++).hello, '你好');
    assert.equal(loads, 1);
    assert.equal(renders, 1);
  });

  it('installs core messages in a language on demand', async () => {
    assert.equal(hasLocale('en'), false);
    assert.equal(message('required', 'en'), message('required', 'zh-Hans'));
    await ensureLocale('en');
    assert.equal(hasLocale('en'), true);
    assert.notEqual(message('required', 'en'), message('required', 'zh-Hans'));
    assert.match(message('required', 'en'), /[A-Za-z]/);
  });
});
