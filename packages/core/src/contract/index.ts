/** The contract: every entity and every route of the Tongxin API, as zod/mini schemas. */
export * from './common.js';
export * from './config.js';
export * from './form.js';
export * from './opinion.js';
export * from './people.js';
export * from './problem.js';
export * from './proposal.js';
/** Single routes, for bundles that need only a few: `route.createOpinion`. */
export * as route from './routes/index.js';
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
