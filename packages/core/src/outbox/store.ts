/**
 * Where queued submissions live: IndexedDB through `idb` (strict durability for every write that
 * the user is told about), or memory when IndexedDB cannot be opened. Both implement
 * {@link OutboxStore}. Schema upgrades migrate queued items; they never drop a store.
 */
import { type DBSchema, type IDBPDatabase, type IDBPTransaction, openDB } from 'idb';
import type { Problem } from '../contract/problem.js';
import { isQuotaError, StorageQuotaError, StorageUnavailableError } from './errors.js';

/** States a stored item can be in. `sending` and `sent` exist only in memory and in events. */
export type StoredState = 'queued' | 'retrying' | 'rejected' | 'paused' | 'expired';

/** A file kept with a queued submission, as bytes (Safari cannot always store Blobs). */
export interface StoredAttachment {
  /** Idempotency key of its upload. */
  key: string;
  name: string;
  type: string;
  size: number;
  data: ArrayBuffer;
  /** Set once uploaded: the server's attachment id. */
  uploadedId?: string;
}

/** A queued call of the API, as stored. Holds no token and no headers. */
export interface StoredItem {
  localId: string;
  /** `tenant|userKey`: items of another county or user are never listed or sent. */
  scope: string;
  /** Route name in the client's route table, e.g. `createOpinion`. */
  route: string;
  /** The call's params / query / body, already validated. */
  input: { params?: unknown; query?: unknown; body?: unknown };
  idempotencyKey: string;
  /** Items with the same entity key are delivered in order. */
  entity?: string;
  attachments: StoredAttachment[];
  /** Body field that receives the uploaded attachments' ids. */
  attachInto?: string;
  /** Response fields kept on this device after delivery (e.g. a tracking code). */
  keep?: string[];
  /** A short text for lists (the title), shown to the user who queued it. */
  label?: string;
  state: StoredState;
  attempts: number;
  nextAttemptAt?: number;
  /** Why it was rejected, or the last error while retrying. */
  problem?: Problem;
  createdAt: number;
  updatedAt: number;
  /** Tie-break of items created in the same millisecond. */
  seq: number;
  /** When its age for expiry counts from (enqueue, or the user's last retry or edit). */
  ageFrom: number;
}

/** What stays on the device after delivery: only the fields the caller asked to keep. */
export interface Receipt {
  localId: string;
  scope: string;
  route: string;
  label?: string;
  at: number;
  fields: Record<string, unknown>;
}

/** The storage the outbox runs on. */
export interface OutboxStore {
  readonly kind: 'indexeddb' | 'memory';
  put(item: StoredItem): Promise<void>;
  get(localId: string): Promise<StoredItem | undefined>;
  /**
   * Reads, changes and writes one item in a single transaction; `change` returns the new item, or
   * undefined to leave it. Nothing happens when the item is gone (discarded or delivered elsewhere),
   * so a late failure can never bring a deleted item back.
   */
  update(localId: string, change: (item: StoredItem) => StoredItem | undefined): Promise<StoredItem | undefined>;
  list(scope: string): Promise<StoredItem[]>;
  /** Removes a delivered item and, in the same transaction, records its receipt. */
  ack(localId: string, receipt?: Receipt): Promise<void>;
  remove(localId: string): Promise<void>;
  receipts(scope: string): Promise<Receipt[]>;
  removeReceipt(localId: string): Promise<void>;
  close(): void;
}

/** The database's typed schema. */
export interface OutboxDB extends DBSchema {
  items: { key: string; value: StoredItem; indexes: { scope: string } };
  receipts: { key: string; value: Receipt; indexes: { scope: string } };
}

/** Current schema version of the outbox database. */
export const OUTBOX_DB_VERSION = 1;
/** Default database name (one per origin). */
export const OUTBOX_DB_NAME = 'tongxin-outbox';

/**
 * Migrations by target version: `migrations[v]` brings a database from `v - 1` to `v`. They may
 * add stores and rewrite records (through the upgrade transaction); they never delete queued data.
 */
export type Migration = (
  db: IDBPDatabase<OutboxDB>,
  tx: IDBPTransaction<OutboxDB, ('items' | 'receipts')[], 'versionchange'>,
) => void | Promise<void>;
export const migrations: Record<number, Migration> = {
  1: (db) => {
    db.createObjectStore('items', { keyPath: 'localId' }).createIndex('scope', 'scope');
    db.createObjectStore('receipts', { keyPath: 'localId' }).createIndex('scope', 'scope');
  },
};

const byOrder = (a: StoredItem, b: StoredItem) => a.createdAt - b.createdAt || a.seq - b.seq || (a.localId < b.localId ? -1 : 1);

/** Maps a storage failure to the outbox's typed errors. */
function storageError(error: unknown): Error {
  if (isQuotaError(error)) return new StorageQuotaError(error);
  return error instanceof Error ? error : new StorageUnavailableError('unavailable', error);
}

/** Options for {@link openIndexedDbStore}. */
export interface IndexedDbStoreOptions {
  name?: string;
  version?: number;
  /** Extra migrations (tests of future upgrades). */
  migrations?: Record<number, Migration>;
  /** Give up opening after this long (a blocked upgrade), default 5 s. */
  openTimeoutMs?: number;
  /** Told when another tab needs a newer schema and this connection was closed for it. */
  onVersionChange?: () => void;
}

