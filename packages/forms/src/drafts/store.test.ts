// The store without IndexedDB (as in Node): drafts in memory, the same rules.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { opinionForm } from '../forms.fixtures.js';
import { createDraftStore } from './store.js';

const DAY = 24 * 60 * 60 * 1000;
const key = { formId: opinionForm.id, version: opinionForm.version, userKey: 'u1' };

describe('createDraftStore without IndexedDB', () => {
  it('works in memory and says so', async () => {
    const store = createDraftStore();
    assert.equal(store.persistent, false);
    await store.save(key, { title: '路灯', idNumber: '211102199001011234', privacy: true }, opinionForm);
    const record = await store.load({ formId: key.formId, userKey: 'u1' });
    assert.deepEqual(record?.answers, { title: '路灯' });
    assert.deepEqual(record?.fields, { title: { type: 'text', label: { 'zh-Hans': '标题' } } });
    assert.equal(record?.version, 3);
    assert.equal(await store.load({ formId: key.formId, userKey: 'u2' }), undefined);
  });

  it('expires drafts after draftTtlDays (7 by default) and deletes them', async () => {
    let now = 1_000_000;
    const store = createDraftStore({ now: () => now });
    const saved = await store.save(key, { title: '路灯' }, opinionForm);
    assert.equal(saved?.expiresAt, 1_000_000 + 30 * DAY);
    const noTtl = { ...opinionForm, id: 'other' };
    delete noTtl.draftTtlDays;
    await store.save({ ...key, formId: 'other' }, { title: 'x' }, noTtl);
    now += 7 * DAY;
    assert.equal(await store.load({ formId: 'other', userKey: 'u1' }), undefined);
    assert.ok(await store.load(key));
    now += 23 * DAY;
    assert.equal(await store.purgeExpired(), 1);
    assert.equal(await store.load(key), undefined);
  });

  it('removes a draft and reports failures instead of throwing', async () => {
    const errors: string[] = [];
    const store = createDraftStore({ onError: (_, op) => errors.push(op) });
    await store.save(key, { title: '路灯' }, opinionForm);
    await store.remove(key);
    assert.equal(await store.load(key), undefined);
    assert.equal(await store.save(key, { title: () => 1 }, opinionForm), undefined);
    assert.deepEqual(errors, ['save']);
  });
});
