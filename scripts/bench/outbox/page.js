// Runs in headless Chromium: our outbox, Workbox's background-sync Queue and plain fetch, one after
// the other against the same local server. Bundled by outbox.bench.mjs.
import { createClient } from '@tongxin/core/client';
import { createOutbox } from '@tongxin/core/outbox';
import { createOpinion } from '@tongxin/core/routes';
import { Queue } from 'workbox-background-sync';

// Workbox's Queue is written for a service worker; without `registration.sync` it takes its fallback
// path (replay on demand), which lets it run in the page beside ours.
self.registration ??= {};

const url = `${location.origin}/v1/211100/opinions`;
const body = (i) => ({
  title: `bench-${i}`,
  situation: '兴隆台区某村村口三盏路灯已坏两个月，夜间出行不便，请有关部门尽快维修。'.repeat(9),
  publish: { consent: true },
  reporter: { anonymous: true },
});
const time = async (fn) => {
  const start = performance.now();
  await fn();
  return performance.now() - start;
};

window.bench = {
  async plain(n) {
    const deliver = await time(async () => {
      for (let i = 0; i < n; i++) {
        const response = await fetch(url, {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'idempotency-key': crypto.randomUUID() },
          body: JSON.stringify(body(i)),
        });
        await response.json();
      }
    });
    return { enqueue: 0, deliver };
  },
  async ours(n, run) {
    const client = createClient({ baseUrl: location.origin, tenant: '211100', routes: { createOpinion }, retry: false });
    const outbox = createOutbox({
      client,
      userKey: 'bench',
      dbName: `bench-${run}`,
      retry: { baseDelayMs: 5, maxDelayMs: 50, minDelayMs: 1 },
      testing: { autoFlush: false },
    });
    const enqueue = await time(async () => {
      for (let i = 0; i < n; i++) await outbox.enqueue('createOpinion', { body: body(i) });
    });
    let rounds = 0;
    const deliver = await time(async () => {
      while ((await outbox.list()).length > 0 && rounds++ < 200) {
        await outbox.flush();
        const waiting = (await outbox.list()).filter((i) => i.state === 'retrying');
        if (waiting.length)
          await new Promise((r) => setTimeout(r, Math.max(0, Math.min(...waiting.map((i) => i.nextAttemptAt)) - Date.now())));
      }
    });
    const left = (await outbox.list()).length;
    outbox.close();
    return { enqueue, deliver, left };
  },
  async workbox(n, run) {
    const queue = new Queue(`bench-${run}`, { forceSyncFallback: true });
    const enqueue = await time(async () => {
      for (let i = 0; i < n; i++) {
        await queue.pushRequest({
          request: new Request(url, {
            method: 'POST',
            headers: { 'content-type': 'application/json', 'idempotency-key': crypto.randomUUID() },
            body: JSON.stringify(body(i)),
          }),
        });
      }
    });
    let error;
    const deliver = await time(async () => {
      try {
        await queue.replayRequests();
      } catch (e) {
        error = String(e);
      }
    });
    const left = (await queue.getAll()).length;
    return { enqueue, deliver, left, error };
  },
};
