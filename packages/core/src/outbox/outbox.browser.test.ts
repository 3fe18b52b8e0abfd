// The outbox in a real browser against one shared fault-injecting server (test/fault-server.mjs):
// nothing lost, nothing sent twice — across tabs (iframes of one origin), reloads, crashes between
// the answer and the delete, 401s, 422s, quota errors, schema upgrades and users sharing a device.
import { expect } from '@esm-bundle/chai';
import { createClient } from '../client/client.js';
import { isTongxinError } from '../client/errors.js';
import * as fixtures from '../contract/contract.fixtures.js';
import { routes } from '../contract/routes/index.js';
import { uuid } from '../internal/uuid.js';
import { type Clock, createOutbox, type Outbox, type OutboxEvent } from './outbox.js';
import { openIndexedDbStore } from './store.js';

type Applied = { kind: string; key: string; marker: string; task?: string; payload: Record<string, unknown>; auth: string | null };
type ServerState = {
  requests: number;
  replays: number;
  conflicts: number;
  failed: number;
  applied: Applied[];
  attachments: { id: string; sha256: string; size: number }[];
};
type Tab = { outbox: Outbox<typeof routes>; setToken(t: string): void; enqueueOpinions(prefix: string, count: number): Promise<void> };

const server = {
  reset: () => fetch('/__ft/reset', { method: 'POST' }),
  config: (c: object) => fetch('/__ft/config', { method: 'POST', body: JSON.stringify(c) }),
  state: async (): Promise<ServerState> => (await fetch('/__ft/state')).json(),
};
const responses = {
  opinion: fixtures.opinionReceipt,

  task: fixtures.task,
  attachment: fixtures.attachment,
};

async function waitFor<T>(probe: () => T | Promise<T>, what: string, timeoutMs = 60_000): Promise<NonNullable<T>> {
  const until = performance.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value) return value as NonNullable<T>;
    if (performance.now() > until) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}

const frames: HTMLIFrameElement[] = [];
async function openTab(params: Record<string, string>): Promise<{ frame: HTMLIFrameElement; tab: Tab }> {
  const frame = document.createElement('iframe');
  frame.src = `/test/outbox-tab.html?${new URLSearchParams(params)}`;
  document.body.append(frame);
  frames.push(frame);
  const tab = await waitFor(() => (frame.contentWindow as unknown as { tab?: Tab } | null)?.tab, 'the tab to load');
  return { frame, tab };
}

const opinion = (marker: string) => ({
  title: marker,
  situation: '村口路灯已坏两个月，夜间出行不便。',
  publish: { consent: true },
  reporter: { anonymous: false, name: '张三丰', phone: '13912345678' },
});

let db: string;
const outboxes: Outbox<typeof routes>[] = [];
function makeOutbox(extra: Partial<Parameters<typeof createOutbox<typeof routes>>[0]> = {}, token = () => 'token-1') {
  const client = createClient({
    baseUrl: `${location.origin}/ft`,
    tenant: '211100',
    routes,
    getToken: token,
    retry: false,
    timeoutMs: 5000,
  });
  const outbox = createOutbox({
    client,
    userKey: 'u1',
    dbName: db,
    retry: { baseDelayMs: 20, maxDelayMs: 200, minDelayMs: 10 },
    pollMs: 300,
    ...extra,
  });
  outboxes.push(outbox);
  return outbox;
}

beforeEach(async () => {
  db = `tx-test-${uuid()}`;
  await server.reset();
  await server.config({ responses });
});
afterEach(async () => {
  for (const outbox of outboxes.splice(0)) outbox.close();
  for (const frame of frames.splice(0)) frame.remove();
  // Leave no test database behind (test 11 dumps every database of the origin).
  await new Promise((resolve) => {
    const request = indexedDB.deleteDatabase(db);
    request.onsuccess = request.onerror = request.onblocked = resolve;
  });
});

