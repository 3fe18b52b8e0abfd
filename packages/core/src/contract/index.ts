/** The contract: every entity and every route of the Tongxin API, as zod/mini schemas. */
export * from './common.js';
export * from './config.js';
export * from './form.js';
export * from './locales.js';
export * from './opinion.js';
export * from './people.js';
export * from './problem.js';
export * from './proposal.js';
// Single routes are exported by `@tongxin/core/routes` (`import { createOpinion } from …`), so
// that a bundle which needs a few routes tree-shakes the rest; here only the whole table.
export {
  AuditEntry,
  type Auth,
  DevLoginResult,
  Health,
  type Method,
  ProposalUpdate,
  type RouteDef,
  type RouteName,
  type Routes,
  routes,
  type Schema,
  WorkstationReplace,
} from './routes/index.js';
export * from './task.js';
export * from './workstation.js';
