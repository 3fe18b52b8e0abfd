/**
 * Drafts of `<tx-form>` on the device: one per form and user in one IndexedDB object store, with
 * the version they were saved with (a newer version restores what still fits). Only draftable
 * answers are written (see `draftAnswers`). Without IndexedDB the store keeps drafts in memory and
 * says so (`persistent: false`). Nothing here throws: failures go to `onError`.
 */
import type { FormDefinition } from '@tongxin/core';
import type { Answers } from '../element/events.js';
import { indexForm } from '../model.js';
import { draftAnswers } from './filter.js';
import type { DraftField } from './restore.js';

/** Which draft: a form, the version being filled in, and who fills it in. */
export type DraftKey = { formId: string; version: number; userKey: string };

/** A stored draft. */
export type DraftRecord = {
  /** `formId|userKey`: one draft per form and user. */
  id: string;
  formId: string;
  /** The version of the definition the answers were saved with. */
  version: number;
  userKey: string;
  /** Draftable answers only. */
  answers: Answers;
  /** Type and label of each saved answer's field, to judge and explain a restore into a newer version. */
  fields: Record<string, DraftField>;
  /** Epoch milliseconds. */
  savedAt: number;
  /** Epoch milliseconds; the draft is gone from then on. */
  expiresAt: number;
};

/** What failed, for `onError`. */
export type DraftOperation = 'open' | 'save' | 'load' | 'remove' | 'purge';

export type DraftStoreOptions = {
  /** IndexedDB database name (default `tongxin-drafts`). */
  dbName?: string;
  /** The clock, in epoch milliseconds (default `Date.now`). */
  now?: () => number;
  /** Told about every failure (default: a console warning); the store never throws. */
  onError?: (error: unknown, operation: DraftOperation) => void;
};

export type DraftStore = {
  /** Whether drafts survive a reload (false once IndexedDB proved unavailable: memory only). */
  readonly persistent: boolean;
  /** Saves the draftable answers of `definition`; the stored record, or undefined when it failed. */
  save(key: DraftKey, answers: Answers, definition: FormDefinition): Promise<DraftRecord | undefined>;
  /** The unexpired draft of the form and user (any version); an expired one is deleted. */
  load(key: Pick<DraftKey, 'formId' | 'userKey'>): Promise<DraftRecord | undefined>;
  remove(key: Pick<DraftKey, 'formId' | 'userKey'>): Promise<void>;
  /** Deletes every expired draft; how many. */
  purgeExpired(): Promise<number>;
  /** Closes the database connection (it reopens on the next call). */
  close(): void;
};

/** Days a draft is kept when the definition sets no `draftTtlDays`. */
export const DEFAULT_DRAFT_TTL_DAYS = 7;
const DAY = 24 * 60 * 60 * 1000;
const STORE = 'drafts';

type Backend = {
  get(id: string): Promise<unknown>;
  put(record: DraftRecord): Promise<void>;
  delete(id: string): Promise<void>;
  all(): Promise<unknown[]>;
  close(): void;
};

const draftId = (key: Pick<DraftKey, 'formId' | 'userKey'>) => `${key.formId}|${key.userKey}`;

function memoryBackend(): Backend {
  const records = new Map<string, DraftRecord>();
  return {
    get: async (id) => structuredClone(records.get(id)),
    put: async (record) => void records.set(record.id, structuredClone(record)),
    delete: async (id) => void records.delete(id),
    all: async () => [...records.values()].map((r) => structuredClone(r)),
    close: () => {},
  };
}

function openDatabase(name: string): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(name, 1);
    request.onupgradeneeded = () => {
      if (!request.result.objectStoreNames.contains(STORE)) request.result.createObjectStore(STORE, { keyPath: 'id' });
    };
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