describe('outbox: delivery', () => {
  it('1. delivers 1,000 items queued offline in 3 tabs exactly once, through 30% failures and a reload mid-flush', async function () {
    this.timeout(240_000);
    const started = performance.now();
    await server.config({ offline: true });
    const tabs = await Promise.all([0, 1, 2].map(() => openTab({ db })));
    await Promise.all(tabs.map(({ tab }, i) => tab.enqueueOpinions(`t${i}`, i === 2 ? 334 : 333)));
    const queued = (await Promise.all(tabs.map(({ tab }) => tab.outbox.list()))).map((l) => l.length);
    expect(queued, 'every tab sees the whole queue').to.deep.equal([1000, 1000, 1000]);

    await server.config({ offline: false, failRate: 0.3, seed: 7 });
    for (const { tab } of tabs) void tab.outbox.flush();
    await waitFor(async () => (await server.state()).applied.length >= 300, '300 deliveries');
    tabs[1]!.frame.contentWindow!.location.reload(); // a reload mid-flush
    await waitFor(async () => (await tabs[0]!.tab.outbox.list()).length === 0, 'the queue to drain', 120_000);

    const state = await server.state();
    const markers = state.applied.map((a) => a.marker);
    expect(new Set(markers).size, 'distinct records').to.equal(1000);
    expect(markers.length, 'no record twice').to.equal(1000);
    expect(state.failed, 'the server really failed some').to.be.greaterThan(100);
    console.log(
      `1,000 items across 3 tabs: ${Math.round(performance.now() - started)} ms, ${state.requests} requests, ${state.failed} failed`,
    );
  });

  it('stays exactly-once without Web Locks: 3 tabs flushing the same queue at once', async function () {
    this.timeout(120_000);
    await server.config({ offline: true });
    const tabs = await Promise.all([0, 1, 2].map(() => openTab({ db, nolocks: '1' })));
    await Promise.all(tabs.map(({ tab }, i) => tab.enqueueOpinions(`nolock${i}`, 100)));
    await server.config({ offline: false, delayMs: 5 });
    await Promise.all(tabs.map(({ tab }) => tab.outbox.flush()));
    await waitFor(async () => (await tabs[0]!.tab.outbox.list()).length === 0, 'the queue to drain', 100_000);
    const state = await server.state();
    const markers = state.applied.map((a) => a.marker);
    expect(markers).to.have.length(300);
    expect(new Set(markers).size).to.equal(300);
    expect(state.replays + state.conflicts, 'the tabs really sent the same items concurrently').to.be.greaterThan(0);
  });

  it("keeps every tab's view current: another tab's new item and its delivery show up here", async () => {
    await server.config({ offline: true });
    const [a, b] = await Promise.all([openTab({ db }), openTab({ db })]);
    const seen: string[][] = [];
    a.tab.outbox.subscribe((e) => {
      if (e.type === 'change') seen.push(e.items.map((i) => `${(i.input.body as { title: string }).title}:${i.state}`));
    });
    await b.tab.enqueueOpinions('elsewhere', 1);
    await waitFor(
      () => seen.some((items) => items.includes('elsewhere-0:queued') || items.includes('elsewhere-0:retrying')),
      'the item in tab A',
    );
    await server.config({ offline: false });
    await b.tab.outbox.flush({ force: true });
    await waitFor(() => seen.at(-1)?.length === 0, 'tab A to see the queue empty');
  });

  it('tells the outbox that queued an item of its answer or refusal when another one on the page delivered it', async () => {
    // Two widgets on one page (the opinion box and <tx-outbox>) each have an outbox; either may deliver.
    const queuing = makeOutbox({ testing: { autoFlush: false } });
    const heard: OutboxEvent[] = [];
    queuing.subscribe((e) => {
      if (e.type === 'sent' || e.type === 'rejected') heard.push(e);
    });
    const good = await queuing.enqueue('createOpinion', { body: opinion('good') });
    const bad = await queuing.enqueue('createOpinion', { body: opinion('REJECT') });
    const delivering = makeOutbox();
    await waitFor(() => heard.length === 2, 'both outcomes to be heard where they were queued');
    const sent = heard.find((e) => e.type === 'sent');
    const rejected = heard.find((e) => e.type === 'rejected');
    expect(sent?.item.localId).to.equal(good.localId);
    expect((sent as { result: { trackingCode?: string } }).result.trackingCode).to.equal(fixtures.opinionReceipt.trackingCode);
    expect(rejected?.item.localId).to.equal(bad.localId);
    expect(rejected?.item.problem?.status).to.equal(422);
    expect(await delivering.list()).to.have.length(1);
    // Asked after the answer came, the outcome is still known.
    expect(((await queuing.whenSent(good.localId)) as { trackingCode: string }).trackingCode).to.equal(
      fixtures.opinionReceipt.trackingCode,
    );
    const late = await queuing.whenSent(bad.localId).catch((e: { problem: { code: string } }) => e.problem.code);
    expect(late).to.equal('validation_failed');
  });

  it('answers whenSent asked only after delivery, and hears another tab’s answers as list changes only', async () => {
    const outbox = makeOutbox();
    const item = await outbox.enqueue('createOpinion', { body: opinion('late-ask') });
    await waitFor(async () => (await outbox.list()).length === 0, 'the delivery');
    expect(((await outbox.whenSent(item.localId)) as { trackingCode: string }).trackingCode).to.equal(fixtures.opinionReceipt.trackingCode);
    // A tab (another page) delivers: this page's outbox sees its list change, not a 'sent' of its own.
    const heard: string[] = [];
    outbox.subscribe((e) => heard.push(e.type));
    const tab = await openTab({ db, user: 'u1' });
    await tab.tab.enqueueOpinions('elsewhere', 1);
    await waitFor(() => heard.includes('change'), 'the other tab’s changes');
    await waitFor(async () => (await tab.tab.outbox.list()).length === 0, 'the other tab’s delivery');
    await new Promise((r) => setTimeout(r, 300));
    expect(heard.filter((t) => t === 'sent' || t === 'rejected')).to.deep.equal([]);
  });

  it('2. a commit whose answer is lost is retried with the same key and answered by the replay', async () => {
    await server.config({ dropAfterCommitFirst: true });
    const outbox = makeOutbox();
    for (let i = 0; i < 20; i++) await outbox.enqueue('createOpinion', { body: opinion(`drop-${i}`) });
    await waitFor(async () => (await outbox.list()).length === 0, 'the queue to drain');
    const state = await server.state();
    expect(state.applied).to.have.length(20);
    expect(state.replays, 'each second attempt was a replay').to.equal(20);
  });

  it('3. a page closed between the answer and the delete: the next page resends, the replay clears it', async () => {
    const hung = new Promise((resolve) => window.addEventListener('message', (e) => e.data?.hung === db && resolve(true)));
    const first = await openTab({ db, hang: '1' });
    await first.tab.enqueueOpinions('closed', 1);
    await hung;
    first.frame.remove(); // the page is gone before its IndexedDB delete
    expect((await server.state()).applied).to.have.length(1);

    const second = await openTab({ db });
    await waitFor(async () => (await second.tab.outbox.list()).length === 0, 'the item to clear');
    const state = await server.state();
    expect(state.applied, 'one record').to.have.length(1);
    expect(state.replays, 'the resend was answered by the replay').to.equal(1);
  });

  it('4. a rejected item (422) shows its reason while the items behind it are delivered', async () => {
    const outbox = makeOutbox();
    const events: OutboxEvent[] = [];
    outbox.subscribe((e) => events.push(e));
    const bad = await outbox.enqueue('createOpinion', { body: opinion('REJECT') });
    const badOutcome = outbox.whenSent(bad.localId).catch((e: { problem: { code: string } }) => e.problem.code);
    for (let i = 0; i < 5; i++) await outbox.enqueue('createOpinion', { body: opinion(`after-${i}`) });
    await waitFor(async () => (await server.state()).applied.length === 5, 'the good items');
    const items = await waitFor(async () => {
      const list = await outbox.list();
      return list.length === 1 && list[0]!.state === 'rejected' ? list : undefined;
    }, 'the rejected item');
    expect(items[0]!.problem?.code).to.equal('validation_failed');
    expect(items[0]!.problem?.issues?.[0]?.message).to.equal('内容不正确，请检查');
    expect(await badOutcome).to.equal('validation_failed');
    expect(events.some((e) => e.type === 'rejected')).to.equal(true);

    // The user corrects it: a new key, delivered once.
    await outbox.edit(bad.localId, { body: opinion('corrected') });
    await waitFor(async () => (await outbox.list()).length === 0, 'the corrected item');
    expect((await server.state()).applied.map((a) => a.marker)).to.include('corrected');
  });

  it('5. a 401 pauses the queue; a new token resumes it; nothing is lost', async () => {
    await server.config({ token: 'fresh' });
    let token = 'stale';
    const outbox = makeOutbox({}, () => token);
    const paused = new Promise((resolve) => outbox.subscribe((e) => e.type === 'paused' && resolve(true)));
    for (let i = 0; i < 3; i++) await outbox.enqueue('createOpinion', { body: opinion(`auth-${i}`) });
    await paused;
    await outbox.flush();
    const list = await outbox.list();
    expect(list).to.have.length(3);
    expect(list.map((i) => i.state)).to.include('paused');
    expect((await server.state()).applied).to.have.length(0);

    token = 'fresh';
    outbox.resume();
    await waitFor(async () => (await outbox.list()).length === 0, 'delivery after resume');
    const applied = (await server.state()).applied;
    expect(applied.map((a) => a.marker).sort()).to.deep.equal(['auth-0', 'auth-1', 'auth-2']);
    expect(applied.every((a) => a.auth === 'Bearer fresh')).to.equal(true);
  });

  it('7. an item added during a flush is delivered once', async () => {
    await server.config({ delayMs: 40 });
    const outbox = makeOutbox();
    for (let i = 0; i < 8; i++) await outbox.enqueue('createOpinion', { body: opinion(`before-${i}`) });
    await waitFor(async () => (await server.state()).requests > 0, 'the flush to start');
    await outbox.enqueue('createOpinion', { body: opinion('during') });
    await waitFor(async () => (await outbox.list()).length === 0, 'everything to drain');
    const markers = (await server.state()).applied.map((a) => a.marker);
    expect(markers.filter((m) => m === 'during')).to.have.length(1);
    expect(markers).to.have.length(9);
  });

  it('keeps the order of updates to one task through failures, while other tasks move on', async () => {
    await server.config({ failRate: 0.3, seed: 3 });
    const outbox = makeOutbox();
    for (let i = 1; i <= 20; i++) {
      await outbox.enqueue('postTaskUpdate', { params: { id: 't_1' }, body: { text: `t1-${i}` } }, { entity: 'task:t_1' });
      await outbox.enqueue('postTaskUpdate', { params: { id: 't_2' }, body: { text: `t2-${i}` } }, { entity: 'task:t_2' });
    }
    await waitFor(async () => (await outbox.list()).length === 0, 'the queue to drain');
    const applied = (await server.state()).applied;
    for (const task of ['t_1', 't_2']) {
      const order = applied.filter((a) => a.task === task).map((a) => Number(a.marker.split('-')[1]));
      expect(order, task).to.deep.equal(Array.from({ length: 20 }, (_, i) => i + 1));
    }
  });

  it('leaves items of routes its client lacks to the widget that has them, and delivers its own', async () => {
    const full = makeOutbox({ testing: { autoFlush: false } });
    await full.enqueue('postTaskUpdate', { params: { id: 't_1' }, body: { text: 'task-1' } }, { entity: 'task:t_1' });
    await full.enqueue('createOpinion', { body: opinion('op-1') });
    full.close();
    const client = createClient({
      baseUrl: `${location.origin}/ft`,
      tenant: '211100',
      routes: { createOpinion: routes.createOpinion },
      retry: false,
    });
    const narrow = createOutbox({ client, userKey: 'u1', dbName: db, pollMs: 300 });
    outboxes.push(narrow);
    await waitFor(async () => (await narrow.list()).length === 1, 'the opinion to be delivered');
    const [left] = await narrow.list();
    expect(left?.route).to.equal('postTaskUpdate');
    expect(left?.state).to.equal('queued');
    expect((await server.state()).applied.map((a) => a.marker)).to.deep.equal(['op-1']);
    const wide = makeOutbox();
    await waitFor(async () => (await wide.list()).length === 0, 'the task update to be delivered');
    expect((await server.state()).applied.map((a) => a.marker)).to.deep.equal(['op-1', 'task-1']);
  });

  it('stops delivering once closed, mid-pass, without errors; the rest waits for the next outbox', async () => {
    await server.config({ delayMs: 150 });
    const errors: string[] = [];
    const onError = (e: ErrorEvent | PromiseRejectionEvent) => errors.push(String('reason' in e ? e.reason : e.message));
    window.addEventListener('error', onError);
    window.addEventListener('unhandledrejection', onError);
    try {
      const first = makeOutbox({ concurrency: 1 });
      for (let i = 0; i < 10; i++) await first.enqueue('createOpinion', { body: opinion(`closing-${i}`) });
      await waitFor(async () => (await server.state()).applied.length >= 1, 'the first delivery');
      first.close();
      await new Promise((r) => setTimeout(r, 800));
      const applied = (await server.state()).applied.length;
      expect(applied).to.be.below(10);
      expect(errors).to.deep.equal([]);
      const next = makeOutbox();
      await waitFor(async () => (await next.list()).length === 0, 'the rest to be delivered');
      expect((await server.state()).applied.map((a) => a.marker).sort()).to.deep.equal(
        Array.from({ length: 10 }, (_, i) => `closing-${i}`).sort(),
      );
    } finally {
      window.removeEventListener('error', onError);
      window.removeEventListener('unhandledrejection', onError);
    }
  });

  it('8. a 5 MB photo queued offline arrives byte-identical and is linked to its submission', async () => {
    await server.config({ offline: true });
    const outbox = makeOutbox();
    const bytes = crypto.getRandomValues(new Uint8Array(5 * 1024 * 1024 - 17).subarray(0, 65536)); // fill a part randomly…
    const photo = new Uint8Array(5 * 1024 * 1024);
    for (let i = 0; i < photo.length; i += bytes.length) photo.set(bytes.subarray(0, Math.min(bytes.length, photo.length - i)), i);
    photo[photo.length - 1] = 0x7f; // …and make the end distinct
    const file = new File([photo], '村口路灯.jpg', { type: 'image/jpeg' });
    const item = await outbox.enqueue('createOpinion', { body: opinion('with-photo') }, { attachments: [file] });
    expect(item.attachments).to.deep.equal([{ name: '村口路灯.jpg', type: 'image/jpeg', size: photo.length, uploaded: false }]);

    await server.config({ offline: false });
    await outbox.flush();
    await waitFor(async () => (await outbox.list()).length === 0, 'delivery');
    const state = await server.state();
    const digest = Array.from(new Uint8Array(await crypto.subtle.digest('SHA-256', photo)), (b) => b.toString(16).padStart(2, '0')).join(
      '',
    );
    expect(state.attachments).to.have.length(1);
    expect(state.attachments[0]!.sha256).to.equal(digest);
    expect(state.applied[0]!.payload.attachmentIds).to.deep.equal([state.attachments[0]!.id]);
  });

  it('refuses an attachment too large to keep offline, saying which and how large', async () => {
    const outbox = makeOutbox({ maxAttachmentBytes: 1000 });
    const error = await outbox
      .enqueue(
        'createOpinion',
        { body: opinion('big') },
        { attachments: [new File([new Uint8Array(1001)], '大.png', { type: 'image/png' })] },
      )
      .catch((e: unknown) => e);
    expect((error as Error).name).to.equal('AttachmentTooLargeError');
    expect((error as Error).message).to.contain('大.png');
    expect(await outbox.list()).to.have.length(0);
  });

  it('refuses invalid input before storing anything, and routes that cannot be retried safely', async () => {
    const outbox = makeOutbox({ testing: { autoFlush: false } });
    const invalid = await outbox.enqueue('createOpinion', { body: { ...opinion(''), title: '' } }).catch((e: unknown) => e);
    expect((invalid as Error).name).to.equal('ValidationError');
    const unsafe = await outbox.enqueue('updateTask' as 'createOpinion', { body: opinion('x') }).catch((e: unknown) => e);
    expect((unsafe as Error).message).to.contain('only routes that take an Idempotency-Key');
    expect(await outbox.list()).to.have.length(0);
  });

  it('keeps what the caller asked of the answer (tracking code) after delivery, and nothing else', async () => {
    const outbox = makeOutbox();
    const item = await outbox.enqueue(
      'createOpinion',
      { body: opinion('receipt') },
      { keep: ['trackingCode', 'queryPassword'], label: '路灯' },
    );
    const result = (await outbox.whenSent(item.localId)) as { trackingCode: string };
    expect(result.trackingCode).to.equal('7K3M-9QX2-BD4H');
    const receipts = await outbox.receipts();
    expect(receipts.map((r) => r.fields)).to.deep.equal([{ trackingCode: '7K3M-9QX2-BD4H', queryPassword: '48213957' }]);
    expect(receipts[0]!.label).to.equal('路灯');
  });
});

