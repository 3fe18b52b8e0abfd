// Drafts of <tx-form> in a real browser: debounced autosave to IndexedDB, restore per form and
// user, nothing sensitive on disk, expiry, a newer definition version, and deletion on submit/reset.
import { expect } from '@esm-bundle/chai';
import type { FieldDefinition, FormDefinition } from '@tongxin/core';
import '../define/tx-form.js';
import type { TxForm } from '../element/form.js';
import { formOf, lists } from '../forms.fixtures.js';
import type { TxDraftRestoredEvent } from './events.js';
import { createDraftStore, type DraftRecord, type DraftStore } from './store.js';

const zh = (s: string) => ({ 'zh-Hans': s });
const DAY = 24 * 60 * 60 * 1000;

const fields: FieldDefinition[] = [
  { type: 'text', key: 'title', label: zh('标题') },
  {
    type: 'radio',
    key: 'kind',
    label: zh('类型'),
    options: [
      { value: 'road', label: zh('道路') },
      { value: 'light', label: zh('路灯') },
    ],
  },
  { type: 'textarea', key: 'oldNote', label: zh('旧备注') },
  { type: 'text', key: 'secretNote', label: zh('私密备注'), sensitive: true },
  { type: 'resident_id', key: 'idNumber', label: zh('身份证号') },
  { type: 'attachments', key: 'photos', label: zh('照片') },
  { type: 'consent', key: 'privacy', label: zh('我同意'), notice: zh('须知'), noticeVersion: '1' },
];
const v1: FormDefinition = { ...formOf(fields), id: 'street-report', version: 1 };
/** Version 2: `oldNote` is gone and `kind` no longer offers `light`. */
const v2: FormDefinition = {
  ...formOf([
    { type: 'text', key: 'title', label: zh('标题') },
    { type: 'radio', key: 'kind', label: zh('类型'), options: [{ value: 'road', label: zh('道路') }] },
  ]),
  id: 'street-report',
  version: 2,
};

let dbCount = 0;
const dbNames: string[] = [];
const stores: DraftStore[] = [];
const mounted: TxForm[] = [];
/** A unique database per test (and a store on it). */
function newDb(): string {
  const name = `tx-drafts-test-${Date.now()}-${dbCount++}`;
  dbNames.push(name);
  return name;
}
function storeOn(dbName: string, now?: () => number): DraftStore {
  const store = createDraftStore(now ? { dbName, now } : { dbName });
  stores.push(store);
  return store;
}

async function mount(definition: FormDefinition, set: Partial<Pick<TxForm, 'drafts' | 'userKey' | 'draftStore' | 'locale'>>) {
  const el = document.createElement('tx-form');
  el.definition = definition;
  el.config = lists;
  Object.assign(el, set);
  document.body.append(el);
  mounted.push(el);
  await el.updateComplete;
  return el;
}

function deleteDb(name: string): Promise<void> {
  return new Promise((resolve) => {
    const request = indexedDB.deleteDatabase(name);
    request.onsuccess = request.onerror = request.onblocked = () => resolve();
  });
}
afterEach(async () => {
  for (const el of mounted.splice(0)) el.remove();
  for (const store of stores.splice(0)) store.close();
  await new Promise((r) => setTimeout(r, 20));
  await Promise.all(dbNames.splice(0).map(deleteDb));
});

/** Every record in the database, read with the raw IndexedDB API (not through the store). */
function rawRecords(dbName: string): Promise<DraftRecord[]> {
  return new Promise((resolve, reject) => {
    const open = indexedDB.open(dbName);
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const db = open.result;
      if (!db.objectStoreNames.contains('drafts')) {
        db.close();
        resolve([]);
        return;
      }
      const request = db.transaction('drafts', 'readonly').objectStore('drafts').getAll();
      request.onsuccess = () => {
        db.close();
        resolve(request.result as DraftRecord[]);
      };
      request.onerror = () => {
        db.close();
        reject(request.error);
      };
    };
  });
}
/** Writes a record directly (bypassing the store), the database having been created by a store. */
function putRaw(dbName: string, record: DraftRecord): Promise<void> {
  return new Promise((resolve, reject) => {
    const open = indexedDB.open(dbName);
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const db = open.result;
      const tx = db.transaction('drafts', 'readwrite');
      tx.objectStore('drafts').put(record);
      tx.oncomplete = () => {
        db.close();
        resolve();
      };
      tx.onerror = () => reject(tx.error);
    };
  });
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
async function until<T>(probe: () => Promise<T>, ok: (v: T) => boolean, timeout = 3000): Promise<T> {
  const end = Date.now() + timeout;
  for (;;) {
    const v = await probe();
    if (ok(v) || Date.now() > end) return v;
    await sleep(50);
  }
}
/** The next tx-draft-restored of `el`, or undefined after `timeout` ms. */
function restored(el: HTMLElement, timeout = 1500): Promise<TxDraftRestoredEvent | undefined> {
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(undefined), timeout);
    el.addEventListener(
      'tx-draft-restored',
      (e) => {
        clearTimeout(timer);
        resolve(e);
      },
      { once: true },
    );
  });
}
/** Mounts and waits for the restore (or its absence). */
async function mountRestoring(definition: FormDefinition, set: Parameters<typeof mount>[1]) {
  const el = document.createElement('tx-form');
  const event = restored(el);
  el.definition = definition;
  el.config = lists;
  Object.assign(el, set);
  document.body.append(el);
  mounted.push(el);
  const e = await event;
  await el.updateComplete;
  return { el, event: e };
}

