/**
 * The offline outbox: nothing lost, nothing sent twice.
 *
 * A submission is written to IndexedDB (strict durability) with its idempotency key before the caller
 * hears "saved", and removed only after the server acknowledged it — a 2xx, or the server's replay of
 * the stored response to the same key. Delivery is therefore at-least-once from here and exactly-once
 * with the server's deduplication. One tab flushes at a time (Web Locks), every tab sees the same
 * list (BroadcastChannel), items of one entity go in order, and a bad item never blocks the others.
 * Unlike Workbox's replay loop, nothing is deleted before the server answered.
 */
import { backoffDelay, checkInput, parseRetryAfter, type RouteInput, type TongxinClient } from '../client/client.js';
import { isHttpError, isNetworkError, isTimeoutError, isValidationError, type ValidationError } from '../client/errors.js';
import type { Locale } from '../contract/common.js';
import type { Problem } from '../contract/problem.js';
import type { RouteDef } from '../contract/routes/define.js';
import { uuid } from '../internal/uuid.js';
import { makeProblem } from '../messages.js';
import { AttachmentTooLargeError, OutboxUsageError } from './errors.js';
import { memoryStore, type OutboxStore, openIndexedDbStore, type Receipt, type StoredItem, type StoredState } from './store.js';

/** What a user can see of an item: stored states, plus `sending` (in any tab) and `sent` (in events). */
export type OutboxState = StoredState | 'sending' | 'sent';

/** An item as lists and events show it: no bytes, no keys. */
export interface OutboxItem {
  localId: string;
  route: string;
  label?: string;
  entity?: string;
  state: OutboxState;
  attempts: number;
  /** When the next attempt is due (`retrying`). */
  nextAttemptAt?: number;
  /** The server's reason (`rejected`), or the last error (`retrying`). */
  problem?: Problem;
  /** The queued input, for an edit form. */
  input: StoredItem['input'];
  attachments: { name: string; type: string; size: number; uploaded: boolean }[];
  createdAt: number;
  updatedAt: number;
}

/** Everything the outbox tells its listeners. */
export type OutboxEvent =
  | { type: 'change'; items: OutboxItem[] }
  | { type: 'sent'; item: OutboxItem; result: unknown }
  | { type: 'rejected'; item: OutboxItem }
  | { type: 'expired'; item: OutboxItem }
  | { type: 'paused'; item: OutboxItem }
  | { type: 'storage'; persistence: 'indexeddb' | 'memory'; reason?: string }
  | { type: 'persistence-denied' };

/** A file to send with a queued submission. */
export type OutboxFile = Blob | { name: string; type: string; data: ArrayBuffer | Blob };

/** Options of {@link Outbox.enqueue}. */
export interface EnqueueOptions {
  /** Items with the same entity key (e.g. `task:t_1`) are delivered in the order they were queued. */
  entity?: string;
  /** Files uploaded before the submission; their ids go into the body field `attachInto`. */
  attachments?: OutboxFile[];
  /** Body field for the uploaded files' ids (default `attachmentIds`). */
  attachInto?: string;
  /** Response fields to keep on this device after delivery, e.g. `['trackingCode', 'queryPassword']`. */
  keep?: string[];
  /** A short text for lists of pending items (e.g. the title). */
  label?: string;
}

/** The input of a queued call: the route's input without per-attempt options. */
export type QueueInput<R extends RouteDef> = Omit<RouteInput<R>, 'idempotencyKey' | 'signal' | 'timeoutMs' | 'retries'>;