describe('outbox: retries and time', () => {
  function fakeClock(start = 1_700_000_000_000): Clock & { advance(ms: number): void; t: number } {
    return {
      t: start,
      now() {
        return this.t;
      },
      setTimeout: () => 0,
      clearTimeout: () => {},
      advance(ms: number) {
        this.t += ms;
      },
    };
  }

  it('6. honours Retry-After, then backs off exponentially with full jitter (fake clock)', async () => {
    const clock = fakeClock();
    await server.config({ failFirst: 1, failStatus: 503, retryAfter: 120 });
    let r = 0.5;
    const outbox = makeOutbox({
      testing: { clock, random: () => r, autoFlush: false },
      retry: { baseDelayMs: 1000, maxDelayMs: 60_000, minDelayMs: 500 },
    });
    const item = await outbox.enqueue('createOpinion', { body: opinion('backoff') });
    await outbox.flush();
    let [current] = await outbox.list();
    expect(current!.state).to.equal('retrying');
    expect(current!.nextAttemptAt! - clock.now(), 'Retry-After: 120').to.equal(120_000);

    await outbox.flush(); // not due yet: nothing is sent
    expect((await server.state()).requests).to.equal(1);

    await server.config({ failRate: 1, failStatus: 500, retryAfter: null });
    const delays: number[] = [];
    for (let i = 0; i < 8; i++) {
      clock.advance(current!.nextAttemptAt! - clock.now());
      await outbox.flush();
      [current] = await outbox.list();
      delays.push(current!.nextAttemptAt! - clock.now());
    }
    // Attempts 1…8 with random 0.5: half of min(60 s, 1 s·2^n), never below 500 ms.
    expect(delays).to.deep.equal([1000, 2000, 4000, 8000, 16000, 30000, 30000, 30000]);

    // Jitter: the same attempt with other random draws waits different times within the window.
    const jittered = new Set<number>();
    for (const draw of [0.1, 0.35, 0.8, 0.99]) {
      r = draw;
      clock.advance(current!.nextAttemptAt! - clock.now());
      await outbox.flush();
      [current] = await outbox.list();
      const delay = current!.nextAttemptAt! - clock.now();
      expect(delay).to.be.within(500, 60_000);
      jittered.add(delay);
    }
    expect(jittered.size).to.equal(4);
    expect(current!.localId).to.equal(item.localId);
    expect(current!.attempts).to.equal(13);
  });

  it('sends items waiting out a long backoff as soon as the network comes back', async () => {
    await server.config({ offline: true });
    const outbox = makeOutbox({ retry: { baseDelayMs: 60_000, minDelayMs: 60_000, maxDelayMs: 300_000 } });
    await outbox.enqueue('createOpinion', { body: opinion('back-online') });
    const [waiting] = await waitFor(async () => {
      const list = await outbox.list();
      return list[0]?.state === 'retrying' ? list : undefined;
    }, 'the first attempt to fail');
    expect(waiting!.nextAttemptAt! - Date.now()).to.be.greaterThan(50_000);
    await server.config({ offline: false });
    const started = performance.now();
    window.dispatchEvent(new Event('online'));
    await waitFor(async () => (await outbox.list()).length === 0, 'delivery after the online event', 5000);
    expect(performance.now() - started).to.be.below(2000);
  });

  it('reports an item past its age as expired and keeps it until the user acts', async () => {
    const clock = fakeClock();
    await server.config({ offline: true });
    const outbox = makeOutbox({ maxAgeMs: 7 * 86_400_000, testing: { clock, autoFlush: false } });
    const expired: OutboxEvent[] = [];
    outbox.subscribe((e) => e.type === 'expired' && expired.push(e));
    const item = await outbox.enqueue('createOpinion', { body: opinion('old') });
    clock.advance(8 * 86_400_000);
    await outbox.flush();
    expect(expired).to.have.length(1);
    expect((await outbox.list()).map((i) => i.state)).to.deep.equal(['expired']);

    await server.config({ offline: false });
    await outbox.retry(item.localId);
    await waitFor(async () => (await outbox.list()).length === 0, 'delivery after retry');
    expect((await server.state()).applied).to.have.length(1);
  });
});