function indexedDbBackend(db: IDBDatabase, reopen: () => Promise<IDBDatabase>): Backend {
  let current: IDBDatabase | undefined = db;
  const watch = (d: IDBDatabase) => {
    // Another tab upgrades or deletes the database: let go, reopen on the next call.
    d.onversionchange = () => {
      d.close();
      if (current === d) current = undefined;
    };
    return d;
  };
  watch(db);
  async function run<T>(mode: IDBTransactionMode, op: (store: IDBObjectStore) => IDBRequest<T>): Promise<T> {
    current ??= watch(await reopen());
    const tx = current.transaction(STORE, mode);
    const request = op(tx.objectStore(STORE));
    return new Promise<T>((resolve, reject) => {
      tx.oncomplete = () => resolve(request.result);
      tx.onerror = () => reject(tx.error ?? request.error);
      tx.onabort = () => reject(tx.error ?? new DOMException('Transaction aborted', 'AbortError'));
    });
  }
  return {
    get: (id) => run('readonly', (s) => s.get(id)),
    put: async (record) => void (await run('readwrite', (s) => s.put(record))),
    delete: async (id) => void (await run('readwrite', (s) => s.delete(id))),
    all: () => run('readonly', (s) => s.getAll()),
    close: () => {
      current?.close();
      current = undefined;
    },
  };
}

/** A stored value that looks like a draft record (storage is outside our control). */
function isRecord(value: unknown): value is DraftRecord {
  if (typeof value !== 'object' || value === null) return false;
  const r = value as Partial<DraftRecord>;
  return (
    typeof r.id === 'string' &&
    typeof r.answers === 'object' &&
    r.answers !== null &&
    typeof r.expiresAt === 'number' &&
    typeof r.savedAt === 'number' &&
    typeof r.version === 'number'
  );
}

/**
 * A draft store over IndexedDB (or memory when IndexedDB is unavailable).
 * @example const store = createDraftStore(); await store.save({ formId: def.id, version: def.version, userKey: 'u1' }, answers, def);
 */
export function createDraftStore(options: DraftStoreOptions = {}): DraftStore {
  const { dbName = 'tongxin-drafts', now = () => Date.now() } = options;
  const onError =
    options.onError ?? ((error: unknown, operation: DraftOperation) => console.warn(`[tongxin] drafts: ${operation} failed`, error));
  let persistent = typeof indexedDB !== 'undefined';
  let backend: Promise<Backend> | undefined;

  const open = (): Promise<Backend> => {
    backend ??= (async () => {
      if (typeof indexedDB === 'undefined') return memoryBackend();
      try {
        return indexedDbBackend(await openDatabase(dbName), () => openDatabase(dbName));
      } catch (error) {
        persistent = false;
        onError(error, 'open');
        return memoryBackend();
      }
    })();
    return backend;
  };

  async function guarded<T>(operation: DraftOperation, fallback: T, body: (b: Backend) => Promise<T>): Promise<T> {
    try {
      return await body(await open());
    } catch (error) {
      onError(error, operation);
      return fallback;
    }
  }

  return {
    get persistent() {
      return persistent;
    },
    save: (key, answers, definition) =>
      guarded('save', undefined, async (b) => {
        const savedAt = now();
        const kept = draftAnswers(definition, answers);
        const index = indexForm(definition);
        const fields: Record<string, DraftField> = {};
        for (const k of Object.keys(kept)) {
          const field = index.field.get(k)?.field;
          if (field) fields[k] = field.label ? { type: field.type, label: field.label } : { type: field.type };
        }
        const record: DraftRecord = {
          id: draftId(key),
          formId: key.formId,
          version: key.version,
          userKey: key.userKey,
          answers: kept,
          fields,
          savedAt,
          expiresAt: savedAt + (definition.draftTtlDays ?? DEFAULT_DRAFT_TTL_DAYS) * DAY,
        };
        await b.put(record);
        return record;
      }),
    load: (key) =>
      guarded('load', undefined, async (b) => {
        const id = draftId(key);
        const found = await b.get(id);
        if (found === undefined) return undefined;
        if (isRecord(found) && found.expiresAt > now()) return found;
        await b.delete(id);
        return undefined;
      }),
    remove: (key) => guarded('remove', undefined, (b) => b.delete(draftId(key))),
    purgeExpired: () =>
      guarded('purge', 0, async (b) => {
        const at = now();
        const expired = (await b.all()).filter((r) => !isRecord(r) || r.expiresAt <= at);
        for (const r of expired) {
          const id = (r as { id?: unknown } | null)?.id;
          if (typeof id === 'string') await b.delete(id);
        }
        return expired.length;
      }),
    close: () => {
      void backend?.then((b) => b.close());
    },
  };
}