const root = (el: TxForm) => el.shadowRoot as ShadowRoot;
const control = (el: TxForm, key: string) => root(el).querySelector<HTMLInputElement>(`#f-${key}`) as HTMLInputElement;
async function type(el: TxForm, key: string, value: string) {
  const input = control(el, key);
  input.focus();
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  await el.updateComplete;
}
const noticeText = (el: TxForm) => root(el).querySelector('.draft-notice')?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

describe('<tx-form> drafts', () => {
  it('is off by default: typing writes nothing', async () => {
    const db = newDb();
    const store = storeOn(db);
    const el = await mount(v1, { draftStore: store });
    expect(el.drafts).to.equal(false);
    await type(el, 'title', '路灯不亮');
    await sleep(1100);
    expect(await store.load({ formId: v1.id, userKey: 'anonymous' })).to.equal(undefined);
  });

  it('autosaves 800 ms after the last change and restores into a new element for the same form and user', async () => {
    const db = newDb();
    const el = await mount(v1, { drafts: true, userKey: 'u1', draftStore: storeOn(db) });
    expect(el.hasAttribute('drafts')).to.equal(true);
    await type(el, 'title', '路灯');
    await sleep(400);
    await type(el, 'title', '路灯不亮');
    await sleep(500);
    // 900 ms after the first keystroke but only 500 ms after the last: nothing written yet.
    expect(await rawRecords(db)).to.deep.equal([]);
    const records = await until(
      () => rawRecords(db),
      (r) => r.length > 0,
    );
    expect(records).to.have.length(1);
    expect(records[0]).to.include({ id: 'street-report|u1', formId: 'street-report', version: 1, userKey: 'u1' });
    expect(records[0]?.answers).to.deep.equal({ title: '路灯不亮' });
    el.remove();

    const { el: again, event } = await mountRestoring(v1, { drafts: true, userKey: 'u1', draftStore: storeOn(db) });
    expect(event, 'tx-draft-restored').to.not.equal(undefined);
    expect(event?.dropped).to.deep.equal([]);
    expect(event?.restoredAt).to.be.instanceOf(Date);
    expect(again.value).to.deep.equal({ title: '路灯不亮' });
    expect(control(again, 'title').value).to.equal('路灯不亮');
    const notice = root(again).querySelector('.draft-notice');
    expect(notice?.getAttribute('role')).to.equal('status');
    expect(noticeText(again)).to.match(/^已恢复您上次未提交的内容（保存于.+）。$/);
  });

  it('never writes resident IDs, sensitive fields, attachments or consent to IndexedDB', async () => {
    const db = newDb();
    const el = await mount(v1, { drafts: true, userKey: 'u1', draftStore: storeOn(db) });
    el.value = { photos: ['local:0'], privacy: true };
    await type(el, 'idNumber', '211102199001011234');
    await type(el, 'secretNote', '邻居的病情');
    await type(el, 'title', '路灯不亮');
    const records = await until(
      () => rawRecords(db),
      (r) => r.length > 0,
    );
    expect(records[0]?.answers).to.deep.equal({ title: '路灯不亮' });
    const raw = JSON.stringify(records);
    for (const secret of ['211102199001011234', '邻居的病情', 'local:0', 'idNumber', 'secretNote', 'photos', 'privacy']) {
      expect(raw).to.not.include(secret);
    }
  });

  it('keeps drafts per user: another userKey does not see them', async () => {
    const db = newDb();
    const store = storeOn(db);
    const el = await mount(v1, { drafts: true, userKey: 'u1', draftStore: store });
    await type(el, 'title', '路灯不亮');
    await until(
      () => rawRecords(db),
      (r) => r.length > 0,
    );
    const { el: other, event } = await mountRestoring(v1, { drafts: true, userKey: 'u2', draftStore: store });
    expect(event).to.equal(undefined);
    expect(other.value).to.deep.equal({});
    expect(root(other).querySelector('.draft-notice')).to.equal(null);
  });

  it('does not restore an expired draft and deletes it', async () => {
    const db = newDb();
    // Saved 8 days ago; the definition sets no draftTtlDays, so it kept 7 days.
    const past = storeOn(db, () => Date.now() - 8 * DAY);
    await past.save({ formId: v1.id, version: 1, userKey: 'u1' }, { title: '旧的' }, v1);
    expect(await rawRecords(db)).to.have.length(1);
    const { el, event } = await mountRestoring(v1, { drafts: true, userKey: 'u1', draftStore: storeOn(db) });
    expect(event).to.equal(undefined);
    expect(el.value).to.deep.equal({});
    expect(
      await until(
        () => rawRecords(db),
        (r) => r.length === 0,
      ),
    ).to.deep.equal([]);
  });

  it('purges expired drafts of other forms and treats a past expiresAt as expired', async () => {
    const db = newDb();
    const store = storeOn(db);
    const saved = await store.save({ formId: v1.id, version: 1, userKey: 'u1' }, { title: '新的' }, v1);
    await putRaw(db, { ...(saved as DraftRecord), id: 'other|u1', formId: 'other', expiresAt: Date.now() - 1 });
    await putRaw(db, { ...(saved as DraftRecord), id: `${v1.id}|u2`, userKey: 'u2', expiresAt: Date.now() - 1 });
    expect(await store.load({ formId: v1.id, userKey: 'u2' })).to.equal(undefined);
    const { event } = await mountRestoring(v1, { drafts: true, userKey: 'u1', draftStore: store });
    expect(event).to.not.equal(undefined);
    const left = await until(
      () => rawRecords(db),
      (r) => r.length === 1,
    );
    expect(left.map((r) => r.id)).to.deep.equal([`${v1.id}|u1`]);
  });

  it('restores what still fits into a newer version and says what was dropped', async () => {
    const db = newDb();
    await storeOn(db).save({ formId: v1.id, version: 1, userKey: 'u1' }, { title: '路灯不亮', kind: 'light', oldNote: '备注' }, v1);
    const { el, event } = await mountRestoring(v2, { drafts: true, userKey: 'u1', draftStore: storeOn(db) });
    expect(event?.dropped).to.deep.equal(['kind', 'oldNote']);
    expect(el.value).to.deep.equal({ title: '路灯不亮' });
    // A label of the new definition where the key still exists, else the one the draft remembered.
    expect(noticeText(el)).to.include('表单已更新，以下内容未能恢复：类型、旧备注。');
  });

  it('shows the notice in the form language', async () => {
    const db = newDb();
    await storeOn(db).save({ formId: v1.id, version: 1, userKey: 'u1' }, { title: 'x', oldNote: 'y' }, v1);
    const { el } = await mountRestoring(v2, { drafts: true, userKey: 'u1', draftStore: storeOn(db), locale: 'en' });
    expect(noticeText(el)).to.match(
      /^Restored what you entered last time and did not submit \(saved .+\)\. The form has changed; these could not be restored: 旧备注\.$/,
    );
  });

  it('deletes the draft on a successful submit', async () => {
    const db = newDb();
    const el = await mount(v1, { drafts: true, userKey: 'u1', draftStore: storeOn(db) });
    await type(el, 'title', '路灯不亮');
    await until(
      () => rawRecords(db),
      (r) => r.length > 0,
    );
    let submitted = false;
    el.addEventListener('tx-submit', () => {
      submitted = true;
    });
    root(el).querySelector<HTMLButtonElement>('button[type="submit"]')?.click();
    await el.updateComplete;
    expect(submitted).to.equal(true);
    expect(
      await until(
        () => rawRecords(db),
        (r) => r.length === 0,
      ),
    ).to.deep.equal([]);
    // A pending autosave is cancelled by the submit too.
    await type(el, 'title', '再改一次');
    root(el).querySelector<HTMLButtonElement>('button[type="submit"]')?.click();
    await sleep(1100);
    expect(await rawRecords(db)).to.deep.equal([]);
  });

  it('deletes the draft and hides the notice on reset()', async () => {
    const db = newDb();
    await storeOn(db).save({ formId: v1.id, version: 1, userKey: 'u1' }, { title: '路灯不亮' }, v1);
    const { el } = await mountRestoring(v1, { drafts: true, userKey: 'u1', draftStore: storeOn(db) });
    expect(noticeText(el)).to.not.equal('');
    el.reset();
    await el.updateComplete;
    expect(noticeText(el)).to.equal('');
    expect(el.value).to.deep.equal({});
    expect(
      await until(
        () => rawRecords(db),
        (r) => r.length === 0,
      ),
    ).to.deep.equal([]);
  });

  it('uses the default IndexedDB store when none is given', async () => {
    const el = await mount({ ...v1, id: `default-store-${Date.now()}` }, { drafts: true, userKey: 'u1' });
    await type(el, 'title', '默认');
    const records = await until(
      () => rawRecords('tongxin-drafts'),
      (r) => r.some((x) => x.formId === el.definition?.id),
    );
    expect(records.find((x) => x.formId === el.definition?.id)?.answers).to.deep.equal({ title: '默认' });
    el.reset();
    await until(
      () => rawRecords('tongxin-drafts'),
      (r) => !r.some((x) => x.formId === el.definition?.id),
    );
  });
});