describe('outbox: storage', () => {
  it('9. quota exceeded: a typed error, nothing half-written, earlier items intact and delivered', async () => {
    await server.config({ offline: true });
    const outbox = makeOutbox();
    await outbox.enqueue('createOpinion', { body: opinion('early-1') });
    await outbox.enqueue('createOpinion', { body: opinion('early-2') });
    const put = IDBObjectStore.prototype.put;
    IDBObjectStore.prototype.put = function (this: IDBObjectStore, value: unknown, key?: IDBValidKey) {
      if ((value as { label?: string })?.label === 'FULL') throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      return put.call(this, value, key);
    };
    try {
      const error = await outbox.enqueue('createOpinion', { body: opinion('full') }, { label: 'FULL' }).catch((e: unknown) => e);
      expect((error as Error).name).to.equal('StorageQuotaError');
      expect(isTongxinError(error)).to.equal(true);
    } finally {
      IDBObjectStore.prototype.put = put;
    }
    expect((await outbox.list()).map((i) => (i.input.body as { title: string }).title)).to.deep.equal(['early-1', 'early-2']);
    await server.config({ offline: false });
    await outbox.flush();
    await waitFor(async () => (await outbox.list()).length === 0, 'delivery');
    expect((await server.state()).applied.map((a) => a.marker).sort()).to.deep.equal(['early-1', 'early-2']);
  });

  it('10. a schema upgrade blocked by an old page settles within 5 s and keeps the items', async () => {
    await server.config({ offline: true });
    const old = await openTab({ db });
    await old.tab.enqueueOpinions('kept', 3);
    const started = performance.now();
    const upgraded = await openIndexedDbStore({
      name: db,
      version: 2,
      migrations: { 2: (_db, tx) => void (tx.objectStore('items') as unknown as IDBObjectStore).createIndex('state', 'state') },
    });
    expect(performance.now() - started).to.be.below(5000);
    expect((await upgraded.list('211100|anonymous')).map((i) => (i.input.body as { title: string }).title)).to.deep.equal([
      'kept-0',
      'kept-1',
      'kept-2',
    ]);
    upgraded.close();
  });

  it('asks for persistent storage when first used, and warns when the browser says no (or cannot be asked)', async () => {
    // WebKitGTK's MiniBrowser has no StorageManager at all: then the warning comes without asking.
    const storage = navigator.storage as StorageManager | undefined;
    const saved = storage && { persist: storage.persist, persisted: storage.persisted };
    let asked = false;
    if (storage) {
      Object.assign(storage, {
        persist: async () => {
          asked = true;
          return false;
        },
        persisted: async () => false,
      });
    }
    try {
      const outbox = makeOutbox({ testing: { autoFlush: false } });
      const denied = new Promise((resolve) => outbox.subscribe((e) => e.type === 'persistence-denied' && resolve(true)));
      await outbox.enqueue('createOpinion', { body: opinion('persist') });
      expect(await denied).to.equal(true);
      expect(asked).to.equal(Boolean(storage));
    } finally {
      if (storage && saved) Object.assign(storage, saved);
    }
  });

  it('falls back to memory, and says so, where IndexedDB cannot be opened', async () => {
    const open = IDBFactory.prototype.open;
    IDBFactory.prototype.open = () => {
      throw new DOMException('A mutation operation was attempted on a database that did not allow mutations.', 'InvalidStateError');
    };
    const events: OutboxEvent[] = [];
    let outbox: Outbox<typeof routes>;
    try {
      outbox = makeOutbox({ testing: { autoFlush: false } });
      outbox.subscribe((e) => events.push(e));
      await outbox.enqueue('createOpinion', { body: opinion('memory') });
    } finally {
      IDBFactory.prototype.open = open;
    }
    expect(outbox.persistence).to.equal('memory');
    expect(events.find((e) => e.type === 'storage')).to.deep.include({ type: 'storage', persistence: 'memory' });
    await outbox.flush();
    expect((await server.state()).applied.map((a) => a.marker)).to.deep.equal(['memory']);
  });
});