/** A clock, replaceable in tests. */
export interface Clock {
  now(): number;
  setTimeout(fn: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

/** Options of {@link createOutbox}. */
export interface OutboxOptions<R extends Record<string, RouteDef>> {
  /** The typed client; queued calls name routes of its table. */
  client: TongxinClient<R>;
  /** The county; defaults to the client's. */
  tenant?: string;
  /** Who is signed in on this device (`anonymous` for citizens without an account). Items of other users are never sent. */
  userKey: string;
  /** Where to keep items: IndexedDB (default, with memory as fallback), memory, or a given store. */
  storage?: 'indexeddb' | 'memory' | OutboxStore | Promise<OutboxStore>;
  /** IndexedDB database name (default `tongxin-outbox`). */
  dbName?: string;
  /** Age after which an unsent item is reported `expired` (kept until the user acts). Default 7 days. */
  maxAgeMs?: number;
  /** Largest attachment kept offline, in bytes. Default 10 MB. */
  maxAttachmentBytes?: number;
  /** Backoff between attempts: full jitter in [0, min(max, base·2^n)), at least `minDelayMs`. */
  retry?: { baseDelayMs?: number; maxDelayMs?: number; minDelayMs?: number };
  /** Items sent at once (of different entities). Default 4. */
  concurrency?: number;
  /** How often to try again while items wait, even without an `online` event. Default 30 s. */
  pollMs?: number;
  /** Language of problems made on this side (validation). */
  locale?: Locale;
  /** @internal Tests: a fake clock and random source, and a hook between the answer and the delete. */
  testing?: { clock?: Clock; random?: () => number; beforeAck?: (item: StoredItem) => Promise<void> | void; autoFlush?: boolean };
}

/** The outbox API used by every widget. */
export interface Outbox<R extends Record<string, RouteDef>> {
  /**
   * Queues a call and resolves once it is stored durably (or rejects: invalid input, too large, no
   * storage space). Delivery starts at once when online.
   */
  enqueue<K extends keyof R & string>(route: K, input: QueueInput<R[K]>, options?: EnqueueOptions): Promise<OutboxItem>;
  /**
   * Sends what is due now; resolves when this pass is done. `force` also sends items that are
   * waiting out a backoff (the user pressed "send now", or the network just came back).
   */
  flush(options?: { force?: boolean }): Promise<void>;
  /** This user's pending, rejected and expired items, oldest first. */
  list(): Promise<OutboxItem[]>;
  /** What was kept of delivered items (`keep`). */
  receipts(): Promise<Receipt[]>;
  dismissReceipt(localId: string): Promise<void>;
  /** Tries a rejected, expired or waiting item again now. */
  retry(localId: string): Promise<void>;
  /** Deletes an item the user gives up on. */
  discard(localId: string): Promise<void>;
  /** Replaces a rejected (or waiting) item's input and queues it again with a new idempotency key. */
  edit<K extends keyof R & string>(localId: string, input: QueueInput<R[K]>): Promise<OutboxItem>;
  /** Continues after a 401 once the host can supply a token again. */
  resume(): void;
  subscribe(listener: (event: OutboxEvent) => void): () => void;
  /** Resolves with the server's result when the item is delivered (by any tab), rejects when it is rejected. */
  whenSent(localId: string): Promise<unknown>;
  /** Where items are kept; `memory` means they are lost when the page closes. */
  readonly persistence: 'pending' | 'indexeddb' | 'memory';
  close(): void;
}

type Message =
  | { type: 'changed'; scope: string }
  | { type: 'sending' | 'settled'; scope: string; localId: string }
  | { type: 'sent'; scope: string; localId: string; result: unknown; item: OutboxItem; page: string }
  | { type: 'rejected'; scope: string; localId: string; problem: Problem; item: OutboxItem; page: string };

const realClock: Clock = {
  now: () => Date.now(),
  setTimeout: (fn, ms) => setTimeout(fn, ms),
  clearTimeout: (h) => clearTimeout(h as number),
};
const DAY = 86_400_000;
let seq = 0;
/** This page (JavaScript realm): other outboxes on it hear of each other's answers as their own. */
const PAGE = Math.random().toString(36).slice(2);

/** Whether a failure may succeed later (and so is retried rather than shown as rejected). */
function retryable(status: number, code: string): boolean {
  return status === 408 || status === 425 || status === 429 || status >= 500 || (status === 409 && code === 'idempotency_in_progress');
}

const view = (item: StoredItem, state: OutboxState = item.state): OutboxItem => ({
  localId: item.localId,
  route: item.route,
  ...(item.label !== undefined && { label: item.label }),
  ...(item.entity !== undefined && { entity: item.entity }),
  state,
  attempts: item.attempts,
  ...(item.nextAttemptAt !== undefined && { nextAttemptAt: item.nextAttemptAt }),
  ...(item.problem !== undefined && { problem: item.problem }),
  input: item.input,
  attachments: item.attachments.map((a) => ({ name: a.name, type: a.type, size: a.size, uploaded: a.uploadedId !== undefined })),
  createdAt: item.createdAt,
  updatedAt: item.updatedAt,
});

/**
 * Creates the outbox for one user of one county.
 * @example
 * const outbox = createOutbox({ client, userKey: 'anonymous' });
 * const item = await outbox.enqueue('createOpinion', { body }, { keep: ['trackingCode', 'queryPassword'], label: body.title });
 * // "已保存在本机，联网后自动发送" — then:
 * const receipt = await outbox.whenSent(item.localId);
 */
export function createOutbox<R extends Record<string, RouteDef>>(options: OutboxOptions<R>): Outbox<R> {
  const { client, userKey, locale = 'zh-Hans', concurrency = 4, pollMs = 30_000 } = options;
  const tenant = options.tenant ?? client.tenant;
  const scope = `${tenant}|${userKey}`;
  const maxAgeMs = options.maxAgeMs ?? 7 * DAY;
  const maxAttachmentBytes = options.maxAttachmentBytes ?? 10 * 1024 * 1024;
  const { baseDelayMs = 1000, maxDelayMs = 300_000, minDelayMs = 500 } = options.retry ?? {};
  const clock = options.testing?.clock ?? realClock;
  const random = options.testing?.random ?? Math.random;
  const dbName = options.dbName ?? 'tongxin-outbox';
  const routes = client.routes as Record<string, RouteDef>;
  // Queued calls are checked when queued; here the route is only known by name.
  const sendAny = client.send as (route: RouteDef, input: object) => Promise<unknown>;

  const listeners = new Set<(event: OutboxEvent) => void>();
  const emit = (event: OutboxEvent) => {
    for (const listener of listeners) listener(event);
  };
  type Outcome = { result: unknown } | { problem: Problem };
  const waiters = new Map<string, { resolve: (v: unknown) => void; reject: (e: unknown) => void }[]>();
  // Outcomes of recent items, for a `whenSent` asked after the answer came (a fast server).
  const settled = new Map<string, Outcome>();
  const refusal = (problem: Problem) => Object.assign(new Error(problem.title), { problem });
  const settle = (localId: string, outcome: Outcome) => {
    settled.set(localId, outcome);
    if (settled.size > 500) settled.delete(settled.keys().next().value!);
    for (const waiter of waiters.get(localId) ?? []) {
      if ('result' in outcome) waiter.resolve(outcome.result);
      else waiter.reject(refusal(outcome.problem));
    }
    waiters.delete(localId);
  };

  const sendingHere = new Set<string>();
  const sendingElsewhere = new Set<string>();
  let persistence: Outbox<R>['persistence'] = 'pending';
  let paused = false;
  let closed = false;
  let persistAsked = false;

  // Storage: IndexedDB, or memory with a warning the widgets show.
  const storeReady: Promise<OutboxStore> = (async () => {
    const wanted = options.storage ?? 'indexeddb';
    if (wanted === 'memory') return memoryStore();
    if (wanted !== 'indexeddb') return wanted;
    try {
      return await openIndexedDbStore({ name: dbName });
    } catch (error) {
      emit({ type: 'storage', persistence: 'memory', reason: (error as { reason?: string }).reason ?? (error as Error).name });
      return memoryStore();
    }
  })().then((store) => {
    persistence = store.kind;
    return store;
  });

  // Other tabs: their sends and changes keep this tab's view current.
  const channel = typeof BroadcastChannel === 'function' ? new BroadcastChannel(`tongxin-outbox:${dbName}`) : undefined;
  // After close() the channel is closed: posting would throw (InvalidStateError) from a late delivery.
  const post = (message: Message) => {
    if (!closed) channel?.postMessage(message);
  };
  if (channel) {
    channel.onmessage = (event: MessageEvent<unknown>) => {
      const m = event.data as Partial<Message> | null;
      // Only well-formed messages about this user's items; anything else is dropped.
      if (!m || typeof m !== 'object' || m.scope !== scope || typeof m.type !== 'string') return;
      if ('localId' in m && typeof m.localId !== 'string') return;
      if (m.type === 'sending') sendingElsewhere.add(m.localId!);
      if (m.type === 'settled' || m.type === 'sent' || m.type === 'rejected') sendingElsewhere.delete(m.localId!);
      if (m.type === 'sent') settle(m.localId!, { result: m.result });
      if (m.type === 'rejected' && m.problem) settle(m.localId!, { problem: m.problem });
      // Another widget's outbox on this page delivered an item this one may have queued: its
      // listeners hear of it as if it were sent here. (Other tabs' answers update lists only:
      // a refusal is announced where the change was made.)
      const samePage = 'page' in m && m.page === PAGE;
      const item = samePage && typeof m.item === 'object' && m.item?.localId === m.localId ? m.item : undefined;
      if (item && m.type === 'sent') emit({ type: 'sent', item, result: m.result });
      if (item && m.type === 'rejected') emit({ type: 'rejected', item });
      void notify();
      if (m.type === 'changed') schedule(0);
    };
  }

  async function items(): Promise<StoredItem[]> {
    return (await storeReady).list(scope);
  }
  async function notify() {
    if (closed || listeners.size === 0) return;
    emit({ type: 'change', items: await list() });
  }
  async function list(): Promise<OutboxItem[]> {
    return (await items()).map((item) =>
      view(item, sendingHere.has(item.localId) || sendingElsewhere.has(item.localId) ? 'sending' : item.state),
    );
  }
  const changed = () => {
    post({ type: 'changed', scope });
    void notify();
  };

  // Timers: one wake-up at the earliest due attempt (or the poll), never a tight loop.
  let timer: unknown;
  function schedule(ms: number) {
    if (closed) return;
    if (timer !== undefined) clock.clearTimeout(timer);
    timer = clock.setTimeout(
      () => {
        timer = undefined;
        void flush();
      },
      Math.max(0, ms),
    );
  }

  let flushing: Promise<void> | undefined;
  let again = false;
  let force = false;
  function flush(flushOptions: { force?: boolean } = {}): Promise<void> {
    again = true;
    if (flushOptions.force) force = true;
    flushing ??= (async () => {
      try {
        let nextWake: number | undefined;
        while (again && !closed) {
          again = false;
          nextWake = await withLock(pass);
        }
        if (nextWake !== undefined) schedule(nextWake - clock.now());
      } finally {
        flushing = undefined;
      }
    })();
    return flushing;
  }

  // One flusher per origin; without Web Locks every tab flushes and the server's dedup keeps it exact.
  function withLock<T>(fn: () => Promise<T>): Promise<T> {
    const locks = typeof navigator !== 'undefined' ? navigator.locks : undefined;
    return locks?.request ? (locks.request(`tongxin-outbox:${dbName}:${scope}`, fn) as Promise<T>) : fn();
  }

  /** One pass over the queue; returns when to wake up next (or undefined). */
  async function pass(): Promise<number | undefined> {
    const store = await storeReady;
    if (closed) return undefined;
    const now = clock.now();
    const forced = force;
    force = false;
    const all = await store.list(scope);
    const groups = new Set<string>();
    const due: StoredItem[] = [];
    let nextWake: number | undefined;
    const wake = (at: number) => {
      nextWake = nextWake === undefined ? at : Math.min(nextWake, at);
    };
    for (const item of all) {
      // Rejected and expired items wait for the user; they hold nothing up.
      if (item.state === 'rejected' || item.state === 'expired') continue;
      if (now - item.ageFrom > maxAgeMs) {
        const expired = await store.update(item.localId, (current) =>
          current.state === 'rejected' || current.state === 'expired' ? undefined : { ...current, state: 'expired', updatedAt: now },
        );
        if (expired) emit({ type: 'expired', item: view(expired) });
        continue;
      }
      const group = item.entity ?? item.localId;
      if (groups.has(group)) continue; // a later item of an entity waits for the earlier one
      groups.add(group);
      // Queued by a widget whose client has routes this one lacks (each widget bundles only its own
      // routes): left for that widget, holding its entity's later items back as usual.
      if (!Object.hasOwn(routes, item.route)) continue;
      if (sendingHere.has(item.localId)) continue;
      if (paused) continue;
      if (item.state === 'retrying' && !forced && (item.nextAttemptAt ?? 0) > now) {
        wake(item.nextAttemptAt!);
        continue;
      }
      due.push(item);
    }
    if (due.length > 0 && typeof navigator !== 'undefined' && navigator.onLine === false) {
      wake(now + pollMs); // offline: wait for `online`, or probe at the next poll
      return nextWake;
    }
    let delivered = false;
    const queue = [...due];
    await Promise.all(
      Array.from({ length: Math.min(concurrency, queue.length) }, async () => {
        for (let item = queue.shift(); item && !closed; item = queue.shift()) {
          if (await deliver(store, item)) delivered = true;
        }
      }),
    );
    if (delivered) again = true; // the next items of those entities are due now
    if (!delivered && all.some((i) => i.state === 'queued' || i.state === 'paused') && !paused) wake(now + pollMs);
    return nextWake;
  }

  /** Sends one item; true when the server acknowledged it. */
  async function deliver(store: OutboxStore, item: StoredItem): Promise<boolean> {
    sendingHere.add(item.localId);
    post({ type: 'sending', scope, localId: item.localId });
    void notify();
    try {
      let current = item;
      const uploadAttachment = routes.uploadAttachment;
      for (const attachment of current.attachments) {
        if (!uploadAttachment) throw new OutboxUsageError('[tongxin] outbox: attachments need the uploadAttachment route in the client');
        if (attachment.uploadedId !== undefined) continue;
        const uploaded = (await sendAny(uploadAttachment, {
          query: { name: attachment.name },
          body: attachment.data,
          contentType: attachment.type,
          idempotencyKey: attachment.key,
          retries: 0,
        })) as { id: string };
        // Progress is kept: after a crash the upload is not repeated (and would be a replay anyway).
        const next = await store.update(current.localId, (stored) => ({
          ...stored,
          attachments: stored.attachments.map((a) => (a.key === attachment.key ? { ...a, uploadedId: uploaded.id } : a)),
        }));
        if (!next) return false; // discarded meanwhile
        current = next;
      }
      const route = routes[current.route];
      if (!route) throw new OutboxUsageError(`[tongxin] outbox: the client has no route "${current.route}" any more`);
      const input = structuredClone(current.input) as { body?: Record<string, unknown> };
      if (current.attachments.length > 0 && input.body) {
        const into = current.attachInto ?? 'attachmentIds';
        const existing = Array.isArray(input.body[into]) ? (input.body[into] as string[]) : [];
        input.body[into] = [...existing, ...current.attachments.map((a) => a.uploadedId!)];
      }
      let result: unknown;
      try {
        result = await sendAny(route, { ...input, idempotencyKey: current.idempotencyKey, retries: 0 });
      } catch (error) {
        // A 2xx whose body breaks the contract was still applied: never send it again.
        if (!(isValidationError(error) && (error as ValidationError).direction === 'response')) throw error;
        result = undefined;
      }
      await options.testing?.beforeAck?.(current);
      const keep = current.keep;
      const fields =
        keep && result && typeof result === 'object'
          ? Object.fromEntries(keep.map((k) => [k, (result as Record<string, unknown>)[k]]))
          : undefined;
      await store.ack(
        current.localId,
        fields && {
          localId: current.localId,
          scope,
          route: current.route,
          ...(current.label !== undefined && { label: current.label }),
          at: clock.now(),
          fields,
        },
      );
      const sent = view(current, 'sent');
      emit({ type: 'sent', item: sent, result });
      settle(current.localId, { result });
      post({ type: 'sent', scope, localId: current.localId, result, item: sent, page: PAGE });
      return true;
    } catch (error) {
      await fail(store, item, error);
      return false;
    } finally {
      sendingHere.delete(item.localId);
      post({ type: 'settled', scope, localId: item.localId });
      changed();
    }
  }

  async function fail(store: OutboxStore, item: StoredItem, error: unknown) {
    const now = clock.now();
    if (isHttpError(error) && error.status === 401) {
      paused = true;
      const next = await store.update(item.localId, (current) => ({ ...current, state: 'paused', problem: error.problem, updatedAt: now }));
      if (next) emit({ type: 'paused', item: view(next) });
      return;
    }
    if (isHttpError(error) && !retryable(error.status, error.problem.code)) return reject(store, item, error.problem);
    if (isValidationError(error)) {
      return reject(store, item, makeProblem('validation_failed', 422, locale, { issues: (error as ValidationError).issues }));
    }
    // Network errors, timeouts, 5xx, 429, 408, an in-progress duplicate: try again later.
    let wait: number | undefined;
    if (isHttpError(error)) {
      wait =
        parseRetryAfter(error.response?.headers.get('retry-after') ?? null, now) ??
        (error.problem.retryAfter !== undefined ? error.problem.retryAfter * 1000 : undefined);
    }
    const problem = isHttpError(error)
      ? error.problem
      : makeProblem(isTimeoutError(error) ? 'unavailable' : 'unavailable', 503, locale, {
          detail: isNetworkError(error) || isTimeoutError(error) ? (error as Error).name : String(error),
        });
    await store.update(item.localId, (current) => {
      const delay = wait ?? Math.max(minDelayMs, backoffDelay(current.attempts, baseDelayMs, maxDelayMs, random));
      return { ...current, state: 'retrying', attempts: current.attempts + 1, nextAttemptAt: now + delay, problem, updatedAt: now };
    });
  }

  async function reject(store: OutboxStore, item: StoredItem, problem: Problem) {
    const next = await store.update(item.localId, (current) => ({
      ...current,
      state: 'rejected',
      attempts: current.attempts + 1,
      problem,
      updatedAt: clock.now(),
    }));
    if (!next) return;
    const rejected = view(next);
    emit({ type: 'rejected', item: rejected });
    settle(item.localId, { problem });
    post({ type: 'rejected', scope, localId: item.localId, problem, item: rejected, page: PAGE });
  }

  function routeFor(name: string): RouteDef {
    const route = routes[name];
    if (!route) {
      throw new OutboxUsageError(
        `[tongxin] outbox: the client has no route "${name}"; create it with createClient({ routes: { ${name} } })`,
      );
    }
    if (!route.idempotent) {
      throw new OutboxUsageError(
        `[tongxin] outbox: "${name}" cannot be queued: only routes that take an Idempotency-Key can be retried safely`,
      );
    }
    return route;
  }

  async function toAttachment(file: OutboxFile) {
    const name = file instanceof Blob ? ((file as File).name ?? 'file') : file.name;
    const type = (file instanceof Blob ? file.type : file.type) || 'application/octet-stream';
    const source = file instanceof Blob ? file : file.data;
    const size = source instanceof Blob ? source.size : source.byteLength;
    if (size > maxAttachmentBytes) throw new AttachmentTooLargeError(name, size, maxAttachmentBytes);
    // Read the bytes before any transaction: awaiting a Blob inside one would let it auto-commit.
    const data = source instanceof Blob ? await source.arrayBuffer() : source.slice(0);
    return { key: uuid(), name, type, size, data };
  }

  /** Asks once for storage the browser will not evict; warns when it is not granted (or cannot be asked). */
  async function requestPersistence() {
    if (persistAsked || persistence !== 'indexeddb') return;
    persistAsked = true;
    const storage = typeof navigator !== 'undefined' ? navigator.storage : undefined;
    try {
      if (storage?.persist && ((await storage.persisted?.()) || (await storage.persist()))) return;
    } catch {}
    emit({ type: 'persistence-denied' });
  }

  const autoFlush = options.testing?.autoFlush ?? true;
  // Back online: what was waiting out a backoff goes now, not minutes later.
  const onOnline = () => void flush({ force: true });
  const onVisible = () => {
    if (document.visibilityState === 'visible') void flush();
  };
  if (typeof window !== 'undefined' && autoFlush) {
    window.addEventListener('online', onOnline);
    document.addEventListener('visibilitychange', onVisible);
  }
  // Page load: send what earlier pages (or closed tabs) left behind.
  if (autoFlush) schedule(0);

  return {
    get persistence() {
      return persistence;
    },
    async enqueue(name, input, enqueueOptions = {}) {
      const route = routeFor(name);
      if (enqueueOptions.attachments?.length && !routes.uploadAttachment) {
        throw new OutboxUsageError(
          '[tongxin] outbox: attachments are uploaded with the uploadAttachment route: add it to the client, createClient({ routes: { uploadAttachment, … } })',
        );
      }
      const checked = checkInput(route, input as Parameters<typeof checkInput>[1], locale);
      const attachments = await Promise.all((enqueueOptions.attachments ?? []).map(toAttachment));
      const now = clock.now();
      const item: StoredItem = {
        localId: uuid(),
        scope,
        route: name,
        input: checked,
        idempotencyKey: uuid(),
        ...(enqueueOptions.entity !== undefined && { entity: enqueueOptions.entity }),
        attachments,
        ...(enqueueOptions.attachInto !== undefined && { attachInto: enqueueOptions.attachInto }),
        ...(enqueueOptions.keep !== undefined && { keep: enqueueOptions.keep }),
        ...(enqueueOptions.label !== undefined && { label: enqueueOptions.label }),
        state: 'queued',
        attempts: 0,
        createdAt: now,
        updatedAt: now,
        seq: seq++,
        ageFrom: now,
      };
      const store = await storeReady;
      await store.put(item); // strict durability: only now is it "saved"
      void requestPersistence();
      changed();
      if (autoFlush) void flush();
      return view(item);
    },
    flush,
    list,
    receipts: async () => (await storeReady).receipts(scope),
    async dismissReceipt(localId) {
      await (await storeReady).removeReceipt(localId);
    },
    async retry(localId) {
      settled.delete(localId); // sent again: its next answer counts
      const now = clock.now();
      await (await storeReady).update(localId, (item) => {
        if (sendingHere.has(localId)) return undefined;
        const { nextAttemptAt: _next, ...rest } = item;
        return { ...rest, state: 'queued', ageFrom: now, updatedAt: now };
      });
      paused = false;
      changed();
      await flush();
    },
    async discard(localId) {
      await (await storeReady).remove(localId);
      settle(localId, { problem: makeProblem('not_found', 404, locale, { detail: 'discarded' }) });
      changed();
    },
    async edit(localId, input) {
      if (sendingHere.has(localId) || sendingElsewhere.has(localId)) {
        throw new OutboxUsageError('[tongxin] outbox: this item is being sent; wait for the answer before editing it');
      }
      settled.delete(localId); // sent again: its next answer counts
      const store = await storeReady;
      const stored = await store.get(localId);
      if (!stored) throw new OutboxUsageError('[tongxin] outbox: no such item (already sent or discarded)');
      const checked = checkInput(routeFor(stored.route), input as Parameters<typeof checkInput>[1], locale);
      const now = clock.now();
      // New content is a new request: a new key, so the server cannot answer with the old outcome.
      const next = await store.update(localId, (item) => {
        const { problem: _problem, nextAttemptAt: _next, ...rest } = item;
        return { ...rest, input: checked, idempotencyKey: uuid(), state: 'queued', attempts: 0, ageFrom: now, updatedAt: now };
      });
      if (!next) throw new OutboxUsageError('[tongxin] outbox: no such item (already sent or discarded)');
      changed();
      if (autoFlush) void flush();
      return view(next);
    },
    resume() {
      paused = false;
      void flush();
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    whenSent(localId) {
      const outcome = settled.get(localId);
      if (outcome) return 'result' in outcome ? Promise.resolve(outcome.result) : Promise.reject(refusal(outcome.problem));
      return new Promise((resolve, reject) => {
        const list = waiters.get(localId) ?? [];
        list.push({ resolve, reject });
        waiters.set(localId, list);
      });
    },
    close() {
      closed = true;
      if (timer !== undefined) clock.clearTimeout(timer);
      channel?.close();
      if (typeof window !== 'undefined') {
        window.removeEventListener('online', onOnline);
        document.removeEventListener('visibilitychange', onVisible);
      }
      void storeReady.then((store) => store.close());
    },
  };
}
