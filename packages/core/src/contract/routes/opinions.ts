/** 社情民意 routes: anonymous submission, lookup by tracking code, staff handling. */
import * as z from 'zod/mini';
import { Code, PageQuery, page, text } from '../common.js';
import {
  Opinion,
  OpinionAction,
  OpinionInput,
  OpinionLookup,
  OpinionPublicView,
  OpinionReceipt,
  OpinionStatus,
  OpinionSummary,
} from '../opinion.js';
import { byId, define, insiders, staff } from './define.js';

export const listOpinions = define({
  method: 'GET',
  path: '/v1/{tenant}/opinions',
  tag: 'opinions',
  auth: insiders,
  query: z.object({
    view: z.optional(z.enum(['mine', 'all'])),
    status: z.optional(OpinionStatus),
    category: z.optional(Code),
    /** Only the opinions compiled into this issue of the journal (exact, e.g. 2026年第12期). */
    journalIssue: z.optional(text(40, 1)),
    q: z.optional(text(64)),
    ...PageQuery,
  }),
  response: page(OpinionSummary),
  status: 200,
  idempotent: false,
});
export const createOpinion = define({
  method: 'POST',
  path: '/v1/{tenant}/opinions',
  tag: 'opinions',
  auth: 'public',
  body: OpinionInput,
  response: OpinionReceipt,
  status: 201,
  idempotent: true,
});
export const lookupOpinion = define({
  method: 'POST',
  path: '/v1/{tenant}/opinions/lookup',
  tag: 'opinions',
  auth: 'public',
  body: OpinionLookup,
  response: OpinionPublicView,
  status: 200,
  idempotent: false,
});
export const getOpinion = define({
  method: 'GET',
  path: '/v1/{tenant}/opinions/{id}',
  tag: 'opinions',
  auth: insiders,
  params: byId,
  response: Opinion,
  status: 200,
  idempotent: false,
});
export const opinionAction = define({
  method: 'POST',
  path: '/v1/{tenant}/opinions/{id}/actions',
  tag: 'opinions',
  auth: staff,
  params: byId,
  body: OpinionAction,
  response: Opinion,
  status: 200,
  idempotent: true,
});