/**
 * Opens the IndexedDB store. A connection that blocks a newer version closes itself at once (the
 * page that opened it keeps working from memory-free reads until it reopens), so an upgrade in
 * another tab never hangs; opening gives up after `openTimeoutMs`.
 */
export async function openIndexedDbStore(options: IndexedDbStoreOptions = {}): Promise<OutboxStore> {
  const { name = OUTBOX_DB_NAME, version = OUTBOX_DB_VERSION, openTimeoutMs = 5000 } = options;
  const steps = { ...migrations, ...options.migrations };
  let db: IDBPDatabase<OutboxDB> | undefined;
  let opening: Promise<IDBPDatabase<OutboxDB>> | undefined;

  const open = () => {
    opening ??= new Promise<IDBPDatabase<OutboxDB>>((resolve, reject) => {
      const timer = setTimeout(() => reject(new StorageUnavailableError('blocked')), openTimeoutMs);
      openDB<OutboxDB>(name, version, {
        async upgrade(database, oldVersion, newVersion, tx) {
          for (let v = oldVersion + 1; v <= (newVersion ?? version); v++) await steps[v]?.(database, tx);
        },
        blocking() {
          // Another tab needs a newer schema: step aside so its upgrade can run.
          db?.close();
          db = undefined;
          opening = undefined;
          options.onVersionChange?.();
        },
        terminated() {
          db = undefined;
          opening = undefined;
        },
      }).then(
        (database) => {
          clearTimeout(timer);
          db = database;
          resolve(database);
        },
        (error: unknown) => {
          clearTimeout(timer);
          opening = undefined;
          reject(
            (error as { name?: string })?.name === 'VersionError' ? new StorageUnavailableError('outdated', error) : storageError(error),
          );
        },
      );
    });
    return opening;
  };

  /** Runs `fn` on an open connection; a connection that was lost is reopened once. */
  async function use<T>(fn: (database: IDBPDatabase<OutboxDB>) => Promise<T>): Promise<T> {
    try {
      return await fn(await open());
    } catch (error) {
      const lost = (error as { name?: string })?.name;
      if (lost !== 'InvalidStateError' && lost !== 'UnknownError') throw storageError(error);
      db = undefined;
      opening = undefined;
      try {
        return await fn(await open());
      } catch (again) {
        throw storageError(again);
      }
    }
  }

  await open();
  return {
    kind: 'indexeddb',
    put: (item) =>
      use(async (database) => {
        const tx = database.transaction('items', 'readwrite', { durability: 'strict' });
        // No other await between the request and tx.done: the transaction would auto-commit.
        await Promise.all([tx.store.put(item), tx.done]);
      }),
    get: (localId) => use((database) => database.get('items', localId)),
    update: (localId, change) =>
      use(async (database) => {
        const tx = database.transaction('items', 'readwrite', { durability: 'strict' });
        const current = await tx.store.get(localId);
        const next = current && change(current);
        if (next) await tx.store.put(next);
        await tx.done;
        return next;
      }),
    list: (scope) => use(async (database) => (await database.getAllFromIndex('items', 'scope', scope)).sort(byOrder)),
    ack: (localId, receipt) =>
      use(async (database) => {
        // Relaxed is safe here: a delete lost to a crash only means one more send, which the server
        // answers with its stored response (and the receipt is written again).
        const tx = database.transaction(['items', 'receipts'], 'readwrite', { durability: 'relaxed' });
        await Promise.all([tx.objectStore('items').delete(localId), receipt && tx.objectStore('receipts').put(receipt), tx.done]);
      }),
    remove: (localId) => use((database) => database.delete('items', localId)),
    receipts: (scope) => use(async (database) => (await database.getAllFromIndex('receipts', 'scope', scope)).sort((a, b) => a.at - b.at)),
    removeReceipt: (localId) => use((database) => database.delete('receipts', localId)),
    close: () => {
      db?.close();
      db = undefined;
      opening = undefined;
    },
  };
}

/** A store in memory, for when IndexedDB cannot be opened: items are lost when the page closes. */
export function memoryStore(): OutboxStore {
  const items = new Map<string, StoredItem>();
  const receipts = new Map<string, Receipt>();
  // Copies, as IndexedDB's structured clone would make: callers never share objects with the store.
  const copy = <T>(value: T): T => structuredClone(value);
  return {
    kind: 'memory',
    put: async (item) => void items.set(item.localId, copy(item)),
    get: async (localId) => copy(items.get(localId)),
    update: async (localId, change) => {
      const current = items.get(localId);
      const next = current && change(copy(current));
      if (next) items.set(localId, copy(next));
      return next && copy(next);
    },
    list: async (scope) =>
      [...items.values()]
        .filter((i) => i.scope === scope)
        .map(copy)
        .sort(byOrder),
    ack: async (localId, receipt) => {
      items.delete(localId);
      if (receipt) receipts.set(localId, copy(receipt));
    },
    remove: async (localId) => void items.delete(localId),
    receipts: async (scope) => [...receipts.values()].filter((r) => r.scope === scope).map(copy),
    removeReceipt: async (localId) => void receipts.delete(localId),
    close: () => {},
  };
}