describe('outbox: privacy', () => {
  async function dump(): Promise<string> {
    const parts: unknown[] = [{ ...localStorage }, { ...sessionStorage }];
    for (const info of await indexedDB.databases()) {
      const database = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open(info.name!);
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      for (const name of Array.from(database.objectStoreNames)) {
        const all = await new Promise<unknown[]>((resolve) => {
          const request = database.transaction(name).objectStore(name).getAll();
          request.onsuccess = () => resolve(request.result);
        });
        parts.push(all.map((v) => JSON.stringify(v, (_k, x) => (x instanceof ArrayBuffer ? `[${x.byteLength} bytes]` : x))));
      }
      database.close();
    }
    return JSON.stringify(parts);
  }

  it('11. stores no token or header while queued, and no personal data once delivered', async function () {
    this.timeout(60_000);
    await server.config({ offline: true });
    const outbox = makeOutbox({}, () => 'secret-token-8c2f');
    for (let i = 0; i < 100; i++) await outbox.enqueue('createOpinion', { body: opinion(`private-${i}`) });
    const queued = await dump();
    expect(queued).to.contain('张三丰'); // the queue itself is there…
    expect(queued).not.to.contain('secret-token-8c2f');
    expect(queued.toLowerCase()).not.to.contain('authorization');
    expect(queued.toLowerCase()).not.to.contain('bearer');

    await server.config({ offline: false });
    await outbox.flush();
    await waitFor(async () => (await outbox.list()).length === 0, 'delivery');
    const delivered = await dump();
    expect(delivered).not.to.contain('张三丰');
    expect(delivered).not.to.contain('13912345678');
    expect((await server.state()).applied).to.have.length(100);
  });

  it("12. user B signed in on the same browser never sends user A's items", async () => {
    await server.config({ offline: true });
    const a = await openTab({ db, user: 'alice', token: 'ta' });
    await a.tab.enqueueOpinions('alice', 3);
    a.frame.remove();

    await server.config({ offline: false });
    const b = await openTab({ db, user: 'bob', token: 'tb' });
    await b.tab.enqueueOpinions('bob', 2);
    await waitFor(async () => (await server.state()).applied.length === 2, "bob's items");
    await b.tab.outbox.flush();
    expect(await b.tab.outbox.list()).to.have.length(0);
    const applied = (await server.state()).applied;
    expect(applied.map((x) => x.marker).sort()).to.deep.equal(['bob-0', 'bob-1']);
    expect(applied.every((x) => x.auth === 'Bearer tb')).to.equal(true);

    const again = await openTab({ db, user: 'alice', token: 'ta' });
    await waitFor(async () => (await server.state()).applied.length === 5, "alice's items once she is back");
    expect((await server.state()).applied.filter((x) => x.marker.startsWith('alice')).every((x) => x.auth === 'Bearer ta')).to.equal(true);
    expect(await again.tab.outbox.list()).to.have.length(0);
  });
});
