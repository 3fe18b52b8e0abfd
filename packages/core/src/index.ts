/**
 * `@tongxin/core`: the contract (zod/mini schemas and the route table), the typed API client,
 * validators and the message catalog. Runs in browsers and in Node 20.
 */
export * from './calendar.js';
export * from './client/index.js';
export * from './contract/index.js';
export * from './i18n/localized.js';
export { uuid } from './internal/uuid.js';
export * from './messages.js';
export * from './outbox/index.js';
export * from './validators/index.js';
