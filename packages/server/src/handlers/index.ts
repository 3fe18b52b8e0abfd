/** Every route's handler, by operation id. */
import type { Handlers } from '../context.js';
import { getAttachment, uploadAttachment } from './attachments.js';
import { getConfig, listDivisions, listMembers, listUnits, putConfig } from './config.js';
import { getForm, listForms, publishForm, saveForm } from './forms.js';
import { createOpinion, getOpinion, listOpinions, lookupOpinion, opinionAction } from './opinions.js';
import { createProposal, getProposal, listProposals, proposalAction, updateProposal } from './proposals.js';
import { devLogin, getMe, health, listAudit, listDemoAccounts } from './system.js';
import { createTask, getTask, listPublicTasks, listTasks, moveTaskStage, postTaskUpdate, updateTask } from './tasks.js';
import { createWorkstation, getWorkstation, listWorkstations, replaceWorkstation } from './workstations.js';

export const handlers: Handlers = {
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
};
