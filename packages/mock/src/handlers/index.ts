/** Every route's mock handler, by operation id: each domain module exports its routes' handlers under the routes' names. */
import type { MockHandlers } from '../context.js';
import * as attachments from './attachments.js';
import * as config from './config.js';
import * as forms from './forms.js';
import * as opinions from './opinions.js';
import * as proposals from './proposals.js';
import * as system from './system.js';
import * as tasks from './tasks.js';
import * as workstations from './workstations.js';

/** The type says that no route of the contract lacks a handler. */
export const routeHandlers: MockHandlers = {
  ...attachments,
  ...config,
  ...forms,
  ...opinions,
  ...proposals,
  ...system,
  ...tasks,
  ...workstations,
};
