/**
 * The route table: every `/v1` route with its method, path, who may call it, its request and
 * response schemas and whether it needs an `Idempotency-Key`. The typed client, the reference
 * server, the mock and `docs/openapi.json` are all derived from this one table.
 *
 * Each route is its own export in a module per domain, so a widget that imports two routes does
 * not carry the schemas of the others (the package is `sideEffects: false`).
 */
import { getAttachment, uploadAttachment } from './attachments.js';
import { getConfig, listDivisions, listMembers, listUnits, putConfig } from './config.js';
import type { RouteDef } from './define.js';
import { getForm, listForms, publishForm, saveForm } from './forms.js';
import { createOpinion, getOpinion, listOpinions, lookupOpinion, opinionAction } from './opinions.js';
import { createProposal, getProposal, listProposals, proposalAction, updateProposal } from './proposals.js';
import { devLogin, getMe, health, listAudit, listDemoAccounts } from './system.js';
import { createTask, getTask, listPublicTasks, listTasks, moveTaskStage, postTaskUpdate, updateTask } from './tasks.js';
import { createWorkstation, getWorkstation, listWorkstations, replaceWorkstation } from './workstations.js';

export * from './attachments.js';
export * from './config.js';
export * from './define.js';
export * from './forms.js';
export * from './opinions.js';
export * from './proposals.js';
export * from './system.js';
export * from './tasks.js';
export * from './workstations.js';

/** Every route of the API, keyed by operation id (the typed client's method names). */
export const routes = {
  health,
  getConfig,
  putConfig,
  listDemoAccounts,
  devLogin,
  getMe,
  listDivisions,
  listMembers,
  listUnits,
  uploadAttachment,
  getAttachment,
  listProposals,
  createProposal,
  getProposal,
  updateProposal,
  proposalAction,
  listOpinions,
  createOpinion,
  lookupOpinion,
  getOpinion,
  opinionAction,
  listTasks,
  listPublicTasks,
  createTask,
  getTask,
  updateTask,
  postTaskUpdate,
  moveTaskStage,
  listWorkstations,
  getWorkstation,
  createWorkstation,
  replaceWorkstation,
  listForms,
  getForm,
  saveForm,
  publishForm,
  listAudit,
} as const satisfies Record<string, RouteDef>;

/** The route table's type. */
export type Routes = typeof routes;
/** An operation id, e.g. `createOpinion`. */
export type RouteName = keyof Routes;
