/** The offline outbox and its storage. */
export * from './errors.js';
export * from './outbox.js';
export {
  memoryStore,
  OUTBOX_DB_NAME,
  OUTBOX_DB_VERSION,
  type OutboxStore,
  openIndexedDbStore,
  type Receipt,
  type StoredItem,
} from './store.js';
